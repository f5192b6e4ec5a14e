#pragma once

#include "core/result.h"
#include "sync/sandboxprocess.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace mesi::bench {

/**
 * Runs the event loop until done() returns true, for at most timeoutMs milliseconds.
 * Returns false on timeout, and at once when the application is quitting (SIGINT, SIGTERM).
 */
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

/// Makes Linux send SIGTERM to the process's children when the process dies, even by SIGKILL.
void stopWithParent(QProcess &process);

/**
 * Runs program with arguments and waits for it to exit 0. Returns its standard output;
 * its standard error goes to ours.
 */
Result<QByteArray> runChild(const QString &program, const QStringList &arguments, int timeoutMs);

/// A mesi-sandbox child process on a loopback address, stopped when this object goes.
class SandboxChild
{
public:
    /// logPath receives the sandbox's standard error, so its log lines do not mix with ours.
    SandboxChild(QString program, QString dataDir, QString logPath);
    ~SandboxChild();
    SandboxChild(const SandboxChild &) = delete;
    SandboxChild &operator=(const SandboxChild &) = delete;

    /// Starts the sandbox on listen ("127.0.0.1:0" for a free port) and returns its address.
    Result<QUrl> start(const QString &listen);
    /// Stops the sandbox with SIGTERM, or SIGKILL when it does not exit within 5 s.
    void stop();

private:
    QString m_program;
    QString m_dataDir;
    QString m_logPath;
    sync::SandboxProcess m_process;
    std::optional<Result<QUrl>> m_outcome; ///< Set by the ready or failed signal of a start.
};

} // namespace mesi::bench
