#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mesi::api {

/**
 * The tokens of a creator session. The access token goes into every request until
 * expiresAt; the refresh token trades for new tokens at POST /v1/auth/refresh.
 */
struct SessionTokens
{
    QString accessToken;
    QString refreshToken; ///< Empty for a server or an account that issues none.
    QDateTime expiresAt;  ///< UTC; invalid when the access token does not expire.

    bool canRefresh() const { return !refreshToken.isEmpty(); }
};

/// Reads token, refreshToken and expiresIn of a sign-in or refresh response; receivedAt
/// is when the response arrived, so expiresAt follows this computer's clock.
Result<SessionTokens> sessionTokensFromJson(const QJsonObject &object, const QDateTime &receivedAt);

/// The form kept in the secret store: compact JSON with the expiry as a timestamp.
QByteArray storedForm(const SessionTokens &tokens);
/// Parses storedForm(); an error names what is wrong without quoting any token.
Result<SessionTokens> sessionTokensFromStoredForm(const QByteArray &data);

} // namespace mesi::api
