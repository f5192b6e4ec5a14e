// Routes for pass-signing keys, pass redemption and the sandbox-only clock.

#include "contract/codec.h"
#include "contract/jsonreader.h"
#include "core/logging.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "secrets.h"

#include <QJsonArray>

namespace mesi::sandbox {

namespace {

/// Maximum length of a signing key's label.
constexpr int MaxKeyLabelLength = 100;
/// Largest single clock step, so a typing mistake cannot move the sandbox years ahead.
constexpr qint64 MaxClockStepSeconds = 366LL * 24 * 60 * 60;

QJsonObject clockJson()
{
    return QJsonObject{{QStringLiteral("now"), contract::formatTimestamp(nowUtc())},
                       {QStringLiteral("offsetSeconds"), clockOffset()}};
}

} // namespace

ApiResponse SandboxApi::listKeys(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());
    Result<QList<RegisteredKey>> keys = m_store.passes().keysOf(creator->id);
    if (!keys)
        return errorResponse(keys.error());
    QJsonArray items;
    for (const RegisteredKey &key : keys.value())
        items.append(toJson(key));
    return jsonResponse(200, QJsonObject{{QStringLiteral("items"), items}});
}

ApiResponse SandboxApi::registerKey(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());

    return runIdempotent(request, creator.value(), [&]() {
        Result<QJsonObject> body = parseBody(request);
        if (!body)
            return invalidJsonResponse(body.error());
        contract::JsonReader reader(body.value(), QStringLiteral("key registration"));
        const QString encoded = reader.string(QStringLiteral("publicKey"));
        const QString label = reader.optionalString(QStringLiteral("label"));
        if (!reader.ok())
            return bodyErrorResponse(body.value(), reader.error());

        const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32 || label.size() > MaxKeyLabelLength) {
            return errorResponse(makeError(
                ErrorCode::InvalidArgument,
                label.size() > MaxKeyLabelLength
                    ? QStringLiteral("key label has %1 characters; use at most %2")
                          .arg(label.size())
                          .arg(MaxKeyLabelLength)
                    : QStringLiteral("publicKey '%1' is not 32 bytes of standard base64; send the "
                                     "raw Ed25519 public key, base64-encoded")
                          .arg(encoded.left(60)),
                label.size() > MaxKeyLabelLength ? QStringLiteral("label")
                                                 : QStringLiteral("publicKey")));
        }
        Result<RegisteredKey> key = m_store.passes().registerKey(creator->id, decoded.decoded,
                                                                 label, nowUtc());
        if (!key)
            return errorResponse(key.error(), QStringLiteral("key_not_usable"));
        return jsonResponse(201, toJson(key.value()));
    });
}

ApiResponse SandboxApi::revokeKey(const ApiRequest &request)
{
    Result<Principal> creator = authenticate(request, true);
    if (!creator)
        return errorResponse(creator.error());

    return runIdempotent(request, creator.value(), [&]() {
        Result<RegisteredKey> key = m_store.passes().revokeKey(
            creator->id, request.pathArgs.value(QStringLiteral("keyId")), nowUtc());
        if (!key)
            return errorResponse(key.error());
        return jsonResponse(200, toJson(key.value()));
    });
}

ApiResponse SandboxApi::redeemPass(const ApiRequest &request)
{
    Result<Principal> fan = authenticate(request, false);
    if (!fan)
        return errorResponse(fan.error());
    if (fan->isCreator()) {
        return errorResponse(makeError(ErrorCode::Unauthorized,
                                       QStringLiteral("only the fan of a meeting redeems its pass; "
                                                      "sign in with POST /v1/fan/session")));
    }

    return runIdempotent(request, fan.value(), [&]() {
        Result<QJsonObject> body = parseBody(request);
        if (!body)
            return invalidJsonResponse(body.error());
        contract::JsonReader reader(body.value(), QStringLiteral("pass submission"));
        const QString text = reader.string(QStringLiteral("pass"));
        if (!reader.ok())
            return bodyErrorResponse(body.value(), reader.error());

        Result<Redemption> redemption = m_store.passes().redeem(fan.value(), text, nowUtc());
        if (!redemption)
            return errorResponse(redemption.error());
        if (!redemption->accepted) {
            // The reason, never the pass text, goes to the log.
            qCInfo(lcSandboxHttp).noquote() << "rejected a pass from fan" << fan->id << "as"
                                            << redemption->reason;
            const bool stateConflict = redemption->reason == QLatin1String("already_used")
                                       || redemption->reason == QLatin1String("not_scheduled");
            return jsonResponse(stateConflict ? 409 : 422,
                                contract::errorBody(redemption->reason, redemption->message,
                                                    QStringLiteral("pass")));
        }
        return jsonResponse(200, contract::toJson(redemption->bid));
    });
}

ApiResponse SandboxApi::clock(const ApiRequest &)
{
    return jsonResponse(200, clockJson());
}

ApiResponse SandboxApi::advanceClock(const ApiRequest &request)
{
    Result<QJsonObject> body = parseBody(request);
    if (!body)
        return invalidJsonResponse(body.error());
    contract::JsonReader reader(body.value(), QStringLiteral("clock request"));
    const qint64 seconds = reader.integer(QStringLiteral("advanceSeconds"));
    if (!reader.ok())
        return bodyErrorResponse(body.value(), reader.error());
    if (seconds < 1 || seconds > MaxClockStepSeconds) {
        return errorResponse(makeError(ErrorCode::InvalidArgument,
                                       QStringLiteral("advanceSeconds is %1; give 1 to %2 seconds, "
                                                      "since the clock only moves forward")
                                           .arg(seconds)
                                           .arg(MaxClockStepSeconds),
                                       QStringLiteral("advanceSeconds")));
    }
    setClockOffset(clockOffset() + seconds);
    qCInfo(lcSandboxHttp).noquote() << "sandbox clock advanced by" << seconds << "s to"
                                    << contract::formatTimestamp(nowUtc());
    if (Result<int> swept = m_store.sweep(nowUtc()); !swept)
        return errorResponse(swept.error());
    return jsonResponse(200, clockJson());
}

} // namespace mesi::sandbox
