#include "consolestartup.h"

#include "mainwindow.h"
#include "signindialog.h"

#include "core/logging.h"
#include "sync/creatorsession.h"
#include "sync/sandboxprocess.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

namespace mesi::ui {

namespace {

// The demo sandbox seeds this creator; the credentials exist only in that local database.
const char DemoHandle[] = "demo";
const char DemoPassword[] = "demo";

/// Opens the account's cache file; on failure the session keeps its data in memory only.
std::unique_ptr<store::LocalCache> openAccountCache(const QString &account, const QString &handle)
{
    Result<std::unique_ptr<store::LocalCache>> cache =
        store::LocalCache::open(store::LocalCache::pathFor(account, handle));
    if (!cache) {
        qCWarning(lcApp).noquote() << "working without an offline cache:" << cache.error().message;
        return {};
    }
    return std::move(cache).value();
}

} // namespace

ConsoleStartup::ConsoleStartup(StartupOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

ConsoleStartup::~ConsoleStartup()
{
    // The window refers to the session, so it goes first.
    m_mainWindow.reset();
    m_signInDialog.reset();
    delete m_session.data();
}

void ConsoleStartup::start()
{
    if (m_options.sandbox)
        startSandbox();
    else
        showSignInDialog();
}

void ConsoleStartup::startSandbox()
{
    m_sandbox = std::make_unique<sync::SandboxProcess>();
    connect(m_sandbox.get(), &sync::SandboxProcess::ready, this, [this](const QUrl &url) {
        const QString address = url.toString();
        std::fputs(qPrintable(tr("Demo sandbox running at %1\nPlay a fan in another terminal, "
                                 "for example:\n  mesi-fan --api %1 --fan Lena bid --creator demo "
                                 "--amount 120.00 --asset USD\n")
                                  .arg(address)),
                   stdout);
        std::fflush(stdout);

        // The sandbox port changes every run, so its cache is keyed by the data folder.
        m_session = new sync::CreatorSession(
            url,
            openAccountCache(QStringLiteral("sandbox:") + m_options.sandboxDataDir,
                             QString::fromLatin1(DemoHandle)),
            this);
        connect(m_session, &sync::CreatorSession::signInFailed, this, [this](const Error &error) {
            QMessageBox::critical(m_mainWindow.get(), tr("Sign-in failed"),
                                  tr("Could not sign in to the demo sandbox: %1").arg(error.message));
            Q_EMIT abandoned(1);
        });
        showMainWindow();
        m_session->signIn(QString::fromLatin1(DemoHandle), QString::fromLatin1(DemoPassword));
    });
    connect(m_sandbox.get(), &sync::SandboxProcess::failed, this, [this](const QString &message) {
        QMessageBox::critical(nullptr, tr("Demo sandbox failed"), message);
        Q_EMIT abandoned(1);
    });
    m_sandbox->start(sync::SandboxProcess::defaultProgram(), m_options.sandboxDataDir,
                     m_options.demoFanIntervalSeconds);
}

void ConsoleStartup::showSignInDialog()
{
    m_signInDialog = std::make_unique<SignInDialog>(m_options.apiUrl);
    if (!m_options.handle.isEmpty())
        m_signInDialog->setHandle(m_options.handle);
    connect(m_signInDialog.get(), &SignInDialog::signInRequested, this, &ConsoleStartup::signIn);
    connect(m_signInDialog.get(), &QDialog::rejected, this, [this] {
        if (!m_mainWindow)
            Q_EMIT abandoned(0);
    });
    m_signInDialog->show();
}

void ConsoleStartup::signIn(const QUrl &baseUrl, const QString &handle, const QString &password)
{
    delete m_session.data();
    m_session = new sync::CreatorSession(baseUrl, openAccountCache(baseUrl.toString(), handle), this);
    m_signInDialog->setBusy(true);

    connect(m_session, &sync::CreatorSession::signedIn, this, [this] {
        m_signInDialog->setBusy(false);
        m_signInDialog->hide();
        showMainWindow();
    });
    connect(m_session, &sync::CreatorSession::signInFailed, this, [this](const Error &error) {
        // Keep the dialog and everything typed in it, so the user can correct and retry.
        m_signInDialog->setBusy(false);
        m_signInDialog->showError(error.message);
        m_session->deleteLater();
    });
    m_session->signIn(handle, password);
}

void ConsoleStartup::showMainWindow()
{
    m_mainWindow = std::make_unique<MainWindow>(m_session.data(), m_options.settings);
    m_mainWindow->show();
    qCInfo(lcApp) << "main window shown for" << m_session->baseUrl().toDisplayString();
}

} // namespace mesi::ui
