#pragma once

#include "accounts.h"
#include "core/bid.h"
#include "httpserver.h"

#include <functional>

namespace mesi::sandbox {

class SandboxStore;

/**
 * The route handlers of the Mesi API v1 (docs/api/openapi.yaml) plus the sandbox-only
 * ledger route. Handlers turn HTTP into calls on the SandboxStore and errors into the
 * contract's error body.
 */
class SandboxApi
{
public:
    explicit SandboxApi(SandboxStore &store) : m_store(store) {}

    void registerRoutes(HttpServer &server);

private:
    void registerLifecycleRoutes(HttpServer &server);

    // Public and session routes.
    ApiResponse health(const ApiRequest &request);
    ApiResponse creatorSignIn(const ApiRequest &request);
    ApiResponse refreshSession(const ApiRequest &request);
    ApiResponse signOut(const ApiRequest &request);
    ApiResponse fanSignIn(const ApiRequest &request);
    ApiResponse ledger(const ApiRequest &request);

    // Creator routes.
    ApiResponse listBids(const ApiRequest &request);
    ApiResponse getBid(const ApiRequest &request);
    ApiResponse acceptBid(const ApiRequest &request);
    ApiResponse rejectBid(const ApiRequest &request);

    // Chat and fan routes.
    ApiResponse listMessages(const ApiRequest &request);
    ApiResponse postMessage(const ApiRequest &request);
    ApiResponse placeBid(const ApiRequest &request);

    // Lifecycle routes: settings, KYF, proposals, cancellation, AI sessions.
    ApiResponse creatorSettings(const ApiRequest &request);
    ApiResponse updateCreatorSettings(const ApiRequest &request);
    ApiResponse kyfAnswers(const ApiRequest &request);
    ApiResponse cancelBid(const ApiRequest &request);
    ApiResponse proposeMeeting(const ApiRequest &request);
    ApiResponse acceptProposal(const ApiRequest &request);
    ApiResponse endSession(const ApiRequest &request);
    ApiResponse fanBids(const ApiRequest &request);
    ApiResponse fanBid(const ApiRequest &request);
    ApiResponse withdrawBid(const ApiRequest &request);
    ApiResponse consentKyf(const ApiRequest &request);
    ApiResponse declineKyf(const ApiRequest &request);
    ApiResponse joinSession(const ApiRequest &request);

    // Availability routes: the creator's own and the public read for fans.
    ApiResponse creatorAvailability(const ApiRequest &request);
    ApiResponse updateCreatorAvailability(const ApiRequest &request);
    ApiResponse publicAvailability(const ApiRequest &request);

    // Pass routes: signing keys and redemption.
    ApiResponse listKeys(const ApiRequest &request);
    ApiResponse registerKey(const ApiRequest &request);
    ApiResponse revokeKey(const ApiRequest &request);
    ApiResponse redeemPass(const ApiRequest &request);

    // Fan keys and fan confirmation codes, the fallback for a phone that cannot scan.
    ApiResponse listFanKeys(const ApiRequest &request);
    ApiResponse registerFanKey(const ApiRequest &request);
    ApiResponse confirmByFanCode(const ApiRequest &request);

    // Sandbox-only clock routes.
    ApiResponse clock(const ApiRequest &request);
    ApiResponse advanceClock(const ApiRequest &request);

    /// Runs a fan's bid change under runIdempotent and returns the changed bid.
    ApiResponse changeFanBid(const ApiRequest &request,
                             const std::function<Result<Bid>(const Principal &, const QString &)> &change);
    /// Posts the stand-in persona's reply when a fan writes in a live text session.
    Result<void> replyAsPersona(const Principal &fan, const ChatMessage &message);

    /// Reads the bearer token and returns its account; a creator route passes creatorOnly.
    Result<Principal> authenticate(const ApiRequest &request, bool creatorOnly);

    /**
     * Runs a state-changing request under the Idempotency-Key rule: a repeat replays the
     * stored response, a reuse with another request is 422, and a successful response is
     * stored in the same transaction as the change that work makes.
     */
    ApiResponse runIdempotent(const ApiRequest &request, const Principal &principal,
                              const std::function<ApiResponse()> &work);

    SandboxStore &m_store;
};

/// Maps an Error to the contract's status and code; conflictCode names the 409 case of the route.
ApiResponse errorResponse(const Error &error, const QString &conflictCode = QStringLiteral("conflict"));
/// Like errorResponse, but a missing field of body gets the code missing_field.
ApiResponse bodyErrorResponse(const QJsonObject &body, const Error &error,
                              const QString &conflictCode = QStringLiteral("conflict"));
/// The token fields of a creator sign-in or refresh response: token, refreshToken, expiresIn.
QJsonObject tokensToJson(const SignIn &signIn);
/// Parses a request body as a JSON object. On failure, respond with invalidJsonResponse().
Result<QJsonObject> parseBody(const ApiRequest &request);
/// The 400 invalid_json response for a body that parseBody() rejected.
ApiResponse invalidJsonResponse(const Error &error);

} // namespace mesi::sandbox
