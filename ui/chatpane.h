#pragma once

#include "core/result.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace mesi::sync {
class CreatorSession;
}

namespace mesi::ui {

class ChatModel;

/**
 * The private chat of the selected bid, with an input for the creator's messages.
 *
 * The chat is open for accepted and scheduled bids and read-only for completed and
 * cancelled ones. For other bids the pane explains why there is no chat. Text whose
 * send failed goes back into the input, and a draft is kept per bid when the selection moves.
 */
class ChatPane : public QWidget
{
    Q_OBJECT

public:
    explicit ChatPane(sync::CreatorSession *session, QWidget *parent = nullptr);

    /// Shows the chat of the bid with this id, or a hint to select a bid when the id is empty.
    void setBidId(const QString &bidId);
    QString bidId() const { return m_bidId; }

    /// Whether the message input is shown, which is the case for accepted and scheduled bids.
    bool isInputAvailable() const;
    QLineEdit *input() const { return m_input; }
    QPushButton *sendButton() const { return m_sendButton; }
    ChatModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void sendMessage();
    void restoreUnsent(const QString &bidId, const QString &text, const Error &error);
    void showError(const QString &message);
    void updateSendButton();
    void showMessageMenu(const QPoint &position);

    QPointer<sync::CreatorSession> m_session;
    QString m_bidId;
    QString m_loadedBidId;         ///< The bid whose chat was last requested from the server.
    QHash<QString, QString> m_drafts; ///< Unsent input per bid id, kept while another bid is shown.

    ChatModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_explanation = nullptr;
    QWidget *m_chatPage = nullptr;
    QListView *m_messages = nullptr;
    QLabel *m_readOnlyNotice = nullptr;
    QWidget *m_inputRow = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace mesi::ui
