#include "moneyformat.h"

namespace mesi::ui {

namespace {

constexpr int GroupSize = 3;
constexpr qsizetype MinimumDecimals = 2;

/// Replaces ASCII digits with the locale's digits, which differ for example in Arabic locales.
QString localDigits(QStringView digits, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == QLatin1String("0"))
        return digits.toString();

    QString text;
    for (QChar digit : digits) {
        // zeroDigit() may be a surrogate pair, so offset its last code unit.
        QString local = zero;
        local.back() = QChar(local.back().unicode() + (digit.unicode() - u'0'));
        text += local;
    }
    return text;
}

} // namespace

QString formatMoney(const Money &money, const QLocale &locale)
{
    const QString decimal = money.toDecimalString();
    const qsizetype dot = decimal.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? QStringView(decimal) : QStringView(decimal).left(dot);
    QStringView fraction = dot < 0 ? QStringView() : QStringView(decimal).mid(dot + 1);
    while (fraction.size() > MinimumDecimals && fraction.endsWith(u'0'))
        fraction.chop(1);

    // NOTE: every group has three digits; QLocale does not expose the 3-2-2 grouping of
    // Indian locales, so those show Western grouping.
    // The C locale (LC_ALL=C) stands for machine-readable text, and QLocale::c() omits groups too.
    const bool grouped = !(locale.numberOptions() & QLocale::OmitGroupSeparator)
                         && locale.language() != QLocale::C;
    QString text;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const qsizetype remaining = whole.size() - i;
        if (grouped && i > 0 && remaining % GroupSize == 0)
            text += locale.groupSeparator();
        text += localDigits(whole.mid(i, 1), locale);
    }
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + localDigits(fraction, locale);

    return text + QLatin1Char(' ') + money.asset().code();
}

} // namespace mesi::ui
