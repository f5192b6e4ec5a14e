#pragma once

#include "icsdatetime.h"
#include "icstext.h"

#include "core/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace mesi::ical {

/**
 * The subset of an RRULE (RFC 5545, 3.3.10) that the import expands: FREQ=DAILY or WEEKLY,
 * INTERVAL, COUNT or UNTIL, BYDAY of plain weekdays for WEEKLY, and WKST.
 */
struct RecurrenceRule
{
    enum class Frequency { Daily, Weekly };

    Frequency frequency = Frequency::Daily;
    int interval = 1;
    std::optional<qint64> count;
    std::optional<IcsTime> until; ///< Inclusive; its zone is the event's when it has no Z.
    QList<int> byDay;             ///< Qt day numbers, 1 = Monday; empty means DTSTART's weekday.
    int weekStart = Qt::Monday;
};

/// Parses the value of an RRULE line; any other rule part is an error naming it and the line.
Result<RecurrenceRule> parseRecurrenceRule(const ContentLine &line);

/**
 * Returns the dates of the occurrences of rule starting at start that fall within
 * [firstDate, lastDate], oldest first. Each occurrence has start's wall-clock time.
 * COUNT counts from start, which is always the first occurrence, so skipped early periods
 * are counted arithmetically and the work grows with the window, not with the age of start.
 */
QList<QDate> expandRecurrence(const RecurrenceRule &rule, const IcsTime &start, QDate firstDate,
                              QDate lastDate);

} // namespace mesi::ical
