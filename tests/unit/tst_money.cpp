#include "core/money.h"

#include <QTest>

using namespace mesi;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAndFormat_data();
    void parseAndFormat();
    void rejectedForms_data();
    void rejectedForms();
    void errorNamesValueAndLimit();
    void displayString_data();
    void displayString();
    void addition_data();
    void addition();
    void subtraction();
    void subtractionBelowZeroFails();
    void mixedAssetsFail();
    void comparison_data();
    void comparison();
    void beyondSixtyFourBits();
    void unknownAsset();
};

void TestMoney::parseAndFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QString>("minorUnits");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("usd whole") << "120" << "USD" << "12000" << "120.00";
    QTest::newRow("usd cents") << "120.05" << "USD" << "12005" << "120.05";
    QTest::newRow("usd one decimal") << "0.5" << "USD" << "50" << "0.50";
    QTest::newRow("usd zero") << "0" << "USD" << "0" << "0.00";
    QTest::newRow("usd leading zeros") << "007.10" << "USD" << "710" << "7.10";
    QTest::newRow("eur") << "99.99" << "EUR" << "9999" << "99.99";
    QTest::newRow("usdc smallest") << "0.000001" << "USDC" << "1" << "0.000001";
    QTest::newRow("usdc") << "15.25" << "USDC" << "15250000" << "15.250000";
    QTest::newRow("mesi 18 decimals")
        << "1234.567890123456789012" << "MESI" << "1234567890123456789012"
        << "1234.567890123456789012";
    QTest::newRow("mesi smallest") << "0.000000000000000001" << "MESI" << "1"
                                   << "0.000000000000000001";
    QTest::newRow("mesi whole") << "5" << "MESI" << "5000000000000000000"
                                << "5.000000000000000000";
}

void TestMoney::parseAndFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, asset);
    QFETCH(QString, minorUnits);
    QFETCH(QString, canonical);

    const Result<Money> money = Money::parse(text, asset);
    QVERIFY2(money.ok(), qPrintable(money.ok() ? QString() : money.error().message));
    QCOMPARE(money->minorUnits().toDigits(), minorUnits);
    QCOMPARE(money->toDecimalString(), canonical);
    QCOMPARE(money->asset().code(), asset);

    const Result<Money> again = Money::parse(money->toDecimalString(), asset);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), money.value());
}

void TestMoney::rejectedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("asset");

    QTest::newRow("empty") << "" << "USD";
    QTest::newRow("too many decimals usd") << "1.001" << "USD";
    QTest::newRow("too many decimals usdc") << "0.0000001" << "USDC";
    QTest::newRow("too many decimals mesi") << "1.0000000000000000001" << "MESI";
    QTest::newRow("minus sign") << "-5.00" << "USD";
    QTest::newRow("plus sign") << "+5.00" << "USD";
    QTest::newRow("exponent") << "1e3" << "USD";
    QTest::newRow("capital exponent") << "1E3" << "USD";
    QTest::newRow("leading space") << " 5" << "USD";
    QTest::newRow("trailing space") << "5 " << "USD";
    QTest::newRow("comma decimal") << "5,00" << "EUR";
    QTest::newRow("grouping") << "1,000.00" << "USD";
    QTest::newRow("trailing dot") << "5." << "USD";
    QTest::newRow("leading dot") << ".5" << "USD";
    QTest::newRow("two dots") << "1.2.3" << "USD";
    QTest::newRow("letters") << "ten" << "USD";
    QTest::newRow("hex") << "0x10" << "USD";
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\xd9\xa1\xd9\xa2") << "USD";
    QTest::newRow("infinity") << "inf" << "USD";
    QTest::newRow("nan") << "NaN" << "USD";
    QTest::newRow("41 integer digits") << QString(41, QLatin1Char('9')) << "USD";
}

void TestMoney::rejectedForms()
{
    QFETCH(QString, text);
    QFETCH(QString, asset);

    const Result<Money> money = Money::parse(text, asset);
    QVERIFY(!money.ok());
    QCOMPARE(money.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(money.error().field, QStringLiteral("amount"));
    QVERIFY2(money.error().message.contains(QLatin1Char('\'') + text + QLatin1Char('\'')),
             qPrintable(money.error().message));
}

void TestMoney::errorNamesValueAndLimit()
{
    const Result<Money> money = Money::parse(QStringLiteral("1.001"), QStringLiteral("USD"));
    QVERIFY(!money.ok());
    QVERIFY(money.error().message.contains(QStringLiteral("'1.001'")));
    QVERIFY(money.error().message.contains(QStringLiteral("USD allows at most 2 decimals")));
}

void TestMoney::displayString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QString>("display");

    QTest::newRow("usd") << "120" << "USD" << "120.00 USD";
    QTest::newRow("usdc trims") << "15.25" << "USDC" << "15.25 USDC";
    QTest::newRow("usdc keeps precision") << "0.000001" << "USDC" << "0.000001 USDC";
    QTest::newRow("mesi trims zeros") << "5" << "MESI" << "5.00 MESI";
    QTest::newRow("mesi full") << "1234.567890123456789012" << "MESI"
                               << "1234.567890123456789012 MESI";
}

void TestMoney::displayString()
{
    QFETCH(QString, text);
    QFETCH(QString, asset);
    QFETCH(QString, display);

    const Result<Money> money = Money::parse(text, asset);
    QVERIFY(money.ok());
    QCOMPARE(money->toDisplayString(), display);
}

void TestMoney::addition_data()
{
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("sum");

    QTest::newRow("usd carry") << "USD" << "0.99" << "0.01" << "1.00";
    QTest::newRow("eur") << "EUR" << "10.50" << "20.75" << "31.25";
    QTest::newRow("usdc") << "USDC" << "0.000001" << "999999.999999" << "1000000.000000";
    QTest::newRow("mesi limb carry")
        << "MESI" << "0.999999999999999999" << "0.000000000000000001" << "1.000000000000000000";
    QTest::newRow("mesi large")
        << "MESI" << "1234.567890123456789012" << "8765.432109876543210988"
        << "10000.000000000000000000";
    QTest::newRow("zero") << "USD" << "0" << "5.00" << "5.00";
}

void TestMoney::addition()
{
    QFETCH(QString, asset);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, sum);

    const Result<Money> left = Money::parse(a, asset);
    const Result<Money> right = Money::parse(b, asset);
    QVERIFY(left.ok());
    QVERIFY(right.ok());

    const Result<Money> total = left->plus(right.value());
    QVERIFY(total.ok());
    QCOMPARE(total->toDecimalString(), sum);

    const Result<Money> reversed = right->plus(left.value());
    QVERIFY(reversed.ok());
    QCOMPARE(reversed.value(), total.value());
}

void TestMoney::subtraction()
{
    const Result<Money> a = Money::parse(QStringLiteral("10000.000000000000000000"), QStringLiteral("MESI"));
    const Result<Money> b = Money::parse(QStringLiteral("1234.567890123456789012"), QStringLiteral("MESI"));
    QVERIFY(a.ok());
    QVERIFY(b.ok());

    const Result<Money> difference = a->minus(b.value());
    QVERIFY(difference.ok());
    QCOMPARE(difference->toDecimalString(), QStringLiteral("8765.432109876543210988"));

    const Result<Money> nothing = a->minus(a.value());
    QVERIFY(nothing.ok());
    QVERIFY(nothing->isZero());
}

void TestMoney::subtractionBelowZeroFails()
{
    const Result<Money> small = Money::parse(QStringLiteral("1.00"), QStringLiteral("USD"));
    const Result<Money> large = Money::parse(QStringLiteral("2.00"), QStringLiteral("USD"));
    QVERIFY(small.ok());
    QVERIFY(large.ok());

    const Result<Money> difference = small->minus(large.value());
    QVERIFY(!difference.ok());
    QVERIFY(difference.error().message.contains(QStringLiteral("negative")));
}

void TestMoney::mixedAssetsFail()
{
    const Result<Money> usd = Money::parse(QStringLiteral("1.00"), QStringLiteral("USD"));
    const Result<Money> eur = Money::parse(QStringLiteral("1.00"), QStringLiteral("EUR"));
    QVERIFY(usd.ok());
    QVERIFY(eur.ok());

    const Result<Money> sum = usd->plus(eur.value());
    QVERIFY(!sum.ok());
    QVERIFY(sum.error().message.contains(QStringLiteral("USD and EUR")));
    QVERIFY(!usd->compare(eur.value()).has_value());
}

void TestMoney::comparison_data()
{
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected"); // -1 less, 0 equal, 1 greater

    QTest::newRow("usd less") << "USD" << "9.99" << "10.00" << -1;
    QTest::newRow("usd equal different text") << "USD" << "10" << "10.00" << 0;
    QTest::newRow("usd greater") << "USD" << "100.00" << "99.99" << 1;
    QTest::newRow("mesi last digit")
        << "MESI" << "1234.567890123456789012" << "1234.567890123456789011" << 1;
    QTest::newRow("mesi length differs") << "MESI" << "9.5" << "10" << -1;
    QTest::newRow("mesi past 2^63")
        << "MESI" << "9223372036854775808.000000000000000000" << "9223372036854775807.9" << 1;
}

void TestMoney::comparison()
{
    QFETCH(QString, asset);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);

    const Result<Money> left = Money::parse(a, asset);
    const Result<Money> right = Money::parse(b, asset);
    QVERIFY(left.ok());
    QVERIFY(right.ok());

    const std::optional<std::strong_ordering> order = left->compare(right.value());
    QVERIFY(order.has_value());
    const int actual = *order < 0 ? -1 : (*order > 0 ? 1 : 0);
    QCOMPARE(actual, expected);
}

void TestMoney::beyondSixtyFourBits()
{
    // 2^63 minor units of MESI is about 9.22 tokens; these values need more than 64 bits.
    const QString maxSigned = QStringLiteral("9223372036854775807");
    const Result<Money> a = Money::parse(QStringLiteral("9.223372036854775807"), QStringLiteral("MESI"));
    QVERIFY(a.ok());
    QCOMPARE(a->minorUnits().toDigits(), maxSigned);

    const Result<Money> one = Money::parse(QStringLiteral("0.000000000000000001"), QStringLiteral("MESI"));
    QVERIFY(one.ok());
    const Result<Money> past = a->plus(one.value());
    QVERIFY(past.ok());
    QCOMPARE(past->minorUnits().toDigits(), QStringLiteral("9223372036854775808"));

    const Result<Money> huge = Money::parse(QStringLiteral("340282366920938463463.374607431768211456"),
                                            QStringLiteral("MESI"));
    QVERIFY(huge.ok());
    const Result<Money> doubled = huge->plus(huge.value());
    QVERIFY(doubled.ok());
    QCOMPARE(doubled->toDecimalString(), QStringLiteral("680564733841876926926.749214863536422912"));
    QCOMPARE(doubled->minus(huge.value())->toDecimalString(), huge->toDecimalString());
}

void TestMoney::unknownAsset()
{
    const Result<Money> money = Money::parse(QStringLiteral("1.00"), QStringLiteral("DOGE"));
    QVERIFY(!money.ok());
    QCOMPARE(money.error().field, QStringLiteral("asset"));
    QVERIFY(money.error().message.contains(QStringLiteral("'DOGE'")));
    QVERIFY(money.error().message.contains(QStringLiteral("USD, EUR, USDC, MESI")));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
