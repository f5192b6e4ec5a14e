// Routes of the bid lifecycle after placement: creator settings, KYF, withdrawal,
// cancellation, meeting proposals and AI sessions.

#include "contract/codec.h"
#include "contract/lifecyclecodec.h"
#include "contract/wire.h"
#include "persona.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "secrets.h"

#include <QJsonArray>

namespace mesi::sandbox {

namespace {

QString bidIdOf(const ApiRequest &request)
{
    return request.pathArgs.value(QStringLiteral("bidId"));
}

/// Parses an optional body; no bytes at all read as an empty object.
Result<QJsonObject> optionalBody(const ApiRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    return parseBody(request);
}

} // namespace

ApiResponse SandboxApi::creatorSettings(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());
    Result<CreatorSettings> settings = m_store.profiles().creatorSettings(creator->id);
    if (!settings)
        return errorResponse(settings.error());
    return jsonResponse(200, contract::toJson(settings.value()));
}

ApiResponse SandboxApi::updateCreatorSettings(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());

    return runIdempotent(request, creator.value(), [&]() {
        Result<QJsonObject> body = parseBody(request);
        if (!body)
            return invalidJsonResponse(body.error());
        // The account kind is fixed, so the body is read as the stored kind's settings even
        // when the client leaves "kind" out.
        Result<CreatorSettings> current = m_store.profiles().creatorSettings(creator->id);
        if (!current)
            return errorResponse(current.error());
        QJsonObject withKind = body.value();
        withKind.insert(QStringLiteral("kind"), toWire(current->kind));
        Result<CreatorSettings> parsed = contract::creatorSettingsFromJson(withKind);
        if (!parsed) {
            const Error &error = parsed.error();
            return bodyErrorResponse(body.value(),
                                     makeError(ErrorCode::InvalidArgument, error.message, error.field));
        }
        Result<CreatorSettings> saved = m_store.profiles().updateCreatorSettings(
            creator->id, parsed.value(), nowUtc());
        if (!saved)
            return errorResponse(saved.error());
        return jsonResponse(200, contract::toJson(saved.value()));
    });
}

ApiResponse SandboxApi::kyfAnswers(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());
    Result<KyfAnswers> answers = m_store.lifecycle().kyfAnswers(creator->id, bidIdOf(request));
    if (!answers)
        return errorResponse(answers.error(), QStringLiteral("kyf_not_available"));
    return jsonResponse(200, QJsonObject{{QStringLiteral("fields"), contract::toJson(answers.value())}});
}

ApiResponse SandboxApi::cancelBid(const ApiRequest &request)
{
    Result<Principal> principal = authenticate(request, false);
    if (!principal)
        return errorResponse(principal.error());

    return runIdempotent(request, principal.value(), [&]() {
        Result<QJsonObject> body = parseBody(request);
        if (!body)
            return invalidJsonResponse(body.error());
        Result<QString> reason = parseCancelReason(body.value());
        if (!reason)
            return bodyErrorResponse(body.value(), reason.error());
        Result<Bid> bid = m_store.lifecycle().cancel(principal.value(), bidIdOf(request),
                                                     reason.value(), nowUtc());
        if (!bid)
            return errorResponse(bid.error(), QStringLiteral("cannot_cancel"));
        return jsonResponse(200, contract::toJson(bid.value()));
    });
}

ApiResponse SandboxApi::proposeMeeting(const ApiRequest &request)
{
    Result<Principal> principal = authenticate(request, false);
    if (!principal)
        return errorResponse(principal.error());

    return runIdempotent(request, principal.value(), [&]() {
        Result<QJsonObject> body = parseBody(request);
        if (!body)
            return invalidJsonResponse(body.error());
        Result<ProposeMeetingRequest> proposal = parseProposeMeetingRequest(body.value());
        if (!proposal)
            return bodyErrorResponse(body.value(), proposal.error());
        Result<PostedMessage> posted = m_store.lifecycle().propose(
            principal.value(), bidIdOf(request), proposal->terms, proposal->note,
            proposal->clientId, nowUtc());
        if (!posted)
            return errorResponse(posted.error(), QStringLiteral("cannot_propose"));
        return jsonResponse(201, contract::toJson(posted->message));
    });
}

ApiResponse SandboxApi::acceptProposal(const ApiRequest &request)
{
    Result<Principal> principal = authenticate(request, false);
    if (!principal)
        return errorResponse(principal.error());

    return runIdempotent(request, principal.value(), [&]() {
        Result<Bid> bid = m_store.lifecycle().acceptProposal(
            principal.value(), bidIdOf(request), request.pathArgs.value(QStringLiteral("messageId")),
            nowUtc());
        if (!bid)
            return errorResponse(bid.error(), QStringLiteral("cannot_accept_proposal"));
        return jsonResponse(200, contract::toJson(bid.value()));
    });
}

ApiResponse SandboxApi::endSession(const ApiRequest &request)
{
    return changeFanBid(request, [this](const Principal &principal, const QString &bidId) {
        return m_store.lifecycle().endSession(principal, bidId, nowUtc());
    });
}

ApiResponse SandboxApi::fanBids(const ApiRequest &request)
{
    Result<Principal> fan = authenticate(request, false);
    if (!fan)
        return errorResponse(fan.error());
    Result<QList<StoredBid>> bids = m_store.bids().bidsOfFan(fan->id, contract::MaxPageSize);
    if (!bids)
        return errorResponse(bids.error());
    QJsonArray items;
    for (const StoredBid &stored : bids.value())
        items.append(contract::toJson(stored.bid));
    return jsonResponse(200, QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse SandboxApi::fanBid(const ApiRequest &request)
{
    Result<Principal> fan = authenticate(request, false);
    if (!fan)
        return errorResponse(fan.error());
    Result<std::optional<StoredBid>> found = m_store.bids().findBid(bidIdOf(request));
    if (!found)
        return errorResponse(found.error());
    if (!found.value() || fan->isCreator() || found.value()->bid.fanId != fan->id) {
        return errorResponse(makeError(ErrorCode::NotFound,
                                       QStringLiteral("no bid '%1' for this fan; list your bids "
                                                      "to get valid ids")
                                           .arg(bidIdOf(request)),
                                       QStringLiteral("bidId")));
    }
    return jsonResponse(200, contract::toJson(found.value()->bid));
}

ApiResponse SandboxApi::withdrawBid(const ApiRequest &request)
{
    return changeFanBid(request, [this](const Principal &fan, const QString &bidId) {
        return m_store.lifecycle().withdraw(fan, bidId, nowUtc());
    });
}

ApiResponse SandboxApi::consentKyf(const ApiRequest &request)
{
    return changeFanBid(request, [this](const Principal &fan, const QString &bidId) {
        return m_store.lifecycle().consentKyf(fan, bidId, nowUtc());
    });
}

ApiResponse SandboxApi::declineKyf(const ApiRequest &request)
{
    return changeFanBid(request, [this](const Principal &fan, const QString &bidId) {
        return m_store.lifecycle().declineKyf(fan, bidId, nowUtc());
    });
}

ApiResponse SandboxApi::joinSession(const ApiRequest &request)
{
    return changeFanBid(request, [this](const Principal &fan, const QString &bidId) {
        return m_store.lifecycle().joinSession(fan, bidId, nowUtc());
    });
}

ApiResponse SandboxApi::changeFanBid(
    const ApiRequest &request,
    const std::function<Result<Bid>(const Principal &, const QString &)> &change)
{
    Result<Principal> principal = authenticate(request, false);
    if (!principal)
        return errorResponse(principal.error());
    if (Result<QJsonObject> body = optionalBody(request); !body)
        return invalidJsonResponse(body.error());

    return runIdempotent(request, principal.value(), [&]() {
        Result<Bid> bid = change(principal.value(), bidIdOf(request));
        if (!bid)
            return errorResponse(bid.error(), QStringLiteral("invalid_state"));
        return jsonResponse(200, contract::toJson(bid.value()));
    });
}

Result<void> SandboxApi::replyAsPersona(const Principal &fan, const ChatMessage &message)
{
    Result<std::optional<StoredBid>> found = m_store.bids().findBid(message.bidId);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->bid.session)
        return {};
    const StoredBid &stored = *found.value();
    if (stored.bid.session->state != SessionState::Live
        || stored.bid.session->format != SessionFormat::TextChat) {
        return {};
    }

    Result<CreatorSettings> settings = m_store.profiles().creatorSettings(stored.creatorId);
    if (!settings)
        return settings.error();
    Result<int> turn = m_store.chat().countFrom(stored.bid.id, ChatSender::Creator);
    if (!turn)
        return turn.error();

    const QString persona = settings->personaName.isEmpty() ? stored.bid.creatorHandle
                                                            : settings->personaName;
    const Principal speaker{Principal::Kind::Creator, stored.creatorId,
                            QStringLiteral("%1 %2").arg(persona, standInLabel())};
    PostMessageRequest reply;
    reply.text = standInReply(persona, fan.displayName, message.text, turn.value());
    // Chats are ordered by time, then id, so the reply is a millisecond later than the fan's
    // message and never sorts before it.
    Result<PostedMessage> posted = m_store.chat().post(speaker, stored.bid.id, reply,
                                                       message.sentAt.addMSecs(1));
    if (!posted)
        return posted.error();
    return {};
}

} // namespace mesi::sandbox
