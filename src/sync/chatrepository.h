#pragma once

#include "core/bid.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace mesi::sync {

/**
 * Chat messages per bid, each stored once and kept in server order.
 *
 * Order is by the server's sentAt, then by message id, whatever order messages arrive in.
 * A message seen twice, from a listing and from an event, is stored once.
 */
class ChatRepository : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Adds message unless its id is known; returns its row in the bid's chat, or -1 if known.
    qsizetype add(const ChatMessage &message);
    QList<ChatMessage> messages(const QString &bidId) const { return m_chats.value(bidId); }
    void clear();

Q_SIGNALS:
    void messageAdded(const mesi::ChatMessage &message, qsizetype row);
    void cleared();

private:
    QHash<QString, QList<ChatMessage>> m_chats;
};

} // namespace mesi::sync
