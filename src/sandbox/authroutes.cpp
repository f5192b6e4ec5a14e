// Token routes: refreshing a creator's access token and signing out.

#include "contract/jsonreader.h"
#include "contract/wire.h"
#include "sandboxapi.h"
#include "sandboxstore.h"
#include "secrets.h"

namespace mesi::sandbox {

QJsonObject tokensToJson(const SignIn &signIn)
{
    QJsonObject object{{QStringLiteral("token"), signIn.token}};
    if (!signIn.refreshToken.isEmpty())
        object.insert(QStringLiteral("refreshToken"), signIn.refreshToken);
    if (signIn.expiresAt.isValid()) {
        // Whole seconds from now, so a client with a wrong clock still refreshes in time.
        const qint64 remainingMs = QDateTime::currentDateTimeUtc().msecsTo(signIn.expiresAt);
        object.insert(QStringLiteral("expiresIn"), qMax<qint64>(1, remainingMs / 1000));
    }
    return object;
}

ApiResponse SandboxApi::refreshSession(const ApiRequest &request)
{
    Result<QJsonObject> body = parseBody(request);
    if (!body)
        return invalidJsonResponse(body.error());

    contract::JsonReader reader(body.value(), QStringLiteral("refresh request"));
    const QString refreshToken = reader.string(QStringLiteral("refreshToken"));
    if (!reader.ok())
        return bodyErrorResponse(body.value(), reader.error());

    Result<SignIn> renewed = m_store.accounts().refreshCreatorSession(refreshToken, nowUtc());
    if (!renewed)
        return errorResponse(renewed.error());
    return jsonResponse(200, tokensToJson(renewed.value()));
}

ApiResponse SandboxApi::signOut(const ApiRequest &request)
{
    Result<QJsonObject> body = parseBody(request);
    if (!body)
        return invalidJsonResponse(body.error());

    // Sign-out works with an expired access token too, so it reads the header itself.
    const QByteArray header = request.header(contract::AuthorizationHeader).value_or(QByteArray());
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    const QString accessToken = header.startsWith(prefix)
                                    ? QString::fromLatin1(header.mid(prefix.size()).trimmed())
                                    : QString();
    contract::JsonReader reader(body.value(), QStringLiteral("sign-out request"));
    const QString refreshToken = reader.optionalString(QStringLiteral("refreshToken"));
    if (!reader.ok())
        return bodyErrorResponse(body.value(), reader.error());
    if (accessToken.isEmpty() && refreshToken.isEmpty()) {
        return errorResponse(makeError(ErrorCode::InvalidArgument,
                                       QStringLiteral("nothing to sign out: send the access token "
                                                      "in the Authorization header or a "
                                                      "refreshToken in the body"),
                                       QStringLiteral("refreshToken")));
    }

    if (Result<void> ended = m_store.accounts().signOut(accessToken, refreshToken); !ended)
        return errorResponse(ended.error());
    return jsonResponse(200, QJsonObject{{QStringLiteral("signedOut"), true}});
}

} // namespace mesi::sandbox
