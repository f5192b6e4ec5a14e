// Escrow ledger: placing locks, rejecting refunds, locked sums are exact per asset.

#include "core/money.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QMap>
#include <QTest>

#include <memory>

class SandboxLedgerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void placingBidWritesLock();
    void rejectingBidWritesRefund();
    void acceptingBidKeepsLock();
    void lockedSumMatchesLockedBids();

private:
    QJsonArray entriesOf(const QString &bidId);
    QString placeBid(const QString &amount, const QString &asset);

    SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_creatorToken;
    QString m_fanToken;
};

void SandboxLedgerTest::initTestCase()
{
    QCOMPARE(m_sandbox.start(), QString());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.server().url());
    m_creatorToken = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!m_creatorToken.isEmpty());
    m_fanToken = m_client->signInFan(QStringLiteral("Ledger Fan"));
    QVERIFY(!m_fanToken.isEmpty());
}

void SandboxLedgerTest::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
}

QJsonArray SandboxLedgerTest::entriesOf(const QString &bidId)
{
    QJsonArray matching;
    const HttpReply reply = m_client->get(QStringLiteral("/v1/sandbox/ledger"));
    for (const QJsonValue &entry : reply.json().value(QStringLiteral("entries")).toArray()) {
        if (entry.toObject().value(QStringLiteral("bidId")).toString() == bidId)
            matching.append(entry);
    }
    return matching;
}

QString SandboxLedgerTest::placeBid(const QString &amount, const QString &asset)
{
    const HttpReply reply = m_client->placeBid(m_fanToken, {{QStringLiteral("creator"), QStringLiteral("demo")},
                                                            {QStringLiteral("amount"), amount},
                                                            {QStringLiteral("asset"), asset}});
    return reply.status == 201 ? reply.json().value(QStringLiteral("id")).toString() : QString();
}

void SandboxLedgerTest::placingBidWritesLock()
{
    const QString id = placeBid(QStringLiteral("19.99"), QStringLiteral("USD"));
    QVERIFY(!id.isEmpty());
    const QJsonArray entries = entriesOf(id);
    QCOMPARE(entries.size(), 1);
    const QJsonObject lock = entries.first().toObject();
    QCOMPARE(lock.value(QStringLiteral("kind")).toString(), QStringLiteral("lock"));
    QCOMPARE(lock.value(QStringLiteral("amount")).toString(), QStringLiteral("19.99"));
    QCOMPARE(lock.value(QStringLiteral("asset")).toString(), QStringLiteral("USD"));
}

void SandboxLedgerTest::rejectingBidWritesRefund()
{
    const QString id = placeBid(QStringLiteral("0.000001"), QStringLiteral("USDC"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_client->post(QStringLiteral("/v1/creator/bids/%1/reject").arg(id), {}, m_creatorToken, newKey())
                 .status,
             200);

    const QJsonArray entries = entriesOf(id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("refund"));
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("amount")).toString(),
             QStringLiteral("0.000001"));

    // A second reject is an invalid transition and must not refund again.
    QCOMPARE(m_client->post(QStringLiteral("/v1/creator/bids/%1/reject").arg(id), {}, m_creatorToken, newKey())
                 .status,
             409);
    QCOMPARE(entriesOf(id).size(), 2);
}

void SandboxLedgerTest::acceptingBidKeepsLock()
{
    const QString id = placeBid(QStringLiteral("3.000000000000000001"), QStringLiteral("MESI"));
    QCOMPARE(m_client->post(QStringLiteral("/v1/creator/bids/%1/accept").arg(id), {}, m_creatorToken, newKey())
                 .status,
             200);
    const QJsonArray entries = entriesOf(id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("lock"));
}

void SandboxLedgerTest::lockedSumMatchesLockedBids()
{
    QVERIFY(!placeBid(QStringLiteral("9223372036.854775808"), QStringLiteral("MESI")).isEmpty());

    QMap<QString, mesi::Money> expected;
    for (const mesi::Asset &asset : mesi::Asset::all())
        expected.insert(asset.code(), mesi::Money(asset, mesi::MinorUnits()));

    // Every creator's bids count, so the demo's AI account is included through the ledger's own list.
    const HttpReply bids = m_client->get(QStringLiteral("/v1/sandbox/ledger"));
    for (const QJsonValue &value : bids.json().value(QStringLiteral("bids")).toArray()) {
        const QJsonObject bid = value.toObject();
        if (bid.value(QStringLiteral("escrow")).toString() != QLatin1String("locked"))
            continue;
        const QString asset = bid.value(QStringLiteral("asset")).toString();
        mesi::Result<mesi::Money> amount = mesi::Money::parse(bid.value(QStringLiteral("amount")).toString(),
                                                              asset);
        QVERIFY(amount);
        mesi::Result<mesi::Money> sum = expected.value(asset).plus(amount.value());
        QVERIFY(sum);
        expected.insert(asset, sum.value());
    }

    const QJsonObject locked = m_client->get(QStringLiteral("/v1/sandbox/ledger"))
                                   .json()
                                   .value(QStringLiteral("locked"))
                                   .toObject();
    QCOMPARE(locked.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(locked.value(it.key()).toString(), it.value().toDecimalString());

    // Seeded MESI bids alone pass 2^63 minor units, so a 64-bit sum would have overflowed.
    QVERIFY(locked.value(QStringLiteral("MESI")).toString().size() > 20);
}

QTEST_GUILESS_MAIN(SandboxLedgerTest)
#include "tst_sandbox_ledger.moc"
