#include "commandline.h"

#include "profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mesi::desktop {

namespace {

/// Translation context of this file's messages, declared with the macro so that lupdate finds it.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(mesi::desktop::CommandLine)
};

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineText::tr("Review, accept and reject Bid-to-Meet bids, and chat with fans."));

    // Our own help option instead of addHelpOption(), which also adds --help-all for Qt's GUI
    // options that this parser does not accept.
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        CommandLineText::tr("Print this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           CommandLineText::tr("Print the version and exit."));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        CommandLineText::tr("Start a local demo sandbox on a free loopback port and sign in to it as the "
                           "demo creator."));
    const QCommandLineOption apiOption(
        QStringLiteral("api-url"),
        CommandLineText::tr("Mesi API address to prefill in the sign-in dialog."), QStringLiteral("url"));
    const QCommandLineOption handleOption(
        QStringLiteral("handle"), CommandLineText::tr("Creator handle to prefill in the sign-in dialog."),
        QStringLiteral("handle"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        CommandLineText::tr("Profile to use, with its own settings, data and window; one console runs per "
                           "profile. Use letters, digits, '-' and '_'. A name not used before creates a "
                           "new profile. Default: '%1'.")
            .arg(defaultProfileName()),
        QStringLiteral("name"), defaultProfileName());
    const QCommandLineOption demoFanOption(
        QStringLiteral("demo-fan-interval"),
        CommandLineText::tr("With --sandbox: seconds between simulated fan bids; 0 turns them off "
                           "(default 8)."),
        QStringLiteral("seconds"), QStringLiteral("8"));
    parser.addOptions({helpOption, versionOption, sandboxOption, apiOption, handleOption,
                       profileOption, demoFanOption});

    CommandLine result;
    result.helpText = parser.helpText();
    result.versionText = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                      QCoreApplication::applicationVersion());

    auto usageError = [&result](const QString &message, bool printHelp) {
        result.action = CommandLine::Action::UsageError;
        result.error = message;
        result.printHelp = printHelp;
        return result;
    };

    if (!parser.parse(arguments))
        return usageError(parser.errorText(), true);
    if (parser.isSet(helpOption)) {
        result.action = CommandLine::Action::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = CommandLine::Action::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(CommandLineText::tr("unexpected argument '%1'; mesi-console takes options only")
                              .arg(parser.positionalArguments().constFirst()),
                          true);
    }

    bool intervalOk = false;
    const int demoFanInterval = parser.value(demoFanOption).toInt(&intervalOk);
    if (!intervalOk || demoFanInterval < 0) {
        return usageError(CommandLineText::tr("invalid --demo-fan-interval '%1'; use a whole number of "
                                             "seconds, 0 or more")
                              .arg(parser.value(demoFanOption)),
                          false);
    }
    if (parser.isSet(sandboxOption) && parser.isSet(apiOption))
        return usageError(CommandLineText::tr("use either --sandbox or --api-url, not both"), false);

    const Result<QString> profile = validateProfileName(parser.value(profileOption));
    if (!profile)
        return usageError(profile.error().message, false);

    result.options.sandbox = parser.isSet(sandboxOption);
    result.options.apiUrl = parser.value(apiOption);
    result.options.handle = parser.value(handleOption);
    result.options.profile = profile.value();
    result.options.demoFanIntervalSeconds = demoFanInterval;
    return result;
}

} // namespace mesi::desktop
