// Session tokens and the pass key in the secret store, from the console's side: refresh
// before expiry, retry after token_expired, a refused refresh, resuming after a restart,
// sign-out and "Reset signing key", against a sandbox process with a short token lifetime.

#include "../sandbox/ledgercheck.h"
#include "../secrets/logcapture.h"

#include "api/creatorapi.h"
#include "pass/passimage.h"
#include "pass/signingkey.h"
#include "secrets/sealedfilestore.h"
#include "store/localcache.h"
#include "sync/creatorlifecycle.h"
#include "sync/creatorsession.h"
#include "sync/passkeyfile.h"
#include "sync/sandboxprocess.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace mesi;

namespace {

/// Seconds a creator access token lives in this test's sandbox; short, so refreshes happen.
constexpr int TokenLifetimeSeconds = 2;
constexpr int WaitMs = 20000;
const QByteArray Passphrase("session-secrets test passphrase");

QString binary(const QString &name)
{
    return qEnvironmentVariable("MESI_BIN_DIR") + QLatin1Char('/') + name;
}

secrets::KdfLimits testLimits()
{
    return secrets::KdfLimits{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

struct FanRun
{
    int exitCode = -1;
    QString output;
    QString error;
};

/// Reads an entry of store; an absent entry is an empty array.
std::optional<QByteArray> readEntry(secrets::SecretStore &store, const QString &name)
{
    std::optional<secrets::SecretStore::ReadResult> outcome;
    store.read(name, &store, [&outcome](secrets::SecretStore::ReadResult result) {
        outcome = std::move(result);
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, WaitMs) || !*outcome)
        return std::nullopt;
    if (!outcome->value())
        return QByteArray();
    return (*outcome->value())->view().toByteArray();
}

} // namespace

class TestSessionSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tokensStoredAtSignIn();
    void accessTokenRefreshedBeforeExpiry();
    void expiredTokenRetriedAfterRefresh();
    void rejectedRefreshKeepsOutbox();
    void resumeFromStoredTokens();
    void signOutDeletesTokens();
    void legacyKeyFileMovedIntoStore();
    void resetSigningKeyRejectsOldPasses();
    void logsHoldNoSecrets();

private:
    FanRun fan(const QString &name, const QStringList &arguments);
    QString cachePath() const { return m_dataDir.filePath(QStringLiteral("console-cache.sqlite")); }
    /// A sealed store in the test folder, unlocked with the test passphrase.
    std::unique_ptr<secrets::SealedFileStore> openStore();
    /// A session on the test cache with the store set; nullptr when the cache cannot open.
    std::unique_ptr<sync::CreatorSession> newSession(secrets::SecretStore *store);
    bool waitOnline(sync::CreatorSession &session);
    /// Waits until the sandbox rejects accessToken with 401 token_expired.
    bool waitUntilExpired(const QString &accessToken);
    QString account() const { return sync::secretAccountName(m_url, QStringLiteral("demo")); }
    void remember(const api::SessionTokens &tokens);

    QUrl m_url;
    QTemporaryDir m_dataDir;
    std::unique_ptr<sync::SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    std::unique_ptr<testing::LogCapture> m_logs;
    /// Every token and key seen, for the log check at the end.
    QList<QByteArray> m_secretsSeen;
};

FanRun TestSessionSecrets::fan(const QString &name, const QStringList &arguments)
{
    QProcess process;
    process.start(binary(QStringLiteral("mesi-fan")),
                  QStringList{QStringLiteral("--api"), m_url.toString(), QStringLiteral("--fan"), name}
                      + arguments);
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

std::unique_ptr<secrets::SealedFileStore> TestSessionSecrets::openStore()
{
    auto store = std::make_unique<secrets::SealedFileStore>(
        m_dataDir.filePath(QStringLiteral("test.secrets")), testLimits());
    if (!store->unlock(secrets::SecureBytes::copyOf(Passphrase)))
        return {};
    return store;
}

std::unique_ptr<sync::CreatorSession> TestSessionSecrets::newSession(secrets::SecretStore *store)
{
    Result<std::unique_ptr<store::LocalCache>> cache = store::LocalCache::open(cachePath());
    if (!cache)
        return {};
    auto session = std::make_unique<sync::CreatorSession>(m_url, std::move(cache).value());
    if (store)
        session->setSecretStore(store, account());
    return session;
}

bool TestSessionSecrets::waitOnline(sync::CreatorSession &session)
{
    return QTest::qWaitFor([&] {
        return session.connectionState() == sync::CreatorSession::ConnectionState::Online;
    }, WaitMs);
}

bool TestSessionSecrets::waitUntilExpired(const QString &accessToken)
{
    return QTest::qWaitFor([&] {
        const HttpReply reply = m_client->get(QStringLiteral("/v1/creator/settings"), accessToken);
        return reply.status == 401
               && reply.error().value(QStringLiteral("code")).toString() == QLatin1String("token_expired");
    }, WaitMs);
}

void TestSessionSecrets::remember(const api::SessionTokens &tokens)
{
    if (!tokens.accessToken.isEmpty())
        m_secretsSeen.append(tokens.accessToken.toLatin1());
    if (!tokens.refreshToken.isEmpty())
        m_secretsSeen.append(tokens.refreshToken.toLatin1());
}

void TestSessionSecrets::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    QLoggingCategory::setFilterRules(QStringLiteral("mesi.*=true"));
    m_logs = std::make_unique<testing::LogCapture>();

    m_sandbox = std::make_unique<sync::SandboxProcess>();
    QSignalSpy ready(m_sandbox.get(), &sync::SandboxProcess::ready);
    QSignalSpy failed(m_sandbox.get(), &sync::SandboxProcess::failed);
    sync::SandboxLaunch launch;
    launch.program = binary(QStringLiteral("mesi-sandbox"));
    launch.dataDir = m_dataDir.filePath(QStringLiteral("sandbox"));
    launch.demoFanIntervalSeconds = 0;
    launch.tokenLifetimeSeconds = TokenLifetimeSeconds;
    m_sandbox->start(launch);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), WaitMs);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    m_url = ready.first().first().toUrl();
    m_client = std::make_unique<SandboxTestClient>(m_url);
}

void TestSessionSecrets::init()
{
    // Each test starts without a stored session or a secrets file.
    QFile::remove(m_dataDir.filePath(QStringLiteral("test.secrets")));
}

void TestSessionSecrets::cleanup()
{
    QFile::remove(m_dataDir.filePath(QStringLiteral("test.secrets")));
}

void TestSessionSecrets::tokensStoredAtSignIn()
{
    auto store = openStore();
    QVERIFY(store);
    auto session = newSession(store.get());
    QVERIFY(session);
    session->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(waitOnline(*session));

    const api::SessionTokens tokens = session->sessionTokens();
    remember(tokens);
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(tokens.canRefresh());
    QVERIFY(tokens.expiresAt.isValid());
    QVERIFY(tokens.expiresAt <= QDateTime::currentDateTimeUtc().addSecs(TokenLifetimeSeconds + 1));

    QTRY_VERIFY_WITH_TIMEOUT(readEntry(*store, secrets::entryName(account(), secrets::SessionTokensEntry))
                                 .value_or(QByteArray())
                                 .contains(session->sessionTokens().refreshToken.toLatin1()),
                             WaitMs);
    const QByteArray file = [this] {
        QFile sealed(m_dataDir.filePath(QStringLiteral("test.secrets")));
        return sealed.open(QIODevice::ReadOnly) ? sealed.readAll() : QByteArray();
    }();
    QVERIFY(!file.isEmpty());
    QVERIFY(!file.contains(tokens.refreshToken.toLatin1()));
    QVERIFY(!file.contains(tokens.accessToken.toLatin1()));
}

void TestSessionSecrets::accessTokenRefreshedBeforeExpiry()
{
    auto store = openStore();
    QVERIFY(store);
    auto session = newSession(store.get());
    session->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(waitOnline(*session));
    const api::SessionTokens first = session->sessionTokens();
    remember(first);

    // The client renews at 80% of the lifetime, so the token changes without any failure.
    QSignalSpy required(session.get(), &sync::CreatorSession::signInRequired);
    QTRY_VERIFY_WITH_TIMEOUT(session->sessionTokens().accessToken != first.accessToken, WaitMs);
    const api::SessionTokens second = session->sessionTokens();
    remember(second);
    QVERIFY(second.refreshToken != first.refreshToken);
    QVERIFY(second.expiresAt > first.expiresAt);
    QVERIFY(required.isEmpty());

    // The rotated refresh token replaced the old one in the store.
    QTRY_VERIFY_WITH_TIMEOUT(readEntry(*store, secrets::entryName(account(), secrets::SessionTokensEntry))
                                 .value_or(QByteArray())
                                 .contains(session->sessionTokens().refreshToken.toLatin1()),
                             WaitMs);

    // The old refresh token no longer works: using it again ends the whole sign-in.
    const HttpReply reused = m_client->post(
        QStringLiteral("/v1/auth/refresh"),
        toBytes(QJsonObject{{QStringLiteral("refreshToken"), first.refreshToken}}));
    QCOMPARE(reused.status, 401);
    QTRY_VERIFY_WITH_TIMEOUT(!required.isEmpty(), WaitMs);
    QCOMPARE(session->isSignedIn(), false);
}

void TestSessionSecrets::expiredTokenRetriedAfterRefresh()
{
    // A client whose tokens carry no expiry never refreshes early, so its first request
    // after expiry meets token_expired and must be sent again after a refresh.
    api::ApiClient signer(m_url);
    api::CreatorApi creatorApi(signer);
    std::optional<Result<api::CreatorProfile>> signedIn;
    creatorApi.signIn(QStringLiteral("demo"), QStringLiteral("demo"), this,
                      [&signedIn](Result<api::CreatorProfile> profile) { signedIn = profile; });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), WaitMs);
    QVERIFY(*signedIn);
    api::SessionTokens tokens = signer.sessionTokens();
    remember(tokens);
    signer.clearSessionTokens();
    QVERIFY(waitUntilExpired(tokens.accessToken));

    api::ApiClient client(m_url);
    tokens.expiresAt = {};
    client.setSessionTokens(tokens);
    QSignalSpy changed(&client, &api::ApiClient::sessionTokensChanged);
    std::optional<Result<QJsonObject>> settings;
    client.get(QStringLiteral("/v1/creator/settings"), {}, this,
               [&settings](Result<QJsonObject> response) { settings = response; });
    QTRY_VERIFY_WITH_TIMEOUT(settings.has_value(), WaitMs);
    QVERIFY2(*settings, *settings ? "" : qPrintable(settings->error().message));
    QCOMPARE(changed.size(), 1);
    QVERIFY(client.sessionTokens().accessToken != tokens.accessToken);
    remember(client.sessionTokens());
}

void TestSessionSecrets::rejectedRefreshKeepsOutbox()
{
    // Tokens whose refresh token was already used elsewhere: the server refuses the second
    // use and ends that sign-in, as it would for a copied token.
    api::ApiClient signer(m_url);
    api::CreatorApi creatorApi(signer);
    std::optional<Result<api::CreatorProfile>> signedIn;
    creatorApi.signIn(QStringLiteral("demo"), QStringLiteral("demo"), this,
                      [&signedIn](Result<api::CreatorProfile> profile) { signedIn = profile; });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), WaitMs);
    QVERIFY(*signedIn);
    const api::SessionTokens used = signer.sessionTokens();
    remember(used);
    signer.clearSessionTokens();
    const HttpReply rotated = m_client->post(
        QStringLiteral("/v1/auth/refresh"),
        toBytes(QJsonObject{{QStringLiteral("refreshToken"), used.refreshToken}}));
    QCOMPARE(rotated.status, 200);
    m_secretsSeen.append(rotated.json().value(QStringLiteral("token")).toString().toLatin1());
    m_secretsSeen.append(rotated.json().value(QStringLiteral("refreshToken")).toString().toLatin1());
    QVERIFY(waitUntilExpired(used.accessToken));

    // Offline, a message waits in the outbox.
    auto session = newSession(nullptr);
    QVERIFY(session);
    QString bidId;
    for (const Bid &bid : session->bids()->all()) {
        if (bid.status == BidStatus::Accepted || (bidId.isEmpty() && bid.status == BidStatus::Pending))
            bidId = bid.id;
    }
    QVERIFY2(!bidId.isEmpty(), "the demo seed has no pending or accepted bid in the cache");
    session->sendMessage(bidId, QStringLiteral("See you at the café"));
    QTRY_COMPARE_WITH_TIMEOUT(session->outbox()->entries().size(), 1, WaitMs);

    QSignalSpy required(session.get(), &sync::CreatorSession::signInRequired);
    session->resume(QStringLiteral("demo"), used);
    QTRY_VERIFY_WITH_TIMEOUT(!required.isEmpty(), WaitMs);
    QVERIFY(!session->isSignedIn());
    QVERIFY(session->sessionTokens().accessToken.isEmpty());
    QVERIFY(session->sessionTokens().refreshToken.isEmpty());
    QCOMPARE(session->outbox()->entries().size(), 1);

    // The entry is in the cache too, so the next sign-in sends it.
    session.reset();
    auto reopened = newSession(nullptr);
    QVERIFY(reopened);
    QCOMPARE(reopened->outbox()->entries().size(), 1);
    QCOMPARE(reopened->outbox()->entries().first().text, QStringLiteral("See you at the café"));
    reopened->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QTRY_COMPARE_WITH_TIMEOUT(reopened->outbox()->entries().size(), 0, WaitMs);
    remember(reopened->sessionTokens());
}

void TestSessionSecrets::resumeFromStoredTokens()
{
    {
        auto store = openStore();
        QVERIFY(store);
        auto session = newSession(store.get());
        session->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
        QVERIFY(waitOnline(*session));
        remember(session->sessionTokens());
        QTRY_VERIFY_WITH_TIMEOUT(readEntry(*store, secrets::entryName(account(), secrets::SessionTokensEntry))
                                     .value_or(QByteArray())
                                     .contains(session->sessionTokens().refreshToken.toLatin1()),
                                 WaitMs);
        // A restart: the session and the unlocked store are gone.
    }

    auto store = openStore();
    QVERIFY(store);
    auto session = newSession(store.get());
    QSignalSpy required(session.get(), &sync::CreatorSession::signInRequired);
    session->resumeFromStore(QStringLiteral("demo"));
    QVERIFY(waitOnline(*session));
    QVERIFY(required.isEmpty());
    QVERIFY(session->isSignedIn());
    remember(session->sessionTokens());
}

void TestSessionSecrets::signOutDeletesTokens()
{
    auto store = openStore();
    QVERIFY(store);
    auto session = newSession(store.get());
    session->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(waitOnline(*session));
    const api::SessionTokens tokens = session->sessionTokens();
    remember(tokens);
    const QString entry = secrets::entryName(account(), secrets::SessionTokensEntry);
    QTRY_VERIFY_WITH_TIMEOUT(!readEntry(*store, entry).value_or(QByteArray()).isEmpty(), WaitMs);

    QSignalSpy signedOut(session.get(), &sync::CreatorSession::signedOut);
    session->signOut();
    QTRY_VERIFY_WITH_TIMEOUT(!signedOut.isEmpty(), WaitMs);
    QVERIFY(!session->isSignedIn());
    QCOMPARE(session->connectionState(), sync::CreatorSession::ConnectionState::Offline);
    QTRY_COMPARE_WITH_TIMEOUT(readEntry(*store, entry), std::optional<QByteArray>(QByteArray()), WaitMs);

    // The server ended the session too: neither token works any more.
    const HttpReply refresh = m_client->post(
        QStringLiteral("/v1/auth/refresh"),
        toBytes(QJsonObject{{QStringLiteral("refreshToken"), tokens.refreshToken}}));
    QCOMPARE(refresh.status, 401);
    QCOMPARE(m_client->get(QStringLiteral("/v1/creator/settings"), tokens.accessToken).status, 401);

    // The pass key is not a session secret, so it stays.
    QVERIFY(!readEntry(*store, secrets::entryName(account(), secrets::PassKeySeedEntry))
                 .value_or(QByteArray())
                 .isEmpty());
}

void TestSessionSecrets::legacyKeyFileMovedIntoStore()
{
    QByteArray seed(sync::PassKeySeedBytes, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    m_secretsSeen.append(seed);
    const QString legacyPath = sync::legacyPassKeyPathFor(cachePath());
    {
        QFile file(legacyPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(seed), seed.size());
    }
    Result<pass::SigningKey> expected = pass::SigningKey::fromSeed(seed);
    QVERIFY(expected);

    auto store = openStore();
    QVERIFY(store);
    auto session = newSession(store.get());
    QTRY_VERIFY_WITH_TIMEOUT(session->lifecycle()->hasPassKey(), WaitMs);
    QCOMPARE(session->lifecycle()->passKeyId(), QString::fromLatin1(expected->keyId().toHex()));
    QVERIFY(!QFile::exists(legacyPath));
    QCOMPARE(readEntry(*store, secrets::entryName(account(), secrets::PassKeySeedEntry)),
             std::optional<QByteArray>(seed));
}

void TestSessionSecrets::resetSigningKeyRejectsOldPasses()
{
    auto store = openStore();
    QVERIFY(store);
    auto session = newSession(store.get());
    session->signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    QVERIFY(waitOnline(*session));
    remember(session->sessionTokens());
    QTRY_VERIFY_WITH_TIMEOUT(session->lifecycle()->isPassKeyRegistered(), WaitMs);
    const QString oldKeyId = session->lifecycle()->passKeyId();

    // A scheduled meeting, so the console can issue its pass.
    const FanRun bid = fan(QStringLiteral("Uma"), {QStringLiteral("bid"), QStringLiteral("--creator"),
                                                   QStringLiteral("demo"), QStringLiteral("--amount"),
                                                   QStringLiteral("40.00"), QStringLiteral("--asset"),
                                                   QStringLiteral("USD")});
    QVERIFY2(bid.exitCode == 0, qPrintable(bid.error));
    const QString bidId = bid.output;
    QTRY_VERIFY_WITH_TIMEOUT(session->bids()->find(bidId), WaitMs);
    session->accept(bidId);
    QTRY_VERIFY_WITH_TIMEOUT(session->bids()->find(bidId)->status == BidStatus::Accepted, WaitMs);
    const QDateTime start = m_client->sandboxNow().addSecs(20 * 60);
    const FanRun proposed = fan(QStringLiteral("Uma"),
                                {QStringLiteral("propose"), QStringLiteral("--bid"), bidId,
                                 QStringLiteral("--start"), start.toString(Qt::ISODate),
                                 QStringLiteral("--end"), start.addSecs(3600).toString(Qt::ISODate),
                                 QStringLiteral("--zone"), QStringLiteral("Europe/Berlin"),
                                 QStringLiteral("--place"), QStringLiteral("Museum café")});
    QVERIFY2(proposed.exitCode == 0, qPrintable(proposed.error));
    session->loadChat(bidId);
    QTRY_VERIFY_WITH_TIMEOUT(!session->chats()->messages(bidId).isEmpty(), WaitMs);
    session->lifecycle()->acceptProposal(bidId, session->chats()->messages(bidId).constLast().id);
    QTRY_VERIFY_WITH_TIMEOUT(session->bids()->find(bidId)->status == BidStatus::Scheduled, WaitMs);
    VERIFY_LEDGER(*m_client, "meeting scheduled");

    Result<QString> oldPass = session->lifecycle()->issuePassFor(*session->bids()->find(bidId));
    QVERIFY2(oldPass, oldPass ? "" : qPrintable(oldPass.error().message));
    const QString oldImage = m_dataDir.filePath(QStringLiteral("old-pass.png"));
    QVERIFY(pass::savePassPng(oldPass.value(), oldImage));

    QSignalSpy reset(session->lifecycle(), &sync::CreatorLifecycle::passKeyReset);
    QSignalSpy problems(session->lifecycle(), &sync::CreatorLifecycle::passKeyProblem);
    session->lifecycle()->resetPassKey();
    QTRY_VERIFY_WITH_TIMEOUT(!reset.isEmpty() || !problems.isEmpty(), WaitMs);
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().first().value<Error>().message));
    QVERIFY(session->lifecycle()->isPassKeyRegistered());
    QVERIFY(session->lifecycle()->passKeyId() != oldKeyId);

    // The store has the new seed, so the new key survives a restart.
    const std::optional<QByteArray> storedSeed = readEntry(*store, secrets::entryName(account(), secrets::PassKeySeedEntry));
    QVERIFY(storedSeed && storedSeed->size() == sync::PassKeySeedBytes);
    m_secretsSeen.append(*storedSeed);
    Result<pass::SigningKey> storedKey = pass::SigningKey::fromSeed(*storedSeed);
    QVERIFY(storedKey);
    QCOMPARE(QString::fromLatin1(storedKey->keyId().toHex()), session->lifecycle()->passKeyId());

    const FanRun oldScan = fan(QStringLiteral("Uma"), {QStringLiteral("scan"), oldImage});
    QCOMPARE(oldScan.exitCode, 1);
    QVERIFY2(oldScan.error.contains(QStringLiteral("revoked_key")), qPrintable(oldScan.error));
    VERIFY_LEDGER(*m_client, "old pass rejected");

    Result<QString> newPass = session->lifecycle()->issuePassFor(*session->bids()->find(bidId));
    QVERIFY(newPass);
    const QString newImage = m_dataDir.filePath(QStringLiteral("new-pass.png"));
    QVERIFY(pass::savePassPng(newPass.value(), newImage));
    const FanRun newScan = fan(QStringLiteral("Uma"), {QStringLiteral("scan"), newImage});
    QVERIFY2(newScan.exitCode == 0, qPrintable(newScan.error));
    QTRY_VERIFY_WITH_TIMEOUT(session->bids()->find(bidId)->status == BidStatus::Completed, WaitMs);
    VERIFY_LEDGER(*m_client, "new pass released escrow");
}

void TestSessionSecrets::logsHoldNoSecrets()
{
    QVERIFY(!m_secretsSeen.isEmpty());
    QVERIFY(!m_logs->messages().isEmpty());
    for (const QByteArray &secret : std::as_const(m_secretsSeen))
        QCOMPARE(m_logs->messageContaining(secret), QString());
    QCOMPARE(m_logs->messageContaining(Passphrase), QString());
}

QTEST_GUILESS_MAIN(TestSessionSecrets)
#include "tst_sessionsecrets.moc"
