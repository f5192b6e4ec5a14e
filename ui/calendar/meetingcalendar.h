#pragma once

#include "calendarentry.h"
#include "calendarindex.h"

#include "core/busyblock.h"

#include <QDate>
#include <QList>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QMenu;
class QModelIndex;
class QPushButton;
class QTabWidget;
class QTimer;

namespace mesi::ui {

class AgendaModel;
class CalendarLegend;
class MeetingMonthView;
class TimeGridPage;

/**
 * The creator's meetings as a month grid with the selected day's meetings below it, as a
 * week or a day with a time grid, or as an agenda grouped by day from today on. All views
 * share one selected date. KYF deadlines and bid expiries are flagged on their day, and
 * busy times imported from other calendars show as read-only blocks.
 *
 * Times are shown in the display zone (the computer's zone unless setDisplayZone picks
 * another), followed by the meeting's own zone where that differs. Double-clicking a
 * meeting or pressing Enter on it emits meetingActivated, and its context menu also offers
 * the chat and the pass.
 */
class MeetingCalendar : public QWidget
{
    Q_OBJECT

public:
    enum class View { Month, Week, Day, Agenda };
    Q_ENUM(View)

    explicit MeetingCalendar(QWidget *parent = nullptr);

    /// Shows these meetings in place of the previous ones, in O(n log n) time because of the sort.
    void setEntries(const QList<CalendarEntry> &entries);
    const QList<CalendarEntry> &entries() const { return m_entries; }
    /// Flags these KYF deadlines and bid expiries on their days in place of the previous ones.
    void setMarkers(const QList<CalendarMarker> &markers);
    /// Shows these imported busy times, read-only, in place of the previous ones.
    void setBusyBlocks(const BusyBlocks &blocks);
    /// Sets the zone of every shown time and day. An invalid zone means the computer's zone.
    void setDisplayZone(const QTimeZone &zone);
    QTimeZone displayZone() const { return m_zone; }

    /// Selects date in the month grid and scrolls the agenda to it.
    void setCurrentDate(QDate date);
    QDate selectedDate() const;

    void setView(View view);
    View view() const;

    /// Whether the agenda also lists meetings of days before today.
    void setPastShown(bool shown);
    bool isPastShown() const;

    MeetingMonthView *monthView() const { return m_monthView; }
    QListView *dayList() const { return m_dayList; }
    QListView *agendaList() const { return m_agendaList; }
    AgendaModel *dayModel() const { return m_dayModel; }
    AgendaModel *agendaModel() const { return m_agendaModel; }
    QPushButton *todayButton() const { return m_todayButton; }
    QCheckBox *pastCheckBox() const { return m_pastCheckBox; }
    QLabel *dayHeading() const { return m_dayHeading; }
    TimeGridPage *weekPage() const { return m_weekPage; }
    TimeGridPage *dayPage() const { return m_dayPage; }
    CalendarLegend *legend() const { return m_legend; }
    const CalendarIndex &index() const { return m_index; }

    /// Builds the context menu of a bid's meeting: Open Bid, Open Chat and, when scheduled, Show Pass.
    QMenu *createEntryMenu(const QString &bidId, QWidget *parent);

Q_SIGNALS:
    /// A meeting was double-clicked or Enter was pressed on it.
    void meetingActivated(const QString &bidId);
    /// "Open Chat" was chosen in a meeting's context menu.
    void chatRequested(const QString &bidId);
    /// "Show Pass" was chosen in a scheduled meeting's context menu.
    void passRequested(const QString &bidId);
    void selectedDateChanged(QDate date);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createMonthPage();
    QWidget *createAgendaPage();
    // The week and day views, in meetingcalendarviews.cpp.
    void createTimeGridPages();
    void connectTimeGrid(TimeGridPage *page);
    void connectListMenus();
    void showEntryMenu(const QString &bidId, const QPoint &globalPos);
    void rebuildMarkers();
    void showSelectedDateInGrids();

    void retranslateUi();
    void rebuild();
    void showSelectedDay();
    void updateAgendaRange();
    void applyPalette();
    void activateRow(const QModelIndex &index);
    void refreshToday();

    QList<CalendarEntry> m_entries;
    QList<CalendarMarker> m_markers;
    BusyBlocks m_busyBlocks;
    CalendarIndex m_index;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDate m_today;
    QTimer *m_midnightTimer = nullptr;

    QTabWidget *m_tabs = nullptr;
    QPushButton *m_todayButton = nullptr;
    MeetingMonthView *m_monthView = nullptr;
    QLabel *m_dayHeading = nullptr;
    QListView *m_dayList = nullptr;
    AgendaModel *m_dayModel = nullptr;
    QCheckBox *m_pastCheckBox = nullptr;
    QLabel *m_agendaEmpty = nullptr;
    QListView *m_agendaList = nullptr;
    AgendaModel *m_agendaModel = nullptr;
    TimeGridPage *m_weekPage = nullptr;
    TimeGridPage *m_dayPage = nullptr;
    CalendarLegend *m_legend = nullptr;
};

} // namespace mesi::ui
