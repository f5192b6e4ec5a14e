#pragma once

#include "secrets/secretstore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace mesi::desktop {
class ConsoleSettings;
}

namespace mesi::sync {
class CreatorSession;
class SandboxProcess;
} // namespace mesi::sync

namespace mesi::ui {

class MainWindow;
class SignInDialog;

/// Start-up choices taken from the command line.
struct StartupOptions
{
    bool sandbox = false;        ///< Start a demo sandbox and sign in to it.
    QString apiUrl;              ///< Prefills the sign-in dialog.
    QString handle;              ///< Prefills the sign-in dialog.
    QString sandboxDataDir;      ///< Where the demo sandbox keeps its database.
    QString cacheDir;            ///< Folder of the per-account offline caches of this profile.
    int demoFanIntervalSeconds = 8;
    /// The profile's settings, for the main window's layout and notifications; may be null.
    desktop::ConsoleSettings *settings = nullptr;
    /// Names the profile's entries in the OS secret store; empty keeps secrets in memory only.
    QString profileName;
    /// The passphrase-sealed secrets file used where the system has no secret store.
    QString secretsFile;
    /// A store to use instead of choosing one, for tests; the caller keeps ownership.
    secrets::SecretStore *secretStore = nullptr;
};

/**
 * Takes the console from launch to the main window by one of three paths. A demo sandbox
 * starts on loopback, or the sign-in dialog opens, or the window opens straight from the
 * offline cache of the account that signed in last, with the sign-in dialog on top.
 */
class ConsoleStartup : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleStartup(StartupOptions options, QObject *parent = nullptr);
    ~ConsoleStartup() override;

    /// Chooses the secret store (asking for a passphrase where needed), then opens the console.
    void start();
    /// The store the sessions keep their tokens and pass key in; null when secrets stay in memory.
    secrets::SecretStore *secretStore() const { return m_secretStore; }

Q_SIGNALS:
    /// Startup cannot go on (the sandbox failed, or the user cancelled sign-in).
    void abandoned(int exitCode);

private:
    // Choosing the secret store, in consolesecrets.cpp.
    void chooseSecretStore(const std::function<void()> &then);
    void useSealedFile(const std::function<void()> &then);

    void openConsole();
    void startSandbox();
    bool openLastAccount();
    void showSignInDialog(const QString &apiAddress, const QString &handle);
    void signIn(const QUrl &baseUrl, const QString &handle, const QString &password);
    void createSession(const QUrl &baseUrl, const QString &handle);
    void discardSession();
    void showMainWindow();

    StartupOptions m_options;
    std::unique_ptr<secrets::SecretStore> m_ownedStore;
    QPointer<secrets::SecretStore> m_secretStore;
    std::unique_ptr<sync::SandboxProcess> m_sandbox;
    QPointer<sync::CreatorSession> m_session;
    QString m_sessionHandle;
    QString m_sessionCachePath; ///< Cache file the session opened; empty for an in-memory cache.
    bool m_sessionCacheIsNew = false;
    std::unique_ptr<SignInDialog> m_signInDialog;
    std::unique_ptr<MainWindow> m_mainWindow;
};

} // namespace mesi::ui
