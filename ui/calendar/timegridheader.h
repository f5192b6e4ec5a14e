#pragma once

#include "calendarentry.h"

#include <QDate>
#include <QWidget>

namespace mesi::ui {

class TimeGridView;

/**
 * The row above a TimeGridView's columns: each day's name and date, then the KYF deadlines
 * and bid expiries of that day as flagged items. Clicking a day selects it, and double-clicking
 * a marker opens its bid through the view's entryActivated signal.
 */
class TimeGridHeader : public QWidget
{
    Q_OBJECT

public:
    explicit TimeGridHeader(TimeGridView *view);

    /// The height that fits the day names and the marker rows of the shown days.
    int preferredHeight() const;
    /// Re-reads the markers of the shown days and updates the accessible description.
    void reload();
    /// The rectangle of a marker of this bid and kind in header coordinates, or a null rectangle.
    QRect markerRect(const QString &bidId, CalendarMarker::Kind kind) const;
    /// The text shown for a marker, such as "KYF due 14:00 Ana".
    QString markerText(int marker) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// Marker rows drawn per day. More markers collapse into a "+N more" row.
    static constexpr int MaxMarkerRows = 3;

    QRect dayRect(int column) const;
    QRect markerRowRect(int column, int row) const;
    /// The marker index at point, or -1.
    int markerAt(const QPoint &point) const;

    TimeGridView *m_view = nullptr;
    int m_markerRows = 0; ///< Marker rows the header has room for, from 0 to MaxMarkerRows.
};

} // namespace mesi::ui
