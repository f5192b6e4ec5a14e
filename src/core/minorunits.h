#pragma once

#include <QString>

#include <compare>
#include <cstdint>
#include <optional>
#include <vector>

namespace mesi {

/**
 * A non-negative integer of any size, used for counts of an asset's minor units.
 *
 * Tokens with 18 decimals exceed 64 bits at about 18.4 whole tokens, so amounts are
 * kept as base-10^9 limbs instead of a machine integer. Only the operations money
 * needs are provided: decimal text in and out, addition, subtraction and comparison.
 */
class MinorUnits
{
public:
    MinorUnits() = default;
    explicit MinorUnits(std::uint64_t value);

    /// Parses a string of ASCII digits; returns nullopt for anything else, including "".
    static std::optional<MinorUnits> fromDigits(QStringView digits);

    QString toDigits() const;
    bool isZero() const { return m_limbs.empty(); }

    MinorUnits operator+(const MinorUnits &other) const;
    /// Subtracts other, which must not be larger; returns nullopt when it is.
    std::optional<MinorUnits> minus(const MinorUnits &other) const;

    friend std::strong_ordering operator<=>(const MinorUnits &a, const MinorUnits &b);
    friend bool operator==(const MinorUnits &a, const MinorUnits &b) = default;

private:
    void trim();

    std::vector<std::uint32_t> m_limbs; ///< Least significant first, each below 10^9; empty for zero.
};

} // namespace mesi
