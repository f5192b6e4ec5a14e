#include "logcapture.h"

#include "secrets/sealedfilestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace mesi;
using namespace mesi::secrets;

namespace {

// The cheapest limits libsodium accepts keep each unlock in milliseconds; the product
// constructor always uses the SENSITIVE limits.
KdfLimits testLimits()
{
    return KdfLimits{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

SecureBytes passphrase(const char *text)
{
    return SecureBytes::copyOf(QByteArrayView(text));
}

QByteArray randomSeed()
{
    QByteArray seed(32, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    return seed;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

/// Runs an asynchronous write and returns its result.
Result<void> writeEntry(SecretStore &store, const QString &name, const QByteArray &value)
{
    std::optional<Result<void>> outcome;
    store.write(name, SecureBytes::copyOf(value), &store, [&outcome](Result<void> result) {
        outcome = std::move(result);
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        return makeError(ErrorCode::Storage, QStringLiteral("the write did not finish"));
    return *outcome;
}

Result<void> removeEntry(SecretStore &store, const QString &name)
{
    std::optional<Result<void>> outcome;
    store.remove(name, &store, [&outcome](Result<void> result) { outcome = std::move(result); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        return makeError(ErrorCode::Storage, QStringLiteral("the removal did not finish"));
    return *outcome;
}

/// Runs an asynchronous read; an absent entry is an empty QByteArray.
Result<QByteArray> readEntry(SecretStore &store, const QString &name)
{
    std::optional<SecretStore::ReadResult> outcome;
    store.read(name, &store, [&outcome](SecretStore::ReadResult result) {
        outcome = std::move(result);
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        return makeError(ErrorCode::Storage, QStringLiteral("the read did not finish"));
    if (!*outcome)
        return outcome->error();
    if (!outcome->value())
        return QByteArray();
    return (*outcome->value())->view().toByteArray();
}

} // namespace

class TestSealedFileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripAcrossInstances();
    void missingEntryReadsAsAbsent();
    void removeDeletesEntry();
    void fileModeIsOwnerOnly();
    void fileHoldsNoPlaintext();
    void eachWriteUsesNewNonce();
    void wrongPassphraseChangesNothing();
    void emptyPassphraseRejected();
    void lockedStoreRejectsAccess();
    void damagedFileKept_data();
    void damagedFileKept();
    void unlockInBackgroundOpensFile();
    void logsHoldNoSecret();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("default.secrets")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSealedFileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSealedFileStore::roundTripAcrossInstances()
{
    const QByteArray seed = randomSeed();
    {
        SealedFileStore store(storePath(), testLimits());
        QVERIFY(!store.exists());
        const Result<void> unlocked = store.unlock(passphrase("correct horse battery"));
        QVERIFY2(unlocked, unlocked ? "" : qPrintable(unlocked.error().message));
        QVERIFY(store.exists());
        const Result<void> written = writeEntry(store, QStringLiteral("acct/pass-key-seed"), seed);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    }

    SealedFileStore reopened(storePath(), testLimits());
    QVERIFY(!reopened.isUnlocked());
    QVERIFY(reopened.unlock(passphrase("correct horse battery")));
    const Result<QByteArray> read = readEntry(reopened, QStringLiteral("acct/pass-key-seed"));
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read.value(), seed);
}

void TestSealedFileStore::missingEntryReadsAsAbsent()
{
    SealedFileStore store(storePath(), testLimits());
    QVERIFY(store.unlock(passphrase("pw")));
    const Result<QByteArray> read = readEntry(store, QStringLiteral("acct/session-tokens"));
    QVERIFY(read);
    QVERIFY(read->isEmpty());
}

void TestSealedFileStore::removeDeletesEntry()
{
    SealedFileStore store(storePath(), testLimits());
    QVERIFY(store.unlock(passphrase("pw")));
    QVERIFY(writeEntry(store, QStringLiteral("a/session-tokens"), "tokens"));
    QVERIFY(writeEntry(store, QStringLiteral("a/pass-key-seed"), "seed"));
    QVERIFY(removeEntry(store, QStringLiteral("a/session-tokens")));
    QVERIFY(removeEntry(store, QStringLiteral("never-written")));

    SealedFileStore reopened(storePath(), testLimits());
    QVERIFY(reopened.unlock(passphrase("pw")));
    QCOMPARE(readEntry(reopened, QStringLiteral("a/session-tokens")).value(), QByteArray());
    QCOMPARE(readEntry(reopened, QStringLiteral("a/pass-key-seed")).value(), QByteArray("seed"));
}

void TestSealedFileStore::fileModeIsOwnerOnly()
{
    SealedFileStore store(storePath(), testLimits());
    QVERIFY(store.unlock(passphrase("pw")));
    QVERIFY(writeEntry(store, QStringLiteral("a/pass-key-seed"), randomSeed()));

    const QFileDevice::Permissions permissions = QFile::permissions(storePath());
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(permissions.testFlag(QFileDevice::WriteOwner));
    const QFileDevice::Permissions othersMask = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                | QFileDevice::WriteOther | QFileDevice::ExeOther
                                                | QFileDevice::ExeOwner;
    QCOMPARE(permissions & othersMask, QFileDevice::Permissions());
}

void TestSealedFileStore::fileHoldsNoPlaintext()
{
    const QByteArray seed = randomSeed();
    const QByteArray token("refresh-token-1f2e3d4c5b6a");
    SealedFileStore store(storePath(), testLimits());
    QVERIFY(store.unlock(passphrase("a passphrase nobody guesses")));
    QVERIFY(writeEntry(store, QStringLiteral("acct/pass-key-seed"), seed));
    QVERIFY(writeEntry(store, QStringLiteral("acct/session-tokens"), token));

    const QByteArray file = readFile(storePath());
    QVERIFY(file.startsWith("MESISECR"));
    QVERIFY(!file.contains(seed));
    QVERIFY(!file.contains(seed.toHex()));
    QVERIFY(!file.contains(token));
    QVERIFY(!file.contains("a passphrase nobody guesses"));
    QVERIFY(!file.contains("pass-key-seed"));
}

void TestSealedFileStore::eachWriteUsesNewNonce()
{
    SealedFileStore store(storePath(), testLimits());
    QVERIFY(store.unlock(passphrase("pw")));
    QVERIFY(writeEntry(store, QStringLiteral("a/x"), "same value"));
    const QByteArray first = readFile(storePath());
    QVERIFY(writeEntry(store, QStringLiteral("a/x"), "same value"));
    const QByteArray second = readFile(storePath());
    QCOMPARE(first.size(), second.size());
    QVERIFY(first != second);
}

void TestSealedFileStore::wrongPassphraseChangesNothing()
{
    {
        SealedFileStore store(storePath(), testLimits());
        QVERIFY(store.unlock(passphrase("right")));
        QVERIFY(writeEntry(store, QStringLiteral("a/pass-key-seed"), randomSeed()));
    }
    const QByteArray before = readFile(storePath());

    SealedFileStore store(storePath(), testLimits());
    const Result<void> unlocked = store.unlock(passphrase("wrong"));
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().code, ErrorCode::Unauthorized);
    QCOMPARE(unlocked.error().field, QStringLiteral("passphrase"));
    QVERIFY2(unlocked.error().message.contains(storePath()), qPrintable(unlocked.error().message));
    QVERIFY(!store.isUnlocked());
    QCOMPARE(readFile(storePath()), before);

    QVERIFY(store.unlock(passphrase("right")));
}

void TestSealedFileStore::emptyPassphraseRejected()
{
    SealedFileStore store(storePath(), testLimits());
    const Result<void> unlocked = store.unlock(SecureBytes());
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!store.exists());
}

void TestSealedFileStore::lockedStoreRejectsAccess()
{
    SealedFileStore store(storePath(), testLimits());
    const Result<QByteArray> read = readEntry(store, QStringLiteral("a/x"));
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QStringLiteral("locked")), qPrintable(read.error().message));
    QVERIFY(!writeEntry(store, QStringLiteral("a/x"), "value"));
    QVERIFY(!store.exists());

    QVERIFY(store.unlock(passphrase("pw")));
    QVERIFY(writeEntry(store, QStringLiteral("a/x"), "value"));
    store.lock();
    QVERIFY(!store.isUnlocked());
    QVERIFY(!readEntry(store, QStringLiteral("a/x")));
}

void TestSealedFileStore::damagedFileKept_data()
{
    QTest::addColumn<int>("truncateTo");
    QTest::addColumn<int>("flipOffset");
    QTest::addColumn<QString>("expectedWords");

    // Offsets: magic 0-7, version 8, algorithm 9, opslimit 10-17, memlimit 18-25.
    QTest::newRow("truncated header") << 20 << -1 << QStringLiteral("truncated");
    QTest::newRow("empty file") << 0 << -1 << QStringLiteral("truncated");
    QTest::newRow("bad magic") << -1 << 0 << QStringLiteral("not a Mesi secrets file");
    QTest::newRow("unknown version") << -1 << 8 << QStringLiteral("format version");
    QTest::newRow("unknown algorithm") << -1 << 9 << QStringLiteral("unknown key algorithm");
    QTest::newRow("limits out of range") << -1 << 25 << QStringLiteral("out of range");
    QTest::newRow("ciphertext changed") << -1 << 1000 << QStringLiteral("was changed");
}

void TestSealedFileStore::damagedFileKept()
{
    QFETCH(int, truncateTo);
    QFETCH(int, flipOffset);
    QFETCH(QString, expectedWords);

    {
        SealedFileStore store(storePath(), testLimits());
        QVERIFY(store.unlock(passphrase("pw")));
        QVERIFY(writeEntry(store, QStringLiteral("a/pass-key-seed"), randomSeed()));
    }
    QByteArray damaged = readFile(storePath());
    if (truncateTo >= 0)
        damaged.truncate(truncateTo);
    if (flipOffset >= 0) {
        const qsizetype offset = qMin<qsizetype>(flipOffset, damaged.size() - 1);
        damaged[offset] = char(damaged.at(offset) ^ 0x5a);
    }
    QVERIFY(writeFile(storePath(), damaged));

    SealedFileStore store(storePath(), testLimits());
    const Result<void> unlocked = store.unlock(passphrase("pw"));
    QVERIFY(!unlocked);
    QVERIFY2(unlocked.error().message.contains(expectedWords), qPrintable(unlocked.error().message));
    QVERIFY2(unlocked.error().message.contains(storePath()), qPrintable(unlocked.error().message));
    QCOMPARE(readFile(storePath()), damaged);
}

void TestSealedFileStore::unlockInBackgroundOpensFile()
{
    {
        SealedFileStore store(storePath(), testLimits());
        QVERIFY(store.unlock(passphrase("pw")));
        QVERIFY(writeEntry(store, QStringLiteral("a/x"), "value"));
    }

    SealedFileStore store(storePath(), testLimits());
    std::optional<Result<void>> outcome;
    store.unlockInBackground(std::make_shared<SecureBytes>(passphrase("wrong")), this,
                             [&outcome](Result<void> result) { outcome = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY(!*outcome);
    QVERIFY(!store.isUnlocked());

    outcome.reset();
    store.unlockInBackground(std::make_shared<SecureBytes>(passphrase("pw")), this,
                             [&outcome](Result<void> result) { outcome = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QVERIFY(*outcome);
    QVERIFY(store.isUnlocked());
    QCOMPARE(readEntry(store, QStringLiteral("a/x")).value(), QByteArray("value"));
}

void TestSealedFileStore::logsHoldNoSecret()
{
    testing::LogCapture logs;
    const QByteArray seed = randomSeed();
    {
        SealedFileStore store(storePath(), testLimits());
        QVERIFY(store.unlock(passphrase("log-check passphrase")));
        QVERIFY(writeEntry(store, QStringLiteral("a/pass-key-seed"), seed));
    }
    SealedFileStore reopened(storePath(), testLimits());
    QVERIFY(!reopened.unlock(passphrase("log-check wrong")));
    QVERIFY(reopened.unlock(passphrase("log-check passphrase")));

    QVERIFY(!logs.messages().isEmpty());
    QCOMPARE(logs.messageContaining(seed), QString());
    QCOMPARE(logs.messageContaining("log-check passphrase"), QString());
    QCOMPARE(logs.messageContaining("log-check wrong"), QString());
}

QTEST_GUILESS_MAIN(TestSealedFileStore)
#include "tst_sealedfilestore.moc"
