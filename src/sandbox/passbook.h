#pragma once

#include "accounts.h"
#include "bidbook.h"
#include "core/result.h"
#include "store/database.h"

#include <QJsonObject>

namespace mesi::sandbox {

/// A creator's registered pass-signing public key.
struct RegisteredKey
{
    QString id;
    QByteArray publicKey; ///< 32 bytes of Ed25519 public key.
    QString label;        ///< Which device holds the private half, as the creator named it.
    QDateTime registeredAt;
    QDateTime revokedAt;  ///< Invalid while the key is in use.
};
QJsonObject toJson(const RegisteredKey &key);

/// Outcome of a pass submission: the completed bid, or the reason it was rejected.
struct Redemption
{
    bool accepted = false;
    QString reason;  ///< Wire code such as "bad_signature" or "already_used" when rejected.
    QString message; ///< For the fan: what was wrong with the pass.
    Bid bid;         ///< The completed bid when accepted.
};

/// Path that confirmed a meeting: the fan scanned the pass, or the creator scanned the fan's code.
enum class RedemptionMethod { Pass, FanCode };

/**
 * Pass-signing keys of creators, and the redemption of passes that releases escrow.
 * Methods that change state must run inside one SandboxStore::change().
 */
class PassBook
{
public:
    PassBook(store::Database &database, BidBook &bids) : m_database(database), m_bids(bids) {}

    /// Registers a key; the same key registered again by its creator returns the first record.
    Result<RegisteredKey> registerKey(const QString &creatorId, const QByteArray &publicKey,
                                      const QString &label, const QDateTime &at);
    Result<RegisteredKey> revokeKey(const QString &creatorId, const QString &keyId,
                                    const QDateTime &at);
    Result<QList<RegisteredKey>> keysOf(const QString &creatorId);

    /**
     * Verifies a pass the fan scanned and, when it is valid, completes the meeting's bid
     * and releases its escrow. The pass must be signed by a registered, unrevoked key of
     * the bid's creator, name this fan and a scheduled meeting, be inside its window now,
     * and not have been used. A rejection changes nothing.
     */
    Result<Redemption> redeem(const Principal &fan, const QString &passText, const QDateTime &at);

    /**
     * Completes the scheduled meeting of stored and releases its escrow, once: a completed
     * meeting is rejected as already_used, another status as not_scheduled, and a concurrent
     * second release fails on the primary key of the redemptions table.
     */
    Result<Redemption> releaseMeeting(const StoredBid &stored, const QString &keyId,
                                      RedemptionMethod method, const QDateTime &at);

private:
    store::Database &m_database;
    BidBook &m_bids;
};

} // namespace mesi::sandbox
