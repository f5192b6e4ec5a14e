// Every path of Bid-to-Meet from the console's side: the creator acts through CreatorSession
// and CreatorLifecycle, the fan through the mesi-fan executable, against a sandbox process.
// The escrow ledger invariant is checked after every step.

#include "../sandbox/ledgercheck.h"

#include "pass/fanconfirmation.h"
#include "pass/meetingpass.h"
#include "pass/passimage.h"
#include "sync/creatorlifecycle.h"
#include "sync/creatorsession.h"
#include "sync/sandboxprocess.h"

#include "store/localcache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mesi;

namespace {

QString binary(const QString &name)
{
    return qEnvironmentVariable("MESI_BIN_DIR") + QLatin1Char('/') + name;
}

struct FanRun
{
    int exitCode = -1;
    QString output;
    QString error;
};

/// Time the console has to show a change the fan made, as the lifecycle promises.
constexpr int ShowWithinMs = 2000;

/// Every log line of this process, so a test can check that no consented KYF value was logged.
QStringList &capturedLog()
{
    static QStringList lines;
    return lines;
}

QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog().append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestLifecyclePaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scheduledMeetingReleasedByPass();
    // These scan passes and codes signed with the real clock, so they run before any test
    // that moves the sandbox clock.
    void rotatingPassRejections();
    void fanCodeConfirmsMeeting();
    void kyfConsentSharesOnlyRequestedFields();
    void kyfDeclinedRefunds();
    void withdrawnRefunds();
    void cancelledMeetingRefunds();
    void aiSessionReleasedWhenEnded();
    void kyfSilenceCancelsAfter48Hours();
    void pendingBidExpiresAfterSevenDays();
    // Last, so it scans the log lines of every path above.
    void noSecretOrPersonalValueLogged();
    void cleanupTestCase();

private:
    FanRun fan(const QString &name, const QStringList &arguments);
    QString placeBid(const QString &fanName, const QString &creator, const QStringList &extra = {});
    std::unique_ptr<sync::CreatorSession> signIn(const QString &handle, const QString &password,
                                                 const QString &cachePath = {});
    const Bid *waitForBid(sync::CreatorSession &session, const QString &bidId, BidStatus status);
    void setKyf(bool required);
    /// Places a bid as fanName and takes it to scheduled with a meeting 20 minutes from now:
    /// the fan proposes and the creator accepts.
    const Bid *scheduleMeeting(const QString &fanName);

    QUrl m_url;
    QTemporaryDir m_dataDir;
    std::unique_ptr<sync::SandboxProcess> m_sandbox;
    std::unique_ptr<sync::CreatorSession> m_demo;
    std::unique_ptr<SandboxTestClient> m_client;
    /// Tokens, passes, codes, KYF values and chat texts the paths used; none may reach a log.
    QStringList m_secretValues;
};

FanRun TestLifecyclePaths::fan(const QString &name, const QStringList &arguments)
{
    QStringList all{QStringLiteral("--api"), m_url.toString()};
    if (!name.isEmpty())
        all << QStringLiteral("--fan") << name;
    all += arguments;
    QProcess process;
    process.start(binary(QStringLiteral("mesi-fan")), all);
    FanRun run;
    if (!process.waitForFinished(30000)) {
        run.error = QStringLiteral("mesi-fan did not finish: ") + process.errorString();
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

QString TestLifecyclePaths::placeBid(const QString &fanName, const QString &creator,
                                     const QStringList &extra)
{
    const FanRun run = fan(fanName, QStringList{QStringLiteral("bid"), QStringLiteral("--creator"), creator,
                                                QStringLiteral("--amount"), QStringLiteral("50.00"),
                                                QStringLiteral("--asset"), QStringLiteral("USD")}
                                        + extra);
    if (run.exitCode != 0)
        qWarning("mesi-fan bid failed: %s", qPrintable(run.error));
    return run.exitCode == 0 ? run.output : QString();
}

std::unique_ptr<sync::CreatorSession> TestLifecyclePaths::signIn(const QString &handle,
                                                                 const QString &password,
                                                                 const QString &cachePath)
{
    std::unique_ptr<store::LocalCache> cache;
    if (!cachePath.isEmpty()) {
        Result<std::unique_ptr<store::LocalCache>> opened = store::LocalCache::open(cachePath);
        if (!opened)
            return {};
        cache = std::move(opened).value();
    }
    auto session = cache ? std::make_unique<sync::CreatorSession>(m_url, std::move(cache))
                         : std::make_unique<sync::CreatorSession>(m_url);
    QSignalSpy loaded(session.get(), &sync::CreatorSession::bidsLoaded);
    session->signIn(handle, password);
    if (!QTest::qWaitFor([&] { return session->connectionState()
                                      == sync::CreatorSession::ConnectionState::Online; },
                         20000)) {
        return {};
    }
    return session;
}

const Bid *TestLifecyclePaths::waitForBid(sync::CreatorSession &session, const QString &bidId,
                                          BidStatus status)
{
    const bool shown = QTest::qWaitFor([&] {
        const Bid *bid = session.bids()->find(bidId);
        return bid && bid->status == status;
    }, ShowWithinMs);
    return shown ? session.bids()->find(bidId) : nullptr;
}

void TestLifecyclePaths::setKyf(bool required)
{
    sync::CreatorLifecycle *lifecycle = m_demo->lifecycle();
    QVERIFY(lifecycle->settings().has_value());
    CreatorSettings settings = *lifecycle->settings();
    settings.kyfRequired = required;
    settings.kyfFields = required ? QList<KyfField>{KyfField::LegalName, KyfField::Over18}
                                  : QList<KyfField>{};
    QSignalSpy changed(lifecycle, &sync::CreatorLifecycle::settingsChanged);
    lifecycle->saveSettings(settings);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(lifecycle->settings()->kyfRequired, required);
}

const Bid *TestLifecyclePaths::scheduleMeeting(const QString &fanName)
{
    const QString bidId = placeBid(fanName, QStringLiteral("demo"));
    if (bidId.isEmpty() || !waitForBid(*m_demo, bidId, BidStatus::Pending))
        return nullptr;
    m_demo->accept(bidId);
    if (!waitForBid(*m_demo, bidId, BidStatus::Accepted))
        return nullptr;

    const QDateTime start = m_client->sandboxNow().addSecs(20 * 60);
    const FanRun proposed = fan(fanName, {QStringLiteral("propose"), QStringLiteral("--bid"), bidId,
                                          QStringLiteral("--start"), start.toString(Qt::ISODate),
                                          QStringLiteral("--end"), start.addSecs(3600).toString(Qt::ISODate),
                                          QStringLiteral("--zone"), QStringLiteral("Europe/Vienna"),
                                          QStringLiteral("--place"), QStringLiteral("Café Sperl")});
    if (proposed.exitCode != 0) {
        qWarning("mesi-fan propose failed: %s", qPrintable(proposed.error));
        return nullptr;
    }
    // The creator accepts the fan's proposal, as in scheduledMeetingReleasedByPass.
    m_demo->loadChat(bidId);
    if (!QTest::qWaitFor([&] { return !m_demo->chats()->messages(bidId).isEmpty(); }, ShowWithinMs))
        return nullptr;
    const ChatMessage proposal = m_demo->chats()->messages(bidId).constLast();
    if (!proposal.proposal)
        return nullptr;
    m_demo->lifecycle()->acceptProposal(bidId, proposal.id);
    return waitForBid(*m_demo, bidId, BidStatus::Scheduled);
}

void TestLifecyclePaths::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    // Every category on, so the KYF test can show that consented values reach no log at any level.
    QLoggingCategory::setFilterRules(QStringLiteral("mesi.*=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
    m_sandbox = std::make_unique<sync::SandboxProcess>();
    QSignalSpy ready(m_sandbox.get(), &sync::SandboxProcess::ready);
    QSignalSpy failed(m_sandbox.get(), &sync::SandboxProcess::failed);
    m_sandbox->start(binary(QStringLiteral("mesi-sandbox")), m_dataDir.path(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY(failed.isEmpty());
    m_url = ready.first().first().toUrl();
    m_client = std::make_unique<SandboxTestClient>(m_url);

    m_demo = signIn(QStringLiteral("demo"), QStringLiteral("demo"),
                    QDir(m_dataDir.path()).filePath(QStringLiteral("console-cache.sqlite")));
    QVERIFY(m_demo);
    // The settings and the registered pass key arrive right after sign-in.
    QTRY_VERIFY_WITH_TIMEOUT(m_demo->lifecycle()->settings().has_value(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_demo->lifecycle()->isPassKeyRegistered(), 5000);
    VERIFY_LEDGER(*m_client, "demo seed");
}

void TestLifecyclePaths::scheduledMeetingReleasedByPass()
{
    const QString bidId = placeBid(QStringLiteral("Pia"), QStringLiteral("demo"));
    QVERIFY(!bidId.isEmpty());
    QVERIFY(waitForBid(*m_demo, bidId, BidStatus::Pending));
    VERIFY_LEDGER(*m_client, "bid placed");

    m_demo->accept(bidId);
    QVERIFY(waitForBid(*m_demo, bidId, BidStatus::Accepted));
    VERIFY_LEDGER(*m_client, "bid accepted");

    // The pass is valid from an hour before the start, so a meeting soon can be confirmed now.
    const QDateTime start = m_client->sandboxNow().addSecs(20 * 60);
    const FanRun proposed = fan(QStringLiteral("Pia"),
                                {QStringLiteral("propose"), QStringLiteral("--bid"), bidId,
                                 QStringLiteral("--start"), start.toString(Qt::ISODate),
                                 QStringLiteral("--end"), start.addSecs(3600).toString(Qt::ISODate),
                                 QStringLiteral("--zone"), QStringLiteral("Europe/Berlin"),
                                 QStringLiteral("--place"), QStringLiteral("Café Einstein")});
    QVERIFY2(proposed.exitCode == 0, qPrintable(proposed.error));
    m_demo->loadChat(bidId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_demo->chats()->messages(bidId).isEmpty(), ShowWithinMs);
    const ChatMessage proposal = m_demo->chats()->messages(bidId).constLast();
    QVERIFY(proposal.proposal.has_value());
    QCOMPARE(proposal.proposal->place, QStringLiteral("Café Einstein"));

    m_demo->lifecycle()->acceptProposal(bidId, proposal.id);
    const Bid *scheduled = waitForBid(*m_demo, bidId, BidStatus::Scheduled);
    QVERIFY(scheduled);
    QVERIFY(scheduled->meeting.isValid());
    QCOMPARE(scheduled->meeting.terms.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(scheduled->escrow, EscrowState::Locked);
    VERIFY_LEDGER(*m_client, "proposal accepted");

    // A chat line from the console travels through the outbox, its logging included.
    const QString chatText = QStringLiteral("Meet me by the fountain, table 5821");
    m_demo->sendMessage(bidId, chatText);
    m_secretValues << chatText;
    QTRY_VERIFY_WITH_TIMEOUT(m_demo->outbox()->entries().isEmpty(), ShowWithinMs);

    Result<QString> pass = m_demo->lifecycle()->issuePassFor(*scheduled);
    QVERIFY2(pass, qPrintable(pass ? QString() : pass.error().message));
    m_secretValues << pass.value();
    const QString image = m_dataDir.filePath(QStringLiteral("pass.png"));
    QVERIFY(pass::savePassPng(pass.value(), image));

    // Another fan holding the picture cannot use it.
    const FanRun stranger = fan(QStringLiteral("Mallory"), {QStringLiteral("scan"), image});
    QCOMPARE(stranger.exitCode, 1);
    QVERIFY2(stranger.error.contains(QStringLiteral("wrong_fan")), qPrintable(stranger.error));
    VERIFY_LEDGER(*m_client, "stranger scanned");

    const FanRun scanned = fan(QStringLiteral("Pia"), {QStringLiteral("scan"), image});
    QVERIFY2(scanned.exitCode == 0, qPrintable(scanned.error));
    const Bid *completed = waitForBid(*m_demo, bidId, BidStatus::Completed);
    QVERIFY(completed);
    QCOMPARE(completed->escrow, EscrowState::Released);
    VERIFY_LEDGER(*m_client, "pass scanned");

    const FanRun again = fan(QStringLiteral("Pia"), {QStringLiteral("scan"), image});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.error.contains(QStringLiteral("already_used")), qPrintable(again.error));
    VERIFY_LEDGER(*m_client, "pass scanned twice");
}

void TestLifecyclePaths::rotatingPassRejections()
{
    const Bid *scheduled = scheduleMeeting(QStringLiteral("Rosa"));
    QVERIFY(scheduled);
    const Bid bid = *scheduled;
    VERIFY_LEDGER(*m_client, "meeting scheduled");
    // The sandbox clock, not the wall clock, decides the step on the server.
    const QDateTime serverNow = m_client->sandboxNow();

    const auto redeem = [this](const QString &passText) {
        return fan(QStringLiteral("Rosa"), {QStringLiteral("redeem"), QStringLiteral("--pass"), passText});
    };
    const auto expectRejected = [&](const QString &passText, const QString &reason) {
        const QByteArray ledgerBefore = m_client->get(QStringLiteral("/v1/sandbox/ledger")).body;
        const FanRun run = redeem(passText);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.error.contains(reason), qPrintable(run.error));
        QCOMPARE(m_client->get(QStringLiteral("/v1/sandbox/ledger")).body, ledgerBefore);
        QCOMPARE(m_demo->bids()->find(bid.id)->status, BidStatus::Scheduled);
    };

    // A photo of the screen taken two minutes ago is past the grace of one step.
    Result<QString> photo = m_demo->lifecycle()->issuePassFor(bid, serverNow.addSecs(-120));
    QVERIFY(photo);
    expectRejected(photo.value(), QStringLiteral("stale_step"));
    Result<QString> future = m_demo->lifecycle()->issuePassFor(bid, serverNow.addSecs(120));
    QVERIFY(future);
    expectRejected(future.value(), QStringLiteral("future_step"));
    VERIFY_LEDGER(*m_client, "stale and future passes");

    // A second device key of the creator, revoked, signs a pass that is otherwise valid.
    const QString creatorToken = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(!creatorToken.isEmpty());
    Result<pass::SigningKey> oldKey = pass::SigningKey::generate();
    QVERIFY(oldKey);
    const HttpReply registered = m_client->post(
        QStringLiteral("/v1/creator/keys"),
        toBytes({{QStringLiteral("publicKey"), QString::fromLatin1(oldKey->publicKey().toBase64())},
                 {QStringLiteral("label"), QStringLiteral("Old laptop")}}),
        creatorToken, newKey());
    QCOMPARE(registered.status, 201);
    const QString keyRecord = registered.json().value(QStringLiteral("id")).toString();
    QCOMPARE(m_client->post(QStringLiteral("/v1/creator/keys/%1/revoke").arg(keyRecord), {}, creatorToken, newKey())
                 .status,
             200);
    pass::PassClaims claims;
    claims.meetingId = bid.meeting.id;
    claims.fanId = bid.fanId;
    claims.validFrom = bid.meeting.terms.start.addSecs(-3600);
    claims.validUntil = bid.meeting.terms.end.addSecs(3600);
    claims.stepSeconds = pass::RotationStepSeconds;
    claims.step = pass::rotationStep(m_client->sandboxNow(), claims.stepSeconds);
    Result<QString> revokedPass = pass::issuePass(claims, oldKey.value());
    QVERIFY(revokedPass);
    expectRejected(revokedPass.value(), QStringLiteral("revoked_key"));
    VERIFY_LEDGER(*m_client, "pass of a revoked key");

    // The current pass, through its PNG, is accepted once.
    Result<QString> current = m_demo->lifecycle()->issuePassFor(bid, m_client->sandboxNow());
    QVERIFY(current);
    const QString image = m_dataDir.filePath(QStringLiteral("rotating-pass.png"));
    QVERIFY(pass::savePassPng(current.value(), image));
    const FanRun scanned = fan(QStringLiteral("Rosa"), {QStringLiteral("scan"), image});
    QVERIFY2(scanned.exitCode == 0, qPrintable(scanned.error));
    const Bid *completed = waitForBid(*m_demo, bid.id, BidStatus::Completed);
    QVERIFY(completed);
    QCOMPARE(completed->escrow, EscrowState::Released);
    VERIFY_LEDGER(*m_client, "current pass scanned");

    const QByteArray ledgerAfter = m_client->get(QStringLiteral("/v1/sandbox/ledger")).body;
    const FanRun again = redeem(current.value());
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.error.contains(QStringLiteral("already_used")), qPrintable(again.error));
    QCOMPARE(m_client->get(QStringLiteral("/v1/sandbox/ledger")).body, ledgerAfter);
}

void TestLifecyclePaths::fanCodeConfirmsMeeting()
{
    const Bid *scheduled = scheduleMeeting(QStringLiteral("Sami"));
    QVERIFY(scheduled);
    const Bid bid = *scheduled;
    const QString keyFile = m_dataDir.filePath(QStringLiteral("fans/sami.key"));
    const QString codeImage = m_dataDir.filePath(QStringLiteral("sami-code.png"));

    const FanRun codeRun = fan(QStringLiteral("Sami"), {QStringLiteral("confirm-code"), QStringLiteral("--meeting"),
                                                      bid.meeting.id, QStringLiteral("--key-file"), keyFile,
                                                      QStringLiteral("--out"), codeImage});
    QVERIFY2(codeRun.exitCode == 0, qPrintable(codeRun.error));
    QVERIFY2(codeRun.output.startsWith(pass::fanConfirmationPrefix()), qPrintable(codeRun.output));
    m_secretValues << codeRun.output.trimmed();
    const QFileDevice::Permissions keyPermissions = QFile::permissions(keyFile);
    QVERIFY(keyPermissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(keyPermissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                               | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());

    // The console reads the code from the fan's screen, here the PNG mesi-fan wrote.
    const Result<QString> decoded = pass::decodeCodeImageFile(
        codeImage, {pass::fanConfirmationPrefix(), QStringLiteral("fan confirmation code")});
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), codeRun.output);

    const auto submit = [&](const QString &code) {
        std::optional<Result<api::PassRedemption>> outcome;
        m_demo->lifecycle()->confirmByFanCode(bid, code, m_demo.get(),
                                              [&outcome](Result<api::PassRedemption> redemption) {
                                                  outcome = redemption;
                                              });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return Result<api::PassRedemption>(makeError(ErrorCode::Network, QStringLiteral("no answer in 10 s")));
        return outcome.value();
    };
    const auto expectRejected = [&](const QString &code, const QString &reason) {
        const QByteArray ledgerBefore = m_client->get(QStringLiteral("/v1/sandbox/ledger")).body;
        const Result<api::PassRedemption> outcome = submit(code);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(!outcome->bid);
        QCOMPARE(outcome->rejectionReason, reason);
        QCOMPARE(m_client->get(QStringLiteral("/v1/sandbox/ledger")).body, ledgerBefore);
    };

    // Another fan's code for this meeting.
    const FanRun stranger = fan(QStringLiteral("Mallory"),
                                {QStringLiteral("confirm-code"), QStringLiteral("--meeting"), bid.meeting.id,
                                 QStringLiteral("--key-file"), m_dataDir.filePath(QStringLiteral("fans/mallory.key"))});
    QVERIFY2(stranger.exitCode == 0, qPrintable(stranger.error));
    expectRejected(stranger.output, QStringLiteral("wrong_fan"));

    // A screenshot of Sami's code from five minutes ago, signed with Sami's own key file.
    QFile seedFile(keyFile);
    QVERIFY(seedFile.open(QIODevice::ReadOnly));
    Result<pass::SigningKey> samiKey = pass::SigningKey::fromSeed(seedFile.readAll());
    QVERIFY(samiKey);
    pass::FanConfirmationClaims old;
    old.meetingId = bid.meeting.id;
    old.fanId = bid.fanId;
    old.step = pass::rotationStep(m_client->sandboxNow().addSecs(-300), old.stepSeconds);
    expectRejected(pass::issueFanConfirmation(old, samiKey.value()).value(), QStringLiteral("stale_step"));
    VERIFY_LEDGER(*m_client, "rejected fan codes");

    const Result<api::PassRedemption> accepted = submit(decoded.value());
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().message));
    QVERIFY2(accepted->bid, qPrintable(accepted->message));
    const Bid *completed = waitForBid(*m_demo, bid.id, BidStatus::Completed);
    QVERIFY(completed);
    QCOMPARE(completed->escrow, EscrowState::Released);
    VERIFY_LEDGER(*m_client, "fan code accepted");

    expectRejected(decoded.value(), QStringLiteral("already_used"));
    VERIFY_LEDGER(*m_client, "fan code used twice");
}

void TestLifecyclePaths::kyfConsentSharesOnlyRequestedFields()
{
    setKyf(true);
    const QString bidId = placeBid(QStringLiteral("Quinn"), QStringLiteral("demo"));
    QVERIFY(!bidId.isEmpty());
    QVERIFY(waitForBid(*m_demo, bidId, BidStatus::Pending));
    m_demo->accept(bidId);
    const Bid *accepted = waitForBid(*m_demo, bidId, BidStatus::Accepted);
    QVERIFY(accepted);
    QCOMPARE(accepted->kyf.state, KyfState::Requested);
    QCOMPARE(accepted->kyf.deadline, accepted->updatedAt.addSecs(KyfAnswerSeconds));
    VERIFY_LEDGER(*m_client, "accepted with KYF");

    const FanRun consent = fan(QStringLiteral("Quinn"), {QStringLiteral("kyf-consent"), QStringLiteral("--bid"), bidId});
    QVERIFY2(consent.exitCode == 0, qPrintable(consent.error));
    QTRY_COMPARE_WITH_TIMEOUT(m_demo->bids()->find(bidId)->kyf.state, KyfState::Consented, ShowWithinMs);

    QSignalSpy answers(m_demo->lifecycle(), &sync::CreatorLifecycle::kyfAnswersReady);
    m_demo->lifecycle()->fetchKyfAnswers(bidId);
    QTRY_VERIFY(!answers.isEmpty());
    const KyfAnswers shared = answers.first().at(1).value<KyfAnswers>();
    QCOMPARE(shared.keys(), (QList<KyfField>{KyfField::LegalName, KyfField::Over18}));
    QCOMPARE(shared.value(KyfField::LegalName), QStringLiteral("Quinn Sample"));
    m_secretValues << QStringLiteral("Quinn Sample");
    VERIFY_LEDGER(*m_client, "KYF consented");
    setKyf(false);

    // Consented values live in memory only. They are in no cache file and no log line.
    // The cache writer flushes on the next event loop turn.
    QTest::qWait(50);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_demo->cache()->path() + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains("Quinn Sample"), qPrintable(file.fileName()));
    }
    for (const QString &line : capturedLog())
        QVERIFY2(!line.contains(QStringLiteral("Quinn Sample")), qPrintable(line));
}

void TestLifecyclePaths::kyfDeclinedRefunds()
{
    setKyf(true);
    const QString bidId = placeBid(QStringLiteral("Rosa"), QStringLiteral("demo"));
    QVERIFY(waitForBid(*m_demo, bidId, BidStatus::Pending));
    m_demo->accept(bidId);
    QVERIFY(waitForBid(*m_demo, bidId, BidStatus::Accepted));
    setKyf(false);

    const FanRun decline = fan(QStringLiteral("Rosa"), {QStringLiteral("kyf-decline"), QStringLiteral("--bid"), bidId});
    QVERIFY2(decline.exitCode == 0, qPrintable(decline.error));
    const Bid *cancelled = waitForBid(*m_demo, bidId, BidStatus::Cancelled);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->kyf.state, KyfState::Declined);
    QCOMPARE(cancelled->escrow, EscrowState::Refunded);
    QCOMPARE(cancelled->cancelledBy, QStringLiteral("fan"));
    VERIFY_LEDGER(*m_client, "KYF declined");
}

void TestLifecyclePaths::withdrawnRefunds()
{
    const QString bidId = placeBid(QStringLiteral("Sami"), QStringLiteral("demo"));
    QVERIFY(waitForBid(*m_demo, bidId, BidStatus::Pending));
    const FanRun withdraw = fan(QStringLiteral("Sami"), {QStringLiteral("withdraw"), QStringLiteral("--bid"), bidId});
    QVERIFY2(withdraw.exitCode == 0, qPrintable(withdraw.error));
    const Bid *withdrawn = waitForBid(*m_demo, bidId, BidStatus::Withdrawn);
    QVERIFY(withdrawn);
    QCOMPARE(withdrawn->escrow, EscrowState::Refunded);
    VERIFY_LEDGER(*m_client, "withdrawn");
}

void TestLifecyclePaths::cancelledMeetingRefunds()
{
    const QString bidId = placeBid(QStringLiteral("Tess"), QStringLiteral("demo"));
    QVERIFY(waitForBid(*m_demo, bidId, BidStatus::Pending));
    m_demo->accept(bidId);
    QVERIFY(waitForBid(*m_demo, bidId, BidStatus::Accepted));

    const QDateTime start = m_client->sandboxNow().addDays(3);
    QVERIFY(fan(QStringLiteral("Tess"), {QStringLiteral("propose"), QStringLiteral("--bid"), bidId,
                                         QStringLiteral("--start"), start.toString(Qt::ISODate),
                                         QStringLiteral("--end"), start.addSecs(1800).toString(Qt::ISODate),
                                         QStringLiteral("--zone"), QStringLiteral("America/Sao_Paulo"),
                                         QStringLiteral("--link"), QStringLiteral("https://meet.example/tess")})
                .exitCode
            == 0);
    m_demo->loadChat(bidId);
    QTRY_VERIFY_WITH_TIMEOUT(!m_demo->chats()->messages(bidId).isEmpty(), ShowWithinMs);
    m_demo->lifecycle()->acceptProposal(bidId, m_demo->chats()->messages(bidId).constLast().id);
    QVERIFY(waitForBid(*m_demo, bidId, BidStatus::Scheduled));
    VERIFY_LEDGER(*m_client, "scheduled");

    QSignalSpy failed(m_demo->lifecycle(), &sync::CreatorLifecycle::actionFailed);
    m_demo->lifecycle()->cancel(bidId, QStringLiteral("I am ill, sorry."));
    const Bid *cancelled = waitForBid(*m_demo, bidId, BidStatus::Cancelled);
    QVERIFY(cancelled);
    QVERIFY(failed.isEmpty());
    QCOMPARE(cancelled->escrow, EscrowState::Refunded);
    QCOMPARE(cancelled->cancelledBy, QStringLiteral("creator"));
    QCOMPARE(cancelled->cancelReason, QStringLiteral("I am ill, sorry."));
    VERIFY_LEDGER(*m_client, "cancelled");
}

void TestLifecyclePaths::aiSessionReleasedWhenEnded()
{
    std::unique_ptr<sync::CreatorSession> nova = signIn(QStringLiteral("nova"), QStringLiteral("nova"));
    QVERIFY(nova);
    const QString bidId = placeBid(QStringLiteral("Uma"), QStringLiteral("nova"),
                                   {QStringLiteral("--format"), QStringLiteral("text")});
    QVERIFY(!bidId.isEmpty());
    const Bid *pending = waitForBid(*nova, bidId, BidStatus::Pending);
    QVERIFY(pending);
    QVERIFY(pending->session.has_value());
    QCOMPARE(pending->session->format, SessionFormat::TextChat);
    QCOMPARE(pending->session->tierPrice.toDecimalString(), QStringLiteral("15.00"));

    nova->accept(bidId);
    QVERIFY(waitForBid(*nova, bidId, BidStatus::Accepted));
    QVERIFY(fan(QStringLiteral("Uma"), {QStringLiteral("join"), QStringLiteral("--bid"), bidId}).exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(nova->bids()->find(bidId)->session->state, SessionState::Live, ShowWithinMs);

    nova->loadChat(bidId);
    QVERIFY(fan(QStringLiteral("Uma"), {QStringLiteral("chat"), QStringLiteral("--bid"), bidId,
                                        QStringLiteral("--text"), QStringLiteral("hello from Uma 4417")})
                .exitCode
            == 0);
    // The fan's line and the stand-in's reply make the live transcript.
    QTRY_COMPARE_WITH_TIMEOUT(nova->chats()->messages(bidId).size(), 2, ShowWithinMs);
    QVERIFY(nova->chats()->messages(bidId).constLast().senderName.contains(QStringLiteral("stand-in")));
    m_secretValues << QStringLiteral("hello from Uma 4417") << nova->chats()->messages(bidId).constLast().text
                   << nova->bearerToken();
    VERIFY_LEDGER(*m_client, "session live");

    QVERIFY(fan(QStringLiteral("Uma"), {QStringLiteral("end"), QStringLiteral("--bid"), bidId}).exitCode == 0);
    const Bid *completed = waitForBid(*nova, bidId, BidStatus::Completed);
    QVERIFY(completed);
    QCOMPARE(completed->escrow, EscrowState::Released);
    QCOMPARE(completed->session->state, SessionState::Ended);
    VERIFY_LEDGER(*m_client, "session ended");
}

void TestLifecyclePaths::kyfSilenceCancelsAfter48Hours()
{
    setKyf(true);
    const QString bidId = placeBid(QStringLiteral("Vera"), QStringLiteral("demo"));
    QVERIFY(waitForBid(*m_demo, bidId, BidStatus::Pending));
    m_demo->accept(bidId);
    QVERIFY(waitForBid(*m_demo, bidId, BidStatus::Accepted));
    setKyf(false);

    const FanRun clock = fan(QString(), {QStringLiteral("clock"), QStringLiteral("--advance"), QStringLiteral("48h1m")});
    QVERIFY2(clock.exitCode == 0, qPrintable(clock.error));
    const Bid *cancelled = waitForBid(*m_demo, bidId, BidStatus::Cancelled);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->kyf.state, KyfState::Expired);
    QCOMPARE(cancelled->cancelledBy, QStringLiteral("platform"));
    QCOMPARE(cancelled->escrow, EscrowState::Refunded);
    VERIFY_LEDGER(*m_client, "KYF deadline passed");

    const FanRun late = fan(QStringLiteral("Vera"), {QStringLiteral("kyf-consent"), QStringLiteral("--bid"), bidId});
    QCOMPARE(late.exitCode, 1);
    QVERIFY2(late.error.contains(QStringLiteral("deadline")), qPrintable(late.error));
}

void TestLifecyclePaths::pendingBidExpiresAfterSevenDays()
{
    const QString bidId = placeBid(QStringLiteral("Wes"), QStringLiteral("demo"));
    QVERIFY(waitForBid(*m_demo, bidId, BidStatus::Pending));
    QVERIFY(fan(QString(), {QStringLiteral("clock"), QStringLiteral("--advance"), QStringLiteral("7d1m")}).exitCode == 0);
    const Bid *expired = waitForBid(*m_demo, bidId, BidStatus::Expired);
    QVERIFY(expired);
    QCOMPARE(expired->escrow, EscrowState::Refunded);
    VERIFY_LEDGER(*m_client, "pending bids expired");
}

void TestLifecyclePaths::noSecretOrPersonalValueLogged()
{
    m_secretValues << m_demo->bearerToken();
    QVERIFY2(m_secretValues.size() >= 8, "a path above stopped early, so the scan would miss values");
    const QStringList &lines = capturedLog();
    QVERIFY(lines.size() > 100);
    for (const QString &value : std::as_const(m_secretValues)) {
        QVERIFY(value.size() >= 8);
        for (const QString &line : lines)
            QVERIFY2(!line.contains(value), qPrintable(QStringLiteral("'%1' logged in: %2").arg(value.left(12), line)));
    }
}

void TestLifecyclePaths::cleanupTestCase()
{
    m_demo.reset();
    m_client.reset();
    qInstallMessageHandler(previousHandler);
    if (m_sandbox)
        m_sandbox->stop();
}

QTEST_GUILESS_MAIN(TestLifecyclePaths)
#include "tst_lifecyclepaths.moc"
