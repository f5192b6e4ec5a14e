#include "logcapture.h"

#include "secrets/keychainstore.h"

#include <QTest>
#include <QUuid>

using namespace mesi;
using namespace mesi::secrets;

namespace {

template<typename Value, typename Start>
std::optional<Value> waitFor(Start start)
{
    std::optional<Value> outcome;
    start([&outcome](Value value) { outcome = std::move(value); });
    // A timeout leaves outcome empty, which every caller checks.
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000))
        return std::nullopt;
    return outcome;
}

} // namespace

/**
 * Runs against the session's real Secret Service (or the OS store elsewhere). Without one,
 * for example in a headless session with no D-Bus, every test is skipped. To run it on
 * Linux: dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock
 * --components=secrets; ctest -R tst_keychainstore'.
 */
class TestKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void missingEntryReadsAsAbsent();
    void removeDeletesEntry();
    void logsHoldNoSecret();

private:
    std::unique_ptr<KeychainStore> m_store;
    QString m_account;
};

void TestKeychainStore::initTestCase()
{
    // A fresh profile per run, so the entries of an earlier failed run do not interfere.
    m_store = std::make_unique<KeychainStore>(
        QStringLiteral("test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    m_account = QStringLiteral("account");

    const std::optional<Result<void>> available = waitFor<Result<void>>([this](auto done) {
        m_store->checkAvailable(m_store.get(), done);
    });
    QVERIFY2(available.has_value(), "the secret store did not answer within 20 s");
    if (!*available && KeychainStore::isNoBackend(available->error())) {
        QSKIP(qPrintable(QStringLiteral("no OS secret store in this session: %1")
                             .arg(available->error().message)));
    }
    QVERIFY2(*available, qPrintable(available->error().message));
}

void TestKeychainStore::roundTrip()
{
    const QString name = entryName(m_account, PassKeySeedEntry);
    const QByteArray seed = QByteArray::fromHex("00112233445566778899aabbccddeeff"
                                                "ffeeddccbbaa99887766554433221100");
    const auto written = waitFor<Result<void>>([&](auto done) {
        m_store->write(name, SecureBytes::copyOf(seed), m_store.get(), done);
    });
    QVERIFY(written.has_value());
    QVERIFY2(*written, qPrintable(written->error().message));

    const auto read = waitFor<SecretStore::ReadResult>([&](auto done) {
        m_store->read(name, m_store.get(), done);
    });
    QVERIFY(read.has_value());
    QVERIFY2(*read, *read ? "" : qPrintable(read->error().message));
    QVERIFY(read->value().has_value());
    QCOMPARE((*read->value())->view().toByteArray(), seed);

    QVERIFY(waitFor<Result<void>>([&](auto done) { m_store->remove(name, m_store.get(), done); })
                .value_or(makeError(ErrorCode::Storage, {})));
}

void TestKeychainStore::missingEntryReadsAsAbsent()
{
    const auto read = waitFor<SecretStore::ReadResult>([&](auto done) {
        m_store->read(entryName(m_account, SessionTokensEntry), m_store.get(), done);
    });
    QVERIFY(read.has_value());
    QVERIFY2(*read, *read ? "" : qPrintable(read->error().message));
    QVERIFY(!read->value().has_value());
}

void TestKeychainStore::removeDeletesEntry()
{
    const QString name = entryName(m_account, SessionTokensEntry);
    QVERIFY(waitFor<Result<void>>([&](auto done) {
                m_store->write(name, SecureBytes::copyOf("tokens"), m_store.get(), done);
            }).value_or(makeError(ErrorCode::Storage, {})));
    QVERIFY(waitFor<Result<void>>([&](auto done) { m_store->remove(name, m_store.get(), done); })
                .value_or(makeError(ErrorCode::Storage, {})));
    // Removing again succeeds, because the entry is gone either way.
    QVERIFY(waitFor<Result<void>>([&](auto done) { m_store->remove(name, m_store.get(), done); })
                .value_or(makeError(ErrorCode::Storage, {})));

    const auto read = waitFor<SecretStore::ReadResult>([&](auto done) {
        m_store->read(name, m_store.get(), done);
    });
    QVERIFY(read.has_value() && *read);
    QVERIFY(!read->value().has_value());
}

void TestKeychainStore::logsHoldNoSecret()
{
    testing::LogCapture logs;
    const QString name = entryName(m_account, SessionTokensEntry);
    const QByteArray secret("keychain-log-check-5e1d2c");
    QVERIFY(waitFor<Result<void>>([&](auto done) {
                m_store->write(name, SecureBytes::copyOf(secret), m_store.get(), done);
            }).value_or(makeError(ErrorCode::Storage, {})));
    const auto read = waitFor<SecretStore::ReadResult>([&](auto done) {
        m_store->read(name, m_store.get(), done);
    });
    QVERIFY(read.has_value() && *read);
    QVERIFY(waitFor<Result<void>>([&](auto done) { m_store->remove(name, m_store.get(), done); })
                .value_or(makeError(ErrorCode::Storage, {})));
    QCOMPARE(logs.messageContaining(secret), QString());
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
