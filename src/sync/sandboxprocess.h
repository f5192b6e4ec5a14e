#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace mesi::sync {

/// How to start mesi-sandbox: where it listens, where it keeps its data, what it seeds.
struct SandboxLaunch
{
    QString program;                          ///< The mesi-sandbox executable.
    QString dataDir;
    QString listen = QStringLiteral("127.0.0.1:0"); ///< HOST:PORT; port 0 picks a free one.
    bool seedDemo = true;
    int demoFanIntervalSeconds = 8;           ///< 0 turns the simulated fan off.
    int tokenLifetimeSeconds = 0; ///< Lifetime of creator access tokens; 0 keeps the sandbox default.
    QString logFile; ///< Receives the sandbox's standard error; empty keeps it for error messages.
};

/**
 * Runs mesi-sandbox as a child process on a free loopback port and reports its address.
 *
 * The console then talks to it over HTTP exactly as to a remote API. The child is stopped
 * when this object is destroyed.
 */
class SandboxProcess : public QObject
{
    Q_OBJECT

public:
    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override;

    /**
     * Starts program (the mesi-sandbox executable) with demo data in dataDir.
     * Emits ready with the address from its first output line, or failed with the reason.
     */
    void start(const QString &program, const QString &dataDir, int demoFanIntervalSeconds);
    /// Starts the sandbox as launch describes; emits ready or failed like the overload above.
    void start(const SandboxLaunch &launch);
    /// Stops the sandbox with SIGTERM, or SIGKILL when it does not exit within 3 s.
    void stop();
    /// The mesi-sandbox executable installed beside the running program.
    static QString defaultProgram();

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void readFirstLine();
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_output;
    QString m_logFile;
    bool m_ready = false;
    bool m_stopping = false; ///< Set while stop() waits, so the exit is not reported as a failure.
};

} // namespace mesi::sync
