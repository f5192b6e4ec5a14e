#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace mesi::sync {

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
    bool m_ready = false;
};

} // namespace mesi::sync
