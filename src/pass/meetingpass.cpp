#include "meetingpass.h"

#include "base45.h"
#include "payloadfields.h"

#include <QDataStream>
#include <QIODevice>

namespace mesi::pass {

namespace {

constexpr quint8 FormatVersion = 1;
constexpr quint8 AlgorithmEd25519 = 1;
// Maximum pass size: header, two full ids, window and step, signature.
constexpr int MaxPassBytes = 2 + KeyIdBytes + 2 * (1 + MaxIdBytes) + 8 + 8 + 2 + 4 + SignatureBytes;
constexpr int MaxPassTextLength = 4 + (MaxPassBytes / 2) * 3 + 2;

// Prepended to the signed bytes so a pass signature can never verify as anything else.
const QByteArray &domainContext()
{
    static const QByteArray context = QByteArrayLiteral("mesi/meeting-pass/v1") + '\0';
    return context;
}

Error invalidPass(const QString &reason)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("not a valid meeting pass: %1").arg(reason),
                     QStringLiteral("pass"));
}

} // namespace

Result<QString> issuePass(const PassClaims &claims, const SigningKey &key)
{
    Result<QByteArray> meetingId = encodeId(claims.meetingId, "meetingId");
    if (!meetingId)
        return meetingId.error();
    Result<QByteArray> fanId = encodeId(claims.fanId, "fanId");
    if (!fanId)
        return fanId.error();
    if (!claims.validFrom.isValid() || !claims.validUntil.isValid()
        || claims.validUntil <= claims.validFrom) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the pass window from %1 to %2 is empty; the end must be "
                                        "later than the start")
                             .arg(claims.validFrom.toString(Qt::ISODate),
                                  claims.validUntil.toString(Qt::ISODate)),
                         QStringLiteral("validUntil"));
    }

    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::BigEndian);
    out << FormatVersion << AlgorithmEd25519;
    out.writeRawData(key.keyId().constData(), KeyIdBytes);
    writeId(out, meetingId.value());
    writeId(out, fanId.value());
    out << static_cast<qint64>(claims.validFrom.toSecsSinceEpoch())
        << static_cast<qint64>(claims.validUntil.toSecsSinceEpoch()) << claims.stepSeconds
        << claims.step;

    const QByteArray signature = key.sign(domainContext() + body);
    return passPrefix() + toBase45(body + signature);
}

Result<SignedPass> parsePass(QStringView text)
{
    if (!text.startsWith(passPrefix()))
        return invalidPass(QStringLiteral("it does not start with %1").arg(passPrefix()));
    if (text.size() > MaxPassTextLength)
        return invalidPass(QStringLiteral("it has %1 characters, more than the %2 a pass can have")
                               .arg(text.size())
                               .arg(MaxPassTextLength));

    Result<QByteArray> decoded = fromBase45(text.mid(passPrefix().size()));
    if (!decoded)
        return invalidPass(decoded.error().message);
    const QByteArray &bytes = decoded.value();

    QDataStream in(bytes);
    in.setByteOrder(QDataStream::BigEndian);
    quint8 version = 0;
    quint8 algorithm = 0;
    in >> version >> algorithm;
    if (in.status() != QDataStream::Ok)
        return invalidPass(QStringLiteral("it is truncated"));
    if (version != FormatVersion)
        return invalidPass(QStringLiteral("unknown format version %1").arg(version));
    if (algorithm != AlgorithmEd25519)
        return invalidPass(QStringLiteral("unknown signature algorithm %1").arg(algorithm));

    SignedPass pass;
    pass.keyId.resize(KeyIdBytes);
    if (in.readRawData(pass.keyId.data(), KeyIdBytes) != KeyIdBytes)
        return invalidPass(QStringLiteral("it is truncated"));

    readId(in, pass.claims.meetingId);
    readId(in, pass.claims.fanId);

    qint64 validFrom = 0;
    qint64 validUntil = 0;
    in >> validFrom >> validUntil >> pass.claims.stepSeconds >> pass.claims.step;
    if (in.status() != QDataStream::Ok)
        return invalidPass(QStringLiteral("it is truncated or has a malformed id"));

    const qsizetype signedLength = in.device()->pos();
    pass.signature.resize(SignatureBytes);
    if (in.readRawData(pass.signature.data(), SignatureBytes) != SignatureBytes)
        return invalidPass(QStringLiteral("the signature is truncated"));
    if (!in.atEnd())
        return invalidPass(QStringLiteral("%1 bytes follow the signature").arg(bytes.size() - signedLength - SignatureBytes));

    pass.claims.validFrom = QDateTime::fromSecsSinceEpoch(validFrom, Qt::UTC);
    pass.claims.validUntil = QDateTime::fromSecsSinceEpoch(validUntil, Qt::UTC);
    if (pass.claims.validUntil <= pass.claims.validFrom)
        return invalidPass(QStringLiteral("its window ends before it starts"));

    pass.signedBytes = domainContext() + bytes.left(signedLength);
    return pass;
}

} // namespace mesi::pass
