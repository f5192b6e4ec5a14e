#pragma once

#include "passverifier.h"
#include "rotation.h"
#include "signingkey.h"

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mesi::pass {

/**
 * Facts a fan confirmation code vouches for: this fan is at this meeting now. The fan's phone
 * shows the code when it cannot scan the creator's pass, and the creator's console scans it.
 */
struct FanConfirmationClaims
{
    QString meetingId;                       ///< 1 to 64 bytes of UTF-8.
    QString fanId;                           ///< 1 to 64 bytes of UTF-8.
    quint16 stepSeconds = RotationStepSeconds; ///< Length of a rotation step, 1 or more.
    quint32 step = 0;                        ///< Rotation step the code was signed for.

    friend bool operator==(const FanConfirmationClaims &, const FanConfirmationClaims &) = default;
};

/// A fan confirmation code as read from its text, before any signature check.
struct SignedFanConfirmation
{
    FanConfirmationClaims claims;
    QByteArray keyId;       ///< 8 bytes; see keyIdOf().
    QByteArray signedBytes; ///< Domain context plus every byte before the signature.
    QByteArray signature;   ///< 64-byte Ed25519 signature of signedBytes.
};

/// Text that every fan confirmation code starts with, in the QR alphanumeric alphabet.
inline QString fanConfirmationPrefix() { return QStringLiteral("FC1:"); }

/// Signs claims with the fan's key and returns "FC1:" and Base45 of the fixed binary layout.
Result<QString> issueFanConfirmation(const FanConfirmationClaims &claims, const SigningKey &key);

/// Reads code text strictly, like parsePass(); the signature is not checked.
Result<SignedFanConfirmation> parseFanConfirmation(QStringView text);

/// A fan's registered public key.
struct FanPublicKey
{
    QByteArray publicKey;
    bool revoked = false;
};

/// Meeting, fan and time that a fan confirmation code must match.
struct FanConfirmationExpectation
{
    QString meetingId;
    QString fanId;
    QDateTime now;
    int graceSteps = DefaultGraceSteps;
    int skewSteps = DefaultSkewSteps;
};

/// Outcome of verifyFanConfirmation(): the claims when valid, otherwise the reason and a message.
struct FanConfirmationVerdict
{
    PassRejection rejection = PassRejection::Malformed;
    QString message;
    FanConfirmationClaims claims;

    bool isValid() const { return rejection == PassRejection::None; }
};

/**
 * Checks a fan confirmation code against the keys of the fan it names. Every key with the
 * code's key id is tried, because short ids can collide. Reasons use PassRejection, whose
 * wire names (toString()) are shared with meeting passes.
 */
FanConfirmationVerdict verifyFanConfirmation(QStringView text, const QList<FanPublicKey> &keys,
                                             const FanConfirmationExpectation &expectation);

} // namespace mesi::pass
