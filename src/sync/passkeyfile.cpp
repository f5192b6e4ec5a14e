#include "passkeyfile.h"

#include "core/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sodium.h>

namespace mesi::sync {

namespace {

constexpr qsizetype SeedBytes = 32;

} // namespace

QString passKeyPathFor(const QString &cachePath)
{
    if (cachePath.isEmpty() || cachePath == QLatin1String(":memory:"))
        return {};
    return cachePath + QStringLiteral(".passkey");
}

// TODO: keep the seed in the OS secret store through QtKeychain, with a passphrase-sealed
// file only where no secret store exists. Until then it is a 0600 file readable by this user.
Result<pass::SigningKey> loadOrCreatePassKey(const QString &path)
{
    if (path.isEmpty())
        return pass::SigningKey::generate();

    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Storage,
                             QStringLiteral("cannot read the pass key file '%1': %2; check its "
                                            "permissions")
                                 .arg(path, file.errorString()));
        }
        QByteArray seed = file.read(SeedBytes + 1);
        if (seed.size() != SeedBytes) {
            sodium_memzero(seed.data(), static_cast<size_t>(seed.size()));
            return makeError(ErrorCode::Storage,
                             QStringLiteral("the pass key file '%1' is damaged (not %2 bytes); move "
                                            "it away to create a new key, then register it again")
                                 .arg(path)
                                 .arg(SeedBytes));
        }
        Result<pass::SigningKey> key = pass::SigningKey::fromSeed(seed);
        sodium_memzero(seed.data(), static_cast<size_t>(seed.size()));
        return key;
    }

    if (Result<void> ready = pass::ensureSodium(); !ready)
        return ready.error();
    QByteArray seed(SeedBytes, Qt::Uninitialized);
    randombytes_buf(seed.data(), static_cast<size_t>(seed.size()));
    Result<pass::SigningKey> key = pass::SigningKey::fromSeed(seed);

    QSaveFile out(path);
    const bool written = out.open(QIODevice::WriteOnly)
                         && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                         && out.write(seed) == SeedBytes && out.commit();
    sodium_memzero(seed.data(), static_cast<size_t>(seed.size()));
    if (!written) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot write the pass key file '%1': %2; check that the "
                                        "folder is writable")
                             .arg(path, out.errorString()));
    }
    qCInfo(lcSync).noquote() << "created a new pass-signing key with id"
                             << (key ? QString::fromLatin1(key->keyId().toHex()) : QString());
    return key;
}

} // namespace mesi::sync
