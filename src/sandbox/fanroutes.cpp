// Routes a fan uses, and the chat routes that fan and creator share.

#include "contract/codec.h"
#include "paging.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "secrets.h"

#include <QJsonArray>

namespace mesi::sandbox {

namespace {

const QString MessageCursorScope = QStringLiteral("messages");

} // namespace

ApiResponse SandboxApi::placeBid(const ApiRequest &request)
{
    Result<Principal> principal = authenticate(request, false);
    if (!principal)
        return errorResponse(principal.error());
    if (principal->isCreator()) {
        return errorResponse(makeError(ErrorCode::Unauthorized,
                                       QStringLiteral("only fans place bids; sign in with POST "
                                                      "/v1/fan/session and use that token")));
    }

    return runIdempotent(request, principal.value(), [&]() {
        Result<QJsonObject> body = parseBody(request);
        if (!body)
            return invalidJsonResponse(body.error());

        const Fan fan{principal->id, principal->displayName};
        Result<Bid> bid = m_store.placeBidFromJson(fan, body.value(), nowUtc());
        if (!bid)
            return bodyErrorResponse(body.value(), bid.error(),
                                     QStringLiteral("creator_not_accepting"));
        return jsonResponse(201, contract::toJson(bid.value()));
    });
}

ApiResponse SandboxApi::listMessages(const ApiRequest &request)
{
    Result<Principal> principal = authenticate(request, false);
    if (!principal)
        return errorResponse(principal.error());

    Result<int> limit = parseLimit(request.query);
    if (!limit)
        return errorResponse(limit.error());
    Result<qint64> cursor = parseCursor(request.query, MessageCursorScope);
    if (!cursor)
        return errorResponse(cursor.error());

    Result<MessageList> page = m_store.chat().list(principal.value(),
                                                   request.pathArgs.value(QStringLiteral("bidId")),
                                                   limit.value(), cursor.value());
    if (!page)
        return errorResponse(page.error());

    QJsonArray items;
    for (const StoredMessage &stored : page->messages)
        items.append(contract::toJson(stored.message));
    const QJsonValue nextCursor = page->hasMore
                                      ? QJsonValue(encodeCursor(MessageCursorScope,
                                                                page->messages.constLast().row))
                                      : QJsonValue(QJsonValue::Null);
    return jsonResponse(200, QJsonObject{{QStringLiteral("items"), items},
                                         {QStringLiteral("nextCursor"), nextCursor}});
}

ApiResponse SandboxApi::postMessage(const ApiRequest &request)
{
    Result<Principal> principal = authenticate(request, false);
    if (!principal)
        return errorResponse(principal.error());

    const QString bidId = request.pathArgs.value(QStringLiteral("bidId"));
    return runIdempotent(request, principal.value(), [&]() {
        Result<QJsonObject> body = parseBody(request);
        if (!body)
            return invalidJsonResponse(body.error());
        Result<PostMessageRequest> message = parsePostMessageRequest(body.value());
        if (!message)
            return bodyErrorResponse(body.value(), message.error());

        Result<PostedMessage> posted = m_store.chat().post(principal.value(), bidId,
                                                           message.value(), nowUtc());
        if (!posted)
            return errorResponse(posted.error());
        // The stand-in replies in the same transaction, so the fan never reads half a turn.
        if (posted->created && !principal->isCreator()) {
            if (Result<void> replied = replyAsPersona(principal.value(), posted->message); !replied)
                return errorResponse(replied.error());
        }
        return jsonResponse(201, contract::toJson(posted->message));
    });
}

} // namespace mesi::sandbox
