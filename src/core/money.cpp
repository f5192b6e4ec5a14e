#include "money.h"

namespace mesi {

namespace {

// 10^40 minor units is far beyond any real balance; longer text is a mistake or an attack.
constexpr int MaxIntegerDigits = 40;

Error invalidAmount(const QString &text, const QString &reason)
{
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("invalid amount '%1': %2").arg(text, reason),
                     QStringLiteral("amount"));
}

bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

Result<Money> Money::parse(const QString &text, const QString &assetCode)
{
    Result<Asset> asset = Asset::fromCode(assetCode);
    if (!asset)
        return asset.error();
    return parse(text, asset.value());
}

Result<Money> Money::parse(const QString &text, const Asset &asset)
{
    if (text.isEmpty())
        return invalidAmount(text, QStringLiteral("the amount is empty; enter a number such as 120.00"));

    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QStringView integerPart = dot < 0 ? QStringView(text) : QStringView(text).left(dot);
    const QStringView fractionPart = dot < 0 ? QStringView() : QStringView(text).mid(dot + 1);

    if (integerPart.isEmpty() || !isAsciiDigits(integerPart)
        || (dot >= 0 && (fractionPart.isEmpty() || !isAsciiDigits(fractionPart)))) {
        return invalidAmount(text, QStringLiteral("use digits with an optional '.' and decimals, "
                                                  "such as 120.00, without signs, spaces, "
                                                  "separators or exponents"));
    }
    if (fractionPart.size() > asset.decimals()) {
        return invalidAmount(text, QStringLiteral("%1 allows at most %2 decimals, this has %3")
                                       .arg(asset.code())
                                       .arg(asset.decimals())
                                       .arg(fractionPart.size()));
    }
    if (integerPart.size() > MaxIntegerDigits) {
        return invalidAmount(text, QStringLiteral("more than %1 digits before the decimal point")
                                       .arg(MaxIntegerDigits));
    }

    QString digits = integerPart.toString() + fractionPart.toString();
    digits += QString(asset.decimals() - fractionPart.size(), QLatin1Char('0'));
    std::optional<MinorUnits> units = MinorUnits::fromDigits(digits);
    Q_ASSERT(units); // Only digits reach this point.
    return Money(asset, std::move(*units));
}

QString Money::toDecimalString() const
{
    const int decimals = m_asset.decimals();
    QString digits = m_units.toDigits();
    if (decimals == 0)
        return digits;

    if (digits.size() <= decimals)
        digits = QString(decimals + 1 - digits.size(), QLatin1Char('0')) + digits;
    return digits.left(digits.size() - decimals) + QLatin1Char('.') + digits.right(decimals);
}

QString Money::toDisplayString() const
{
    QString text = toDecimalString();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        const qsizetype minimumLength = dot + 3; // Keep two decimals, as for fiat.
        while (text.size() > minimumLength && text.endsWith(QLatin1Char('0')))
            text.chop(1);
    }
    return text + QLatin1Char(' ') + m_asset.code();
}

Result<void> Money::checkSameAsset(const Money &other, const char *operation) const
{
    if (m_asset == other.m_asset)
        return {};
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("cannot %1 amounts of different assets (%2 and %3)")
                         .arg(QLatin1String(operation), m_asset.code(), other.m_asset.code()),
                     QStringLiteral("asset"));
}

Result<Money> Money::plus(const Money &other) const
{
    if (Result<void> same = checkSameAsset(other, "add"); !same)
        return same.error();
    return Money(m_asset, m_units + other.m_units);
}

Result<Money> Money::minus(const Money &other) const
{
    if (Result<void> same = checkSameAsset(other, "subtract"); !same)
        return same.error();

    std::optional<MinorUnits> difference = m_units.minus(other.m_units);
    if (!difference) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("cannot subtract %1 from %2: the result would be negative")
                             .arg(other.toDisplayString(), toDisplayString()),
                         QStringLiteral("amount"));
    }
    return Money(m_asset, std::move(*difference));
}

std::optional<std::strong_ordering> Money::compare(const Money &other) const
{
    if (!(m_asset == other.m_asset))
        return std::nullopt;
    return m_units <=> other.m_units;
}

} // namespace mesi
