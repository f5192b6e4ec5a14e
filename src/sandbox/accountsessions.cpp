// Creator and fan sessions: access tokens, their expiry, refresh-token rotation and sign-out.

#include "accounts.h"

#include "contract/jsonreader.h"
#include "secrets.h"

#include <QTimeZone>

namespace mesi::sandbox {

namespace {

/// Token expiry follows the wall clock, not nowUtc(), so moving the sandbox clock to reach
/// bid deadlines does not end every session.
qint64 wallClockMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Error refreshRejected(const QString &reason)
{
    return makeError(ErrorCode::Unauthorized,
                     QStringLiteral("the refresh token %1; sign in again with the password").arg(reason),
                     QStringLiteral("refreshToken"));
}

} // namespace

Result<SignIn> Accounts::openSession(const Principal &principal, const QDateTime &at)
{
    SignIn signIn{newToken(), principal, {}, {}};
    // Not a null QString, which would bind as NULL in the NOT NULL column.
    QString family = QStringLiteral("");
    qint64 expiresAtMs = 0; // Fan tokens never expire, because mesi-fan has no refresh.
    if (principal.isCreator()) {
        family = newId(QStringLiteral("family"));
        expiresAtMs = wallClockMs() + qint64(m_accessTokenLifetime) * 1000;
        signIn.expiresAt = QDateTime::fromMSecsSinceEpoch(expiresAtMs, Qt::UTC);
        signIn.refreshToken = newToken();
    }

    Result<QSqlQuery *> inserted = m_database.run(
        QStringLiteral("INSERT INTO sessions (token_hash, principal_kind, principal_id, created_at, "
                       "expires_at, family) VALUES (?, ?, ?, ?, ?, ?)"),
        {hashToken(signIn.token), principal.kindName(), principal.id, contract::formatTimestamp(at),
         expiresAtMs, family});
    if (!inserted)
        return inserted.error();

    if (principal.isCreator()) {
        const qint64 refreshExpiresAtMs = wallClockMs() + qint64(RefreshTokenLifetimeDays) * 86400 * 1000;
        Result<QSqlQuery *> refresh = m_database.run(
            QStringLiteral("INSERT INTO refresh_tokens (token_hash, family, creator_id, expires_at, "
                           "created_at) VALUES (?, ?, ?, ?, ?)"),
            {hashToken(signIn.refreshToken), family, principal.id, refreshExpiresAtMs,
             contract::formatTimestamp(at)});
        if (!refresh)
            return refresh.error();
    }
    return signIn;
}

Result<std::optional<Principal>> Accounts::authenticate(const QString &token)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT s.principal_kind, s.principal_id, c.display_name, f.name, s.expires_at "
                       "FROM sessions s "
                       "LEFT JOIN creators c ON s.principal_kind = 'creator' AND c.id = s.principal_id "
                       "LEFT JOIN fans f ON s.principal_kind = 'fan' AND f.id = s.principal_id "
                       "WHERE s.token_hash = ?"),
        {hashToken(token)});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<Principal>();

    const QSqlQuery &row = *query.value();
    const qint64 expiresAtMs = row.value(4).toLongLong();
    if (expiresAtMs != 0 && expiresAtMs <= wallClockMs()) {
        Error expired = makeError(ErrorCode::Unauthorized,
                                  QStringLiteral("the access token expired; refresh it at POST "
                                                 "/v1/auth/refresh or sign in again"),
                                  QStringLiteral("Authorization"));
        expired.serverCode = QStringLiteral("token_expired");
        return expired;
    }
    const bool isCreator = row.value(0).toString() == QLatin1String("creator");
    return std::optional<Principal>(
        Principal{isCreator ? Principal::Kind::Creator : Principal::Kind::Fan,
                  row.value(1).toString(),
                  isCreator ? row.value(2).toString() : row.value(3).toString()});
}

Result<SignIn> Accounts::refreshCreatorSession(const QString &refreshToken, const QDateTime &at)
{
    std::optional<SignIn> renewed;
    std::optional<Error> rejected;
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<QSqlQuery *> query = m_database.run(
            QStringLiteral("SELECT r.family, r.creator_id, r.expires_at, r.used, c.display_name "
                           "FROM refresh_tokens r JOIN creators c ON c.id = r.creator_id "
                           "WHERE r.token_hash = ?"),
            {hashToken(refreshToken)});
        if (!query)
            return query.error();
        if (!query.value()->next()) {
            rejected = refreshRejected(QStringLiteral("is unknown or was revoked"));
            return {};
        }
        const QString family = query.value()->value(0).toString();
        const QString creatorId = query.value()->value(1).toString();
        const qint64 expiresAtMs = query.value()->value(2).toLongLong();
        const bool used = query.value()->value(3).toInt() != 0;
        const QString displayName = query.value()->value(4).toString();

        // A second use means the token was copied, so every session of its sign-in ends.
        if (used) {
            for (const QString &table : {QStringLiteral("sessions"), QStringLiteral("refresh_tokens")}) {
                Result<QSqlQuery *> revoked = m_database.run(
                    QStringLiteral("DELETE FROM %1 WHERE family = ?").arg(table), {family});
                if (!revoked)
                    return revoked.error();
            }
            rejected = refreshRejected(QStringLiteral("was already used, so its session was ended"));
            return {};
        }
        if (expiresAtMs <= wallClockMs()) {
            rejected = refreshRejected(QStringLiteral("expired"));
            return {};
        }

        Result<QSqlQuery *> marked = m_database.run(
            QStringLiteral("UPDATE refresh_tokens SET used = 1 WHERE token_hash = ?"),
            {hashToken(refreshToken)});
        if (!marked)
            return marked.error();
        Result<SignIn> opened = openSession(
            Principal{Principal::Kind::Creator, creatorId, displayName}, at);
        if (!opened)
            return opened.error();
        // The new tokens continue the same sign-in, so a later reuse ends all of them.
        for (const QString &table : {QStringLiteral("sessions"), QStringLiteral("refresh_tokens")}) {
            Result<QSqlQuery *> joined = m_database.run(
                QStringLiteral("UPDATE %1 SET family = ? WHERE token_hash = ?").arg(table),
                {family, hashToken(table == QLatin1String("sessions") ? opened->token
                                                                       : opened->refreshToken)});
            if (!joined)
                return joined.error();
        }
        renewed = std::move(opened).value();
        return {};
    });
    if (!done)
        return done.error();
    if (rejected)
        return *rejected;
    return *renewed;
}

Result<void> Accounts::signOut(const QString &accessToken, const QString &refreshToken)
{
    return m_database.transaction([&]() -> Result<void> {
        Result<QSqlQuery *> query = m_database.run(
            QStringLiteral("SELECT family FROM refresh_tokens WHERE token_hash = ? "
                           "UNION SELECT family FROM sessions WHERE token_hash = ? AND family != ''"),
            {hashToken(refreshToken), hashToken(accessToken)});
        if (!query)
            return query.error();
        QStringList families;
        while (query.value()->next())
            families.append(query.value()->value(0).toString());
        for (const QString &family : std::as_const(families)) {
            for (const QString &table : {QStringLiteral("sessions"), QStringLiteral("refresh_tokens")}) {
                Result<QSqlQuery *> revoked = m_database.run(
                    QStringLiteral("DELETE FROM %1 WHERE family = ?").arg(table), {family});
                if (!revoked)
                    return revoked.error();
            }
        }
        Result<QSqlQuery *> session = m_database.run(
            QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {hashToken(accessToken)});
        if (!session)
            return session.error();
        return {};
    });
}

} // namespace mesi::sandbox
