#include "fanconfirmation.h"

#include "base45.h"
#include "payloadfields.h"

#include <QDataStream>
#include <QIODevice>

namespace mesi::pass {

namespace {

constexpr quint8 FormatVersion = 1;
constexpr quint8 AlgorithmEd25519 = 1;
// Maximum code size: header, two full ids, step length and step, signature.
constexpr int MaxCodeBytes = 2 + KeyIdBytes + 2 * (1 + MaxIdBytes) + 2 + 4 + SignatureBytes;
constexpr int MaxCodeTextLength = 4 + (MaxCodeBytes / 2) * 3 + 2;

// A context of its own, so a fan's code can never verify as a pass or anything else.
const QByteArray &domainContext()
{
    static const QByteArray context = QByteArrayLiteral("mesi/fan-confirmation/v1") + '\0';
    return context;
}

Error invalidCode(const QString &reason)
{
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("not a valid fan confirmation code: %1").arg(reason),
                     QStringLiteral("code"));
}

FanConfirmationVerdict reject(PassRejection rejection, const QString &message,
                              const FanConfirmationClaims &claims = {})
{
    return FanConfirmationVerdict{rejection, message, claims};
}

} // namespace

Result<QString> issueFanConfirmation(const FanConfirmationClaims &claims, const SigningKey &key)
{
    Result<QByteArray> meetingId = encodeId(claims.meetingId, "meetingId");
    if (!meetingId)
        return meetingId.error();
    Result<QByteArray> fanId = encodeId(claims.fanId, "fanId");
    if (!fanId)
        return fanId.error();
    if (claims.stepSeconds == 0) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("stepSeconds is 0; a fan confirmation code always rotates"),
                         QStringLiteral("stepSeconds"));
    }

    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::BigEndian);
    out << FormatVersion << AlgorithmEd25519;
    out.writeRawData(key.keyId().constData(), KeyIdBytes);
    writeId(out, meetingId.value());
    writeId(out, fanId.value());
    out << claims.stepSeconds << claims.step;

    const QByteArray signature = key.sign(domainContext() + body);
    return fanConfirmationPrefix() + toBase45(body + signature);
}

Result<SignedFanConfirmation> parseFanConfirmation(QStringView text)
{
    if (!text.startsWith(fanConfirmationPrefix()))
        return invalidCode(QStringLiteral("it does not start with %1").arg(fanConfirmationPrefix()));
    if (text.size() > MaxCodeTextLength) {
        return invalidCode(QStringLiteral("it has %1 characters, more than the %2 a code can have")
                               .arg(text.size())
                               .arg(MaxCodeTextLength));
    }

    Result<QByteArray> decoded = fromBase45(text.mid(fanConfirmationPrefix().size()));
    if (!decoded)
        return invalidCode(decoded.error().message);
    const QByteArray &bytes = decoded.value();

    QDataStream in(bytes);
    in.setByteOrder(QDataStream::BigEndian);
    quint8 version = 0;
    quint8 algorithm = 0;
    in >> version >> algorithm;
    if (in.status() != QDataStream::Ok)
        return invalidCode(QStringLiteral("it is truncated"));
    if (version != FormatVersion)
        return invalidCode(QStringLiteral("unknown format version %1").arg(version));
    if (algorithm != AlgorithmEd25519)
        return invalidCode(QStringLiteral("unknown signature algorithm %1").arg(algorithm));

    SignedFanConfirmation code;
    code.keyId.resize(KeyIdBytes);
    if (in.readRawData(code.keyId.data(), KeyIdBytes) != KeyIdBytes)
        return invalidCode(QStringLiteral("it is truncated"));
    readId(in, code.claims.meetingId);
    readId(in, code.claims.fanId);
    in >> code.claims.stepSeconds >> code.claims.step;
    if (in.status() != QDataStream::Ok)
        return invalidCode(QStringLiteral("it is truncated or has a malformed id"));
    if (code.claims.stepSeconds == 0)
        return invalidCode(QStringLiteral("its rotation step length is 0"));

    const qsizetype signedLength = in.device()->pos();
    code.signature.resize(SignatureBytes);
    if (in.readRawData(code.signature.data(), SignatureBytes) != SignatureBytes)
        return invalidCode(QStringLiteral("the signature is truncated"));
    if (!in.atEnd()) {
        return invalidCode(QStringLiteral("%1 bytes follow the signature")
                               .arg(bytes.size() - signedLength - SignatureBytes));
    }

    code.signedBytes = domainContext() + bytes.left(signedLength);
    return code;
}

FanConfirmationVerdict verifyFanConfirmation(QStringView text, const QList<FanPublicKey> &keys,
                                             const FanConfirmationExpectation &expectation)
{
    Result<SignedFanConfirmation> parsed = parseFanConfirmation(text);
    if (!parsed)
        return reject(PassRejection::Malformed, parsed.error().message);
    const SignedFanConfirmation &code = parsed.value();
    const FanConfirmationClaims &claims = code.claims;

    bool knownId = false;
    const FanPublicKey *signer = nullptr;
    for (const FanPublicKey &key : keys) {
        if (keyIdOf(key.publicKey) != code.keyId)
            continue;
        knownId = true;
        if (verifySignature(key.publicKey, code.signedBytes, code.signature)) {
            signer = &key;
            break;
        }
    }
    if (!knownId) {
        return reject(PassRejection::UnknownKey,
                      QStringLiteral("the code was signed by a key that fan '%1' never registered")
                          .arg(claims.fanId));
    }
    if (!signer) {
        return reject(PassRejection::BadSignature,
                      QStringLiteral("the code's signature does not match its content; it was "
                                     "altered or forged"));
    }
    if (signer->revoked) {
        return reject(PassRejection::RevokedKey,
                      QStringLiteral("the code was signed with a key the fan has revoked"), claims);
    }

    if (claims.meetingId != expectation.meetingId) {
        return reject(PassRejection::WrongMeeting,
                      QStringLiteral("the code is for meeting '%1', not '%2'")
                          .arg(claims.meetingId, expectation.meetingId),
                      claims);
    }
    if (claims.fanId != expectation.fanId) {
        return reject(PassRejection::WrongFan,
                      QStringLiteral("the code belongs to another fan, not the fan of meeting '%1'")
                          .arg(expectation.meetingId),
                      claims);
    }

    const QDateTime now = expectation.now.toUTC();
    const StepAge age = checkStep(claims.step, claims.stepSeconds, now, expectation.graceSteps,
                                  expectation.skewSteps);
    if (age == StepAge::Future) {
        return reject(PassRejection::FutureStep,
                      QStringLiteral("the code was made %1 s ahead of this server's clock; check "
                                     "the clocks of both devices")
                          .arg(-stepAgeSeconds(claims.step, claims.stepSeconds, now)),
                      claims);
    }
    if (age == StepAge::Stale) {
        return reject(PassRejection::StaleStep,
                      QStringLiteral("the code is %1 s old; scan the live code on the fan's phone, "
                                     "not a photo")
                          .arg(stepAgeSeconds(claims.step, claims.stepSeconds, now)),
                      claims);
    }
    return FanConfirmationVerdict{PassRejection::None, QString(), claims};
}

} // namespace mesi::pass
