// Every path of the bid lifecycle against an in-process sandbox, with the escrow ledger
// invariant checked after each step that could change it.

#include "contract/jsonreader.h"
#include "ledgercheck.h"
#include "pass/meetingpass.h"
#include "pass/signingkey.h"
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

namespace {

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject member(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

QString errorCode(const HttpReply &reply)
{
    return reply.error().value(QStringLiteral("code")).toString();
}

QString errorField(const HttpReply &reply)
{
    return reply.error().value(QStringLiteral("field")).toString();
}

/// Sandbox time plus seconds, cut to whole seconds as pass windows are.
QDateTime wholeSecondsAfter(const QDateTime &now, qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() + seconds, Qt::UTC);
}

/// A meeting proposal at a place in Berlin.
QJsonObject proposalBody(const QDateTime &start, const QDateTime &end)
{
    return QJsonObject{{QStringLiteral("start"), mesi::contract::formatTimestamp(start)},
                       {QStringLiteral("end"), mesi::contract::formatTimestamp(end)},
                       {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")},
                       {QStringLiteral("place"), QStringLiteral("Café Einstein, Kurfürstenstraße 58")},
                       {QStringLiteral("note"), QStringLiteral("Coffee before the show?")}};
}

/// Demo creator settings: bidding on, no minimum, KYF with the given fields (off when none).
QJsonObject settingsBody(const QStringList &kyfFields = {})
{
    return QJsonObject{
        {QStringLiteral("acceptsBids"), true},
        {QStringLiteral("minimumBids"), QJsonArray()},
        {QStringLiteral("kyf"), QJsonObject{{QStringLiteral("required"), !kyfFields.isEmpty()},
                                            {QStringLiteral("fields"), QJsonArray::fromStringList(kyfFields)}}},
        {QStringLiteral("aiTiers"), QJsonArray()},
    };
}

} // namespace

class SandboxLifecycleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void ledgerCheckFindsBrokenRules_data();
    void ledgerCheckFindsBrokenRules();

    void scheduledMeetingCompletesByPass();
    void rejectedBidIsRefunded();
    void withdrawnBidIsRefunded();
    void withdrawingAcceptedBidIs409();
    void pendingBidExpiresAfterSevenDays();

    void kyfDeclineCancelsBid();
    void kyfSilenceCancelsBid();
    void kyfConsentSharesRequestedFields();

    void creatorCancelsScheduledBid();
    void fanCannotCancelAfterStart();
    void cancelRejectsBadReason_data();
    void cancelRejectsBadReason();

    void counterProposalReplacesOlder();
    void ownProposalCannotBeAccepted();
    void proposalBlockedWhileKyfRequested();
    void proposalRejectsBadTerms_data();
    void proposalRejectsBadTerms();

    void pausedBiddingRejectsBids();
    void minimumBidRejectsLowerBids();
    void settingsRejectInvalidInput_data();
    void settingsRejectInvalidInput();

    void aiBidNeedsFormat();
    void aiBidBelowTierPriceIs400();
    void aiTextSessionCompletes();
    void aiSessionEndsAfterDuration();

private:
    HttpReply act(const QString &path, const QJsonObject &body, const QString &token);
    QString placeBid(const QString &fanToken, const QString &amount = QStringLiteral("20.00"),
                     const QString &asset = QStringLiteral("USD"));
    QJsonObject creatorBid(const QString &bidId);
    void putSettings(const QJsonObject &settings);
    void acceptBid(const QString &bidId);
    void scheduleMeeting(const FanSession &fan, qint64 startInSeconds, QString &bidId,
                         QJsonObject &meeting);
    void placeAiBid(const FanSession &fan, QString &bidId);

    SandboxFixture m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_creatorToken;
    QString m_novaToken;
    QString m_proposalBidId; ///< An accepted bid that the bad-proposal rows share.
    QString m_cancelBidId;   ///< An accepted bid that the bad-reason rows share.
};

void SandboxLifecycleTest::initTestCase()
{
    QCOMPARE(m_sandbox.start(), QString());
    m_client = std::make_unique<SandboxTestClient>(m_sandbox.server().url());
    m_creatorToken = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!m_creatorToken.isEmpty());
    m_novaToken = m_client->signInCreator(QStringLiteral("nova"), QStringLiteral("nova"));
    QVERIFY(!m_novaToken.isEmpty());
    VERIFY_LEDGER(*m_client, "seeding the demo data");
}

void SandboxLifecycleTest::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
}

void SandboxLifecycleTest::cleanup()
{
    // Settings tests change the demo creator, so every test starts from the defaults.
    putSettings(settingsBody());
}

HttpReply SandboxLifecycleTest::act(const QString &path, const QJsonObject &body, const QString &token)
{
    return m_client->post(path, toBytes(body), token, newKey());
}

QString SandboxLifecycleTest::placeBid(const QString &fanToken, const QString &amount, const QString &asset)
{
    const HttpReply reply = m_client->placeBid(fanToken, {{QStringLiteral("creator"), QStringLiteral("demo")},
                                                          {QStringLiteral("amount"), amount},
                                                          {QStringLiteral("asset"), asset}});
    if (reply.status != 201)
        qWarning().noquote() << "placing a bid failed with HTTP" << reply.status << reply.body;
    return reply.status == 201 ? field(reply.json(), "id") : QString();
}

QJsonObject SandboxLifecycleTest::creatorBid(const QString &bidId)
{
    return m_client->get(QStringLiteral("/v1/creator/bids/") + bidId, m_creatorToken).json();
}

void SandboxLifecycleTest::putSettings(const QJsonObject &settings)
{
    const HttpReply reply = m_client->put(QStringLiteral("/v1/creator/settings"), toBytes(settings),
                                          m_creatorToken, newKey());
    VERIFY_STATUS(reply, 200);
}

void SandboxLifecycleTest::acceptBid(const QString &bidId)
{
    const HttpReply accepted = act(QStringLiteral("/v1/creator/bids/%1/accept").arg(bidId), {}, m_creatorToken);
    VERIFY_STATUS(accepted, 200);
    QCOMPARE(field(accepted.json(), "status"), QStringLiteral("accepted"));
    VERIFY_LEDGER(*m_client, "accepting the bid");
}

/// Takes a new bid of fan to scheduled: placed, accepted, proposed by the fan, accepted by the creator.
void SandboxLifecycleTest::scheduleMeeting(const FanSession &fan, qint64 startInSeconds, QString &bidId,
                                           QJsonObject &meeting)
{
    bidId = placeBid(fan.token);
    QVERIFY(!bidId.isEmpty());
    VERIFY_LEDGER(*m_client, "placing the bid");
    acceptBid(bidId);
    if (QTest::currentTestFailed())
        return;

    const QDateTime start = wholeSecondsAfter(m_client->sandboxNow(), startInSeconds);
    const QJsonObject terms = proposalBody(start, start.addSecs(3600));
    const HttpReply proposed = act(QStringLiteral("/v1/bids/%1/proposals").arg(bidId), terms, fan.token);
    VERIFY_STATUS(proposed, 201);
    QCOMPARE(field(proposed.json(), "kind"), QStringLiteral("proposal"));
    QCOMPARE(field(member(proposed.json(), "proposal"), "start"), field(terms, "start"));
    VERIFY_LEDGER(*m_client, "proposing a meeting");

    const QString proposalId = field(proposed.json(), "id");
    const HttpReply scheduled = act(QStringLiteral("/v1/bids/%1/proposals/%2/accept").arg(bidId, proposalId),
                                    {}, m_creatorToken);
    VERIFY_STATUS(scheduled, 200);
    QCOMPARE(field(scheduled.json(), "status"), QStringLiteral("scheduled"));
    QCOMPARE(field(scheduled.json(), "escrow"), QStringLiteral("locked"));
    VERIFY_LEDGER(*m_client, "accepting the proposal");

    meeting = member(scheduled.json(), "meeting");
    QVERIFY2(field(meeting, "id").startsWith(QStringLiteral("mtg_")), qPrintable(field(meeting, "id")));
    QCOMPARE(field(meeting, "proposalId"), proposalId);
    QCOMPARE(field(meeting, "start"), field(terms, "start"));
    QCOMPARE(field(meeting, "end"), field(terms, "end"));
    QCOMPARE(field(meeting, "timeZone"), field(terms, "timeZone"));
    QCOMPARE(field(meeting, "place"), field(terms, "place"));
}

void SandboxLifecycleTest::ledgerCheckFindsBrokenRules_data()
{
    QTest::addColumn<QJsonObject>("ledger");
    QTest::addColumn<QString>("named");

    // A consistent ledger: b1 locked, b2 released, b3 refunded.
    const auto bid = [](const char *id, const char *escrow, const char *amount, const char *asset) {
        return QJsonObject{{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("escrow"), QLatin1String(escrow)},
                           {QStringLiteral("amount"), QLatin1String(amount)}, {QStringLiteral("asset"), QLatin1String(asset)}};
    };
    const auto entry = [](const char *bidId, const char *kind, const char *amount, const char *asset) {
        return QJsonObject{{QStringLiteral("bidId"), QLatin1String(bidId)}, {QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("amount"), QLatin1String(amount)}, {QStringLiteral("asset"), QLatin1String(asset)}};
    };
    const QJsonArray bids{bid("b1", "locked", "10.00", "USD"), bid("b2", "released", "5.00", "EUR"),
                          bid("b3", "refunded", "1.5", "MESI")};
    const QJsonArray entries{entry("b1", "lock", "10.00", "USD"), entry("b2", "lock", "5.00", "EUR"),
                             entry("b2", "release", "5.00", "EUR"), entry("b3", "lock", "1.500000000000000000", "MESI"),
                             entry("b3", "refund", "1.500000000000000000", "MESI")};
    const QJsonObject locked{{QStringLiteral("USD"), QStringLiteral("10.00")}, {QStringLiteral("EUR"), QStringLiteral("0.00")},
                             {QStringLiteral("USDC"), QStringLiteral("0.000000")},
                             {QStringLiteral("MESI"), QStringLiteral("0.000000000000000000")}};
    const auto ledger = [&](const QJsonArray &changedEntries, const QJsonObject &changedLocked) {
        return QJsonObject{{QStringLiteral("bids"), bids}, {QStringLiteral("entries"), changedEntries},
                           {QStringLiteral("locked"), changedLocked}};
    };
    const auto plus = [&entries](const QJsonObject &extra) {
        QJsonArray changed = entries;
        changed.append(extra);
        return changed;
    };
    const auto without = [&entries](qsizetype index) {
        QJsonArray changed = entries;
        changed.removeAt(index);
        return changed;
    };

    QTest::newRow("consistent") << ledger(entries, locked) << QString();
    QJsonObject offByOneCent = locked;
    offByOneCent.insert(QStringLiteral("USD"), QStringLiteral("10.01"));
    QTest::newRow("locked sum off by a cent") << ledger(entries, offByOneCent) << QStringLiteral("asset USD");
    QTest::newRow("second refund") << ledger(plus(entry("b3", "refund", "1.5", "MESI")), locked) << QStringLiteral("bid b3");
    QTest::newRow("release and refund") << ledger(plus(entry("b2", "refund", "5.00", "EUR")), locked) << QStringLiteral("bid b2");
    QTest::newRow("release of a locked bid") << ledger(plus(entry("b1", "release", "10.00", "USD")), locked)
                                             << QStringLiteral("bid b1");
    QTest::newRow("missing lock") << ledger(without(0), locked) << QStringLiteral("bid b1");
    QTest::newRow("missing refund") << ledger(without(4), locked) << QStringLiteral("bid b3");
    QJsonArray wrongAmount = entries;
    wrongAmount.replace(0, entry("b1", "lock", "9.99", "USD"));
    QTest::newRow("entry amount differs") << ledger(wrongAmount, locked) << QStringLiteral("bid b1");
    QJsonArray releaseFirst = entries;
    releaseFirst.replace(1, entries.at(2));
    releaseFirst.replace(2, entries.at(1));
    QTest::newRow("release before lock") << ledger(releaseFirst, locked) << QStringLiteral("bid b2");
    QTest::newRow("entry of an unknown bid") << ledger(plus(entry("b9", "lock", "1.00", "USD")), locked)
                                             << QStringLiteral("bid b9");
}

void SandboxLifecycleTest::ledgerCheckFindsBrokenRules()
{
    QFETCH(QJsonObject, ledger);
    QFETCH(QString, named);

    const QStringList errors = ledgerInvariantErrors(ledger);
    if (named.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QStringLiteral("; "))));
        return;
    }
    QVERIFY(!errors.isEmpty());
    for (const QString &error : errors)
        QVERIFY2(error.contains(named), qPrintable(error));
}

void SandboxLifecycleTest::scheduledMeetingCompletesByPass()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Pass Path Fan"));
    QVERIFY(!fan.id.isEmpty());
    QString bidId;
    QJsonObject meeting;
    scheduleMeeting(fan, 10 * 60, bidId, meeting);
    if (QTest::currentTestFailed())
        return;

    mesi::Result<mesi::pass::SigningKey> key = mesi::pass::SigningKey::generate();
    QVERIFY(key);
    const QJsonObject registration{{QStringLiteral("publicKey"), QString::fromLatin1(key->publicKey().toBase64())},
                                   {QStringLiteral("label"), QStringLiteral("Lifecycle test laptop")}};
    const HttpReply registered = act(QStringLiteral("/v1/creator/keys"), registration, m_creatorToken);
    VERIFY_STATUS(registered, 201);
    QCOMPARE(field(registered.json(), "keyId"), QString::fromLatin1(key->keyId().toHex()));
    VERIFY_LEDGER(*m_client, "registering a signing key");

    // The window opens an hour before the start, so the sandbox "now" is inside it.
    mesi::pass::PassClaims claims;
    claims.meetingId = field(meeting, "id");
    claims.fanId = fan.id;
    claims.validFrom = mesi::contract::parseTimestamp(field(meeting, "start")).addSecs(-3600);
    claims.validUntil = mesi::contract::parseTimestamp(field(meeting, "end")).addSecs(3600);
    mesi::Result<QString> pass = mesi::pass::issuePass(claims, key.value());
    QVERIFY(pass);

    const HttpReply redeemed = act(QStringLiteral("/v1/fan/passes"), {{QStringLiteral("pass"), pass.value()}},
                                   fan.token);
    VERIFY_STATUS(redeemed, 200);
    QCOMPARE(field(redeemed.json(), "status"), QStringLiteral("completed"));
    QCOMPARE(field(redeemed.json(), "escrow"), QStringLiteral("released"));
    VERIFY_LEDGER(*m_client, "redeeming the pass");

    const QJsonObject seenByFan = m_client->get(QStringLiteral("/v1/fan/bids/") + bidId, fan.token).json();
    QCOMPARE(field(seenByFan, "status"), QStringLiteral("completed"));
    QCOMPARE(field(seenByFan, "escrow"), QStringLiteral("released"));
}

void SandboxLifecycleTest::rejectedBidIsRefunded()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Rejected Fan"));
    const QString bidId = placeBid(fan.token);
    QVERIFY(!bidId.isEmpty());
    VERIFY_LEDGER(*m_client, "placing the bid");

    const HttpReply rejected = act(QStringLiteral("/v1/creator/bids/%1/reject").arg(bidId),
                                   {{QStringLiteral("reason"), QStringLiteral("Travelling all month.")}},
                                   m_creatorToken);
    VERIFY_STATUS(rejected, 200);
    QCOMPARE(field(rejected.json(), "status"), QStringLiteral("rejected"));
    QCOMPARE(field(rejected.json(), "escrow"), QStringLiteral("refunded"));
    VERIFY_LEDGER(*m_client, "rejecting the bid");

    // Rejected is final: a second reject is an invalid transition and changes nothing.
    const QByteArray ledgerBefore = m_client->get(QStringLiteral("/v1/sandbox/ledger")).body;
    const HttpReply again = act(QStringLiteral("/v1/creator/bids/%1/reject").arg(bidId),
                                {{QStringLiteral("reason"), QStringLiteral("Changed reason.")}}, m_creatorToken);
    VERIFY_STATUS(again, 409);
    QCOMPARE(creatorBid(bidId).value(QStringLiteral("version")).toInteger(),
             rejected.json().value(QStringLiteral("version")).toInteger());
    QCOMPARE(m_client->get(QStringLiteral("/v1/sandbox/ledger")).body, ledgerBefore);
    VERIFY_LEDGER(*m_client, "rejecting the bid again");
}

void SandboxLifecycleTest::withdrawnBidIsRefunded()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Withdrawing Fan"));
    const QString bidId = placeBid(fan.token, QStringLiteral("0.000001"), QStringLiteral("USDC"));
    QVERIFY(!bidId.isEmpty());
    VERIFY_LEDGER(*m_client, "placing the bid");

    const HttpReply withdrawn = act(QStringLiteral("/v1/fan/bids/%1/withdraw").arg(bidId), {}, fan.token);
    VERIFY_STATUS(withdrawn, 200);
    QCOMPARE(field(withdrawn.json(), "status"), QStringLiteral("withdrawn"));
    QCOMPARE(field(withdrawn.json(), "escrow"), QStringLiteral("refunded"));
    VERIFY_LEDGER(*m_client, "withdrawing the bid");
}

void SandboxLifecycleTest::withdrawingAcceptedBidIs409()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Late Withdrawing Fan"));
    const QString bidId = placeBid(fan.token);
    QVERIFY(!bidId.isEmpty());
    VERIFY_LEDGER(*m_client, "placing the bid");
    acceptBid(bidId);
    if (QTest::currentTestFailed())
        return;

    const HttpReply withdrawn = act(QStringLiteral("/v1/fan/bids/%1/withdraw").arg(bidId), {}, fan.token);
    VERIFY_STATUS(withdrawn, 409);
    QCOMPARE(errorCode(withdrawn), QStringLiteral("invalid_state"));
    QCOMPARE(field(creatorBid(bidId), "status"), QStringLiteral("accepted"));
    VERIFY_LEDGER(*m_client, "the rejected withdrawal");
}

void SandboxLifecycleTest::pendingBidExpiresAfterSevenDays()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Patient Fan"));
    const QString bidId = placeBid(fan.token, QStringLiteral("3.5"), QStringLiteral("MESI"));
    QVERIFY(!bidId.isEmpty());
    VERIFY_LEDGER(*m_client, "placing the bid");

    const qint64 week = 7 * 24 * 60 * 60;
    const QJsonObject placed = creatorBid(bidId);
    QCOMPARE(mesi::contract::parseTimestamp(field(placed, "createdAt")).secsTo(
                 mesi::contract::parseTimestamp(field(placed, "expiresAt"))),
             week);

    VERIFY_STATUS(m_client->advanceClock(week - 60), 200);
    QCOMPARE(field(creatorBid(bidId), "status"), QStringLiteral("pending"));
    VERIFY_LEDGER(*m_client, "advancing the clock to a minute before expiry");

    VERIFY_STATUS(m_client->advanceClock(61), 200);
    const QJsonObject expired = creatorBid(bidId);
    QCOMPARE(field(expired, "status"), QStringLiteral("expired"));
    QCOMPARE(field(expired, "escrow"), QStringLiteral("refunded"));
    VERIFY_LEDGER(*m_client, "advancing the clock past expiry");
}

void SandboxLifecycleTest::kyfDeclineCancelsBid()
{
    putSettings(settingsBody({QStringLiteral("legal_name"), QStringLiteral("over_18")}));
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Private Fan"));
    const QString bidId = placeBid(fan.token);
    QVERIFY(!bidId.isEmpty());
    VERIFY_LEDGER(*m_client, "placing the bid");
    acceptBid(bidId);
    if (QTest::currentTestFailed())
        return;

    const QJsonObject kyf = member(creatorBid(bidId), "kyf");
    QCOMPARE(field(kyf, "state"), QStringLiteral("requested"));
    const qint64 secondsLeft = m_client->sandboxNow().secsTo(mesi::contract::parseTimestamp(field(kyf, "deadline")));
    QVERIFY2(secondsLeft > 48 * 3600 - 60 && secondsLeft <= 48 * 3600, qPrintable(field(kyf, "deadline")));

    const HttpReply declined = act(QStringLiteral("/v1/fan/bids/%1/kyf/decline").arg(bidId), {}, fan.token);
    VERIFY_STATUS(declined, 200);
    QCOMPARE(field(declined.json(), "status"), QStringLiteral("cancelled"));
    QCOMPARE(field(member(declined.json(), "kyf"), "state"), QStringLiteral("declined"));
    QCOMPARE(field(declined.json(), "cancelledBy"), QStringLiteral("fan"));
    QCOMPARE(field(declined.json(), "escrow"), QStringLiteral("refunded"));
    VERIFY_LEDGER(*m_client, "declining KYF");
}

void SandboxLifecycleTest::kyfSilenceCancelsBid()
{
    putSettings(settingsBody({QStringLiteral("country")}));
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Silent Fan"));
    const QString bidId = placeBid(fan.token);
    QVERIFY(!bidId.isEmpty());
    VERIFY_LEDGER(*m_client, "placing the bid");
    acceptBid(bidId);
    if (QTest::currentTestFailed())
        return;

    VERIFY_STATUS(m_client->advanceClock(48 * 3600 + 1), 200);
    const QJsonObject cancelled = creatorBid(bidId);
    QCOMPARE(field(cancelled, "status"), QStringLiteral("cancelled"));
    QCOMPARE(field(member(cancelled, "kyf"), "state"), QStringLiteral("expired"));
    QCOMPARE(field(cancelled, "cancelledBy"), QStringLiteral("platform"));
    QCOMPARE(field(cancelled, "escrow"), QStringLiteral("refunded"));
    VERIFY_LEDGER(*m_client, "the KYF deadline passing");

    const HttpReply consent = act(QStringLiteral("/v1/fan/bids/%1/kyf/consent").arg(bidId), {}, fan.token);
    VERIFY_STATUS(consent, 409);
    const QString message = consent.error().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("deadline")), qPrintable(message));
    QCOMPARE(field(creatorBid(bidId), "status"), QStringLiteral("cancelled"));
    VERIFY_LEDGER(*m_client, "consent after the deadline");
}

void SandboxLifecycleTest::kyfConsentSharesRequestedFields()
{
    putSettings(settingsBody({QStringLiteral("legal_name"), QStringLiteral("country")}));
    const QJsonObject kyc{{QStringLiteral("legal_name"), QStringLiteral("Kim Ji-woo")},
                          {QStringLiteral("over_18"), QStringLiteral("true")},
                          {QStringLiteral("country"), QStringLiteral("KR")},
                          {QStringLiteral("verified_photo"), QStringLiteral("verified")}};
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Consenting Fan"),
                                                      {{QStringLiteral("kyc"), kyc}});
    const QString bidId = placeBid(fan.token);
    QVERIFY(!bidId.isEmpty());
    VERIFY_LEDGER(*m_client, "placing the bid");
    acceptBid(bidId);
    if (QTest::currentTestFailed())
        return;

    const QString kyfPath = QStringLiteral("/v1/creator/bids/%1/kyf").arg(bidId);
    VERIFY_STATUS(m_client->get(kyfPath, m_creatorToken), 409);

    const HttpReply consented = act(QStringLiteral("/v1/fan/bids/%1/kyf/consent").arg(bidId), {}, fan.token);
    VERIFY_STATUS(consented, 200);
    QCOMPARE(field(member(consented.json(), "kyf"), "state"), QStringLiteral("consented"));
    QCOMPARE(field(consented.json(), "status"), QStringLiteral("accepted"));
    VERIFY_LEDGER(*m_client, "consenting to KYF");

    const HttpReply answers = m_client->get(kyfPath, m_creatorToken);
    VERIFY_STATUS(answers, 200);
    const QJsonObject expected{{QStringLiteral("legal_name"), QStringLiteral("Kim Ji-woo")},
                               {QStringLiteral("country"), QStringLiteral("KR")}};
    QCOMPARE(member(answers.json(), "fields"), expected);

    const HttpReply cancelled = act(QStringLiteral("/v1/bids/%1/cancel").arg(bidId),
                                    {{QStringLiteral("reason"), QStringLiteral("Double-booked.")}},
                                    m_creatorToken);
    VERIFY_STATUS(cancelled, 200);
    VERIFY_LEDGER(*m_client, "cancelling the bid");

    const HttpReply afterCancel = m_client->get(kyfPath, m_creatorToken);
    VERIFY_STATUS(afterCancel, 409);
    QCOMPARE(errorCode(afterCancel), QStringLiteral("kyf_not_available"));
}

void SandboxLifecycleTest::creatorCancelsScheduledBid()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Cancelled Fan"));
    QString bidId;
    QJsonObject meeting;
    scheduleMeeting(fan, 3600, bidId, meeting);
    if (QTest::currentTestFailed())
        return;

    const QString reason = QStringLiteral("I am ill and cannot travel, sorry.");
    const HttpReply cancelled = act(QStringLiteral("/v1/bids/%1/cancel").arg(bidId),
                                    {{QStringLiteral("reason"), reason}}, m_creatorToken);
    VERIFY_STATUS(cancelled, 200);
    QCOMPARE(field(cancelled.json(), "status"), QStringLiteral("cancelled"));
    QCOMPARE(field(cancelled.json(), "cancelledBy"), QStringLiteral("creator"));
    QCOMPARE(field(cancelled.json(), "cancelReason"), reason);
    QCOMPARE(field(cancelled.json(), "escrow"), QStringLiteral("refunded"));
    VERIFY_LEDGER(*m_client, "the creator cancelling");
}

void SandboxLifecycleTest::fanCannotCancelAfterStart()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Too Late Fan"));
    QString bidId;
    QJsonObject meeting;
    scheduleMeeting(fan, 5 * 60, bidId, meeting);
    if (QTest::currentTestFailed())
        return;

    VERIFY_STATUS(m_client->advanceClock(6 * 60), 200);
    VERIFY_LEDGER(*m_client, "advancing the clock past the start");
    const HttpReply cancelled = act(QStringLiteral("/v1/bids/%1/cancel").arg(bidId),
                                    {{QStringLiteral("reason"), QStringLiteral("Missed the train.")}},
                                    fan.token);
    VERIFY_STATUS(cancelled, 409);
    QCOMPARE(errorCode(cancelled), QStringLiteral("cannot_cancel"));
    QCOMPARE(field(creatorBid(bidId), "status"), QStringLiteral("scheduled"));
    VERIFY_LEDGER(*m_client, "the fan's rejected cancellation");

    const HttpReply byCreator = act(QStringLiteral("/v1/bids/%1/cancel").arg(bidId),
                                    {{QStringLiteral("reason"), QStringLiteral("The fan did not come.")}},
                                    m_creatorToken);
    VERIFY_STATUS(byCreator, 200);
    QCOMPARE(field(byCreator.json(), "escrow"), QStringLiteral("refunded"));
    VERIFY_LEDGER(*m_client, "the creator cancelling after the start");
}

void SandboxLifecycleTest::cancelRejectsBadReason_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty reason") << QJsonObject{{QStringLiteral("reason"), QString()}}
                                  << QStringLiteral("invalid_field");
    QTest::newRow("spaces only") << QJsonObject{{QStringLiteral("reason"), QStringLiteral("   ")}}
                                 << QStringLiteral("invalid_field");
    QTest::newRow("501 characters") << QJsonObject{{QStringLiteral("reason"), QString(501, QLatin1Char('r'))}}
                                    << QStringLiteral("invalid_field");
    QTest::newRow("no reason") << QJsonObject() << QStringLiteral("missing_field");
}

void SandboxLifecycleTest::cancelRejectsBadReason()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);

    if (m_cancelBidId.isEmpty()) {
        const FanSession fan = m_client->signInFanSession(QStringLiteral("Reasonable Fan"));
        m_cancelBidId = placeBid(fan.token);
        QVERIFY(!m_cancelBidId.isEmpty());
        acceptBid(m_cancelBidId);
        if (QTest::currentTestFailed())
            return;
    }

    const HttpReply cancelled = act(QStringLiteral("/v1/bids/%1/cancel").arg(m_cancelBidId), body, m_creatorToken);
    VERIFY_STATUS(cancelled, 400);
    QCOMPARE(errorCode(cancelled), code);
    QCOMPARE(errorField(cancelled), QStringLiteral("reason"));
    QCOMPARE(field(creatorBid(m_cancelBidId), "status"), QStringLiteral("accepted"));
    VERIFY_LEDGER(*m_client, "the rejected cancellation");
}

void SandboxLifecycleTest::counterProposalReplacesOlder()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Haggling Fan"));
    const QString bidId = placeBid(fan.token);
    QVERIFY(!bidId.isEmpty());
    acceptBid(bidId);
    if (QTest::currentTestFailed())
        return;

    const QDateTime start = wholeSecondsAfter(m_client->sandboxNow(), 24 * 3600);
    const QString proposals = QStringLiteral("/v1/bids/%1/proposals").arg(bidId);
    const HttpReply first = act(proposals, proposalBody(start, start.addSecs(3600)), fan.token);
    VERIFY_STATUS(first, 201);
    const HttpReply counter = act(proposals, proposalBody(start.addSecs(7200), start.addSecs(10800)),
                                  m_creatorToken);
    VERIFY_STATUS(counter, 201);
    VERIFY_LEDGER(*m_client, "the counter proposal");

    const QString acceptFirst = QStringLiteral("%1/%2/accept").arg(proposals, field(first.json(), "id"));
    const HttpReply stale = act(acceptFirst, {}, m_creatorToken);
    VERIFY_STATUS(stale, 409);
    QCOMPARE(errorField(stale), QStringLiteral("messageId"));
    QCOMPARE(field(creatorBid(bidId), "status"), QStringLiteral("accepted"));
    VERIFY_LEDGER(*m_client, "accepting the older proposal");

    const HttpReply scheduled = act(QStringLiteral("%1/%2/accept").arg(proposals, field(counter.json(), "id")),
                                    {}, fan.token);
    VERIFY_STATUS(scheduled, 200);
    QCOMPARE(field(scheduled.json(), "status"), QStringLiteral("scheduled"));
    QCOMPARE(field(member(scheduled.json(), "meeting"), "proposalId"), field(counter.json(), "id"));
    VERIFY_LEDGER(*m_client, "accepting the counter proposal");
}

void SandboxLifecycleTest::ownProposalCannotBeAccepted()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Waiting Fan"));
    const QString bidId = placeBid(fan.token);
    QVERIFY(!bidId.isEmpty());
    acceptBid(bidId);
    if (QTest::currentTestFailed())
        return;

    const QDateTime start = wholeSecondsAfter(m_client->sandboxNow(), 24 * 3600);
    const HttpReply proposed = act(QStringLiteral("/v1/bids/%1/proposals").arg(bidId),
                                   proposalBody(start, start.addSecs(1800)), m_creatorToken);
    VERIFY_STATUS(proposed, 201);

    const HttpReply own = act(QStringLiteral("/v1/bids/%1/proposals/%2/accept").arg(bidId, field(proposed.json(), "id")),
                              {}, m_creatorToken);
    VERIFY_STATUS(own, 409);
    QCOMPARE(errorField(own), QStringLiteral("messageId"));
    QCOMPARE(field(creatorBid(bidId), "status"), QStringLiteral("accepted"));
    VERIFY_LEDGER(*m_client, "accepting one's own proposal");
}

void SandboxLifecycleTest::proposalBlockedWhileKyfRequested()
{
    putSettings(settingsBody({QStringLiteral("over_18")}));
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Undecided Fan"));
    const QString bidId = placeBid(fan.token);
    QVERIFY(!bidId.isEmpty());
    acceptBid(bidId);
    if (QTest::currentTestFailed())
        return;

    const QDateTime start = wholeSecondsAfter(m_client->sandboxNow(), 24 * 3600);
    const HttpReply proposed = act(QStringLiteral("/v1/bids/%1/proposals").arg(bidId),
                                   proposalBody(start, start.addSecs(1800)), fan.token);
    VERIFY_STATUS(proposed, 201);

    const HttpReply blocked = act(QStringLiteral("/v1/bids/%1/proposals/%2/accept").arg(bidId, field(proposed.json(), "id")),
                                  {}, m_creatorToken);
    VERIFY_STATUS(blocked, 409);
    QCOMPARE(errorField(blocked), QStringLiteral("kyf"));
    QCOMPARE(field(creatorBid(bidId), "status"), QStringLiteral("accepted"));
    VERIFY_LEDGER(*m_client, "accepting a proposal while KYF is requested");
}

void SandboxLifecycleTest::proposalRejectsBadTerms_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("namedField");

    const QDateTime start = wholeSecondsAfter(m_client->sandboxNow(), 24 * 3600);
    const QJsonObject valid = proposalBody(start, start.addSecs(3600));
    const auto with = [&valid](const char *key, const QJsonValue &value) {
        QJsonObject body = valid;
        if (value.isUndefined())
            body.remove(QLatin1String(key));
        else
            body.insert(QLatin1String(key), value);
        return body;
    };
    const QString hourBefore = mesi::contract::formatTimestamp(start.addSecs(-3600));
    const QString invalid = QStringLiteral("invalid_field");

    QTest::newRow("end before start") << with("end", hourBefore) << invalid << QStringLiteral("end");
    QTest::newRow("unknown zone") << with("timeZone", QStringLiteral("Mars/Base")) << invalid
                                  << QStringLiteral("timeZone");
    QJsonObject ftp = with("place", QJsonValue::Undefined);
    ftp.insert(QStringLiteral("link"), QStringLiteral("ftp://x"));
    QTest::newRow("ftp link") << ftp << invalid << QStringLiteral("link");
    QTest::newRow("place and link") << with("link", QStringLiteral("https://meet.example/room")) << invalid
                                    << QStringLiteral("link");
    // With neither given, the error names place, which the body lacks.
    QTest::newRow("neither place nor link") << with("place", QJsonValue::Undefined)
                                            << QStringLiteral("missing_field") << QStringLiteral("place");
    QJsonObject past = with("start", mesi::contract::formatTimestamp(start.addDays(-2)));
    past.insert(QStringLiteral("end"), mesi::contract::formatTimestamp(start.addDays(-2).addSecs(3600)));
    QTest::newRow("start in the past") << past << invalid << QStringLiteral("start");
    QTest::newRow("malformed start") << with("start", QStringLiteral("tomorrow at six")) << invalid
                                     << QStringLiteral("start");
    QTest::newRow("start without zone") << with("start", QStringLiteral("2031-05-01T18:00:00")) << invalid
                                        << QStringLiteral("start");
}

void SandboxLifecycleTest::proposalRejectsBadTerms()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    QFETCH(QString, namedField);

    if (m_proposalBidId.isEmpty()) {
        const FanSession fan = m_client->signInFanSession(QStringLiteral("Careless Fan"));
        m_proposalBidId = placeBid(fan.token);
        QVERIFY(!m_proposalBidId.isEmpty());
        acceptBid(m_proposalBidId);
        if (QTest::currentTestFailed())
            return;
    }

    const HttpReply proposed = act(QStringLiteral("/v1/bids/%1/proposals").arg(m_proposalBidId), body,
                                   m_creatorToken);
    VERIFY_STATUS(proposed, 400);
    QCOMPARE(errorCode(proposed), code);
    QCOMPARE(errorField(proposed), namedField);
    QVERIFY(!proposed.error().value(QStringLiteral("message")).toString().isEmpty());
    VERIFY_LEDGER(*m_client, "the rejected proposal");
}

void SandboxLifecycleTest::pausedBiddingRejectsBids()
{
    QJsonObject paused = settingsBody();
    paused.insert(QStringLiteral("acceptsBids"), false);
    putSettings(paused);
    if (QTest::currentTestFailed())
        return;

    const FanSession fan = m_client->signInFanSession(QStringLiteral("Eager Fan"));
    const HttpReply placed = m_client->placeBid(fan.token, {{QStringLiteral("creator"), QStringLiteral("demo")},
                                                            {QStringLiteral("amount"), QStringLiteral("20.00")},
                                                            {QStringLiteral("asset"), QStringLiteral("USD")}});
    VERIFY_STATUS(placed, 409);
    QCOMPARE(errorCode(placed), QStringLiteral("creator_not_accepting"));
    QCOMPARE(errorField(placed), QStringLiteral("creator"));
    const HttpReply fanBids = m_client->get(QStringLiteral("/v1/fan/bids"), fan.token);
    QCOMPARE(fanBids.json().value(QStringLiteral("items")).toArray().size(), 0);
    VERIFY_LEDGER(*m_client, "a bid while bidding is off");
}

void SandboxLifecycleTest::minimumBidRejectsLowerBids()
{
    QJsonObject minimum = settingsBody();
    minimum.insert(QStringLiteral("minimumBids"),
                   QJsonArray{QJsonObject{{QStringLiteral("amount"), QStringLiteral("50.00")},
                                          {QStringLiteral("asset"), QStringLiteral("USD")}}});
    putSettings(minimum);
    if (QTest::currentTestFailed())
        return;

    const FanSession fan = m_client->signInFanSession(QStringLiteral("Thrifty Fan"));
    const HttpReply low = m_client->placeBid(fan.token, {{QStringLiteral("creator"), QStringLiteral("demo")},
                                                         {QStringLiteral("amount"), QStringLiteral("49.99")},
                                                         {QStringLiteral("asset"), QStringLiteral("USD")}});
    VERIFY_STATUS(low, 400);
    QCOMPARE(errorField(low), QStringLiteral("amount"));
    const QString message = low.error().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("50.00")), qPrintable(message));
    VERIFY_LEDGER(*m_client, "a bid below the minimum");

    QVERIFY(!placeBid(fan.token, QStringLiteral("50.00"), QStringLiteral("USD")).isEmpty());
    VERIFY_LEDGER(*m_client, "a bid at the minimum");
    // The minimum is per asset: EUR has none.
    QVERIFY(!placeBid(fan.token, QStringLiteral("1.00"), QStringLiteral("EUR")).isEmpty());
    VERIFY_LEDGER(*m_client, "a small bid in an asset without a minimum");
}

void SandboxLifecycleTest::settingsRejectInvalidInput_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("namedField");

    QJsonObject noFields = settingsBody();
    noFields.insert(QStringLiteral("kyf"), QJsonObject{{QStringLiteral("required"), true},
                                                       {QStringLiteral("fields"), QJsonArray()}});
    QTest::newRow("KYF required without fields") << noFields << QStringLiteral("kyf.fields");

    const QJsonObject usd{{QStringLiteral("amount"), QStringLiteral("10.00")}, {QStringLiteral("asset"), QStringLiteral("USD")}};
    QJsonObject twice = settingsBody();
    twice.insert(QStringLiteral("minimumBids"), QJsonArray{usd, usd});
    QTest::newRow("two minimums for USD") << twice << QStringLiteral("minimumBids");

    QJsonObject tiers = settingsBody();
    tiers.insert(QStringLiteral("aiTiers"),
                 QJsonArray{QJsonObject{{QStringLiteral("format"), QStringLiteral("text")},
                                        {QStringLiteral("accountTier"), QStringLiteral("basic")},
                                        {QStringLiteral("durationMinutes"), 30},
                                        {QStringLiteral("price"), QStringLiteral("15.00")},
                                        {QStringLiteral("asset"), QStringLiteral("USD")}}});
    QTest::newRow("price table on a person account") << tiers << QStringLiteral("aiTiers");
}

void SandboxLifecycleTest::settingsRejectInvalidInput()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, namedField);

    const QByteArray before = m_client->get(QStringLiteral("/v1/creator/settings"), m_creatorToken).body;
    const HttpReply reply = m_client->put(QStringLiteral("/v1/creator/settings"), toBytes(body),
                                          m_creatorToken, newKey());
    VERIFY_STATUS(reply, 400);
    QCOMPARE(errorCode(reply), QStringLiteral("invalid_field"));
    QCOMPARE(errorField(reply), namedField);
    QCOMPARE(m_client->get(QStringLiteral("/v1/creator/settings"), m_creatorToken).body, before);
}

void SandboxLifecycleTest::aiBidNeedsFormat()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Formatless Fan"));
    const HttpReply placed = m_client->placeBid(fan.token, {{QStringLiteral("creator"), QStringLiteral("nova")},
                                                            {QStringLiteral("amount"), QStringLiteral("15.00")},
                                                            {QStringLiteral("asset"), QStringLiteral("USD")}});
    VERIFY_STATUS(placed, 400);
    QCOMPARE(errorField(placed), QStringLiteral("format"));
    VERIFY_LEDGER(*m_client, "an AI bid without a format");
}

void SandboxLifecycleTest::aiBidBelowTierPriceIs400()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Bargain Fan"),
                                                      {{QStringLiteral("tier"), QStringLiteral("basic")}});
    const HttpReply placed = m_client->placeBid(fan.token, {{QStringLiteral("creator"), QStringLiteral("nova")},
                                                            {QStringLiteral("amount"), QStringLiteral("14.99")},
                                                            {QStringLiteral("asset"), QStringLiteral("USD")},
                                                            {QStringLiteral("format"), QStringLiteral("text")}});
    VERIFY_STATUS(placed, 400);
    QCOMPARE(errorField(placed), QStringLiteral("amount"));
    const QString message = placed.error().value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("15.00")), qPrintable(message));
    VERIFY_LEDGER(*m_client, "an AI bid below the tier price");
}

/// Places a text session bid on nova at the basic tier price and lets nova accept it.
void SandboxLifecycleTest::placeAiBid(const FanSession &fan, QString &bidId)
{
    const HttpReply placed = m_client->placeBid(fan.token, {{QStringLiteral("creator"), QStringLiteral("nova")},
                                                            {QStringLiteral("amount"), QStringLiteral("15.00")},
                                                            {QStringLiteral("asset"), QStringLiteral("USD")},
                                                            {QStringLiteral("format"), QStringLiteral("text")}});
    VERIFY_STATUS(placed, 201);
    bidId = field(placed.json(), "id");
    const QJsonObject session = member(placed.json(), "session");
    QCOMPARE(field(session, "state"), QStringLiteral("waiting"));
    QCOMPARE(field(session, "format"), QStringLiteral("text"));
    QCOMPARE(field(session, "accountTier"), QStringLiteral("basic"));
    QCOMPARE(field(session, "tierPrice"), QStringLiteral("15.00"));
    QCOMPARE(session.value(QStringLiteral("durationMinutes")).toInt(), 30);
    VERIFY_LEDGER(*m_client, "placing the AI bid");

    const HttpReply accepted = act(QStringLiteral("/v1/creator/bids/%1/accept").arg(bidId), {}, m_novaToken);
    VERIFY_STATUS(accepted, 200);
    QCOMPARE(field(accepted.json(), "status"), QStringLiteral("accepted"));
    QCOMPARE(field(member(accepted.json(), "kyf"), "state"), QStringLiteral("not_required"));
    VERIFY_LEDGER(*m_client, "nova accepting the bid");
}

void SandboxLifecycleTest::aiTextSessionCompletes()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Chatty Fan"),
                                                      {{QStringLiteral("tier"), QStringLiteral("basic")}});
    QString bidId;
    placeAiBid(fan, bidId);
    if (QTest::currentTestFailed())
        return;

    const HttpReply joined = act(QStringLiteral("/v1/fan/bids/%1/session/join").arg(bidId), {}, fan.token);
    VERIFY_STATUS(joined, 200);
    QCOMPARE(field(member(joined.json(), "session"), "state"), QStringLiteral("live"));
    VERIFY_LEDGER(*m_client, "joining the session");

    const QString messages = QStringLiteral("/v1/bids/%1/messages").arg(bidId);
    const HttpReply sent = act(messages, {{QStringLiteral("text"), QStringLiteral("Hello Nova, what are you reading?")}},
                               fan.token);
    VERIFY_STATUS(sent, 201);
    bool standInReplied = false;
    for (const QJsonValue &value : m_client->get(messages, fan.token).json().value(QStringLiteral("items")).toArray()) {
        const QJsonObject message = value.toObject();
        if (field(message, "sender") == QLatin1String("creator")
            && field(message, "senderName").contains(QStringLiteral("stand-in"))) {
            standInReplied = true;
        }
    }
    QVERIFY2(standInReplied, "no chat message from a sender named as the sandbox stand-in");
    VERIFY_LEDGER(*m_client, "chatting in the session");

    const HttpReply ended = act(QStringLiteral("/v1/bids/%1/session/end").arg(bidId), {}, fan.token);
    VERIFY_STATUS(ended, 200);
    QCOMPARE(field(ended.json(), "status"), QStringLiteral("completed"));
    QCOMPARE(field(member(ended.json(), "session"), "state"), QStringLiteral("ended"));
    QCOMPARE(field(ended.json(), "escrow"), QStringLiteral("released"));
    VERIFY_LEDGER(*m_client, "ending the session");
}

void SandboxLifecycleTest::aiSessionEndsAfterDuration()
{
    const FanSession fan = m_client->signInFanSession(QStringLiteral("Quiet Fan"),
                                                      {{QStringLiteral("tier"), QStringLiteral("basic")}});
    QString bidId;
    placeAiBid(fan, bidId);
    if (QTest::currentTestFailed())
        return;

    VERIFY_STATUS(act(QStringLiteral("/v1/fan/bids/%1/session/join").arg(bidId), {}, fan.token), 200);
    VERIFY_LEDGER(*m_client, "joining the session");

    const HttpReply cancelled = act(QStringLiteral("/v1/bids/%1/cancel").arg(bidId),
                                    {{QStringLiteral("reason"), QStringLiteral("Changed my mind.")}}, fan.token);
    VERIFY_STATUS(cancelled, 409);
    VERIFY_LEDGER(*m_client, "cancelling a started session");

    VERIFY_STATUS(m_client->advanceClock(30 * 60 + 1), 200);
    const QJsonObject ended = m_client->get(QStringLiteral("/v1/fan/bids/") + bidId, fan.token).json();
    QCOMPARE(field(ended, "status"), QStringLiteral("completed"));
    QCOMPARE(field(member(ended, "session"), "state"), QStringLiteral("ended"));
    QCOMPARE(field(ended, "escrow"), QStringLiteral("released"));
    VERIFY_LEDGER(*m_client, "the session running out");
}

QTEST_GUILESS_MAIN(SandboxLifecycleTest)
#include "tst_sandbox_lifecycle.moc"
