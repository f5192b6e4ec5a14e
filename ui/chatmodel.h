#pragma once

#include "core/bid.h"
#include "sync/chatrepository.h"

#include <QAbstractListModel>
#include <QList>
#include <QLocale>
#include <QPointer>

namespace mesi::sync {
class ChatRepository;
}

namespace mesi::ui {

/**
 * The messages of one bid's chat, oldest first, kept in step with a ChatRepository.
 *
 * Each row's text is prepared when the message arrives, so data() only reads stored rows.
 */
class ChatModel : public QAbstractListModel
{
    Q_OBJECT

public:
    /// Roles in addition to Qt::DisplayRole, which returns "sender, time" and the text on two lines.
    enum Role {
        MessageIdRole = Qt::UserRole + 1, ///< QString: the server's id of the message.
        SenderRole,                       ///< mesi::ChatSender: whether the fan or the creator wrote it.
        SenderNameRole,                   ///< QString: the name shown for the sender.
        TextRole,                         ///< QString: the message as written.
        SentAtRole,                       ///< QDateTime in UTC: the server's time of the message.
        SentAtTextRole,                   ///< QString: SentAtRole in local time, short locale format.
        DeliveryRole,                     ///< mesi::sync::Delivery: sent, waiting in the outbox, or failed.
        FailureRole,                      ///< QString: the server's reason for a failed message.
        ClientIdRole,                     ///< QString: the client id; for an outbox message, its entry id.
    };
    Q_ENUM(Role)

    /// Shows chats of repository, which may be null and may be destroyed first.
    explicit ChatModel(sync::ChatRepository *repository, QObject *parent = nullptr);

    /// Switches to the chat of this bid. An empty id empties the model.
    void setBidId(const QString &bidId);
    /// Rebuilds the texts of every row in the current language and default QLocale.
    void retranslate();
    QString bidId() const { return m_bidId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        ChatMessage message;
        QString sentAtText;
        QString displayText;
        sync::Delivery delivery = sync::Delivery::Sent;
        QString failure;
    };

    Row makeRow(const ChatMessage &message) const;
    void addMessage(const ChatMessage &message, qsizetype row);
    void changeMessage(const ChatMessage &message, qsizetype row);
    void removeMessage(const QString &bidId, qsizetype row);
    void reload();

    QPointer<sync::ChatRepository> m_repository;
    QString m_bidId;
    QList<Row> m_rows;
    QLocale m_locale;
};

} // namespace mesi::ui
