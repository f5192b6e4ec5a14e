#include "base45.h"

namespace mesi::pass {

namespace {

constexpr char16_t Alphabet[] = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
constexpr int Radix = 45;

int digitValue(QChar c)
{
    for (int i = 0; i < Radix; ++i) {
        if (Alphabet[i] == c.unicode())
            return i;
    }
    return -1;
}

Error invalidBase45(const QString &reason)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("invalid Base45 text: %1").arg(reason));
}

} // namespace

QString toBase45(const QByteArray &bytes)
{
    QString text;
    text.reserve((bytes.size() / 2) * 3 + 2);

    qsizetype i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        int value = static_cast<unsigned char>(bytes[i]) * 256 + static_cast<unsigned char>(bytes[i + 1]);
        for (int digit = 0; digit < 3; ++digit) {
            text += QChar(Alphabet[value % Radix]);
            value /= Radix;
        }
    }
    if (i < bytes.size()) {
        int value = static_cast<unsigned char>(bytes[i]);
        text += QChar(Alphabet[value % Radix]);
        text += QChar(Alphabet[value / Radix]);
    }
    return text;
}

Result<QByteArray> fromBase45(QStringView text)
{
    if (text.size() % 3 == 1)
        return invalidBase45(QStringLiteral("length %1 leaves one character over").arg(text.size()));

    QByteArray bytes;
    bytes.reserve((text.size() / 3) * 2 + 1);
    for (qsizetype start = 0; start < text.size(); start += 3) {
        const qsizetype groupSize = std::min<qsizetype>(3, text.size() - start);
        int value = 0;
        int weight = 1;
        for (qsizetype j = 0; j < groupSize; ++j) {
            const int digit = digitValue(text[start + j]);
            if (digit < 0) {
                return invalidBase45(QStringLiteral("character '%1' at position %2 is not in the "
                                                    "alphabet")
                                         .arg(text[start + j])
                                         .arg(start + j + 1));
            }
            value += digit * weight;
            weight *= Radix;
        }

        const int limit = groupSize == 3 ? 0xFFFF : 0xFF;
        if (value > limit) {
            return invalidBase45(QStringLiteral("the group at position %1 is out of range")
                                     .arg(start + 1));
        }
        if (groupSize == 3)
            bytes.append(static_cast<char>(value >> 8));
        bytes.append(static_cast<char>(value & 0xFF));
    }
    return bytes;
}

} // namespace mesi::pass
