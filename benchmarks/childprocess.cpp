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
}

SandboxChild::~SandboxChild()
{
    stop();
}

Result<QUrl> SandboxChild::start(const QString &listen)
{
    stop();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(m_logPath, QIODevice::Append);
    stopWithParent(m_process);
    m_process.start(m_program, {QStringLiteral("--listen"), listen, QStringLiteral("--data"),
                                m_dataDir, QStringLiteral("--demo-fan-interval"),
                                QStringLiteral("0")});

    QByteArray firstLine;
    const bool ready = waitUntil(
        [&] {
            if (m_process.canReadLine())
                firstLine = m_process.readLine();
            return !firstLine.isEmpty() || m_process.state() == QProcess::NotRunning;
        },
        SandboxStartTimeoutMs);

    static const QRegularExpression pattern(
        QStringLiteral("^mesi-sandbox listening on (http://\\S+)$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(firstLine).trimmed());
    if (!ready || !match.hasMatch()) {
        stop();
        return makeError(ErrorCode::Server,
                         QStringLiteral("mesi-sandbox did not report its address (first line "
                                        "'%1'); see %2")
                             .arg(QString::fromUtf8(firstLine).trimmed(), m_logPath));
    }
    return QUrl(match.captured(1));
}

void SandboxChild::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
}

} // namespace mesi::bench
