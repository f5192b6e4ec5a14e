#pragma once

#include "accounts.h"
#include "bidbook.h"
#include "core/bid.h"
#include "core/result.h"
#include "requests.h"
#include "store/database.h"

namespace mesi::sandbox {

class EventLog;

/// A stored message with its insertion row, on which message pages are based.
struct StoredMessage
{
    ChatMessage message;
    qint64 row = 0;
};

/// A sent message; created is false when an earlier message with the same clientId was returned.
struct PostedMessage
{
    ChatMessage message;
    bool created = true;
};

/// One page of a chat, oldest first. hasMore is true when later messages exist.
struct MessageList
{
    QList<StoredMessage> messages;
    bool hasMore = false;
};

/// The private chat of each bid, open to the bid's creator and its fan.
class Chat
{
public:
    Chat(store::Database &database, BidBook &bids, EventLog &events)
        : m_database(database), m_bids(bids), m_events(events)
    {
    }

    /**
     * Stores a message from the principal and records message.created for the bid's
     * creator. A clientId already used on this bid returns the first message unchanged.
     * Sending is a Conflict unless the bid is accepted or scheduled. Call inside a change.
     */
    Result<PostedMessage> post(const Principal &sender, const QString &bidId,
                               const PostMessageRequest &request, const QDateTime &at);

    /// The bid's newest meeting proposal, if it has any.
    Result<std::optional<ChatMessage>> newestProposal(const QString &bidId);
    /// Number of the bid's messages from one side.
    Result<int> countFrom(const QString &bidId, ChatSender sender);

    /// Lists messages with a row greater than afterRow, oldest first.
    Result<MessageList> list(const Principal &reader, const QString &bidId, int limit,
                             qint64 afterRow);

private:
    /// Returns the bid if the principal is its creator or its fan, else NotFound.
    Result<StoredBid> bidOfParticipant(const Principal &principal, const QString &bidId);
    Result<std::optional<ChatMessage>> findByClientId(const QString &bidId, const QString &clientId);

    store::Database &m_database;
    BidBook &m_bids;
    EventLog &m_events;
};

} // namespace mesi::sandbox
