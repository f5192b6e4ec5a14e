#pragma once

#include <QString>
#include <QStringList>

namespace mesi::desktop {

/// Action and options of one mesi-console run, parsed from its command line.
struct ConsoleOptions
{
    bool sandbox = false;        ///< Start a demo sandbox and sign in to it.
    QString apiUrl;              ///< Prefills the sign-in dialog.
    QString handle;              ///< Prefills the sign-in dialog.
    QString profile;             ///< Validated profile name; the default profile when not given.
    int demoFanIntervalSeconds = 8;
};

/// Result of parsing mesi-console's command line.
struct CommandLine
{
    enum class Action {
        Run,         ///< Start the console with options.
        ShowHelp,    ///< Print helpText on stdout and exit 0.
        ShowVersion, ///< Print versionText on stdout and exit 0.
        UsageError,  ///< Print error (and helpText when printHelp) on stderr and exit 2.
    };

    Action action = Action::Run;
    ConsoleOptions options;
    QString error;
    bool printHelp = false;
    QString helpText;
    QString versionText;
};

/// Exit status of mesi-console for an invalid command line.
constexpr int ExitUsage = 2;

/**
 * Parses arguments (program name first) without needing an application object, so
 * --help, --version and usage errors work on a machine without a display.
 *
 * Qt's own GUI options such as -platform are not accepted here; the QT_QPA_PLATFORM,
 * QT_STYLE_OVERRIDE and QT_SCALE_FACTOR environment variables set the same things.
 */
CommandLine parseCommandLine(const QStringList &arguments);

} // namespace mesi::desktop
