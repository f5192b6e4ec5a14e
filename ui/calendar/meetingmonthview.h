#pragma once

#include "calendarentry.h"

#include <QCalendarWidget>
#include <QDate>
#include <QHash>

namespace mesi::ui {

/**
 * A month grid that marks days with meetings in bold on a tinted background with the number
 * of meetings in a corner, flags days with KYF deadlines or bid expiries, and frames the
 * current day.
 */
class MeetingMonthView : public QCalendarWidget
{
    Q_OBJECT

public:
    /// The deadline markers of one day.
    struct DayMarkers
    {
        QStringList texts;        ///< One line per marker, shown as the cell's tooltip.
        bool kyfDeadline = false; ///< Draws a filled flag.
        bool bidExpiry = false;   ///< Draws an outlined flag.
    };

    explicit MeetingMonthView(QWidget *parent = nullptr);

    /// Sets the number of meetings per local day. Days missing from counts have none.
    void setMeetingCounts(const QHash<QDate, int> &counts);
    int meetingCount(QDate day) const { return m_counts.value(day); }
    /// Sets the deadline markers per day. Days missing from markers have none.
    void setDayMarkers(const QHash<QDate, DayMarkers> &markers);
    DayMarkers dayMarkers(QDate day) const { return m_markers.value(day); }
    /// Sets the day framed as today, which is the current date in the calendar's display zone.
    void setToday(QDate today);

    /// The background of a day with meetings: the palette's Highlight mixed into its Base.
    static QColor meetingDayColor(const QPalette &palette);

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;
    void changeEvent(QEvent *event) override;

private:
    void applyDayFormats();

    QHash<QDate, int> m_counts;
    QHash<QDate, DayMarkers> m_markers;
    QDate m_today = QDate::currentDate();
};

} // namespace mesi::ui
