#pragma once

#include "asset.h"
#include "minorunits.h"
#include "result.h"

#include <compare>
#include <optional>

namespace mesi {

/**
 * An exact, non-negative amount of one asset, held as a count of the asset's minor units.
 *
 * Floating point never touches a Money value: parsing, arithmetic and formatting work on
 * the digits, so 1234.567890123456789012 MESI survives every round trip unchanged.
 */
class Money
{
public:
    Money() = default;
    Money(Asset asset, MinorUnits units) : m_asset(std::move(asset)), m_units(std::move(units)) {}

    /**
     * Parses a plain decimal such as "120.00" or "0.5" for the given asset.
     *
     * Accepts ASCII digits with an optional '.' followed by 1 to asset.decimals() digits.
     * Rejects empty text, signs, exponents, separators, spaces and excess decimals.
     */
    static Result<Money> parse(const QString &text, const Asset &asset);
    /// Parses text, then looks the asset up by its code.
    static Result<Money> parse(const QString &text, const QString &assetCode);

    const Asset &asset() const { return m_asset; }
    const MinorUnits &minorUnits() const { return m_units; }
    bool isZero() const { return m_units.isZero(); }

    /// Formats with all of the asset's decimals and no grouping: "120.00", the wire form.
    QString toDecimalString() const;
    /// Formats for people: fiat with 2 decimals, tokens without trailing zeros past 2, then the code.
    QString toDisplayString() const;

    /// Adds an amount of the same asset; a different asset is an error.
    Result<Money> plus(const Money &other) const;
    /// Subtracts an amount of the same asset that is not larger than this one.
    Result<Money> minus(const Money &other) const;
    /// Orders two amounts of the same asset; nullopt when the assets differ.
    std::optional<std::strong_ordering> compare(const Money &other) const;

    friend bool operator==(const Money &a, const Money &b) = default;

private:
    Result<void> checkSameAsset(const Money &other, const char *operation) const;

    Asset m_asset;
    MinorUnits m_units;
};

} // namespace mesi
