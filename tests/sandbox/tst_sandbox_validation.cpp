// Bad input on every route: each case checks the status, the error code and the field named.

#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

class SandboxValidationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void placeBidRejectsBadInput_data();
    void placeBidRejectsBadInput();
    void placeBidRejectsInvalidJson_data();
    void placeBidRejectsInvalidJson();
    void listBidsRejectsBadQuery_data();
    void listBidsRejectsBadQuery();
    void missingBearerTokenIs401_data();
    void missingBearerTokenIs401();
    void fanTokenOnCreatorRouteIs401();
    void creatorTokenCannotPlaceBid();
    void bidOfAnotherCreatorIs404();
    void acceptingRejectedBidIs409();
    void rejectReasonTooLong();
    void messageRejectsBadInput_data();
    void messageRejectsBadInput();
    void messageOnPendingBidIs409();
    void fanSignInRejectsBadName_data();
    void fanSignInRejectsBadName();

private:
    QString firstBidId(const QString &status);

    SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_creatorToken;
    QString m_fanToken;
};

void SandboxValidationTest::initTestCase()
{
    QCOMPARE(m_sandbox.start(), QString());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.server().url());
    m_creatorToken = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!m_creatorToken.isEmpty());
    m_fanToken = m_client->signInFan(QStringLiteral("Validation Fan"));
    QVERIFY(!m_fanToken.isEmpty());
}

void SandboxValidationTest::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
}

QString SandboxValidationTest::firstBidId(const QString &status)
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/creator/bids?status=") + status,
                                          m_creatorToken);
    const QJsonArray items = reply.json().value(QStringLiteral("items")).toArray();
    return items.isEmpty() ? QString() : items.first().toObject().value(QStringLiteral("id")).toString();
}

void SandboxValidationTest::placeBidRejectsBadInput_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const auto bid = [](const QJsonValue &amount, const QJsonValue &asset) {
        return QJsonObject{{QStringLiteral("creator"), QStringLiteral("demo")},
                           {QStringLiteral("amount"), amount},
                           {QStringLiteral("asset"), asset}};
    };
    const QString invalid = QStringLiteral("invalid_field");
    const QString amount = QStringLiteral("amount");

    QTest::newRow("USD with 3 decimals") << bid(QStringLiteral("1.001"), QStringLiteral("USD")) << 400 << invalid << amount;
    QTest::newRow("USDC with 7 decimals") << bid(QStringLiteral("0.0000001"), QStringLiteral("USDC")) << 400 << invalid << amount;
    QTest::newRow("MESI with 19 decimals") << bid(QStringLiteral("1.0000000000000000001"), QStringLiteral("MESI")) << 400 << invalid << amount;
    QTest::newRow("negative") << bid(QStringLiteral("-5.00"), QStringLiteral("USD")) << 400 << invalid << amount;
    QTest::newRow("zero") << bid(QStringLiteral("0.00"), QStringLiteral("USD")) << 400 << invalid << amount;
    QTest::newRow("zero without decimals") << bid(QStringLiteral("0"), QStringLiteral("EUR")) << 400 << invalid << amount;
    QTest::newRow("a trillion dollars") << bid(QStringLiteral("1000000000000.00"), QStringLiteral("USD")) << 400 << invalid << amount;
    QTest::newRow("32 integer digits") << bid(QString(32, QLatin1Char('9')), QStringLiteral("MESI")) << 400 << invalid << amount;
    QTest::newRow("JSON number") << bid(120, QStringLiteral("USD")) << 400 << invalid << amount;
    QTest::newRow("exponent") << bid(QStringLiteral("1e3"), QStringLiteral("USD")) << 400 << invalid << amount;
    QTest::newRow("grouping comma") << bid(QStringLiteral("1,000.00"), QStringLiteral("USD")) << 400 << invalid << amount;
    QTest::newRow("empty amount") << bid(QStringLiteral(""), QStringLiteral("USD")) << 400 << invalid << amount;
    QTest::newRow("unknown asset") << bid(QStringLiteral("10.00"), QStringLiteral("BTC")) << 400 << invalid << QStringLiteral("asset");
    QTest::newRow("lower-case asset") << bid(QStringLiteral("10.00"), QStringLiteral("usd")) << 400 << invalid << QStringLiteral("asset");

    QJsonObject missingAmount = bid(QStringLiteral("1.00"), QStringLiteral("USD"));
    missingAmount.remove(amount);
    QTest::newRow("missing amount") << missingAmount << 400 << QStringLiteral("missing_field") << amount;

    QJsonObject unknownCreator = bid(QStringLiteral("10.00"), QStringLiteral("USD"));
    unknownCreator.insert(QStringLiteral("creator"), QStringLiteral("nobody-here"));
    QTest::newRow("unknown creator") << unknownCreator << 404 << QStringLiteral("not_found") << QStringLiteral("creator");

    QJsonObject paused = bid(QStringLiteral("10.00"), QStringLiteral("USD"));
    paused.insert(QStringLiteral("creator"), QStringLiteral("paused"));
    QTest::newRow("creator not accepting") << paused << 409 << QStringLiteral("creator_not_accepting") << QStringLiteral("creator");

    QJsonObject longNote = bid(QStringLiteral("10.00"), QStringLiteral("USD"));
    longNote.insert(QStringLiteral("note"), QString(1001, QLatin1Char('n')));
    QTest::newRow("note too long") << longNote << 400 << invalid << QStringLiteral("note");

    QJsonObject numberNote = bid(QStringLiteral("10.00"), QStringLiteral("USD"));
    numberNote.insert(QStringLiteral("note"), 5);
    QTest::newRow("note not a string") << numberNote << 400 << invalid << QStringLiteral("note");
}

void SandboxValidationTest::placeBidRejectsBadInput()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);

    const HttpReply before = m_client->get(QStringLiteral("/v1/sandbox/ledger"));
    const HttpReply reply = m_client->placeBid(m_fanToken, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(), code);
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), field);
    QVERIFY(!reply.error().value(QStringLiteral("message")).toString().isEmpty());

    const HttpReply after = m_client->get(QStringLiteral("/v1/sandbox/ledger"));
    QCOMPARE(after.body, before.body);
}

void SandboxValidationTest::placeBidRejectsInvalidJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArrayLiteral("{\"creator\": \"demo\", ");
    QTest::newRow("array") << QByteArrayLiteral("[1, 2]");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArrayLiteral("creator=demo");
}

void SandboxValidationTest::placeBidRejectsInvalidJson()
{
    QFETCH(QByteArray, body);
    const HttpReply reply = m_client->post(QStringLiteral("/v1/fan/bids"), body, m_fanToken, newKey());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_json"));
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), QStringLiteral("body"));
}

void SandboxValidationTest::listBidsRejectsBadQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown status") << QStringLiteral("status=open") << QStringLiteral("status");
    QTest::newRow("limit zero") << QStringLiteral("limit=0") << QStringLiteral("limit");
    QTest::newRow("limit too large") << QStringLiteral("limit=201") << QStringLiteral("limit");
    QTest::newRow("limit not a number") << QStringLiteral("limit=ten") << QStringLiteral("limit");
    QTest::newRow("cursor garbage") << QStringLiteral("cursor=%21%21") << QStringLiteral("cursor");
    QTest::newRow("cursor of a chat") << QStringLiteral("cursor=bWVzc2FnZXM6Mw") << QStringLiteral("cursor");
}

void SandboxValidationTest::listBidsRejectsBadQuery()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpReply reply = m_client->get(QStringLiteral("/v1/creator/bids?") + query, m_creatorToken);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_field"));
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), field);
}

void SandboxValidationTest::missingBearerTokenIs401_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::newRow("list without token") << QByteArrayLiteral("GET") << QStringLiteral("/v1/creator/bids") << QString();
    QTest::newRow("list with unknown token") << QByteArrayLiteral("GET") << QStringLiteral("/v1/creator/bids") << QStringLiteral("f00d");
    QTest::newRow("place bid without token") << QByteArrayLiteral("POST") << QStringLiteral("/v1/fan/bids") << QString();
    QTest::newRow("chat without token") << QByteArrayLiteral("GET") << QStringLiteral("/v1/bids/bid_x/messages") << QString();
}

void SandboxValidationTest::missingBearerTokenIs401()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, token);

    QList<QPair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("Idempotency-Key"), newKey()}};
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toLatin1()});
    const HttpReply reply = m_client->send(method, path, QByteArrayLiteral("{}"), headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), QStringLiteral("Authorization"));
}

void SandboxValidationTest::fanTokenOnCreatorRouteIs401()
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/creator/bids"), m_fanToken);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), QStringLiteral("Authorization"));
}

void SandboxValidationTest::creatorTokenCannotPlaceBid()
{
    const HttpReply reply = m_client->placeBid(
        m_creatorToken, {{QStringLiteral("creator"), QStringLiteral("demo")},
                         {QStringLiteral("amount"), QStringLiteral("1.00")},
                         {QStringLiteral("asset"), QStringLiteral("USD")}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
}

void SandboxValidationTest::bidOfAnotherCreatorIs404()
{
    const QString demoBid = firstBidId(QStringLiteral("pending"));
    QVERIFY(!demoBid.isEmpty());
    const QString pausedToken = m_client->signInCreator(QStringLiteral("paused"), QStringLiteral("paused"));
    QVERIFY(!pausedToken.isEmpty());

    const HttpReply read = m_client->get(QStringLiteral("/v1/creator/bids/") + demoBid, pausedToken);
    QCOMPARE(read.status, 404);
    QCOMPARE(read.error().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    QCOMPARE(read.error().value(QStringLiteral("field")).toString(), QStringLiteral("bidId"));

    const HttpReply accept = m_client->post(QStringLiteral("/v1/creator/bids/%1/accept").arg(demoBid),
                                            {}, pausedToken, newKey());
    QCOMPARE(accept.status, 404);
    const HttpReply chat = m_client->get(QStringLiteral("/v1/bids/%1/messages").arg(demoBid), pausedToken);
    QCOMPARE(chat.status, 404);
    const HttpReply stillPending = m_client->get(QStringLiteral("/v1/creator/bids/") + demoBid,
                                                 m_creatorToken);
    QCOMPARE(stillPending.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
}

void SandboxValidationTest::acceptingRejectedBidIs409()
{
    const QString rejected = firstBidId(QStringLiteral("rejected"));
    QVERIFY(!rejected.isEmpty());
    const HttpReply reply = m_client->post(QStringLiteral("/v1/creator/bids/%1/accept").arg(rejected),
                                           {}, m_creatorToken, newKey());
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_transition"));
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), QStringLiteral("status"));
    const QString message = reply.error().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QLatin1String("'rejected'")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("'accepted'")), qPrintable(message));
}

void SandboxValidationTest::rejectReasonTooLong()
{
    const QString pending = firstBidId(QStringLiteral("pending"));
    const HttpReply reply = m_client->post(
        QStringLiteral("/v1/creator/bids/%1/reject").arg(pending),
        toBytes({{QStringLiteral("reason"), QString(501, QLatin1Char('r'))}}), m_creatorToken, newKey());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
    const HttpReply bid = m_client->get(QStringLiteral("/v1/creator/bids/") + pending, m_creatorToken);
    QCOMPARE(bid.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
}

void SandboxValidationTest::messageRejectsBadInput_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing text") << QJsonObject{} << QStringLiteral("missing_field") << QStringLiteral("text");
    QTest::newRow("blank text") << QJsonObject{{QStringLiteral("text"), QStringLiteral("  ")}}
                                << QStringLiteral("invalid_field") << QStringLiteral("text");
    QTest::newRow("text too long") << QJsonObject{{QStringLiteral("text"), QString(4001, QLatin1Char('t'))}}
                                   << QStringLiteral("invalid_field") << QStringLiteral("text");
    QTest::newRow("empty clientId") << QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")},
                                                   {QStringLiteral("clientId"), QString()}}
                                    << QStringLiteral("invalid_field") << QStringLiteral("clientId");
}

void SandboxValidationTest::messageRejectsBadInput()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QString accepted = firstBidId(QStringLiteral("accepted"));
    const HttpReply reply = m_client->post(QStringLiteral("/v1/bids/%1/messages").arg(accepted),
                                           toBytes(body), m_creatorToken, newKey());
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(), code);
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), field);
}

void SandboxValidationTest::messageOnPendingBidIs409()
{
    const QString pending = firstBidId(QStringLiteral("pending"));
    const HttpReply reply = m_client->post(QStringLiteral("/v1/bids/%1/messages").arg(pending),
                                           toBytes({{QStringLiteral("text"), QStringLiteral("Too early")}}),
                                           m_creatorToken, newKey());
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(), QStringLiteral("conflict"));
    QVERIFY(reply.error().value(QStringLiteral("message")).toString().contains(QLatin1String("pending")));
}

void SandboxValidationTest::fanSignInRejectsBadName_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QJsonObject{{QStringLiteral("name"), QString()}} << QStringLiteral("invalid_field");
    QTest::newRow("spaces") << QJsonObject{{QStringLiteral("name"), QStringLiteral("   ")}} << QStringLiteral("invalid_field");
    QTest::newRow("65 characters") << QJsonObject{{QStringLiteral("name"), QString(65, QLatin1Char('a'))}}
                                   << QStringLiteral("invalid_field");
    QTest::newRow("missing") << QJsonObject{} << QStringLiteral("missing_field");
}

void SandboxValidationTest::fanSignInRejectsBadName()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    const HttpReply reply = m_client->post(QStringLiteral("/v1/fan/session"), toBytes(body));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error().value(QStringLiteral("code")).toString(), code);
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), QStringLiteral("name"));
}

QTEST_GUILESS_MAIN(SandboxValidationTest)
#include "tst_sandbox_validation.moc"
