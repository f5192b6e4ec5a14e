#pragma once

#include <QCalendarWidget>
#include <QDate>
#include <QHash>

namespace mesi::ui {

/**
 * A month grid that marks days with meetings in bold on a tinted background with the number
 * of meetings in a corner, and frames the current day.
 */
class MeetingMonthView : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit MeetingMonthView(QWidget *parent = nullptr);

    /// Sets the number of meetings per local day. Days missing from counts have none.
    void setMeetingCounts(const QHash<QDate, int> &counts);
    int meetingCount(QDate day) const { return m_counts.value(day); }

    /// The background of a day with meetings: the palette's Highlight mixed into its Base.
    static QColor meetingDayColor(const QPalette &palette);

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;
    void changeEvent(QEvent *event) override;

private:
    void applyDayFormats();

    QHash<QDate, int> m_counts;
};

} // namespace mesi::ui
