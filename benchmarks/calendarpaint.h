#pragma once

namespace mesi::bench {

class Report;

/// Times of the calendar with many meetings, each the median of several runs, in milliseconds.
struct CalendarPaintFigures
{
    int meetings = 0;
    int runs = 0;
    double setEntriesMs = 0; ///< MeetingCalendar::setEntries with all meetings, markers not included.
    double nextMonthMs = 0;  ///< From "next month" in the month view to the end of the repaint.
    double nextWeekMs = 0;   ///< From PageDown in the week view to the end of the repaint.
};

/**
 * Builds meetings synthetic meetings over about 400 days (mixed zones, statuses, overlaps and
 * tentative ones) plus deadline markers and busy blocks, shows a MeetingCalendar under the
 * current platform and times moves to the next month and the next week. Each move ends with
 * a synchronous repaint() of the whole calendar, so the time includes every paint event.
 */
CalendarPaintFigures measureCalendarPaint(int meetings, int runs = 9);

/// Measures with measureCalendarPaint and adds its figures, with their 50 ms targets, to report.
void addCalendarPaintFigures(Report &report, int meetings);

} // namespace mesi::bench
