#pragma once

#include "meetingpass.h"
#include "rotation.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace mesi::pass {

/// Reason a pass was not accepted; each one has its own message for the person scanning.
enum class PassRejection {
    None,         ///< The pass is valid.
    Malformed,    ///< Not pass text, truncated, or otherwise unreadable.
    UnknownKey,   ///< No registered key has the pass's key id.
    BadSignature, ///< No registered key with that id signed these bytes.
    RevokedKey,   ///< Signed by a key its creator has revoked.
    WrongMeeting,
    WrongFan,
    NotYetValid,  ///< Before the start of the pass window.
    Expired,      ///< After the end of the pass window.
    StaleStep,    ///< A rotating pass older than the allowed grace, such as a photo of the screen.
    FutureStep,   ///< A rotating pass signed for a step that has not begun.
};

/// Outcome of verify(): the claims when valid, otherwise the reason and a message.
struct PassVerdict
{
    PassRejection rejection = PassRejection::Malformed;
    QString message;
    PassClaims claims;

    bool isValid() const { return rejection == PassRejection::None; }
};

/// Meeting, fan and time that a pass must match.
struct PassExpectation
{
    QString meetingId; ///< Empty accepts any meeting.
    QString fanId;     ///< Empty accepts any fan.
    QDateTime now;
    int graceSteps = DefaultGraceSteps; ///< How many rotation steps back a rotating pass is still accepted.
    int skewSteps = DefaultSkewSteps;   ///< How many rotation steps ahead a rotating pass is still accepted.
};

/**
 * Checks passes against a set of creator public keys.
 *
 * Key ids are short and may collide, so every registered key with the pass's id is tried.
 * A key marked revoked makes its passes fail with RevokedKey, never with success.
 */
class PassVerifier
{
public:
    void addKey(const QByteArray &publicKey, bool revoked = false);
    void revokeKey(const QByteArray &publicKey);

    PassVerdict verify(QStringView text, const PassExpectation &expectation) const;

private:
    struct Key
    {
        QByteArray publicKey;
        QByteArray keyId;
        bool revoked = false;
    };
    QList<Key> m_keys;
};

QString toString(PassRejection rejection);

} // namespace mesi::pass
