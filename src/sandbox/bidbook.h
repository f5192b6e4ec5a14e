#pragma once

#include "accounts.h"
#include "core/bid.h"
#include "core/result.h"
#include "requests.h"
#include "store/database.h"

#include <QList>

#include <optional>

namespace mesi::sandbox {

class EventLog;
class Ledger;
class Profiles;

/// Time a pending bid waits for the creator to accept or reject it before it expires and is refunded.
inline constexpr qint64 PendingBidLifetimeSeconds = 7 * 24 * 60 * 60;

/// A bid with the storage details that routes need but the wire never shows.
struct StoredBid
{
    Bid bid;
    QString creatorId;
    qint64 row = 0; ///< Insertion order; pages and cursors are based on it.
};

/// Filter and page of a bid list, newest first; beforeRow limits it to older rows.
struct BidQuery
{
    std::optional<BidStatus> status;
    int limit = 50;
    qint64 beforeRow = 0; ///< 0 starts at the newest bid.
};

/// One page of bids. hasMore is true when older matching bids exist.
struct BidList
{
    QList<StoredBid> bids;
    bool hasMore = false;
};

/**
 * The bids table and the rules that change it. Each change also writes its ledger entry
 * and its event, so every mutating call must run inside one SandboxStore::change().
 */
class BidBook
{
public:
    BidBook(store::Database &database, Accounts &accounts, Profiles &profiles, Ledger &ledger,
            EventLog &events)
        : m_database(database), m_accounts(accounts), m_profiles(profiles), m_ledger(ledger),
          m_events(events)
    {
    }

    /**
     * Places a pending bid for the fan, locks its amount in the ledger and records
     * bid.created. An unknown creator is NotFound and a creator who does not accept
     * bids is Conflict, both on the field "creator". An amount below the creator's
     * minimum, or below the price of the requested session of an AI account, is
     * InvalidArgument on "amount".
     */
    Result<Bid> placeBid(const Fan &fan, const PlaceBidRequest &request, const QDateTime &at);

    /**
     * Moves a bid of this creator to a new status if the bid lifecycle allows it, writes
     * the refund or release its escrow needs and records bid.updated.
     */
    Result<Bid> changeStatus(const QString &creatorId, const QString &bidId, BidStatus to,
                             const QString &rejectReason, const QDateTime &at);

    /**
     * Stores bid as the new state of before: checks the status transition, settles the
     * escrow in the ledger when it leaves locked, bumps the version and records
     * bid.updated. A concurrent change of the same bid makes this a Conflict.
     * Call inside a change.
     */
    Result<Bid> save(const StoredBid &before, Bid bid, const QDateTime &at);

    /**
     * Bids whose deadline has passed by now: pending bids past their expiry, accepted
     * bids whose KYF request went unanswered, and AI bids with a session (the caller
     * checks the session's own end).
     */
    Result<QList<StoredBid>> dueForSweep(const QDateTime &now);
    /// The fan's bids, newest first, at most limit of them.
    Result<QList<StoredBid>> bidsOfFan(const QString &fanId, int limit);

    /// Looks up the bid whose scheduled meeting has this id.
    Result<std::optional<StoredBid>> findBidByMeeting(const QString &meetingId);
    /// Looks a bid up by id, for any creator.
    Result<std::optional<StoredBid>> findBid(const QString &bidId);
    /// Returns the creator's bid, or NotFound when the bid is missing or another creator's.
    Result<StoredBid> bidOfCreator(const QString &creatorId, const QString &bidId);
    Result<BidList> listBids(const QString &creatorId, const BidQuery &query);
    Result<qint64> pendingCount(const QString &creatorId);

private:
    /// Builds the pending bid of a request, applying the creator's settings.
    Result<Bid> draftBid(const Creator &creator, const Fan &fan, const PlaceBidRequest &request,
                         const QDateTime &at);

    store::Database &m_database;
    Accounts &m_accounts;
    Profiles &m_profiles;
    Ledger &m_ledger;
    EventLog &m_events;
};

} // namespace mesi::sandbox
