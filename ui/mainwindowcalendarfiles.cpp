// MainWindow's calendar files: exporting meetings to an .ics file and importing the creator's
// other calendars as busy blocks, which the calendar shows and the conflict check counts.

#include "mainwindow.h"

#include "calendar/icsexportdialog.h"
#include "calendar/icsimport.h"
#include "calendar/meetingcalendar.h"
#include "lifecyclepane.h"

#include "ical/icswriter.h"
#include "sync/creatoravailability.h"
#include "sync/creatorlifecycle.h"
#include "sync/creatorsession.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace mesi::ui {

namespace {

constexpr int HintTimeoutMs = 6000;
// Busy blocks further away than this are not shown. The importer keeps the same window.
constexpr int BusyDaysBack = 365;
constexpr int BusyDaysAhead = 2 * 365;

} // namespace

void MainWindow::createCalendarFileActions()
{
    m_exportCalendarAction = new QAction(this);
    m_exportCalendarAction->setObjectName(QStringLiteral("exportCalendarAction"));
    connect(m_exportCalendarAction, &QAction::triggered, this, &MainWindow::exportCalendar);

    m_importBusyAction = new QAction(this);
    m_importBusyAction->setObjectName(QStringLiteral("importBusyAction"));
    connect(m_importBusyAction, &QAction::triggered, this, [this] {
        if (!m_icsImport) {
            statusBar()->showMessage(tr("Sign in to import busy times into this account's calendar."),
                                     HintTimeoutMs);
            return;
        }
        m_icsImport->start();
    });

    // Both sit after Bid Settings, which the lifecycle actions put second in the File menu.
    QAction *before = m_fileMenu->actions().value(2);
    m_fileMenu->insertAction(before, m_exportCalendarAction);
    m_fileMenu->insertAction(before, m_importBusyAction);
}

void MainWindow::retranslateCalendarFileUi()
{
    m_exportCalendarAction->setText(tr("&Export Calendar…"));
    m_importBusyAction->setText(tr("&Import Busy Times…"));
}

void MainWindow::exportCalendar()
{
    if (!m_session) {
        statusBar()->showMessage(tr("Sign in to export this account's meetings."), HintTimeoutMs);
        return;
    }
    const QList<Bid> bids = m_session->bids()->all();
    QList<ical::CalendarEvent> events = calendarEventsOf(bids);
    // Proposals not agreed yet go out as tentative events, as the calendar shows them.
    for (const Bid &bid : bids) {
        if (bid.status != BidStatus::Accepted || bid.meeting.isValid() || bid.session)
            continue;
        if (const std::optional<ChatMessage> proposal = LifecyclePane::newestProposal(m_session, bid.id)) {
            if (std::optional<ical::CalendarEvent> event = ical::eventForProposal(bid, *proposal))
                events.append(*event);
        }
    }

    QString currentUid;
    if (const Bid *selected = m_session->bids()->find(selectedBidId()); selected && selected->meeting.isValid())
        currentUid = ical::meetingUid(selected->meeting.id);

    auto *dialog = new IcsExportDialog(events, currentUid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::reloadBusyBlocks()
{
    if (!m_session)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<BusyBlocks> blocks = m_session->cache()->busyBlocks(now.addDays(-BusyDaysBack),
                                                               now.addDays(BusyDaysAhead));
    if (!blocks) {
        statusBar()->showMessage(tr("Could not load the imported busy times: %1").arg(blocks.error().message),
                                 HintTimeoutMs);
        return;
    }
    m_calendar->setBusyBlocks(blocks.value());
    // The conflict check of proposals counts the same blocks.
    m_session->lifecycle()->availability()->setBusyBlocks(blocks.value());
}

} // namespace mesi::ui
