#include "demosandbox.h"

#include "ui/biddetailpane.h"
#include "ui/bidfiltermodel.h"
#include "ui/bidinboxmodel.h"
#include "ui/chatmodel.h"
#include "ui/chatpane.h"
#include "ui/connectionindicator.h"
#include "ui/mainwindow.h"
#include "ui/rejectdialog.h"

#include "api/apiclient.h"
#include "api/fanapi.h"
#include "sandbox/sandboxserver.h"
#include "sync/creatorsession.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace mesi;
using mesi::ui::BidInboxModel;

namespace {

constexpr int SeededBidCount = 12;
constexpr int NetworkTimeoutMs = 10000;

} // namespace

/// The main window against a real sandbox on loopback, driven with mouse and keyboard.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsSeededBidsNewestFirst();
    void titleNamesCreator();
    void acceptOpensChat();
    void sendMessageAppearsInChat();
    void failedSendKeepsText();
    void rejectWithReasonRefundsEscrow();
    void cancelledRejectChangesNothing();
    void failedActionShowsError();
    void statusFilterShowsOnlyChosenStatus();
    void selectionSurvivesLiveBid();
    void indicatorFollowsConnection();

private:
    QModelIndex firstRowWithStatus(BidStatus status) const;
    bool clickRow(const QModelIndex &index);
    std::optional<BidStatus> statusOf(const QString &bidId) const;
    const Bid *bidInSession(const QString &bidId) const;

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<sync::CreatorSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());

    Result<std::unique_ptr<sandbox::SandboxServer>> server = testing::startDemoSandbox(m_dataDir->path());
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    m_server = std::move(server).value();

    m_session = std::make_unique<sync::CreatorSession>(m_server->url());
    const Result<void> signedIn = testing::signInAsDemo(*m_session, NetworkTimeoutMs);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));

    m_window = std::make_unique<ui::MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->inboxView()->model()->rowCount(), SeededBidCount,
                              NetworkTimeoutMs);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_server.reset();
    m_dataDir.reset();
}

QModelIndex TestMainWindow::firstRowWithStatus(BidStatus status) const
{
    const QAbstractItemModel *model = m_window->inboxView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, BidInboxModel::FanColumn);
        if (index.data(BidInboxModel::StatusRole).value<BidStatus>() == status)
            return index;
    }
    return {};
}

bool TestMainWindow::clickRow(const QModelIndex &index)
{
    QTableView *view = m_window->inboxView();
    view->scrollTo(index);
    const QRect cell = view->visualRect(index);
    if (!cell.isValid())
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    return m_window->selectedBidId() == index.data(BidInboxModel::BidIdRole).toString();
}

std::optional<BidStatus> TestMainWindow::statusOf(const QString &bidId) const
{
    const QModelIndex index = m_window->filterModel()->indexOfBid(bidId);
    if (!index.isValid())
        return std::nullopt;
    return index.data(BidInboxModel::StatusRole).value<BidStatus>();
}

const Bid *TestMainWindow::bidInSession(const QString &bidId) const
{
    return m_session->bids()->find(bidId);
}

void TestMainWindow::showsSeededBidsNewestFirst()
{
    const QAbstractItemModel *model = m_window->inboxView()->model();
    for (int row = 1; row < model->rowCount(); ++row) {
        const QDateTime above = model->index(row - 1, 0).data(BidInboxModel::CreatedAtRole).toDateTime();
        const QDateTime below = model->index(row, 0).data(BidInboxModel::CreatedAtRole).toDateTime();
        QVERIFY2(above >= below, qPrintable(QStringLiteral("row %1 is older than row %2").arg(row - 1).arg(row)));
    }

    // The oldest seeded bid is Ava Lindqvist's 120.00 USD, so it is the bottom row.
    const int last = model->rowCount() - 1;
    QCOMPARE(model->index(last, BidInboxModel::FanColumn).data().toString(),
             QStringLiteral("Ava Lindqvist"));
    QCOMPARE(model->index(last, BidInboxModel::AmountColumn).data().toString(),
             QStringLiteral("120.00 USD"));

    // Amounts beyond 2^63 minor units arrive and show with every significant decimal.
    QStringList amounts;
    for (int row = 0; row < model->rowCount(); ++row)
        amounts.append(model->index(row, BidInboxModel::AmountColumn).data().toString());
    QVERIFY(amounts.contains(QStringLiteral("1234.567890123456789012 MESI")));
    QVERIFY(amounts.contains(QStringLiteral("25000.000000000000000001 MESI")));

    QVERIFY(m_window->inboxView()->isSortingEnabled());
    QCOMPARE(m_window->inboxView()->horizontalHeader()->sortIndicatorSection(),
             int(BidInboxModel::ReceivedColumn));
    QCOMPARE(m_window->inboxView()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestMainWindow::titleNamesCreator()
{
    const QString displayName = m_session->profile().displayName;
    QVERIFY(!displayName.isEmpty());
    QCOMPARE(m_window->windowTitle(), displayName);
}

void TestMainWindow::acceptOpensChat()
{
    const QModelIndex pending = firstRowWithStatus(BidStatus::Pending);
    QVERIFY(pending.isValid());
    const QString bidId = pending.data(BidInboxModel::BidIdRole).toString();
    QVERIFY(clickRow(pending));

    ui::BidDetailPane *pane = m_window->detailPane();
    ui::ChatPane *chat = m_window->chatPane();
    QCOMPARE(pane->bidId(), bidId);
    QVERIFY(pane->acceptButton()->isEnabled());
    QVERIFY(pane->rejectButton()->isEnabled());
    QVERIFY(!chat->isInputAvailable());

    QTest::mouseClick(pane->acceptButton(), Qt::LeftButton);

    // While the request is on its way, nothing can be sent twice.
    QVERIFY(m_session->isBusy(bidId));
    QVERIFY(!pane->acceptButton()->isEnabled());
    QVERIFY(!pane->rejectButton()->isEnabled());
    QVERIFY(m_window->filterModel()->indexOfBid(bidId).data(BidInboxModel::BusyRole).toBool());

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(bidId), std::optional<BidStatus>(BidStatus::Accepted),
                              NetworkTimeoutMs);
    QTRY_VERIFY(chat->isInputAvailable());
    QVERIFY(chat->input()->isVisible());
    QVERIFY(chat->sendButton()->isVisible());
    QCOMPARE(m_window->selectedBidId(), bidId);
    QVERIFY(!pane->acceptButton()->isEnabled());
    QVERIFY(!pane->rejectButton()->isEnabled());
    QVERIFY(!m_window->filterModel()->indexOfBid(bidId).data(BidInboxModel::BusyRole).toBool());
    QCOMPARE(m_window->filterModel()->indexOfBid(bidId).data(BidInboxModel::EscrowRole).value<EscrowState>(),
             EscrowState::Locked);
}

void TestMainWindow::sendMessageAppearsInChat()
{
    const QModelIndex accepted = firstRowWithStatus(BidStatus::Accepted);
    QVERIFY(accepted.isValid());
    const QString bidId = accepted.data(BidInboxModel::BidIdRole).toString();
    QVERIFY(clickRow(accepted));

    ui::ChatPane *chat = m_window->chatPane();
    QVERIFY(chat->isInputAvailable());
    // Every accepted seeded bid has messages, loaded when the chat opens.
    QTRY_VERIFY_WITH_TIMEOUT(chat->model()->rowCount() > 0, NetworkTimeoutMs);
    const int before = chat->model()->rowCount();

    chat->input()->setFocus();
    const QString text = QStringLiteral("Thursday at seven it is.");
    QTest::keyClicks(chat->input(), text);
    QTest::keyClick(chat->input(), Qt::Key_Return);
    QVERIFY(chat->input()->text().isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(chat->model()->rowCount(), before + 1, NetworkTimeoutMs);
    const QModelIndex last = chat->model()->index(before, 0);
    QCOMPARE(last.data(ui::ChatModel::TextRole).toString(), text);
    QCOMPARE(last.data(ui::ChatModel::SenderRole).value<ChatSender>(), ChatSender::Creator);
    QCOMPARE(chat->bidId(), bidId);

    // Messages are listed oldest first.
    for (int row = 1; row < chat->model()->rowCount(); ++row) {
        QVERIFY(chat->model()->index(row - 1, 0).data(ui::ChatModel::SentAtRole).toDateTime()
                <= chat->model()->index(row, 0).data(ui::ChatModel::SentAtRole).toDateTime());
    }
}

void TestMainWindow::failedSendKeepsText()
{
    const QModelIndex accepted = firstRowWithStatus(BidStatus::Accepted);
    QVERIFY(accepted.isValid());
    QVERIFY(clickRow(accepted));

    ui::ChatPane *chat = m_window->chatPane();
    QVERIFY(chat->isInputAvailable());
    auto *error = chat->findChild<QLabel *>(QStringLiteral("chatError"));
    QVERIFY(error);
    QVERIFY(!error->isVisible());

    // One character over the contract's 4000 limit: the session refuses it before sending.
    const QString tooLong = QString(4001, QLatin1Char('x'));
    chat->input()->setText(tooLong);
    chat->input()->setFocus();
    QTest::keyClick(chat->input(), Qt::Key_Return);

    QTRY_VERIFY(error->isVisible());
    QCOMPARE(chat->input()->text(), tooLong);
    QVERIFY2(error->text().contains(QStringLiteral("4000")), qPrintable(error->text()));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("4000")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::rejectWithReasonRefundsEscrow()
{
    const QModelIndex pending = firstRowWithStatus(BidStatus::Pending);
    QVERIFY(pending.isValid());
    const QString bidId = pending.data(BidInboxModel::BidIdRole).toString();
    QVERIFY(clickRow(pending));

    ui::BidDetailPane *pane = m_window->detailPane();
    QTest::mouseClick(pane->rejectButton(), Qt::LeftButton);
    ui::RejectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane->findChild<ui::RejectDialog *>()) && dialog->isVisible());

    auto *reasonEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"));
    auto *counter = dialog->findChild<QLabel *>(QStringLiteral("reasonCounter"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmRejectButton"));
    QVERIFY(reasonEdit);
    QVERIFY(counter);
    QVERIFY(confirm);
    QCOMPARE(counter->text(), QStringLiteral("0 / 500"));

    // Pasted text longer than the limit is cut at 500 characters.
    reasonEdit->insertPlainText(QString(600, QLatin1Char('r')));
    QCOMPARE(reasonEdit->toPlainText().size(), 500);
    QCOMPARE(counter->text(), QStringLiteral("500 / 500"));
    reasonEdit->clear();

    const QString reason = QStringLiteral("Touring all month, sorry.");
    reasonEdit->setFocus();
    QTest::keyClicks(reasonEdit, reason);
    QCOMPARE(counter->text(), QStringLiteral("%1 / 500").arg(reason.size()));
    QTest::mouseClick(confirm, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(bidId), std::optional<BidStatus>(BidStatus::Rejected),
                              NetworkTimeoutMs);
    const QModelIndex row = m_window->filterModel()->indexOfBid(bidId);
    QCOMPARE(row.data(BidInboxModel::EscrowRole).value<EscrowState>(), EscrowState::Refunded);
    QCOMPARE(m_window->filterModel()->indexOfBid(bidId, BidInboxModel::EscrowColumn).data().toString(),
             QStringLiteral("Refunded to fan"));
    QVERIFY(bidInSession(bidId));
    QCOMPARE(bidInSession(bidId)->rejectReason, reason);

    auto *status = pane->findChild<QLabel *>(QStringLiteral("detailStatus"));
    auto *escrow = pane->findChild<QLabel *>(QStringLiteral("detailEscrow"));
    QVERIFY(status);
    QVERIFY(escrow);
    QTRY_COMPARE(status->text(), QStringLiteral("Rejected"));
    QCOMPARE(escrow->text(), QStringLiteral("Refunded to fan"));
    QVERIFY(!pane->acceptButton()->isEnabled());
    QVERIFY(!pane->rejectButton()->isEnabled());
    QVERIFY(!m_window->chatPane()->isInputAvailable());
    QTRY_VERIFY(!pane->findChild<ui::RejectDialog *>());
}

void TestMainWindow::cancelledRejectChangesNothing()
{
    const QModelIndex pending = firstRowWithStatus(BidStatus::Pending);
    QVERIFY(pending.isValid());
    const QString bidId = pending.data(BidInboxModel::BidIdRole).toString();
    QVERIFY(clickRow(pending));

    ui::BidDetailPane *pane = m_window->detailPane();
    QTest::mouseClick(pane->rejectButton(), Qt::LeftButton);
    ui::RejectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = pane->findChild<ui::RejectDialog *>()) && dialog->isVisible());

    QTest::keyClick(dialog, Qt::Key_Escape);

    QTRY_VERIFY(!pane->findChild<ui::RejectDialog *>());
    QVERIFY(!m_session->isBusy(bidId));
    QCOMPARE(statusOf(bidId), std::optional<BidStatus>(BidStatus::Pending));
    QVERIFY(pane->rejectButton()->isEnabled());
}

void TestMainWindow::failedActionShowsError()
{
    const QModelIndex rejected = firstRowWithStatus(BidStatus::Rejected);
    QVERIFY(rejected.isValid());
    const QString bidId = rejected.data(BidInboxModel::BidIdRole).toString();
    QVERIFY(clickRow(rejected));

    ui::BidDetailPane *pane = m_window->detailPane();
    QVERIFY(!pane->acceptButton()->isEnabled());
    auto *error = pane->findChild<QLabel *>(QStringLiteral("detailError"));
    QVERIFY(error);
    QVERIFY(!error->isVisible());

    // This simulates another device that rejected the bid first, so the server rejects the accept.
    m_session->accept(bidId);

    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), NetworkTimeoutMs);
    QVERIFY(error->text().startsWith(QStringLiteral("Your answer was not sent: ")));
    QVERIFY(error->text().size() > QStringLiteral("Your answer was not sent: ").size());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Emil Novak")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(statusOf(bidId), std::optional<BidStatus>(BidStatus::Rejected));

    // Another selection clears the error, which belongs to the bid that failed.
    QVERIFY(clickRow(firstRowWithStatus(BidStatus::Pending)));
    QVERIFY(!error->isVisible());
}

void TestMainWindow::statusFilterShowsOnlyChosenStatus()
{
    QComboBox *filter = m_window->statusFilter();
    QCOMPARE(filter->currentText(), QStringLiteral("All statuses"));
    const int pendingIndex = filter->findText(QStringLiteral("Pending"));
    QVERIFY(pendingIndex > 0);

    const QModelIndex pending = firstRowWithStatus(BidStatus::Pending);
    const QString selected = pending.data(BidInboxModel::BidIdRole).toString();
    QVERIFY(clickRow(pending));

    filter->setFocus();
    filter->setCurrentIndex(pendingIndex);

    const QAbstractItemModel *model = m_window->inboxView()->model();
    QCOMPARE(model->rowCount(), 9);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(BidInboxModel::StatusRole).value<BidStatus>(),
                 BidStatus::Pending);
    QCOMPARE(m_window->selectedBidId(), selected);

    filter->setCurrentIndex(filter->findText(QStringLiteral("Accepted")));
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(m_window->selectedBidId().isEmpty());
    QVERIFY(m_window->detailPane()->bidId().isEmpty());

    filter->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), SeededBidCount);
}

void TestMainWindow::selectionSurvivesLiveBid()
{
    // Pick a row that is not at the top, so an insert above it moves it.
    const QAbstractItemModel *model = m_window->inboxView()->model();
    const QModelIndex chosen = model->index(3, BidInboxModel::FanColumn);
    const QString bidId = chosen.data(BidInboxModel::BidIdRole).toString();
    QVERIFY(clickRow(chosen));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionIndicator()->state(),
                              sync::CreatorSession::ConnectionState::Online, NetworkTimeoutMs);

    // A fan places a bid through the API, as a second client would.
    api::ApiClient fanClient(m_server->url());
    api::FanApi fan(fanClient);
    std::optional<Result<QString>> signedIn;
    fan.signIn(QStringLiteral("Lena Park"), this, [&](Result<QString> result) { signedIn = result; });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), NetworkTimeoutMs);
    QVERIFY2(signedIn->ok(), qPrintable(signedIn->ok() ? QString() : signedIn->error().message));

    std::optional<Result<Bid>> placed;
    const api::BidRequest request{QStringLiteral("demo"), QStringLiteral("88.00"),
                                  QStringLiteral("EUR"), QStringLiteral("Live from the test.")};
    fan.placeBid(request, api::newIdempotencyKey(), this, [&](Result<Bid> result) { placed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(placed.has_value(), NetworkTimeoutMs);
    QVERIFY2(placed->ok(), qPrintable(placed->ok() ? QString() : placed->error().message));

    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), SeededBidCount + 1, NetworkTimeoutMs);
    QCOMPARE(model->index(0, 0).data(BidInboxModel::BidIdRole).toString(), placed->value().id);
    QCOMPARE(model->index(0, BidInboxModel::FanColumn).data().toString(), QStringLiteral("Lena Park"));
    QCOMPARE(m_window->selectedBidId(), bidId);
    QCOMPARE(m_window->detailPane()->bidId(), bidId);
    QCOMPARE(m_window->inboxView()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_window->inboxView()->selectionModel()->selectedRows().constFirst().row(), 4);
}

void TestMainWindow::indicatorFollowsConnection()
{
    ui::ConnectionIndicator *indicator = m_window->connectionIndicator();
    QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("Online"), NetworkTimeoutMs);
    QVERIFY(m_window->statusBar()->isAncestorOf(indicator));

    m_server->stop();

    QTRY_COMPARE_WITH_TIMEOUT(indicator->state(), sync::CreatorSession::ConnectionState::Offline,
                              NetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(indicator->text().startsWith(QStringLiteral("Offline, next attempt in ")),
                             NetworkTimeoutMs);
    QVERIFY2(indicator->text().endsWith(QStringLiteral(" s")), qPrintable(indicator->text()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
