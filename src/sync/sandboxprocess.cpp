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
        const QString stderrText = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
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
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.terminate();
    if (!m_process.waitForFinished(StopTimeoutMs)) {
        qCWarning(lcApp) << "demo sandbox ignored the stop request; killing it";
        m_process.kill();
        m_process.waitForFinished(StopTimeoutMs);
    }
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
    m_ready = false;
    m_output.clear();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // If the console dies without running its destructors (SIGKILL, a crash), Linux stops
    // the sandbox too instead of leaving it listening.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start(program, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                              QStringLiteral("--data"), dataDir, QStringLiteral("--seed"),
                              QStringLiteral("demo"), QStringLiteral("--demo-fan-interval"),
                              QString::number(demoFanIntervalSeconds)});
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
