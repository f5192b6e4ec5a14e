#include "passkeyfile.h"

#include <QFile>

namespace mesi::sync {

QString legacyPassKeyPathFor(const QString &cachePath)
{
    if (cachePath.isEmpty() || cachePath == QLatin1String(":memory:"))
        return {};
    return cachePath + QStringLiteral(".passkey");
}

Result<std::optional<secrets::SecureBytes>> readLegacyPassKey(const QString &path)
{
    if (path.isEmpty() || !QFile::exists(path))
        return std::optional<secrets::SecureBytes>();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot read the pass key file '%1': %2; check its "
                                        "permissions")
                             .arg(path, file.errorString()));
    }
    secrets::SecureBytes seed(PassKeySeedBytes);
    const qint64 read = file.read(reinterpret_cast<char *>(seed.data()), PassKeySeedBytes);
    const bool longer = !file.atEnd();
    if (read != PassKeySeedBytes || longer) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("the pass key file '%1' is damaged (not %2 bytes); move "
                                        "it away to create a new key, then register it again")
                             .arg(path)
                             .arg(PassKeySeedBytes));
    }
    return std::optional<secrets::SecureBytes>(std::move(seed));
}

Result<void> destroyLegacyPassKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot overwrite the old pass key file '%1': %2; delete "
                                        "it by hand, because its key is now in the secret store")
                             .arg(path, file.errorString()));
    }
    // NOTE: overwriting helps only on file systems that write in place; copy-on-write file
    // systems and SSD wear levelling may keep the old blocks.
    const QByteArray zeros(qMax<qint64>(file.size(), PassKeySeedBytes), '\0');
    const bool overwritten = file.write(zeros) == zeros.size() && file.flush();
    file.close();
    if (!overwritten || !QFile::remove(path)) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot delete the old pass key file '%1'; delete it by "
                                        "hand, because its key is now in the secret store")
                             .arg(path));
    }
    return {};
}

} // namespace mesi::sync
