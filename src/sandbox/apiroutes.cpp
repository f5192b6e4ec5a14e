// Route table, health, sign-in and the sandbox-only ledger route.

#include "contract/codec.h"
#include "contract/jsonreader.h"
#include "contract/lifecyclecodec.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "secrets.h"

namespace mesi::sandbox {

void SandboxApi::registerRoutes(HttpServer &server)
{
    const auto bind = [this](ApiResponse (SandboxApi::*handler)(const ApiRequest &)) {
        return [this, handler](const ApiRequest &request) { return (this->*handler)(request); };
    };
    const QByteArray get = QByteArrayLiteral("GET");
    const QByteArray post = QByteArrayLiteral("POST");

    server.addRoute(get, QStringLiteral("/v1/health"), bind(&SandboxApi::health));
    server.addRoute(post, QStringLiteral("/v1/session"), bind(&SandboxApi::creatorSignIn));
    server.addRoute(post, QStringLiteral("/v1/auth/refresh"), bind(&SandboxApi::refreshSession));
    server.addRoute(post, QStringLiteral("/v1/auth/signout"), bind(&SandboxApi::signOut));
    server.addRoute(get, QStringLiteral("/v1/creator/bids"), bind(&SandboxApi::listBids));
    server.addRoute(get, QStringLiteral("/v1/creator/bids/{bidId}"), bind(&SandboxApi::getBid));
    server.addRoute(post, QStringLiteral("/v1/creator/bids/{bidId}/accept"),
                    bind(&SandboxApi::acceptBid));
    server.addRoute(post, QStringLiteral("/v1/creator/bids/{bidId}/reject"),
                    bind(&SandboxApi::rejectBid));
    server.addRoute(get, QStringLiteral("/v1/bids/{bidId}/messages"),
                    bind(&SandboxApi::listMessages));
    server.addRoute(post, QStringLiteral("/v1/bids/{bidId}/messages"),
                    bind(&SandboxApi::postMessage));
    server.addRoute(post, QStringLiteral("/v1/fan/session"), bind(&SandboxApi::fanSignIn));
    server.addRoute(post, QStringLiteral("/v1/fan/bids"), bind(&SandboxApi::placeBid));
    server.addRoute(get, QStringLiteral("/v1/sandbox/ledger"), bind(&SandboxApi::ledger));
    registerLifecycleRoutes(server);
}

void SandboxApi::registerLifecycleRoutes(HttpServer &server)
{
    const auto bind = [this](ApiResponse (SandboxApi::*handler)(const ApiRequest &)) {
        return [this, handler](const ApiRequest &request) { return (this->*handler)(request); };
    };
    const QByteArray get = QByteArrayLiteral("GET");
    const QByteArray post = QByteArrayLiteral("POST");
    const QByteArray put = QByteArrayLiteral("PUT");

    server.addRoute(get, QStringLiteral("/v1/creator/settings"), bind(&SandboxApi::creatorSettings));
    server.addRoute(put, QStringLiteral("/v1/creator/settings"),
                    bind(&SandboxApi::updateCreatorSettings));
    server.addRoute(get, QStringLiteral("/v1/creator/availability"),
                    bind(&SandboxApi::creatorAvailability));
    server.addRoute(put, QStringLiteral("/v1/creator/availability"),
                    bind(&SandboxApi::updateCreatorAvailability));
    server.addRoute(get, QStringLiteral("/v1/creators/{handle}/availability"),
                    bind(&SandboxApi::publicAvailability));
    server.addRoute(get, QStringLiteral("/v1/creator/bids/{bidId}/kyf"), bind(&SandboxApi::kyfAnswers));
    server.addRoute(get, QStringLiteral("/v1/creator/keys"), bind(&SandboxApi::listKeys));
    server.addRoute(post, QStringLiteral("/v1/creator/keys"), bind(&SandboxApi::registerKey));
    server.addRoute(post, QStringLiteral("/v1/creator/keys/{keyId}/revoke"),
                    bind(&SandboxApi::revokeKey));
    server.addRoute(post, QStringLiteral("/v1/bids/{bidId}/cancel"), bind(&SandboxApi::cancelBid));
    server.addRoute(post, QStringLiteral("/v1/bids/{bidId}/proposals"),
                    bind(&SandboxApi::proposeMeeting));
    server.addRoute(post, QStringLiteral("/v1/bids/{bidId}/proposals/{messageId}/accept"),
                    bind(&SandboxApi::acceptProposal));
    server.addRoute(post, QStringLiteral("/v1/bids/{bidId}/session/end"), bind(&SandboxApi::endSession));
    server.addRoute(get, QStringLiteral("/v1/fan/bids"), bind(&SandboxApi::fanBids));
    server.addRoute(get, QStringLiteral("/v1/fan/bids/{bidId}"), bind(&SandboxApi::fanBid));
    server.addRoute(post, QStringLiteral("/v1/fan/bids/{bidId}/withdraw"),
                    bind(&SandboxApi::withdrawBid));
    server.addRoute(post, QStringLiteral("/v1/fan/bids/{bidId}/kyf/consent"),
                    bind(&SandboxApi::consentKyf));
    server.addRoute(post, QStringLiteral("/v1/fan/bids/{bidId}/kyf/decline"),
                    bind(&SandboxApi::declineKyf));
    server.addRoute(post, QStringLiteral("/v1/fan/bids/{bidId}/session/join"),
                    bind(&SandboxApi::joinSession));
    server.addRoute(post, QStringLiteral("/v1/fan/passes"), bind(&SandboxApi::redeemPass));
    server.addRoute(get, QStringLiteral("/v1/fan/keys"), bind(&SandboxApi::listFanKeys));
    server.addRoute(post, QStringLiteral("/v1/fan/keys"), bind(&SandboxApi::registerFanKey));
    server.addRoute(post, QStringLiteral("/v1/creator/meetings/{meetingId}/fan-confirmations"),
                    bind(&SandboxApi::confirmByFanCode));
    server.addRoute(get, QStringLiteral("/v1/sandbox/clock"), bind(&SandboxApi::clock));
    server.addRoute(post, QStringLiteral("/v1/sandbox/clock"), bind(&SandboxApi::advanceClock));
}

ApiResponse SandboxApi::health(const ApiRequest &)
{
    return jsonResponse(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
}

ApiResponse SandboxApi::creatorSignIn(const ApiRequest &request)
{
    Result<QJsonObject> body = parseBody(request);
    if (!body)
        return invalidJsonResponse(body.error());

    contract::JsonReader reader(body.value(), QStringLiteral("sign-in request"));
    const QString handle = reader.string(QStringLiteral("handle"));
    const QString password = reader.string(QStringLiteral("password"));
    if (!reader.ok())
        return bodyErrorResponse(body.value(), reader.error());

    Result<SignIn> signIn = m_store.accounts().signInCreator(handle, password, nowUtc());
    if (!signIn)
        return errorResponse(signIn.error());

    Result<std::optional<Creator>> creator = m_store.accounts().findCreatorById(
        signIn->principal.id);
    if (!creator)
        return errorResponse(creator.error());
    if (!creator.value()) {
        return errorResponse(makeError(ErrorCode::Storage,
                                       QStringLiteral("creator '%1' vanished during sign-in")
                                           .arg(signIn->principal.id)));
    }
    QJsonObject response = tokensToJson(signIn.value());
    response.insert(QStringLiteral("creator"), toJson(*creator.value()));
    return jsonResponse(200, response);
}

ApiResponse SandboxApi::fanSignIn(const ApiRequest &request)
{
    Result<QJsonObject> body = parseBody(request);
    if (!body)
        return invalidJsonResponse(body.error());

    contract::JsonReader reader(body.value(), QStringLiteral("fan sign-in request"));
    const QString name = reader.string(QStringLiteral("name"));
    if (!reader.ok())
        return bodyErrorResponse(body.value(), reader.error());

    const QString tierName = reader.optionalString(QStringLiteral("tier"));
    const QJsonObject kycObject = reader.optionalObject(QStringLiteral("kyc"));
    if (!reader.ok())
        return bodyErrorResponse(body.value(), reader.error());
    std::optional<AccountTier> tier;
    if (!tierName.isEmpty()) {
        Result<AccountTier> parsed = accountTierFromWire(tierName);
        if (!parsed) {
            return errorResponse(makeError(ErrorCode::InvalidArgument, parsed.error().message,
                                           QStringLiteral("tier")));
        }
        tier = parsed.value();
    }
    Result<KyfAnswers> kyc = contract::kyfAnswersFromJson(kycObject);
    if (!kyc) {
        return bodyErrorResponse(body.value(), makeError(ErrorCode::InvalidArgument,
                                                         kyc.error().message, QStringLiteral("kyc")));
    }

    Result<SignIn> signIn = m_store.accounts().signInFan(name, nowUtc());
    if (!signIn)
        return errorResponse(signIn.error());

    // The sandbox replaces registration: a first sign-in without a KYC form gets
    // sample values, and a tier or form given at sign-in replaces the stored one.
    Result<FanProfile> profile = m_store.profiles().fanProfile(signIn->principal.id);
    if (!profile)
        return errorResponse(profile.error());
    FanProfile updated = profile.value();
    if (tier)
        updated.tier = *tier;
    if (!kyc->isEmpty())
        updated.kyc = kyc.value();
    else if (updated.kyc.isEmpty())
        updated.kyc = sampleKyc(name);
    if (Result<void> saved = m_store.profiles().setFanProfile(signIn->principal.id, updated); !saved)
        return errorResponse(saved.error());

    const Fan fan{signIn->principal.id, signIn->principal.displayName};
    return jsonResponse(200, QJsonObject{{QStringLiteral("token"), signIn->token},
                                         {QStringLiteral("fan"), toJson(fan)}});
}

ApiResponse SandboxApi::ledger(const ApiRequest &)
{
    Result<QJsonObject> report = m_store.ledger().report();
    if (!report)
        return errorResponse(report.error());
    return jsonResponse(200, report.value());
}

} // namespace mesi::sandbox
