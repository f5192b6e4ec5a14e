#include "conflicttext.h"

#include "calendar/meetingtext.h"

namespace mesi::ui {

namespace {

/// Date and local start–end of an interval, plus its times in zone where the offsets differ.
QString intervalText(const QDateTime &start, const QDateTime &end, const QString &zone, const QLocale &locale)
{
    MeetingTerms terms;
    terms.start = start;
    terms.end = end;
    terms.timeZone = zone.isEmpty() ? QStringLiteral("UTC") : zone;
    return ConflictText::tr("%1 %2", "date and time range")
        .arg(locale.toString(start.toLocalTime().date(), QLocale::ShortFormat),
             MeetingText::timeText(terms, locale));
}

QString windowsText(const QList<AvailabilityWindow> &windows)
{
    QStringList ranges;
    for (const AvailabilityWindow &window : windows) {
        ranges.append(ConflictText::tr("%1–%2", "start and end of an availability window")
                          .arg(formatMinuteOfDay(window.startMinute), formatMinuteOfDay(window.endMinute)));
    }
    return ranges.join(QStringLiteral(", "));
}

} // namespace

QString ConflictText::reason(const Conflict &conflict, const QLocale &locale)
{
    const QString when = intervalText(conflict.start, conflict.end, conflict.timeZone, locale);
    const QString day = locale.dayName(conflict.date.dayOfWeek(), QLocale::LongFormat);
    QString text;
    switch (conflict.kind) {
    case ConflictKind::OutsideAvailability:
        text = conflict.windows.isEmpty()
                   ? tr("Outside your availability: %1 has no meeting window (%2 lies outside).")
                         .arg(day, when)
                   : tr("Outside your availability: %1 windows are %2 in %3 (%4 lies outside).")
                         .arg(day, windowsText(conflict.windows), conflict.timeZone, when);
        break;
    case ConflictKind::BlockedDate:
        text = tr("On %1, a date you blocked.").arg(locale.toString(conflict.date, QLocale::LongFormat));
        break;
    case ConflictKind::Meeting:
        text = tr("Overlaps your meeting with %1 (%2).").arg(conflict.fanName, when);
        break;
    case ConflictKind::TentativeMeeting:
        text = tr("Overlaps the pending proposal in the chat with %1 (%2).").arg(conflict.fanName, when);
        break;
    case ConflictKind::BusyBlock:
        text = tr("Overlaps your busy time \"%1\" (%2).").arg(conflict.summary, when);
        break;
    }
    if (conflict.bufferMinutes > 0) {
        text += QLatin1Char(' ')
                + tr("Closer than your travel buffer of %n minute(s).", nullptr, conflict.bufferMinutes);
    }
    return text;
}

QString ConflictText::warning(const QList<Conflict> &conflicts, const QLocale &locale)
{
    if (conflicts.isEmpty())
        return {};
    QStringList lines{tr("This time conflicts with your calendar:")};
    for (const Conflict &conflict : conflicts)
        lines.append(tr("• %1", "one reason in a list").arg(reason(conflict, locale)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace mesi::ui
