#pragma once

#include "calendarentry.h"
#include "timegridlayout.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QTimeZone>

class QTimer;

namespace mesi::ui {

class CalendarIndex;
class TimeGridHeader;

/**
 * A week or a day as columns with a 24-hour time grid. Meetings are blocks at their
 * wall-clock hours in the display zone, with overlapping ones side by side. Imported busy
 * times are hatched grey blocks, and deadline markers sit in the header above each day.
 * A line marks the current time in today's column and moves each minute.
 *
 * Keys: Left and Right move the selected day. PageUp, PageDown and Ctrl+Left or Right move
 * by the period, and Home or T go to today. Up and Down select the day's meetings in turn,
 * Enter opens the selected one, and the Menu key shows its context menu.
 */
class TimeGridView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    /// dayCount is 7 for a week (starting on the locale's first day of the week) or 1 for a day.
    explicit TimeGridView(int dayCount, QWidget *parent = nullptr);
    ~TimeGridView() override;

    /// Reads meetings, markers and busy blocks from index, which must outlive the view.
    void setIndex(const CalendarIndex *index);
    /// Lays the shown days out again after the index changed.
    void reload();
    /// Sets the zone of the grid's hours, which must be the zone of the index's shown times.
    void setDisplayZone(const QTimeZone &zone);

    /// Selects date and shows the period that contains it, without emitting dateNavigated.
    void setSelectedDate(QDate date);
    QDate selectedDate() const { return m_selectedDate; }
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_firstDay.addDays(m_dayCount - 1); }
    int dayCount() const { return m_dayCount; }
    /// Moves the selection by days and emits dateNavigated, as the arrow keys do.
    void navigateBy(int days);
    void navigateToToday();

    QString selectedBidId() const { return m_selectedBid; }
    void setSelectedBidId(const QString &bidId);

    /// The y coordinate in the viewport of a wall-clock minute of the day.
    int yForMinute(int minute) const;
    /// The rectangle of a day's column in the viewport, or a null rectangle when not shown.
    QRect columnRect(QDate day) const;
    /// The block of the bid's meeting on day in the viewport, or a null rectangle.
    QRect entryRect(const QString &bidId, QDate day) const;
    /// The block of an imported busy block (an index into CalendarIndex::busyBlocks()) on day.
    QRect busyRect(int busyIndex, QDate day) const;
    /**
     * A daylight-saving change on a shown day: the wall-clock minute at which the clocks
     * change, and by how many minutes they move (positive forward, negative back).
     */
    struct ClockChange
    {
        int minute = -1; ///< -1 when the day has no change.
        int shiftMinutes = 0;
    };
    /// The clock change on a shown day in the display zone, if it has one.
    ClockChange clockChange(QDate day) const;

    /// The wall-clock minute of the current-time line, or -1 when today is not shown.
    int nowMinute() const;
    /// Scrolls so that minute is at the top, as far as the grid allows.
    void scrollToMinute(int minute);

    TimeGridHeader *header() const { return m_header; }
    QTimer *clockTimer() const { return m_clockTimer; }
    const CalendarIndex *index() const { return m_index; }
    QTimeZone displayZone() const { return m_zone; }
    QDate today() const { return m_now.date(); }

Q_SIGNALS:
    /// The user moved to another day with the keyboard or the mouse.
    void dateNavigated(QDate date);
    /// The view shows another week or day, from firstDay on.
    void periodChanged(QDate firstDay);
    /// A meeting block was double-clicked, or Enter was pressed on the selected one.
    void entryActivated(const QString &bidId);
    /// The context menu of a meeting was requested at globalPos.
    void entryMenuRequested(const QString &bidId, const QPoint &globalPos);

protected:
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class TimeGridHeader;

    struct DayColumn
    {
        QDate day;
        QList<GridSpan> meetings; ///< GridSpan::item indexes CalendarIndex::lines().
        QList<GridSpan> busy;     ///< GridSpan::item indexes CalendarIndex::busyBlocks().
        ClockChange clockChange;
    };

    void relayout();
    void updateGeometryMetrics();
    void updateClock();
    void paintGrid(QPainter &painter, const QRect &exposed) const;
    void paintColumn(QPainter &painter, const DayColumn &column, const QRect &columnArea) const;
    void paintMeeting(QPainter &painter, const QRect &block, int line) const;
    void paintBusy(QPainter &painter, const QRect &block, int busy) const;
    QRect spanRect(int column, const GridSpan &span) const;
    /// The meeting line (or -1) and busy block (or -1) at a viewport point.
    std::pair<int, int> itemAt(const QPoint &point) const;
    QDate dayAt(const QPoint &point) const;
    void selectNextMeeting(int step);
    bool showToolTip(const QPoint &point, const QPoint &globalPos);

    const CalendarIndex *m_index = nullptr;
    QTimeZone m_zone;
    QDateTime m_now; ///< Current time in m_zone, refreshed each minute.
    int m_dayCount = 7;
    QDate m_selectedDate;
    QDate m_firstDay;
    QString m_selectedBid;
    QList<DayColumn> m_columns;
    QStringList m_hourLabels; ///< "00:00" to "23:00" in the locale's short format without seconds.
    int m_hourHeight = 48;
    int m_axisWidth = 48;
    TimeGridHeader *m_header = nullptr;
    QTimer *m_clockTimer = nullptr;
};

} // namespace mesi::ui
