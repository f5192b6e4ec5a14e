// Routes for fans' public keys and the confirmation of a meeting by the fan's code.

#include "contract/codec.h"
#include "contract/jsonreader.h"
#include "core/logging.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "secrets.h"

#include <QJsonArray>

namespace mesi::sandbox {

namespace {

/// Maximum length of a fan key's label.
constexpr int MaxFanKeyLabelLength = 100;
/// Ed25519 public keys are 32 bytes.
constexpr int PublicKeyBytes = 32;

Result<Principal> requireFan(const Result<Principal> &principal)
{
    if (!principal)
        return principal.error();
    if (principal->isCreator()) {
        return makeError(ErrorCode::Unauthorized,
                         QStringLiteral("fan keys belong to fans; sign in with POST /v1/fan/session"));
    }
    return principal;
}

} // namespace

ApiResponse SandboxApi::listFanKeys(const ApiRequest &request)
{
    Result<Principal> fan = requireFan(authenticate(request, false));
    if (!fan)
        return errorResponse(fan.error());
    Result<QList<FanKey>> keys = m_store.fanKeys().keysOf(fan->id);
    if (!keys)
        return errorResponse(keys.error());
    QJsonArray items;
    for (const FanKey &key : keys.value())
        items.append(toJson(key));
    return jsonResponse(200, QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse SandboxApi::registerFanKey(const ApiRequest &request)
{
    Result<Principal> fan = requireFan(authenticate(request, false));
    if (!fan)
        return errorResponse(fan.error());

    return runIdempotent(request, fan.value(), [&]() {
        Result<QJsonObject> body = parseBody(request);
        if (!body)
            return invalidJsonResponse(body.error());
        contract::JsonReader reader(body.value(), QStringLiteral("fan key registration"));
        const QString encoded = reader.string(QStringLiteral("publicKey"));
        const QString label = reader.optionalString(QStringLiteral("label"));
        if (!reader.ok())
            return bodyErrorResponse(body.value(), reader.error());

        if (label.size() > MaxFanKeyLabelLength) {
            return errorResponse(makeError(ErrorCode::InvalidArgument,
                                           QStringLiteral("key label has %1 characters; use at most %2")
                                               .arg(label.size())
                                               .arg(MaxFanKeyLabelLength),
                                           QStringLiteral("label")));
        }
        const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != PublicKeyBytes) {
            return errorResponse(makeError(ErrorCode::InvalidArgument,
                                           QStringLiteral("publicKey '%1' is not 32 bytes of standard "
                                                          "base64; send the raw Ed25519 public key, "
                                                          "base64-encoded")
                                               .arg(encoded.left(60)),
                                           QStringLiteral("publicKey")));
        }
        Result<FanKey> key = m_store.fanKeys().registerKey(fan->id, decoded.decoded, label, nowUtc());
        if (!key)
            return errorResponse(key.error(), QStringLiteral("key_not_usable"));
        qCInfo(lcSandboxHttp).noquote() << "registered fan key" << key->id << "of fan" << fan->id;
        return jsonResponse(201, toJson(key.value()));
    });
}

ApiResponse SandboxApi::confirmByFanCode(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());

    return runIdempotent(request, creator.value(), [&]() {
        Result<QJsonObject> body = parseBody(request);
        if (!body)
            return invalidJsonResponse(body.error());
        contract::JsonReader reader(body.value(), QStringLiteral("fan confirmation"));
        const QString code = reader.string(QStringLiteral("code"));
        if (!reader.ok())
            return bodyErrorResponse(body.value(), reader.error());

        const QString meetingId = request.pathArgs.value(QStringLiteral("meetingId"));
        Result<Redemption> redemption = m_store.fanKeys().confirm(creator->id, meetingId, code,
                                                                  nowUtc());
        if (!redemption)
            return errorResponse(redemption.error());
        if (!redemption->accepted) {
            // The reason, never the code, goes to the log.
            qCInfo(lcSandboxHttp).noquote() << "rejected a fan code for meeting" << meetingId
                                            << "as" << redemption->reason;
            const bool stateConflict = redemption->reason == QLatin1String("already_used")
                                       || redemption->reason == QLatin1String("not_scheduled");
            return jsonResponse(stateConflict ? 409 : 422,
                                contract::errorBody(redemption->reason, redemption->message,
                                                    QStringLiteral("code")));
        }
        qCInfo(lcSandboxHttp).noquote() << "meeting" << meetingId << "confirmed by the fan's code";
        return jsonResponse(200, contract::toJson(redemption->bid));
    });
}

} // namespace mesi::sandbox
