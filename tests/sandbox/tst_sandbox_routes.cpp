// Happy paths of every sandbox route over real loopback HTTP.

#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

class SandboxRoutesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void healthReportsOk();
    void creatorSignInReturnsCreator();
    void creatorSignInWrongPassword();
    void listBidsPagesNewestFirst();
    void listBidsFiltersByStatus();
    void getBidReturnsOneBid();
    void acceptBidOpensChat();
    void rejectBidRefundsWithReason();
    void chatListsOldestFirst();
    void chatPostFromBothSides();
    void chatClientIdReturnsFirstMessage();
    void chatPagesWithCursor();
    void fanSignInReusesFan();
    void placeBidLocksEscrow();
    void unknownRouteIs404();
    void wrongMethodIs405();
    void ledgerListsEntries();

private:
    QJsonArray allBids(const QString &query = {});
    QString pendingBidId();

    SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_creatorToken;
    QString m_fanToken;
};

void SandboxRoutesTest::initTestCase()
{
    QCOMPARE(m_sandbox.start(), QString());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.server().url());
    m_creatorToken = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!m_creatorToken.isEmpty());
    m_fanToken = m_client->signInFan(QStringLiteral("Route Tester"));
    QVERIFY(!m_fanToken.isEmpty());
}

void SandboxRoutesTest::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
}

QJsonArray SandboxRoutesTest::allBids(const QString &query)
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/creator/bids?limit=200") + query,
                                          m_creatorToken);
    return reply.json().value(QStringLiteral("items")).toArray();
}

QString SandboxRoutesTest::pendingBidId()
{
    const QJsonArray pending = allBids(QStringLiteral("&status=pending"));
    return pending.isEmpty() ? QString() : pending.first().toObject().value(QStringLiteral("id")).toString();
}

void SandboxRoutesTest::healthReportsOk()
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(reply.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void SandboxRoutesTest::creatorSignInReturnsCreator()
{
    const HttpReply reply = m_client->post(
        QStringLiteral("/v1/session"),
        toBytes({{QStringLiteral("handle"), QStringLiteral("demo")},
                 {QStringLiteral("password"), QStringLiteral("demo")}}));
    QCOMPARE(reply.status, 200);
    const QJsonObject creator = reply.json().value(QStringLiteral("creator")).toObject();
    QCOMPARE(creator.value(QStringLiteral("handle")).toString(), QStringLiteral("demo"));
    QCOMPARE(creator.value(QStringLiteral("displayName")).toString(), QStringLiteral("Demo Creator"));
    QCOMPARE(creator.value(QStringLiteral("acceptsBids")).toBool(), true);
    QCOMPARE(reply.json().value(QStringLiteral("token")).toString().size(), 64);
}

void SandboxRoutesTest::creatorSignInWrongPassword()
{
    const HttpReply reply = m_client->post(
        QStringLiteral("/v1/session"),
        toBytes({{QStringLiteral("handle"), QStringLiteral("demo")},
                 {QStringLiteral("password"), QStringLiteral("wrong")}}));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
}

void SandboxRoutesTest::listBidsPagesNewestFirst()
{
    QStringList ids;
    QString cursor;
    qint64 firstEventSeq = -1;
    int pages = 0;
    do {
        QString path = QStringLiteral("/v1/creator/bids?limit=5");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const HttpReply reply = m_client->get(path, m_creatorToken);
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.json();
        if (firstEventSeq < 0)
            firstEventSeq = page.value(QStringLiteral("eventSeq")).toInteger();
        QCOMPARE(page.value(QStringLiteral("eventSeq")).toInteger(), firstEventSeq);
        for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray())
            ids.append(item.toObject().value(QStringLiteral("id")).toString());
        cursor = page.value(QStringLiteral("nextCursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 100);

    const QJsonArray everything = allBids();
    QCOMPARE(ids.size(), everything.size());
    QVERIFY(everything.size() >= 12);
    QVERIFY(firstEventSeq >= 20);
    QCOMPARE(pages, int((everything.size() + 4) / 5));

    QString previousCreatedAt = QStringLiteral("9999");
    for (qsizetype i = 0; i < everything.size(); ++i) {
        const QJsonObject bid = everything.at(i).toObject();
        QCOMPARE(bid.value(QStringLiteral("id")).toString(), ids.at(i));
        const QString createdAt = bid.value(QStringLiteral("createdAt")).toString();
        QVERIFY2(createdAt <= previousCreatedAt, qPrintable(createdAt));
        previousCreatedAt = createdAt;
    }
}

void SandboxRoutesTest::listBidsFiltersByStatus()
{
    const QJsonArray accepted = allBids(QStringLiteral("&status=accepted"));
    QVERIFY(accepted.size() >= 2);
    for (const QJsonValue &bid : accepted)
        QCOMPARE(bid.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));

    const QJsonArray rejected = allBids(QStringLiteral("&status=rejected"));
    QVERIFY(rejected.size() >= 1);
    QCOMPARE(rejected.first().toObject().value(QStringLiteral("escrow")).toString(),
             QStringLiteral("refunded"));
}

void SandboxRoutesTest::getBidReturnsOneBid()
{
    const QJsonObject first = allBids().first().toObject();
    const QString id = first.value(QStringLiteral("id")).toString();
    const HttpReply reply = m_client->get(QStringLiteral("/v1/creator/bids/") + id, m_creatorToken);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), first);
}

void SandboxRoutesTest::acceptBidOpensChat()
{
    const QString id = pendingBidId();
    QVERIFY(!id.isEmpty());
    const HttpReply reply = m_client->post(QStringLiteral("/v1/creator/bids/%1/accept").arg(id), {},
                                           m_creatorToken, newKey());
    QCOMPARE(reply.status, 200);
    const QJsonObject bid = reply.json();
    QCOMPARE(bid.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(bid.value(QStringLiteral("escrow")).toString(), QStringLiteral("locked"));
    QCOMPARE(bid.value(QStringLiteral("version")).toInteger(), 2);

    const HttpReply message = m_client->post(QStringLiteral("/v1/bids/%1/messages").arg(id),
                                             toBytes({{QStringLiteral("text"), QStringLiteral("Hello!")}}),
                                             m_creatorToken, newKey());
    QCOMPARE(message.status, 201);
}

void SandboxRoutesTest::rejectBidRefundsWithReason()
{
    const QString id = pendingBidId();
    QVERIFY(!id.isEmpty());
    const HttpReply reply = m_client->post(
        QStringLiteral("/v1/creator/bids/%1/reject").arg(id),
        toBytes({{QStringLiteral("reason"), QStringLiteral("Not this month.")}}), m_creatorToken,
        newKey());
    QCOMPARE(reply.status, 200);
    const QJsonObject bid = reply.json();
    QCOMPARE(bid.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(bid.value(QStringLiteral("escrow")).toString(), QStringLiteral("refunded"));
    QCOMPARE(bid.value(QStringLiteral("rejectReason")).toString(), QStringLiteral("Not this month."));

    const QString other = pendingBidId();
    const HttpReply withoutBody = m_client->post(QStringLiteral("/v1/creator/bids/%1/reject").arg(other),
                                                 {}, m_creatorToken, newKey());
    QCOMPARE(withoutBody.status, 200);
    QCOMPARE(withoutBody.json().value(QStringLiteral("rejectReason")).toString(), QString());
}

void SandboxRoutesTest::chatListsOldestFirst()
{
    // The seed gives the oldest accepted bid three messages: fan, creator, fan.
    const QJsonArray accepted = allBids(QStringLiteral("&status=accepted"));
    const QString id = accepted.last().toObject().value(QStringLiteral("id")).toString();
    const HttpReply reply = m_client->get(QStringLiteral("/v1/bids/%1/messages").arg(id),
                                          m_creatorToken);
    QCOMPARE(reply.status, 200);
    const QJsonArray items = reply.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("sender")).toString(), QStringLiteral("fan"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("sender")).toString(),
             QStringLiteral("creator"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("senderName")).toString(),
             QStringLiteral("Demo Creator"));
    QVERIFY(items.at(0).toObject().value(QStringLiteral("sentAt")).toString()
            < items.at(2).toObject().value(QStringLiteral("sentAt")).toString());
    QVERIFY(reply.json().value(QStringLiteral("nextCursor")).isNull());
}

void SandboxRoutesTest::chatPostFromBothSides()
{
    // A fan of its own bid: place, have the creator accept, then both write.
    const HttpReply placed = m_client->placeBid(
        m_fanToken, {{QStringLiteral("creator"), QStringLiteral("demo")},
                     {QStringLiteral("amount"), QStringLiteral("10.00")},
                     {QStringLiteral("asset"), QStringLiteral("USD")}});
    QCOMPARE(placed.status, 201);
    const QString id = placed.json().value(QStringLiteral("id")).toString();
    QCOMPARE(m_client->post(QStringLiteral("/v1/creator/bids/%1/accept").arg(id), {}, m_creatorToken,
                            newKey())
                 .status,
             200);

    const HttpReply fanMessage = m_client->post(
        QStringLiteral("/v1/bids/%1/messages").arg(id),
        toBytes({{QStringLiteral("text"), QStringLiteral("Thanks!")}}), m_fanToken, newKey());
    QCOMPARE(fanMessage.status, 201);
    QCOMPARE(fanMessage.json().value(QStringLiteral("sender")).toString(), QStringLiteral("fan"));
    QCOMPARE(fanMessage.json().value(QStringLiteral("senderName")).toString(),
             QStringLiteral("Route Tester"));

    const HttpReply creatorMessage = m_client->post(
        QStringLiteral("/v1/bids/%1/messages").arg(id),
        toBytes({{QStringLiteral("text"), QStringLiteral("See you soon.")}}), m_creatorToken, newKey());
    QCOMPARE(creatorMessage.status, 201);
    QCOMPARE(creatorMessage.json().value(QStringLiteral("sender")).toString(),
             QStringLiteral("creator"));

    const HttpReply fanView = m_client->get(QStringLiteral("/v1/bids/%1/messages").arg(id), m_fanToken);
    QCOMPARE(fanView.status, 200);
    QCOMPARE(fanView.json().value(QStringLiteral("items")).toArray().size(), 2);
}

void SandboxRoutesTest::chatClientIdReturnsFirstMessage()
{
    const QString id = allBids(QStringLiteral("&status=accepted")).first().toObject()
                           .value(QStringLiteral("id")).toString();
    const QString path = QStringLiteral("/v1/bids/%1/messages").arg(id);
    const HttpReply first = m_client->post(
        path, toBytes({{QStringLiteral("text"), QStringLiteral("Once")},
                       {QStringLiteral("clientId"), QStringLiteral("client-1")}}),
        m_creatorToken, newKey());
    QCOMPARE(first.status, 201);
    const HttpReply second = m_client->post(
        path, toBytes({{QStringLiteral("text"), QStringLiteral("Once, retried")},
                       {QStringLiteral("clientId"), QStringLiteral("client-1")}}),
        m_creatorToken, newKey());
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json(), first.json());

    int stored = 0;
    const HttpReply list = m_client->get(path + QStringLiteral("?limit=200"), m_creatorToken);
    for (const QJsonValue &item : list.json().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("clientId")).toString() == QLatin1String("client-1"))
            ++stored;
    }
    QCOMPARE(stored, 1);
}

void SandboxRoutesTest::chatPagesWithCursor()
{
    const QJsonArray accepted = allBids(QStringLiteral("&status=accepted"));
    const QString id = accepted.last().toObject().value(QStringLiteral("id")).toString();
    const QString path = QStringLiteral("/v1/bids/%1/messages").arg(id);

    const HttpReply firstPage = m_client->get(path + QStringLiteral("?limit=2"), m_creatorToken);
    QCOMPARE(firstPage.status, 200);
    QCOMPARE(firstPage.json().value(QStringLiteral("items")).toArray().size(), 2);
    const QString cursor = firstPage.json().value(QStringLiteral("nextCursor")).toString();
    QVERIFY(!cursor.isEmpty());

    const HttpReply secondPage = m_client->get(path + QStringLiteral("?limit=2&cursor=") + cursor,
                                               m_creatorToken);
    QCOMPARE(secondPage.status, 200);
    QVERIFY(!secondPage.json().value(QStringLiteral("items")).toArray().isEmpty());
}

void SandboxRoutesTest::fanSignInReusesFan()
{
    const auto signIn = [this]() {
        return m_client->post(QStringLiteral("/v1/fan/session"),
                              toBytes({{QStringLiteral("name"), QStringLiteral("Same Name")}}));
    };
    const HttpReply first = signIn();
    const HttpReply second = signIn();
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    const QJsonObject fan = first.json().value(QStringLiteral("fan")).toObject();
    QCOMPARE(fan.value(QStringLiteral("name")).toString(), QStringLiteral("Same Name"));
    QCOMPARE(second.json().value(QStringLiteral("fan")).toObject(), fan);
    QVERIFY(first.json().value(QStringLiteral("token")) != second.json().value(QStringLiteral("token")));
}

void SandboxRoutesTest::placeBidLocksEscrow()
{
    const HttpReply reply = m_client->placeBid(
        m_fanToken, {{QStringLiteral("creator"), QStringLiteral("demo")},
                     {QStringLiteral("amount"), QStringLiteral("1234.567890123456789012")},
                     {QStringLiteral("asset"), QStringLiteral("MESI")},
                     {QStringLiteral("note"), QStringLiteral("Exact to the last decimal")}});
    QCOMPARE(reply.status, 201);
    const QJsonObject bid = reply.json();
    QCOMPARE(bid.value(QStringLiteral("amount")).toString(), QStringLiteral("1234.567890123456789012"));
    QCOMPARE(bid.value(QStringLiteral("asset")).toString(), QStringLiteral("MESI"));
    QCOMPARE(bid.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(bid.value(QStringLiteral("escrow")).toString(), QStringLiteral("locked"));
    QCOMPARE(bid.value(QStringLiteral("creator")).toString(), QStringLiteral("demo"));
    QCOMPARE(bid.value(QStringLiteral("version")).toInteger(), 1);
    QCOMPARE(bid.value(QStringLiteral("fan")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Route Tester"));

    const HttpReply asCreator = m_client->get(
        QStringLiteral("/v1/creator/bids/") + bid.value(QStringLiteral("id")).toString(), m_creatorToken);
    QCOMPARE(asCreator.json(), bid);
}

void SandboxRoutesTest::unknownRouteIs404()
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/no/such/route"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.contentType, QByteArrayLiteral("application/json"));
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
}

void SandboxRoutesTest::wrongMethodIs405()
{
    const HttpReply reply = m_client->send(QByteArrayLiteral("DELETE"), QStringLiteral("/v1/health"),
                                           {}, {});
    QCOMPARE(reply.status, 405);
    QVERIFY(reply.error().value(QStringLiteral("message")).toString().contains(QLatin1String("GET")));
}

void SandboxRoutesTest::ledgerListsEntries()
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/sandbox/ledger"));
    QCOMPARE(reply.status, 200);
    const QJsonArray entries = reply.json().value(QStringLiteral("entries")).toArray();
    QVERIFY(entries.size() >= 13); // 12 seeded locks and the refund of the seeded rejection.
    const QJsonObject first = entries.first().toObject();
    for (const char *field : {"bidId", "asset", "amount", "kind", "at"})
        QVERIFY2(first.contains(QLatin1String(field)), field);
    const QJsonObject locked = reply.json().value(QStringLiteral("locked")).toObject();
    for (const char *asset : {"USD", "EUR", "USDC", "MESI"})
        QVERIFY2(locked.value(QLatin1String(asset)).isString(), asset);
}

QTEST_GUILESS_MAIN(SandboxRoutesTest)
#include "tst_sandbox_routes.moc"
