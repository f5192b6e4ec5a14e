#pragma once

#include "core/money.h"

#include <QLocale>
#include <QString>

namespace mesi::ui {

/**
 * Formats an amount for people in locale: the exact digits of Money::toDecimalString() with
 * the locale's digits, group separator and decimal point, then the asset code, such as
 * "1.234,50 USD" in German.
 *
 * Like Money::toDisplayString(), it keeps at least two decimals (all of them for an asset
 * with fewer) and drops trailing zeros past that. No floating-point type is involved, so an
 * 18-decimal amount keeps every digit.
 */
QString formatMoney(const Money &money, const QLocale &locale = QLocale());

} // namespace mesi::ui
