#pragma once

#include "calendarentry.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QTimeZone>

class QPalette;

namespace mesi::ui {

/// A calendar entry with every text the calendar shows for it, prepared once so views only read.
struct MeetingLine
{
    CalendarEntry entry;
    QDate day;           ///< Date of the start in the display zone; null when the start is invalid.
    QDateTime shownStart; ///< The start in the display zone, invalid when unknown.
    QDateTime shownEnd;   ///< The end in the display zone, invalid when unknown.
    QString timeText;    ///< Start–end in the display zone, plus the times in the meeting's zone where they differ.
    QString zoneWarning; ///< Why the meeting's times are shown in UTC, or empty.
    QString placeText;   ///< The place, or "Online: " and the link.
    QString escrowText;
    QString statusText;
    QString displayText; ///< Two or three lines for a list view.
    QString accessibleText; ///< The same content on one line, for screen readers.
};

/// Translated texts and colours of the meeting calendar.
class MeetingText
{
    Q_DECLARE_TR_FUNCTIONS(mesi::ui::MeetingText)

public:
    /**
     * Prepares the texts of entries in locale and sorts them by day, then by start, end and
     * bid id. Times and days are in displayZone, the computer's zone unless a caller such as a
     * test picks another. An entry whose zone is unknown is kept and gets a warning.
     */
    static QList<MeetingLine> prepare(const QList<CalendarEntry> &entries, const QLocale &locale = QLocale(),
                                      const QTimeZone &displayZone = QTimeZone::systemTimeZone());

    /**
     * Formats the local start–end time, such as "14:00–15:00", followed by the times in the
     * meeting's zone when its offset differs from the local one: "(20:00–21:00 Asia/Tokyo)".
     * For an unknown zone the second part is in UTC and zoneWarning receives the reason.
     */
    static QString timeText(const MeetingTerms &terms, const QLocale &locale, QString *zoneWarning = nullptr,
                            const QTimeZone &displayZone = QTimeZone::systemTimeZone());

    static QString escrow(EscrowState state);
    static QString place(const MeetingTerms &terms);
    /// The header of a day in the agenda, such as "Today, Tuesday 3 June 2025".
    static QString dayHeading(QDate day, QDate today, const QLocale &locale);

    /**
     * The colour of a status in lists and the legend. Scheduled, completed and cancelled get
     * a hue each, in a dark shade on light palettes and a light shade on dark ones. On white,
     * light-grey and near-black Base and Window colours the contrast ratio is at least 4.5:1.
     */
    static QColor statusColor(BidStatus status, const QPalette &palette);
    /// The colour of an entry kind. Tentative entries get a fourth hue under the same contrast rule.
    static QColor kindColor(EntryKind kind, const QPalette &palette);
    /// The word the calendar shows for an entry kind, such as "Tentative".
    static QString kindName(EntryKind kind);

private:
    static QString rangeText(const QDateTime &start, const QDateTime &end, QDate referenceDay,
                             const QLocale &locale);
    static QString timeText(const MeetingTerms &terms, const QTimeZone &zone, const QLocale &locale,
                            QString *zoneWarning, const QTimeZone &displayZone);
    static MeetingLine prepareLine(const CalendarEntry &entry, QHash<QString, QTimeZone> &zones,
                                   const QLocale &locale, const QTimeZone &displayZone);
};

} // namespace mesi::ui
