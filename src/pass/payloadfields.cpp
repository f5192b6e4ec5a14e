#include "payloadfields.h"

namespace mesi::pass {

Result<QByteArray> encodeId(const QString &id, const char *name)
{
    const QByteArray bytes = id.toUtf8();
    if (bytes.isEmpty() || bytes.size() > MaxIdBytes) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 '%2' must have 1 to %3 bytes of UTF-8, it has %4")
                             .arg(QLatin1String(name), id)
                             .arg(MaxIdBytes)
                             .arg(bytes.size()),
                         QLatin1String(name));
    }
    return bytes;
}

void writeId(QDataStream &out, const QByteArray &id)
{
    out << static_cast<quint8>(id.size());
    out.writeRawData(id.constData(), static_cast<int>(id.size()));
}

void readId(QDataStream &in, QString &target)
{
    quint8 length = 0;
    in >> length;
    if (length == 0 || length > MaxIdBytes) {
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    QByteArray raw(length, Qt::Uninitialized);
    if (in.readRawData(raw.data(), length) != length) {
        in.setStatus(QDataStream::ReadPastEnd);
        return;
    }
    target = QString::fromUtf8(raw);
    if (target.toUtf8() != raw) // Rejects invalid UTF-8, which would not round-trip.
        in.setStatus(QDataStream::ReadCorruptData);
}

} // namespace mesi::pass
