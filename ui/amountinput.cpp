#include "amountinput.h"

#include "moneyformat.h"

namespace mesi::ui {

namespace {

/// Typed text quoted in an error is cut to this length, so a pasted paragraph stays readable.
constexpr qsizetype MaxQuotedLength = 40;

Error invalidAmount(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message, QStringLiteral("amount"));
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

Result<Money> AmountInput::parse(const QString &text, const Asset &asset, const QLocale &locale)
{
    const QString typed = text.trimmed();
    const QString quoted = typed.left(MaxQuotedLength);
    const QString point = locale.decimalPoint();

    QString plain = typed;
    if (point != QLatin1String(".")) {
        if (typed.contains(QLatin1Char('.'))) {
            return invalidAmount(tr("'%1' contains '.', which is not the decimal point here. Type "
                                    "'%2' before the decimals and no group separators, such as %3.")
                                     .arg(quoted, point, example(asset, locale)));
        }
        plain.replace(point, QStringLiteral("."));
    }
    // Read the digits of any script, such as Arabic-Indic, as ASCII digits.
    for (QChar &c : plain) {
        if (c.isDigit())
            c = QChar(u'0' + c.digitValue());
    }

    const qsizetype dot = plain.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? QStringView(plain) : QStringView(plain).left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : QStringView(plain).mid(dot + 1);
    if (whole.isEmpty() || !isAsciiDigits(whole)
        || (dot >= 0 && (fraction.isEmpty() || !isAsciiDigits(fraction)))) {
        return invalidAmount(tr("'%1' is not a plain amount. Type digits with '%2' before the "
                                "decimals, such as %3, and no signs, spaces or group separators.")
                                 .arg(quoted, point, example(asset, locale)));
    }
    if (fraction.size() > asset.decimals()) {
        return invalidAmount(tr("'%1' has more than %Ln decimals, which is the most %2 allows. "
                                "Round it to %Ln decimals.",
                                nullptr, asset.decimals())
                                 .arg(quoted, asset.code()));
    }

    // The checks above explain the usual mistakes. Money::parse() applies the remaining limits.
    Result<Money> money = Money::parse(plain, asset);
    if (!money) {
        return invalidAmount(tr("'%1' is not a valid %2 amount: %3")
                                 .arg(quoted, asset.code(), money.error().message));
    }
    return money;
}

QString AmountInput::toText(const Money &money, const QLocale &locale)
{
    // formatMoney() gives the locale's digits and decimal point. Without groups and the asset
    // code, parse() reads the text back.
    QLocale ungrouped = locale;
    ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    QString text = formatMoney(money, ungrouped);
    text.chop(money.asset().code().size() + 1);
    return text;
}

QString AmountInput::example(const Asset &asset, const QLocale &locale)
{
    const Result<Money> amount = Money::parse(
        asset.decimals() >= 2 ? QStringLiteral("12.50") : QStringLiteral("12"), asset);
    return amount ? toText(amount.value(), locale) : QStringLiteral("12");
}

} // namespace mesi::ui
