#include "api/apiclient.h"
#include "sync/bidrepository.h"
#include "sync/chatrepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace mesi;

namespace {

Bid makeBid(const QString &id, qint64 version, BidStatus status)
{
    Bid bid;
    bid.id = id;
    bid.creatorHandle = QStringLiteral("demo");
    bid.fanId = QStringLiteral("fan_1");
    bid.fanName = QStringLiteral("Ana");
    bid.amount = Money::parse(QStringLiteral("10.00"), QStringLiteral("USD")).value();
    bid.status = status;
    bid.escrow = escrowStateFor(status);
    bid.version = version;
    bid.createdAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    bid.updatedAt = bid.createdAt;
    return bid;
}

ChatMessage makeMessage(const QString &id, const QDateTime &sentAt)
{
    ChatMessage message;
    message.id = id;
    message.bidId = QStringLiteral("bid_1");
    message.text = id;
    message.sentAt = sentAt;
    return message;
}

} // namespace

class TestSessionLogic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseUrl_data();
    void baseUrl();
    void baseUrlDropsTrailingSlash();
    void eventsUrlFollowsScheme();
    void repeatedEventChangesNothing();
    void olderVersionIgnored();
    void chatOrderedByServerTime();
    void chatMessageStoredOnce();
};

void TestSessionLogic::baseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("https remote") << "https://api.mesi.example" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8787" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8787" << true;
    QTest::newRow("http localhost") << "http://localhost:8787/" << true;
    QTest::newRow("http loopback range") << "http://127.1.2.3:8787" << true;
    QTest::newRow("http localhost upper case") << "http://LOCALHOST:8787" << true;
    QTest::newRow("http localhost lookalike") << "http://localhost.mesi.example" << false;
    QTest::newRow("http loopback lookalike") << "http://127.0.0.1.mesi.example" << false;
    QTest::newRow("ws loopback") << "ws://127.0.0.1:8787" << false;
    QTest::newRow("http remote") << "http://api.mesi.example" << false;
    QTest::newRow("http private range") << "http://192.168.1.20:8787" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("garbage") << "not a url" << false;
    QTest::newRow("no host") << "https://" << false;
}

void TestSessionLogic::baseUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);

    const Result<QUrl> url = api::validateBaseUrl(text);
    QCOMPARE(url.ok(), accepted);
    if (!accepted) {
        QVERIFY2(url.error().message.contains(text), qPrintable(url.error().message));
        QCOMPARE(url.error().field, QStringLiteral("api-url"));
    }
}

void TestSessionLogic::baseUrlDropsTrailingSlash()
{
    const Result<QUrl> root = api::validateBaseUrl(QStringLiteral("http://127.0.0.1:8787/"));
    QVERIFY(root.ok());
    QCOMPARE(root->toString(), QStringLiteral("http://127.0.0.1:8787"));
    QCOMPARE(api::eventsUrl(root.value()), QUrl(QStringLiteral("ws://127.0.0.1:8787/v1/events")));

    const Result<QUrl> prefixed = api::validateBaseUrl(QStringLiteral("https://mesi.example/api/"));
    QVERIFY(prefixed.ok());
    QCOMPARE(prefixed->toString(), QStringLiteral("https://mesi.example/api"));
}

void TestSessionLogic::eventsUrlFollowsScheme()
{
    QCOMPARE(api::eventsUrl(QUrl(QStringLiteral("https://api.mesi.example"))),
             QUrl(QStringLiteral("wss://api.mesi.example/v1/events")));
    QCOMPARE(api::eventsUrl(QUrl(QStringLiteral("http://127.0.0.1:8787"))),
             QUrl(QStringLiteral("ws://127.0.0.1:8787/v1/events")));
}

void TestSessionLogic::repeatedEventChangesNothing()
{
    sync::BidRepository repository;
    QSignalSpy added(&repository, &sync::BidRepository::bidAdded);
    QSignalSpy changed(&repository, &sync::BidRepository::bidChanged);

    QVERIFY(repository.apply(makeBid(QStringLiteral("bid_1"), 1, BidStatus::Pending)));
    QVERIFY(!repository.apply(makeBid(QStringLiteral("bid_1"), 1, BidStatus::Pending)));
    QVERIFY(repository.apply(makeBid(QStringLiteral("bid_1"), 2, BidStatus::Accepted)));
    QVERIFY(!repository.apply(makeBid(QStringLiteral("bid_1"), 2, BidStatus::Accepted)));

    QCOMPARE(added.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(repository.size(), 1);
    QCOMPARE(repository.find(QStringLiteral("bid_1"))->status, BidStatus::Accepted);
}

void TestSessionLogic::olderVersionIgnored()
{
    sync::BidRepository repository;
    QVERIFY(repository.apply(makeBid(QStringLiteral("bid_1"), 5, BidStatus::Rejected)));
    QVERIFY(!repository.apply(makeBid(QStringLiteral("bid_1"), 4, BidStatus::Pending)));
    QCOMPARE(repository.find(QStringLiteral("bid_1"))->status, BidStatus::Rejected);
}

void TestSessionLogic::chatOrderedByServerTime()
{
    sync::ChatRepository chats;
    const QDateTime base(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
    chats.add(makeMessage(QStringLiteral("msg_3"), base.addSecs(30)));
    chats.add(makeMessage(QStringLiteral("msg_1"), base));
    chats.add(makeMessage(QStringLiteral("msg_2"), base.addSecs(10)));
    chats.add(makeMessage(QStringLiteral("msg_0"), base.addSecs(10)));

    const QList<ChatMessage> messages = chats.messages(QStringLiteral("bid_1"));
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(0).id, QStringLiteral("msg_1"));
    QCOMPARE(messages.at(1).id, QStringLiteral("msg_0"));
    QCOMPARE(messages.at(2).id, QStringLiteral("msg_2"));
    QCOMPARE(messages.at(3).id, QStringLiteral("msg_3"));
}

void TestSessionLogic::chatMessageStoredOnce()
{
    sync::ChatRepository chats;
    QSignalSpy added(&chats, &sync::ChatRepository::messageAdded);
    const QDateTime at(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);

    QCOMPARE(chats.add(makeMessage(QStringLiteral("msg_1"), at)), 0);
    QCOMPARE(chats.add(makeMessage(QStringLiteral("msg_1"), at)), -1);
    QCOMPARE(chats.messages(QStringLiteral("bid_1")).size(), 1);
    QCOMPARE(added.count(), 1);
}

QTEST_GUILESS_MAIN(TestSessionLogic)
#include "tst_sessionlogic.moc"
