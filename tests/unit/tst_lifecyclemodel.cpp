// The lifecycle parts of the core model and their wire form: meeting terms, overlap,
// creator settings, AI price tables, and the codec round trips.

#include "contract/codec.h"
#include "contract/lifecyclecodec.h"
#include "core/creatorsettings.h"
#include "core/meeting.h"

#include <QJsonArray>
#include <QTest>

using namespace mesi;

namespace {

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2030, 5, day), QTime(hour, minute), Qt::UTC);
}

MeetingTerms terms(const QDateTime &start, const QDateTime &end)
{
    MeetingTerms result;
    result.start = start;
    result.end = end;
    result.timeZone = QStringLiteral("Europe/Berlin");
    result.place = QStringLiteral("Café Einstein");
    return result;
}

Money usd(const char *text)
{
    return Money::parse(QString::fromLatin1(text), QStringLiteral("USD")).value();
}

} // namespace

class TestLifecycleModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void termsRejected_data();
    void termsRejected();
    void linkAccepted();
    void overlapBoundaries();
    void settingsRejected_data();
    void settingsRejected();
    void settingsRoundTrip();
    void bidLifecycleRoundTrip();
    void proposalMessageRoundTrip();
};

void TestLifecycleModel::termsRejected_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("field");

    QTest::newRow("end before start") << utc(1, 18) << utc(1, 17) << "Europe/Berlin" << "Bar" << "" << "end";
    QTest::newRow("end equals start") << utc(1, 18) << utc(1, 18) << "Europe/Berlin" << "Bar" << "" << "end";
    QTest::newRow("longer than 12 h") << utc(1, 6) << utc(1, 18, 1) << "Europe/Berlin" << "Bar" << "" << "end";
    QTest::newRow("unknown zone") << utc(1, 18) << utc(1, 19) << "Mars/Base" << "Bar" << "" << "timeZone";
    QTest::newRow("empty zone") << utc(1, 18) << utc(1, 19) << "" << "Bar" << "" << "timeZone";
    QTest::newRow("no place or link") << utc(1, 18) << utc(1, 19) << "Europe/Berlin" << "  " << "" << "place";
    QTest::newRow("place and link") << utc(1, 18) << utc(1, 19) << "Europe/Berlin" << "Bar"
                                    << "https://meet.example/a" << "link";
    QTest::newRow("ftp link") << utc(1, 18) << utc(1, 19) << "Europe/Berlin" << "" << "ftp://x" << "link";
    QTest::newRow("http link") << utc(1, 18) << utc(1, 19) << "Europe/Berlin" << ""
                               << "http://meet.example/a" << "link";
    QTest::newRow("link without host") << utc(1, 18) << utc(1, 19) << "Europe/Berlin" << "" << "https://"
                                       << "link";
    QTest::newRow("place too long") << utc(1, 18) << utc(1, 19) << "Europe/Berlin"
                                    << QString(MaxPlaceLength + 1, QLatin1Char('x')) << "" << "place";
}

void TestLifecycleModel::termsRejected()
{
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QString, zone);
    QFETCH(QString, place);
    QFETCH(QString, link);
    QFETCH(QString, field);

    MeetingTerms candidate;
    candidate.start = start;
    candidate.end = end;
    candidate.timeZone = zone;
    candidate.place = place;
    candidate.link = QUrl(link);
    const Result<void> valid = validateMeetingTerms(candidate);
    QVERIFY(!valid);
    QCOMPARE(valid.error().field, field);
    QVERIFY(!valid.error().message.isEmpty());
}

void TestLifecycleModel::linkAccepted()
{
    const Result<QUrl> link = parseMeetingLink(QStringLiteral("  https://meet.example/room?id=7 "));
    QVERIFY(link);
    QCOMPARE(link->host(), QStringLiteral("meet.example"));

    MeetingTerms online = terms(utc(1, 18), utc(1, 19));
    online.place.clear();
    online.link = link.value();
    QVERIFY(validateMeetingTerms(online));
    QVERIFY(online.isOnline());
    QCOMPARE(online.durationMinutes(), 60);
}

void TestLifecycleModel::overlapBoundaries()
{
    const MeetingTerms evening = terms(utc(1, 18), utc(1, 19));
    QVERIFY(overlaps(evening, terms(utc(1, 18, 30), utc(1, 20))));
    QVERIFY(overlaps(evening, terms(utc(1, 17), utc(1, 21))));
    QVERIFY(overlaps(evening, terms(utc(1, 18, 10), utc(1, 18, 20))));
    // Back-to-back meetings do not clash.
    QVERIFY(!overlaps(evening, terms(utc(1, 19), utc(1, 20))));
    QVERIFY(!overlaps(evening, terms(utc(1, 17), utc(1, 18))));
    QVERIFY(!overlaps(evening, terms(utc(2, 18), utc(2, 19))));
}

void TestLifecycleModel::settingsRejected_data()
{
    QTest::addColumn<CreatorSettings>("settings");
    QTest::addColumn<QString>("field");

    CreatorSettings twoMinimums;
    twoMinimums.minimumBids = {usd("10.00"), usd("20.00")};
    QTest::newRow("minimum twice") << twoMinimums << "minimumBids";

    CreatorSettings kyfWithoutFields;
    kyfWithoutFields.kyfRequired = true;
    QTest::newRow("KYF without fields") << kyfWithoutFields << "kyf.fields";

    CreatorSettings fieldTwice;
    fieldTwice.kyfRequired = true;
    fieldTwice.kyfFields = {KyfField::Country, KyfField::Country};
    QTest::newRow("KYF field twice") << fieldTwice << "kyf.fields";

    AiTier text;
    text.format = SessionFormat::TextChat;
    text.durationMinutes = 30;
    text.price = usd("15.00");
    CreatorSettings personWithTiers;
    personWithTiers.aiTiers = {text};
    QTest::newRow("price table on a person") << personWithTiers << "aiTiers";

    CreatorSettings duplicateRow;
    duplicateRow.kind = AccountKind::Ai;
    duplicateRow.aiTiers = {text, text};
    QTest::newRow("price row twice") << duplicateRow << "aiTiers";

    AiTier tooLong = text;
    tooLong.durationMinutes = MaxSessionMinutes + 1;
    CreatorSettings longSession;
    longSession.kind = AccountKind::Ai;
    longSession.aiTiers = {tooLong};
    QTest::newRow("session too long") << longSession << "aiTiers";

    AiTier free = text;
    free.price = usd("0.00");
    CreatorSettings freeSession;
    freeSession.kind = AccountKind::Ai;
    freeSession.aiTiers = {free};
    QTest::newRow("zero price") << freeSession << "aiTiers";
}

void TestLifecycleModel::settingsRejected()
{
    QFETCH(CreatorSettings, settings);
    QFETCH(QString, field);
    const Result<void> valid = validateCreatorSettings(settings);
    QVERIFY(!valid);
    QCOMPARE(valid.error().field, field);
}

void TestLifecycleModel::settingsRoundTrip()
{
    CreatorSettings settings;
    settings.kind = AccountKind::Ai;
    settings.personaName = QStringLiteral("Nova");
    settings.acceptsBids = false;
    settings.minimumBids = {usd("12.50"), Money::parse(QStringLiteral("0.000000000000000001"),
                                                       QStringLiteral("MESI"))
                                              .value()};
    settings.kyfRequired = true;
    settings.kyfFields = {KyfField::LegalName, KyfField::VerifiedPhoto};
    AiTier video;
    video.format = SessionFormat::VideoAvatar;
    video.accountTier = AccountTier::Premium;
    video.durationMinutes = 15;
    video.price = usd("25.00");
    settings.aiTiers = {video};

    const Result<CreatorSettings> back = contract::creatorSettingsFromJson(contract::toJson(settings));
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back.value(), settings);
    QCOMPARE(back->minimumFor(Asset::fromCode(QStringLiteral("USD")).value()), usd("12.50"));
    QVERIFY(!back->minimumFor(Asset::fromCode(QStringLiteral("EUR")).value()));
}

void TestLifecycleModel::bidLifecycleRoundTrip()
{
    Bid bid;
    bid.id = QStringLiteral("bid_1");
    bid.creatorHandle = QStringLiteral("demo");
    bid.fanId = QStringLiteral("fan_1");
    bid.fanName = QStringLiteral("Ana");
    bid.amount = usd("50.00");
    bid.status = BidStatus::Scheduled;
    bid.escrow = EscrowState::Locked;
    bid.version = 4;
    bid.createdAt = utc(1, 10);
    bid.updatedAt = utc(1, 11);
    bid.expiresAt = utc(8, 10);
    bid.kyf.state = KyfState::Consented;
    bid.kyf.fields = {KyfField::Over18};
    bid.kyf.deadline = utc(3, 10);
    bid.meeting.id = QStringLiteral("mtg_1");
    bid.meeting.proposalId = QStringLiteral("msg_9");
    bid.meeting.terms = terms(utc(5, 18), utc(5, 19));

    const Result<Bid> back = contract::bidFromJson(contract::toJson(bid));
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->expiresAt, bid.expiresAt);
    QCOMPARE(back->kyf, bid.kyf);
    QCOMPARE(back->meeting, bid.meeting);
    QVERIFY(!back->session);

    // The wire carries what was asked and when, never the fan's answers.
    const QJsonObject kyf = contract::toJson(bid).value(QStringLiteral("kyf")).toObject();
    QCOMPARE(kyf.keys(), (QStringList{QStringLiteral("deadline"), QStringLiteral("fields"),
                                      QStringLiteral("state")}));

    QJsonObject requestedWithoutDeadline = contract::toJson(bid);
    requestedWithoutDeadline.insert(QStringLiteral("kyf"),
                                    QJsonObject{{QStringLiteral("state"), QStringLiteral("requested")},
                                                {QStringLiteral("fields"), QJsonArray()}});
    const Result<Bid> broken = contract::bidFromJson(requestedWithoutDeadline);
    QVERIFY(!broken);
    QCOMPARE(broken.error().field, QStringLiteral("kyf.deadline"));
}

void TestLifecycleModel::proposalMessageRoundTrip()
{
    ChatMessage message;
    message.id = QStringLiteral("msg_1");
    message.bidId = QStringLiteral("bid_1");
    message.sender = ChatSender::Fan;
    message.senderName = QStringLiteral("Ana");
    message.text = QStringLiteral("Does this suit you?");
    message.sentAt = utc(1, 12);
    message.proposal = terms(utc(5, 18), utc(5, 19));

    const Result<ChatMessage> back = contract::chatMessageFromJson(contract::toJson(message));
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QVERIFY(back->proposal);
    QCOMPARE(*back->proposal, *message.proposal);

    QJsonObject unknownKind = contract::toJson(message);
    unknownKind.insert(QStringLiteral("kind"), QStringLiteral("poll"));
    const Result<ChatMessage> rejected = contract::chatMessageFromJson(unknownKind);
    QVERIFY(!rejected);
    QCOMPARE(rejected.error().field, QStringLiteral("kind"));
}

QTEST_GUILESS_MAIN(TestLifecycleModel)
#include "tst_lifecyclemodel.moc"
