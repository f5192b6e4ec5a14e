// Starts the console the way a creator does after a first sign-in, while the server is down.
// The window opens from the offline cache and an accept waits in the outbox. It is sent once
// the creator signs in again with the server back.

#include "demosandbox.h"

#include "desktop/consolesettings.h"
#include "sandbox/sandboxserver.h"
#include "sync/creatorlifecycle.h"
#include "sync/creatorsession.h"
#include "sync/outbox.h"
#include "ui/biddetailpane.h"
#include "ui/bidinboxmodel.h"
#include "ui/calendar/meetingcalendar.h"
#include "ui/lifecyclepane.h"
#include "secrets/sealedfilestore.h"
#include "ui/consolestartup.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <sodium.h>
#include <QTest>
#include <QUuid>

using namespace mesi;

namespace {

constexpr int SeededBidCount = 12;
constexpr int NetworkTimeoutMs = 15000;

template<typename Widget>
Widget *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<Widget *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

void signInThroughDialog(ui::SignInDialog *dialog, const QString &password)
{
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(passwordEdit);
    QVERIFY(button);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Sends a JSON POST as the fan would and returns the response object; empty on failure.
QJsonObject postAsFan(const QUrl &base, const QString &path, const QJsonObject &body,
                      const QString &token = {})
{
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    }
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        qWarning("POST %s failed: %s", qPrintable(path), reply->readAll().constData());
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace

class TestOfflineStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cachedWindowWhileServerDown();
    void queuedAcceptSentAfterSignIn();
    void cleanupTestCase();

private:
    Result<void> startServer(quint16 port);
    ui::StartupOptions startupOptions();

    QTemporaryDir m_root;
    std::unique_ptr<desktop::ConsoleSettings> m_settings;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ui::ConsoleStartup> m_startup;
    /// Keeps the pass key between the two starts, as the OS secret store would.
    std::unique_ptr<secrets::SealedFileStore> m_secrets;
    QUrl m_url;
    QString m_acceptedBidId;
    QString m_scheduledBidId;
};

Result<void> TestOfflineStart::startServer(quint16 port)
{
    Result<std::unique_ptr<sandbox::SandboxServer>> server =
        testing::startDemoSandbox(m_root.filePath(QStringLiteral("sandbox")), port);
    if (!server)
        return server.error();
    m_server = std::move(server).value();
    return {};
}

ui::StartupOptions TestOfflineStart::startupOptions()
{
    ui::StartupOptions options;
    options.cacheDir = m_root.filePath(QStringLiteral("cache"));
    options.settings = m_settings.get();
    options.secretStore = m_secrets.get();
    return options;
}

void TestOfflineStart::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_settings = std::make_unique<desktop::ConsoleSettings>(m_root.filePath(QStringLiteral("profile.ini")));
    // The cheapest key limits keep the test fast; the console uses the SENSITIVE ones.
    m_secrets = std::make_unique<secrets::SealedFileStore>(
        m_root.filePath(QStringLiteral("secrets.sealed")),
        secrets::KdfLimits{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN});
    QVERIFY(m_secrets->unlock(secrets::SecureBytes::copyOf("offline-start test passphrase")));
    const Result<void> started = startServer(0);
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    m_url = m_server->url();

    // The first start has no remembered account, so it shows the sign-in dialog.
    ui::StartupOptions options = startupOptions();
    options.apiUrl = m_url.toString();
    m_startup = std::make_unique<ui::ConsoleStartup>(options);
    m_startup->start();
    ui::SignInDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<ui::SignInDialog>()) != nullptr);
    dialog->setHandle(QStringLiteral("demo"));
    signInThroughDialog(dialog, QStringLiteral("demo"));

    ui::MainWindow *window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = visibleTopLevel<ui::MainWindow>()) != nullptr, NetworkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window->inboxView()->model()->rowCount(), SeededBidCount, NetworkTimeoutMs);
    QCOMPARE(m_settings->lastApiUrl(), m_url.toString());
    QCOMPARE(m_settings->lastHandle(), QStringLiteral("demo"));

    // One seeded accepted bid gets a meeting: the creator proposes, the fan accepts.
    auto *session = m_startup->findChild<sync::CreatorSession *>();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(session->lifecycle()->isPassKeyRegistered(), NetworkTimeoutMs);
    for (const Bid &bid : session->bids()->all()) {
        if (bid.status == BidStatus::Accepted && bid.fanName == QLatin1String("Bruno Costa"))
            m_scheduledBidId = bid.id;
    }
    QVERIFY(!m_scheduledBidId.isEmpty());
    MeetingTerms terms;
    terms.start = QDateTime::currentDateTimeUtc().addDays(2);
    terms.end = terms.start.addSecs(3600);
    terms.timeZone = QStringLiteral("Europe/Lisbon");
    terms.place = QStringLiteral("Café A Brasileira");
    session->lifecycle()->propose(m_scheduledBidId, terms, QString());
    // The proposal goes through the outbox; the server's copy replaces the pending one.
    QTRY_VERIFY_WITH_TIMEOUT(session->outbox()->entries().isEmpty(), NetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(session->chats()->messages(m_scheduledBidId).constLast().id.startsWith(
                                 QLatin1String("msg_")),
                             NetworkTimeoutMs);
    const QString proposalId = session->chats()->messages(m_scheduledBidId).constLast().id;
    const QString fanToken = postAsFan(m_url, QStringLiteral("/v1/fan/session"),
                                       {{QStringLiteral("name"), QStringLiteral("Bruno Costa")}})
                                 .value(QStringLiteral("token"))
                                 .toString();
    QVERIFY(!fanToken.isEmpty());
    postAsFan(m_url, QStringLiteral("/v1/bids/%1/proposals/%2/accept").arg(m_scheduledBidId, proposalId), {},
              fanToken);
    QTRY_COMPARE_WITH_TIMEOUT(session->bids()->find(m_scheduledBidId)->status, BidStatus::Scheduled,
                              NetworkTimeoutMs);

    // The creator signs out and quits; then the server goes away. Without a stored sign-in
    // the next start opens the window from the cache with the sign-in dialog on top.
    QSignalSpy signedOut(session, &sync::CreatorSession::signedOut);
    session->signOut();
    QTRY_VERIFY_WITH_TIMEOUT(!signedOut.isEmpty(), NetworkTimeoutMs);
    m_startup.reset();
    m_server.reset();
}

void TestOfflineStart::cachedWindowWhileServerDown()
{
    m_startup = std::make_unique<ui::ConsoleStartup>(startupOptions());
    m_startup->start();

    // The window and its rows come from the cache, with no server to respond.
    ui::MainWindow *window = visibleTopLevel<ui::MainWindow>();
    QVERIFY(window);
    QCOMPARE(window->inboxView()->model()->rowCount(), SeededBidCount);
    QTRY_VERIFY(visibleTopLevel<ui::SignInDialog>() != nullptr);

    auto *session = m_startup->findChild<sync::CreatorSession *>();
    QVERIFY(session);
    QVERIFY(!session->isSignedIn());
    QCOMPARE(session->connectionState(), sync::CreatorSession::ConnectionState::Offline);

    // The calendar shows the meeting from the cache, and its pass opens with no server.
    QTRY_VERIFY(!window->calendar()->entries().isEmpty());
    QCOMPARE(window->calendar()->entries().constFirst().bidId, m_scheduledBidId);
    QCOMPARE(window->calendar()->entries().constFirst().terms.place, QStringLiteral("Café A Brasileira"));
    // Show Pass in the meeting's calendar menu selects its bid and opens the pass.
    std::unique_ptr<QMenu> menu(window->calendar()->createEntryMenu(m_scheduledBidId, window));
    auto *showPass = menu->findChild<QAction *>(QStringLiteral("calendarShowPass"));
    QVERIFY(showPass);
    QVERIFY(showPass->isEnabled());
    showPass->trigger();
    QCOMPARE(window->selectedBidId(), m_scheduledBidId);
    ui::LifecyclePane *pane = window->detailPane()->lifecyclePane();
    QVERIFY(pane->passButton()->isVisibleTo(window));
    QVERIFY(pane->passWindow() != nullptr);
    pane->passWindow()->close();

    // Accepting offline queues the action instead of failing.
    QAbstractItemModel *model = window->inboxView()->model();
    for (int row = 0; row < model->rowCount() && m_acceptedBidId.isEmpty(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ui::BidInboxModel::StatusRole).value<BidStatus>() == BidStatus::Pending)
            m_acceptedBidId = index.data(ui::BidInboxModel::BidIdRole).toString();
    }
    QVERIFY(!m_acceptedBidId.isEmpty());
    session->accept(m_acceptedBidId);
    QTRY_COMPARE(session->outbox()->entries().size(), 1);
    QVERIFY(session->isBusy(m_acceptedBidId));
}

void TestOfflineStart::queuedAcceptSentAfterSignIn()
{
    const Result<void> started = startServer(quint16(m_url.port()));
    QVERIFY2(started.ok(), qPrintable(started.error().message));

    ui::SignInDialog *dialog = visibleTopLevel<ui::SignInDialog>();
    QVERIFY(dialog);
    signInThroughDialog(dialog, QStringLiteral("demo"));

    auto *session = m_startup->findChild<sync::CreatorSession *>();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(session->isSignedIn(), NetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(session->outbox()->entries().isEmpty(), NetworkTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(session->bids()->find(m_acceptedBidId)->status, BidStatus::Accepted,
                              NetworkTimeoutMs);
    QVERIFY(!dialog->isVisible());

    // The same window stays: the creator never lost the view while signing in.
    ui::MainWindow *window = visibleTopLevel<ui::MainWindow>();
    QVERIFY(window);
    QCOMPARE(window->inboxView()->model()->rowCount(), SeededBidCount);
}

void TestOfflineStart::cleanupTestCase()
{
    m_startup.reset();
    m_server.reset();
}

QTEST_MAIN(TestOfflineStart)
#include "tst_offlinestart.moc"
