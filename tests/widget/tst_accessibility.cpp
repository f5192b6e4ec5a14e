#include "demosandbox.h"

#include "ui/biddetailpane.h"
#include "ui/bidfiltermodel.h"
#include "ui/bidinboxmodel.h"
#include "ui/chatmodel.h"
#include "ui/chatpane.h"
#include "ui/mainwindow.h"
#include "ui/rejectdialog.h"
#include "ui/settingsdialog.h"
#include "ui/signindialog.h"

#include "desktop/consolesettings.h"
#include "sandbox/sandboxserver.h"
#include "sync/creatorsession.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace mesi;
using mesi::ui::BidInboxModel;

namespace {

constexpr int NetworkTimeoutMs = 10000;

/// Kinds of widget a user operates, which a screen reader must be able to name.
bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return false; // Part of its scroll area, which carries the name.
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QAbstractSlider *>(widget);
}

/// A combo box's popup list and a spin box's editor are announced through their owner.
bool isPartOfComposite(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent))
            return true;
    }
    return false;
}

QString describe(const QWidget *widget)
{
    QString path;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QString name = w->objectName().isEmpty() ? QStringLiteral("?") : w->objectName();
        path.prepend(QStringLiteral("/%1:%2").arg(QLatin1String(w->metaObject()->className()), name));
    }
    return path;
}

/// The accessible name a screen reader gets, which may come from the text or a buddy label.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name).trimmed() : QString();
}

/**
 * Lists the interactive widgets under root that would be visible with root shown and have no
 * name. Hidden ones, such as the inbox's row header, cannot be operated. The tests walk the
 * window through its states, so widgets shown only in some states are checked too.
 */
QStringList unnamedInteractiveWidgets(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QStringList unnamed;
    for (QWidget *widget : std::as_const(widgets)) {
        if (!isInteractive(widget) || isPartOfComposite(widget))
            continue;
        if (widget != root && !widget->isVisibleTo(root))
            continue;
        if (accessibleName(widget).isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

QStringList actionsWithoutText(const QMenu *menu, const QString &path)
{
    QStringList missing;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QString text = QString(action->text()).remove(QLatin1Char('&')).trimmed();
        const QString where = QStringLiteral("%1 > %2").arg(path, text.isEmpty() ? action->objectName() : text);
        if (text.isEmpty())
            missing.append(where.isEmpty() ? QStringLiteral("%1 > (unnamed action)").arg(path) : where);
        if (action->menu())
            missing += actionsWithoutText(action->menu(), where);
    }
    return missing;
}

/// The Alt+letter of text such as "&Accept", or a null QChar when it has none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand.
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QAction *findMenuAction(QMenuBar *menuBar, const QString &menuTitle, const QString &actionText)
{
    const QList<QAction *> menus = menuBar->actions();
    for (QAction *menuAction : menus) {
        if (!menuAction->menu() || QString(menuAction->text()).remove(QLatin1Char('&')) != menuTitle)
            continue;
        const QList<QAction *> actions = menuAction->menu()->actions();
        for (QAction *action : actions) {
            if (QString(action->text()).remove(QLatin1Char('&')) == actionText)
                return action;
        }
    }
    return nullptr;
}

} // namespace

/// Screen-reader names, menus with shortcuts, and the main flow from the keyboard alone.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void mainWindowWidgetsHaveNames();
    void menuActionsHaveText();
    void bidMenuListsShortcuts_data();
    void bidMenuListsShortcuts();
    void dialogsHaveNames();
    void checkFindsUnnamedWidget();
    void mnemonicsAreUnique();
    void keyboardAcceptAndChat();
    void keyboardRejectOpensDialog();

private:
    QModelIndex firstRowWithStatus(BidStatus status) const;

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<sync::CreatorSession> m_session;
    std::unique_ptr<desktop::ConsoleSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestAccessibility::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());

    Result<std::unique_ptr<sandbox::SandboxServer>> server = testing::startDemoSandbox(m_dataDir->path());
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    m_server = std::move(server).value();

    m_session = std::make_unique<sync::CreatorSession>(m_server->url());
    const Result<void> signedIn = testing::signInAsDemo(*m_session, NetworkTimeoutMs);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));

    m_settings = std::make_unique<desktop::ConsoleSettings>(m_dataDir->filePath(QStringLiteral("settings.ini")));
    m_settings->setNewBidSound(false);
    m_window = std::make_unique<ui::MainWindow>(m_session.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->inboxView()->model()->rowCount() > 0, NetworkTimeoutMs);
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_session.reset();
    m_server.reset();
    m_dataDir.reset();
}

QModelIndex TestAccessibility::firstRowWithStatus(BidStatus status) const
{
    const QAbstractItemModel *model = m_window->inboxView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, BidInboxModel::FanColumn);
        if (index.data(BidInboxModel::StatusRole).value<BidStatus>() == status)
            return index;
    }
    return {};
}

void TestAccessibility::mainWindowWidgetsHaveNames()
{
    // Every pane state: nothing selected, a pending bid, and an accepted bid with its chat.
    QStringList unnamed = unnamedInteractiveWidgets(m_window.get());
    for (BidStatus status : {BidStatus::Pending, BidStatus::Accepted}) {
        const QModelIndex row = firstRowWithStatus(status);
        QVERIFY(row.isValid());
        QVERIFY(m_window->selectBid(row.data(BidInboxModel::BidIdRole).toString()));
        // A draft makes the input's clear button appear.
        if (m_window->chatPane()->isInputAvailable())
            m_window->chatPane()->input()->setText(QStringLiteral("draft"));
        unnamed += unnamedInteractiveWidgets(m_window.get());
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("interactive widgets without an accessible name:\n  ")
                                               + unnamed.join(QStringLiteral("\n  "))));
}

void TestAccessibility::menuActionsHaveText()
{
    QStringList missing;
    const QList<QAction *> menus = m_window->menuBar()->actions();
    for (const QAction *menuAction : menus) {
        const QString title = QString(menuAction->text()).remove(QLatin1Char('&'));
        if (title.isEmpty())
            missing.append(QStringLiteral("a menu without a title"));
        if (menuAction->menu())
            missing += actionsWithoutText(menuAction->menu(), title);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestAccessibility::bidMenuListsShortcuts_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");

    QTest::newRow("accept") << QStringLiteral("Bid") << QStringLiteral("Accept")
                            << QKeySequence(Qt::CTRL | Qt::Key_Return);
    QTest::newRow("reject") << QStringLiteral("Bid") << QStringLiteral("Reject…")
                            << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    QTest::newRow("send") << QStringLiteral("Bid") << QStringLiteral("Send Message")
                          << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    QTest::newRow("open chat") << QStringLiteral("Bid") << QStringLiteral("Open Chat")
                               << QKeySequence(Qt::CTRL | Qt::Key_2);
    QTest::newRow("go to inbox") << QStringLiteral("Bid") << QStringLiteral("Go to Inbox")
                                 << QKeySequence(Qt::CTRL | Qt::Key_1);
    QTest::newRow("quit") << QStringLiteral("File") << QStringLiteral("Quit") << QKeySequence(QKeySequence::Quit);
}

void TestAccessibility::bidMenuListsShortcuts()
{
    QFETCH(QString, menu);
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);

    QAction *found = findMenuAction(m_window->menuBar(), menu, action);
    QVERIFY2(found, qPrintable(QStringLiteral("no %1 > %2 in the menu bar").arg(menu, action)));
    QCOMPARE(found->shortcut(), shortcut);
}

void TestAccessibility::dialogsHaveNames()
{
    ui::SettingsDialog settings(m_settings.get(), QStringLiteral("/tmp/mesi-console.log"));
    QStringList unnamed = unnamedInteractiveWidgets(&settings);

    ui::RejectDialog reject(QStringLiteral("120.00 USD from Ava"));
    unnamed += unnamedInteractiveWidgets(&reject);

    ui::SignInDialog signIn(QStringLiteral("https://api.mesi.example"));
    unnamed += unnamedInteractiveWidgets(&signIn);

    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("interactive widgets without an accessible name:\n  ")
                                               + unnamed.join(QStringLiteral("\n  "))));
}

void TestAccessibility::checkFindsUnnamedWidget()
{
    // The walk must report a widget that has no name, or the tests above prove nothing.
    QWidget form;
    auto *nameless = new QLineEdit(&form);
    nameless->setObjectName(QStringLiteral("namelessEdit"));
    auto *labelled = new QPushButton(QStringLiteral("OK"), &form);
    Q_UNUSED(labelled);

    const QStringList unnamed = unnamedInteractiveWidgets(&form);
    QCOMPARE(unnamed.size(), 1);
    QVERIFY2(unnamed.constFirst().contains(QStringLiteral("QLineEdit:namelessEdit")), qPrintable(unnamed.constFirst()));
}

void TestAccessibility::mnemonicsAreUnique()
{
    // Select an accepted bid, so the chat input and its Send button are shown too.
    const QModelIndex accepted = firstRowWithStatus(BidStatus::Accepted);
    QVERIFY(m_window->selectBid(accepted.data(BidInboxModel::BidIdRole).toString()));
    QTRY_VERIFY(m_window->chatPane()->isInputAvailable());

    QHash<QChar, QStringList> owners;
    const QList<QAction *> menus = m_window->menuBar()->actions();
    for (const QAction *menu : menus) {
        if (const QChar key = mnemonicOf(menu->text()); !key.isNull())
            owners[key].append(QStringLiteral("menu ") + menu->text());
    }
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(m_window.get()))
            continue;
        QString text;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        else if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            text = label->text();
        if (const QChar key = mnemonicOf(text); !key.isNull())
            owners[key].append(text);
    }

    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestAccessibility::keyboardAcceptAndChat()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QModelIndex pending = firstRowWithStatus(BidStatus::Pending);
    QVERIFY(pending.isValid());
    const QString bidId = pending.data(BidInboxModel::BidIdRole).toString();

    // Go to the inbox and walk down to the pending bid with the arrow keys.
    m_window->chatPane()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(m_window->inboxView()->hasFocus());
    // Ctrl+Home moves to the top without selecting; Down then Up selects like a user would.
    QTest::keyClick(m_window->inboxView(), Qt::Key_Home, Qt::ControlModifier);
    for (int step = 0; step <= pending.row(); ++step)
        QTest::keyClick(m_window->inboxView(), Qt::Key_Down);
    QTest::keyClick(m_window->inboxView(), Qt::Key_Up);
    QCOMPARE(m_window->selectedBidId(), bidId);

    QVERIFY(m_window->acceptAction()->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->bids()->find(bidId)->status, BidStatus::Accepted, NetworkTimeoutMs);
    QTRY_VERIFY(!m_window->acceptAction()->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(m_window->chatPane()->isInputAvailable(), NetworkTimeoutMs);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(m_window->chatPane()->input()->hasFocus());

    QTest::keyClicks(m_window->chatPane()->input(), QStringLiteral("See you Friday"));
    QTRY_VERIFY(m_window->sendAction()->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->chatPane()->model()->rowCount() > 0, NetworkTimeoutMs);
    const QAbstractItemModel *chat = m_window->chatPane()->model();
    QCOMPARE(chat->index(chat->rowCount() - 1, 0).data(ui::ChatModel::TextRole).toString(),
             QStringLiteral("See you Friday"));
    QVERIFY(m_window->chatPane()->input()->text().isEmpty());
}

void TestAccessibility::keyboardRejectOpensDialog()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QModelIndex pending = firstRowWithStatus(BidStatus::Pending);
    QVERIFY(m_window->selectBid(pending.data(BidInboxModel::BidIdRole).toString()));

    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    ui::RejectDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->detailPane()->findChild<ui::RejectDialog *>()) && dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible() || !m_window->detailPane()->findChild<ui::RejectDialog *>());
    QCOMPARE(pending.data(BidInboxModel::StatusRole).value<BidStatus>(), BidStatus::Pending);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
