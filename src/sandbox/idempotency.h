#pragma once

#include "accounts.h"
#include "core/result.h"
#include "store/database.h"

#include <QByteArray>

#include <optional>

namespace mesi::sandbox {

/// The response stored for an Idempotency-Key, replayed byte for byte on a repeat.
struct StoredResponse
{
    QString fingerprint;
    int status = 0;
    QByteArray body;
};

/**
 * Idempotency-Key records, scoped to the signed-in account.
 *
 * Records are kept for the life of the data folder, longer than the 24 hours the API
 * promises. Only successful responses are stored, in the transaction of their change,
 * so a rejected request leaves its key free for a corrected retry.
 */
class IdempotencyKeys
{
public:
    explicit IdempotencyKeys(store::Database &database) : m_database(database) {}

    /// Hash of method, path and body; the same key with another fingerprint is a reuse.
    static QString fingerprint(const QByteArray &method, const QString &path, const QByteArray &body);
    /// Checks the header value: 1 to 128 printable ASCII characters.
    static Result<void> validateKey(const QByteArray &key);

    Result<std::optional<StoredResponse>> find(const Principal &principal, const QString &key);
    /// Stores a response; call inside the transaction of the change that produced it.
    Result<void> store(const Principal &principal, const QString &key, const StoredResponse &response,
                       const QDateTime &at);

private:
    store::Database &m_database;
};

} // namespace mesi::sandbox
