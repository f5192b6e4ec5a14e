// Authentication, error mapping and the Idempotency-Key rule shared by every route.

#include "contract/codec.h"
#include "contract/wire.h"
#include "core/logging.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "secrets.h"

namespace mesi::sandbox {

ApiResponse errorResponse(const Error &error, const QString &conflictCode)
{
    int status = 500;
    QString code = QStringLiteral("internal");
    switch (error.code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::Protocol:
        status = 400;
        code = QStringLiteral("invalid_field");
        break;
    case ErrorCode::NotFound:
        status = 404;
        code = QStringLiteral("not_found");
        break;
    case ErrorCode::Conflict:
        status = 409;
        code = conflictCode;
        break;
    case ErrorCode::InvalidTransition:
        status = 409;
        code = QStringLiteral("invalid_transition");
        break;
    case ErrorCode::Unauthorized:
    case ErrorCode::Forbidden:
        status = 401;
        code = QStringLiteral("unauthorized");
        break;
    case ErrorCode::Network:
    case ErrorCode::Server:
    case ErrorCode::Storage:
        break;
    }

    // A more precise code from the error itself, such as token_expired.
    if (!error.serverCode.isEmpty() && status != 500)
        code = error.serverCode;

    if (status == 500) {
        // The details may name files and statements, so they go to the log, not to the client.
        qCWarning(lcSandboxHttp).noquote() << "request failed:" << error.message;
        return jsonResponse(status, contract::errorBody(code, QStringLiteral("the sandbox failed "
                                                                             "to handle the "
                                                                             "request; see its "
                                                                             "log")));
    }
    return jsonResponse(status, contract::errorBody(code, error.message, error.field));
}

ApiResponse bodyErrorResponse(const QJsonObject &body, const Error &error,
                              const QString &conflictCode)
{
    if (isMissingField(body, error)) {
        return jsonResponse(400, contract::errorBody(QStringLiteral("missing_field"),
                                                     error.message, error.field));
    }
    return errorResponse(error, conflictCode);
}

Result<QJsonObject> parseBody(const ApiRequest &request)
{
    Result<QJsonObject> object = contract::parseObject(request.body, QStringLiteral("request body"));
    if (!object) {
        return makeError(ErrorCode::InvalidArgument,
                         object.error().message + QStringLiteral("; send a JSON object"),
                         QStringLiteral("body"));
    }
    return object;
}

ApiResponse invalidJsonResponse(const Error &error)
{
    return jsonResponse(400, contract::errorBody(QStringLiteral("invalid_json"), error.message,
                                                 error.field));
}

Result<Principal> SandboxApi::authenticate(const ApiRequest &request, bool creatorOnly)
{
    const QByteArray header = request.header(contract::AuthorizationHeader).value_or(QByteArray());
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!header.startsWith(prefix) || header.size() == prefix.size()) {
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("missing bearer token; sign in and send the header "
                                        "'Authorization: Bearer <token>'"),
                         QString::fromLatin1(contract::AuthorizationHeader));
    }

    // Deadlines that passed since the last request apply first, so no request reads a bid
    // that should already have expired.
    if (Result<int> swept = m_store.sweep(nowUtc()); !swept)
        return swept.error();

    const QString token = QString::fromLatin1(header.mid(prefix.size()).trimmed());
    Result<std::optional<Principal>> principal = m_store.accounts().authenticate(token);
    if (!principal)
        return principal.error();
    if (!principal.value()) {
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("unknown bearer token; sign in again for a new one"),
                         QString::fromLatin1(contract::AuthorizationHeader));
    }
    if (creatorOnly && !principal.value()->isCreator()) {
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("this route needs a creator token, not a fan token; sign "
                                        "in with POST /v1/session"),
                         QString::fromLatin1(contract::AuthorizationHeader));
    }
    return *principal.value();
}

ApiResponse SandboxApi::runIdempotent(const ApiRequest &request, const Principal &principal,
                                      const std::function<ApiResponse()> &work)
{
    const QString headerName = QString::fromLatin1(contract::IdempotencyKeyHeader);
    const std::optional<QByteArray> key = request.header(contract::IdempotencyKeyHeader);
    if (!key) {
        return jsonResponse(400, contract::errorBody(
                                     QStringLiteral("idempotency_key_missing"),
                                     QStringLiteral("missing Idempotency-Key header; send a key "
                                                    "of 1 to %1 printable ASCII characters, the "
                                                    "same on every retry of this request")
                                         .arg(contract::MaxIdempotencyKeyLength),
                                     headerName));
    }
    if (Result<void> valid = IdempotencyKeys::validateKey(*key); !valid)
        return errorResponse(valid.error());

    const QString keyText = QString::fromLatin1(*key);
    const QString fingerprint = IdempotencyKeys::fingerprint(request.method, request.path,
                                                             request.body);
    // Only signals the rollback; the client gets the response stored in outcome.
    const Error rollBack = makeError(ErrorCode::Conflict, QStringLiteral("request rolled back"));

    ApiResponse outcome;
    Result<void> done = m_store.change([&]() -> Result<void> {
        Result<std::optional<StoredResponse>> earlier = m_store.idempotencyKeys().find(principal,
                                                                                        keyText);
        if (!earlier)
            return earlier.error();
        if (earlier.value()) {
            if (earlier.value()->fingerprint == fingerprint) {
                outcome = ApiResponse{earlier.value()->status, earlier.value()->body, {}};
                return {};
            }
            outcome = jsonResponse(
                422, contract::errorBody(QStringLiteral("idempotency_key_reused"),
                                         QStringLiteral("Idempotency-Key '%1' was already used "
                                                        "for a different request; use a new key "
                                                        "for a new request")
                                             .arg(keyText),
                                         headerName));
            return {};
        }

        outcome = work();
        if (outcome.status >= 400)
            return rollBack;
        return m_store.idempotencyKeys().store(
            principal, keyText, StoredResponse{fingerprint, outcome.status, outcome.body}, nowUtc());
    });

    if (!done && outcome.status < 400)
        return errorResponse(done.error());
    return outcome;
}

} // namespace mesi::sandbox
