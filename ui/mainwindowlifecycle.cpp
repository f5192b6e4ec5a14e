// MainWindow's lifecycle parts: the calendar tab, the bidding state above the inbox, the
// meeting and pass actions, and the creator's bid settings.

#include "mainwindow.h"

#include "biddetailpane.h"
#include "bidinboxmodel.h"
#include "calendar/calendarmarkers.h"
#include "calendar/icsimport.h"
#include "calendar/meetingcalendar.h"
#include "creatorsettingsdialog.h"
#include "kyfpanel.h"
#include "lifecyclepane.h"
#include "moneyformat.h"

#include "core/logging.h"
#include "sync/creatoravailability.h"
#include "sync/creatorlifecycle.h"
#include "sync/creatorsession.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace mesi::ui {

namespace {

constexpr int CalendarRefreshDelayMs = 150;
constexpr int HintTimeoutMs = 10000;

/// Clicks a lifecycle button when the selected bid offers it, else explains in the status bar.
void clickIfShown(QPushButton *button, QStatusBar *statusBar, const QString &hint)
{
    if (button->isVisibleTo(button->window()) && button->isEnabled())
        button->click();
    else
        statusBar->showMessage(hint, HintTimeoutMs);
}

} // namespace

QWidget *MainWindow::createLeftTabs(QWidget *inboxPanel)
{
    m_leftTabs = new QTabWidget(this);
    m_leftTabs->setObjectName(QStringLiteral("leftTabs"));
    m_calendar = new MeetingCalendar(m_leftTabs);
    m_calendar->setObjectName(QStringLiteral("meetingCalendar"));
    m_leftTabs->addTab(inboxPanel, QString());
    m_leftTabs->addTab(m_calendar, QString());

    connect(m_calendar, &MeetingCalendar::meetingActivated, this, [this](const QString &bidId) {
        m_leftTabs->setCurrentIndex(0);
        revealBid(bidId);
    });
    // Open Chat and Show Pass in a meeting's context menu select its bid first, then do what
    // Bid > Open Chat and Bid > Show Pass do for the selected bid.
    connect(m_calendar, &MeetingCalendar::chatRequested, this, [this](const QString &bidId) {
        m_leftTabs->setCurrentIndex(0);
        if (revealBid(bidId))
            openChat();
    });
    connect(m_calendar, &MeetingCalendar::passRequested, this, [this](const QString &bidId) {
        m_leftTabs->setCurrentIndex(0);
        if (revealBid(bidId))
            m_showPassAction->trigger();
    });
    // Bids change in bursts during a sync, so the calendar is rebuilt once per burst.
    m_calendarTimer = new QTimer(this);
    m_calendarTimer->setSingleShot(true);
    m_calendarTimer->setInterval(CalendarRefreshDelayMs);
    connect(m_calendarTimer, &QTimer::timeout, this, &MainWindow::refreshCalendar);
    return m_leftTabs;
}

void MainWindow::createLifecycleActions(QMenu *bidMenu)
{
    bidMenu->addSeparator();
    LifecyclePane *pane = m_detailPane->lifecyclePane();
    m_proposeAction = bidMenu->addAction(QString(), this, [this, pane] {
        clickIfShown(pane->proposeButton(), statusBar(),
                     tr("Select an accepted bid without a meeting to propose one."));
    });
    m_proposeAction->setObjectName(QStringLiteral("proposeAction"));
    m_proposeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_showPassAction = bidMenu->addAction(QString(), this, [this, pane] {
        clickIfShown(pane->passButton(), statusBar(),
                     tr("Select a scheduled meeting to show its pass."));
    });
    m_showPassAction->setObjectName(QStringLiteral("showPassAction"));
    m_showPassAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_cancelAction = bidMenu->addAction(QString(), this, [this, pane] {
        clickIfShown(pane->cancelButton(), statusBar(),
                     tr("Select an accepted or scheduled bid to cancel it."));
    });
    m_cancelAction->setObjectName(QStringLiteral("cancelBidAction"));

    m_calendarAction = m_viewMenu->addAction(QString(), this, [this] {
        m_leftTabs->setCurrentWidget(m_calendar);
        m_calendar->setFocus(Qt::ShortcutFocusReason);
    });
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    m_calendarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));

    m_bidSettingsAction = new QAction(this);
    m_bidSettingsAction->setObjectName(QStringLiteral("bidSettingsAction"));
    m_bidSettingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_bidSettingsAction, &QAction::triggered, this, &MainWindow::showBidSettings);
    m_fileMenu->insertAction(m_fileMenu->actions().value(1), m_bidSettingsAction);
    createCalendarFileActions();
}

void MainWindow::retranslateLifecycleUi()
{
    m_leftTabs->setTabText(0, tr("B&ids"));
    m_leftTabs->setTabText(1, tr("Ca&lendar"));
    m_leftTabs->setAccessibleName(tr("Bids and calendar"));
    m_proposeAction->setText(tr("Propose &Meeting…"));
    m_showPassAction->setText(tr("Show &Pass"));
    m_cancelAction->setText(tr("&Cancel Bid or Meeting…"));
    m_calendarAction->setText(tr("&Calendar"));
    m_bidSettingsAction->setText(tr("&Bid Settings…"));
    retranslateCalendarFileUi();
    m_biddingState->setAccessibleName(tr("Bidding state"));
    updateBiddingState();
}

void MainWindow::connectLifecycle()
{
    sync::CreatorSession *session = m_session;
    connect(session->lifecycle(), &sync::CreatorLifecycle::settingsChanged, this,
            &MainWindow::updateBiddingState);
    connect(session->lifecycle(), &sync::CreatorLifecycle::passKeyProblem, this,
            [this](const Error &error) {
                statusBar()->showMessage(tr("The meeting pass key is not ready: %1").arg(error.message),
                                         HintTimeoutMs);
            });
    const auto scheduleCalendar = [this] { m_calendarTimer->start(); };
    connect(session->bids(), &sync::BidRepository::bidAdded, this, scheduleCalendar);
    connect(session->bids(), &sync::BidRepository::bidChanged, this, scheduleCalendar);
    connect(session->bids(), &sync::BidRepository::bidsReset, this, scheduleCalendar);
    // A new or failed proposal makes a tentative entry appear or go.
    connect(session->chats(), &sync::ChatRepository::messageAdded, this, [scheduleCalendar](const ChatMessage &message) {
        if (message.proposal)
            scheduleCalendar();
    });
    connect(session, &sync::CreatorSession::outboxChanged, this, scheduleCalendar);
    m_calendarTimer->start();

    delete m_icsImport.data();
    m_icsImport = new IcsImport(session->cache(), this);
    // The importer writes to the session's cache, so it must not outlive it.
    connect(session, &QObject::destroyed, m_icsImport, &QObject::deleteLater);
    connect(m_icsImport, &IcsImport::imported, this, &MainWindow::reloadBusyBlocks);
    reloadBusyBlocks();
}

void MainWindow::updateBiddingState()
{
    if (!m_biddingState)
        return;
    const std::optional<CreatorSettings> settings = m_session ? m_session->lifecycle()->settings()
                                                              : std::nullopt;
    if (!settings) {
        m_biddingState->setText(tr("Bidding state: not loaded yet"));
        m_inboxView->horizontalHeader()->setSectionHidden(BidInboxModel::SessionColumn, true);
        return;
    }
    QStringList parts;
    parts.append(settings->acceptsBids ? tr("Accepting bids") : tr("Bidding paused: fans cannot bid"));
    QStringList minimums;
    for (const Money &minimum : settings->minimumBids)
        minimums.append(formatMoney(minimum));
    if (!minimums.isEmpty())
        parts.append(tr("minimum %1").arg(minimums.join(QStringLiteral(", "))));
    if (settings->kyfRequired) {
        QStringList fields;
        for (KyfField field : settings->kyfFields)
            fields.append(KyfPanel::fieldName(field));
        parts.append(tr("KYF required: %1").arg(fields.join(QStringLiteral(", "))));
    }
    if (settings->kind == AccountKind::Ai)
        parts.append(tr("AI account, persona %1").arg(settings->personaName));
    // Only bids on an AI account request a session, so the column is hidden for a person.
    m_inboxView->horizontalHeader()->setSectionHidden(BidInboxModel::SessionColumn,
                                                      settings->kind != AccountKind::Ai);
    m_biddingState->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::refreshCalendar()
{
    if (!m_session)
        return;
    QList<CalendarEntry> entries;
    QList<CalendarMarker> markers;
    const QList<Bid> bids = m_session->bids()->all();
    for (const Bid &bid : bids) {
        markers += CalendarMarkers::markersOf(bid);
        CalendarEntry entry;
        entry.bidId = bid.id;
        entry.fanName = bid.fanName;
        entry.status = bid.status;
        entry.escrow = bid.escrow;
        if (bid.meeting.isValid()) {
            entry.meetingId = bid.meeting.id;
            entry.terms = bid.meeting.terms;
            entries.append(entry);
        } else if (bid.status == BidStatus::Accepted && !bid.session) {
            // An accepted bid whose chat has a proposal shows it as tentative until one is agreed.
            const std::optional<ChatMessage> proposal = LifecyclePane::newestProposal(m_session, bid.id);
            if (!proposal)
                continue;
            entry.terms = *proposal->proposal;
            entry.tentative = true;
            entries.append(entry);
        }
    }
    m_calendar->setEntries(entries);
    m_calendar->setMarkers(markers);
}

void MainWindow::showBidSettings()
{
    if (!m_session)
        return;
    sync::CreatorLifecycle *lifecycle = m_session->lifecycle();
    if (!lifecycle->settings()) {
        statusBar()->showMessage(tr("The bid settings have not been loaded yet; sign in to load them."),
                                 HintTimeoutMs);
        lifecycle->refreshSettings();
        return;
    }
    auto *dialog = new CreatorSettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(*lifecycle->settings());
    sync::CreatorAvailability *availability = lifecycle->availability();
    dialog->setAvailability(availability->availability());

    // Settings and availability are two requests. The dialog closes when every one it sent
    // has been stored, and it stays open with the error when one fails.
    const auto startSave = [dialog] {
        dialog->setProperty("pendingSaves", dialog->property("pendingSaves").toInt() + 1);
        dialog->setBusy(true);
    };
    const auto finishSave = [dialog] {
        const int pending = dialog->property("pendingSaves").toInt();
        if (pending <= 0)
            return;
        dialog->setProperty("pendingSaves", pending - 1);
        if (pending == 1)
            dialog->accept();
    };
    const auto failSave = [dialog](const Error &error) {
        dialog->setProperty("pendingSaves", 0);
        dialog->showServerError(error.message);
    };
    connect(dialog, &CreatorSettingsDialog::availabilitySaveRequested, availability,
            [startSave, availability](const Availability &changed) {
                startSave();
                availability->save(changed);
            });
    connect(dialog, &CreatorSettingsDialog::saveRequested, lifecycle,
            [startSave, lifecycle](const CreatorSettings &settings) {
                startSave();
                lifecycle->saveSettings(settings);
            });
    connect(lifecycle, &sync::CreatorLifecycle::settingsChanged, dialog, finishSave);
    connect(availability, &sync::CreatorAvailability::availabilityChanged, dialog, finishSave);
    connect(lifecycle, &sync::CreatorLifecycle::settingsSaveFailed, dialog, failSave);
    connect(availability, &sync::CreatorAvailability::availabilitySaveFailed, dialog, failSave);
    dialog->open();
}

} // namespace mesi::ui
