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
    BidBook(store::Database &database, Accounts &accounts, Ledger &ledger, EventLog &events)
        : m_database(database), m_accounts(accounts), m_ledger(ledger), m_events(events)
    {
    }

    /**
     * Places a pending bid for the fan, locks its amount in the ledger and records
     * bid.created. An unknown creator is NotFound and a creator who does not accept
     * bids is Conflict, both on the field "creator".
     */
    Result<Bid> placeBid(const Fan &fan, const PlaceBidRequest &request, const QDateTime &at);

    /**
     * Moves a bid of this creator to a new status if the bid lifecycle allows it, writes
     * the refund or release its escrow needs and records bid.updated.
     */
    Result<Bid> changeStatus(const QString &creatorId, const QString &bidId, BidStatus to,
                             const QString &rejectReason, const QDateTime &at);

    /// Looks a bid up by id, for any creator.
    Result<std::optional<StoredBid>> findBid(const QString &bidId);
    /// Returns the creator's bid, or NotFound when the bid is missing or another creator's.
    Result<StoredBid> bidOfCreator(const QString &creatorId, const QString &bidId);
    Result<BidList> listBids(const QString &creatorId, const BidQuery &query);
    Result<qint64> pendingCount(const QString &creatorId);

private:
    store::Database &m_database;
    Accounts &m_accounts;
    Ledger &m_ledger;
    EventLog &m_events;
};

} // namespace mesi::sandbox
