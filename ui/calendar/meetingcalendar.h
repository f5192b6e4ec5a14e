#pragma once

#include "calendarentry.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QModelIndex;
class QPushButton;
class QTabWidget;
class QTimer;

namespace mesi::ui {

class AgendaModel;
class MeetingMonthView;

/**
 * The creator's meetings as a month grid with the selected day's meetings below it, or as an
 * agenda grouped by day from today on.
 *
 * Times are shown in the computer's zone, followed by the meeting's own zone where that
 * differs. Double-clicking a meeting or pressing Enter on it emits meetingActivated.
 */
class MeetingCalendar : public QWidget
{
    Q_OBJECT

public:
    enum class View { Month, Agenda };
    Q_ENUM(View)

    explicit MeetingCalendar(QWidget *parent = nullptr);

    /// Shows these meetings in place of the previous ones, in O(n log n) time because of the sort.
    void setEntries(const QList<CalendarEntry> &entries);
    const QList<CalendarEntry> &entries() const { return m_entries; }

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

Q_SIGNALS:
    /// A meeting was double-clicked or Enter was pressed on it.
    void meetingActivated(const QString &bidId);
    void selectedDateChanged(QDate date);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createMonthPage();
    QWidget *createAgendaPage();
    void retranslateUi();
    void rebuild();
    void showSelectedDay();
    void updateAgendaRange();
    void updateLegend();
    void applyPalette();
    void activateRow(const QModelIndex &index);
    void refreshToday();

    QList<CalendarEntry> m_entries;
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
    QLabel *m_legend = nullptr;
};

} // namespace mesi::ui
