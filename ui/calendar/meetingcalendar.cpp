#include "meetingcalendar.h"

#include "agendamodel.h"
#include "calendarlegend.h"
#include "meetingmonthview.h"
#include "timegridpage.h"
#include "timegridview.h"

#include "ui/bidtext.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QEvent>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mesi::ui {

namespace {

QListView *createMeetingList(AgendaModel *model, const QString &objectName, QWidget *parent)
{
    auto *list = new QListView(parent);
    list->setObjectName(objectName);
    list->setModel(model);
    list->setWordWrap(true);
    list->setResizeMode(QListView::Adjust);
    list->setSpacing(2);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The status colour comes as a decoration, drawn as a swatch about the size of a capital letter.
    const int swatch = list->fontMetrics().height() * 2 / 3;
    list->setIconSize(QSize(swatch, swatch));
    return list;
}

} // namespace

MeetingCalendar::MeetingCalendar(QWidget *parent)
    : QWidget(parent), m_today(QDateTime::currentDateTime().toTimeZone(m_zone).date())
{
    m_dayModel = new AgendaModel(this);
    m_agendaModel = new AgendaModel(this);
    m_agendaModel->setDayHeadersShown(true);
    m_agendaModel->setToday(m_today);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("calendarViews"));
    m_tabs->addTab(createMonthPage(), QString());
    createTimeGridPages();
    m_tabs->addTab(m_weekPage, QString());
    m_tabs->addTab(m_dayPage, QString());
    m_tabs->addTab(createAgendaPage(), QString());
    connectListMenus();
    m_todayButton = new QPushButton(m_tabs);
    m_todayButton->setObjectName(QStringLiteral("calendarToday"));
    m_tabs->setCornerWidget(m_todayButton, Qt::TopRightCorner);

    m_legend = new CalendarLegend(this);
    m_legend->setObjectName(QStringLiteral("calendarLegend"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_legend);

    m_midnightTimer = new QTimer(this);
    m_midnightTimer->setSingleShot(true);

    connect(m_monthView, &QCalendarWidget::selectionChanged, this, [this] {
        showSelectedDay();
        showSelectedDateInGrids();
        Q_EMIT selectedDateChanged(selectedDate());
    });
    // QCalendarWidget keeps the old selection when the arrows page to another month, so the
    // list below would still show a day of the previous month. Select the same day number.
    connect(m_monthView, &QCalendarWidget::currentPageChanged, this, [this](int year, int month) {
        const QDate selected = m_monthView->selectedDate();
        if (selected.year() == year && selected.month() == month)
            return;
        const QDate first(year, month, 1);
        m_monthView->setSelectedDate(first.addDays(qMin(selected.day(), first.daysInMonth()) - 1));
    });
    // Enter on a day moves on to its meetings, so the keyboard reaches them without the mouse.
    connect(m_monthView, &QCalendarWidget::activated, this, [this] {
        if (m_dayModel->rowCount() == 0)
            return;
        m_dayList->setFocus(Qt::OtherFocusReason);
        m_dayList->setCurrentIndex(m_dayModel->index(0));
    });
    connect(m_dayList, &QAbstractItemView::activated, this, &MeetingCalendar::activateRow);
    connect(m_agendaList, &QAbstractItemView::activated, this, &MeetingCalendar::activateRow);
    connect(m_pastCheckBox, &QCheckBox::toggled, this, &MeetingCalendar::updateAgendaRange);
    connect(m_agendaModel, &QAbstractItemModel::modelReset, this, [this] {
        m_agendaEmpty->setVisible(m_agendaModel->rowCount() == 0);
    });
    connect(m_todayButton, &QPushButton::clicked, this, [this] {
        refreshToday();
        setCurrentDate(m_today);
    });
    connect(m_midnightTimer, &QTimer::timeout, this, &MeetingCalendar::refreshToday);

    refreshToday();
    applyPalette();
    retranslateUi();
}

QWidget *MeetingCalendar::createMonthPage()
{
    auto *page = new QWidget(this);
    m_monthView = new MeetingMonthView(page);
    m_monthView->setObjectName(QStringLiteral("calendarMonthView"));
    if (auto *grid = m_monthView->findChild<QAbstractItemView *>())
        grid->installEventFilter(this);
    m_dayHeading = new QLabel(page);
    m_dayHeading->setObjectName(QStringLiteral("calendarDayHeading"));
    QFont headingFont = m_dayHeading->font();
    headingFont.setBold(true);
    m_dayHeading->setFont(headingFont);
    m_dayList = createMeetingList(m_dayModel, QStringLiteral("calendarDayList"), page);
    m_dayHeading->setBuddy(m_dayList);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_monthView);
    layout->addWidget(m_dayHeading);
    layout->addWidget(m_dayList, 1);
    return page;
}

QWidget *MeetingCalendar::createAgendaPage()
{
    auto *page = new QWidget(this);
    m_pastCheckBox = new QCheckBox(page);
    m_pastCheckBox->setObjectName(QStringLiteral("calendarShowPast"));
    m_agendaEmpty = new QLabel(page);
    m_agendaEmpty->setWordWrap(true);
    m_agendaEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_agendaList = createMeetingList(m_agendaModel, QStringLiteral("calendarAgendaList"), page);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_pastCheckBox);
    layout->addWidget(m_agendaEmpty);
    layout->addWidget(m_agendaList, 1);
    return page;
}

void MeetingCalendar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::LocaleChange:
        rebuild();
        break;
    case QEvent::PaletteChange:
        applyPalette();
        break;
    default:
        break;
    }
}

void MeetingCalendar::retranslateUi()
{
    m_tabs->setTabText(m_tabs->indexOf(m_monthView->parentWidget()), tr("&Month", "calendar view"));
    m_tabs->setTabText(m_tabs->indexOf(m_weekPage), tr("&Week", "calendar view"));
    m_tabs->setTabText(m_tabs->indexOf(m_dayPage), tr("&Day", "calendar view"));
    m_tabs->setTabText(m_tabs->indexOf(m_agendaList->parentWidget()), tr("A&genda", "calendar view"));
    m_tabs->setAccessibleName(tr("Calendar views"));
    m_todayButton->setText(tr("Toda&y"));
    m_todayButton->setAccessibleName(tr("Go to today"));
    m_todayButton->setToolTip(tr("Select the current day in every view (Alt+Y, or Home in a view)"));

    m_monthView->setAccessibleName(tr("Month"));
    m_monthView->setAccessibleDescription(
        tr("Days in bold have meetings, with their number in the corner, and flagged days have deadlines. "
           "Press Enter to list a day's meetings, PageUp or PageDown to change the month, Home for today."));
    // QCalendarWidget of Qt 6.4 leaves its grid, navigation buttons and year field without names.
    if (auto *grid = m_monthView->findChild<QAbstractItemView *>())
        grid->setAccessibleName(tr("Days of the month"));
    if (auto *monthButton = m_monthView->findChild<QToolButton *>(QStringLiteral("qt_calendar_monthbutton")))
        monthButton->setAccessibleName(tr("Choose month"));
    if (auto *yearButton = m_monthView->findChild<QToolButton *>(QStringLiteral("qt_calendar_yearbutton")))
        yearButton->setAccessibleName(tr("Choose year"));
    if (auto *yearEdit = m_monthView->findChild<QSpinBox *>(QStringLiteral("qt_calendar_yearedit")))
        yearEdit->setAccessibleName(tr("Year"));
    if (auto *previous = m_monthView->findChild<QToolButton *>(QStringLiteral("qt_calendar_prevmonth")))
        previous->setAccessibleName(tr("Previous month"));
    if (auto *next = m_monthView->findChild<QToolButton *>(QStringLiteral("qt_calendar_nextmonth")))
        next->setAccessibleName(tr("Next month"));

    m_dayList->setAccessibleName(tr("Meetings of the selected day"));
    m_dayList->setAccessibleDescription(tr("Press Enter on a meeting to open its bid."));
    m_pastCheckBox->setText(tr("Show &past meetings"));
    m_pastCheckBox->setAccessibleName(tr("Show past meetings"));
    m_agendaList->setAccessibleName(tr("Agenda"));
    m_agendaList->setAccessibleDescription(
        tr("Meetings sorted by start, each day after a header row. Press Enter on a meeting to open its bid."));

    rebuild();
}

void MeetingCalendar::setEntries(const QList<CalendarEntry> &entries)
{
    m_entries = entries;
    rebuild();
}

void MeetingCalendar::rebuild()
{
    // Texts depend on the language and the locale, so every view gets freshly prepared lines.
    const QList<MeetingLine> lines = MeetingText::prepare(m_entries, QLocale(), m_zone);
    QHash<QDate, int> counts;
    for (const MeetingLine &line : lines) {
        if (line.day.isValid())
            ++counts[line.day];
    }

    m_index.setLines(lines);
    m_monthView->setMeetingCounts(counts);
    m_dayModel->setLines(lines);
    m_agendaModel->setLines(lines);
    m_weekPage->view()->reload();
    m_dayPage->view()->reload();
    showSelectedDay();
}

void MeetingCalendar::setCurrentDate(QDate date)
{
    if (!date.isValid())
        return;
    m_monthView->setSelectedDate(date);
    showSelectedDateInGrids();

    const int row = m_agendaModel->firstRowOnOrAfter(date);
    if (row >= 0)
        m_agendaList->scrollTo(m_agendaModel->index(row), QAbstractItemView::PositionAtTop);
}

QDate MeetingCalendar::selectedDate() const
{
    return m_monthView->selectedDate();
}

void MeetingCalendar::setView(View view)
{
    m_tabs->setCurrentIndex(int(view)); // The tabs are added in the order of View.
}

MeetingCalendar::View MeetingCalendar::view() const
{
    return View(m_tabs->currentIndex());
}

void MeetingCalendar::setPastShown(bool shown)
{
    m_pastCheckBox->setChecked(shown);
}

bool MeetingCalendar::isPastShown() const
{
    return m_pastCheckBox->isChecked();
}

void MeetingCalendar::showSelectedDay()
{
    const QDate day = selectedDate();
    m_dayModel->setDayRange(day, day);

    const QString date = QLocale().toString(day, QLocale::LongFormat);
    const int count = m_dayModel->meetingCount();
    m_dayHeading->setText(count == 0 ? tr("%1: no meetings").arg(date)
                                     : tr("%1: %n meeting(s)", nullptr, count).arg(date));
}

void MeetingCalendar::updateAgendaRange()
{
    m_agendaModel->setDayRange(isPastShown() ? QDate() : m_today, QDate());
    m_agendaEmpty->setText(isPastShown() ? tr("No meetings.") : tr("No meetings from today on."));
    m_agendaEmpty->setVisible(m_agendaModel->rowCount() == 0);
}

void MeetingCalendar::applyPalette()
{
    m_dayModel->setPalette(palette());
    m_agendaModel->setPalette(palette());
}

void MeetingCalendar::activateRow(const QModelIndex &index)
{
    const QString bidId = index.data(AgendaModel::BidIdRole).toString();
    if (!bidId.isEmpty()) // Day headers have no bid.
        Q_EMIT meetingActivated(bidId);
}

void MeetingCalendar::refreshToday()
{
    m_today = QDateTime::currentDateTime().toTimeZone(m_zone).date();
    m_agendaModel->setToday(m_today);
    updateAgendaRange();
    m_monthView->setToday(m_today);

    // One second past midnight, so that the current date in the display zone is the new day.
    const QDateTime next = m_today.addDays(1).startOfDay(m_zone).addSecs(1);
    const qint64 waitMs = std::clamp<qint64>(QDateTime::currentDateTime().msecsTo(next), 1000, 86'400'000);
    m_midnightTimer->start(int(waitMs));
}

} // namespace mesi::ui
