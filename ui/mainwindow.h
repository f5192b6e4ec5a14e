#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QTimer;
class QMenu;
class QSplitter;
class QTableView;

namespace mesi::desktop {
class ConsoleSettings;
}

namespace mesi::sync {
class CreatorSession;
}

namespace mesi::ui {

class BidDetailPane;
class BidFilterModel;
class BidInboxModel;
class ChatPane;
class ConnectionIndicator;
class IcsImport;
class MeetingCalendar;
class DesktopNotifier;

/**
 * The console's main window: the bid inbox with a status filter on the left, the
 * selected bid's details and chat on the right, and the connection state in the status bar.
 *
 * The window shows the bids and chats that session contains and changes live with them.
 * The session must outlive the window or be destroyed with it.
 *
 * With settings, the window restores its size, splitters and inbox columns from them, saves
 * them when it closes, and shows tray notifications for new bids and messages.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(sync::CreatorSession *session, desktop::ConsoleSettings *settings = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Id of the selected bid, or an empty string when no row is selected.
    QString selectedBidId() const;
    /// Selects the row of the bid with this id; returns false when it is not shown.
    bool selectBid(const QString &bidId);
    /// Selects the bid, first showing all statuses when the filter hides it; returns false when unknown.
    bool revealBid(const QString &bidId);
    /// Writes the window size, splitter positions and inbox columns to the settings.
    void saveLayout();

    QTableView *inboxView() const { return m_inboxView; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    BidInboxModel *inboxModel() const { return m_inboxModel; }
    BidFilterModel *filterModel() const { return m_filterModel; }
    BidDetailPane *detailPane() const { return m_detailPane; }
    ChatPane *chatPane() const { return m_chatPane; }
    ConnectionIndicator *connectionIndicator() const { return m_connectionIndicator; }
    /// Null when the window has no settings.
    DesktopNotifier *notifier() const { return m_notifier; }
    QAction *acceptAction() const { return m_acceptAction; }
    QAction *rejectAction() const { return m_rejectAction; }
    QAction *sendAction() const { return m_sendAction; }
    QAction *openChatAction() const { return m_openChatAction; }
    QAction *focusInboxAction() const { return m_focusInboxAction; }
    MeetingCalendar *calendar() const { return m_calendar; }
    QTabWidget *leftTabs() const { return m_leftTabs; }
    QLabel *biddingState() const { return m_biddingState; }
    QAction *showPassAction() const { return m_showPassAction; }
    QAction *proposeAction() const { return m_proposeAction; }
    QAction *bidSettingsAction() const { return m_bidSettingsAction; }
    /// File > Sign In, for going online after a start from the cache or a refused token.
    QAction *signInAction() const { return m_signInAction; }
    /// File > Sign Out: ends the session and deletes the stored tokens.
    QAction *signOutAction() const { return m_signOutAction; }
    /// File > Reset Signing Key: revokes the pass key and registers a new one.
    QAction *resetSigningKeyAction() const { return m_resetSigningKeyAction; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// The user asked to sign in, for example to go online after starting from the cache.
    void signInRequested();

private:
    QWidget *createInboxPanel();
    // The lifecycle parts of the window, in mainwindowlifecycle.cpp.
    QWidget *createLeftTabs(QWidget *inboxPanel);
    void createLifecycleActions(QMenu *bidMenu);
    void connectLifecycle();
    void retranslateLifecycleUi();
    void updateBiddingState();
    void refreshCalendar();
    void showBidSettings();
    void createCalendarFileActions();
    void retranslateCalendarFileUi();
    void exportCalendar();
    void reloadBusyBlocks();
    // Sign-out and the signing key, in mainwindowaccount.cpp.
    void createAccountActions();
    void connectAccount();
    void retranslateAccountUi();
    void updateAccountActions();
    void resetSigningKey();

    void retranslateUi();
    void createMenus();
    void createBidMenu();
    void createColumnsMenu(QMenu *viewMenu);
    void restoreLayout();
    void sizeColumnsToContents();
    void widenColumnsToContents();
    /// Widens the status and escrow columns to their longest translated word.
    void fitStateColumns();
    void resizeToFitScreen();
    void nameClearButtons();
    void openChat();
    void showSettings();
    void connectSession();
    void updateTitle();
    void applyStatusFilter();
    void showSelectedBid();
    void showAbout();
    QString describeBid(const QString &bidId) const;

    QPointer<sync::CreatorSession> m_session;
    BidInboxModel *m_inboxModel = nullptr;
    BidFilterModel *m_filterModel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_inboxView = nullptr;
    BidDetailPane *m_detailPane = nullptr;
    ChatPane *m_chatPane = nullptr;
    ConnectionIndicator *m_connectionIndicator = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    QPointer<desktop::ConsoleSettings> m_settings;
    DesktopNotifier *m_notifier = nullptr;
    QAction *m_acceptAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_openChatAction = nullptr;
    QAction *m_focusInboxAction = nullptr;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_resetSigningKeyAction = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLabel *m_biddingState = nullptr;
    QTabWidget *m_leftTabs = nullptr;
    MeetingCalendar *m_calendar = nullptr;
    QTimer *m_calendarTimer = nullptr;
    QAction *m_showPassAction = nullptr;
    QAction *m_proposeAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_calendarAction = nullptr;
    QAction *m_bidSettingsAction = nullptr;
    QAction *m_exportCalendarAction = nullptr;
    QAction *m_importBusyAction = nullptr;
    QPointer<IcsImport> m_icsImport; ///< Belongs to the session's cache; replaced with it.
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    QMenu *m_bidMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr; ///< Null when the window has no settings.
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    bool m_columnsSized = false; ///< Whether the inbox columns got their widths, from settings or contents.
    bool m_restoredColumnsChecked = false; ///< Whether restored widths were checked against the first bids.
    QString m_bidToRestore; ///< Selected bid while the inbox is reset, selected again afterwards.
};

} // namespace mesi::ui
