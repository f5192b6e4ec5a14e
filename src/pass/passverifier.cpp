#include "passverifier.h"

namespace mesi::pass {

namespace {

PassVerdict reject(PassRejection rejection, const QString &message, const PassClaims &claims = {})
{
    return PassVerdict{rejection, message, claims};
}

} // namespace

QString toString(PassRejection rejection)
{
    switch (rejection) {
    case PassRejection::None:
        return QStringLiteral("valid");
    case PassRejection::Malformed:
        return QStringLiteral("malformed");
    case PassRejection::UnknownKey:
        return QStringLiteral("unknown_key");
    case PassRejection::BadSignature:
        return QStringLiteral("bad_signature");
    case PassRejection::RevokedKey:
        return QStringLiteral("revoked_key");
    case PassRejection::WrongMeeting:
        return QStringLiteral("wrong_meeting");
    case PassRejection::WrongFan:
        return QStringLiteral("wrong_fan");
    case PassRejection::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case PassRejection::Expired:
        return QStringLiteral("expired");
    case PassRejection::StaleStep:
        return QStringLiteral("stale_step");
    case PassRejection::FutureStep:
        return QStringLiteral("future_step");
    }
    return QStringLiteral("unknown");
}

void PassVerifier::addKey(const QByteArray &publicKey, bool revoked)
{
    m_keys.append(Key{publicKey, keyIdOf(publicKey), revoked});
}

void PassVerifier::revokeKey(const QByteArray &publicKey)
{
    for (Key &key : m_keys) {
        if (key.publicKey == publicKey)
            key.revoked = true;
    }
}

PassVerdict PassVerifier::verify(QStringView text, const PassExpectation &expectation) const
{
    Result<SignedPass> parsed = parsePass(text);
    if (!parsed)
        return reject(PassRejection::Malformed, parsed.error().message);
    const SignedPass &pass = parsed.value();
    const PassClaims &claims = pass.claims;

    bool knownId = false;
    const Key *signer = nullptr;
    for (const Key &key : m_keys) {
        if (key.keyId != pass.keyId)
            continue;
        knownId = true;
        if (verifySignature(key.publicKey, pass.signedBytes, pass.signature)) {
            signer = &key;
            break;
        }
    }
    if (!knownId)
        return reject(PassRejection::UnknownKey, QStringLiteral("the pass was signed by a key this creator never registered"));
    if (!signer)
        return reject(PassRejection::BadSignature, QStringLiteral("the pass signature does not match its content; it was altered or forged"));
    if (signer->revoked)
        return reject(PassRejection::RevokedKey, QStringLiteral("the pass was signed with a key the creator has revoked; ask for a new pass"), claims);

    if (!expectation.meetingId.isEmpty() && claims.meetingId != expectation.meetingId) {
        return reject(PassRejection::WrongMeeting,
                      QStringLiteral("the pass is for meeting '%1', not '%2'").arg(claims.meetingId, expectation.meetingId), claims);
    }
    if (!expectation.fanId.isEmpty() && claims.fanId != expectation.fanId) {
        return reject(PassRejection::WrongFan,
                      QStringLiteral("the pass is for another fan"), claims);
    }

    const QDateTime now = expectation.now.toUTC();
    if (now < claims.validFrom) {
        return reject(PassRejection::NotYetValid,
                      QStringLiteral("the pass is valid from %1 UTC").arg(claims.validFrom.toString(Qt::ISODate)), claims);
    }
    if (now > claims.validUntil) {
        return reject(PassRejection::Expired,
                      QStringLiteral("the pass expired at %1 UTC").arg(claims.validUntil.toString(Qt::ISODate)), claims);
    }

    if (claims.stepSeconds > 0) {
        const StepAge age = checkStep(claims.step, claims.stepSeconds, now, expectation.graceSteps,
                                      expectation.skewSteps);
        if (age == StepAge::Future) {
            return reject(PassRejection::FutureStep,
                          QStringLiteral("the pass was made %1 s ahead of this server's clock; check the clocks of both devices")
                              .arg(-stepAgeSeconds(claims.step, claims.stepSeconds, now)),
                          claims);
        }
        if (age == StepAge::Stale) {
            return reject(PassRejection::StaleStep,
                          QStringLiteral("the code is %1 s old; scan the live code on the creator's screen, not a photo")
                              .arg(stepAgeSeconds(claims.step, claims.stepSeconds, now)),
                          claims);
        }
    }
    return PassVerdict{PassRejection::None, QString(), claims};
}

} // namespace mesi::pass
