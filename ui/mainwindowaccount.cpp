// MainWindow's account actions: signing out and resetting the meeting pass signing key.

#include "mainwindow.h"

#include "sync/creatorlifecycle.h"
#include "sync/creatorsession.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace mesi::ui {

namespace {

constexpr int AccountMessageTimeoutMs = 15000;

} // namespace

void MainWindow::createAccountActions()
{
    m_signOutAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_session)
            m_session->signOut();
    });
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));

    m_resetSigningKeyAction = m_fileMenu->addAction(QString(), this, &MainWindow::resetSigningKey);
    m_resetSigningKeyAction->setObjectName(QStringLiteral("resetSigningKeyAction"));
    m_fileMenu->addSeparator();
    updateAccountActions();
}

void MainWindow::connectAccount()
{
    sync::CreatorSession *session = m_session;
    connect(session, &sync::CreatorSession::connectionStateChanged, this, &MainWindow::updateAccountActions);
    connect(session, &sync::CreatorSession::signedIn, this, &MainWindow::updateAccountActions);
    connect(session, &sync::CreatorSession::signedOut, this, [this] {
        updateAccountActions();
        statusBar()->showMessage(tr("Signed out. The sign-in was deleted from this computer; your "
                                    "unsent actions wait until you sign in again."),
                                 AccountMessageTimeoutMs);
    });
    connect(session, &sync::CreatorSession::signInRequired, this, &MainWindow::updateAccountActions);
    connect(session->lifecycle(), &sync::CreatorLifecycle::passKeyReset, this, [this] {
        updateAccountActions();
        statusBar()->showMessage(tr("A new signing key is registered. Passes shown before the reset "
                                    "no longer work; show the pass again at each meeting."),
                                 AccountMessageTimeoutMs);
    });
    connect(session->lifecycle(), &sync::CreatorLifecycle::passKeyProblem, this,
            &MainWindow::updateAccountActions);
    updateAccountActions();
}

void MainWindow::retranslateAccountUi()
{
    m_signOutAction->setText(tr("Sign &Out"));
    m_signOutAction->setToolTip(tr("End the session and delete the stored sign-in from this computer"));
    m_resetSigningKeyAction->setText(tr("&Reset Signing Key…"));
    m_resetSigningKeyAction->setToolTip(
        tr("Replace the key that signs meeting passes, for example after this computer was lost"));
}

void MainWindow::updateAccountActions()
{
    const bool signedIn = m_session && m_session->isSignedIn();
    m_signOutAction->setEnabled(signedIn);
    m_resetSigningKeyAction->setEnabled(signedIn && m_session->lifecycle()->hasPassKey());
}

void MainWindow::resetSigningKey()
{
    if (!m_session)
        return;
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        this, tr("Reset Signing Key"),
        tr("The console will revoke the key that signs your meeting passes and register a new "
           "one.\n\nEvery pass already shown or saved stops working: fans scanning it are "
           "rejected, so show them the pass again at the meeting.\n\nReset the signing key?"),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Reset)
        return;
    m_resetSigningKeyAction->setEnabled(false);
    statusBar()->showMessage(tr("Resetting the signing key…"), AccountMessageTimeoutMs);
    m_session->lifecycle()->resetPassKey();
}

} // namespace mesi::ui
