#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

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
    int demoFanIntervalSeconds = 8;
    /// The profile's settings, for the main window's layout and notifications; may be null.
    desktop::ConsoleSettings *settings = nullptr;
};

/**
 * Takes the console from launch to a signed-in main window: either through a demo
 * sandbox started on loopback, or through the sign-in dialog.
 */
class ConsoleStartup : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleStartup(StartupOptions options, QObject *parent = nullptr);
    ~ConsoleStartup() override;

    void start();

Q_SIGNALS:
    /// Startup cannot go on (the sandbox failed, or the user cancelled sign-in).
    void abandoned(int exitCode);

private:
    void startSandbox();
    void showSignInDialog();
    void signIn(const QUrl &baseUrl, const QString &handle, const QString &password);
    void showMainWindow();

    StartupOptions m_options;
    std::unique_ptr<sync::SandboxProcess> m_sandbox;
    QPointer<sync::CreatorSession> m_session;
    std::unique_ptr<SignInDialog> m_signInDialog;
    std::unique_ptr<MainWindow> m_mainWindow;
};

} // namespace mesi::ui
