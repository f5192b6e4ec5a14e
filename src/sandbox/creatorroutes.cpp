// Routes of the signed-in creator: list, read, accept and reject bids.

#include "contract/codec.h"
#include "paging.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "secrets.h"

#include <QJsonArray>

namespace mesi::sandbox {

namespace {

const QString BidCursorScope = QStringLiteral("bids");

} // namespace

ApiResponse SandboxApi::listBids(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());

    BidQuery query;
    const QString statusName = QStringLiteral("status");
    if (request.query.hasQueryItem(statusName)) {
        Result<BidStatus> status = bidStatusFromWire(
            request.query.queryItemValue(statusName, QUrl::FullyDecoded));
        if (!status)
            return errorResponse(status.error());
        query.status = status.value();
    }
    Result<int> limit = parseLimit(request.query);
    if (!limit)
        return errorResponse(limit.error());
    query.limit = limit.value();
    Result<qint64> cursor = parseCursor(request.query, BidCursorScope);
    if (!cursor)
        return errorResponse(cursor.error());
    query.beforeRow = cursor.value();

    Result<qint64> eventSeq = m_store.events().newestSeq(creator->id);
    if (!eventSeq)
        return errorResponse(eventSeq.error());
    Result<BidList> page = m_store.bids().listBids(creator->id, query);
    if (!page)
        return errorResponse(page.error());

    QJsonArray items;
    for (const StoredBid &stored : page->bids)
        items.append(contract::toJson(stored.bid));
    const QJsonValue nextCursor = page->hasMore
                                      ? QJsonValue(encodeCursor(BidCursorScope,
                                                                page->bids.constLast().row))
                                      : QJsonValue(QJsonValue::Null);
    return jsonResponse(200, QJsonObject{{QStringLiteral("items"), items},
                                         {QStringLiteral("nextCursor"), nextCursor},
                                         {QStringLiteral("eventSeq"), eventSeq.value()}});
}

ApiResponse SandboxApi::getBid(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());

    Result<StoredBid> stored = m_store.bids().bidOfCreator(creator->id,
                                                           request.pathArgs.value(QStringLiteral("bidId")));
    if (!stored)
        return errorResponse(stored.error());
    return jsonResponse(200, contract::toJson(stored->bid));
}

ApiResponse SandboxApi::acceptBid(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());

    const QString bidId = request.pathArgs.value(QStringLiteral("bidId"));
    return runIdempotent(request, creator.value(), [&]() {
        Result<Bid> bid = m_store.lifecycle().accept(creator->id, bidId, nowUtc());
        if (!bid)
            return errorResponse(bid.error());
        return jsonResponse(200, contract::toJson(bid.value()));
    });
}

ApiResponse SandboxApi::rejectBid(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());

    const QString bidId = request.pathArgs.value(QStringLiteral("bidId"));
    return runIdempotent(request, creator.value(), [&]() {
        // The body is optional: no body at all means no reason.
        QJsonObject body;
        if (!request.body.trimmed().isEmpty()) {
            Result<QJsonObject> parsed = parseBody(request);
            if (!parsed)
                return invalidJsonResponse(parsed.error());
            body = parsed.value();
        }
        Result<QString> reason = parseRejectReason(body);
        if (!reason)
            return bodyErrorResponse(body, reason.error());

        Result<Bid> bid = m_store.bids().changeStatus(creator->id, bidId, BidStatus::Rejected,
                                                      reason.value(), nowUtc());
        if (!bid)
            return errorResponse(bid.error());
        return jsonResponse(200, contract::toJson(bid.value()));
    });
}

} // namespace mesi::sandbox
