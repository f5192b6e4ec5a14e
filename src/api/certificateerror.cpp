#include "certificateerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>

namespace mesi::api {

namespace {

class CertificateText
{
    Q_DECLARE_TR_FUNCTIONS(mesi::api::CertificateText)

public:
    static QString describe(const QSslCertificate &certificate)
    {
        if (certificate.isNull())
            return tr("The server sent no certificate.");

        const QString fingerprint = QString::fromLatin1(
            certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        return tr("Subject: %1\nIssuer: %2\nValid from: %3\nValid until: %4\nSHA-256 fingerprint: %5")
            .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                 certificate.effectiveDate().toUTC().toString(Qt::ISODate),
                 certificate.expiryDate().toUTC().toString(Qt::ISODate), fingerprint);
    }

    static Error error(const QUrl &url, const QList<QSslError> &errors,
                       const QSslCertificate &peerCertificate)
    {
        const QString firstError = errors.isEmpty() ? tr("unknown certificate error")
                                                    : errors.constFirst().errorString();
        QStringList details;
        QList<QSslCertificate> described;
        for (const QSslError &sslError : errors) {
            details.append(tr("Error: %1").arg(sslError.errorString()));
            const QSslCertificate certificate = sslError.certificate().isNull()
                                                    ? peerCertificate
                                                    : sslError.certificate();
            if (!described.contains(certificate)) {
                described.append(certificate);
                details.append(describe(certificate));
            }
        }
        if (errors.isEmpty())
            details.append(describe(peerCertificate));

        Error result = makeError(
            ErrorCode::Network,
            tr("The certificate of %1 failed verification (%2), so the connection was stopped. "
               "Check the address; if it is right, ask the server's operator to fix its "
               "certificate.")
                .arg(url.host(), firstError));
        result.details = details.join(QLatin1Char('\n'));
        return result;
    }
};

} // namespace

QString describeCertificate(const QSslCertificate &certificate)
{
    return CertificateText::describe(certificate);
}

Error certificateError(const QUrl &url, const QList<QSslError> &errors,
                       const QSslCertificate &peerCertificate)
{
    return CertificateText::error(url, errors, peerCertificate);
}

} // namespace mesi::api
