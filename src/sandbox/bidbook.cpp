#include "bidbook.h"

#include "contract/codec.h"
#include "contract/jsonreader.h"
#include "eventlog.h"
#include "ledger.h"
#include "schema.h"
#include "secrets.h"

namespace mesi::sandbox {

namespace {

const QString BidSelect = QStringLiteral(
    "SELECT b.id, c.handle, b.fan_id, f.name, b.amount, b.asset, b.note, b.status,"
    " b.reject_reason, b.version, b.created_at, b.updated_at, b.creator_id, b.row"
    " FROM bids b JOIN creators c ON c.id = b.creator_id JOIN fans f ON f.id = b.fan_id");

Result<StoredBid> bidFromRow(const QSqlQuery &row)
{
    StoredBid stored;
    Bid &bid = stored.bid;
    bid.id = row.value(0).toString();
    bid.creatorHandle = row.value(1).toString();
    bid.fanId = row.value(2).toString();
    bid.fanName = row.value(3).toString();

    Result<Money> amount = Money::parse(row.value(4).toString(), row.value(5).toString());
    if (!amount)
        return amount.error();
    bid.amount = amount.value();
    bid.note = row.value(6).toString();

    Result<BidStatus> status = bidStatusFromWire(row.value(7).toString());
    if (!status)
        return status.error();
    bid.status = status.value();
    bid.escrow = escrowStateFor(bid.status);
    bid.rejectReason = row.value(8).toString();
    bid.version = row.value(9).toLongLong();
    bid.createdAt = contract::parseTimestamp(row.value(10).toString());
    bid.updatedAt = contract::parseTimestamp(row.value(11).toString());
    stored.creatorId = row.value(12).toString();
    stored.row = row.value(13).toLongLong();
    return stored;
}

Error bidNotFound(const QString &bidId)
{
    return makeError(ErrorCode::NotFound,
                     QStringLiteral("no bid '%1' for this account; list the bids to get valid ids")
                         .arg(bidId),
                     QStringLiteral("bidId"));
}

} // namespace

Result<Bid> BidBook::placeBid(const Fan &fan, const PlaceBidRequest &request, const QDateTime &at)
{
    Result<std::optional<Creator>> creator = m_accounts.findCreatorByHandle(request.creatorHandle);
    if (!creator)
        return creator.error();
    if (!creator.value()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no creator with handle '%1'; check the handle")
                             .arg(request.creatorHandle),
                         QStringLiteral("creator"));
    }
    if (!creator.value()->acceptsBids) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("creator '%1' does not accept bids at the moment; try "
                                        "again later")
                             .arg(request.creatorHandle),
                         QStringLiteral("creator"));
    }

    Bid bid;
    bid.id = newId(QStringLiteral("bid"));
    bid.creatorHandle = request.creatorHandle;
    bid.fanId = fan.id;
    bid.fanName = fan.name;
    bid.amount = request.amount;
    bid.note = request.note;
    bid.status = BidStatus::Pending;
    bid.escrow = escrowStateFor(bid.status);
    bid.version = 1;
    bid.createdAt = at;
    bid.updatedAt = at;

    Result<QSqlQuery *> inserted = m_database.run(
        QStringLiteral("INSERT INTO bids (id, creator_id, fan_id, amount, asset, note, status, "
                       "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {bid.id, creator.value()->id, fan.id, bid.amount.toDecimalString(),
         bid.amount.asset().code(), sqlText(bid.note), toWire(bid.status), bid.version,
         contract::formatTimestamp(at), contract::formatTimestamp(at)});
    if (!inserted)
        return inserted.error();

    if (Result<void> locked = m_ledger.record(bid.id, LedgerKind::Lock, bid.amount, at); !locked)
        return locked.error();

    Result<contract::Event> event = m_events.append(creator.value()->id,
                                                    contract::EventType::BidCreated,
                                                    contract::toJson(bid), at);
    if (!event)
        return event.error();
    return bid;
}

Result<Bid> BidBook::changeStatus(const QString &creatorId, const QString &bidId, BidStatus to,
                                  const QString &rejectReason, const QDateTime &at)
{
    Result<StoredBid> stored = bidOfCreator(creatorId, bidId);
    if (!stored)
        return stored.error();

    Bid bid = stored->bid;
    if (Result<void> allowed = checkTransition(bid.status, to); !allowed) {
        return makeError(ErrorCode::InvalidTransition,
                         QStringLiteral("bid '%1': %2").arg(bidId, allowed.error().message),
                         QStringLiteral("status"));
    }

    const EscrowState escrowBefore = bid.escrow;
    bid.status = to;
    bid.escrow = escrowStateFor(to);
    bid.rejectReason = to == BidStatus::Rejected ? rejectReason : QString();
    bid.version += 1;
    bid.updatedAt = at;

    Result<QSqlQuery *> updated = m_database.run(
        QStringLiteral("UPDATE bids SET status = ?, reject_reason = ?, version = ?, updated_at = ? "
                       "WHERE id = ?"),
        {toWire(bid.status), sqlText(bid.rejectReason), bid.version, contract::formatTimestamp(at), bid.id});
    if (!updated)
        return updated.error();

    if (escrowBefore == EscrowState::Locked && bid.escrow != EscrowState::Locked) {
        const LedgerKind kind = bid.escrow == EscrowState::Released ? LedgerKind::Release
                                                                    : LedgerKind::Refund;
        if (Result<void> settled = m_ledger.record(bid.id, kind, bid.amount, at); !settled)
            return settled.error();
    }

    Result<contract::Event> event = m_events.append(creatorId, contract::EventType::BidUpdated,
                                                    contract::toJson(bid), at);
    if (!event)
        return event.error();
    return bid;
}

Result<std::optional<StoredBid>> BidBook::findBid(const QString &bidId)
{
    Result<QSqlQuery *> query = m_database.run(BidSelect + QStringLiteral(" WHERE b.id = ?"), {bidId});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<StoredBid>();

    Result<StoredBid> stored = bidFromRow(*query.value());
    if (!stored)
        return stored.error();
    return std::optional<StoredBid>(stored.value());
}

Result<StoredBid> BidBook::bidOfCreator(const QString &creatorId, const QString &bidId)
{
    Result<std::optional<StoredBid>> found = findBid(bidId);
    if (!found)
        return found.error();
    // Another creator's bid gets the same error as a missing one, so ids reveal nothing.
    if (!found.value() || found.value()->creatorId != creatorId)
        return bidNotFound(bidId);
    return *found.value();
}

Result<BidList> BidBook::listBids(const QString &creatorId, const BidQuery &query)
{
    // Each filter is a separate condition rather than "? = '' OR ...", so SQLite can walk an
    // index in row order for every page instead of sorting all of the creator's bids.
    QString conditions = QStringLiteral(" WHERE b.creator_id = ?");
    QVariantList values{creatorId};
    if (query.status) {
        conditions += QStringLiteral(" AND b.status = ?");
        values.append(toWire(*query.status));
    }
    if (query.beforeRow != 0) {
        conditions += QStringLiteral(" AND b.row < ?");
        values.append(query.beforeRow);
    }
    values.append(query.limit + 1);
    Result<QSqlQuery *> rows = m_database.run(
        BidSelect + conditions + QStringLiteral(" ORDER BY b.row DESC LIMIT ?"), values);
    if (!rows)
        return rows.error();

    BidList list;
    while (rows.value()->next()) {
        if (list.bids.size() == query.limit) {
            list.hasMore = true;
            break;
        }
        Result<StoredBid> stored = bidFromRow(*rows.value());
        if (!stored)
            return stored.error();
        list.bids.append(stored.value());
    }
    return list;
}

Result<qint64> BidBook::pendingCount(const QString &creatorId)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT COUNT(*) FROM bids WHERE creator_id = ? AND status = ?"),
        {creatorId, toWire(BidStatus::Pending)});
    if (!query)
        return query.error();
    query.value()->next();
    return query.value()->value(0).toLongLong();
}

} // namespace mesi::sandbox
