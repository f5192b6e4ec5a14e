#!/usr/bin/python3
"""Print every VEVENT of an .ics file as one JSON object per line.

The reader is the independent `icalendar` package (Debian: python3-icalendar), so the
console's writer is checked by code it shares nothing with. Times with a TZID are placed
with the VTIMEZONE of the same file, not with the system's zone database, so the check
also covers the VTIMEZONE the writer generated.

Usage: read_ics.py FILE.ics
Exit status: 0 on success, 2 when a TZID has no VTIMEZONE in the file.
"""

import datetime
import json
import sys

import icalendar


def utc_instant(prop, zones):
    value = prop.dt
    tzid = prop.params.get("TZID")
    if tzid is not None:
        if tzid not in zones:
            print(f"TZID {tzid} has no VTIMEZONE in the file", file=sys.stderr)
            sys.exit(2)
        # RFC 5545 reads a repeated wall-clock time as its first occurrence, which is the one
        # still in daylight time, hence is_dst=True.
        value = zones[tzid].localize(value.replace(tzinfo=None), is_dst=True)
    elif value.tzinfo is None:
        print("floating time in an exported event", file=sys.stderr)
        sys.exit(2)
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    with open(sys.argv[1], "rb") as file:
        calendar = icalendar.Calendar.from_ical(file.read())
    zones = {str(zone["TZID"]): zone.to_tz() for zone in calendar.walk("VTIMEZONE")}
    for event in calendar.walk("VEVENT"):
        print(json.dumps({
            "uid": str(event["UID"]),
            "start": utc_instant(event["DTSTART"], zones),
            "end": utc_instant(event["DTEND"], zones),
            "status": str(event.get("STATUS", "")),
            "sequence": int(event.get("SEQUENCE", -1)),
            "summary": str(event.get("SUMMARY", "")),
            "location": str(event.get("LOCATION", "")),
            "url": str(event.get("URL", "")),
        }))


if __name__ == "__main__":
    main()
