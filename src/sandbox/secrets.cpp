#include "secrets.h"

#include <algorithm>
#include <atomic>

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

namespace mesi::sandbox {

namespace {

QString randomHex(int byteCount)
{
    QByteArray bytes(byteCount, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

Result<void> initSodium()
{
    if (sodium_init() < 0) {
        return makeError(ErrorCode::Server,
                         QStringLiteral("libsodium failed to initialise; the sandbox cannot hash "
                                        "passwords or make tokens"));
    }
    return {};
}

Result<QString> hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return makeError(ErrorCode::Server,
                         QStringLiteral("hashing a password failed: libsodium ran out of memory"));
    }
    return QString::fromLatin1(hash);
}

bool verifyPassword(const QString &password, const QString &hash)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
           == 0;
}

QString newToken()
{
    return randomHex(32);
}

QString hashToken(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newId(const QString &prefix)
{
    return prefix + QLatin1Char('_') + randomHex(8);
}

namespace {
std::atomic<qint64> clockOffsetSeconds{0};
} // namespace

void setClockOffset(qint64 seconds)
{
    clockOffsetSeconds = std::max<qint64>(0, seconds);
}

qint64 clockOffset()
{
    return clockOffsetSeconds;
}

QDateTime nowUtc()
{
    const qint64 milliseconds = QDateTime::currentMSecsSinceEpoch() + clockOffsetSeconds * 1000;
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

} // namespace mesi::sandbox
