#include "idempotency.h"

#include "contract/jsonreader.h"
#include "contract/wire.h"

#include <QCryptographicHash>

namespace mesi::sandbox {

QString IdempotencyKeys::fingerprint(const QByteArray &method, const QString &path,
                                     const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(body);
    return QString::fromLatin1(hash.result().toHex());
}

Result<void> IdempotencyKeys::validateKey(const QByteArray &key)
{
    bool printable = true;
    for (const char c : key) {
        if (c < 0x20 || c > 0x7e)
            printable = false;
    }
    if (key.isEmpty() || key.size() > contract::MaxIdempotencyKeyLength || !printable) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("invalid Idempotency-Key header: use 1 to %1 printable "
                                        "ASCII characters, for example a UUID")
                             .arg(contract::MaxIdempotencyKeyLength),
                         QString::fromLatin1(contract::IdempotencyKeyHeader));
    }
    return {};
}

Result<std::optional<StoredResponse>> IdempotencyKeys::find(const Principal &principal,
                                                            const QString &key)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT fingerprint, status, body FROM idempotency_keys "
                       "WHERE principal_kind = ? AND principal_id = ? AND key = ?"),
        {principal.kindName(), principal.id, key});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<StoredResponse>();

    const QSqlQuery &row = *query.value();
    return std::optional<StoredResponse>(
        StoredResponse{row.value(0).toString(), row.value(1).toInt(), row.value(2).toByteArray()});
}

Result<void> IdempotencyKeys::store(const Principal &principal, const QString &key,
                                    const StoredResponse &response, const QDateTime &at)
{
    Result<QSqlQuery *> inserted = m_database.run(
        QStringLiteral("INSERT INTO idempotency_keys (principal_kind, principal_id, key, "
                       "fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {principal.kindName(), principal.id, key, response.fingerprint, response.status,
         response.body, contract::formatTimestamp(at)});
    if (!inserted)
        return inserted.error();
    return {};
}

} // namespace mesi::sandbox
