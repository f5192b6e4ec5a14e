// mesi-console: parses the command line, opens the profile, keeps one console per profile,
// and hands over to ConsoleStartup.

#include "core/logging.h"
#include "core/signalquit.h"
#include "desktop/commandline.h"
#include "desktop/consolesettings.h"
#include "desktop/logfile.h"
#include "desktop/profile.h"
#include "desktop/singleinstance.h"
#include "ui/appicon.h"
#include "ui/consolestartup.h"
#include "ui/translations.h"
#include "ui/windowactivation.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

using namespace mesi;

namespace {

const char AppId[] = "example.mesi.CreatorConsole";

void printTo(std::FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fflush(stream);
}

/// Translation context of this file's messages, declared with the macro so that lupdate finds it.
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

/// Handles --help, --version and usage errors, which need no window and no display.
int finishWithoutWindow(const desktop::CommandLine &commandLine)
{
    switch (commandLine.action) {
    case desktop::CommandLine::Action::ShowHelp:
        printTo(stdout, commandLine.helpText);
        return 0;
    case desktop::CommandLine::Action::ShowVersion:
        printTo(stdout, commandLine.versionText);
        return 0;
    case desktop::CommandLine::Action::UsageError:
    case desktop::CommandLine::Action::Run:
        break;
    }
    printTo(stderr, QStringLiteral("mesi-console: %1\n").arg(commandLine.error));
    if (commandLine.printHelp)
        printTo(stderr, QStringLiteral("\n%1").arg(commandLine.helpText));
    return desktop::ExitUsage;
}

/// Creates the profile when it is new, saying so on stderr first unless it is the default one.
Result<desktop::ProfilePaths> openProfile(const QString &name)
{
    desktop::ProfilePaths paths = desktop::profilePaths(
        name, QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    if (desktop::profileExists(paths))
        return paths;

    if (name != desktop::defaultProfileName()) {
        printTo(stderr, MainText::tr("mesi-console: profile '%1' does not exist yet; creating it with "
                                    "its settings in %2 and its data in %3\n")
                            .arg(name, paths.settingsFile, paths.dataDir));
    }
    if (Result<void> created = desktop::createProfile(paths); !created)
        return created.error();
    return paths;
}

void followLogFileSetting(bool on, const QString &path)
{
    desktop::applyConsoleLoggingRules(on);
    if (!on) {
        desktop::LogFile::stop();
        return;
    }
    if (Result<void> started = desktop::LogFile::start(path); !started)
        qCWarning(lcApp).noquote() << started.error().message;
    else
        qCInfo(lcApp) << "writing the log to" << path;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Mesi"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mesi.example"));
    QCoreApplication::setApplicationName(QStringLiteral("mesi-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESI_VERSION));

    // Parsed before any application object, because QApplication needs a display and
    // --help, --version and a wrong option must work without one.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const desktop::CommandLine commandLine = desktop::parseCommandLine(arguments);
    if (commandLine.action != desktop::CommandLine::Action::Run) {
        // A QCoreApplication needs no display; it only gives the help text the program's name.
        const QCoreApplication application(argc, argv);
        return finishWithoutWindow(desktop::parseCommandLine(QCoreApplication::arguments()));
    }
    const desktop::ConsoleOptions &options = commandLine.options;

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Mesi Creator Console"));
    QGuiApplication::setDesktopFileName(QLatin1String(AppId));
    QApplication::setWindowIcon(ui::appIcon());

    const Result<desktop::ProfilePaths> profile = openProfile(options.profile);
    if (!profile) {
        printTo(stderr, QStringLiteral("mesi-console: %1\n").arg(profile.error().message));
        return 1;
    }

    desktop::ConsoleSettings settings(profile->settingsFile);
    settings.setLogFilePath(desktop::LogFile::pathFor(profile->dataDir));
    followLogFileSetting(settings.logToFile(), settings.logFilePath());
    QObject::connect(&settings, &desktop::ConsoleSettings::logToFileChanged, &app,
                     [&settings](bool on) { followLogFileSetting(on, settings.logFilePath()); });

    // The system's language unless the settings name one. File > Settings switches it while the console runs.
    ui::Translations translations;
    translations.follow(&settings);

    desktop::SingleInstance instance(options.profile, desktop::SingleInstance::defaultDirectory());
    const Result<desktop::SingleInstance::Role> role = instance.claim();
    if (!role) {
        qCWarning(lcApp).noquote() << role.error().message
                                   << "; a second console for this profile will not be detected";
    } else if (role.value() == desktop::SingleInstance::Role::Secondary) {
        if (Result<void> activated = instance.activatePrimary(); !activated) {
            printTo(stderr, QStringLiteral("mesi-console: %1\n").arg(activated.error().message));
            return 1;
        }
        printTo(stderr, MainText::tr("mesi-console: a console for profile '%1' is already running; "
                                    "its window was brought forward\n")
                            .arg(options.profile));
        return 0;
    }
    QObject::connect(&instance, &desktop::SingleInstance::activationRequested, &app,
                     &ui::bringConsoleToFront);

    // SIGTERM and SIGINT end the event loop, so the demo sandbox child is stopped on the way out.
    if (Result<void> handled = quitOnTerminationSignals(app); !handled)
        qCWarning(lcApp) << "termination signals will not stop the app cleanly:" << handled.error().message;

    ui::StartupOptions startupOptions;
    startupOptions.sandbox = options.sandbox;
    startupOptions.apiUrl = options.apiUrl;
    startupOptions.handle = options.handle;
    startupOptions.demoFanIntervalSeconds = options.demoFanIntervalSeconds;
    startupOptions.sandboxDataDir = QDir(profile->dataDir).filePath(QStringLiteral("demo-sandbox"));
    startupOptions.cacheDir = QDir(profile->dataDir).filePath(QStringLiteral("cache"));
    startupOptions.settings = &settings;
    startupOptions.profileName = profile->name;
    startupOptions.secretsFile = QDir(profile->dataDir).filePath(QStringLiteral("secrets.sealed"));

    ui::ConsoleStartup startup(startupOptions);
    QObject::connect(&startup, &ui::ConsoleStartup::abandoned, &app, &QApplication::exit);
    startup.start();
    return app.exec();
}
