#include "chatrepository.h"

#include <algorithm>

namespace mesi::sync {

namespace {

bool sortsBefore(const ChatMessage &a, const ChatMessage &b)
{
    if (a.sentAt != b.sentAt)
        return a.sentAt < b.sentAt;
    return a.id < b.id;
}

} // namespace

QString ChatRepository::pendingId(const QString &clientId)
{
    return QStringLiteral("outbox:") + clientId;
}

qsizetype ChatRepository::rowOf(const QString &bidId, const QString &messageId) const
{
    const auto chat = m_chats.constFind(bidId);
    if (chat == m_chats.constEnd())
        return -1;
    for (qsizetype row = 0; row < chat->size(); ++row) {
        if (chat->at(row).id == messageId)
            return row;
    }
    return -1;
}

qsizetype ChatRepository::insertSorted(const ChatMessage &message)
{
    QList<ChatMessage> &chat = m_chats[message.bidId];
    const auto position = std::upper_bound(chat.begin(), chat.end(), message, sortsBefore);
    const qsizetype row = position - chat.begin();
    chat.insert(row, message);
    return row;
}

qsizetype ChatRepository::add(const ChatMessage &message)
{
    if (rowOf(message.bidId, message.id) >= 0)
        return -1;

    // The server's copy of an outbox message takes the place of the pending one.
    if (!message.clientId.isEmpty())
        removePending(message.bidId, message.clientId);

    const qsizetype row = insertSorted(message);
    Q_EMIT messageAdded(message, row);
    return row;
}

qsizetype ChatRepository::addPending(const ChatMessage &message, Delivery delivery,
                                     const QString &failure)
{
    const QList<ChatMessage> chat = m_chats.value(message.bidId);
    const bool known = std::any_of(chat.cbegin(), chat.cend(), [&](const ChatMessage &existing) {
        return existing.clientId == message.clientId;
    });
    if (known)
        return -1;

    ChatMessage pending = message;
    pending.id = pendingId(message.clientId);
    m_pending.insert(pending.id, PendingMark{delivery, failure});
    const qsizetype row = insertSorted(pending);
    Q_EMIT messageAdded(pending, row);
    return row;
}

void ChatRepository::setPendingFailed(const QString &bidId, const QString &clientId,
                                      const QString &failure)
{
    const QString id = pendingId(clientId);
    const qsizetype row = rowOf(bidId, id);
    if (row < 0)
        return;
    m_pending.insert(id, PendingMark{Delivery::Failed, failure});
    Q_EMIT messageChanged(m_chats.value(bidId).at(row), row);
}

void ChatRepository::removePending(const QString &bidId, const QString &clientId)
{
    const QString id = pendingId(clientId);
    const qsizetype row = rowOf(bidId, id);
    if (row < 0)
        return;
    m_chats[bidId].removeAt(row);
    m_pending.remove(id);
    Q_EMIT messageRemoved(bidId, row);
}

Delivery ChatRepository::delivery(const QString &messageId) const
{
    const auto it = m_pending.constFind(messageId);
    return it == m_pending.constEnd() ? Delivery::Sent : it->delivery;
}

QString ChatRepository::failure(const QString &messageId) const
{
    return m_pending.value(messageId).failure;
}

void ChatRepository::clear()
{
    m_chats.clear();
    m_pending.clear();
    Q_EMIT cleared();
}

} // namespace mesi::sync
