#include "contract/codec.h"
#include "contract/eventframe.h"
#include "contract/wire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mesi;

namespace {

QJsonObject validBid(const QString &id)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("creator"), QStringLiteral("demo")},
        {QStringLiteral("fan"), QJsonObject{{QStringLiteral("id"), QStringLiteral("fan_1")},
                                            {QStringLiteral("name"), QStringLiteral("Ana")}}},
        {QStringLiteral("amount"), QStringLiteral("12.50")},
        {QStringLiteral("asset"), QStringLiteral("EUR")},
        {QStringLiteral("status"), QStringLiteral("pending")},
        {QStringLiteral("escrow"), QStringLiteral("locked")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("createdAt"), QStringLiteral("2026-12-04T10:00:00.000Z")},
        {QStringLiteral("updatedAt"), QStringLiteral("2026-12-04T10:00:00.000Z")},
    };
}

QJsonObject validMessage(const QString &text)
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("msg_1")},
        {QStringLiteral("bidId"), QStringLiteral("bid_1")},
        {QStringLiteral("sender"), QStringLiteral("fan")},
        {QStringLiteral("senderName"), QStringLiteral("Ana")},
        {QStringLiteral("text"), text},
        {QStringLiteral("sentAt"), QStringLiteral("2026-12-04T10:00:00.000Z")},
    };
}

QJsonObject pageOf(qsizetype count, const QJsonValue &item)
{
    QJsonArray items;
    for (qsizetype i = 0; i < count; ++i)
        items.append(item);
    return QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("eventSeq"), 1}};
}

QByteArray nested(int depth)
{
    return QByteArray("{\"a\":") + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
}

} // namespace

class TestInputLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageAtLimitRead();
    void bidPageOverLimitRejected();
    void messagePageOverLimitRejected();
    void chatTextOverLimitRejected();
    void bidFieldsOverLimitRejected_data();
    void bidFieldsOverLimitRejected();
    void deepNestingRejected();
    void invalidUtf8Rejected();
    void escapedLoneSurrogateRead();
    void hugeIntegerRejected();
    void fuzzInputHugeVersion();
    void fuzzInputEventEmptyType();
    void eventFrameOverLimitRejected();
    void eventFrameNotJson();
    void eventFrameKinds();
};

void TestInputLimits::pageAtLimitRead()
{
    const Result<contract::BidPage> page =
        contract::bidPageFromJson(pageOf(contract::MaxPageSize, validBid(QStringLiteral("b1"))));

    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
    QCOMPARE(page->bids.size(), qsizetype(contract::MaxPageSize));
}

void TestInputLimits::bidPageOverLimitRejected()
{
    // Items need not be valid: the count alone rejects the page before any item is read.
    const Result<contract::BidPage> page =
        contract::bidPageFromJson(pageOf(1'000'000, QJsonValue(0)));

    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, ErrorCode::Protocol);
    QCOMPARE(page.error().field, QStringLiteral("items"));
    QVERIFY2(page.error().message.contains(QStringLiteral("1000000 items")), qPrintable(page.error().message));
    QVERIFY2(page.error().message.contains(QStringLiteral("200")), qPrintable(page.error().message));
}

void TestInputLimits::messagePageOverLimitRejected()
{
    const Result<contract::MessagePage> page =
        contract::messagePageFromJson(pageOf(contract::MaxPageSize + 1, validMessage(QStringLiteral("hi"))));

    QVERIFY(!page.ok());
    QVERIFY2(page.error().message.contains(QStringLiteral("message list has 201 items")),
             qPrintable(page.error().message));
}

void TestInputLimits::chatTextOverLimitRejected()
{
    const QString atLimit(contract::MaxMessageLength, QLatin1Char('x'));
    QVERIFY(contract::chatMessageFromJson(validMessage(atLimit)).ok());

    // A 10 MB chat message, as a hostile server might send it.
    const QString huge(10 * 1024 * 1024, QLatin1Char('x'));
    const Result<ChatMessage> message = contract::chatMessageFromJson(validMessage(huge));

    QVERIFY(!message.ok());
    QCOMPARE(message.error().field, QStringLiteral("text"));
    QVERIFY2(message.error().message.contains(QStringLiteral("message 'msg_1'")),
             qPrintable(message.error().message));
    QVERIFY2(message.error().message.contains(QStringLiteral("10485760 characters")),
             qPrintable(message.error().message.left(200)));
}

void TestInputLimits::bidFieldsOverLimitRejected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("limit");

    QTest::newRow("note") << QStringLiteral("note") << contract::MaxNoteLength;
    QTest::newRow("reject reason") << QStringLiteral("rejectReason") << contract::MaxRejectReasonLength;
    QTest::newRow("fan name") << QStringLiteral("name") << contract::MaxFanNameLength;
}

void TestInputLimits::bidFieldsOverLimitRejected()
{
    QFETCH(QString, field);
    QFETCH(int, limit);

    const auto bidWith = [&](qsizetype length) {
        QJsonObject bid = validBid(QStringLiteral("b7"));
        const QString value(length, QChar(0x05D0)); // HEBREW LETTER ALEF
        if (field == QLatin1String("name")) {
            bid.insert(QStringLiteral("fan"), QJsonObject{{QStringLiteral("id"), QStringLiteral("f")},
                                                          {QStringLiteral("name"), value}});
        } else {
            bid.insert(field, value);
        }
        return contract::bidFromJson(bid);
    };

    QVERIFY(bidWith(limit).ok());
    const Result<Bid> over = bidWith(limit + 1);
    QVERIFY(!over.ok());
    QCOMPARE(over.error().field, field);
    QVERIFY2(over.error().message.contains(QStringLiteral("bid 'b7'")), qPrintable(over.error().message));
    QVERIFY2(over.error().message.contains(QString::number(limit)), qPrintable(over.error().message));
}

void TestInputLimits::deepNestingRejected()
{
    // Qt's JSON parser stops at its own nesting limit instead of recursing without bound.
    QVERIFY(contract::parseObject(nested(500), QStringLiteral("the body")).ok());

    const Result<QJsonObject> deep = contract::parseObject(nested(100'000), QStringLiteral("the body"));

    QVERIFY(!deep.ok());
    QCOMPARE(deep.error().code, ErrorCode::Protocol);
    QVERIFY2(deep.error().message.contains(QStringLiteral("the body is not valid JSON")),
             qPrintable(deep.error().message));
    QVERIFY2(deep.error().message.contains(QStringLiteral("deep"), Qt::CaseInsensitive),
             qPrintable(deep.error().message));
}

void TestInputLimits::invalidUtf8Rejected()
{
    // Invalid UTF-8 in a name rejects the whole body, naming the byte, rather than guessing.
    const QByteArray body = "{\"items\":[],\"eventSeq\":1,\"name\":\"Ana\xC3\x28\"}";

    const Result<QJsonObject> object = contract::parseObject(body, QStringLiteral("the bid list"));

    QVERIFY(!object.ok());
    QVERIFY2(object.error().message.contains(QStringLiteral("the bid list is not valid JSON")),
             qPrintable(object.error().message));
    QVERIFY2(object.error().message.contains(QStringLiteral("UTF8"), Qt::CaseInsensitive),
             qPrintable(object.error().message));
}

void TestInputLimits::escapedLoneSurrogateRead()
{
    // "\ud800" is valid JSON but not valid UTF-16 text. The reader keeps it, and the display
    // helpers replace it with U+FFFD before it is shown.
    const Result<QJsonObject> object = contract::parseObject(
        QByteArrayLiteral("{\"text\":\"a\\ud800b\"}"), QStringLiteral("the message"));

    QVERIFY(object.ok());
    QCOMPARE(object->value(QStringLiteral("text")).toString().size(), 3);
}

void TestInputLimits::hugeIntegerRejected()
{
    QJsonObject bid = validBid(QStringLiteral("b9"));
    bid.insert(QStringLiteral("version"), 1e300);

    const Result<Bid> read = contract::bidFromJson(bid);

    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, QStringLiteral("version"));
    QVERIFY2(read.error().message.contains(QStringLiteral("whole number")), qPrintable(read.error().message));
}

void TestInputLimits::fuzzInputHugeVersion()
{
    // A hand-made fuzz_apijson input (first byte 1 selects the bid reader) with "version": 1e300.
    // JsonReader::integer() converted it to qint64, which is undefined behaviour that UBSan reports.
    QFile file(QFINDTESTDATA("../data/fuzz/apijson-version-1e300.bin"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    QCOMPARE(input.at(0), '\x01');

    const Result<QJsonObject> object = contract::parseObject(input.mid(1), QStringLiteral("input"));
    QVERIFY(object.ok());
    const Result<Bid> bid = contract::bidFromJson(object.value());

    QVERIFY(!bid.ok());
    QCOMPARE(bid.error().field, QStringLiteral("version"));
}

void TestInputLimits::fuzzInputEventEmptyType()
{
    // The fuzz_events input with "type": "" that the reader accepted, so the event's type
    // name read back from its own JSON as "unknown".
    QFile file(QFINDTESTDATA("../data/fuzz/events-empty-type.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));

    const Result<contract::ServerMessage> message =
        contract::readServerMessage(QString::fromUtf8(file.readAll()));

    QVERIFY(!message.ok());
    QCOMPARE(message.error().field, QStringLiteral("type"));
    QVERIFY2(message.error().message.contains(QStringLiteral("'type' is empty")),
             qPrintable(message.error().message));
}

void TestInputLimits::eventFrameOverLimitRejected()
{
    const QString frame = QStringLiteral("{\"type\":\"bid.created\",\"pad\":\"%1\"}")
                              .arg(QString(contract::MaxEventFrameBytes, QLatin1Char('x')));

    const Result<contract::ServerMessage> message = contract::readServerMessage(frame);

    QVERIFY(!message.ok());
    QCOMPARE(message.error().code, ErrorCode::Protocol);
    QVERIFY2(message.error().message.contains(QString::number(contract::MaxEventFrameBytes)),
             qPrintable(message.error().message));
}

void TestInputLimits::eventFrameNotJson()
{
    const Result<contract::ServerMessage> message = contract::readServerMessage(QStringLiteral("hello?"));

    QVERIFY(!message.ok());
    QVERIFY2(message.error().message.contains(QStringLiteral("starting 'hello?'")),
             qPrintable(message.error().message));
}

void TestInputLimits::eventFrameKinds()
{
    const Result<contract::ServerMessage> ready =
        contract::readServerMessage(QStringLiteral("{\"type\":\"ready\",\"seq\":41}"));
    QVERIFY(ready.ok());
    QCOMPARE(ready->kind, contract::ServerMessage::Kind::Ready);
    QCOMPARE(ready->seq, qint64(41));

    const Result<contract::ServerMessage> resync =
        contract::readServerMessage(QStringLiteral("{\"type\":\"resync\",\"seq\":90}"));
    QVERIFY(resync.ok());
    QCOMPARE(resync->kind, contract::ServerMessage::Kind::Resync);
    QCOMPARE(resync->seq, qint64(90));

    const Result<contract::ServerMessage> event = contract::readServerMessage(QStringLiteral(
        "{\"type\":\"bid.created\",\"seq\":42,\"occurredAt\":\"2026-12-04T10:00:00Z\",\"data\":{}}"));
    QVERIFY(event.ok());
    QCOMPARE(event->kind, contract::ServerMessage::Kind::Event);
    QCOMPARE(event->event.seq, qint64(42));
    QCOMPARE(event->event.type, contract::EventType::BidCreated);
}

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
