#include "core/logging.h"
#include "core/signalquit.h"
#include "ui/consolestartup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mesi"));
    QApplication::setOrganizationDomain(QStringLiteral("mesi.example"));
    QApplication::setApplicationName(QStringLiteral("mesi-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mesi Creator Console"));
    QApplication::setApplicationVersion(QStringLiteral(MESI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Review, accept and reject Bid-to-Meet bids, and chat with fans."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start a local demo sandbox on a free loopback port and "
                                        "sign in to it as the demo creator."));
    const QCommandLineOption apiOption(
        QStringLiteral("api-url"),
        QApplication::translate("main", "Mesi API address to prefill in the sign-in dialog."),
        QStringLiteral("url"));
    const QCommandLineOption handleOption(
        QStringLiteral("handle"),
        QApplication::translate("main", "Creator handle to prefill in the sign-in dialog."),
        QStringLiteral("handle"));
    const QCommandLineOption demoFanOption(
        QStringLiteral("demo-fan-interval"),
        QApplication::translate("main", "With --sandbox: seconds between simulated fan bids; 0 "
                                        "turns them off (default 8)."),
        QStringLiteral("seconds"), QStringLiteral("8"));
    parser.addOptions({sandboxOption, apiOption, handleOption, demoFanOption});
    parser.process(app);

    auto usageError = [](const QString &message) {
        std::fputs(qPrintable(QStringLiteral("mesi-console: %1\n").arg(message)), stderr);
        return 2;
    };
    bool intervalOk = false;
    const int demoFanInterval = parser.value(demoFanOption).toInt(&intervalOk);
    if (!intervalOk || demoFanInterval < 0) {
        return usageError(QApplication::translate("main", "invalid --demo-fan-interval '%1'; use a "
                                                          "whole number of seconds, 0 or more")
                              .arg(parser.value(demoFanOption)));
    }
    if (parser.isSet(sandboxOption) && parser.isSet(apiOption))
        return usageError(QApplication::translate("main", "use either --sandbox or --api-url, not both"));

    mesi::ui::StartupOptions options;
    options.sandbox = parser.isSet(sandboxOption);
    options.apiUrl = parser.value(apiOption);
    options.handle = parser.value(handleOption);
    options.demoFanIntervalSeconds = demoFanInterval;
    options.sandboxDataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                 .filePath(QStringLiteral("demo-sandbox"));

    // SIGTERM and SIGINT end the event loop, so the demo sandbox child is stopped on the way out.
    if (mesi::Result<void> handled = mesi::quitOnTerminationSignals(app); !handled)
        qCWarning(lcApp) << "termination signals will not stop the app cleanly:" << handled.error().message;

    mesi::ui::ConsoleStartup startup(options);
    QObject::connect(&startup, &mesi::ui::ConsoleStartup::abandoned, &app, &QApplication::exit);
    startup.start();
    return app.exec();
}
