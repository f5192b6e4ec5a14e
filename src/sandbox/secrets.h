#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace mesi::sandbox {

/// Initialises libsodium; safe to call more than once.
Result<void> initSodium();

/// Hashes a password with libsodium's crypto_pwhash_str at the interactive cost limits.
Result<QString> hashPassword(const QString &password);
/// Checks a password against a hash made by hashPassword, in constant time.
bool verifyPassword(const QString &password, const QString &hash);

/// A new bearer token: 32 random bytes as 64 lower-case hex digits.
QString newToken();
/// SHA-256 of a token as hex, the only form in which tokens are stored.
QString hashToken(const QString &token);

/// A new opaque id such as "bid_3f9a0c51d2e87b64": the prefix and 8 random bytes in hex.
QString newId(const QString &prefix);

/**
 * The sandbox's current UTC time cut to milliseconds, the precision of wire timestamps.
 * It is the wall clock plus the offset set by setClockOffset(), so tests can reach
 * deadlines such as the 48-hour KYF limit without waiting.
 */
QDateTime nowUtc();

/// Moves the sandbox clock; the offset never goes below zero, so time never runs backwards.
void setClockOffset(qint64 seconds);
qint64 clockOffset();

} // namespace mesi::sandbox
