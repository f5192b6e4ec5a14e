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

qsizetype ChatRepository::add(const ChatMessage &message)
{
    QList<ChatMessage> &chat = m_chats[message.bidId];
    const bool known = std::any_of(chat.cbegin(), chat.cend(), [&](const ChatMessage &existing) {
        return existing.id == message.id;
    });
    if (known)
        return -1;

    const auto position = std::upper_bound(chat.begin(), chat.end(), message, sortsBefore);
    const qsizetype row = position - chat.begin();
    chat.insert(row, message);
    Q_EMIT messageAdded(message, row);
    return row;
}

void ChatRepository::clear()
{
    m_chats.clear();
    Q_EMIT cleared();
}

} // namespace mesi::sync
