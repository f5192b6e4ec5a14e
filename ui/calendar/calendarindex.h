#pragma once

#include "calendarentry.h"
#include "meetingtext.h"

#include "core/busyblock.h"

#include <QHash>
#include <QList>
#include <QTimeZone>

namespace mesi::ui {

/// An imported busy block with its times in the display zone.
struct ShownBusyBlock
{
    BusyBlock block;
    QDateTime shownStart;
    QDateTime shownEnd;
};

/// A deadline marker with its time in the display zone.
struct ShownMarker
{
    CalendarMarker marker;
    QDateTime shownAt;
};

/**
 * The calendar's meetings, markers and busy blocks, indexed by the days of the display zone
 * they touch. Built once per change of the data, so views that page through weeks or months
 * look up each visible day in O(1) instead of scanning every meeting.
 */
class CalendarIndex
{
public:
    /// Takes lines in MeetingText::prepare order, with their shown times in the display zone.
    void setLines(const QList<MeetingLine> &lines);
    void setMarkers(const QList<CalendarMarker> &markers, const QTimeZone &displayZone);
    void setBusyBlocks(const BusyBlocks &blocks, const QTimeZone &displayZone);

    const QList<MeetingLine> &lines() const { return m_lines; }
    const QList<ShownMarker> &markers() const { return m_markers; }
    const QList<ShownBusyBlock> &busyBlocks() const { return m_busy; }

    /// Indexes into lines() of the meetings that touch day, by start.
    QList<int> linesOn(QDate day) const { return m_lineDays.value(day); }
    /// Indexes into markers() of the markers on day, by time.
    QList<int> markersOn(QDate day) const { return m_markerDays.value(day); }
    /// Indexes into busyBlocks() of the blocks that touch day.
    QList<int> busyOn(QDate day) const { return m_busyDays.value(day); }
    /**
     * The first line of a meeting's block: the kind's symbol, a warning sign for an unknown
     * zone, the fan, the kind's word unless scheduled, and the times in both zones.
     * Prepared here so that painting allocates no strings.
     */
    const QString &blockTitle(int line) const { return m_titles.at(line); }
    /// Index into lines() of the first meeting of this bid, or -1.
    int lineOfBid(const QString &bidId) const { return m_lineOfBid.value(bidId, -1); }

private:
    QList<MeetingLine> m_lines;
    QStringList m_titles;
    QList<ShownMarker> m_markers;
    QList<ShownBusyBlock> m_busy;
    QHash<QDate, QList<int>> m_lineDays;
    QHash<QDate, QList<int>> m_markerDays;
    QHash<QDate, QList<int>> m_busyDays;
    QHash<QString, int> m_lineOfBid;
};

} // namespace mesi::ui
