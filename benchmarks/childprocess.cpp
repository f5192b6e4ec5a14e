#include "childprocess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace mesi::bench {

namespace {
constexpr int PollIntervalMs = 10;
constexpr int SandboxStartTimeoutMs = 20000;
constexpr int StopTimeoutMs = 5000;
} // namespace

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;

    // A poll keeps the helper independent of which signal makes done() true. Its cost is a
    // function call every 10 ms, well below the 5 ms tick timer's resolution of interest.
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(PollIntervalMs);

    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    // exec() returns at once with -1 when QCoreApplication::quit() was called, for example by
    // the SIGINT handler, so a stopped benchmark does not hang here.
    const int exitCode = loop.exec();
    return exitCode == 0 && done();
}

void stopWithParent(QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}

Result<QByteArray> runChild(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    stopWithParent(process);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        return makeError(ErrorCode::Server, QStringLiteral("could not start %1: %2")
                                                .arg(program, process.errorString()));
    }

    QByteArray output;
    QObject::connect(&process, &QProcess::readyReadStandardOutput,
                     [&] { output += process.readAllStandardOutput(); });
    const bool finished =
        waitUntil([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(StopTimeoutMs);
        return makeError(ErrorCode::Server,
                         QStringLiteral("%1 %2 did not finish within %3 s; stopped it")
                             .arg(program, arguments.join(u' '))
                             .arg(timeoutMs / 1000));
    }
    output += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return makeError(ErrorCode::Server, QStringLiteral("%1 %2 failed with exit code %3")
                                                .arg(program, arguments.join(u' '))
                                                .arg(process.exitCode()));
    }
    return output;
}

SandboxChild::SandboxChild(QString program, QString dataDir, QString logPath)
    : m_program(std::move(program)), m_dataDir(std::move(dataDir)), m_logPath(std::move(logPath))
{
    QObject::connect(&m_process, &sync::SandboxProcess::ready, &m_process,
                     [this](const QUrl &url) { m_outcome = url; });
    QObject::connect(&m_process, &sync::SandboxProcess::failed, &m_process,
                     [this](const QString &message) {
                         m_outcome = makeError(ErrorCode::Server, message);
                     });
}

SandboxChild::~SandboxChild()
{
    stop();
}

Result<QUrl> SandboxChild::start(const QString &listen)
{
    sync::SandboxLaunch launch;
    launch.program = m_program;
    launch.dataDir = m_dataDir;
    launch.listen = listen;
    launch.seedDemo = false;
    launch.demoFanIntervalSeconds = 0;
    launch.logFile = m_logPath;

    m_outcome.reset();
    m_process.start(launch);
    if (!waitUntil([this] { return m_outcome.has_value(); }, SandboxStartTimeoutMs)) {
        m_process.stop();
        return makeError(ErrorCode::Server,
                         QStringLiteral("mesi-sandbox did not report its address within %1 s; see %2")
                             .arg(SandboxStartTimeoutMs / 1000)
                             .arg(m_logPath));
    }
    return *m_outcome;
}

void SandboxChild::stop()
{
    m_process.stop();
}

} // namespace mesi::bench
