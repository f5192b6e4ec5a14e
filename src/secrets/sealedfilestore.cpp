#include "sealedfilestore.h"

#include "sealedformat.h"

#include "secretslog.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include <sodium.h>

namespace mesi::secrets {

namespace {

/// Calls done later in context's thread, so callers see the same order as with the keychain.
template<typename Value>
void finishLater(QObject *context, std::function<void(Value)> done, Value value)
{
    auto shared = std::make_shared<Value>(std::move(value));
    QTimer::singleShot(0, context, [done = std::move(done), shared] { done(std::move(*shared)); });
}

Result<SecureBytes> deriveKey(const SecureBytes &passphrase, const QByteArray &salt,
                              const KdfLimits &limits)
{
    SecureBytes key(crypto_secretbox_KEYBYTES);
    const int failed = crypto_pwhash(key.data(), size_t(key.size()),
                                     reinterpret_cast<const char *>(passphrase.data()),
                                     static_cast<unsigned long long>(passphrase.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     limits.opsLimit, size_t(limits.memLimitBytes),
                                     crypto_pwhash_ALG_ARGON2ID13);
    if (failed != 0) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("deriving the key of the secrets file failed, most likely "
                                        "because %1 MiB of memory could not be allocated; close "
                                        "other programs and try again")
                             .arg(limits.memLimitBytes / (1024 * 1024)));
    }
    return key;
}

} // namespace

KdfLimits KdfLimits::sensitive()
{
    return KdfLimits{crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
}

SealedFileStore::SealedFileStore(QString path, QObject *parent)
    : SealedFileStore(std::move(path), KdfLimits::sensitive(), parent)
{
}

SealedFileStore::SealedFileStore(QString path, KdfLimits testLimits, QObject *parent)
    : SecretStore(parent), m_path(std::move(path)), m_newFileLimits(testLimits)
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise, so the secrets file cannot be opened");
}

SealedFileStore::~SealedFileStore() = default;

bool SealedFileStore::exists() const
{
    return QFileInfo::exists(m_path);
}

QString SealedFileStore::description() const
{
    return tr("the passphrase-protected file %1").arg(m_path);
}

Result<void> SealedFileStore::unlock(const SecureBytes &passphrase)
{
    if (passphrase.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the passphrase of the secrets file is empty; type one"),
                         QStringLiteral("passphrase"));
    }
    Result<Opened> opened = exists() ? open(passphrase) : create(passphrase);
    if (!opened)
        return opened.error();
    adopt(std::move(opened).value());
    return {};
}

void SealedFileStore::unlockInBackground(std::shared_ptr<SecureBytes> passphrase, QObject *context,
                                         WriteCallback done)
{
    const bool isNew = !exists();
    auto outcome = std::make_shared<std::optional<Result<Opened>>>();
    // The worker only derives and decrypts; adopting the result happens in this thread.
    QThread *worker = QThread::create([this, passphrase, outcome, isNew] {
        if (passphrase->isEmpty())
            outcome->emplace(makeError(ErrorCode::InvalidArgument,
                                       QStringLiteral("the passphrase of the secrets file is "
                                                      "empty; type one"),
                                       QStringLiteral("passphrase")));
        else
            outcome->emplace(isNew ? create(*passphrase) : open(*passphrase));
    });
    QPointer<QObject> guard(context);
    connect(worker, &QThread::finished, this, [this, worker, outcome, guard, done] {
        worker->deleteLater();
        Result<void> result;
        if (outcome->has_value() && outcome->value())
            adopt(std::move(*outcome).value().value());
        else if (outcome->has_value())
            result = outcome->value().error();
        if (guard)
            done(result);
    });
    worker->start();
}

void SealedFileStore::lock()
{
    m_key.clear();
    m_entries.clear();
    m_salt.clear();
}

Result<SealedFileStore::Opened> SealedFileStore::open(const SecureBytes &passphrase) const
{
    const auto damaged = [this](const QString &reason) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("the secrets file '%1' cannot be read: %2. It was left as "
                                        "it is; move it away, sign in again and reset the signing "
                                        "key, because the pass key in it is lost")
                             .arg(m_path, reason));
    };

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot open the secrets file '%1': %2; check its permissions")
                             .arg(m_path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    Result<sealed::Header> header = sealed::decodeHeader(data);
    if (!header)
        return damaged(header.error().message);

    Result<SecureBytes> key = deriveKey(passphrase, header->salt, header->limits);
    if (!key)
        return key.error();

    const QByteArrayView cipher = QByteArrayView(data).sliced(sealed::headerSize());
    SecureBytes plain(cipher.size() - qsizetype(crypto_secretbox_MACBYTES));
    const int failed = crypto_secretbox_open_easy(
        plain.data(), reinterpret_cast<const unsigned char *>(cipher.data()),
        static_cast<unsigned long long>(cipher.size()),
        reinterpret_cast<const unsigned char *>(header->nonce.constData()), key->data());
    if (failed != 0) {
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("wrong passphrase for the secrets file '%1', or the file "
                                        "was changed; type the passphrase again. Nothing was "
                                        "changed")
                             .arg(m_path),
                         QStringLiteral("passphrase"));
    }

    Result<QMap<QString, std::shared_ptr<SecureBytes>>> entries = sealed::decodeEntries(plain.view());
    if (!entries)
        return damaged(entries.error().message);
    return Opened{std::move(key).value(), header->salt, header->limits, std::move(entries).value()};
}

Result<SealedFileStore::Opened> SealedFileStore::create(const SecureBytes &passphrase) const
{
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    Result<SecureBytes> key = deriveKey(passphrase, salt, m_newFileLimits);
    if (!key)
        return key.error();
    return Opened{std::move(key).value(), salt, m_newFileLimits, {}};
}

void SealedFileStore::adopt(Opened opened)
{
    const bool isNew = !exists();
    m_key = std::move(opened.key);
    m_salt = opened.salt;
    m_limits = opened.limits;
    m_entries = std::move(opened.entries);
    // A new file is written at once, so the next start requests this passphrase.
    if (isNew) {
        if (Result<void> saved = save(m_entries); !saved)
            qCWarning(lcSecrets).noquote() << saved.error().message;
    }
    qCInfo(lcSecrets).noquote() << "unlocked the secrets file" << m_path << "with"
                                << m_entries.size() << "entries";
}

Result<void> SealedFileStore::save(const Entries &entries)
{
    sealed::Header header;
    header.algorithm = crypto_pwhash_ALG_ARGON2ID13;
    header.limits = m_limits;
    header.salt = m_salt;
    header.nonce = QByteArray(crypto_secretbox_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(header.nonce.data(), size_t(header.nonce.size()));

    const SecureBytes plain = sealed::encodeEntries(entries);
    QByteArray sealedBytes = sealed::encodeHeader(header);
    const qsizetype headerSize = sealedBytes.size();
    sealedBytes.resize(headerSize + plain.size() + qsizetype(crypto_secretbox_MACBYTES));
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(sealedBytes.data()) + headerSize,
                          plain.data(), static_cast<unsigned long long>(plain.size()),
                          reinterpret_cast<const unsigned char *>(header.nonce.constData()),
                          m_key.data());

    QSaveFile out(m_path);
    const bool written = out.open(QIODevice::WriteOnly)
                         && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                         && out.write(sealedBytes) == sealedBytes.size() && out.commit();
    if (!written) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot write the secrets file '%1': %2; check that its "
                                        "folder is writable and the disk is not full")
                             .arg(m_path, out.errorString()));
    }
    return {};
}

Error SealedFileStore::notUnlocked() const
{
    return makeError(ErrorCode::Unauthorized,
                     QStringLiteral("the secrets file '%1' is locked; unlock it with its "
                                    "passphrase first")
                         .arg(m_path));
}

void SealedFileStore::read(const QString &name, QObject *context, ReadCallback done)
{
    ReadResult result = std::optional<std::shared_ptr<SecureBytes>>();
    if (!isUnlocked())
        result = notUnlocked();
    else if (const auto it = m_entries.constFind(name); it != m_entries.cend())
        result = std::optional<std::shared_ptr<SecureBytes>>(
            std::make_shared<SecureBytes>(SecureBytes::copyOf(it.value()->view())));
    finishLater<ReadResult>(context, std::move(done), std::move(result));
}

void SealedFileStore::write(const QString &name, const SecureBytes &value, QObject *context,
                            WriteCallback done)
{
    Result<void> result;
    if (!isUnlocked()) {
        result = notUnlocked();
    } else {
        // The entries in memory change only once the file has them.
        Entries next = m_entries;
        next.insert(name, std::make_shared<SecureBytes>(SecureBytes::copyOf(value.view())));
        result = save(next);
        if (result)
            m_entries = std::move(next);
    }
    finishLater<Result<void>>(context, std::move(done), std::move(result));
}

void SealedFileStore::remove(const QString &name, QObject *context, WriteCallback done)
{
    Result<void> result;
    if (!isUnlocked()) {
        result = notUnlocked();
    } else if (m_entries.contains(name)) {
        Entries next = m_entries;
        next.remove(name);
        result = save(next);
        if (result)
            m_entries = std::move(next);
    }
    finishLater<Result<void>>(context, std::move(done), std::move(result));
}

} // namespace mesi::secrets
