#include "sandboxprocess.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace mesi::sync {

namespace {
constexpr int StartTimeoutMs = 15000;
constexpr int StopTimeoutMs = 3000;
} // namespace

SandboxProcess::SandboxProcess(QObject *parent) : QObject(parent)
{
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("The demo sandbox did not report its address within %1 seconds.")
                 .arg(StartTimeoutMs / 1000));
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readFirstLine);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            fail(tr("Could not start the demo sandbox '%1': %2. Reinstall Mesi Creator Console "
                    "or start it with --api-url.")
                     .arg(m_process.program(), m_process.errorString()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        const QString stderrText = m_logFile.isEmpty()
                                       ? QString::fromUtf8(m_process.readAllStandardError()).trimmed()
                                       : tr("see %1").arg(m_logFile);
        if (!m_ready) {
            fail(tr("The demo sandbox stopped with exit code %1 before it was ready: %2")
                     .arg(exitCode)
                     .arg(stderrText.isEmpty() ? tr("no message") : stderrText));
            return;
        }
        qCWarning(lcApp) << "demo sandbox exited with code" << exitCode << stderrText;
    });
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

void SandboxProcess::stop()
{
    m_startTimeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;

    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        qCWarning(lcApp) << "demo sandbox ignored the stop request; killing it";
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
    m_stopping = false;
}

QString SandboxProcess::defaultProgram()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("mesi-sandbox.exe");
#else
    const QString name = QStringLiteral("mesi-sandbox");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

void SandboxProcess::start(const QString &program, const QString &dataDir, int demoFanIntervalSeconds)
{
    SandboxLaunch launch;
    launch.program = program;
    launch.dataDir = dataDir;
    launch.demoFanIntervalSeconds = demoFanIntervalSeconds;
    start(launch);
}

void SandboxProcess::start(const SandboxLaunch &launch)
{
    stop();
    m_ready = false;
    m_output.clear();
    m_logFile = launch.logFile;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    if (!m_logFile.isEmpty())
        m_process.setStandardErrorFile(m_logFile, QIODevice::Append);
#ifdef Q_OS_LINUX
    // If the console dies without running its destructors (SIGKILL, a crash), Linux stops
    // the sandbox too instead of leaving it listening.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    QStringList arguments{QStringLiteral("--listen"), launch.listen, QStringLiteral("--data"),
                          launch.dataDir, QStringLiteral("--demo-fan-interval"),
                          QString::number(launch.demoFanIntervalSeconds)};
    if (launch.seedDemo)
        arguments << QStringLiteral("--seed") << QStringLiteral("demo");
    if (launch.tokenLifetimeSeconds > 0)
        arguments << QStringLiteral("--token-lifetime") << QString::number(launch.tokenLifetimeSeconds);
    m_process.start(launch.program, arguments);
    m_startTimeout.start(StartTimeoutMs);
}

void SandboxProcess::readFirstLine()
{
    if (m_ready) {
        m_process.readAllStandardOutput(); // Later output is not needed; keep the pipe drained.
        return;
    }

    m_output += m_process.readAllStandardOutput();
    const qsizetype newline = m_output.indexOf('\n');
    if (newline < 0)
        return;

    const QString line = QString::fromUtf8(m_output.left(newline)).trimmed();
    static const QRegularExpression pattern(QStringLiteral("listening on (http://\\S+)$"));
    const QRegularExpressionMatch match = pattern.match(line);
    const QUrl url(match.captured(1));
    if (!match.hasMatch() || !url.isValid()) {
        fail(tr("The demo sandbox printed '%1' instead of its address.").arg(line));
        return;
    }

    m_ready = true;
    m_startTimeout.stop();
    qCInfo(lcApp) << "demo sandbox ready at" << url.toDisplayString();
    Q_EMIT ready(url);
}

void SandboxProcess::fail(const QString &message)
{
    if (m_ready)
        return;
    m_startTimeout.stop();
    m_ready = true; // Report one failure only.
    qCWarning(lcApp) << "demo sandbox failed:" << message;
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
    Q_EMIT failed(message);
}

} // namespace mesi::sync
