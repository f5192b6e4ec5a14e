#include "demosandbox.h"

#include "ui/appicon.h"
#include "ui/bidfiltermodel.h"
#include "ui/bidinboxmodel.h"
#include "ui/desktopnotifier.h"
#include "ui/mainwindow.h"

#include "api/apiclient.h"
#include "api/fanapi.h"
#include "desktop/consolesettings.h"
#include "sandbox/sandboxserver.h"
#include "sync/creatorsession.h"

#include <QComboBox>
#include <QHeaderView>
#include <QScreen>
#include <QSignalSpy>
#include <QSoundEffect>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace mesi;
using mesi::ui::BidInboxModel;

namespace {

constexpr int NetworkTimeoutMs = 10000;

} // namespace

/// Window layout kept in the profile's settings, and notifications of live bids and messages.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void layoutIsRestored();
    void invalidLayoutFallsBackToDefaults();
    void newBidNotifiesAndCountsUnread();
    void activationClearsUnread();
    void fanMessageNotifiesButOwnDoesNot();
    void switchedOffNotificationIsNotShown();
    void openingNotificationShowsHiddenBid();
    void withoutTrayNothingBreaks();
    void badgeChangesIcon();
    void newBidSoundLoads();

private:
    void createWindow();
    /// Makes another window active, so the console counts what arrives as unread.
    void deactivateWindow();
    void signInFan();
    QString placeBid(const QString &amount);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<sync::CreatorSession> m_session;
    std::unique_ptr<desktop::ConsoleSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QWidget> m_otherWindow;
    std::unique_ptr<api::ApiClient> m_fanClient;
    std::unique_ptr<api::FanApi> m_fan;
};

void TestDesktopIntegration::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());

    Result<std::unique_ptr<sandbox::SandboxServer>> server = testing::startDemoSandbox(m_dataDir->path());
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    m_server = std::move(server).value();

    m_session = std::make_unique<sync::CreatorSession>(m_server->url());
    const Result<void> signedIn = testing::signInAsDemo(*m_session, NetworkTimeoutMs);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));

    m_settings = std::make_unique<desktop::ConsoleSettings>(m_dataDir->filePath(QStringLiteral("settings.ini")));
    // Sound stays off in these tests, and newBidSoundLoads checks the sound file on its own.
    m_settings->setNewBidSound(false);
    createWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connectionState(), sync::CreatorSession::ConnectionState::Online,
                              NetworkTimeoutMs);
}

void TestDesktopIntegration::cleanup()
{
    m_fan.reset();
    m_fanClient.reset();
    m_otherWindow.reset();
    m_window.reset();
    m_settings.reset();
    m_session.reset();
    m_server.reset();
    m_dataDir.reset();
}

void TestDesktopIntegration::createWindow()
{
    m_window = std::make_unique<ui::MainWindow>(m_session.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->inboxView()->model()->rowCount() > 0, NetworkTimeoutMs);
}

void TestDesktopIntegration::deactivateWindow()
{
    m_otherWindow = std::make_unique<QWidget>();
    m_otherWindow->show();
    m_otherWindow->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_otherWindow.get()));
    QVERIFY(!m_window->isActiveWindow());
}

void TestDesktopIntegration::signInFan()
{
    m_fanClient = std::make_unique<api::ApiClient>(m_server->url());
    m_fan = std::make_unique<api::FanApi>(*m_fanClient);
    std::optional<Result<QString>> signedIn;
    m_fan->signIn(QStringLiteral("Lena Park"), this, [&](Result<QString> result) { signedIn = result; });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), NetworkTimeoutMs);
    QVERIFY2(signedIn->ok(), qPrintable(signedIn->ok() ? QString() : signedIn->error().message));
}

QString TestDesktopIntegration::placeBid(const QString &amount)
{
    if (!m_fan)
        signInFan();
    std::optional<Result<Bid>> placed;
    const api::BidRequest request{QStringLiteral("demo"), amount, QStringLiteral("EUR"),
                                  QStringLiteral("Coffee after the show?")};
    m_fan->placeBid(request, api::newIdempotencyKey(), this, [&](Result<Bid> result) { placed = result; });
    if (!QTest::qWaitFor([&placed] { return placed.has_value(); }, NetworkTimeoutMs) || !placed->ok())
        return {};
    return placed->value().id;
}

void TestDesktopIntegration::layoutIsRestored()
{
    m_window->resize(1100, 700);
    QTRY_COMPARE(m_window->size(), QSize(1100, 700));
    QHeaderView *header = m_window->inboxView()->horizontalHeader();
    header->resizeSection(BidInboxModel::FanColumn, 222);
    header->moveSection(header->visualIndex(BidInboxModel::StatusColumn), 0);
    header->setSectionHidden(BidInboxModel::EscrowColumn, true);
    m_window->inboxView()->sortByColumn(BidInboxModel::AmountColumn, Qt::AscendingOrder);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    splitter->setSizes({500, 780});
    const QList<int> splitterSizes = splitter->sizes();
    m_window->close();
    m_window.reset();

    createWindow();
    header = m_window->inboxView()->horizontalHeader();
    QCOMPARE(header->sectionSize(BidInboxModel::FanColumn), 222);
    QCOMPARE(header->visualIndex(BidInboxModel::StatusColumn), 0);
    QVERIFY(header->isSectionHidden(BidInboxModel::EscrowColumn));
    QCOMPARE(header->sortIndicatorSection(), int(BidInboxModel::AmountColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), splitterSizes);
    QCOMPARE(m_window->size(), QSize(1100, 700));
}

void TestDesktopIntegration::invalidLayoutFallsBackToDefaults()
{
    m_window.reset();
    m_settings->setWindowGeometry(QByteArrayLiteral("not a geometry"));
    m_settings->setInboxHeaderState(QByteArrayLiteral("not a header"));
    m_settings->setSplitterState(QStringLiteral("mainSplitter"), QByteArrayLiteral("not a splitter"));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("window geometry is invalid")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("mainSplitter.*invalid")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("inbox columns are invalid")));
    createWindow();
    // The default size, shrunk to fit the screen as the window does for a first start.
    const QSize available = m_window->screen()->availableGeometry().size() * 0.9;
    QCOMPARE(m_window->size(), QSize(1280, 800).boundedTo(available));
    QCOMPARE(m_window->inboxView()->horizontalHeader()->sortIndicatorSection(), int(BidInboxModel::ReceivedColumn));
}

void TestDesktopIntegration::newBidNotifiesAndCountsUnread()
{
    ui::DesktopNotifier *notifier = m_window->notifier();
    QVERIFY(notifier);
    deactivateWindow();
    QSignalSpy notified(notifier, &ui::DesktopNotifier::notified);

    const QString bidId = placeBid(QStringLiteral("45.00"));
    QVERIFY(!bidId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, NetworkTimeoutMs);
    QCOMPARE(notified.at(0).at(0).toString(), bidId);
    QVERIFY2(notified.at(0).at(1).toString().contains(QStringLiteral("Lena Park")),
             qPrintable(notified.at(0).at(1).toString()));
    QCOMPARE(notifier->unreadCount(), 1);
    QCOMPARE(notifier->lastNotifiedBidId(), bidId);

    QVERIFY(!placeBid(QStringLiteral("46.00")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(notifier->unreadCount(), 2, NetworkTimeoutMs);
}

void TestDesktopIntegration::activationClearsUnread()
{
    ui::DesktopNotifier *notifier = m_window->notifier();
    deactivateWindow();
    QVERIFY(!placeBid(QStringLiteral("47.00")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(notifier->unreadCount(), 1, NetworkTimeoutMs);

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(notifier->unreadCount(), 0);

    // While the window is active, new bids are seen at once and do not count.
    QSignalSpy notified(notifier, &ui::DesktopNotifier::notified);
    QVERIFY(!placeBid(QStringLiteral("48.00")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, NetworkTimeoutMs);
    QCOMPARE(notifier->unreadCount(), 0);
}

void TestDesktopIntegration::fanMessageNotifiesButOwnDoesNot()
{
    ui::DesktopNotifier *notifier = m_window->notifier();
    const QString bidId = placeBid(QStringLiteral("50.00"));
    QVERIFY(!bidId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->bids()->find(bidId), NetworkTimeoutMs);
    m_session->accept(bidId);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->bids()->find(bidId)->status, BidStatus::Accepted, NetworkTimeoutMs);

    QSignalSpy notified(notifier, &ui::DesktopNotifier::notified);
    m_session->sendMessage(bidId, QStringLiteral("Hello from the creator"));
    std::optional<Result<ChatMessage>> sent;
    m_fan->sendMessage(bidId, QStringLiteral("Friday works for me"), api::newIdempotencyKey(),
                       api::newIdempotencyKey(), this, [&](Result<ChatMessage> result) { sent = result; });
    QTRY_VERIFY_WITH_TIMEOUT(sent.has_value(), NetworkTimeoutMs);
    QVERIFY(sent->ok());

    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, NetworkTimeoutMs);
    QCOMPARE(notified.at(0).at(0).toString(), bidId);
    QCOMPARE(notified.at(0).at(2).toString(), QStringLiteral("Friday works for me"));
    // The creator's own message has come back through the socket by now and was not announced.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->chats()->messages(bidId).size(), 2, NetworkTimeoutMs);
    QCOMPARE(notified.count(), 1);
}

void TestDesktopIntegration::switchedOffNotificationIsNotShown()
{
    ui::DesktopNotifier *notifier = m_window->notifier();
    m_settings->setNotifyNewBids(false);
    deactivateWindow();
    QSignalSpy notified(notifier, &ui::DesktopNotifier::notified);

    const QString bidId = placeBid(QStringLiteral("51.00"));
    QVERIFY(!bidId.isEmpty());
    // The unread count still grows, because only the notification is switched off.
    QTRY_COMPARE_WITH_TIMEOUT(notifier->unreadCount(), 1, NetworkTimeoutMs);
    QCOMPARE(notified.count(), 0);
    QVERIFY(notifier->lastNotifiedBidId().isEmpty());
}

void TestDesktopIntegration::openingNotificationShowsHiddenBid()
{
    ui::DesktopNotifier *notifier = m_window->notifier();
    // Show only rejected bids, so the new pending bid is filtered out.
    QComboBox *filter = m_window->statusFilter();
    filter->setCurrentIndex(filter->findData(QVariant::fromValue(BidStatus::Rejected)));

    const QString bidId = placeBid(QStringLiteral("52.00"));
    QVERIFY(!bidId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(notifier->lastNotifiedBidId(), bidId, NetworkTimeoutMs);
    QVERIFY(!m_window->filterModel()->indexOfBid(bidId).isValid());

    notifier->openLastNotifiedBid();
    QCOMPARE(m_window->selectedBidId(), bidId);
    QCOMPARE(filter->currentIndex(), 0);
    QVERIFY(m_window->isVisible());
}

void TestDesktopIntegration::withoutTrayNothingBreaks()
{
    ui::DesktopNotifier *notifier = m_window->notifier();
    QCOMPARE(notifier->trayIcon() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QVERIFY(notifier->trayIcon()->isVisible());
}

void TestDesktopIntegration::badgeChangesIcon()
{
    const QImage plain = ui::appIcon().pixmap(32, 32).toImage();
    QVERIFY(!plain.isNull());
    QCOMPARE(ui::appIconWithCount(0).pixmap(32, 32).toImage(), plain);
    const QImage three = ui::appIconWithCount(3).pixmap(32, 32).toImage();
    const QImage many = ui::appIconWithCount(250).pixmap(32, 32).toImage();
    QVERIFY(three != plain);
    QVERIFY(many != three);
}

void TestDesktopIntegration::newBidSoundLoads()
{
    QSoundEffect sound;
    sound.setSource(QUrl(QStringLiteral("qrc:/sounds/new-bid.wav")));
    QTRY_VERIFY_WITH_TIMEOUT(sound.status() != QSoundEffect::Loading && sound.status() != QSoundEffect::Null, 5000);
    QCOMPARE(sound.status(), QSoundEffect::Ready);
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
