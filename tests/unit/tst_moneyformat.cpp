#include "ui/moneyformat.h"

#include <QTest>

using mesi::Money;
using mesi::ui::formatMoney;

class TestMoneyFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsForLocale_data();
    void formatsForLocale();
    void keepsEveryDigitOfLargeAmounts();
    void omitsGroupSeparatorOption();
};

void TestMoneyFormat::formatsForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *locale, const char *amount, const char *asset,
                        const QString &expected) {
        QTest::newRow(name) << QString::fromLatin1(locale) << QString::fromLatin1(amount)
                            << QString::fromLatin1(asset) << expected;
    };
    row("de 18 decimals", "de_DE", "1234.567890123456789012", "MESI",
        QStringLiteral("1.234,567890123456789012 MESI"));
    row("en 18 decimals", "en_US", "1234.567890123456789012", "MESI",
        QStringLiteral("1,234.567890123456789012 MESI"));
    row("de fiat", "de_DE", "1234567.5", "EUR", QStringLiteral("1.234.567,50 EUR"));
    row("en fiat", "en_US", "120", "USD", QStringLiteral("120.00 USD"));
    row("en three digits", "en_US", "999.99", "USD", QStringLiteral("999.99 USD"));
    row("en four digits", "en_US", "1000", "USD", QStringLiteral("1,000.00 USD"));
    row("de trailing zeros trimmed", "de_DE", "2.500000", "USDC", QStringLiteral("2,50 USDC"));
    row("es", "es_ES", "98765.4321", "USDC", QStringLiteral("98.765,4321 USDC"));
    row("pt_BR", "pt_BR", "0.05", "USD", QStringLiteral("0,05 USD"));
    // French groups with a narrow no-break space (U+202F) in the CLDR data of Qt 6.4.
    row("fr", "fr_FR", "12345.6", "EUR", QStringLiteral("12\u202F345,60 EUR"));
    row("zero", "de_DE", "0", "MESI", QStringLiteral("0,00 MESI"));
}

void TestMoneyFormat::formatsForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, amount);
    QFETCH(QString, asset);
    QFETCH(QString, expected);

    const mesi::Result<Money> money = Money::parse(amount, asset);
    QVERIFY2(money.ok(), qPrintable(amount));
    QCOMPARE(formatMoney(money.value(), QLocale(locale)), expected);
}

void TestMoneyFormat::keepsEveryDigitOfLargeAmounts()
{
    // This amount has 38 significant digits. A double keeps 15 to 17, so any detour through
    // double would change the last digits.
    const mesi::Result<Money> money =
        Money::parse(QStringLiteral("98765432109876543210.123456789012345678"), QStringLiteral("MESI"));
    QVERIFY(money.ok());
    QCOMPARE(formatMoney(money.value(), QLocale(QStringLiteral("de_DE"))),
             QStringLiteral("98.765.432.109.876.543.210,123456789012345678 MESI"));
}

void TestMoneyFormat::omitsGroupSeparatorOption()
{
    QLocale locale(QStringLiteral("de_DE"));
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const mesi::Result<Money> money = Money::parse(QStringLiteral("1234.5"), QStringLiteral("EUR"));
    QVERIFY(money.ok());
    QCOMPARE(formatMoney(money.value(), locale), QStringLiteral("1234,50 EUR"));
}

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "tst_moneyformat.moc"
