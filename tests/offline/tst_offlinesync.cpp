// The session against a real in-process sandbox: start-up from the cache, resumable sync,
// resync after the server dropped old events, and the outbox's delivery rules.

#include "../sandbox/sandboxtestclient.h"

#include "sync/creatorsession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace mesi;
using Kind = store::OutboxEntry::Kind;

namespace {

constexpr int NetworkTimeoutMs = 10000;

QUrl unreachableUrl()
{
    // A port that was free a moment ago and has no listener now refuses connections at once.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(probe.serverPort());
    return url;
}

} // namespace

class TestOfflineSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsFromCacheWhenUnreachable();
    void resumesFromStoredPosition();
    void resyncWhenRetentionDroppedPosition();
    void outboxExactlyOnceAcrossRestart();
    void removedEntriesNeverSent();
    void rejectedEntryDoesNotBlockQueue();
    void unknownEventTypeSkipped();

private:
    QString startServer(int eventRetention = 0);
    std::unique_ptr<sync::CreatorSession> openSession(const QUrl &url);
    bool syncOnline(sync::CreatorSession &session);
    QString firstBidWithStatus(sync::CreatorSession &session, BidStatus status);
    QStringList serverMessageTexts(const QString &bidId);
    QString serverStatus(const QString &bidId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_token;
    QString cachePath() const { return m_dir->filePath(QStringLiteral("cache/account.sqlite")); }
};

void TestOfflineSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOfflineSync::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

QString TestOfflineSync::startServer(int eventRetention)
{
    sandbox::SandboxOptions options;
    options.port = 0;
    options.dataDir = m_dir->filePath(QStringLiteral("sandbox"));
    options.seedDemo = true;
    options.demoFanIntervalSeconds = 0;
    options.eventRetention = eventRetention;
    m_server = std::make_unique<sandbox::SandboxServer>();
    Result<void> started = m_server->start(options);
    if (!started)
        return started.error().message;
    m_client = std::make_unique<SandboxTestClient>(m_server->url());
    m_token = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    return m_token.isEmpty() ? QStringLiteral("demo sign-in failed") : QString();
}

std::unique_ptr<sync::CreatorSession> TestOfflineSync::openSession(const QUrl &url)
{
    Result<std::unique_ptr<store::LocalCache>> cache = store::LocalCache::open(cachePath());
    if (!cache) {
        qWarning("%s", qPrintable(cache.error().message));
        return {};
    }
    auto session = std::make_unique<sync::CreatorSession>(url, std::move(cache).value());
    session->outbox()->setRetryBaseDelay(50);
    return session;
}

bool TestOfflineSync::syncOnline(sync::CreatorSession &session)
{
    session.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    return QTest::qWaitFor(
        [&] { return session.connectionState() == sync::CreatorSession::ConnectionState::Online; },
        NetworkTimeoutMs);
}

QString TestOfflineSync::firstBidWithStatus(sync::CreatorSession &session, BidStatus status)
{
    QList<Bid> bids = session.bids()->all();
    std::sort(bids.begin(), bids.end(), [](const Bid &a, const Bid &b) { return a.id < b.id; });
    for (const Bid &bid : bids) {
        if (bid.status == status)
            return bid.id;
    }
    return {};
}

QStringList TestOfflineSync::serverMessageTexts(const QString &bidId)
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/bids/%1/messages?limit=100").arg(bidId),
                                          m_token);
    if (reply.status != 200)
        qWarning("listing messages of %s failed: %s", qPrintable(bidId), reply.body.constData());
    QStringList texts;
    const QJsonArray messages = reply.json().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &message : messages)
        texts.append(message.toObject().value(QStringLiteral("text")).toString());
    return texts;
}

QString TestOfflineSync::serverStatus(const QString &bidId)
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/creator/bids/%1").arg(bidId), m_token);
    return reply.json().value(QStringLiteral("status")).toString();
}

void TestOfflineSync::startsFromCacheWhenUnreachable()
{
    QCOMPARE(startServer(), QString());
    qsizetype listed = 0;
    {
        std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
        QVERIFY(session);
        QVERIFY(syncOnline(*session));
        listed = session->bids()->size();
        QVERIFY(listed > 0);
        const QString accepted = firstBidWithStatus(*session, BidStatus::Accepted);
        session->loadChat(accepted);
        QTRY_VERIFY(!session->chats()->messages(accepted).isEmpty());
    }

    const QUrl nowhere = unreachableUrl();
    QVERIFY(nowhere.isValid());
    std::unique_ptr<sync::CreatorSession> offline = openSession(nowhere);
    QVERIFY(offline);

    // Everything is there before the event loop runs once, so before any request could finish.
    QCOMPARE(offline->bids()->size(), listed);
    QCOMPARE(offline->connectionState(), sync::CreatorSession::ConnectionState::Offline);
    QCOMPARE(offline->profile().displayName, QStringLiteral("Demo Creator"));
    const QString accepted = firstBidWithStatus(*offline, BidStatus::Accepted);
    QVERIFY(!accepted.isEmpty());
    offline->loadChat(accepted);
    QVERIFY(!offline->chats()->messages(accepted).isEmpty());

    QSignalSpy failed(offline.get(), &sync::CreatorSession::signInFailed);
    offline->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, NetworkTimeoutMs);
    QCOMPARE(failed.first().first().value<Error>().code, ErrorCode::Network);
    QCOMPARE(offline->bids()->size(), listed);
    QCOMPARE(offline->connectionState(), sync::CreatorSession::ConnectionState::Offline);
}

void TestOfflineSync::resumesFromStoredPosition()
{
    QCOMPARE(startServer(), QString());
    {
        std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
        QVERIFY(session);
        QVERIFY(syncOnline(*session));
    }

    // A bid placed while the console is closed comes back as a replayed event.
    const QString fanToken = m_client->signInFan(QStringLiteral("Nadia"));
    const HttpReply placed = m_client->placeBid(
        fanToken, QJsonObject{{QStringLiteral("creator"), QStringLiteral("demo")},
                              {QStringLiteral("amount"), QStringLiteral("45.00")},
                              {QStringLiteral("asset"), QStringLiteral("EUR")}});
    QCOMPARE(placed.status, 201);
    const QString bidId = placed.json().value(QStringLiteral("id")).toString();

    std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
    QVERIFY(session);
    QVERIFY(!session->bids()->find(bidId));
    QSignalSpy fullSync(session.get(), &sync::CreatorSession::fullSyncFinished);
    QVERIFY(syncOnline(*session));
    QTRY_VERIFY(session->bids()->find(bidId));
    QCOMPARE(fullSync.size(), 0);
    QTRY_COMPARE(session->syncPosition(), std::optional<qint64>(21));
}

void TestOfflineSync::resyncWhenRetentionDroppedPosition()
{
    QCOMPARE(startServer(3), QString());
    QString pending;
    {
        std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
        QVERIFY(session);
        QVERIFY(syncOnline(*session));
        pending = firstBidWithStatus(*session, BidStatus::Pending);
    }

    const QString fanToken = m_client->signInFan(QStringLiteral("Nadia"));
    QStringList placedIds;
    for (int i = 0; i < 5; ++i) {
        const HttpReply placed = m_client->placeBid(
            fanToken, QJsonObject{{QStringLiteral("creator"), QStringLiteral("demo")},
                                  {QStringLiteral("amount"), QStringLiteral("%1.00").arg(10 + i)},
                                  {QStringLiteral("asset"), QStringLiteral("USD")}});
        QCOMPARE(placed.status, 201);
        placedIds.append(placed.json().value(QStringLiteral("id")).toString());
    }

    std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
    QVERIFY(session);
    // Queued while offline: a full listing must not lose it.
    session->accept(pending);
    QCOMPARE(session->outbox()->queuedCount(), 1);

    QSignalSpy fullSync(session.get(), &sync::CreatorSession::fullSyncFinished);
    QVERIFY(syncOnline(*session));
    QTRY_COMPARE_WITH_TIMEOUT(fullSync.size(), 1, NetworkTimeoutMs);
    for (const QString &id : std::as_const(placedIds))
        QVERIFY2(session->bids()->find(id), qPrintable(id));
    QTRY_COMPARE(session->outbox()->entries().size(), 0);
    QCOMPARE(serverStatus(pending), QStringLiteral("accepted"));
    QTRY_COMPARE(session->bids()->find(pending)->status, BidStatus::Accepted);
}

void TestOfflineSync::outboxExactlyOnceAcrossRestart()
{
    QCOMPARE(startServer(), QString());
    QString accepted;
    QString pending;
    QString lostAnswerText = QStringLiteral("sent before the crash");
    {
        std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
        QVERIFY(session);
        QVERIFY(syncOnline(*session));
        accepted = firstBidWithStatus(*session, BidStatus::Accepted);
        pending = firstBidWithStatus(*session, BidStatus::Pending);
    }

    const QStringList texts{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")};
    {
        // Offline: everything is stored, nothing is sent.
        std::unique_ptr<sync::CreatorSession> session = openSession(unreachableUrl());
        QVERIFY(session);
        session->sendMessage(accepted, lostAnswerText);
        for (const QString &text : texts)
            session->sendMessage(accepted, text);
        session->accept(pending);
        QCOMPARE(session->outbox()->queuedCount(), 5);
        QCOMPARE(session->chats()->messages(accepted).size(), 4);
        QCOMPARE(session->chats()->delivery(session->chats()->messages(accepted).constLast().id),
                 sync::Delivery::Pending);
    }

    // The first entry reached the server but its response was lost, so the server has it already.
    std::unique_ptr<store::LocalCache> cache = store::LocalCache::open(cachePath()).value();
    const store::OutboxEntry first = cache->outbox()->constFirst();
    cache.reset();
    QCOMPARE(first.text, lostAnswerText);
    const HttpReply early = m_client->post(
        QStringLiteral("/v1/bids/%1/messages").arg(accepted),
        toBytes(QJsonObject{{QStringLiteral("text"), first.text},
                            {QStringLiteral("clientId"), first.id}}),
        m_token, first.idempotencyKey.toUtf8());
    QCOMPARE(early.status, 201);

    {
        // Killed mid-send: the session goes away while the first request may be in flight.
        std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
        QVERIFY(session);
        QVERIFY(syncOnline(*session));
        QTRY_VERIFY(session->outbox()->queuedCount() < 5);
    }

    std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
    QVERIFY(session);
    QVERIFY(syncOnline(*session));
    QTRY_COMPARE_WITH_TIMEOUT(session->outbox()->entries().size(), 0, NetworkTimeoutMs);

    const QStringList onServer = serverMessageTexts(accepted);
    QCOMPARE(onServer.count(lostAnswerText), 1);
    for (const QString &text : texts)
        QCOMPARE(onServer.count(text), 1);
    // Sent in the order they were made.
    QVERIFY(onServer.indexOf(texts.at(0)) < onServer.indexOf(texts.at(1)));
    QVERIFY(onServer.indexOf(texts.at(1)) < onServer.indexOf(texts.at(2)));
    QCOMPARE(serverStatus(pending), QStringLiteral("accepted"));

    session->loadChat(accepted);
    QTRY_COMPARE(session->chats()->messages(accepted).size(), onServer.size());
}

void TestOfflineSync::removedEntriesNeverSent()
{
    QCOMPARE(startServer(), QString());
    QString accepted;
    QString pending;
    {
        std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
        QVERIFY(session);
        QVERIFY(syncOnline(*session));
        accepted = firstBidWithStatus(*session, BidStatus::Accepted);
        pending = firstBidWithStatus(*session, BidStatus::Pending);
    }

    {
        std::unique_ptr<sync::CreatorSession> session = openSession(unreachableUrl());
        QVERIFY(session);
        session->sendMessage(accepted, QStringLiteral("never mind"));
        session->sendMessage(accepted, QStringLiteral("kept"));
        session->reject(pending, QStringLiteral("changed my mind"));
        QVERIFY(session->isBusy(pending));
        const QList<store::OutboxEntry> entries = session->outbox()->entries();
        QCOMPARE(entries.size(), 3);
        QVERIFY(session->removeOutboxEntry(entries.at(0).id));
        QVERIFY(session->removeOutboxEntry(entries.at(2).id));
        QVERIFY(!session->isBusy(pending));
        QVERIFY(!session->bids()->outboxMark(pending));
        QCOMPARE(session->chats()->messages(accepted).constLast().text, QStringLiteral("kept"));
    }

    std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
    QVERIFY(session);
    QCOMPARE(session->outbox()->entries().size(), 1);
    QVERIFY(syncOnline(*session));
    QTRY_COMPARE_WITH_TIMEOUT(session->outbox()->entries().size(), 0, NetworkTimeoutMs);

    const QStringList onServer = serverMessageTexts(accepted);
    QCOMPARE(onServer.count(QStringLiteral("kept")), 1);
    QCOMPARE(onServer.count(QStringLiteral("never mind")), 0);
    QCOMPARE(serverStatus(pending), QStringLiteral("pending"));
}

void TestOfflineSync::rejectedEntryDoesNotBlockQueue()
{
    QCOMPARE(startServer(), QString());
    QString accepted;
    QString pending;
    {
        std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
        QVERIFY(session);
        QVERIFY(syncOnline(*session));
        accepted = firstBidWithStatus(*session, BidStatus::Accepted);
        pending = firstBidWithStatus(*session, BidStatus::Pending);
    }

    {
        std::unique_ptr<sync::CreatorSession> session = openSession(unreachableUrl());
        QVERIFY(session);
        session->accept(pending);
        session->sendMessage(accepted, QStringLiteral("after the failed one"));
    }
    // Meanwhile the bid is rejected elsewhere, so the queued accept conflicts.
    const HttpReply rejected = m_client->post(QStringLiteral("/v1/creator/bids/%1/reject").arg(pending),
                                              "{}", m_token, newKey());
    QCOMPARE(rejected.status, 200);

    std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
    QVERIFY(session);
    QSignalSpy failures(session.get(), &sync::CreatorSession::actionFailed);
    QVERIFY(syncOnline(*session));
    QTRY_COMPARE_WITH_TIMEOUT(session->outbox()->queuedCount(), 0, NetworkTimeoutMs);

    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().first().toString(), pending);
    QCOMPARE(serverMessageTexts(accepted).count(QStringLiteral("after the failed one")), 1);
    const sync::OutboxMark *mark = session->bids()->outboxMark(pending);
    QVERIFY(mark);
    QVERIFY(mark->failed);
    QVERIFY2(mark->failure.contains(QStringLiteral("rejected")), qPrintable(mark->failure));
    QCOMPARE(session->outbox()->entries().size(), 1);

    // Dismissing removes it for good, also from the cache.
    QVERIFY(session->removeOutboxEntry(mark->entryId));
    QVERIFY(!session->bids()->outboxMark(pending));
    QCOMPARE(session->cache()->outbox()->size(), 0);
}

void TestOfflineSync::unknownEventTypeSkipped()
{
    QCOMPARE(startServer(), QString());
    std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
    QVERIFY(session);
    QVERIFY(syncOnline(*session));
    const qint64 before = session->syncPosition().value_or(-1);

    contract::Event unknown;
    unknown.seq = before + 1;
    unknown.type = contract::EventType::Unknown;
    unknown.typeName = QStringLiteral("meeting.proposed");
    unknown.occurredAt = QDateTime::currentDateTimeUtc();
    Q_EMIT session->events()->eventReceived(unknown);
    unknown.seq += 1;
    Q_EMIT session->events()->eventReceived(unknown);

    QCOMPARE(session->syncPosition(), std::optional<qint64>(before + 2));
    QCOMPARE(session->connectionState(), sync::CreatorSession::ConnectionState::Online);
    QTRY_COMPARE(session->cache()->eventSeq().value(), std::optional<qint64>(before + 2));
}

QTEST_GUILESS_MAIN(TestOfflineSync)
#include "tst_offlinesync.moc"
