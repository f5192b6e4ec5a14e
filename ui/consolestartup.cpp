#include "consolestartup.h"

#include "certificatebox.h"
#include "mainwindow.h"
#include "signindialog.h"

#include "api/apiclient.h"
#include "core/logging.h"
#include "desktop/consolesettings.h"
#include "sync/creatorsession.h"
#include "sync/sandboxprocess.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

namespace mesi::ui {

namespace {

// The demo sandbox seeds this creator; the credentials exist only in that local database.
const char DemoHandle[] = "demo";
const char DemoPassword[] = "demo";

/// Opens the cache file at path; on failure the session keeps its data in memory only.
std::unique_ptr<store::LocalCache> openAccountCache(const QString &path)
{
    Result<std::unique_ptr<store::LocalCache>> cache = store::LocalCache::open(path);
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
    chooseSecretStore([this] { openConsole(); });
}

void ConsoleStartup::openConsole()
{
    if (m_options.sandbox)
        startSandbox();
    else if (!openLastAccount())
        showSignInDialog(m_options.apiUrl, m_options.handle);
}

void ConsoleStartup::startSandbox()
{
    m_sandbox = std::make_unique<sync::SandboxProcess>();
    connect(m_sandbox.get(), &sync::SandboxProcess::ready, this, [this](const QUrl &url) {
        const QString address = url.toString();
        // The example names mesi-fan by its full path, so it can be pasted from any folder.
        const QString fan = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("mesi-fan"));
        std::fputs(qPrintable(tr("Demo sandbox running at %1\nPlay a fan in another terminal, "
                                 "for example:\n  %2 --api %1 --fan Lena bid --creator demo "
                                 "--amount 120.00 --asset USD\n")
                                  .arg(address, fan)),
                   stdout);
        std::fflush(stdout);

        // The sandbox port changes every run, so its cache is keyed by the data folder.
        m_session = new sync::CreatorSession(
            url,
            openAccountCache(store::LocalCache::pathFor(m_options.cacheDir,
                                                        QStringLiteral("sandbox:") + m_options.sandboxDataDir,
                                                        QString::fromLatin1(DemoHandle))),
            this);
        if (m_secretStore) {
            const QUrl sandboxAccount(QStringLiteral("sandbox:") + m_options.sandboxDataDir);
            m_session->setSecretStore(m_secretStore,
                                      sync::secretAccountName(sandboxAccount, QString::fromLatin1(DemoHandle)));
        }
        connect(m_session, &sync::CreatorSession::signInFailed, this, [this](const Error &error) {
            QMessageBox box(QMessageBox::Critical, tr("Sign-in failed"),
                            tr("Could not sign in to the demo sandbox: %1").arg(error.message),
                            QMessageBox::Close, m_mainWindow.get());
            box.setDetailedText(error.details);
            box.exec();
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

bool ConsoleStartup::openLastAccount()
{
    if (!m_options.settings || m_options.cacheDir.isEmpty())
        return false;

    const Result<QUrl> lastUrl = api::validateBaseUrl(m_options.settings->lastApiUrl());
    const QString lastHandle = m_options.settings->lastHandle();
    if (!lastUrl || lastHandle.isEmpty())
        return false;

    // Options that name another server or handle mean the user wants that account instead.
    if (!m_options.apiUrl.isEmpty()) {
        const Result<QUrl> requested = api::validateBaseUrl(m_options.apiUrl);
        if (!requested || requested.value() != lastUrl.value())
            return false;
    }
    if (!m_options.handle.isEmpty() && m_options.handle != lastHandle)
        return false;
    if (!QFileInfo::exists(store::LocalCache::pathFor(m_options.cacheDir, lastUrl->toString(), lastHandle)))
        return false;

    createSession(lastUrl.value(), lastHandle);
    showMainWindow();
    qCInfo(lcApp) << "opened the cached account at" << lastUrl->toDisplayString();
    // The session goes online with the stored tokens; without them it emits signInRequired,
    // which opens the sign-in dialog over the window from the cache.
    if (m_secretStore)
        m_session->resumeFromStore(lastHandle);
    else
        showSignInDialog(lastUrl->toString(), lastHandle);
    return true;
}

void ConsoleStartup::showSignInDialog(const QString &apiAddress, const QString &handle)
{
    if (!m_signInDialog) {
        // No parent: the window may be replaced while the dialog stays open.
        m_signInDialog = std::make_unique<SignInDialog>(apiAddress);
        connect(m_signInDialog.get(), &SignInDialog::signInRequested, this, &ConsoleStartup::signIn);
        connect(m_signInDialog.get(), &QDialog::rejected, this, [this] {
            // With a window from the cache the creator keeps working offline.
            if (!m_mainWindow)
                Q_EMIT abandoned(0);
        });
    }
    if (!handle.isEmpty())
        m_signInDialog->setHandle(handle);
    if (m_mainWindow) {
        m_signInDialog->showError(tr("You are offline: the window shows the bids and chats saved on "
                                     "this computer, and your actions wait in the outbox. Sign in "
                                     "to send them and receive new bids."));
    }
    m_signInDialog->show();
    m_signInDialog->raise();
    m_signInDialog->activateWindow();
}

void ConsoleStartup::signIn(const QUrl &baseUrl, const QString &handle, const QString &password)
{
    // The window from the cache keeps its session when the same account signs in.
    const bool sameAccount = m_session && m_session->baseUrl() == baseUrl && m_sessionHandle == handle;
    if (!sameAccount) {
        m_mainWindow.reset();
        discardSession();
        createSession(baseUrl, handle);
    }
    m_signInDialog->setBusy(true);
    m_session->signIn(handle, password);
}

void ConsoleStartup::createSession(const QUrl &baseUrl, const QString &handle)
{
    m_sessionCachePath = m_options.cacheDir.isEmpty()
                             ? QString()
                             : store::LocalCache::pathFor(m_options.cacheDir, baseUrl.toString(), handle);
    m_sessionCacheIsNew = !m_sessionCachePath.isEmpty() && !QFileInfo::exists(m_sessionCachePath);
    m_sessionHandle = handle;
    m_session = m_sessionCachePath.isEmpty()
                    ? new sync::CreatorSession(baseUrl, this)
                    : new sync::CreatorSession(baseUrl, openAccountCache(m_sessionCachePath), this);
    if (m_secretStore)
        m_session->setSecretStore(m_secretStore, sync::secretAccountName(baseUrl, handle));

    connect(m_session, &sync::CreatorSession::signedIn, this, [this] {
        m_sessionCacheIsNew = false;
        if (m_options.settings)
            m_options.settings->setLastAccount(m_session->baseUrl().toString(), m_sessionHandle);
        if (m_signInDialog) {
            m_signInDialog->setBusy(false);
            m_signInDialog->hide();
        }
        if (!m_mainWindow)
            showMainWindow();
    });
    connect(m_session, &sync::CreatorSession::signInFailed, this, [this](const Error &error) {
        // Keep the dialog and everything typed in it, so the user can correct and retry.
        if (m_signInDialog) {
            m_signInDialog->setBusy(false);
            m_signInDialog->showError(error.message);
        }
        if (!error.details.isEmpty())
            showCertificateError(m_signInDialog ? static_cast<QWidget *>(m_signInDialog.get())
                                                : static_cast<QWidget *>(m_mainWindow.get()),
                                 error);
        if (!m_mainWindow)
            discardSession();
    });
    connect(m_session, &sync::CreatorSession::certificateRejected, this, [this](const Error &error) {
        showCertificateError(m_mainWindow.get(), error);
    });
    connect(m_session, &sync::CreatorSession::signInRequired, this, [this](const Error &error) {
        showSignInDialog(m_session->baseUrl().toString(), m_sessionHandle);
        m_signInDialog->showError(error.message);
    });
}

void ConsoleStartup::discardSession()
{
    if (!m_session)
        return;
    m_session->deleteLater();
    m_session = nullptr;

    // A failed first sign-in leaves no cache file behind for a mistyped address or handle.
    if (m_sessionCacheIsNew) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_sessionCachePath + suffix);
    }
    m_sessionCachePath.clear();
    m_sessionCacheIsNew = false;
}

void ConsoleStartup::showMainWindow()
{
    m_mainWindow = std::make_unique<MainWindow>(m_session.data(), m_options.settings);
    connect(m_mainWindow.get(), &MainWindow::signInRequested, this, [this] {
        showSignInDialog(m_session->baseUrl().toString(), m_sessionHandle);
    });
    m_mainWindow->show();
    qCInfo(lcApp) << "main window shown for" << m_session->baseUrl().toDisplayString();
}

} // namespace mesi::ui
