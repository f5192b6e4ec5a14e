#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

namespace mesi::ui {

/// Minutes in the grid of one day: 24 wall-clock hours, also on 23- and 25-hour days.
inline constexpr int GridDayMinutes = 24 * 60;

/// One item's place in a day column of the week or day grid.
struct GridSpan
{
    int item = -1;       ///< Index of the item in the caller's list.
    int startMinute = 0; ///< Wall-clock minute of the day at which the block starts, 0 to 1440.
    int endMinute = 0;   ///< Wall-clock minute at which it ends, after startMinute.
    int column = 0;      ///< Side-by-side column among the items it overlaps, from 0.
    int columns = 1;     ///< Number of columns in its group of overlapping items.
};

/**
 * Returns the wall-clock minute of shown on day, clamped to 0 before the day and to 1440
 * after it. shown must already be in the grid's zone, so a meeting at 10:00 on a
 * daylight-saving day lands on the 10:00 row, not one hour off.
 */
int wallClockMinute(const QDateTime &shown, QDate day);

/**
 * Returns the span of an item from shownStart to shownEnd (both in the grid's zone) on day,
 * or an invalid span (item -1) when it does not touch day. Where a clock change back to
 * standard time makes the wall-clock end come before the start, the real duration is used.
 */
GridSpan spanOnDay(int item, const QDateTime &shownStart, const QDateTime &shownEnd, QDate day);

/**
 * Sets column and columns of spans so that overlapping blocks sit side by side. Blocks
 * shorter than minimumMinutes count as that long, because their text needs the room.
 * Runs in O(n log n) for the sort plus O(n × columns).
 */
void layOutSideBySide(QList<GridSpan> &spans, int minimumMinutes);

} // namespace mesi::ui
