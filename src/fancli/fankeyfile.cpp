#include "fankeyfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

namespace mesi::fancli {

namespace {

constexpr qsizetype SeedBytes = 32;

} // namespace

QString defaultFanKeyPath(const QString &fanName)
{
    // A hash of the name, because a display name may contain characters a file name cannot.
    const QByteArray nameHash = QCryptographicHash::hash(fanName.toUtf8(), QCryptographicHash::Sha256);
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                               .filePath(QStringLiteral("mesi-fan/keys"));
    return QDir(folder).filePath(QStringLiteral("fan-%1.key").arg(QString::fromLatin1(nameHash.toHex().left(16))));
}

Result<pass::SigningKey> loadOrCreateFanKey(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Storage,
                             QStringLiteral("cannot read the fan key file '%1': %2; check its permissions")
                                 .arg(path, file.errorString()));
        }
        QByteArray seed = file.read(SeedBytes + 1);
        if (seed.size() != SeedBytes) {
            sodium_memzero(seed.data(), static_cast<size_t>(seed.size()));
            return makeError(ErrorCode::Storage,
                             QStringLiteral("the fan key file '%1' is not a key (not %2 bytes); give "
                                            "another --key-file, or move this file away to create a new key")
                                 .arg(path)
                                 .arg(SeedBytes));
        }
        Result<pass::SigningKey> key = pass::SigningKey::fromSeed(seed);
        sodium_memzero(seed.data(), static_cast<size_t>(seed.size()));
        return key;
    }

    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot create the folder of the fan key file '%1'; check "
                                        "that its parent folder is writable")
                             .arg(path));
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
                         QStringLiteral("cannot write the fan key file '%1': %2; check that the "
                                        "folder is writable")
                             .arg(path, out.errorString()));
    }
    return key;
}

} // namespace mesi::fancli
