#include "minorunits.h"

#include <algorithm>

namespace mesi {

namespace {
constexpr std::uint32_t LimbBase = 1000000000u;
constexpr int LimbDigits = 9;
} // namespace

MinorUnits::MinorUnits(std::uint64_t value)
{
    while (value > 0) {
        m_limbs.push_back(static_cast<std::uint32_t>(value % LimbBase));
        value /= LimbBase;
    }
}

std::optional<MinorUnits> MinorUnits::fromDigits(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    for (QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }

    MinorUnits result;
    // Walk the text from its end in chunks of nine digits, one limb per chunk.
    for (qsizetype end = digits.size(); end > 0; end -= LimbDigits) {
        const qsizetype begin = std::max<qsizetype>(0, end - LimbDigits);
        std::uint32_t limb = 0;
        for (qsizetype i = begin; i < end; ++i)
            limb = limb * 10 + static_cast<std::uint32_t>(digits[i].unicode() - u'0');
        result.m_limbs.push_back(limb);
    }
    result.trim();
    return result;
}

QString MinorUnits::toDigits() const
{
    if (m_limbs.empty())
        return QStringLiteral("0");

    QString text = QString::number(m_limbs.back());
    for (auto it = m_limbs.rbegin() + 1; it != m_limbs.rend(); ++it)
        text += QStringLiteral("%1").arg(*it, LimbDigits, 10, QLatin1Char('0'));
    return text;
}

MinorUnits MinorUnits::operator+(const MinorUnits &other) const
{
    MinorUnits sum;
    const size_t size = std::max(m_limbs.size(), other.m_limbs.size());
    sum.m_limbs.reserve(size + 1);

    std::uint32_t carry = 0;
    for (size_t i = 0; i < size; ++i) {
        std::uint64_t value = carry;
        if (i < m_limbs.size())
            value += m_limbs[i];
        if (i < other.m_limbs.size())
            value += other.m_limbs[i];
        sum.m_limbs.push_back(static_cast<std::uint32_t>(value % LimbBase));
        carry = static_cast<std::uint32_t>(value / LimbBase);
    }
    if (carry != 0)
        sum.m_limbs.push_back(carry);
    return sum;
}

std::optional<MinorUnits> MinorUnits::minus(const MinorUnits &other) const
{
    if (*this < other)
        return std::nullopt;

    MinorUnits difference = *this;
    std::int64_t borrow = 0;
    for (size_t i = 0; i < difference.m_limbs.size(); ++i) {
        std::int64_t value = static_cast<std::int64_t>(difference.m_limbs[i]) - borrow;
        if (i < other.m_limbs.size())
            value -= other.m_limbs[i];
        borrow = value < 0 ? 1 : 0;
        if (value < 0)
            value += LimbBase;
        difference.m_limbs[i] = static_cast<std::uint32_t>(value);
    }
    difference.trim();
    return difference;
}

std::strong_ordering operator<=>(const MinorUnits &a, const MinorUnits &b)
{
    if (a.m_limbs.size() != b.m_limbs.size())
        return a.m_limbs.size() <=> b.m_limbs.size();
    for (size_t i = a.m_limbs.size(); i > 0; --i) {
        if (a.m_limbs[i - 1] != b.m_limbs[i - 1])
            return a.m_limbs[i - 1] <=> b.m_limbs[i - 1];
    }
    return std::strong_ordering::equal;
}

void MinorUnits::trim()
{
    while (!m_limbs.empty() && m_limbs.back() == 0)
        m_limbs.pop_back();
}

} // namespace mesi
