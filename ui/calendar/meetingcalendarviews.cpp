// MeetingCalendar's week and day views, deadline markers, busy blocks and the meeting
// context menu. The month and agenda views are in meetingcalendar.cpp.

#include "meetingcalendar.h"

#include "agendamodel.h"
#include "calendarmarkers.h"
#include "meetingmonthview.h"
#include "timegridpage.h"
#include "timegridview.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QListView>
#include <QMenu>

namespace mesi::ui {

void MeetingCalendar::createTimeGridPages()
{
    m_weekPage = new TimeGridPage(7, this);
    m_dayPage = new TimeGridPage(1, this);
    connectTimeGrid(m_weekPage);
    connectTimeGrid(m_dayPage);
}

void MeetingCalendar::connectListMenus()
{
    // The lists offer the same context menu as the grids' blocks.
    for (QListView *list : {m_dayList, m_agendaList}) {
        list->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(list, &QWidget::customContextMenuRequested, this, [this, list](const QPoint &pos) {
            const QString bidId = list->indexAt(pos).data(AgendaModel::BidIdRole).toString();
            if (!bidId.isEmpty())
                showEntryMenu(bidId, list->viewport()->mapToGlobal(pos));
        });
    }
}

void MeetingCalendar::connectTimeGrid(TimeGridPage *page)
{
    TimeGridView *view = page->view();
    view->setIndex(&m_index);
    view->setDisplayZone(m_zone);
    connect(view, &TimeGridView::dateNavigated, this, &MeetingCalendar::setCurrentDate);
    connect(view, &TimeGridView::entryActivated, this, &MeetingCalendar::meetingActivated);
    connect(view, &TimeGridView::entryMenuRequested, this, &MeetingCalendar::showEntryMenu);
}

void MeetingCalendar::showSelectedDateInGrids()
{
    const QDate date = selectedDate();
    m_weekPage->view()->setSelectedDate(date);
    m_dayPage->view()->setSelectedDate(date);
}

void MeetingCalendar::setMarkers(const QList<CalendarMarker> &markers)
{
    m_markers = markers;
    rebuildMarkers();
}

void MeetingCalendar::setBusyBlocks(const BusyBlocks &blocks)
{
    m_busyBlocks = blocks;
    m_index.setBusyBlocks(m_busyBlocks, m_zone);
    m_weekPage->view()->reload();
    m_dayPage->view()->reload();
}

void MeetingCalendar::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    for (TimeGridPage *page : {m_weekPage, m_dayPage})
        page->view()->setDisplayZone(m_zone);
    m_index.setBusyBlocks(m_busyBlocks, m_zone);
    refreshToday();
    rebuildMarkers();
    rebuild();
}

void MeetingCalendar::rebuildMarkers()
{
    m_index.setMarkers(m_markers, m_zone);
    QHash<QDate, MeetingMonthView::DayMarkers> days;
    for (const ShownMarker &shown : m_index.markers()) {
        MeetingMonthView::DayMarkers &day = days[shown.shownAt.date()];
        day.texts.append(CalendarMarkers::longText(shown.marker, shown.shownAt, locale()));
        if (shown.marker.kind == CalendarMarker::Kind::KyfDeadline)
            day.kyfDeadline = true;
        else
            day.bidExpiry = true;
    }
    m_monthView->setDayMarkers(days);
    m_weekPage->view()->reload();
    m_dayPage->view()->reload();
}

QMenu *MeetingCalendar::createEntryMenu(const QString &bidId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("calendarEntryMenu"));
    menu->setAccessibleName(tr("Meeting actions"));
    QAction *openBid = menu->addAction(tr("Open &Bid"), this, [this, bidId] { Q_EMIT meetingActivated(bidId); });
    openBid->setObjectName(QStringLiteral("calendarOpenBid"));
    QAction *openChat = menu->addAction(tr("Open &Chat"), this, [this, bidId] { Q_EMIT chatRequested(bidId); });
    openChat->setObjectName(QStringLiteral("calendarOpenChat"));
    QAction *showPass = menu->addAction(tr("Show &Pass"), this, [this, bidId] { Q_EMIT passRequested(bidId); });
    showPass->setObjectName(QStringLiteral("calendarShowPass"));

    // Only an agreed meeting that has not happened or been cancelled has a pass to show.
    const int line = m_index.lineOfBid(bidId);
    const bool scheduled = line >= 0 && entryKind(m_index.lines().at(line).entry) == EntryKind::Scheduled;
    showPass->setEnabled(scheduled);
    if (!scheduled)
        showPass->setToolTip(tr("Only a scheduled meeting has a pass."));
    return menu;
}

void MeetingCalendar::showEntryMenu(const QString &bidId, const QPoint &globalPos)
{
    QMenu *menu = createEntryMenu(bidId, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

bool MeetingCalendar::eventFilter(QObject *watched, QEvent *event)
{
    // The month grid gets the week and day views' keys for today. PageUp and PageDown already page months.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Home || key->key() == Qt::Key_T) && key->modifiers() == Qt::NoModifier) {
            refreshToday();
            setCurrentDate(m_today);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mesi::ui
