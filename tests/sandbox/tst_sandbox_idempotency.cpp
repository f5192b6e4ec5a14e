// The Idempotency-Key rule: replay byte for byte, 422 on reuse, 400 when missing.

#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

class SandboxIdempotencyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void repeatedBidReplaysAndChangesNothing();
    void repeatedAcceptReplaysAfterStateChange();
    void reusedKeyWithOtherBodyIs422();
    void reusedKeyOnOtherPathIs422();
    void missingKeyIs400_data();
    void missingKeyIs400();
    void invalidKeyIs400_data();
    void invalidKeyIs400();
    void keysAreScopedPerAccount();
    void failedRequestLeavesKeyFree();

private:
    int bidCount();
    int ledgerEntryCount();
    QJsonObject bidBody(const QString &amount) const;

    SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_creatorToken;
    QString m_fanToken;
};

void SandboxIdempotencyTest::initTestCase()
{
    QCOMPARE(m_sandbox.start(), QString());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.server().url());
    m_creatorToken = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!m_creatorToken.isEmpty());
    m_fanToken = m_client->signInFan(QStringLiteral("Retry Fan"));
    QVERIFY(!m_fanToken.isEmpty());
}

void SandboxIdempotencyTest::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
}

int SandboxIdempotencyTest::bidCount()
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/creator/bids?limit=200"), m_creatorToken);
    return int(reply.json().value(QStringLiteral("items")).toArray().size());
}

int SandboxIdempotencyTest::ledgerEntryCount()
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/sandbox/ledger"));
    return int(reply.json().value(QStringLiteral("entries")).toArray().size());
}

QJsonObject SandboxIdempotencyTest::bidBody(const QString &amount) const
{
    return {{QStringLiteral("creator"), QStringLiteral("demo")},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("asset"), QStringLiteral("EUR")}};
}

void SandboxIdempotencyTest::repeatedBidReplaysAndChangesNothing()
{
    const QByteArray key = newKey();
    const QByteArray body = toBytes(bidBody(QStringLiteral("42.00")));
    const HttpReply first = m_client->post(QStringLiteral("/v1/fan/bids"), body, m_fanToken, key);
    QCOMPARE(first.status, 201);
    const int bidsAfterFirst = bidCount();
    const int entriesAfterFirst = ledgerEntryCount();

    const HttpReply second = m_client->post(QStringLiteral("/v1/fan/bids"), body, m_fanToken, key);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.body, first.body);
    QCOMPARE(bidCount(), bidsAfterFirst);
    QCOMPARE(ledgerEntryCount(), entriesAfterFirst);
}

void SandboxIdempotencyTest::repeatedAcceptReplaysAfterStateChange()
{
    const HttpReply placed = m_client->placeBid(m_fanToken, bidBody(QStringLiteral("7.00")));
    const QString path = QStringLiteral("/v1/creator/bids/%1/accept")
                             .arg(placed.json().value(QStringLiteral("id")).toString());
    const QByteArray key = newKey();

    const HttpReply first = m_client->post(path, {}, m_creatorToken, key);
    QCOMPARE(first.status, 200);
    // The bid is accepted now, so only a replay can return 200 again.
    const HttpReply second = m_client->post(path, {}, m_creatorToken, key);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, first.body);

    const HttpReply freshKey = m_client->post(path, {}, m_creatorToken, newKey());
    QCOMPARE(freshKey.status, 409);
}

void SandboxIdempotencyTest::reusedKeyWithOtherBodyIs422()
{
    const QByteArray key = newKey();
    QCOMPARE(m_client->post(QStringLiteral("/v1/fan/bids"), toBytes(bidBody(QStringLiteral("5.00"))),
                            m_fanToken, key)
                 .status,
             201);
    const int bidsBefore = bidCount();

    const HttpReply reused = m_client->post(QStringLiteral("/v1/fan/bids"),
                                            toBytes(bidBody(QStringLiteral("6.00"))), m_fanToken, key);
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.error().value(QStringLiteral("code")).toString(),
             QStringLiteral("idempotency_key_reused"));
    QCOMPARE(reused.error().value(QStringLiteral("field")).toString(), QStringLiteral("Idempotency-Key"));
    QCOMPARE(bidCount(), bidsBefore);
}

void SandboxIdempotencyTest::reusedKeyOnOtherPathIs422()
{
    const HttpReply placed = m_client->placeBid(m_fanToken, bidBody(QStringLiteral("8.00")));
    const QString id = placed.json().value(QStringLiteral("id")).toString();
    const QByteArray key = newKey();
    QCOMPARE(m_client->post(QStringLiteral("/v1/creator/bids/%1/accept").arg(id), {}, m_creatorToken, key)
                 .status,
             200);
    const HttpReply reused = m_client->post(QStringLiteral("/v1/creator/bids/%1/reject").arg(id), {},
                                            m_creatorToken, key);
    QCOMPARE(reused.status, 422);
}

void SandboxIdempotencyTest::missingKeyIs400_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("asCreator");
    QTest::newRow("place bid") << QStringLiteral("/v1/fan/bids") << false;
    QTest::newRow("accept") << QStringLiteral("/v1/creator/bids/bid_x/accept") << true;
    QTest::newRow("reject") << QStringLiteral("/v1/creator/bids/bid_x/reject") << true;
    QTest::newRow("message") << QStringLiteral("/v1/bids/bid_x/messages") << true;
}

void SandboxIdempotencyTest::missingKeyIs400()
{
    QFETCH(QString, path);
    QFETCH(bool, asCreator);
    const int bidsBefore = bidCount();
    const HttpReply reply = m_client->post(path, toBytes(bidBody(QStringLiteral("9.00"))),
                                           asCreator ? m_creatorToken : m_fanToken, std::nullopt);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(),
             QStringLiteral("idempotency_key_missing"));
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), QStringLiteral("Idempotency-Key"));
    QCOMPARE(bidCount(), bidsBefore);
}

void SandboxIdempotencyTest::invalidKeyIs400_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("129 characters") << QByteArray(129, 'k');
    QTest::newRow("non-ASCII") << QByteArrayLiteral("key-\xc3\xa9");
}

void SandboxIdempotencyTest::invalidKeyIs400()
{
    QFETCH(QByteArray, key);
    const HttpReply reply = m_client->post(QStringLiteral("/v1/fan/bids"),
                                           toBytes(bidBody(QStringLiteral("9.00"))), m_fanToken, key);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_field"));
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), QStringLiteral("Idempotency-Key"));
}

void SandboxIdempotencyTest::keysAreScopedPerAccount()
{
    const QString otherFan = m_client->signInFan(QStringLiteral("Another Retry Fan"));
    const QByteArray key = newKey();
    const QByteArray body = toBytes(bidBody(QStringLiteral("3.00")));
    const HttpReply mine = m_client->post(QStringLiteral("/v1/fan/bids"), body, m_fanToken, key);
    const HttpReply theirs = m_client->post(QStringLiteral("/v1/fan/bids"), body, otherFan, key);
    QCOMPARE(mine.status, 201);
    QCOMPARE(theirs.status, 201);
    QVERIFY(mine.json().value(QStringLiteral("id")) != theirs.json().value(QStringLiteral("id")));
}

void SandboxIdempotencyTest::failedRequestLeavesKeyFree()
{
    const QByteArray key = newKey();
    const HttpReply failed = m_client->post(QStringLiteral("/v1/fan/bids"),
                                            toBytes(bidBody(QStringLiteral("1.001"))), m_fanToken, key);
    QCOMPARE(failed.status, 400);
    const HttpReply corrected = m_client->post(QStringLiteral("/v1/fan/bids"),
                                               toBytes(bidBody(QStringLiteral("1.00"))), m_fanToken, key);
    QCOMPARE(corrected.status, 201);
}

QTEST_GUILESS_MAIN(SandboxIdempotencyTest)
#include "tst_sandbox_idempotency.moc"
