#include "contract/codec.h"
#include "contract/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mesi;

namespace {

QJsonObject validBid()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("bid_7")},
        {QStringLiteral("creator"), QStringLiteral("demo")},
        {QStringLiteral("fan"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("fan_1")},
                     {QStringLiteral("name"), QStringLiteral("Ana")}}},
        {QStringLiteral("amount"), QStringLiteral("1234.567890123456789012")},
        {QStringLiteral("asset"), QStringLiteral("MESI")},
        {QStringLiteral("note"), QStringLiteral("Coffee?")},
        {QStringLiteral("status"), QStringLiteral("pending")},
        {QStringLiteral("escrow"), QStringLiteral("locked")},
        {QStringLiteral("version"), 3},
        {QStringLiteral("createdAt"), QStringLiteral("2026-12-04T10:00:00.000Z")},
        {QStringLiteral("updatedAt"), QStringLiteral("2026-12-04T10:05:00.250Z")},
        {QStringLiteral("expiresAt"), QStringLiteral("2026-12-11T10:00:00.000Z")},
        {QStringLiteral("kyf"), QJsonObject{{QStringLiteral("state"), QStringLiteral("not_required")},
                                            {QStringLiteral("fields"), QJsonArray()},
                                            {QStringLiteral("deadline"), QJsonValue::Null}}},
        {QStringLiteral("meeting"), QJsonValue::Null},
        {QStringLiteral("session"), QJsonValue::Null},
    };
}

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bidRoundTrip();
    void badBidFields_data();
    void badBidFields();
    void pageKeepsGoodItems();
    void eventUnknownType();
    void eventBadSeq();
    void notJson();
    void errorBodyRead();
    void timestampNeedsZone();
    void canonicalTimestamps_data();
    void canonicalTimestamps();
};

void TestCodec::bidRoundTrip()
{
    const Result<Bid> bid = contract::bidFromJson(validBid());
    QVERIFY2(bid.ok(), qPrintable(bid.ok() ? QString() : bid.error().message));
    QCOMPARE(bid->amount.toDecimalString(), QStringLiteral("1234.567890123456789012"));
    QCOMPARE(bid->status, BidStatus::Pending);
    QCOMPARE(bid->version, 3);
    QCOMPARE(bid->updatedAt, QDateTime(QDate(2026, 12, 4), QTime(10, 5, 0, 250), Qt::UTC));

    const QJsonObject again = contract::toJson(bid.value());
    QCOMPARE(again, validBid());
}

void TestCodec::badBidFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("amount as number") << "amount" << QJsonValue(120.5)
                                      << "field 'amount' must be a string, got a number";
    QTest::newRow("amount too precise") << "amount" << QJsonValue(QStringLiteral("1.0000000000000000001"))
                                        << "MESI allows at most 18 decimals";
    QTest::newRow("unknown status") << "status" << QJsonValue(QStringLiteral("paused"))
                                    << "unknown bid status 'paused'";
    QTest::newRow("status as bool") << "status" << QJsonValue(true)
                                    << "field 'status' must be a string, got a boolean";
    QTest::newRow("unknown escrow") << "escrow" << QJsonValue(QStringLiteral("frozen"))
                                    << "unknown escrow state 'frozen'";
    QTest::newRow("escrow contradicts") << "escrow" << QJsonValue(QStringLiteral("released"))
                                        << "escrow 'released' contradicts status 'pending'";
    QTest::newRow("missing id") << "id" << QJsonValue() << "required field 'id' is missing";
    QTest::newRow("version fraction") << "version" << QJsonValue(1.5)
                                      << "field 'version' must be a whole number";
    QTest::newRow("time without zone") << "createdAt" << QJsonValue(QStringLiteral("2026-12-04T10:00:00"))
                                       << "must be an ISO 8601 time with a zone";
    QTest::newRow("unknown asset") << "asset" << QJsonValue(QStringLiteral("DOGE"))
                                   << "unknown asset 'DOGE'";
    QTest::newRow("fan as string") << "fan" << QJsonValue(QStringLiteral("Ana"))
                                   << "field 'fan' must be an object, got a string";
}

void TestCodec::badBidFields()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expectedText);

    QJsonObject object = validBid();
    if (value.isNull())
        object.remove(field);
    else
        object.insert(field, value);

    const Result<Bid> bid = contract::bidFromJson(object);
    QVERIFY(!bid.ok());
    QVERIFY2(bid.error().message.contains(expectedText), qPrintable(bid.error().message));
    if (field != QLatin1String("id"))
        QVERIFY2(bid.error().message.startsWith(QStringLiteral("bid 'bid_7'")),
                 qPrintable(bid.error().message));
}

void TestCodec::pageKeepsGoodItems()
{
    QJsonObject broken = validBid();
    broken.insert(QStringLiteral("id"), QStringLiteral("bid_8"));
    broken.insert(QStringLiteral("status"), QStringLiteral("teleported"));

    const QJsonObject page{{QStringLiteral("items"), QJsonArray{validBid(), broken, 42}},
                           {QStringLiteral("eventSeq"), 17},
                           {QStringLiteral("nextCursor"), QStringLiteral("abc")}};
    const Result<contract::BidPage> parsed = contract::bidPageFromJson(page);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->bids.size(), 1);
    QCOMPARE(parsed->rejectedItems.size(), 2);
    QVERIFY(parsed->rejectedItems.at(0).message.contains(QStringLiteral("bid 'bid_8'")));
    QVERIFY(parsed->rejectedItems.at(1).message.contains(QStringLiteral("a number")));
    QCOMPARE(parsed->eventSeq, 17);
    QCOMPARE(parsed->nextCursor, QStringLiteral("abc"));
}

void TestCodec::eventUnknownType()
{
    const QJsonObject object{{QStringLiteral("type"), QStringLiteral("bid.teleported")},
                             {QStringLiteral("seq"), 4},
                             {QStringLiteral("occurredAt"), QStringLiteral("2026-12-04T10:00:00Z")},
                             {QStringLiteral("data"), QJsonObject{}}};
    const Result<contract::Event> event = contract::eventFromJson(object);
    QVERIFY(event.ok());
    QCOMPARE(event->type, contract::EventType::Unknown);
    QCOMPARE(event->typeName, QStringLiteral("bid.teleported"));
}

void TestCodec::eventBadSeq()
{
    const QJsonObject object{{QStringLiteral("type"), QStringLiteral("bid.created")},
                             {QStringLiteral("seq"), 0},
                             {QStringLiteral("occurredAt"), QStringLiteral("2026-12-04T10:00:00Z")},
                             {QStringLiteral("data"), QJsonObject{}}};
    const Result<contract::Event> event = contract::eventFromJson(object);
    QVERIFY(!event.ok());
    QVERIFY(event.error().message.contains(QStringLiteral("'seq' must be positive")));
}

void TestCodec::notJson()
{
    const Result<QJsonObject> parsed = contract::parseObject("<html>502 Bad Gateway</html>",
                                                             QStringLiteral("the answer"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::Protocol);
    QVERIFY(parsed.error().message.contains(QStringLiteral("not valid JSON")));
    QVERIFY(parsed.error().message.contains(QStringLiteral("<html>502")));

    const Result<QJsonObject> array = contract::parseObject("[1,2]", QStringLiteral("the answer"));
    QVERIFY(!array.ok());
    QVERIFY(array.error().message.contains(QStringLiteral("must be a JSON object")));
}

void TestCodec::errorBodyRead()
{
    const QByteArray body = QJsonDocument(contract::errorBody(
        QStringLiteral("invalid_field"), QStringLiteral("amount too precise"), QStringLiteral("amount")))
                                .toJson();
    const std::optional<Error> error = contract::errorFromBody(body, 400);
    QVERIFY(error.has_value());
    QCOMPARE(error->code, ErrorCode::InvalidArgument);
    QCOMPARE(error->field, QStringLiteral("amount"));
    QCOMPARE(error->message, QStringLiteral("amount too precise"));

    QVERIFY(!contract::errorFromBody("oops", 500).has_value());
}

void TestCodec::timestampNeedsZone()
{
    QVERIFY(contract::parseTimestamp(QStringLiteral("2026-03-29T01:30:00.000Z")).isValid());
    QCOMPARE(contract::parseTimestamp(QStringLiteral("2026-03-29T03:30:00+02:00")),
             QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
    QVERIFY(!contract::parseTimestamp(QStringLiteral("2026-03-29T01:30:00")).isValid());
    QVERIFY(!contract::parseTimestamp(QStringLiteral("yesterday")).isValid());
}

void TestCodec::canonicalTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime invalid;
    QTest::newRow("milliseconds") << QStringLiteral("2026-03-29T01:30:07.042Z")
                                  << QDateTime(QDate(2026, 3, 29), QTime(1, 30, 7, 42), Qt::UTC);
    QTest::newRow("seconds") << QStringLiteral("2028-02-29T23:59:59Z")
                             << QDateTime(QDate(2028, 2, 29), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("no 29 February") << QStringLiteral("2026-02-29T10:00:00.000Z") << invalid;
    // Forms outside the fast path read as Qt's ISO parser reads them, as before it existed.
    QTest::newRow("hour 24") << QStringLiteral("2026-03-29T24:00:00.000Z")
                             << QDateTime(QDate(2026, 3, 30), QTime(0, 0), Qt::UTC);
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T10:00:00Z") << invalid;
    QTest::newRow("sign in year") << QStringLiteral("-026-03-29T01:30:00.000Z") << invalid;
    QTest::newRow("letter in minutes") << QStringLiteral("2026-03-29T01:3x:00.000Z") << invalid;
    QTest::newRow("space for T") << QStringLiteral("2026-03-29 01:30:00.000Z")
                                 << QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
    QTest::newRow("offset form still read") << QStringLiteral("2026-03-29T03:30:00.000+02:00")
                                            << QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);
}

void TestCodec::canonicalTimestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = contract::parseTimestamp(text);
    QCOMPARE(parsed, expected);
    if (expected.isValid())
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestCodec)
#include "tst_codec.moc"
