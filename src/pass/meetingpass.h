#pragma once

#include "signingkey.h"

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mesi::pass {

/// Facts a meeting pass vouches for. Times have whole-second precision and are UTC.
struct PassClaims
{
    QString meetingId;      ///< 1 to 64 bytes of UTF-8.
    QString fanId;          ///< 1 to 64 bytes of UTF-8.
    QDateTime validFrom;
    QDateTime validUntil;   ///< Must be later than validFrom.
    quint16 stepSeconds = 0; ///< Length of a rotation step; 0 for a pass that does not rotate.
    quint32 step = 0;        ///< Rotation step the pass was signed for: Unix time / stepSeconds.

    friend bool operator==(const PassClaims &, const PassClaims &) = default;
};

/// A pass as read from its text, before any signature check.
struct SignedPass
{
    PassClaims claims;
    QByteArray keyId;       ///< 8 bytes; see keyIdOf().
    QByteArray signedBytes; ///< Domain context plus every byte before the signature.
    QByteArray signature;   ///< 64-byte Ed25519 signature of signedBytes.
};

/// Text that every pass starts with; "MP1:" stays in the QR alphanumeric alphabet.
inline QString passPrefix() { return QStringLiteral("MP1:"); }

/**
 * Signs claims with key and returns the pass text: "MP1:" and Base45 of a fixed binary
 * layout (version, algorithm, key id, meeting id, fan id, window, step, signature).
 * The signature covers a domain context string first, so it is valid for nothing else.
 */
Result<QString> issuePass(const PassClaims &claims, const SigningKey &key);

/**
 * Reads pass text strictly: prefix, alphabet, length, version, algorithm, field lengths and
 * no trailing bytes are all checked before any cryptography. The signature is not checked.
 */
Result<SignedPass> parsePass(QStringView text);

} // namespace mesi::pass
