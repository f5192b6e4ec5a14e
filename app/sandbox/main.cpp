// mesi-sandbox: parses the command line, starts a SandboxServer and runs until a signal.

#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"
#include "core/signalquit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

using mesi::Result;

namespace {

/// Prints one line to stderr and returns the exit code, so callers can `return fail(...)`.
int fail(const QString &message, int exitCode)
{
    std::fprintf(stderr, "mesi-sandbox: %s\n", qPrintable(message));
    return exitCode;
}

// Exit codes: 2 for an invalid command line, 1 for a failure to start.
constexpr int ExitUsage = 2;
constexpr int ExitStartFailed = 1;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mesi"));
    QCoreApplication::setApplicationName(QStringLiteral("mesi-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs a local implementation of the Mesi API on loopback, with its data in "
                       "SQLite. The first line on stdout is 'mesi-sandbox listening on URL'."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on; the host must be 127.x.x.x, ::1 or "
                       "localhost, and port 0 picks a free port."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8787"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QStringLiteral("Folder of sandbox.sqlite, created if missing."), QStringLiteral("DIR"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/sandbox"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("Seed data to write when the data folder has no creators yet; only "
                       "'demo' exists."),
        QStringLiteral("NAME"));
    const QCommandLineOption demoFanOption(
        QStringLiteral("demo-fan-interval"),
        QStringLiteral("With --seed demo, seconds between bids of the demo fan; 0 turns it off."),
        QStringLiteral("SECONDS"), QStringLiteral("8"));
    const QCommandLineOption retentionOption(
        QStringLiteral("event-retention"),
        QStringLiteral("Keeps only the newest COUNT events per creator, so clients that resume "
                       "from an older position get 'resync'; 0 keeps every event."),
        QStringLiteral("COUNT"), QStringLiteral("0"));
    const QCommandLineOption tokenLifetimeOption(
        QStringLiteral("token-lifetime"),
        QStringLiteral("Seconds a creator's access token stays valid before the console must "
                       "refresh it, from 1 to 86400."),
        QStringLiteral("SECONDS"), QStringLiteral("900"));
    parser.addOptions({listenOption, dataOption, seedOption, demoFanOption, retentionOption,
                       tokenLifetimeOption});
    parser.process(application);

    Result<mesi::sandbox::ListenAddress> listen = mesi::sandbox::parseListenAddress(
        parser.value(listenOption));
    if (!listen)
        return fail(listen.error().message, ExitUsage);

    const QString seed = parser.value(seedOption);
    if (parser.isSet(seedOption) && seed != QLatin1String("demo")) {
        return fail(QStringLiteral("invalid --seed value '%1': the only seed is 'demo'").arg(seed),
                    ExitUsage);
    }

    Result<int> interval = mesi::sandbox::parseDemoFanInterval(parser.value(demoFanOption));
    if (!interval)
        return fail(interval.error().message, ExitUsage);

    Result<int> retention = mesi::sandbox::parseEventRetention(parser.value(retentionOption));
    if (!retention)
        return fail(retention.error().message, ExitUsage);

    Result<int> tokenLifetime = mesi::sandbox::parseTokenLifetime(parser.value(tokenLifetimeOption));
    if (!tokenLifetime)
        return fail(tokenLifetime.error().message, ExitUsage);

    if (Result<void> handled = mesi::quitOnTerminationSignals(application); !handled)
        return fail(handled.error().message, ExitStartFailed);

    mesi::sandbox::SandboxOptions options;
    options.host = listen->host;
    options.port = listen->port;
    options.dataDir = parser.value(dataOption);
    options.seedDemo = parser.isSet(seedOption);
    options.demoFanIntervalSeconds = interval.value();
    options.eventRetention = retention.value();
    options.tokenLifetimeSeconds = tokenLifetime.value();

    mesi::sandbox::SandboxServer server;
    if (Result<void> started = server.start(options); !started)
        return fail(started.error().message, ExitStartFailed);

    // The console and the tests wait for exactly this line, so it is written and flushed first.
    std::printf("mesi-sandbox listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);

    return application.exec();
}
