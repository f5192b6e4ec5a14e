#include "meetingtext.h"

#include "ui/bidtext.h"

#include "core/displaytext.h"

#include <QPalette>

#include <algorithm>

namespace mesi::ui {

namespace {

/// The meeting's zone, invalid when its IANA id is unknown or empty.
QTimeZone zoneOf(const MeetingTerms &terms)
{
    // QTimeZone accepts an empty id as a valid zone, which would hide the missing value.
    if (terms.timeZone.isEmpty())
        return QTimeZone();
    return QTimeZone(terms.timeZone.toUtf8());
}

} // namespace

QList<MeetingLine> MeetingText::prepare(const QList<CalendarEntry> &entries, const QLocale &locale,
                                        const QTimeZone &displayZone)
{
    QList<MeetingLine> lines;
    lines.reserve(entries.size());
    QHash<QString, QTimeZone> zones; // Each zone's rules are looked up once, not once per entry.
    for (const CalendarEntry &entry : entries)
        lines.append(prepareLine(entry, zones, locale, displayZone));

    // By local day first, so that the lines of one day stay together even where a
    // daylight-saving change at midnight moves the local clock back across the date.
    std::sort(lines.begin(), lines.end(), [](const MeetingLine &a, const MeetingLine &b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.entry.terms.start != b.entry.terms.start)
            return a.entry.terms.start < b.entry.terms.start;
        if (a.entry.terms.end != b.entry.terms.end)
            return a.entry.terms.end < b.entry.terms.end;
        return a.entry.bidId < b.entry.bidId;
    });
    return lines;
}

MeetingLine MeetingText::prepareLine(const CalendarEntry &entry, QHash<QString, QTimeZone> &zones,
                                     const QLocale &locale, const QTimeZone &displayZone)
{
    auto zone = zones.constFind(entry.terms.timeZone);
    if (zone == zones.constEnd())
        zone = zones.insert(entry.terms.timeZone, zoneOf(entry.terms));

    MeetingLine line;
    line.entry = entry;
    if (entry.terms.start.isValid()) {
        line.shownStart = entry.terms.start.toTimeZone(displayZone);
        line.day = line.shownStart.date();
    }
    if (entry.terms.end.isValid())
        line.shownEnd = entry.terms.end.toTimeZone(displayZone);
    line.timeText = timeText(entry.terms, *zone, locale, &line.zoneWarning, displayZone);
    line.placeText = place(entry.terms);
    line.escrowText = escrow(entry.escrow);
    line.statusText = entry.tentative ? kindName(EntryKind::Tentative) : BidText::status(entry.status);

    const QString separator = QStringLiteral(" · ");
    const QString fan = entry.fanName.simplified();
    const QStringList details{line.placeText, line.escrowText, line.statusText};
    line.displayText = line.timeText + separator + fan + QLatin1Char('\n') + details.join(separator);
    if (!line.zoneWarning.isEmpty())
        line.displayText += QLatin1Char('\n') + line.zoneWarning;

    QStringList spoken{line.timeText, fan};
    spoken += details;
    if (!line.zoneWarning.isEmpty())
        spoken.append(line.zoneWarning);
    line.accessibleText = spoken.join(QStringLiteral(", "));
    return line;
}

QString MeetingText::timeText(const MeetingTerms &terms, const QLocale &locale, QString *zoneWarning,
                              const QTimeZone &displayZone)
{
    return timeText(terms, zoneOf(terms), locale, zoneWarning, displayZone);
}

QString MeetingText::timeText(const MeetingTerms &terms, const QTimeZone &zone, const QLocale &locale,
                              QString *zoneWarning, const QTimeZone &displayZone)
{
    if (zoneWarning)
        zoneWarning->clear();
    if (!terms.start.isValid())
        return tr("Time unknown");

    const QDateTime localStart = terms.start.toTimeZone(displayZone);
    const QDateTime localEnd = terms.end.isValid() ? terms.end.toTimeZone(displayZone) : QDateTime();
    const QString localText = rangeText(localStart, localEnd, localStart.date(), locale);

    QString zoneName;
    QDateTime zoneStart;
    QDateTime zoneEnd;
    if (zone.isValid()) {
        // Equal offsets at both ends mean equal wall-clock times, so a second copy adds nothing.
        const bool sameOffsets = zone.offsetFromUtc(terms.start) == localStart.offsetFromUtc()
            && (!localEnd.isValid() || zone.offsetFromUtc(terms.end) == localEnd.offsetFromUtc());
        if (sameOffsets)
            return localText;
        zoneName = terms.timeZone;
        zoneStart = terms.start.toTimeZone(zone);
        zoneEnd = localEnd.isValid() ? terms.end.toTimeZone(zone) : QDateTime();
    } else {
        if (zoneWarning) {
            *zoneWarning = terms.timeZone.isEmpty()
                ? tr("No time zone given, shown in UTC")
                : tr("Unknown time zone %1, shown in UTC").arg(terms.timeZone);
        }
        zoneName = QStringLiteral("UTC");
        zoneStart = terms.start.toUTC();
        zoneEnd = localEnd.isValid() ? terms.end.toUTC() : QDateTime();
    }

    const QString zoneText = rangeText(zoneStart, zoneEnd, localStart.date(), locale);
    return tr("%1 (%2 %3)", "local meeting time, then the time and name of the meeting's zone")
        .arg(localText, zoneText, zoneName);
}

QString MeetingText::rangeText(const QDateTime &start, const QDateTime &end, QDate referenceDay,
                               const QLocale &locale)
{
    // A weekday marks a time that falls on another date than the day it is listed under.
    const auto clock = [&locale](const QDateTime &time, QDate day) {
        const QString text = locale.toString(time.time(), QLocale::ShortFormat);
        if (time.date() == day)
            return text;
        return tr("%1 %2", "short weekday name, then a time")
            .arg(locale.dayName(time.date().dayOfWeek(), QLocale::ShortFormat), text);
    };

    const QString startText = clock(start, referenceDay);
    if (!end.isValid())
        return startText;
    return tr("%1–%2", "start and end time of a meeting").arg(startText, clock(end, start.date()));
}

QString MeetingText::escrow(EscrowState state)
{
    switch (state) {
    case EscrowState::Locked:
        return tr("Escrow locked");
    case EscrowState::Released:
        return tr("Escrow released");
    case EscrowState::Refunded:
        return tr("Escrow refunded");
    }
    Q_UNREACHABLE();
    return {};
}

QString MeetingText::place(const MeetingTerms &terms)
{
    if (terms.isOnline())
        return tr("Online: %1").arg(terms.link.toDisplayString());
    const QString place = displayText(terms.place).simplified();
    return place.isEmpty() ? tr("No place given") : place;
}

QString MeetingText::dayHeading(QDate day, QDate today, const QLocale &locale)
{
    if (!day.isValid())
        return tr("Unknown date");
    const QString date = locale.toString(day, QLocale::LongFormat);
    return day == today ? tr("Today, %1", "agenda header of the current day").arg(date) : date;
}

QColor MeetingText::statusColor(BidStatus status, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    switch (status) {
    case BidStatus::Scheduled:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x0b, 0x57, 0xd0);
    case BidStatus::Completed:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x14, 0x6c, 0x2e);
    case BidStatus::Cancelled:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb3, 0x26, 0x1e);
    default:
        return palette.color(QPalette::Text);
    }
}

QColor MeetingText::kindColor(EntryKind kind, const QPalette &palette)
{
    switch (kind) {
    case EntryKind::Scheduled:
        return statusColor(BidStatus::Scheduled, palette);
    case EntryKind::Tentative: {
        const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
        return dark ? QColor(0xd7, 0xae, 0xfb) : QColor(0x7b, 0x1f, 0xa2);
    }
    case EntryKind::Completed:
        return statusColor(BidStatus::Completed, palette);
    case EntryKind::Cancelled:
        return statusColor(BidStatus::Cancelled, palette);
    }
    Q_UNREACHABLE();
    return {};
}

QString MeetingText::kindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Scheduled:
        return BidText::status(BidStatus::Scheduled);
    case EntryKind::Tentative:
        return tr("Tentative", "a meeting proposed in the chat but not agreed yet");
    case EntryKind::Completed:
        return BidText::status(BidStatus::Completed);
    case EntryKind::Cancelled:
        return BidText::status(BidStatus::Cancelled);
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace mesi::ui
