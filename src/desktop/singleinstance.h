#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

namespace mesi::desktop {

/**
 * Keeps one console per user and profile: the first launch holds a lock file and listens
 * on a local socket, and a later launch requests through that socket that it bring its window
 * forward.
 *
 * The lock file records the holder's process id, so a lock left by a crashed console is
 * detected by QLockFile and taken over, and the stale socket beside it is removed. Lives in
 * the GUI thread; claim() and activatePrimary() block for at most their timeouts.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   ///< This process holds the lock and listens for later launches.
        Secondary, ///< Another process holds the lock for this profile.
    };

    /**
     * directory holds the lock file and, except on Windows, the socket; it must be private
     * to the user, as defaultDirectory() is.
     */
    SingleInstance(const QString &profile, const QString &directory, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The user's runtime directory (XDG_RUNTIME_DIR on Linux), or the temporary one.
    static QString defaultDirectory();

    /// Takes the lock and starts listening, or finds that another process holds it.
    Result<Role> claim();

    /**
     * From a secondary: requests that the primary show its window, and waits for its reply.
     * Retries for up to timeoutMs while the primary is still starting to listen.
     */
    Result<void> activatePrimary(int timeoutMs = 3000);

    QString serverName() const { return m_serverName; }
    QString lockFilePath() const { return m_lockFilePath; }

Q_SIGNALS:
    /// A later launch of the same profile asked this console to come forward.
    void activationRequested();

private:
    void acceptConnection();

    QString m_profile;
    QString m_serverName;
    QString m_lockFilePath;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace mesi::desktop
