#pragma once

#include "contract/wire.h"
#include "core/result.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mesi::sandbox {

/// A creator account: fans bid on it by handle.
struct Creator
{
    QString id;
    QString handle;
    QString displayName;
    bool acceptsBids = true;
};
QJsonObject toJson(const Creator &creator);

/// A fan account, created on the first sign-in with a display name.
struct Fan
{
    QString id;
    QString name;
};
QJsonObject toJson(const Fan &fan);

/// The account behind a bearer token.
struct Principal
{
    enum class Kind { Creator, Fan };

    Kind kind = Kind::Fan;
    QString id;
    QString displayName; ///< Creator display name or fan name, as shown in chat.

    bool isCreator() const { return kind == Kind::Creator; }
    /// "creator" or "fan", as stored in the sessions and idempotency tables.
    QString kindName() const;
};

/// A new session: the bearer token, returned once and stored only as a hash.
struct SignIn
{
    QString token;
    Principal principal;
    QString refreshToken; ///< Creators only; trades for a new session at POST /v1/auth/refresh.
    QDateTime expiresAt;  ///< When token stops working; invalid for fan tokens, which never expire.
};

/// Default lifetime of a creator's access token, in seconds; --token-lifetime changes it.
inline constexpr int DefaultAccessTokenLifetimeSeconds = 15 * 60;
/// Lifetime of a refresh token, in days; each refresh replaces it with a new one.
inline constexpr int RefreshTokenLifetimeDays = 30;

/// Creator and fan accounts and their sessions in sandbox.sqlite.
class Accounts
{
public:
    explicit Accounts(store::Database &database) : m_database(database) {}

    /// Creates a creator; the password is stored as a crypto_pwhash_str hash.
    Result<Creator> createCreator(const QString &handle, const QString &displayName,
                                  bool acceptsBids, const QString &password, const QDateTime &at);
    Result<std::optional<Creator>> findCreatorByHandle(const QString &handle);
    Result<std::optional<Creator>> findCreatorById(const QString &id);
    Result<qint64> creatorCount();

    /// Checks handle and password; a wrong pair is Unauthorized without saying which was wrong.
    Result<SignIn> signInCreator(const QString &handle, const QString &password, const QDateTime &at);
    /// Signs a fan in by name (1 to 64 characters), creating the fan on first use.
    Result<SignIn> signInFan(const QString &name, const QDateTime &at);
    /// Returns the fan with this name, creating it when it does not exist yet.
    Result<Fan> findOrCreateFan(const QString &name, const QDateTime &at);

    /**
     * Looks a bearer token up; nullopt when no session has it. An expired token is an
     * Unauthorized error with the server code "token_expired".
     */
    Result<std::optional<Principal>> authenticate(const QString &token);

    /// Lifetime of new creator access tokens, in seconds of wall-clock time.
    void setAccessTokenLifetime(int seconds) { m_accessTokenLifetime = seconds; }
    /**
     * Trades a refresh token for a new session with a new refresh token; the old refresh
     * token stops working. An unknown, used or expired one is Unauthorized.
     */
    Result<SignIn> refreshCreatorSession(const QString &refreshToken, const QDateTime &at);
    /// Ends a creator's session: its access token and its refresh token stop working.
    Result<void> signOut(const QString &accessToken, const QString &refreshToken);

private:
    Result<SignIn> openSession(const Principal &principal, const QDateTime &at);

    store::Database &m_database;
    int m_accessTokenLifetime = DefaultAccessTokenLifetimeSeconds;
};

using contract::MaxFanNameLength;

} // namespace mesi::sandbox
