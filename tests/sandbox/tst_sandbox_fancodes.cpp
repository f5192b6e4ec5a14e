// Fan keys on /v1/fan/keys and fan confirmation codes on
// /v1/creator/meetings/{meetingId}/fan-confirmations: every bad input is rejected with its
// own reason and changes nothing, and a valid code releases the escrow exactly once, shared
// with the pass route's single use.

#include "contract/jsonreader.h"
#include "ledgercheck.h"
#include "pass/base45.h"
#include "pass/fanconfirmation.h"
#include "pass/meetingpass.h"
#include "pass/signingkey.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QTest>

#include <memory>
#include <optional>

using mesi::pass::SigningKey;

namespace {

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString errorCode(const HttpReply &reply)
{
    return reply.error().value(QStringLiteral("code")).toString();
}

QByteArray keyBody(const QString &publicKey, const QString &label = {})
{
    QJsonObject body{{QStringLiteral("publicKey"), publicKey}};
    if (!label.isNull())
        body.insert(QStringLiteral("label"), label);
    return toBytes(body);
}

QString encodedKey(const SigningKey &key)
{
    return QString::fromLatin1(key.publicKey().toBase64());
}

SigningKey newSigningKey()
{
    return SigningKey::generate().value();
}

/// Ledger entries of one bid, by kind.
int entryCount(const QJsonObject &ledger, const QString &bidId, const QString &kind)
{
    int count = 0;
    for (const QJsonValue &value : ledger.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (field(entry, "bidId") == bidId && field(entry, "kind") == kind)
            ++count;
    }
    return count;
}

} // namespace

class SandboxFanCodesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void fanKeyRegistersOnce();
    void badFanKeyRejected_data();
    void badFanKeyRejected();
    void keyOfAnotherFanRejected();
    void badCodeRejected_data();
    void badCodeRejected();
    void unknownMeetingNotFound();
    void fanTokenCannotConfirm();
    void validCodeUsedOnce();

private:
    void scheduleMeeting(const FanSession &fan, QString &bidId, QString &meetingId);
    void registerFanKey(const FanSession &fan, const SigningKey &key);
    QString code(const QString &meetingId, const QString &fanId, const SigningKey &key,
                 qint64 stepOffset = 0);
    HttpReply confirm(const QString &meetingId, const QString &code);

    SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_creatorToken;
    FanSession m_fan;
    FanSession m_otherFan;
    QString m_bidId;
    QString m_meetingId;
    QString m_otherBidId;
    QString m_otherMeetingId;
    std::optional<SigningKey> m_fanKey;
    std::optional<SigningKey> m_otherFanKey;
    std::optional<SigningKey> m_unregisteredKey;
};

void SandboxFanCodesTest::initTestCase()
{
    QCOMPARE(m_sandbox.start(), QString());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.server().url());
    m_creatorToken = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!m_creatorToken.isEmpty());
    m_fan = m_client->signInFanSession(QStringLiteral("Phone Without Camera"));
    m_otherFan = m_client->signInFanSession(QStringLiteral("Other Fan"));
    QVERIFY(!m_fan.id.isEmpty());
    QVERIFY(!m_otherFan.id.isEmpty());

    m_fanKey.emplace(newSigningKey());
    m_otherFanKey.emplace(newSigningKey());
    m_unregisteredKey.emplace(newSigningKey());
    registerFanKey(m_fan, *m_fanKey);
    registerFanKey(m_otherFan, *m_otherFanKey);

    scheduleMeeting(m_fan, m_bidId, m_meetingId);
    scheduleMeeting(m_otherFan, m_otherBidId, m_otherMeetingId);
    VERIFY_LEDGER(*m_client, "scheduling the meetings");
}

void SandboxFanCodesTest::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
}

void SandboxFanCodesTest::registerFanKey(const FanSession &fan, const SigningKey &key)
{
    const HttpReply registered = m_client->post(QStringLiteral("/v1/fan/keys"),
                                                keyBody(encodedKey(key), QStringLiteral("Test phone")),
                                                fan.token, newKey());
    VERIFY_STATUS(registered, 201);
    QCOMPARE(field(registered.json(), "fanId"), fan.id);
    QCOMPARE(field(registered.json(), "keyId"), QString::fromLatin1(key.keyId().toHex()));
}

/// Takes a new bid of fan to scheduled, with a meeting that starts ten minutes from now.
void SandboxFanCodesTest::scheduleMeeting(const FanSession &fan, QString &bidId, QString &meetingId)
{
    const HttpReply placed = m_client->placeBid(fan.token, {{QStringLiteral("creator"), QStringLiteral("demo")},
                                                            {QStringLiteral("amount"), QStringLiteral("30.00")},
                                                            {QStringLiteral("asset"), QStringLiteral("USD")}});
    VERIFY_STATUS(placed, 201);
    bidId = field(placed.json(), "id");
    VERIFY_STATUS(m_client->post(QStringLiteral("/v1/creator/bids/%1/accept").arg(bidId), {}, m_creatorToken, newKey()),
                  200);

    const QDateTime start = m_client->sandboxNow().addSecs(10 * 60);
    const QJsonObject terms{{QStringLiteral("start"), mesi::contract::formatTimestamp(start)},
                            {QStringLiteral("end"), mesi::contract::formatTimestamp(start.addSecs(3600))},
                            {QStringLiteral("timeZone"), QStringLiteral("Europe/Rome")},
                            {QStringLiteral("place"), QStringLiteral("Piazza Navona")}};
    const HttpReply proposed = m_client->post(QStringLiteral("/v1/bids/%1/proposals").arg(bidId), toBytes(terms),
                                              m_creatorToken, newKey());
    VERIFY_STATUS(proposed, 201);
    const HttpReply scheduled = m_client->post(
        QStringLiteral("/v1/bids/%1/proposals/%2/accept").arg(bidId, field(proposed.json(), "id")), {}, fan.token,
        newKey());
    VERIFY_STATUS(scheduled, 200);
    meetingId = field(scheduled.json().value(QStringLiteral("meeting")).toObject(), "id");
    QVERIFY(!meetingId.isEmpty());
}

/// A code signed for the sandbox's current step plus stepOffset steps.
QString SandboxFanCodesTest::code(const QString &meetingId, const QString &fanId, const SigningKey &key,
                                  qint64 stepOffset)
{
    mesi::pass::FanConfirmationClaims claims;
    claims.meetingId = meetingId;
    claims.fanId = fanId;
    claims.step = static_cast<quint32>(mesi::pass::rotationStep(m_client->sandboxNow(), claims.stepSeconds)
                                       + stepOffset);
    return mesi::pass::issueFanConfirmation(claims, key).value();
}

HttpReply SandboxFanCodesTest::confirm(const QString &meetingId, const QString &code)
{
    return m_client->post(QStringLiteral("/v1/creator/meetings/%1/fan-confirmations").arg(meetingId),
                          toBytes({{QStringLiteral("code"), code}}), m_creatorToken, newKey());
}

void SandboxFanCodesTest::fanKeyRegistersOnce()
{
    const SigningKey key = newSigningKey();
    const HttpReply first = m_client->post(QStringLiteral("/v1/fan/keys"), keyBody(encodedKey(key)), m_fan.token,
                                           newKey());
    VERIFY_STATUS(first, 201);
    QCOMPARE(field(first.json(), "label"), QString());
    QVERIFY(first.json().value(QStringLiteral("revokedAt")).isNull());

    const HttpReply again = m_client->post(QStringLiteral("/v1/fan/keys"), keyBody(encodedKey(key)), m_fan.token,
                                           newKey());
    VERIFY_STATUS(again, 201);
    QCOMPARE(field(again.json(), "id"), field(first.json(), "id"));

    const HttpReply listed = m_client->get(QStringLiteral("/v1/fan/keys"), m_fan.token);
    VERIFY_STATUS(listed, 200);
    int matches = 0;
    for (const QJsonValue &item : listed.json().value(QStringLiteral("items")).toArray()) {
        if (field(item.toObject(), "id") == field(first.json(), "id"))
            ++matches;
    }
    QCOMPARE(matches, 1);
}

void SandboxFanCodesTest::badFanKeyRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("asCreator");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QString valid = encodedKey(newSigningKey());
    QTest::newRow("31 bytes") << keyBody(QString::fromLatin1(QByteArray(31, 'k').toBase64())) << false << 400
                              << "invalid_field" << "publicKey";
    QTest::newRow("not base64") << keyBody(QStringLiteral("not*base64!")) << false << 400 << "invalid_field"
                                << "publicKey";
    QTest::newRow("label too long") << keyBody(valid, QString(101, QLatin1Char('x'))) << false << 400
                                    << "invalid_field" << "label";
    QTest::newRow("no public key") << toBytes({{QStringLiteral("label"), QStringLiteral("phone")}}) << false << 400
                                   << "missing_field" << "publicKey";
    QTest::newRow("creator token") << keyBody(valid) << true << 401 << "unauthorized" << "";
}

void SandboxFanCodesTest::badFanKeyRejected()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, asCreator);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);

    const QByteArray keysBefore = m_client->get(QStringLiteral("/v1/fan/keys"), m_fan.token).body;
    const HttpReply reply = m_client->post(QStringLiteral("/v1/fan/keys"), body,
                                           asCreator ? m_creatorToken : m_fan.token, newKey());
    VERIFY_STATUS(reply, status);
    QCOMPARE(errorCode(reply), code);
    if (!field.isEmpty())
        QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), field);
    QVERIFY(!reply.error().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/v1/fan/keys"), m_fan.token).body, keysBefore);
}

void SandboxFanCodesTest::keyOfAnotherFanRejected()
{
    const HttpReply reply = m_client->post(QStringLiteral("/v1/fan/keys"), keyBody(encodedKey(*m_fanKey)),
                                           m_otherFan.token, newKey());
    VERIFY_STATUS(reply, 409);
    QCOMPARE(errorCode(reply), QStringLiteral("key_not_usable"));
}

void SandboxFanCodesTest::badCodeRejected_data()
{
    QTest::addColumn<QString>("meetingId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    const QString valid = code(m_meetingId, m_fan.id, *m_fanKey);
    QByteArray forged = mesi::pass::fromBase45(QStringView(valid).mid(4)).value();
    forged[forged.size() - 1] = static_cast<char>(forged.at(forged.size() - 1) ^ 0x01);
    QByteArray longer = mesi::pass::fromBase45(QStringView(valid).mid(4)).value();
    longer.append('\x00');

    QTest::newRow("forged signature") << m_meetingId << mesi::pass::fanConfirmationPrefix() + mesi::pass::toBase45(forged)
                                      << "bad_signature";
    QTest::newRow("unregistered key") << m_meetingId << code(m_meetingId, m_fan.id, *m_unregisteredKey)
                                      << "unknown_key";
    QTest::newRow("other fan's code") << m_meetingId << code(m_meetingId, m_otherFan.id, *m_otherFanKey)
                                      << "wrong_fan";
    QTest::newRow("other fan's key naming this fan") << m_meetingId << code(m_meetingId, m_fan.id, *m_otherFanKey)
                                                     << "unknown_key";
    QTest::newRow("code of another meeting") << m_meetingId << code(m_otherMeetingId, m_fan.id, *m_fanKey)
                                             << "wrong_meeting";
    QTest::newRow("photo five minutes old") << m_meetingId << code(m_meetingId, m_fan.id, *m_fanKey, -10)
                                            << "stale_step";
    QTest::newRow("two steps old") << m_meetingId << code(m_meetingId, m_fan.id, *m_fanKey, -2) << "stale_step";
    QTest::newRow("future step") << m_meetingId << code(m_meetingId, m_fan.id, *m_fanKey, 3) << "future_step";
    QTest::newRow("meeting pass") << m_meetingId << QStringLiteral("MP1:") + valid.mid(4) << "malformed";
    QTest::newRow("plain text") << m_meetingId << QStringLiteral("I am the fan") << "malformed";
    QTest::newRow("bytes after the signature") << m_meetingId
                                               << mesi::pass::fanConfirmationPrefix() + mesi::pass::toBase45(longer)
                                               << "malformed";
}

void SandboxFanCodesTest::badCodeRejected()
{
    QFETCH(QString, meetingId);
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const QByteArray ledgerBefore = m_client->get(QStringLiteral("/v1/sandbox/ledger")).body;
    const HttpReply reply = confirm(meetingId, text);
    VERIFY_STATUS(reply, 422);
    QCOMPARE(errorCode(reply), reason);
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), QStringLiteral("code"));
    QVERIFY(!reply.error().value(QStringLiteral("message")).toString().isEmpty());

    QCOMPARE(m_client->get(QStringLiteral("/v1/sandbox/ledger")).body, ledgerBefore);
    VERIFY_LEDGER(*m_client, "a rejected fan code");
    for (const QString &bidId : {m_bidId, m_otherBidId}) {
        const QJsonObject bid = m_client->get(QStringLiteral("/v1/creator/bids/") + bidId, m_creatorToken).json();
        QCOMPARE(field(bid, "status"), QStringLiteral("scheduled"));
    }
}

void SandboxFanCodesTest::unknownMeetingNotFound()
{
    const HttpReply reply = confirm(QStringLiteral("mtg_00000000deadbeef"),
                                    code(QStringLiteral("mtg_00000000deadbeef"), m_fan.id, *m_fanKey));
    VERIFY_STATUS(reply, 404);
    QCOMPARE(errorCode(reply), QStringLiteral("not_found"));
    QVERIFY2(reply.error().value(QStringLiteral("message")).toString().contains(QLatin1String("mtg_00000000deadbeef")),
             reply.body.constData());
}

void SandboxFanCodesTest::fanTokenCannotConfirm()
{
    const HttpReply reply = m_client->post(
        QStringLiteral("/v1/creator/meetings/%1/fan-confirmations").arg(m_meetingId),
        toBytes({{QStringLiteral("code"), code(m_meetingId, m_fan.id, *m_fanKey)}}), m_fan.token, newKey());
    VERIFY_STATUS(reply, 401);
    const QJsonObject bid = m_client->get(QStringLiteral("/v1/creator/bids/") + m_bidId, m_creatorToken).json();
    QCOMPARE(field(bid, "status"), QStringLiteral("scheduled"));
}

void SandboxFanCodesTest::validCodeUsedOnce()
{
    // One step ahead is within the clock-skew tolerance.
    const HttpReply accepted = confirm(m_meetingId, code(m_meetingId, m_fan.id, *m_fanKey, 1));
    VERIFY_STATUS(accepted, 200);
    QCOMPARE(field(accepted.json(), "status"), QStringLiteral("completed"));
    QCOMPARE(field(accepted.json(), "escrow"), QStringLiteral("released"));
    VERIFY_LEDGER(*m_client, "a fan code accepted");
    const QJsonObject ledger = m_client->get(QStringLiteral("/v1/sandbox/ledger")).json();
    QCOMPARE(entryCount(ledger, m_bidId, QStringLiteral("release")), 1);

    const QByteArray ledgerBefore = m_client->get(QStringLiteral("/v1/sandbox/ledger")).body;
    const HttpReply again = confirm(m_meetingId, code(m_meetingId, m_fan.id, *m_fanKey));
    VERIFY_STATUS(again, 409);
    QCOMPARE(errorCode(again), QStringLiteral("already_used"));

    // The pass route shares the single use: the meeting is already confirmed.
    SigningKey creatorKey = newSigningKey();
    VERIFY_STATUS(m_client->post(QStringLiteral("/v1/creator/keys"), keyBody(encodedKey(creatorKey)), m_creatorToken,
                                 newKey()),
                  201);
    mesi::pass::PassClaims claims;
    claims.meetingId = m_meetingId;
    claims.fanId = m_fan.id;
    claims.validFrom = m_client->sandboxNow().addSecs(-3600);
    claims.validUntil = claims.validFrom.addSecs(4 * 3600);
    const HttpReply pass = m_client->post(
        QStringLiteral("/v1/fan/passes"),
        toBytes({{QStringLiteral("pass"), mesi::pass::issuePass(claims, creatorKey).value()}}), m_fan.token, newKey());
    VERIFY_STATUS(pass, 409);
    QCOMPARE(errorCode(pass), QStringLiteral("already_used"));

    QCOMPARE(m_client->get(QStringLiteral("/v1/sandbox/ledger")).body, ledgerBefore);
    VERIFY_LEDGER(*m_client, "a fan code used twice");
}

QTEST_GUILESS_MAIN(SandboxFanCodesTest)
#include "tst_sandbox_fancodes.moc"
