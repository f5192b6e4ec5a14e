#include "bidbook.h"

#include "contract/codec.h"
#include "contract/jsonreader.h"
#include "contract/lifecyclecodec.h"
#include "eventlog.h"
#include "ledger.h"
#include "profiles.h"
#include "schema.h"
#include "secrets.h"

#include <QJsonDocument>

#include <algorithm>

namespace mesi::sandbox {

namespace {

const QString BidSelect = QStringLiteral(
    "SELECT b.id, c.handle, b.fan_id, f.name, b.amount, b.asset, b.note, b.status,"
    " b.reject_reason, b.version, b.created_at, b.updated_at, b.creator_id, b.row,"
    " b.expires_at, b.kyf_state, b.kyf_fields, b.kyf_deadline, b.meeting, b.session,"
    " b.cancelled_by, b.cancel_reason"
    " FROM bids b JOIN creators c ON c.id = b.creator_id JOIN fans f ON f.id = b.fan_id");

/// Reads columns 14 and up of BidSelect: the lifecycle parts of a bid.
Result<void> readLifecycleColumns(const QSqlQuery &row, Bid &bid)
{
    bid.expiresAt = contract::parseTimestamp(row.value(14).toString());
    Result<KyfState> kyfState = kyfStateFromWire(row.value(15).toString());
    if (!kyfState)
        return makeError(ErrorCode::Storage, kyfState.error().message);
    bid.kyf.state = kyfState.value();
    const QStringList fields = row.value(16).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : fields) {
        Result<KyfField> field = kyfFieldFromWire(name);
        if (!field)
            return makeError(ErrorCode::Storage, field.error().message);
        bid.kyf.fields.append(field.value());
    }
    bid.kyf.deadline = contract::parseTimestamp(row.value(17).toString());

    const QString meeting = row.value(18).toString();
    if (!meeting.isEmpty()) {
        Result<QJsonObject> object = contract::parseObject(meeting.toUtf8(), QStringLiteral("stored meeting"));
        if (!object)
            return object.error();
        Result<Meeting> parsed = contract::meetingFromJson(object.value(), QStringLiteral("stored meeting"));
        if (!parsed)
            return makeError(ErrorCode::Storage, parsed.error().message);
        bid.meeting = parsed.value();
    }
    const QString session = row.value(19).toString();
    if (!session.isEmpty()) {
        Result<QJsonObject> object = contract::parseObject(session.toUtf8(), QStringLiteral("stored session"));
        if (!object)
            return object.error();
        Result<AiSession> parsed = contract::aiSessionFromJson(object.value(), bid.amount.asset(),
                                                               QStringLiteral("stored session"));
        if (!parsed)
            return makeError(ErrorCode::Storage, parsed.error().message);
        bid.session = parsed.value();
    }
    bid.cancelledBy = row.value(20).toString();
    bid.cancelReason = row.value(21).toString();
    return {};
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString kyfFieldList(const QList<KyfField> &fields)
{
    QStringList names;
    for (KyfField field : fields)
        names.append(toWire(field));
    return names.join(QLatin1Char(','));
}

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
    if (Result<void> lifecycle = readLifecycleColumns(row, bid); !lifecycle)
        return lifecycle.error();
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

Result<Bid> BidBook::draftBid(const Creator &creator, const Fan &fan,
                              const PlaceBidRequest &request, const QDateTime &at)
{
    Result<CreatorSettings> settings = m_profiles.creatorSettings(creator.id);
    if (!settings)
        return settings.error();
    if (!settings->acceptsBids) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("creator '%1' has paused bidding and takes no bids at "
                                        "the moment; try again later")
                             .arg(request.creatorHandle),
                         QStringLiteral("creator"));
    }
    if (const std::optional<Money> minimum = settings->minimumFor(request.amount.asset());
        minimum && request.amount.compare(*minimum) == std::strong_ordering::less) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("bid of %1 is below the minimum of %2 that creator '%3' "
                                        "set; bid at least %2")
                             .arg(request.amount.toDisplayString(), minimum->toDisplayString(),
                                  request.creatorHandle),
                         QStringLiteral("amount"));
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
    bid.expiresAt = at.addSecs(PendingBidLifetimeSeconds);

    if (settings->kind == AccountKind::Person) {
        if (request.format) {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("creator '%1' meets fans in person and sells no "
                                            "virtual sessions; leave out 'format'")
                                 .arg(request.creatorHandle),
                             QStringLiteral("format"));
        }
        return bid;
    }

    if (!request.format) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("creator '%1' is an AI account; give 'format' as text, "
                                        "voice or video")
                             .arg(request.creatorHandle),
                         QStringLiteral("format"));
    }
    Result<FanProfile> profile = m_profiles.fanProfile(fan.id);
    if (!profile)
        return profile.error();
    const auto row = std::find_if(settings->aiTiers.cbegin(), settings->aiTiers.cend(),
                                  [&](const AiTier &tier) {
                                      return tier.format == *request.format
                                             && tier.accountTier == profile->tier;
                                  });
    if (row == settings->aiTiers.cend()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("creator '%1' sells no %2 session to %3 accounts; "
                                        "choose another format")
                             .arg(request.creatorHandle, toWire(*request.format),
                                  toWire(profile->tier)),
                         QStringLiteral("format"));
    }
    const std::optional<std::strong_ordering> order = request.amount.compare(row->price);
    if (!order) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a %1 session is priced in %2; bid in %2, not %3")
                             .arg(toWire(row->format), row->price.asset().code(),
                                  request.amount.asset().code()),
                         QStringLiteral("asset"));
    }
    if (*order == std::strong_ordering::less) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("bid of %1 is below the %2 price of a %3 session for "
                                        "%4 accounts; bid at least %2")
                             .arg(request.amount.toDisplayString(), row->price.toDisplayString(),
                                  toWire(row->format), toWire(profile->tier)),
                         QStringLiteral("amount"));
    }
    AiSession session;
    session.format = row->format;
    session.accountTier = row->accountTier;
    session.durationMinutes = row->durationMinutes;
    session.tierPrice = row->price;
    bid.session = session;
    return bid;
}

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
    Result<Bid> bid = draftBid(*creator.value(), fan, request, at);
    if (!bid)
        return bid.error();

    Result<QSqlQuery *> inserted = m_database.run(
        QStringLiteral("INSERT INTO bids (id, creator_id, fan_id, amount, asset, note, status, "
                       "version, created_at, updated_at, expires_at, session) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {bid->id, creator.value()->id, fan.id, bid->amount.toDecimalString(),
         bid->amount.asset().code(), sqlText(bid->note), toWire(bid->status), bid->version,
         contract::formatTimestamp(at), contract::formatTimestamp(at),
         contract::formatTimestamp(bid->expiresAt),
         sqlText(bid->session ? jsonText(contract::toJson(*bid->session)) : QString())});
    if (!inserted)
        return inserted.error();

    if (Result<void> locked = m_ledger.record(bid->id, LedgerKind::Lock, bid->amount, at); !locked)
        return locked.error();

    Result<contract::Event> event = m_events.append(creator.value()->id,
                                                    contract::EventType::BidCreated,
                                                    contract::toJson(bid.value()), at);
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

    // save() checks only changes of status, but accepting or rejecting a bid twice is also an error.
    if (Result<void> allowed = checkTransition(stored->bid.status, to); !allowed) {
        return makeError(ErrorCode::InvalidTransition,
                         QStringLiteral("bid '%1': %2").arg(bidId, allowed.error().message),
                         QStringLiteral("status"));
    }
    Bid bid = stored->bid;
    bid.status = to;
    bid.rejectReason = to == BidStatus::Rejected ? rejectReason : QString();
    return save(stored.value(), bid, at);
}

Result<Bid> BidBook::save(const StoredBid &before, Bid bid, const QDateTime &at)
{
    if (bid.status != before.bid.status) {
        if (Result<void> allowed = checkTransition(before.bid.status, bid.status); !allowed) {
            return makeError(ErrorCode::InvalidTransition,
                             QStringLiteral("bid '%1': %2").arg(bid.id, allowed.error().message),
                             QStringLiteral("status"));
        }
    }

    const EscrowState escrowBefore = before.bid.escrow;
    bid.escrow = escrowStateFor(bid.status);
    bid.version = before.bid.version + 1;
    bid.updatedAt = at;

    // The status condition makes a concurrent change of the same bid fail instead of
    // overwriting it, which matters most for the one release a pass may cause.
    Result<QSqlQuery *> updated = m_database.run(
        QStringLiteral("UPDATE bids SET status = ?, reject_reason = ?, version = ?, updated_at = ?,"
                       " kyf_state = ?, kyf_fields = ?, kyf_deadline = ?, meeting = ?, session = ?,"
                       " meeting_id = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ? AND version = ?"),
        {toWire(bid.status), sqlText(bid.rejectReason), bid.version, contract::formatTimestamp(at),
         toWire(bid.kyf.state), sqlText(kyfFieldList(bid.kyf.fields)),
         sqlText(bid.kyf.deadline.isValid() ? contract::formatTimestamp(bid.kyf.deadline) : QString()),
         sqlText(bid.meeting.isValid() ? jsonText(contract::toJson(bid.meeting)) : QString()),
         sqlText(bid.session ? jsonText(contract::toJson(*bid.session)) : QString()),
         sqlText(bid.meeting.id),
         sqlText(bid.cancelledBy), sqlText(bid.cancelReason), bid.id, before.bid.version});
    if (!updated)
        return updated.error();
    if (updated.value()->numRowsAffected() != 1) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("bid '%1' changed while this request ran; read it again "
                                        "and retry")
                             .arg(bid.id),
                         QStringLiteral("bidId"));
    }

    if (escrowBefore == EscrowState::Locked && bid.escrow != EscrowState::Locked) {
        const LedgerKind kind = bid.escrow == EscrowState::Released ? LedgerKind::Release
                                                                    : LedgerKind::Refund;
        if (Result<void> settled = m_ledger.record(bid.id, kind, bid.amount, at); !settled)
            return settled.error();
    }

    Result<contract::Event> event = m_events.append(before.creatorId,
                                                    contract::EventType::BidUpdated,
                                                    contract::toJson(bid), at);
    if (!event)
        return event.error();
    return bid;
}

Result<QList<StoredBid>> BidBook::dueForSweep(const QDateTime &now)
{
    const QString at = contract::formatTimestamp(now);
    Result<QSqlQuery *> rows = m_database.run(
        // Each arm repeats the condition of its partial index, so SQLite can use it.
        BidSelect + QStringLiteral(" WHERE b.status = 'pending' AND b.expires_at != ''"
                                   " AND b.expires_at <= ?")
            + QStringLiteral(" UNION ALL ") + BidSelect
            + QStringLiteral(" WHERE b.status = 'accepted' AND b.kyf_state = 'requested'"
                             " AND b.kyf_deadline <= ?")
            + QStringLiteral(" UNION ALL ") + BidSelect
            + QStringLiteral(" WHERE b.status = 'accepted' AND b.session != ''"
                             " AND NOT (b.kyf_state = 'requested' AND b.kyf_deadline <= ?)"
                             " ORDER BY row"),
        {at, at, at});
    if (!rows)
        return rows.error();
    QList<StoredBid> due;
    while (rows.value()->next()) {
        Result<StoredBid> stored = bidFromRow(*rows.value());
        if (!stored)
            return stored.error();
        due.append(stored.value());
    }
    return due;
}

Result<QList<StoredBid>> BidBook::bidsOfFan(const QString &fanId, int limit)
{
    Result<QSqlQuery *> rows = m_database.run(
        BidSelect + QStringLiteral(" WHERE b.fan_id = ? ORDER BY b.row DESC LIMIT ?"), {fanId, limit});
    if (!rows)
        return rows.error();
    QList<StoredBid> bids;
    while (rows.value()->next()) {
        Result<StoredBid> stored = bidFromRow(*rows.value());
        if (!stored)
            return stored.error();
        bids.append(stored.value());
    }
    return bids;
}

Result<std::optional<StoredBid>> BidBook::findBidByMeeting(const QString &meetingId)
{
    Result<QSqlQuery *> query = m_database.run(BidSelect + QStringLiteral(" WHERE b.meeting_id = ?"),
                                               {meetingId});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<StoredBid>();
    Result<StoredBid> stored = bidFromRow(*query.value());
    if (!stored)
        return stored.error();
    return std::optional<StoredBid>(stored.value());
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
