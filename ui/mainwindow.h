#pragma once

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QTableView;

namespace mesi::sync {
class CreatorSession;
}

namespace mesi::ui {

class BidDetailPane;
class BidFilterModel;
class BidInboxModel;
class ChatPane;
class ConnectionIndicator;

/**
 * The console's main window: the bid inbox with a status filter on the left, the
 * selected bid's details and chat on the right, and the connection state in the status bar.
 *
 * The window shows the bids and chats that session contains and changes live with them.
 * The session must outlive the window or be destroyed with it.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(sync::CreatorSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Id of the selected bid, or an empty string when no row is selected.
    QString selectedBidId() const;
    /// Selects the row of the bid with this id; returns false when it is not shown.
    bool selectBid(const QString &bidId);

    QTableView *inboxView() const { return m_inboxView; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    BidInboxModel *inboxModel() const { return m_inboxModel; }
    BidFilterModel *filterModel() const { return m_filterModel; }
    BidDetailPane *detailPane() const { return m_detailPane; }
    ChatPane *chatPane() const { return m_chatPane; }
    ConnectionIndicator *connectionIndicator() const { return m_connectionIndicator; }

private:
    QWidget *createInboxPanel();
    void createMenus();
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
    QString m_bidToRestore; ///< Selected bid while the inbox is reset, selected again afterwards.
};

} // namespace mesi::ui
