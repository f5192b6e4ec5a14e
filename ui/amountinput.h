#pragma once

#include "core/money.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace mesi::ui {

/**
 * Amounts that the creator types into a line edit, in the locale's form without group
 * separators, such as "12.50" in English and "12,50" in German.
 */
class AmountInput
{
    Q_DECLARE_TR_FUNCTIONS(mesi::ui::AmountInput)

public:
    /**
     * Parses typed text for an asset. Surrounding spaces are ignored, and decimal digits of other
     * scripts, such as Arabic-Indic, are read as ASCII digits. Group separators are rejected,
     * because "1.000" is one in English and a thousand in German. A zero amount parses, so
     * callers decide whether zero is allowed. The error message is translated and quotes the
     * typed text.
     */
    static Result<Money> parse(const QString &text, const Asset &asset, const QLocale &locale);
    /// Formats an amount so that parse() reads it back unchanged.
    static QString toText(const Money &money, const QLocale &locale);
    /// An example amount of the asset in the locale's form, for placeholders and messages.
    static QString example(const Asset &asset, const QLocale &locale);
};

} // namespace mesi::ui
