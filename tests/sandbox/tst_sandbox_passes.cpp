// Pass redemption on POST /v1/fan/passes: every bad pass is rejected with its own reason and
// changes nothing, and a valid pass releases the escrow exactly once, also under 50 submissions
// sent at the same time.

#include "contract/jsonreader.h"
#include "ledgercheck.h"
#include "pass/base45.h"
#include "pass/meetingpass.h"
#include "pass/signingkey.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

namespace {

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString errorCode(const HttpReply &reply)
{
    return reply.error().value(QStringLiteral("code")).toString();
}

/// Returns 409 for a valid pass whose meeting cannot take it, and 422 for a pass at fault.
int statusFor(const QString &reason)
{
    return reason == QLatin1String("already_used") || reason == QLatin1String("not_scheduled") ? 409 : 422;
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

/// Pass text with the byte at index of its decoded payload flipped in its lowest bit.
QString withFlippedByte(const QString &pass, qsizetype index)
{
    QByteArray payload = mesi::pass::fromBase45(QStringView(pass).mid(mesi::pass::passPrefix().size())).value();
    payload[index] = static_cast<char>(payload.at(index) ^ 0x01);
    return mesi::pass::passPrefix() + mesi::pass::toBase45(payload);
}

} // namespace

class SandboxPassesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void badPassIsRejected_data();
    void badPassIsRejected();
    void flippedByteIsRejected_data();
    void flippedByteIsRejected();
    void passNamingSubmitterForOtherFansMeeting();
    void keyRegistersWithoutLabel();
    void validPassIsUsedOnce();
    void concurrentSubmissionsReleaseOnce();

private:
    void scheduleMeeting(const FanSession &fan, QString &bidId, QString &meetingId);
    void registerKey(const mesi::pass::SigningKey &key);
    QString issue(const QString &meetingId, const QString &fanId, const QDateTime &validFrom,
                  const QDateTime &validUntil, const mesi::pass::SigningKey &key) const;
    QString validPass() const;
    void verifyRejected(const QString &pass, const QStringList &reasons);
    HttpReply submit(const QString &pass, const QString &fanToken);

    SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_creatorToken;
    FanSession m_fan;
    FanSession m_otherFan;
    QString m_bidId;          ///< m_fan's scheduled bid, which the bad passes must leave alone.
    QString m_meetingId;
    QString m_otherBidId;     ///< m_otherFan's scheduled bid.
    QString m_otherMeetingId;
    QDateTime m_now;          ///< Sandbox time when the meetings were scheduled, whole seconds.
    std::optional<mesi::pass::SigningKey> m_key;
    std::optional<mesi::pass::SigningKey> m_revokedKey;
    std::optional<mesi::pass::SigningKey> m_unregisteredKey;
};

void SandboxPassesTest::initTestCase()
{
    QCOMPARE(m_sandbox.start(), QString());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.server().url());
    m_creatorToken = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!m_creatorToken.isEmpty());
    m_fan = m_client->signInFanSession(QStringLiteral("Scanning Fan"));
    m_otherFan = m_client->signInFanSession(QStringLiteral("Other Fan"));
    QVERIFY(!m_fan.id.isEmpty());
    QVERIFY(!m_otherFan.id.isEmpty());

    for (std::optional<mesi::pass::SigningKey> *slot : {&m_key, &m_revokedKey, &m_unregisteredKey}) {
        mesi::Result<mesi::pass::SigningKey> generated = mesi::pass::SigningKey::generate();
        QVERIFY(generated);
        slot->emplace(std::move(generated).value());
    }
    registerKey(*m_key);
    registerKey(*m_revokedKey);
    if (QTest::currentTestFailed())
        return;
    const QString revokedId = QString::fromLatin1(m_revokedKey->keyId().toHex());
    QString revokedRecordId;
    for (const QJsonValue &value : m_client->get(QStringLiteral("/v1/creator/keys"), m_creatorToken)
                                       .json()
                                       .value(QStringLiteral("items"))
                                       .toArray()) {
        if (field(value.toObject(), "keyId") == revokedId)
            revokedRecordId = field(value.toObject(), "id");
    }
    QVERIFY2(!revokedRecordId.isEmpty(), qPrintable(revokedId));
    const HttpReply revoked = m_client->post(QStringLiteral("/v1/creator/keys/%1/revoke").arg(revokedRecordId),
                                             {}, m_creatorToken, newKey());
    VERIFY_STATUS(revoked, 200);
    QVERIFY(!field(revoked.json(), "revokedAt").isEmpty());

    m_now = QDateTime::fromSecsSinceEpoch(m_client->sandboxNow().toSecsSinceEpoch(), Qt::UTC);
    scheduleMeeting(m_fan, m_bidId, m_meetingId);
    scheduleMeeting(m_otherFan, m_otherBidId, m_otherMeetingId);
    VERIFY_LEDGER(*m_client, "scheduling the meetings");
}

void SandboxPassesTest::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
}

void SandboxPassesTest::registerKey(const mesi::pass::SigningKey &key)
{
    const QJsonObject body{{QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey().toBase64())},
                           {QStringLiteral("label"), QStringLiteral("Passes test key")}};
    const HttpReply registered = m_client->post(QStringLiteral("/v1/creator/keys"), toBytes(body),
                                                m_creatorToken, newKey());
    VERIFY_STATUS(registered, 201);
}

/// Takes a new bid of fan to scheduled, with a meeting that starts ten minutes from now.
void SandboxPassesTest::scheduleMeeting(const FanSession &fan, QString &bidId, QString &meetingId)
{
    const HttpReply placed = m_client->placeBid(fan.token, {{QStringLiteral("creator"), QStringLiteral("demo")},
                                                            {QStringLiteral("amount"), QStringLiteral("42.00")},
                                                            {QStringLiteral("asset"), QStringLiteral("EUR")}});
    VERIFY_STATUS(placed, 201);
    bidId = field(placed.json(), "id");
    VERIFY_STATUS(m_client->post(QStringLiteral("/v1/creator/bids/%1/accept").arg(bidId), {}, m_creatorToken, newKey()),
                  200);

    const QDateTime start = m_now.addSecs(10 * 60);
    const QJsonObject terms{{QStringLiteral("start"), mesi::contract::formatTimestamp(start)},
                            {QStringLiteral("end"), mesi::contract::formatTimestamp(start.addSecs(3600))},
                            {QStringLiteral("timeZone"), QStringLiteral("Europe/Lisbon")},
                            {QStringLiteral("link"), QStringLiteral("https://meet.example/room-7")}};
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

QString SandboxPassesTest::issue(const QString &meetingId, const QString &fanId, const QDateTime &validFrom,
                                 const QDateTime &validUntil, const mesi::pass::SigningKey &key) const
{
    mesi::pass::PassClaims claims;
    claims.meetingId = meetingId;
    claims.fanId = fanId;
    claims.validFrom = validFrom;
    claims.validUntil = validUntil;
    return mesi::pass::issuePass(claims, key).value();
}

/// A pass of m_fan's meeting whose window opens an hour before now and closes in three hours.
QString SandboxPassesTest::validPass() const
{
    return issue(m_meetingId, m_fan.id, m_now.addSecs(-3600), m_now.addSecs(3 * 3600), *m_key);
}

HttpReply SandboxPassesTest::submit(const QString &pass, const QString &fanToken)
{
    return m_client->post(QStringLiteral("/v1/fan/passes"), toBytes({{QStringLiteral("pass"), pass}}), fanToken,
                          newKey());
}

/// Submits pass as m_fan and checks it is rejected with one of reasons and changes nothing.
void SandboxPassesTest::verifyRejected(const QString &pass, const QStringList &reasons)
{
    const QByteArray ledgerBefore = m_client->get(QStringLiteral("/v1/sandbox/ledger")).body;

    const HttpReply reply = submit(pass, m_fan.token);
    QVERIFY2(reasons.contains(errorCode(reply)),
             qPrintable(QStringLiteral("expected one of %1, got HTTP %2: %3")
                            .arg(reasons.join(QStringLiteral(", ")))
                            .arg(reply.status)
                            .arg(QString::fromUtf8(reply.body))));
    QCOMPARE(reply.status, statusFor(errorCode(reply)));
    QCOMPARE(reply.error().value(QStringLiteral("field")).toString(), QStringLiteral("pass"));
    QVERIFY(!reply.error().value(QStringLiteral("message")).toString().isEmpty());

    QCOMPARE(m_client->get(QStringLiteral("/v1/sandbox/ledger")).body, ledgerBefore);
    VERIFY_LEDGER(*m_client, "a rejected pass");
    for (const QString &bidId : {m_bidId, m_otherBidId}) {
        const QJsonObject bid = m_client->get(QStringLiteral("/v1/creator/bids/") + bidId, m_creatorToken).json();
        QCOMPARE(field(bid, "status"), QStringLiteral("scheduled"));
    }
}

void SandboxPassesTest::badPassIsRejected_data()
{
    QTest::addColumn<QString>("pass");
    QTest::addColumn<QString>("reason");

    const QDateTime from = m_now.addSecs(-3600);
    const QDateTime until = m_now.addSecs(3 * 3600);
    const QString valid = validPass();

    QTest::newRow("unregistered key") << issue(m_meetingId, m_fan.id, from, until, *m_unregisteredKey)
                                      << QStringLiteral("unknown_key");
    QTest::newRow("revoked key") << issue(m_meetingId, m_fan.id, from, until, *m_revokedKey)
                                 << QStringLiteral("revoked_key");
    QTest::newRow("meeting that does not exist")
        << issue(QStringLiteral("mtg_00000000deadbeef"), m_fan.id, from, until, *m_key) << QStringLiteral("wrong_meeting");
    QTest::newRow("other fan's pass") << issue(m_otherMeetingId, m_otherFan.id, from, until, *m_key)
                                      << QStringLiteral("wrong_fan");
    QTest::newRow("window opens in an hour")
        << issue(m_meetingId, m_fan.id, m_now.addSecs(3600), m_now.addSecs(7200), *m_key) << QStringLiteral("not_yet_valid");
    QTest::newRow("window closed an hour ago")
        << issue(m_meetingId, m_fan.id, m_now.addSecs(-7200), m_now.addSecs(-3600), *m_key) << QStringLiteral("expired");

    mesi::pass::PassClaims rotating;
    rotating.meetingId = m_meetingId;
    rotating.fanId = m_fan.id;
    rotating.validFrom = from;
    rotating.validUntil = until;
    rotating.stepSeconds = 30;
    rotating.step = static_cast<quint32>(m_now.toSecsSinceEpoch() / 30 - 10);
    QTest::newRow("rotating pass five minutes old") << mesi::pass::issuePass(rotating, *m_key).value()
                                                    << QStringLiteral("stale_step");
    rotating.step = static_cast<quint32>(m_now.toSecsSinceEpoch() / 30 + 10);
    QTest::newRow("rotating pass from the future") << mesi::pass::issuePass(rotating, *m_key).value()
                                                   << QStringLiteral("future_step");

    const QString malformed = QStringLiteral("malformed");
    QTest::newRow("last group cut off") << valid.chopped(3) << malformed;
    QTest::newRow("cut in half") << valid.left(valid.size() / 2) << malformed;
    QTest::newRow("prefix only") << mesi::pass::passPrefix() << malformed;
    QTest::newRow("plain text") << QStringLiteral("see you at the show!") << malformed;
    QTest::newRow("web address") << QStringLiteral("https://meet.example/room-7") << malformed;
    QTest::newRow("lower-case prefix") << QStringLiteral("mp1:") + valid.mid(4) << malformed;
    QTest::newRow("character outside Base45") << valid.left(10) + QLatin1Char('a') + valid.mid(11) << malformed;
    QByteArray longer = mesi::pass::fromBase45(QStringView(valid).mid(4)).value();
    longer.append("\x01\x02", 2);
    QTest::newRow("bytes after the signature") << mesi::pass::passPrefix() + mesi::pass::toBase45(longer) << malformed;
}

void SandboxPassesTest::badPassIsRejected()
{
    QFETCH(QString, pass);
    QFETCH(QString, reason);
    verifyRejected(pass, {reason});
}

void SandboxPassesTest::flippedByteIsRejected_data()
{
    QTest::addColumn<QString>("pass");
    QTest::addColumn<QStringList>("reasons");

    // Offsets of the version 1 layout: version, algorithm, 8-byte key id, then each id after
    // its length byte, then window, rotation and the 64-byte signature.
    const QString valid = validPass();
    const qsizetype size = mesi::pass::fromBase45(QStringView(valid).mid(4)).value().size();
    const qsizetype meetingStart = 11;
    const qsizetype fanLength = meetingStart + m_meetingId.toUtf8().size();
    const qsizetype fanEnd = fanLength + 1 + m_fan.id.toUtf8().size();
    const qsizetype signatureStart = size - 64;

    const QString malformed = QStringLiteral("malformed");
    const QString badSignature = QStringLiteral("bad_signature");
    for (qsizetype index = 0; index < size; ++index) {
        QString region;
        QStringList reasons;
        if (index < 2) {
            region = QStringLiteral("header");
            reasons = {malformed};
        } else if (index < 10) {
            // The key id selects the key, so a changed id names an unregistered key.
            region = QStringLiteral("key id");
            reasons = {QStringLiteral("unknown_key")};
        } else if (index == 10 || index == fanLength) {
            region = QStringLiteral("id length");
            reasons = {malformed};
        } else if (index < fanLength) {
            // The sandbox finds the bid by meeting id before it checks the signature.
            region = QStringLiteral("meeting id");
            reasons = {QStringLiteral("wrong_meeting"), malformed};
        } else if (index < fanEnd) {
            region = QStringLiteral("fan id");
            reasons = {badSignature, malformed};
        } else if (index < signatureStart) {
            region = QStringLiteral("window and rotation");
            reasons = {badSignature, malformed};
        } else {
            region = QStringLiteral("signature");
            reasons = {badSignature};
        }
        QTest::addRow("byte %d, %s", static_cast<int>(index), qPrintable(region)) << withFlippedByte(valid, index) << reasons;
    }
}

void SandboxPassesTest::flippedByteIsRejected()
{
    QFETCH(QString, pass);
    QFETCH(QStringList, reasons);
    verifyRejected(pass, reasons);
}

void SandboxPassesTest::passNamingSubmitterForOtherFansMeeting()
{
    // The creator's key signed a pass that names this fan and another fan's meeting. The
    // meeting belongs to the other fan, so this fan must not be able to complete it.
    QString bidId;
    QString meetingId;
    scheduleMeeting(m_otherFan, bidId, meetingId);
    if (QTest::currentTestFailed())
        return;
    const QByteArray ledgerBefore = m_client->get(QStringLiteral("/v1/sandbox/ledger")).body;

    const QString pass = issue(meetingId, m_fan.id, m_now.addSecs(-3600), m_now.addSecs(3 * 3600), *m_key);
    const HttpReply reply = submit(pass, m_fan.token);
    VERIFY_STATUS(reply, 422);
    QCOMPARE(errorCode(reply), QStringLiteral("wrong_fan"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/sandbox/ledger")).body, ledgerBefore);
    VERIFY_LEDGER(*m_client, "a pass for another fan's meeting");
}

void SandboxPassesTest::keyRegistersWithoutLabel()
{
    mesi::Result<mesi::pass::SigningKey> key = mesi::pass::SigningKey::generate();
    QVERIFY(key);
    // The label is optional on POST /v1/creator/keys.
    const QJsonObject body{{QStringLiteral("publicKey"), QString::fromLatin1(key->publicKey().toBase64())}};
    const HttpReply registered = m_client->post(QStringLiteral("/v1/creator/keys"), toBytes(body),
                                                m_creatorToken, newKey());
    VERIFY_STATUS(registered, 201);
    QCOMPARE(field(registered.json(), "keyId"), QString::fromLatin1(key->keyId().toHex()));
}

void SandboxPassesTest::validPassIsUsedOnce()
{
    const QString pass = validPass();
    const QByteArray key = newKey();
    const QByteArray body = toBytes({{QStringLiteral("pass"), pass}});
    const HttpReply redeemed = m_client->post(QStringLiteral("/v1/fan/passes"), body, m_fan.token, key);
    VERIFY_STATUS(redeemed, 200);
    QCOMPARE(field(redeemed.json(), "status"), QStringLiteral("completed"));
    QCOMPARE(field(redeemed.json(), "escrow"), QStringLiteral("released"));
    VERIFY_LEDGER(*m_client, "redeeming the pass");

    const HttpReply ledger = m_client->get(QStringLiteral("/v1/sandbox/ledger"));
    QCOMPARE(entryCount(ledger.json(), m_bidId, QStringLiteral("release")), 1);

    // A retry with the same Idempotency-Key replays the stored response and releases nothing more.
    const HttpReply retried = m_client->post(QStringLiteral("/v1/fan/passes"), body, m_fan.token, key);
    VERIFY_STATUS(retried, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1/sandbox/ledger")).body, ledger.body);

    const HttpReply again = submit(pass, m_fan.token);
    VERIFY_STATUS(again, 409);
    QCOMPARE(errorCode(again), QStringLiteral("already_used"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/sandbox/ledger")).body, ledger.body);
    VERIFY_LEDGER(*m_client, "the second submission");
}

void SandboxPassesTest::concurrentSubmissionsReleaseOnce()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Impatient Fan"));
    QString bidId;
    QString meetingId;
    scheduleMeeting(fan, bidId, meetingId);
    if (QTest::currentTestFailed())
        return;
    const QString pass = issue(meetingId, fan.id, m_now.addSecs(-3600), m_now.addSecs(3 * 3600), *m_key);

    // Several managers open more connections at once, and each queues the rest of its requests.
    constexpr int Submissions = 50;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int i = 0; i < 5; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    QUrl url = m_client->baseUrl();
    url.setPath(QStringLiteral("/v1/fan/passes"));
    const QByteArray body = toBytes({{QStringLiteral("pass"), pass}});

    QList<QNetworkReply *> replies;
    int finished = 0;
    for (int i = 0; i < Submissions; ++i) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + fan.token.toLatin1());
        request.setRawHeader("Idempotency-Key", newKey());
        QNetworkReply *reply = managers.at(static_cast<size_t>(i) % managers.size())->post(request, body);
        connect(reply, &QNetworkReply::finished, this, [&finished]() { ++finished; });
        replies.append(reply);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, Submissions, 15'000);

    int completed = 0;
    int alreadyUsed = 0;
    QStringList others;
    for (QNetworkReply *reply : std::as_const(replies)) {
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (result.status == 200)
            ++completed;
        else if (result.status == 409 && errorCode(result) == QLatin1String("already_used"))
            ++alreadyUsed;
        else
            others.append(QStringLiteral("HTTP %1: %2").arg(result.status).arg(QString::fromUtf8(result.body)));
    }
    QVERIFY2(others.isEmpty(), qPrintable(others.join(QStringLiteral("; "))));
    QCOMPARE(completed, 1);
    QCOMPARE(alreadyUsed, Submissions - 1);

    const QJsonObject ledger = m_client->get(QStringLiteral("/v1/sandbox/ledger")).json();
    QCOMPARE(entryCount(ledger, bidId, QStringLiteral("release")), 1);
    QCOMPARE(entryCount(ledger, bidId, QStringLiteral("refund")), 0);
    VERIFY_LEDGER(*m_client, "50 submissions of one pass");
}

QTEST_GUILESS_MAIN(SandboxPassesTest)
#include "tst_sandbox_passes.moc"
