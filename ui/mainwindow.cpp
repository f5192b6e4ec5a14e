#include "mainwindow.h"

#include "appicon.h"
#include "biddetailpane.h"
#include "bidfiltermodel.h"
#include "bidinboxmodel.h"
#include "bidtext.h"
#include "chatpane.h"
#include "connectionindicator.h"
#include "desktopnotifier.h"
#include "moneyformat.h"

#include "core/logging.h"
#include "desktop/consolesettings.h"
#include "desktop/logfile.h"
#include "sync/creatorsession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace mesi::ui {

namespace {

constexpr int StatusMessageTimeoutMs = 10000;

} // namespace

MainWindow::MainWindow(sync::CreatorSession *session, desktop::ConsoleSettings *settings,
                       QWidget *parent)
    : QMainWindow(parent), m_session(session), m_settings(settings)
{
    setWindowIcon(appIcon());

    m_inboxModel = new BidInboxModel(session ? session->bids() : nullptr, this);
    m_filterModel = new BidFilterModel(this);
    m_filterModel->setSourceModel(m_inboxModel);

    m_detailPane = new BidDetailPane(session, this);
    m_chatPane = new ChatPane(session, this);

    m_detailSplitter = new QSplitter(Qt::Vertical, this);
    m_detailSplitter->setObjectName(QStringLiteral("detailSplitter"));
    // The details grow with the lifecycle of a bid, so they scroll instead of being clipped.
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setWidget(m_detailPane);
    m_detailSplitter->addWidget(detailScroll);
    m_detailSplitter->addWidget(m_chatPane);
    m_detailSplitter->setStretchFactor(0, 0);
    m_detailSplitter->setStretchFactor(1, 1);
    m_detailSplitter->setChildrenCollapsible(false);
    // Splitters ignore the height that word-wrapped labels need, so give the details room.
    m_detailSplitter->setSizes({420, 380});

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(createLeftTabs(createInboxPanel()));
    m_mainSplitter->addWidget(m_detailSplitter);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setSizes({780, 500});
    setCentralWidget(m_mainSplitter);

    m_connectionIndicator = new ConnectionIndicator(session, this);
    statusBar()->addPermanentWidget(m_connectionIndicator);

    createMenus();
    connectSession();
    retranslateUi();

    setTabOrder(m_statusFilter, m_inboxView);
    setTabOrder(m_inboxView, m_detailPane->acceptButton());
    setTabOrder(m_detailPane->acceptButton(), m_detailPane->rejectButton());
    setTabOrder(m_detailPane->rejectButton(), m_chatPane->input());
    setTabOrder(m_chatPane->input(), m_chatPane->sendButton());

    nameClearButtons();
    resizeToFitScreen();
    restoreLayout();
    if (m_settings)
        m_notifier = new DesktopNotifier(this, session, settings);
    m_inboxView->setFocus();
}

MainWindow::~MainWindow()
{
    // A console ended by a signal is destroyed without a close event, so its layout is saved here too.
    saveLayout();
}

QWidget *MainWindow::createInboxPanel()
{
    auto *panel = new QWidget(this);

    m_statusFilter = new QComboBox(panel);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    // retranslateUi() sets the item texts. Each item's data is the status it filters by.
    m_statusFilter->addItem(QString());
    for (BidStatus status : allBidStatuses())
        m_statusFilter->addItem(QString(), QVariant::fromValue(status));
    m_filterLabel = new QLabel(panel);
    m_filterLabel->setBuddy(m_statusFilter);

    m_inboxView = new QTableView(panel);
    m_inboxView->setObjectName(QStringLiteral("inboxView"));
    m_inboxView->setModel(m_filterModel);
    m_inboxView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inboxView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inboxView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inboxView->setAlternatingRowColors(true);
    m_inboxView->setWordWrap(false);
    m_inboxView->setTabKeyNavigation(false);
    m_inboxView->verticalHeader()->hide();
    // The indicator is set first, because enabling sorting sorts at once by the indicator's
    // column, and sorting 50,000 rows by another column first would double the start-up work.
    m_inboxView->horizontalHeader()->setSortIndicator(BidInboxModel::ReceivedColumn, Qt::DescendingOrder);
    m_inboxView->setSortingEnabled(true);

    QHeaderView *header = m_inboxView->horizontalHeader();
    header->setObjectName(QStringLiteral("inboxHeader"));
    header->setHighlightSections(false);
    // Interactive, so the creator can resize and move columns and the settings keep them.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_statusFilter);
    filterRow->addStretch();

    m_biddingState = new QLabel(panel);
    m_biddingState->setObjectName(QStringLiteral("biddingState"));
    m_biddingState->setWordWrap(true);
    m_biddingState->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(panel);
    layout->addWidget(m_biddingState);
    layout->addLayout(filterRow);
    layout->addWidget(m_inboxView, 1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyStatusFilter);
    connect(m_inboxView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::showSelectedBid);
    // Removed rows may take the selection with them without a selectionChanged signal.
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::showSelectedBid);
    connect(m_filterModel, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_bidToRestore = selectedBidId(); });
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, [this] {
        selectBid(m_bidToRestore);
        m_bidToRestore.clear();
        showSelectedBid();
        sizeColumnsToContents();
    });
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::sizeColumnsToContents);

    return panel;
}

void MainWindow::createMenus()
{
    // retranslateUi() sets the texts, so a language switch relabels every menu.
    m_fileMenu = menuBar()->addMenu(QString());
    m_signInAction = m_fileMenu->addAction(QString(), this, &MainWindow::signInRequested);
    createAccountActions();
    if (m_settings) {
        QAction *settings = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
        m_settingsAction = settings;
        // Some platforms define no Preferences key, so Ctrl+, (as on GNOME and macOS) is the fallback.
        const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
        settings->setShortcuts(keys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : keys);
        settings->setMenuRole(QAction::PreferencesRole);
        m_fileMenu->addSeparator();
    }
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    createColumnsMenu(m_viewMenu);
    createBidMenu();

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_columnsSized)
            widenColumnsToContents();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    retranslateLifecycleUi();
    m_filterLabel->setText(tr("Sta&tus:"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setAccessibleDescription(tr("Shows only the bids in the chosen status."));
    m_statusFilter->setItemText(0, tr("All statuses"));
    for (int item = 1; item < m_statusFilter->count(); ++item)
        m_statusFilter->setItemText(item, BidText::status(m_statusFilter->itemData(item).value<BidStatus>()));

    m_inboxView->setAccessibleName(tr("Bid inbox"));
    m_inboxView->setAccessibleDescription(
        tr("Bids from fans, newest first. Select a bid to see its details and chat."));
    QHeaderView *header = m_inboxView->horizontalHeader();
    header->setAccessibleName(tr("Inbox columns"));
    header->setAccessibleDescription(
        tr("Click a column to sort by it, drag it to move or resize it, and right-click it to "
           "choose the columns shown."));
    m_inboxModel->retranslate();

    m_fileMenu->setTitle(tr("&File"));
    m_signInAction->setText(tr("Sign &In…"));
    m_signInAction->setToolTip(tr("Sign in again to send queued actions and receive new bids"));
    retranslateAccountUi();
    if (m_settingsAction)
        m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));

    m_viewMenu->setTitle(tr("&View"));
    m_columnsMenu->setTitle(tr("&Columns"));
    const QList<QAction *> columnActions = header->actions();
    for (int column = 0; column < columnActions.size(); ++column)
        columnActions.at(column)->setText(m_inboxModel->headerData(column, Qt::Horizontal).toString());

    m_bidMenu->setTitle(tr("&Bid"));
    m_acceptAction->setText(tr("&Accept"));
    m_rejectAction->setText(tr("&Reject…"));
    m_sendAction->setText(tr("&Send Message"));
    m_openChatAction->setText(tr("Open &Chat"));
    m_focusInboxAction->setText(tr("Go to &Inbox"));

    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Mesi Creator Console"));
    m_aboutQtAction->setText(tr("About &Qt"));

    updateTitle();
    nameClearButtons();
}

void MainWindow::connectSession()
{
    if (!m_session)
        return;

    sync::CreatorSession *session = m_session;
    connectLifecycle();
    connectAccount();
    connect(session, &sync::CreatorSession::busyChanged, m_inboxModel, &BidInboxModel::setBidBusy);
    connect(session, &sync::CreatorSession::signedIn, this, &MainWindow::updateTitle);
    connect(session, &sync::CreatorSession::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageTimeoutMs); });
    connect(session, &sync::CreatorSession::bidsLoaded, this, [this](qsizetype count) {
        statusBar()->showMessage(tr("%n bid(s) in the inbox", nullptr, int(count)), StatusMessageTimeoutMs);
    });
    connect(session->bids(), &sync::BidRepository::bidAdded, this, [this](const Bid &bid) {
        statusBar()->showMessage(tr("New bid of %1 from %2.").arg(formatMoney(bid.amount), bid.fanName),
                                 StatusMessageTimeoutMs);
    });
    connect(session, &sync::CreatorSession::actionFailed, this,
            [this](const QString &bidId, const Error &error) {
                statusBar()->showMessage(tr("Your answer to %1 was not sent: %2")
                                             .arg(describeBid(bidId), error.message),
                                         StatusMessageTimeoutMs);
            });
    connect(session, &sync::CreatorSession::messageSendFailed, this,
            [this](const QString &bidId, const QString &, const Error &error) {
                statusBar()->showMessage(tr("Your message about %1 was not sent: %2")
                                             .arg(describeBid(bidId), error.message),
                                         StatusMessageTimeoutMs);
            });
    connect(session, &sync::CreatorSession::chatFailed, this,
            [this](const QString &bidId, const Error &error) {
                statusBar()->showMessage(tr("The chat about %1 could not be loaded: %2")
                                             .arg(describeBid(bidId), error.message),
                                         StatusMessageTimeoutMs);
            });
}

void MainWindow::updateTitle()
{
    QString name;
    if (m_session) {
        const api::CreatorProfile &profile = m_session->profile();
        name = profile.displayName.isEmpty() ? profile.handle : profile.displayName;
    }
    // Qt appends the application display name to the title bar, so only the creator is named.
    setWindowTitle(name.isEmpty() ? tr("Mesi Creator Console") : name);
}

QString MainWindow::selectedBidId() const
{
    const QModelIndexList rows = m_inboxView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.constFirst().data(BidInboxModel::BidIdRole).toString();
}

bool MainWindow::revealBid(const QString &bidId)
{
    if (selectBid(bidId))
        return true;
    if (!m_session || !m_session->bids()->find(bidId))
        return false;
    m_statusFilter->setCurrentIndex(0);
    return selectBid(bidId);
}

bool MainWindow::selectBid(const QString &bidId)
{
    if (bidId.isEmpty())
        return false;
    const QModelIndex index = m_filterModel->indexOfBid(bidId);
    if (!index.isValid())
        return false;

    m_inboxView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_inboxView->scrollTo(index);
    return true;
}

void MainWindow::applyStatusFilter()
{
    const QVariant choice = m_statusFilter->currentData();
    const std::optional<BidStatus> status =
        choice.isValid() ? std::optional<BidStatus>(choice.value<BidStatus>()) : std::nullopt;

    // Keep the selected bid selected when it stays visible under the new filter.
    const QString selected = selectedBidId();
    m_filterModel->setStatusFilter(status);
    selectBid(selected);
    showSelectedBid();
}

void MainWindow::showSelectedBid()
{
    const QString bidId = selectedBidId();
    m_detailPane->setBidId(bidId);
    m_chatPane->setBidId(bidId);
}

void MainWindow::showAbout()
{
    QString text = tr("<p><b>Mesi Creator Console %1</b></p>"
                      "<p>Review the bids of your fans, accept or reject them, and chat with the fans "
                      "whose bids you accepted. Every amount is held in escrow until the meeting, and "
                      "refunded when you reject a bid.</p>")
                       .arg(QApplication::applicationVersion().toHtmlEscaped());
    if (m_settings) {
        const QString logFile = m_settings->logFilePath().toHtmlEscaped();
        text += desktop::LogFile::isActive()
            ? tr("<p>Log file: %1</p>").arg(logFile)
            : tr("<p>The log file is off. Turn on “Write a log file” in the settings to write "
                 "it to %1</p>").arg(logFile);
        text += tr("<p>Settings file: %1</p>").arg(m_settings->fileName().toHtmlEscaped());
    }
    QMessageBox::about(this, tr("About Mesi Creator Console"), text);
}

QString MainWindow::describeBid(const QString &bidId) const
{
    const Bid *bid = m_session ? m_session->bids()->find(bidId) : nullptr;
    if (!bid)
        return tr("bid %1").arg(bidId);
    return tr("the bid of %1 from %2").arg(formatMoney(bid->amount), bid->fanName);
}

} // namespace mesi::ui
