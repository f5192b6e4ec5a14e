#include "sealedformat.h"

#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace mesi::secrets::sealed {

namespace {

template<typename T>
void appendLittleEndian(QByteArray &out, T value)
{
    const T little = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&little), sizeof(T));
}

template<typename T>
void putLittleEndian(unsigned char *&out, T value)
{
    const T little = qToLittleEndian(value);
    std::memcpy(out, &little, sizeof(T));
    out += sizeof(T);
}

/// Reads fixed-size fields front to back and remembers whether the data ran out.
class Reader
{
public:
    explicit Reader(QByteArrayView data) : m_data(data) {}

    template<typename T>
    T number()
    {
        T value{};
        if (m_data.size() - m_offset < qsizetype(sizeof(T))) {
            m_ok = false;
            return value;
        }
        std::memcpy(&value, m_data.data() + m_offset, sizeof(T));
        m_offset += sizeof(T);
        return qFromLittleEndian(value);
    }

    QByteArrayView bytes(qsizetype size)
    {
        if (size < 0 || m_data.size() - m_offset < size) {
            m_ok = false;
            return {};
        }
        const QByteArrayView view = m_data.sliced(m_offset, size);
        m_offset += size;
        return view;
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_offset == m_data.size(); }

private:
    QByteArrayView m_data;
    qsizetype m_offset = 0;
    bool m_ok = true;
};

} // namespace

qsizetype headerSize()
{
    return MagicSize + 2 + 8 + 8 + crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES;
}

QByteArray encodeHeader(const Header &header)
{
    QByteArray out(Magic, MagicSize);
    out.append(char(header.version));
    out.append(char(header.algorithm));
    appendLittleEndian<quint64>(out, header.limits.opsLimit);
    appendLittleEndian<quint64>(out, header.limits.memLimitBytes);
    out.append(header.salt);
    out.append(header.nonce);
    return out;
}

Result<Header> decodeHeader(QByteArrayView data)
{
    if (data.size() < headerSize() + qsizetype(crypto_secretbox_MACBYTES))
        return makeError(ErrorCode::Storage, QStringLiteral("it is truncated (%1 bytes)").arg(data.size()));

    Reader reader(data);
    if (reader.bytes(MagicSize) != QByteArrayView(Magic, MagicSize))
        return makeError(ErrorCode::Storage, QStringLiteral("it is not a Mesi secrets file"));

    Header header;
    header.version = reader.number<quint8>();
    if (header.version != FormatVersion) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("it has format version %1, but this console reads version "
                                        "%2; use a newer console")
                             .arg(header.version)
                             .arg(FormatVersion));
    }
    header.algorithm = reader.number<quint8>();
    header.limits.opsLimit = reader.number<quint64>();
    header.limits.memLimitBytes = reader.number<quint64>();
    header.salt = reader.bytes(crypto_pwhash_SALTBYTES).toByteArray();
    header.nonce = reader.bytes(crypto_secretbox_NONCEBYTES).toByteArray();

    if (header.algorithm != crypto_pwhash_ALG_ARGON2ID13)
        return makeError(ErrorCode::Storage,
                         QStringLiteral("it names the unknown key algorithm %1").arg(header.algorithm));
    // A damaged header must not make the console ask for terabytes or run for hours.
    const KdfLimits maximum = KdfLimits::sensitive();
    if (header.limits.opsLimit < crypto_pwhash_OPSLIMIT_MIN || header.limits.opsLimit > maximum.opsLimit
        || header.limits.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN
        || header.limits.memLimitBytes > maximum.memLimitBytes) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("its key limits (%1 passes, %2 bytes) are out of range")
                             .arg(header.limits.opsLimit)
                             .arg(header.limits.memLimitBytes));
    }
    return header;
}

SecureBytes encodeEntries(const QMap<QString, std::shared_ptr<SecureBytes>> &entries)
{
    qsizetype size = 4;
    QList<QByteArray> names;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        names.append(it.key().toUtf8());
        size += 2 + names.constLast().size() + 4 + it.value()->size();
    }

    SecureBytes plain(size);
    unsigned char *out = plain.data();
    putLittleEndian<quint32>(out, quint32(entries.size()));
    qsizetype index = 0;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it, ++index) {
        const QByteArray &name = names.at(index);
        putLittleEndian<quint16>(out, quint16(name.size()));
        std::memcpy(out, name.constData(), size_t(name.size()));
        out += name.size();
        putLittleEndian<quint32>(out, quint32(it.value()->size()));
        if (!it.value()->isEmpty())
            std::memcpy(out, it.value()->data(), size_t(it.value()->size()));
        out += it.value()->size();
    }
    return plain;
}

Result<QMap<QString, std::shared_ptr<SecureBytes>>> decodeEntries(QByteArrayView plain)
{
    Reader reader(plain);
    const quint32 count = reader.number<quint32>();
    QMap<QString, std::shared_ptr<SecureBytes>> entries;
    for (quint32 i = 0; i < count && reader.ok(); ++i) {
        const QString name = QString::fromUtf8(reader.bytes(reader.number<quint16>()));
        const QByteArrayView value = reader.bytes(reader.number<quint32>());
        if (reader.ok())
            entries.insert(name, std::make_shared<SecureBytes>(SecureBytes::copyOf(value)));
    }
    if (!reader.ok() || !reader.atEnd())
        return makeError(ErrorCode::Storage, QStringLiteral("its entries are damaged"));
    return entries;
}

} // namespace mesi::secrets::sealed
