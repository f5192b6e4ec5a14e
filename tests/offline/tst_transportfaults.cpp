// The session against a real in-process sandbox behind a proxy that cuts the events
// WebSocket in the middle of a frame: the client reconnects, resumes from its position and
// ends with the server's state, each change applied once.

#include "../sandbox/sandboxtestclient.h"
#include "cuttingproxy.h"

#include "sync/creatorsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace mesi;

namespace {

constexpr int NetworkTimeoutMs = 10000;

} // namespace

class TestTransportFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void webSocketCutMidMessage();
    void webSocketCutDuringReplay();

private:
    QString startServer();
    std::unique_ptr<sync::CreatorSession> openSession(const QUrl &url);
    bool syncOnline(sync::CreatorSession &session);
    QString placeBid(const QString &note);
    qint64 serverEventSeq();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_token;
    QString m_fanToken;
};

void TestTransportFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTransportFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

QString TestTransportFaults::startServer()
{
    sandbox::SandboxOptions options;
    options.port = 0;
    options.dataDir = m_dir->filePath(QStringLiteral("sandbox"));
    options.seedDemo = true;
    options.demoFanIntervalSeconds = 0;
    m_server = std::make_unique<sandbox::SandboxServer>();
    if (Result<void> started = m_server->start(options); !started)
        return started.error().message;
    m_client = std::make_unique<SandboxTestClient>(m_server->url());
    m_token = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    m_fanToken = m_client->signInFan(QStringLiteral("Nadia"));
    return m_token.isEmpty() || m_fanToken.isEmpty() ? QStringLiteral("sign-in failed") : QString();
}

std::unique_ptr<sync::CreatorSession> TestTransportFaults::openSession(const QUrl &url)
{
    Result<std::unique_ptr<store::LocalCache>> cache =
        store::LocalCache::open(m_dir->filePath(QStringLiteral("cache/account.sqlite")));
    if (!cache) {
        qWarning("%s", qPrintable(cache.error().message));
        return {};
    }
    auto session = std::make_unique<sync::CreatorSession>(url, std::move(cache).value());
    session->events()->setReconnectBaseDelay(50);
    return session;
}

bool TestTransportFaults::syncOnline(sync::CreatorSession &session)
{
    session.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    return QTest::qWaitFor(
        [&] { return session.connectionState() == sync::CreatorSession::ConnectionState::Online; },
        NetworkTimeoutMs);
}

QString TestTransportFaults::placeBid(const QString &note)
{
    const HttpReply placed = m_client->placeBid(
        m_fanToken, QJsonObject{{QStringLiteral("creator"), QStringLiteral("demo")},
                                {QStringLiteral("amount"), QStringLiteral("45.00")},
                                {QStringLiteral("asset"), QStringLiteral("EUR")},
                                {QStringLiteral("note"), note}});
    if (placed.status != 201)
        qWarning("placing a bid failed: %s", placed.body.constData());
    return placed.json().value(QStringLiteral("id")).toString();
}

qint64 TestTransportFaults::serverEventSeq()
{
    const HttpReply page = m_client->get(QStringLiteral("/v1/creator/bids?limit=1"), m_token);
    return page.json().value(QStringLiteral("eventSeq")).toInteger(-1);
}

void TestTransportFaults::webSocketCutMidMessage()
{
    QCOMPARE(startServer(), QString());
    CuttingProxy proxy(quint16(m_server->url().port()));
    QVERIFY(proxy.listen());
    std::unique_ptr<sync::CreatorSession> session = openSession(proxy.url());
    QVERIFY(session);
    QVERIFY(syncOnline(*session));
    QTRY_COMPARE(proxy.webSocketHandshakes(), 1);
    QSignalSpy added(session->bids(), &sync::BidRepository::bidAdded);

    // A long note makes the event frame long, so half of it ends inside the payload.
    const QString note = QString(900, QLatin1Char('n'));
    proxy.armCut();
    const QString cutBid = placeBid(note);
    QVERIFY(!cutBid.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(proxy.cuts(), 1, NetworkTimeoutMs);

    // The event lost with the cut comes back in the replay after the reconnect.
    QTRY_VERIFY_WITH_TIMEOUT(session->bids()->find(cutBid), NetworkTimeoutMs);
    QVERIFY(proxy.webSocketHandshakes() >= 2);
    QCOMPARE(session->bids()->find(cutBid)->note, note);

    const QString nextBid = placeBid(QStringLiteral("after the cut"));
    QTRY_VERIFY_WITH_TIMEOUT(session->bids()->find(nextBid), NetworkTimeoutMs);
    QCOMPARE(added.size(), 2);
    QTRY_COMPARE(session->syncPosition(), std::optional<qint64>(serverEventSeq()));
    QTRY_COMPARE(session->cache()->eventSeq().value(), std::optional<qint64>(serverEventSeq()));
    QCOMPARE(session->cache()->integrityCheck().value(), QStringLiteral("ok"));
}

void TestTransportFaults::webSocketCutDuringReplay()
{
    QCOMPARE(startServer(), QString());
    CuttingProxy proxy(quint16(m_server->url().port()));
    QVERIFY(proxy.listen());
    {
        std::unique_ptr<sync::CreatorSession> session = openSession(proxy.url());
        QVERIFY(session);
        QVERIFY(syncOnline(*session));
    }

    // Bids placed while the console is closed are replayed in one burst, which the cut breaks.
    QStringList placed;
    for (int i = 0; i < 20; ++i)
        placed.append(placeBid(QStringLiteral("closed-console bid %1 ").arg(i).repeated(20)));

    proxy.armCut();
    std::unique_ptr<sync::CreatorSession> session = openSession(proxy.url());
    QVERIFY(session);
    QSignalSpy added(session->bids(), &sync::BidRepository::bidAdded);
    QVERIFY(syncOnline(*session));
    QTRY_COMPARE_WITH_TIMEOUT(proxy.cuts(), 1, NetworkTimeoutMs);
    for (const QString &bidId : std::as_const(placed))
        QTRY_VERIFY_WITH_TIMEOUT(session->bids()->find(bidId), NetworkTimeoutMs);
    QCOMPARE(added.size(), placed.size());
    QTRY_COMPARE(session->syncPosition(), std::optional<qint64>(serverEventSeq()));
    QCOMPARE(session->cache()->integrityCheck().value(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestTransportFaults)
#include "tst_transportfaults.moc"
