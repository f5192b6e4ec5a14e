// MainWindow's Bid and View menus, their keyboard shortcuts, and the settings dialog.

#include "mainwindow.h"

#include "biddetailpane.h"
#include "bidinboxmodel.h"
#include "chatpane.h"
#include "settingsdialog.h"

#include "desktop/consolesettings.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

namespace mesi::ui {

namespace {

constexpr int HintTimeoutMs = 10000;

} // namespace

void MainWindow::createBidMenu()
{
    // retranslateUi() sets the texts.
    m_bidMenu = menuBar()->addMenu(QString());
    QMenu *bidMenu = m_bidMenu;

    m_acceptAction = bidMenu->addAction(QString(), m_detailPane->acceptButton(), &QPushButton::click);
    m_acceptAction->setObjectName(QStringLiteral("acceptAction"));
    m_acceptAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
                                  QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_rejectAction = bidMenu->addAction(QString(), m_detailPane->rejectButton(), &QPushButton::click);
    m_rejectAction->setObjectName(QStringLiteral("rejectAction"));
    m_rejectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_sendAction = bidMenu->addAction(QString(), this, [this] {
        if (m_chatPane->isInputAvailable())
            m_chatPane->sendButton()->click();
    });
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    bidMenu->addSeparator();
    m_openChatAction = bidMenu->addAction(QString(), this, &MainWindow::openChat);
    m_openChatAction->setObjectName(QStringLiteral("openChatAction"));
    m_openChatAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_focusInboxAction = bidMenu->addAction(QString(), this, [this] {
        // The inbox may sit behind the Calendar tab, which would take the focus nowhere.
        m_leftTabs->setCurrentIndex(0);
        m_inboxView->setFocus(Qt::ShortcutFocusReason);
    });
    m_focusInboxAction->setObjectName(QStringLiteral("focusInboxAction"));
    m_focusInboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    createLifecycleActions(bidMenu);

    // The actions follow their buttons, which the panes enable for the selected bid.
    for (QPushButton *button : {m_detailPane->acceptButton(), m_detailPane->rejectButton(),
                                m_chatPane->sendButton()})
        button->installEventFilter(this);
    m_acceptAction->setEnabled(m_detailPane->acceptButton()->isEnabled());
    m_rejectAction->setEnabled(m_detailPane->rejectButton()->isEnabled());
    m_sendAction->setEnabled(m_chatPane->sendButton()->isEnabled());
}

void MainWindow::createColumnsMenu(QMenu *viewMenu)
{
    m_columnsMenu = viewMenu->addMenu(QString());
    QMenu *columnsMenu = m_columnsMenu;
    QHeaderView *header = m_inboxView->horizontalHeader();
    for (int column = 0; column < m_inboxModel->columnCount(); ++column) {
        QAction *action = columnsMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            // Keep at least one column, or the inbox would show nothing to click.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1) {
                header->actions().at(column)->setChecked(true);
                return;
            }
            header->setSectionHidden(column, !shown);
        });
        header->addAction(action);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::EnabledChange) {
        if (watched == m_detailPane->acceptButton())
            m_acceptAction->setEnabled(m_detailPane->acceptButton()->isEnabled());
        else if (watched == m_detailPane->rejectButton())
            m_rejectAction->setEnabled(m_detailPane->rejectButton()->isEnabled());
        else if (watched == m_chatPane->sendButton())
            m_sendAction->setEnabled(m_chatPane->sendButton()->isEnabled());
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::nameClearButtons()
{
    // The clear button that QLineEdit adds is a tool button without text, so a screen reader
    // would announce it without a name.
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        const QList<QToolButton *> buttons = edit->findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->text().isEmpty())
                button->setAccessibleName(tr("Clear text"));
        }
    }
}

void MainWindow::openChat()
{
    if (m_chatPane->isInputAvailable()) {
        m_chatPane->input()->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    auto *messages = m_chatPane->findChild<QListView *>(QStringLiteral("chatMessages"));
    if (messages && messages->isVisible()) {
        messages->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    statusBar()->showMessage(tr("Select an accepted bid to open its chat."), HintTimeoutMs);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_settings->logFilePath(), this);
    dialog.exec();
}

} // namespace mesi::ui
