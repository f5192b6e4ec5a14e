// The events WebSocket: hello, ready, replay, live events, resync and close codes.

#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>

namespace {

/// A WebSocket client that records every text message and the close code.
class EventsClient : public QObject
{
public:
    explicit EventsClient(const QUrl &httpUrl, const QString &path = QStringLiteral("/v1/events"))
    {
        QUrl url = httpUrl;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(path);
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this]() { closed = true; });
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(url);
        connected.wait(5000);
    }

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QString &text) { m_socket.sendTextMessage(text); }
    void sendHello(const QString &token, qint64 after)
    {
        send(QString::fromUtf8(toBytes({{QStringLiteral("type"), QStringLiteral("hello")},
                                        {QStringLiteral("token"), token},
                                        {QStringLiteral("after"), after}})));
    }
    int closeCode() const { return int(m_socket.closeCode()); }

    QList<QJsonObject> messages;
    bool closed = false;

private:
    QWebSocket m_socket;
};

QString typeOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("type")).toString();
}

qint64 seqOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("seq")).toInteger();
}

} // namespace

class SandboxEventsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void helloGetsReadyWithNewestSeq();
    void newBidArrivesAsBidCreated();
    void acceptArrivesAsBidUpdated();
    void chatMessageArrivesAsMessageCreated();
    void resumeReplaysMissedEventsInOrder();
    void afterBeyondNewestResyncs();
    void badTokenCloses4401_data();
    void badTokenCloses4401();
    void malformedHelloCloses4400_data();
    void malformedHelloCloses4400();
    void otherPathIsClosed();
    void demoFanBidArrivesLive();

private:
    qint64 listedEventSeq();
    QString placeBid();

    SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_creatorToken;
    QString m_fanToken;
};

void SandboxEventsTest::initTestCase()
{
    QCOMPARE(m_sandbox.start(), QString());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.server().url());
    m_creatorToken = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!m_creatorToken.isEmpty());
    m_fanToken = m_client->signInFan(QStringLiteral("Events Fan"));
    QVERIFY(!m_fanToken.isEmpty());
}

void SandboxEventsTest::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
}

qint64 SandboxEventsTest::listedEventSeq()
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/creator/bids?limit=1"), m_creatorToken);
    return reply.json().value(QStringLiteral("eventSeq")).toInteger(-1);
}

QString SandboxEventsTest::placeBid()
{
    const HttpReply reply = m_client->placeBid(m_fanToken, {{QStringLiteral("creator"), QStringLiteral("demo")},
                                                            {QStringLiteral("amount"), QStringLiteral("12.00")},
                                                            {QStringLiteral("asset"), QStringLiteral("USD")}});
    return reply.json().value(QStringLiteral("id")).toString();
}

void SandboxEventsTest::helloGetsReadyWithNewestSeq()
{
    const qint64 newest = listedEventSeq();
    QVERIFY(newest >= 20);

    EventsClient events(m_sandbox.server().url());
    QVERIFY(events.isOpen());
    events.sendHello(m_creatorToken, newest);
    QTRY_COMPARE(events.messages.size(), 1);
    QCOMPARE(typeOf(events.messages.first()), QStringLiteral("ready"));
    QCOMPARE(seqOf(events.messages.first()), newest);
}

void SandboxEventsTest::newBidArrivesAsBidCreated()
{
    const qint64 newest = listedEventSeq();
    EventsClient events(m_sandbox.server().url());
    events.sendHello(m_creatorToken, newest);
    QTRY_COMPARE(events.messages.size(), 1);

    const QString id = placeBid();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(events.messages.size(), 2);
    const QJsonObject event = events.messages.at(1);
    QCOMPARE(typeOf(event), QStringLiteral("bid.created"));
    QCOMPARE(seqOf(event), newest + 1);
    QVERIFY(!event.value(QStringLiteral("occurredAt")).toString().isEmpty());
    const QJsonObject bid = event.value(QStringLiteral("data")).toObject();
    QCOMPARE(bid.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(bid.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
}

void SandboxEventsTest::acceptArrivesAsBidUpdated()
{
    const QString id = placeBid();
    EventsClient events(m_sandbox.server().url());
    events.sendHello(m_creatorToken, listedEventSeq());
    QTRY_COMPARE(events.messages.size(), 1);

    QCOMPARE(m_client->post(QStringLiteral("/v1/creator/bids/%1/accept").arg(id), {}, m_creatorToken, newKey())
                 .status,
             200);
    QTRY_COMPARE(events.messages.size(), 2);
    QCOMPARE(typeOf(events.messages.at(1)), QStringLiteral("bid.updated"));
    QCOMPARE(events.messages.at(1).value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("accepted"));
}

void SandboxEventsTest::chatMessageArrivesAsMessageCreated()
{
    const QString id = placeBid();
    QCOMPARE(m_client->post(QStringLiteral("/v1/creator/bids/%1/accept").arg(id), {}, m_creatorToken, newKey())
                 .status,
             200);
    EventsClient events(m_sandbox.server().url());
    events.sendHello(m_creatorToken, listedEventSeq());
    QTRY_COMPARE(events.messages.size(), 1);

    const HttpReply sent = m_client->post(QStringLiteral("/v1/bids/%1/messages").arg(id),
                                          toBytes({{QStringLiteral("text"), QStringLiteral("From the fan")}}),
                                          m_fanToken, newKey());
    QCOMPARE(sent.status, 201);
    QTRY_COMPARE(events.messages.size(), 2);
    QCOMPARE(typeOf(events.messages.at(1)), QStringLiteral("message.created"));
    QCOMPARE(events.messages.at(1).value(QStringLiteral("data")).toObject(), sent.json());
}

void SandboxEventsTest::resumeReplaysMissedEventsInOrder()
{
    const qint64 before = listedEventSeq();
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(placeBid());

    EventsClient events(m_sandbox.server().url());
    events.sendHello(m_creatorToken, before);
    QTRY_COMPARE(events.messages.size(), 4);
    QCOMPARE(typeOf(events.messages.at(0)), QStringLiteral("ready"));
    QCOMPARE(seqOf(events.messages.at(0)), before + 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject event = events.messages.at(i + 1);
        QCOMPARE(typeOf(event), QStringLiteral("bid.created"));
        QCOMPARE(seqOf(event), before + 1 + i);
        QCOMPARE(event.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString(), ids.at(i));
    }

    // Nothing beyond the missed events may follow.
    const HttpReply health = m_client->get(QStringLiteral("/v1/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(events.messages.size(), 4);
}

void SandboxEventsTest::afterBeyondNewestResyncs()
{
    const qint64 newest = listedEventSeq();
    EventsClient events(m_sandbox.server().url());
    events.sendHello(m_creatorToken, newest + 5);
    QTRY_VERIFY(events.closed);
    QCOMPARE(events.messages.size(), 1);
    QCOMPARE(typeOf(events.messages.first()), QStringLiteral("resync"));
    QCOMPARE(seqOf(events.messages.first()), newest);
    QCOMPARE(events.closeCode(), int(QWebSocketProtocol::CloseCodeNormal));
}

void SandboxEventsTest::badTokenCloses4401_data()
{
    QTest::addColumn<QString>("hello");
    QTest::newRow("unknown token")
        << QStringLiteral(R"({"type":"hello","token":"0123456789abcdef","after":0})");
    QTest::newRow("missing token") << QStringLiteral(R"({"type":"hello","after":0})");
    QTest::newRow("empty token") << QStringLiteral(R"({"type":"hello","token":"","after":0})");
    QTest::newRow("fan token") << QString(); // Filled in with the fan's token below.
}

void SandboxEventsTest::badTokenCloses4401()
{
    QFETCH(QString, hello);
    if (hello.isEmpty()) {
        hello = QString::fromUtf8(toBytes({{QStringLiteral("type"), QStringLiteral("hello")},
                                           {QStringLiteral("token"), m_fanToken},
                                           {QStringLiteral("after"), 0}}));
    }
    EventsClient events(m_sandbox.server().url());
    QVERIFY(events.isOpen());
    events.send(hello);
    QTRY_VERIFY(events.closed);
    QCOMPARE(events.closeCode(), 4401);
    QVERIFY(events.messages.isEmpty());
}

void SandboxEventsTest::malformedHelloCloses4400_data()
{
    QTest::addColumn<QString>("hello");
    QTest::newRow("not JSON") << QStringLiteral("hello there");
    QTest::newRow("JSON array") << QStringLiteral("[1]");
    QTest::newRow("wrong type") << QStringLiteral(R"({"type":"hi","token":"x","after":0})");
    QTest::newRow("missing after") << QStringLiteral(R"({"type":"hello","token":"x"})");
    QTest::newRow("negative after") << QStringLiteral(R"({"type":"hello","token":"x","after":-1})");
    QTest::newRow("fractional after") << QStringLiteral(R"({"type":"hello","token":"x","after":1.5})");
    QTest::newRow("after as string") << QStringLiteral(R"({"type":"hello","token":"x","after":"3"})");
}

void SandboxEventsTest::malformedHelloCloses4400()
{
    QFETCH(QString, hello);
    EventsClient events(m_sandbox.server().url());
    QVERIFY(events.isOpen());
    events.send(hello);
    QTRY_VERIFY(events.closed);
    QCOMPARE(events.closeCode(), 4400);
}

void SandboxEventsTest::otherPathIsClosed()
{
    EventsClient events(m_sandbox.server().url(), QStringLiteral("/v1/other"));
    QTRY_VERIFY(events.closed);
    QCOMPARE(events.closeCode(), int(QWebSocketProtocol::CloseCodePolicyViolated));
}

void SandboxEventsTest::demoFanBidArrivesLive()
{
    SandboxFixture busy;
    QCOMPARE(busy.start(true, 1), QString());
    SandboxTestClient client(busy.server().url());
    const QString token = client.signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    const qint64 newest = client.get(QStringLiteral("/v1/creator/bids?limit=1"), token)
                              .json()
                              .value(QStringLiteral("eventSeq"))
                              .toInteger();

    EventsClient events(busy.server().url());
    events.sendHello(token, newest);
    QTRY_VERIFY_WITH_TIMEOUT(events.messages.size() >= 2, 5000);
    const QJsonObject event = events.messages.at(1);
    QCOMPARE(typeOf(event), QStringLiteral("bid.created"));
    QCOMPARE(seqOf(event), newest + 1);

    const QString id = event.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
    const HttpReply ledger = client.get(QStringLiteral("/v1/sandbox/ledger"));
    bool locked = false;
    for (const QJsonValue &entry : ledger.json().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject object = entry.toObject();
        if (object.value(QStringLiteral("bidId")).toString() == id
            && object.value(QStringLiteral("kind")).toString() == QLatin1String("lock")) {
            locked = true;
        }
    }
    QVERIFY(locked);
}

QTEST_GUILESS_MAIN(SandboxEventsTest)
#include "tst_sandbox_events.moc"
