#include "icswriter.h"

#include "icsdatetime.h"
#include "icstext.h"
#include "vtimezone.h"

#include <QMap>
#include <QTimeZone>

namespace mesi::ical {

namespace {

const QString ProductId = QStringLiteral("-//Mesi//Creator Console//EN");

/// First and last instant that a zone's VTIMEZONE must cover.
struct ZoneRange
{
    QTimeZone zone;
    QDateTime first;
    QDateTime last;
};

QString statusText(EventStatus status)
{
    switch (status) {
    case EventStatus::Confirmed:
        return QStringLiteral("CONFIRMED");
    case EventStatus::Tentative:
        return QStringLiteral("TENTATIVE");
    case EventStatus::Cancelled:
        return QStringLiteral("CANCELLED");
    }
    return {};
}

/**
 * Writes "NAME;TZID=zone:local" when a reader turns that local time back into instant, and
 * "NAME:utcZ" otherwise; records the zone's use in zones.
 */
QString timeProperty(const QString &name, const QDateTime &instant, const QTimeZone &zone,
                     QMap<QString, ZoneRange> &zones)
{
    if (zone.isValid()) {
        const QDateTime wallClock = instant.toTimeZone(zone);
        const QDateTime readBack = resolveLocalTime(wallClock.date(), wallClock.time(), zone);
        if (readBack == instant) {
            const QString id = QString::fromUtf8(zone.id());
            ZoneRange &range = zones[id];
            if (!range.zone.isValid()) {
                range = {zone, instant, instant};
            } else {
                range.first = std::min(range.first, instant);
                range.last = std::max(range.last, instant);
            }
            return QStringLiteral("%1;TZID=%2:%3").arg(name, id, formatLocal(wallClock));
        }
    }
    return name + u':' + formatUtc(instant);
}

QStringList eventLines(const CalendarEvent &event, const QString &stamp,
                       const WriteSettings &settings, QMap<QString, ZoneRange> &zones)
{
    const QTimeZone zone = QTimeZone::isTimeZoneIdAvailable(event.terms.timeZone.toUtf8())
                               ? QTimeZone(event.terms.timeZone.toUtf8())
                               : QTimeZone();
    QStringList lines{
        QStringLiteral("BEGIN:VEVENT"),
        QStringLiteral("UID:") + escapeText(event.uid),
        QStringLiteral("DTSTAMP:") + stamp,
        QStringLiteral("SEQUENCE:%1").arg(std::max<qint64>(0, event.sequence)),
        timeProperty(QStringLiteral("DTSTART"), event.terms.start.toUTC(), zone, zones),
        timeProperty(QStringLiteral("DTEND"), event.terms.end.toUTC(), zone, zones),
        QStringLiteral("SUMMARY:") + escapeText(settings.summaryFormat.arg(event.fanName)),
    };
    if (event.terms.isOnline())
        lines.append(QStringLiteral("URL:") + event.terms.link.toString(QUrl::FullyEncoded));
    else if (!event.terms.place.isEmpty())
        lines.append(QStringLiteral("LOCATION:") + escapeText(event.terms.place));
    lines.append(QStringLiteral("STATUS:") + statusText(event.status));
    lines.append(QStringLiteral("END:VEVENT"));
    return lines;
}

} // namespace

QString meetingUid(const QString &meetingId)
{
    return QStringLiteral("meeting-%1@%2").arg(meetingId, QString::fromUtf16(UidDomain));
}

QString proposalUid(const QString &proposalMessageId)
{
    return QStringLiteral("proposal-%1@%2").arg(proposalMessageId, QString::fromUtf16(UidDomain));
}

std::optional<CalendarEvent> eventForBid(const Bid &bid)
{
    if (!bid.meeting.isValid())
        return std::nullopt;
    CalendarEvent event;
    event.uid = meetingUid(bid.meeting.id);
    event.fanName = bid.fanName;
    event.terms = bid.meeting.terms;
    event.status = bid.status == BidStatus::Cancelled ? EventStatus::Cancelled
                                                      : EventStatus::Confirmed;
    event.sequence = bid.version;
    return event;
}

std::optional<CalendarEvent> eventForProposal(const Bid &bid, const ChatMessage &proposal)
{
    if (!proposal.proposal)
        return std::nullopt;
    CalendarEvent event;
    event.uid = proposalUid(proposal.id);
    event.fanName = bid.fanName;
    event.terms = *proposal.proposal;
    event.status = EventStatus::Tentative;
    return event;
}

QList<CalendarEvent> eventsInRange(const QList<CalendarEvent> &events, const QDateTime &fromUtc,
                                   const QDateTime &toUtc)
{
    QList<CalendarEvent> inRange;
    for (const CalendarEvent &event : events) {
        if (event.terms.start < toUtc && fromUtc < event.terms.end)
            inRange.append(event);
    }
    return inRange;
}

QByteArray writeCalendar(const QList<CalendarEvent> &events, const WriteSettings &settings)
{
    const QDateTime stampTime =
        settings.stamp.isValid() ? settings.stamp : QDateTime::currentDateTimeUtc();
    const QString stamp = formatUtc(stampTime);

    // Events first, because they decide which zones need a VTIMEZONE and over what range.
    QMap<QString, ZoneRange> zones;
    QStringList eventPart;
    for (const CalendarEvent &event : events)
        eventPart += eventLines(event, stamp, settings, zones);

    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:") + ProductId,
                      QStringLiteral("CALSCALE:GREGORIAN")};
    for (const ZoneRange &range : std::as_const(zones))
        lines += vtimezoneLines(range.zone, range.first, range.last);
    lines += eventPart;
    lines.append(QStringLiteral("END:VCALENDAR"));

    QByteArray data;
    for (const QString &line : std::as_const(lines))
        data += foldLine(line);
    return data;
}

} // namespace mesi::ical
