#include "timegridlayout.h"

#include <algorithm>

namespace mesi::ui {

int wallClockMinute(const QDateTime &shown, QDate day)
{
    const QDate date = shown.date();
    if (date < day)
        return 0;
    if (date > day)
        return GridDayMinutes;
    const QTime time = shown.time();
    return time.hour() * 60 + time.minute();
}

GridSpan spanOnDay(int item, const QDateTime &shownStart, const QDateTime &shownEnd, QDate day)
{
    if (!shownStart.isValid() || !day.isValid())
        return {};
    const QDateTime end = shownEnd.isValid() && shownEnd > shownStart ? shownEnd : shownStart;
    // An item that ends at 00:00 belongs to the day before only.
    const QDate lastDay = end > shownStart && end.time() == QTime(0, 0) ? end.date().addDays(-1) : end.date();
    if (day < shownStart.date() || day > lastDay)
        return {};

    GridSpan span;
    span.item = item;
    span.startMinute = wallClockMinute(shownStart, day);
    span.endMinute = wallClockMinute(end, day);
    if (span.endMinute <= span.startMinute) {
        // The repeated hour of a change back to standard time, or a zero-length item.
        const qint64 minutes = shownStart.secsTo(end) / 60;
        span.endMinute = int(std::min<qint64>(GridDayMinutes, span.startMinute + std::max<qint64>(minutes, 0)));
    }
    return span;
}

void layOutSideBySide(QList<GridSpan> &spans, int minimumMinutes)
{
    std::sort(spans.begin(), spans.end(), [](const GridSpan &a, const GridSpan &b) {
        if (a.startMinute != b.startMinute)
            return a.startMinute < b.startMinute;
        if (a.endMinute != b.endMinute)
            return a.endMinute > b.endMinute; // Longer blocks first, so they take the left columns.
        return a.item < b.item;
    });
    const auto shownEnd = [minimumMinutes](const GridSpan &span) {
        return std::max(span.endMinute, span.startMinute + minimumMinutes);
    };

    // A group is a run of blocks connected by overlaps, and each gets the group's column count.
    QList<int> columnEnds; // Shown end minute of the last block in each column of the group.
    qsizetype groupStart = 0;
    int groupEnd = -1;
    const auto closeGroup = [&](qsizetype groupStop) {
        for (qsizetype i = groupStart; i < groupStop; ++i)
            spans[i].columns = int(columnEnds.size());
        columnEnds.clear();
    };

    for (qsizetype i = 0; i < spans.size(); ++i) {
        GridSpan &span = spans[i];
        if (span.startMinute >= groupEnd && i > groupStart) {
            closeGroup(i);
            groupStart = i;
        }
        const auto freeColumn = std::find_if(columnEnds.begin(), columnEnds.end(),
                                             [&span](int end) { return end <= span.startMinute; });
        if (freeColumn == columnEnds.end()) {
            span.column = int(columnEnds.size());
            columnEnds.append(shownEnd(span));
        } else {
            span.column = int(freeColumn - columnEnds.begin());
            *freeColumn = shownEnd(span);
        }
        groupEnd = i == groupStart ? shownEnd(span) : std::max(groupEnd, shownEnd(span));
    }
    closeGroup(spans.size());
}

} // namespace mesi::ui
