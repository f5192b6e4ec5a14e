#include "vtimezone.h"

#include "icsdatetime.h"
#include "icstext.h"

namespace mesi::ical {

namespace {

// Maximum transitions per VTIMEZONE. A zone changes offset about twice a year, so this covers
// centuries and still ends the loop on a damaged zone database.
constexpr int MaxTransitions = 1000;

/// The DTSTART of observances that were in effect before the zone's first known transition.
const QString EarliestOnset = QStringLiteral("16010101T000000");

QStringList observance(bool daylight, const QString &onset, int offsetFrom, int offsetTo,
                       const QString &abbreviation)
{
    const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
    QStringList lines{QStringLiteral("BEGIN:") + kind,
                      QStringLiteral("DTSTART:") + onset,
                      QStringLiteral("TZOFFSETFROM:") + formatUtcOffset(offsetFrom),
                      QStringLiteral("TZOFFSETTO:") + formatUtcOffset(offsetTo)};
    if (!abbreviation.isEmpty())
        lines.append(QStringLiteral("TZNAME:") + escapeText(abbreviation));
    lines.append(QStringLiteral("END:") + kind);
    return lines;
}

/// The onset of a transition as local time in the offset before it, as RFC 5545 requires.
QString onsetOf(const QTimeZone::OffsetData &transition, int offsetBefore)
{
    return formatLocal(transition.atUtc.toUTC().addSecs(offsetBefore).toTimeSpec(Qt::UTC));
}

} // namespace

QString formatUtcOffset(int offsetSeconds)
{
    const QChar sign = offsetSeconds < 0 ? u'-' : u'+';
    const int magnitude = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    QString text = QStringLiteral("%1%2%3")
                       .arg(sign)
                       .arg(magnitude / 3600, 2, 10, QChar(u'0'))
                       .arg(magnitude % 3600 / 60, 2, 10, QChar(u'0'));
    if (magnitude % 60 != 0)
        text += QStringLiteral("%1").arg(magnitude % 60, 2, 10, QChar(u'0'));
    return text;
}

QStringList vtimezoneLines(const QTimeZone &zone, const QDateTime &first, const QDateTime &last)
{
    QStringList lines{QStringLiteral("BEGIN:VTIMEZONE"),
                      QStringLiteral("TZID:") + QString::fromUtf8(zone.id())};

    // The transition in effect at first; one second later so a change exactly at first counts.
    QTimeZone::OffsetData current =
        zone.hasTransitions() ? zone.previousTransition(first.addSecs(1)) : QTimeZone::OffsetData();
    // Readers such as Python's icalendar derive the daylight saving from a STANDARD observance,
    // so a range that lies in daylight time starts one transition earlier.
    if (current.atUtc.isValid() && current.daylightTimeOffset != 0) {
        const QTimeZone::OffsetData earlier = zone.previousTransition(current.atUtc);
        if (earlier.atUtc.isValid())
            current = earlier;
    }
    if (!current.atUtc.isValid()) {
        const int offset = zone.offsetFromUtc(first);
        lines += observance(zone.isDaylightTime(first), EarliestOnset, offset, offset,
                            zone.abbreviation(first));
    } else {
        const int before = zone.offsetFromUtc(current.atUtc.addSecs(-1));
        lines += observance(current.daylightTimeOffset != 0, onsetOf(current, before), before,
                            current.offsetFromUtc, current.abbreviation);
    }

    QDateTime after = current.atUtc.isValid() ? current.atUtc : first;
    for (int count = 0; zone.hasTransitions() && count < MaxTransitions; ++count) {
        const QTimeZone::OffsetData next = zone.nextTransition(after);
        if (!next.atUtc.isValid() || next.atUtc > last || next.atUtc <= after)
            break;
        const int before = zone.offsetFromUtc(next.atUtc.addSecs(-1));
        lines += observance(next.daylightTimeOffset != 0, onsetOf(next, before), before,
                            next.offsetFromUtc, next.abbreviation);
        after = next.atUtc;
    }

    lines.append(QStringLiteral("END:VTIMEZONE"));
    return lines;
}

} // namespace mesi::ical
