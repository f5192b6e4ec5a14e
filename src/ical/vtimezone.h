#pragma once

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace mesi::ical {

/**
 * Writes the content lines (unfolded, without CRLF) of a VTIMEZONE for zone that covers every
 * instant from first to last, both UTC.
 *
 * The offset in effect at first becomes the opening observance. When that is daylight time, the
 * transition before it opens instead, so a STANDARD observance is always present. Every
 * transition up to last follows as its own STANDARD or DAYLIGHT observance with a single
 * DTSTART, taken from QTimeZone's transitions. A zone without transitions, or without any in or before the range,
 * gets one STANDARD observance.
 */
QStringList vtimezoneLines(const QTimeZone &zone, const QDateTime &first, const QDateTime &last);

/// Formats an offset from UTC in seconds as +hhmm, or +hhmmss when it has seconds.
QString formatUtcOffset(int offsetSeconds);

} // namespace mesi::ical
