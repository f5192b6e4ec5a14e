#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace mesi::pass {

/**
 * Base45 (RFC 9285): bytes as text in the 45-character QR alphanumeric alphabet, so a QR
 * code can use its dense alphanumeric mode. Two bytes become three characters.
 */
QString toBase45(const QByteArray &bytes);

/// Decodes Base45 strictly: a character outside the alphabet, a length of 3n+1 or a group
/// whose value exceeds its byte range is an error that names the position.
Result<QByteArray> fromBase45(QStringView text);

} // namespace mesi::pass
