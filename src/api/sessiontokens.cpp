#include "sessiontokens.h"

#include "contract/jsonreader.h"

#include <QJsonDocument>

namespace mesi::api {

namespace {

const QString AccessTokenField = QStringLiteral("token");
const QString RefreshTokenField = QStringLiteral("refreshToken");
const QString ExpiresInField = QStringLiteral("expiresIn");
const QString ExpiresAtField = QStringLiteral("expiresAt");

} // namespace

Result<SessionTokens> sessionTokensFromJson(const QJsonObject &object, const QDateTime &receivedAt)
{
    contract::JsonReader reader(object, QStringLiteral("token response"));
    SessionTokens tokens;
    tokens.accessToken = reader.string(AccessTokenField);
    tokens.refreshToken = reader.optionalString(RefreshTokenField);
    if (!reader.ok())
        return reader.error();
    if (object.contains(ExpiresInField)) {
        const double seconds = object.value(ExpiresInField).toDouble(-1);
        if (seconds <= 0) {
            return makeError(ErrorCode::Protocol,
                             QStringLiteral("token response has an invalid expiresIn; expected a "
                                            "positive number of seconds"),
                             ExpiresInField);
        }
        tokens.expiresAt = receivedAt.toUTC().addMSecs(qint64(seconds * 1000));
    }
    return tokens;
}

QByteArray storedForm(const SessionTokens &tokens)
{
    QJsonObject object{{AccessTokenField, tokens.accessToken},
                       {RefreshTokenField, tokens.refreshToken}};
    if (tokens.expiresAt.isValid())
        object.insert(ExpiresAtField, contract::formatTimestamp(tokens.expiresAt));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<SessionTokens> sessionTokensFromStoredForm(const QByteArray &data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject()) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("the stored session is not a JSON object; sign in again "
                                        "with the password"));
    }
    const QJsonObject object = document.object();
    SessionTokens tokens;
    tokens.accessToken = object.value(AccessTokenField).toString();
    tokens.refreshToken = object.value(RefreshTokenField).toString();
    if (object.contains(ExpiresAtField))
        tokens.expiresAt = contract::parseTimestamp(object.value(ExpiresAtField).toString());
    if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty()) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("the stored session has no token; sign in again with the "
                                        "password"));
    }
    return tokens;
}

} // namespace mesi::api
