#pragma once

#include "core/bid.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace mesi::sync {

/// Whether a message shown in a chat has reached the server.
enum class Delivery {
    Sent,    ///< The server stored it.
    Pending, ///< It waits in the outbox.
    Failed,  ///< The server rejected it; it stays shown until dismissed.
};

/**
 * Chat messages per bid, each stored once and kept in server order, plus the creator's
 * messages that wait in the outbox.
 *
 * Order is by sentAt, then by message id, whatever order messages arrive in. A message
 * seen twice, from a listing and from an event, is stored once. An outbox message has the
 * id "outbox:<clientId>" and its queue time as sentAt; the server's copy, which carries the
 * same clientId, replaces it.
 */
class ChatRepository : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Adds message unless its id is known; returns its row in the bid's chat, or -1 if known.
    qsizetype add(const ChatMessage &message);
    /**
     * Shows an outbox message (its clientId set) as pending or failed, unless the server's
     * copy is already here. Returns its row, or -1 when nothing was added.
     */
    qsizetype addPending(const ChatMessage &message, Delivery delivery, const QString &failure = {});
    /// Marks the outbox message with this clientId as failed with the server's reason.
    void setPendingFailed(const QString &bidId, const QString &clientId, const QString &failure);
    /// Removes the outbox message with this clientId, after a cancel or a dismiss.
    void removePending(const QString &bidId, const QString &clientId);

    QList<ChatMessage> messages(const QString &bidId) const { return m_chats.value(bidId); }
    Delivery delivery(const QString &messageId) const;
    /// The server's reason for a failed outbox message; empty for others.
    QString failure(const QString &messageId) const;
    void clear();

    static QString pendingId(const QString &clientId);

Q_SIGNALS:
    void messageAdded(const mesi::ChatMessage &message, qsizetype row);
    /// The delivery state of the message in this row changed.
    void messageChanged(const mesi::ChatMessage &message, qsizetype row);
    void messageRemoved(const QString &bidId, qsizetype row);
    void cleared();

private:
    struct PendingMark
    {
        Delivery delivery = Delivery::Pending;
        QString failure;
    };

    qsizetype rowOf(const QString &bidId, const QString &messageId) const;
    qsizetype insertSorted(const ChatMessage &message);

    QHash<QString, QList<ChatMessage>> m_chats;
    QHash<QString, PendingMark> m_pending; ///< Keyed by the outbox message's id.
};

} // namespace mesi::sync
