#include "benchrun.h"

#include "calendarpaint.h"
#include "childprocess.h"
#include "firstrows.h"
#include "report.h"

#include "store/localcache.h"
#include "sync/creatorsession.h"
#include "ui/bidinboxmodel.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace mesi::bench {

namespace {

constexpr int FillTimeoutMs = 20 * 60 * 1000;
constexpr int SyncTimeoutMs = 5 * 60 * 1000;
constexpr int LiveTimeoutMs = 30000;
constexpr int FirstRowsTimeoutMs = 60000;
constexpr int BurstTimeoutMs = 10 * 60 * 1000;
constexpr int TickIntervalMs = 5;
/// Meetings in the calendar figures, as many as the target account has.
constexpr int CalendarMeetings = 5000;
// Reconnect backoff base while the sandbox restarts; the product default is 1 s. The time
// spent reconnecting is not part of any figure.
constexpr int ReconnectBaseDelayMs = 200;

double peakResidentMegabytes()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux.
}

double millisecondsBetween(qint64 startNs, qint64 endNs)
{
    return static_cast<double>(endNs - startNs) / 1e6;
}

/**
 * The largest interval between ticks of a 5 ms timer on the main thread, counted while
 * active: from the tick before start() to the first tick after stop().
 */
class TickGapMeter : public QObject
{
public:
    TickGapMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &TickGapMeter::tick);
        m_timer.start(TickIntervalMs);
    }

    void start() { m_active = true; }
    void stop() { m_stopAtNextTick = true; }
    double maxGapMs() const { return static_cast<double>(m_maxGapNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    void tick()
    {
        const qint64 now = monotonicNanoseconds();
        if (m_active && m_lastTickNs > 0) {
            m_maxGapNs = std::max(m_maxGapNs, now - m_lastTickNs);
            ++m_ticks;
            if (m_stopAtNextTick)
                m_active = false;
        }
        m_lastTickNs = now;
    }

    QTimer m_timer;
    qint64 m_lastTickNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_ticks = 0;
    bool m_active = false;
    bool m_stopAtNextTick = false;
};

/// Everything one benchmark run owns. Members are destroyed in reverse order, so the view
/// goes before the session.
struct Run
{
    const BenchOptions &options;
    QString dataDir;
    QString cachePath;
    SandboxChild &sandbox;
    QUrl url;
    std::unique_ptr<sync::CreatorSession> session;
    std::unique_ptr<InboxView> view;
    Report report;
};

Result<void> fillSandbox(const Run &run)
{
    QElapsedTimer clock;
    clock.start();
    Result<QByteArray> filled = runChild(
        run.options.benchProgram,
        {QStringLiteral("--fill-account"), run.dataDir, QStringLiteral("--bids"),
         QString::number(run.options.account.bids), QStringLiteral("--messages"),
         QString::number(run.options.account.messages)},
        FillTimeoutMs);
    if (!filled)
        return filled.error();
    Report::detail(QStringLiteral("filled the sandbox with %1 bids and %2 chat messages in %3 s")
                       .arg(run.options.account.bids)
                       .arg(run.options.account.messages)
                       .arg(static_cast<double>(clock.elapsed()) / 1000.0, 0, 'f', 1));
    return {};
}

Result<void> measureFullSync(Run &run)
{
    Result<std::unique_ptr<store::LocalCache>> cache = store::LocalCache::open(run.cachePath);
    if (!cache)
        return cache.error();
    run.session = std::make_unique<sync::CreatorSession>(run.url, std::move(cache).value());
    run.view = std::make_unique<InboxView>(run.session->bids());
    run.view->resize(1200, 800);
    run.view->show();

    sync::CreatorSession &session = *run.session;
    std::optional<qint64> syncedAtNs;
    std::optional<Error> failure;
    QObject::connect(&session, &sync::CreatorSession::fullSyncFinished, &session,
                     [&](qint64) { syncedAtNs = monotonicNanoseconds(); });
    QObject::connect(&session, &sync::CreatorSession::signInFailed, &session,
                     [&](const Error &error) { failure = error; });

    const qint64 startNs = monotonicNanoseconds();
    session.signIn(QString::fromUtf16(CreatorHandle), QString::fromUtf16(CreatorPassword));
    const bool finished = waitUntil([&] { return syncedAtNs || failure; }, SyncTimeoutMs);
    QObject::disconnect(&session, nullptr, &session, nullptr);
    if (failure)
        return makeError(failure->code, QStringLiteral("sign-in failed: %1").arg(failure->message));
    if (!finished)
        return makeError(ErrorCode::Network,
                         QStringLiteral("the full sync did not finish in %1 s, or the run was "
                                        "interrupted")
                             .arg(SyncTimeoutMs / 1000));

    const double seconds = millisecondsBetween(startNs, *syncedAtNs) / 1000.0;
    run.report.add({QStringLiteral("full first sync"), seconds, QStringLiteral("s"), 5, false});
    Report::detail(QStringLiteral("from signIn() to fullSyncFinished: %1 bids listed in pages "
                                  "of 200 and stored in the cache; position seq %2")
                       .arg(session.bids()->size())
                       .arg(session.syncPosition().value_or(-1)));
    if (session.bids()->size() != run.options.account.bids) {
        return makeError(ErrorCode::Protocol, QStringLiteral("the session lists %1 bids, expected %2")
                                                  .arg(session.bids()->size())
                                                  .arg(run.options.account.bids));
    }

    const bool live = waitUntil(
        [&] { return session.connectionState() == sync::CreatorSession::ConnectionState::Online; },
        LiveTimeoutMs);
    if (!live)
        return makeError(ErrorCode::Network, QStringLiteral("the events socket did not go live"));
    Report::detail(QStringLiteral("peak resident memory after the sync: %1 MiB")
                       .arg(peakResidentMegabytes(), 0, 'f', 1));
    return {};
}

Result<void> measureFirstRows(Run &run)
{
    static const QRegularExpression pattern(QStringLiteral(
        "painted_ns=(\\d+) since_main_ms=([\\d.]+) since_process_start_ms=(-?\\d+) rows=(\\d+)"
        " visible_rows=(\\d+)"));

    QList<double> runsMs;
    for (int index = 1; index <= run.options.firstRowsRuns; ++index) {
        const qint64 startNs = monotonicNanoseconds();
        Result<QByteArray> output = runChild(
            run.options.benchProgram, {QStringLiteral("--first-rows"), run.cachePath},
            FirstRowsTimeoutMs);
        if (!output)
            return output.error();

        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(output.value()));
        if (!match.hasMatch()) {
            return makeError(ErrorCode::Protocol,
                             QStringLiteral("unexpected output of --first-rows: %1")
                                 .arg(QString::fromUtf8(output.value()).trimmed()));
        }
        if (match.captured(4).toLongLong() == 0)
            return makeError(ErrorCode::Protocol, QStringLiteral("the first paint showed no rows"));

        const double spawnMs = millisecondsBetween(startNs, match.captured(1).toLongLong());
        runsMs.append(spawnMs);
        Report::detail(QStringLiteral("run %1: %2 ms from spawn, %3 ms from main(), %4 ms by "
                                      "/proc/self/stat; %5 rows, %6 painted")
                           .arg(index)
                           .arg(spawnMs, 0, 'f', 1)
                           .arg(match.captured(2), match.captured(3), match.captured(4),
                                match.captured(5)));
    }

    std::sort(runsMs.begin(), runsMs.end());
    const double median = runsMs.at(runsMs.size() / 2);
    run.report.add({QStringLiteral("first inbox rows painted"), median, QStringLiteral("ms"), 500,
                    false});
    return {};
}

Result<void> measureEventBurst(Run &run)
{
    sync::CreatorSession &session = *run.session;
    const int expected = run.options.burstEvents;
    const int port = run.url.port();
    session.events()->setReconnectBaseDelay(ReconnectBaseDelayMs);

    // The sandbox replays the stored events after the client's position when the client
    // reconnects, so the burst reaches the live session as real WebSocket messages.
    run.sandbox.stop();
    QElapsedTimer clock;
    clock.start();
    Result<QByteArray> added = runChild(
        run.options.benchProgram,
        {QStringLiteral("--add-bids"), run.dataDir, QStringLiteral("--events"),
         QString::number(expected)},
        FillTimeoutMs);
    if (!added)
        return added.error();
    Report::detail(QStringLiteral("stored %1 new bids in the stopped sandbox in %2 s")
                       .arg(expected)
                       .arg(static_cast<double>(clock.elapsed()) / 1000.0, 0, 'f', 1));

    TickGapMeter meter;
    int applied = 0;
    qint64 firstNs = 0;
    qint64 lastNs = 0;
    const QMetaObject::Connection counting = QObject::connect(
        session.bids(), &sync::BidRepository::bidAdded, session.bids(), [&](const Bid &) {
            const qint64 now = monotonicNanoseconds();
            if (applied == 0) {
                firstNs = now;
                meter.start();
            }
            if (++applied == expected) {
                lastNs = now;
                meter.stop();
            }
        });

    // Same port, so the session's own reconnect finds the sandbox again.
    const qint64 restartNs = monotonicNanoseconds();
    Result<QUrl> restarted = run.sandbox.start(QStringLiteral("127.0.0.1:%1").arg(port));
    if (!restarted) {
        QObject::disconnect(counting);
        return restarted.error();
    }
    const bool done = waitUntil([&] { return applied >= expected && meter.ticks() > 0; },
                                BurstTimeoutMs);
    QObject::disconnect(counting);
    if (!done) {
        return makeError(ErrorCode::Network,
                         QStringLiteral("only %1 of %2 events arrived").arg(applied).arg(expected));
    }

    const double seconds = std::max(millisecondsBetween(firstNs, lastNs), 0.001) / 1000.0;
    const double rate = expected > 1 ? (expected - 1) / seconds : 0;
    run.report.add({QStringLiteral("events applied"), rate, QStringLiteral("events/s"), 5000, true});
    run.report.add({QStringLiteral("largest event-loop gap"), meter.maxGapMs(), QStringLiteral("ms"),
                    50, false});
    Report::detail(QStringLiteral("%1 bid.created events applied in %2 s, first to last; the "
                                  "first arrived %3 s after the sandbox restart; the inbox "
                                  "shows %4 rows")
                       .arg(expected)
                       .arg(seconds, 0, 'f', 2)
                       .arg(millisecondsBetween(restartNs, firstNs) / 1000.0, 0, 'f', 1)
                       .arg(run.view->model()->rowCount()));
    return {};
}

Result<void> runSteps(Run &run)
{
    if (Result<void> filled = fillSandbox(run); !filled)
        return filled;

    Result<QUrl> url = run.sandbox.start(QStringLiteral("127.0.0.1:0"));
    if (!url)
        return url.error();
    run.url = url.value();

    if (Result<void> synced = measureFullSync(run); !synced)
        return synced;
    if (Result<void> firstRows = measureFirstRows(run); !firstRows)
        return firstRows;
    if (Result<void> burst = measureEventBurst(run); !burst)
        return burst;

    run.report.add({QStringLiteral("peak resident memory"), peakResidentMegabytes(),
                    QStringLiteral("MiB"), 200, false});
    Report::detail(QStringLiteral("getrusage(RUSAGE_SELF).ru_maxrss of this process, which ran "
                                  "the session, the models and the view; the sandbox and the "
                                  "start-up runs are other processes"));

    // After the memory figure, so that the calendar's meetings do not count in it.
    addCalendarPaintFigures(run.report, CalendarMeetings);
    return {};
}

} // namespace

int runBenchmark(const BenchOptions &options)
{
    std::printf("mesi-bench %s, %s\n", MESI_VERSION,
                qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    std::printf("machine: %s\n", qPrintable(machineDescription()));
    std::printf("account: %d bids, %d chat messages; burst: %d events; start-up runs: %d\n\n",
                options.account.bids, options.account.messages, options.burstEvents,
                options.firstRowsRuns);
    std::fflush(stdout);

    QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/mesi-bench-XXXXXX"));
    if (!temporary.isValid()) {
        std::fprintf(stderr, "mesi-bench: could not create a temporary folder in %s: %s\n",
                     qPrintable(QDir::tempPath()), qPrintable(temporary.errorString()));
        return 1;
    }

    SandboxChild sandbox(options.sandboxProgram, temporary.filePath(QStringLiteral("sandbox")),
                         temporary.filePath(QStringLiteral("sandbox.log")));
    Run run{options, temporary.filePath(QStringLiteral("sandbox")),
            temporary.filePath(QStringLiteral("cache.sqlite")), sandbox, {}, {}, {}, {}};
    const Result<void> result = runSteps(run);

    // The view and the session go before the sandbox and the folder they use.
    run.view.reset();
    run.session.reset();
    sandbox.stop();

    if (!result) {
        std::fprintf(stderr, "mesi-bench: stopped: %s\n", qPrintable(result.error().message));
        return 1;
    }
    run.report.printSummary();
    return 0;
}

} // namespace mesi::bench
