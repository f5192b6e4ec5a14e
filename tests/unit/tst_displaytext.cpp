#include "core/displaytext.h"

#include <QTest>

using namespace mesi;

namespace {

QString withMarks(const QString &base, int count)
{
    QString text = base;
    for (int i = 0; i < count; ++i)
        text += QChar(0x0300 + i % 0x30); // COMBINING GRAVE ACCENT and the marks after it
    return text;
}

} // namespace

class TestDisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayText_data();
    void displayText();
    void namesOnOneLine();
    void isolatedNameWraps();
    void isolatedNameKeepsSentenceOrder();
    void zalgoCapped();
};

void TestDisplayText::displayText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("Ana") << QStringLiteral("Ana");
    QTest::newRow("right-to-left override")
        << QStringLiteral("\u202Eevil\u202C") << QStringLiteral("evil");
    QTest::newRow("override hides a file type")
        << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoicefdp.exe");
    QTest::newRow("isolates and marks")
        << QStringLiteral("a\u2066b\u2067c\u2068d\u2069e\u200Ef\u200Fg\u061Ch")
        << QStringLiteral("abcdefgh");
    QTest::newRow("embeddings") << QStringLiteral("\u202A1\u202B2\u202D3\u202C")
                                << QStringLiteral("123");
    QTest::newRow("arabic kept") << QStringLiteral("\u0633\u0627\u0631\u0629")
                                 << QStringLiteral("\u0633\u0627\u0631\u0629");
    QTest::newRow("hebrew kept") << QStringLiteral("\u05D3\u05E0\u05D4 \u05DB\u05D4\u05DF")
                                 << QStringLiteral("\u05D3\u05E0\u05D4 \u05DB\u05D4\u05DF");
    QTest::newRow("vocalised arabic kept")
        << QStringLiteral("\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F")
        << QStringLiteral("\u0645\u064F\u062D\u064E\u0645\u0651\u064E\u062F");
    QTest::newRow("vietnamese kept") << QStringLiteral("Nguy\u1EC5n") << QStringLiteral("Nguy\u1EC5n");
    QTest::newRow("emoji with joiner kept")
        << QStringLiteral("\U0001F469\u200D\U0001F4BB") << QStringLiteral("\U0001F469\u200D\U0001F4BB");
    QTest::newRow("newline and tab kept") << QStringLiteral("line 1\n\tline 2")
                                          << QStringLiteral("line 1\n\tline 2");
    QTest::newRow("other controls removed") << QStringLiteral("a\u0000b\u0007c\u001Bd\u0085e")
                                            << QStringLiteral("abcde");
    QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) + QStringLiteral("x")
                                         << QStringLiteral("\uFFFDx");
    QTest::newRow("lone low surrogate") << QStringLiteral("x") + QString(QChar(0xDC00))
                                        << QStringLiteral("x\uFFFD");
    QTest::newRow("four marks kept") << withMarks(QStringLiteral("e"), 4)
                                     << withMarks(QStringLiteral("e"), 4);
    QTest::newRow("fifth mark removed") << withMarks(QStringLiteral("e"), 5)
                                        << withMarks(QStringLiteral("e"), 4);
}

void TestDisplayText::displayText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QCOMPARE(mesi::displayText(input), expected);
}

void TestDisplayText::namesOnOneLine()
{
    QCOMPARE(displayName(QStringLiteral("  Ana\nMaría\t\u202E ")), QStringLiteral("Ana María"));
}

void TestDisplayText::isolatedNameWraps()
{
    const QString isolated = isolatedName(QStringLiteral("\u202Eevil\u202C"));

    QCOMPARE(isolated, QStringLiteral("\u2068evil\u2069"));
}

void TestDisplayText::isolatedNameKeepsSentenceOrder()
{
    // A name that tries to close the isolate early loses its PDI, so the sentence's own
    // PDI is the only one and everything after it keeps the sentence's direction.
    const QString name = QStringLiteral("\u05D3\u05E0\u05D4\u2069\u202E 99");
    const QString sentence = QStringLiteral("Meeting with %1 at 18:00").arg(isolatedName(name));

    QCOMPARE(sentence.count(QChar(0x2068)), qsizetype(1));
    QCOMPARE(sentence.count(QChar(0x2069)), qsizetype(1));
    QVERIFY(!sentence.contains(QChar(0x202E)));
    QVERIFY(sentence.endsWith(QStringLiteral("\u2069 at 18:00")));
}

void TestDisplayText::zalgoCapped()
{
    QString zalgo;
    for (const QChar base : QStringLiteral("Zalgo"))
        zalgo += withMarks(QString(base), 40);

    const QString shown = mesi::displayText(zalgo);

    QCOMPARE(shown.size(), qsizetype(5 * (1 + MaxCombiningMarks)));
    QCOMPARE(shown, withMarks(QStringLiteral("Z"), 4) + withMarks(QStringLiteral("a"), 4)
                        + withMarks(QStringLiteral("l"), 4) + withMarks(QStringLiteral("g"), 4)
                        + withMarks(QStringLiteral("o"), 4));
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
