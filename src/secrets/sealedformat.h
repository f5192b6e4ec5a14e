#pragma once

#include "sealedfilestore.h"

namespace mesi::secrets::sealed {

inline constexpr char Magic[] = "MESISECR";
inline constexpr qsizetype MagicSize = 8;
inline constexpr quint8 FormatVersion = 1;

/// The unencrypted start of a sealed file.
struct Header
{
    quint8 version = FormatVersion;
    quint8 algorithm = 0;
    KdfLimits limits;
    QByteArray salt;
    QByteArray nonce;
};

/// Size of the header in bytes; the secretbox ciphertext follows it.
qsizetype headerSize();
QByteArray encodeHeader(const Header &header);
/// Parses the header. The error names the problem but not the file.
Result<Header> decodeHeader(QByteArrayView data);

/// Serialises entries: a u32 count, then for each a u16 name length, the UTF-8 name, a u32
/// value length and the value.
SecureBytes encodeEntries(const QMap<QString, std::shared_ptr<SecureBytes>> &entries);
Result<QMap<QString, std::shared_ptr<SecureBytes>>> decodeEntries(QByteArrayView plain);

} // namespace mesi::secrets::sealed
