#include "desktop/commandline.h"
#include "desktop/profile.h"

#include <QTest>

using mesi::desktop::CommandLine;
using mesi::desktop::parseCommandLine;

/// mesi-console's command line, parsed without any application object.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noOptionsRunsDefaultProfile();
    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void validOptionsAreKept();
    void helpListsEveryOption();
};

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result{QStringLiteral("mesi-console")};
    for (const char *arg : list)
        result.append(QString::fromUtf8(arg));
    return result;
}

} // namespace

void TestCommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("mesi-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1.2.3"));
}

void TestCommandLine::noOptionsRunsDefaultProfile()
{
    const CommandLine commandLine = parseCommandLine(args({}));
    QCOMPARE(commandLine.action, CommandLine::Action::Run);
    QCOMPARE(commandLine.options.profile, mesi::desktop::defaultProfileName());
    QCOMPARE(commandLine.options.sandbox, false);
    QCOMPARE(commandLine.options.demoFanIntervalSeconds, 8);
}

void TestCommandLine::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Action>("action");

    QTest::newRow("--help") << args({"--help"}) << CommandLine::Action::ShowHelp;
    QTest::newRow("-h") << args({"-h"}) << CommandLine::Action::ShowHelp;
    QTest::newRow("--version") << args({"--version"}) << CommandLine::Action::ShowVersion;
    QTest::newRow("-v") << args({"-v"}) << CommandLine::Action::ShowVersion;
    QTest::newRow("help wins over other options") << args({"--sandbox", "--help"})
                                                  << CommandLine::Action::ShowHelp;
}

void TestCommandLine::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Action, action);

    const CommandLine commandLine = parseCommandLine(arguments);
    QCOMPARE(commandLine.action, action);
    QCOMPARE(commandLine.versionText, QStringLiteral("mesi-console 1.2.3\n"));
    QVERIFY(commandLine.helpText.contains(QStringLiteral("--profile <name>")));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<bool>("printHelp");

    QTest::newRow("unknown option") << args({"--no-such-option"}) << QStringLiteral("no-such-option") << true;
    QTest::newRow("Qt GUI option") << args({"-platform", "offscreen"}) << QStringLiteral("Unknown option") << true;
    QTest::newRow("missing profile value") << args({"--profile"}) << QStringLiteral("--profile") << true;
    QTest::newRow("positional argument") << args({"extra"}) << QStringLiteral("'extra'") << true;
    QTest::newRow("profile with space") << args({"--profile", "my work"}) << QStringLiteral("'my work'") << false;
    QTest::newRow("profile with slash") << args({"--profile", "../etc"}) << QStringLiteral("'../etc'") << false;
    QTest::newRow("empty profile") << args({"--profile", ""}) << QStringLiteral("empty") << false;
    QTest::newRow("sandbox and api-url") << args({"--sandbox", "--api-url", "https://api.mesi.example"})
                                         << QStringLiteral("not both") << false;
    QTest::newRow("negative interval") << args({"--demo-fan-interval", "-1"}) << QStringLiteral("'-1'") << false;
    QTest::newRow("text interval") << args({"--demo-fan-interval", "soon"}) << QStringLiteral("'soon'") << false;
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    QFETCH(bool, printHelp);

    const CommandLine commandLine = parseCommandLine(arguments);
    QCOMPARE(commandLine.action, CommandLine::Action::UsageError);
    QVERIFY2(commandLine.error.contains(errorPart), qPrintable(commandLine.error));
    QCOMPARE(commandLine.printHelp, printHelp);
    QCOMPARE(mesi::desktop::ExitUsage, 2);
}

void TestCommandLine::validOptionsAreKept()
{
    const CommandLine commandLine = parseCommandLine(
        args({"--profile", "Work_2-b", "--api-url", "https://api.mesi.example", "--handle", "lena"}));
    QCOMPARE(commandLine.action, CommandLine::Action::Run);
    QCOMPARE(commandLine.options.profile, QStringLiteral("Work_2-b"));
    QCOMPARE(commandLine.options.apiUrl, QStringLiteral("https://api.mesi.example"));
    QCOMPARE(commandLine.options.handle, QStringLiteral("lena"));

    const CommandLine sandbox = parseCommandLine(args({"--sandbox", "--demo-fan-interval", "0"}));
    QCOMPARE(sandbox.action, CommandLine::Action::Run);
    QVERIFY(sandbox.options.sandbox);
    QCOMPARE(sandbox.options.demoFanIntervalSeconds, 0);
}

void TestCommandLine::helpListsEveryOption()
{
    const QString help = parseCommandLine(args({"--help"})).helpText;
    for (const char *option : {"--help", "--version", "--sandbox", "--api-url <url>",
                               "--handle <handle>", "--profile <name>", "--demo-fan-interval"})
        QVERIFY2(help.contains(QLatin1String(option)), option);
    // Qt's GUI options are not accepted, so the help must not offer them.
    QVERIFY(!help.contains(QStringLiteral("--help-all")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
