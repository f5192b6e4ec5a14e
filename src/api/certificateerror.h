#pragma once

#include "core/result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

namespace mesi::api {

/**
 * Describes a certificate for people: subject, issuer, validity period in UTC and the
 * SHA-256 fingerprint as colon-separated hex, one per line.
 */
QString describeCertificate(const QSslCertificate &certificate);

/**
 * Builds the error for a TLS connection to url that failed certificate verification. The
 * client never ignores such errors, so the message states that the connection was stopped, and
 * details lists each error text followed by the certificate it concerns.
 */
Error certificateError(const QUrl &url, const QList<QSslError> &errors,
                       const QSslCertificate &peerCertificate);

} // namespace mesi::api
