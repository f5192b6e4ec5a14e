#pragma once

// Field helpers shared by the binary layouts of meeting passes and fan confirmation codes.

#include "core/result.h"

#include <QByteArray>
#include <QDataStream>
#include <QString>

namespace mesi::pass {

/// Maximum length of a meeting id or fan id in a signed payload, in bytes of UTF-8.
inline constexpr int MaxIdBytes = 64;
/// Length of a key id; see keyIdOf().
inline constexpr int KeyIdBytes = 8;
/// Length of an Ed25519 signature.
inline constexpr int SignatureBytes = 64;

/// Returns id as UTF-8, or an error naming the field when it is empty or longer than MaxIdBytes.
Result<QByteArray> encodeId(const QString &id, const char *name);

/// Writes a length byte and the bytes of an id that encodeId() accepted.
void writeId(QDataStream &out, const QByteArray &id);

/**
 * Reads a length byte and that many bytes of UTF-8 into target. Sets the stream status to
 * ReadCorruptData for a length of 0 or over MaxIdBytes or invalid UTF-8, and ReadPastEnd
 * when the payload is truncated.
 */
void readId(QDataStream &in, QString &target);

} // namespace mesi::pass
