// mesi-bench: measures start-up, first sync, live events and memory of the console's client
// layer against mesi-sandbox holding a large synthetic account. See docs/benchmarks.md.

#include "accountfill.h"
#include "benchrun.h"
#include "calendarpaint.h"
#include "firstrows.h"
#include "report.h"

#include "core/signalquit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

/// Parses a whole number of at least minimum, or prints why not and returns nullopt.
std::optional<int> parseCount(const QCommandLineParser &parser, const QCommandLineOption &option,
                              int minimum)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum) {
        std::fprintf(stderr, "mesi-bench: invalid --%s value '%s': expected a whole number, %d "
                             "or more\n",
                     qPrintable(option.names().constFirst()), qPrintable(parser.value(option)),
                     minimum);
        return std::nullopt;
    }
    return value;
}

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

int reportFill(const mesi::Result<void> &result)
{
    if (result)
        return 0;
    std::fprintf(stderr, "mesi-bench: filling the sandbox failed: %s\n",
                 qPrintable(result.error().message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();

    // Widgets need a platform; offscreen needs no display and still paints into real images.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mesi"));
    QCoreApplication::setApplicationName(QStringLiteral("mesi-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESI_VERSION));
    // Info lines would be printed while the clocks run; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("mesi.*.info=false\nmesi.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the Mesi Creator Console client against mesi-sandbox with a large synthetic "
        "account, prints one line per figure with its target, then a summary. Takes a few "
        "minutes at the default sizes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption bidsOption(QStringLiteral("bids"),
                                        QStringLiteral("Bids in the account."),
                                        QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption messagesOption(
        QStringLiteral("messages"), QStringLiteral("Chat messages on the accepted bids."),
        QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption eventsOption(
        QStringLiteral("events"), QStringLiteral("bid.created events in the live burst."),
        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Start-up runs; the median is reported."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), QStringLiteral("The mesi-sandbox program to start."),
        QStringLiteral("PATH"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("mesi-sandbox")));
    const QCommandLineOption calendarOption(
        QStringLiteral("calendar-paint"),
        QStringLiteral("Only measure paging the calendar with N meetings, without a sandbox."),
        QStringLiteral("N"));
    // Modes in which the benchmark starts itself as a child process.
    const QCommandLineOption firstRowsOption(hidden(QCommandLineOption(
        QStringLiteral("first-rows"), QStringLiteral("Measure start-up on this cache file."),
        QStringLiteral("CACHE"))));
    const QCommandLineOption fillOption(hidden(QCommandLineOption(
        QStringLiteral("fill-account"), QStringLiteral("Write the account into this sandbox data folder."),
        QStringLiteral("DIR"))));
    const QCommandLineOption burstOption(hidden(QCommandLineOption(
        QStringLiteral("add-bids"), QStringLiteral("Add --events pending bids to this sandbox data folder."),
        QStringLiteral("DIR"))));
    parser.addOptions({bidsOption, messagesOption, eventsOption, runsOption, sandboxOption,
                       calendarOption, firstRowsOption, fillOption, burstOption});
    parser.process(application);

    if (parser.isSet(firstRowsOption))
        return mesi::bench::runFirstRows(parser.value(firstRowsOption), sinceMain);
    if (parser.isSet(calendarOption)) {
        const std::optional<int> meetings = parseCount(parser, calendarOption, 1);
        if (!meetings)
            return 2;
        std::printf("machine: %s\n\n", qPrintable(mesi::bench::machineDescription()));
        mesi::bench::Report report;
        mesi::bench::addCalendarPaintFigures(report, *meetings);
        return 0;
    }

    const std::optional<int> bids = parseCount(parser, bidsOption, 1);
    const std::optional<int> messages = parseCount(parser, messagesOption, 0);
    const std::optional<int> events = parseCount(parser, eventsOption, 1);
    const std::optional<int> runs = parseCount(parser, runsOption, 1);
    if (!bids || !messages || !events || !runs)
        return 2;

    if (parser.isSet(fillOption))
        return reportFill(mesi::bench::fillAccount(parser.value(fillOption), {*bids, *messages}));
    if (parser.isSet(burstOption))
        return reportFill(mesi::bench::addBidBurst(parser.value(burstOption), *events));

    if (mesi::Result<void> handled = mesi::quitOnTerminationSignals(application); !handled) {
        std::fprintf(stderr, "mesi-bench: %s\n", qPrintable(handled.error().message));
        return 1;
    }

    mesi::bench::BenchOptions options;
    options.account = {*bids, *messages};
    options.burstEvents = *events;
    options.firstRowsRuns = *runs;
    options.benchProgram = QCoreApplication::applicationFilePath();
    options.sandboxProgram = parser.value(sandboxOption);

    // The run happens inside exec(), because SIGINT and SIGTERM quit only a running event
    // loop. The benchmark then stops at its next wait and cleans up.
    int exitCode = 1;
    QTimer::singleShot(0, &application, [&] {
        exitCode = mesi::bench::runBenchmark(options);
        QCoreApplication::quit();
    });
    QApplication::exec();
    return exitCode;
}
