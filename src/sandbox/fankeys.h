#pragma once

#include "accounts.h"
#include "bidbook.h"
#include "core/result.h"
#include "passbook.h"
#include "store/database.h"

#include <QJsonObject>

namespace mesi::sandbox {

/// A fan's registered public key, which signs the fan's confirmation codes.
struct FanKey
{
    QString id;
    QString fanId;
    QByteArray publicKey; ///< 32 bytes of Ed25519 public key.
    QString label;        ///< Which device holds the private half, as the fan named it.
    QDateTime registeredAt;
    QDateTime revokedAt;  ///< Invalid while the key is in use.
};
QJsonObject toJson(const FanKey &key);

/**
 * Fans' public keys, and the confirmation of a meeting by the code on the fan's phone, which
 * the creator scans when the fan's phone cannot scan the pass. Methods that change state
 * must run inside one SandboxStore::change().
 */
class FanKeys
{
public:
    FanKeys(store::Database &database, BidBook &bids, PassBook &passes)
        : m_database(database), m_bids(bids), m_passes(passes)
    {
    }

    /// Registers a key; the same key registered again by its fan returns the first record.
    Result<FanKey> registerKey(const QString &fanId, const QByteArray &publicKey,
                               const QString &label, const QDateTime &at);
    Result<QList<FanKey>> keysOf(const QString &fanId);

    /**
     * Verifies a fan confirmation code that the creator scanned for meetingId and, when it
     * is valid, completes the meeting and releases its escrow like a redeemed pass. The
     * meeting must belong to creatorId. The code must be signed by a registered key of the
     * meeting's fan, name that fan and meeting, and be of the current rotation step. A
     * rejection changes nothing.
     */
    Result<Redemption> confirm(const QString &creatorId, const QString &meetingId,
                               const QString &code, const QDateTime &at);

private:
    store::Database &m_database;
    BidBook &m_bids;
    PassBook &m_passes;
};

} // namespace mesi::sandbox
