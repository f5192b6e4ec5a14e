#include "chat.h"

#include "contract/codec.h"
#include "contract/jsonreader.h"
#include "contract/lifecyclecodec.h"
#include "eventlog.h"
#include "schema.h"
#include "secrets.h"

#include <QJsonDocument>

namespace mesi::sandbox {

namespace {

const QString MessageSelect = QStringLiteral(
    "SELECT id, bid_id, sender, sender_name, text, client_id, sent_at, row, proposal FROM messages");

Result<StoredMessage> messageFromRow(const QSqlQuery &row)
{
    StoredMessage stored;
    ChatMessage &message = stored.message;
    message.id = row.value(0).toString();
    message.bidId = row.value(1).toString();
    Result<ChatSender> sender = chatSenderFromWire(row.value(2).toString());
    if (!sender)
        return sender.error();
    message.sender = sender.value();
    message.senderName = row.value(3).toString();
    message.text = row.value(4).toString();
    message.clientId = row.value(5).toString();
    message.sentAt = contract::parseTimestamp(row.value(6).toString());
    stored.row = row.value(7).toLongLong();
    const QString proposal = row.value(8).toString();
    if (!proposal.isEmpty()) {
        Result<QJsonObject> object = contract::parseObject(proposal.toUtf8(),
                                                           QStringLiteral("stored proposal"));
        if (!object)
            return object.error();
        Result<MeetingTerms> terms = contract::meetingTermsFromJson(object.value(),
                                                                    QStringLiteral("stored proposal"));
        if (!terms)
            return makeError(ErrorCode::Storage, terms.error().message);
        message.proposal = terms.value();
    }
    return stored;
}

} // namespace

Result<StoredBid> Chat::bidOfParticipant(const Principal &principal, const QString &bidId)
{
    Result<std::optional<StoredBid>> found = m_bids.findBid(bidId);
    if (!found)
        return found.error();

    const bool isParticipant = found.value()
                               && (principal.isCreator() ? found.value()->creatorId == principal.id
                                                         : found.value()->bid.fanId == principal.id);
    if (!isParticipant) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no bid '%1' for this account; a chat is open only to the "
                                        "bid's creator and its fan")
                             .arg(bidId),
                         QStringLiteral("bidId"));
    }
    return *found.value();
}

Result<std::optional<ChatMessage>> Chat::findByClientId(const QString &bidId,
                                                        const QString &clientId)
{
    Result<QSqlQuery *> query = m_database.run(
        MessageSelect + QStringLiteral(" WHERE bid_id = ? AND client_id = ?"), {bidId, clientId});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<ChatMessage>();

    Result<StoredMessage> stored = messageFromRow(*query.value());
    if (!stored)
        return stored.error();
    return std::optional<ChatMessage>(stored->message);
}

Result<PostedMessage> Chat::post(const Principal &sender, const QString &bidId,
                                 const PostMessageRequest &request, const QDateTime &at)
{
    Result<StoredBid> stored = bidOfParticipant(sender, bidId);
    if (!stored)
        return stored.error();

    // A retried send returns the stored message even if the chat has closed since.
    if (!request.clientId.isEmpty()) {
        Result<std::optional<ChatMessage>> earlier = findByClientId(bidId, request.clientId);
        if (!earlier)
            return earlier.error();
        if (earlier.value())
            return PostedMessage{*earlier.value(), false};
    }

    const BidStatus status = stored->bid.status;
    if (status != BidStatus::Accepted && status != BidStatus::Scheduled) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the chat of bid '%1' is closed because the bid is %2; "
                                        "messages can be sent only while it is accepted or "
                                        "scheduled")
                             .arg(bidId, toWire(status)),
                         QStringLiteral("bidId"));
    }

    const std::optional<AiSession> &session = stored->bid.session;
    if (session && !sender.isCreator() && session->state != SessionState::Live) {
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the session of bid '%1' is %2; join it before writing to "
                                        "the persona")
                             .arg(bidId, toWire(session->state)),
                         QStringLiteral("bidId"));
    }

    ChatMessage message;
    message.id = newId(QStringLiteral("msg"));
    message.bidId = bidId;
    message.sender = sender.isCreator() ? ChatSender::Creator : ChatSender::Fan;
    message.senderName = sender.displayName;
    message.text = request.text;
    message.clientId = request.clientId;
    message.sentAt = at;
    message.proposal = request.proposal;
    const QString proposal = request.proposal
                                 ? QString::fromUtf8(QJsonDocument(contract::toJson(*request.proposal))
                                                         .toJson(QJsonDocument::Compact))
                                 : QString();

    Result<QSqlQuery *> inserted = m_database.run(
        QStringLiteral("INSERT INTO messages (id, bid_id, sender, sender_name, text, client_id, "
                       "sent_at, proposal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {message.id, bidId, toWire(message.sender), message.senderName, sqlText(message.text),
         message.clientId.isEmpty() ? QVariant() : QVariant(message.clientId),
         contract::formatTimestamp(at), sqlText(proposal)});
    if (!inserted)
        return inserted.error();

    Result<contract::Event> event = m_events.append(stored->creatorId,
                                                    contract::EventType::MessageCreated,
                                                    contract::toJson(message), at);
    if (!event)
        return event.error();
    return PostedMessage{message, true};
}

Result<std::optional<ChatMessage>> Chat::newestProposal(const QString &bidId)
{
    Result<QSqlQuery *> query = m_database.run(
        MessageSelect + QStringLiteral(" WHERE bid_id = ? AND proposal != '' ORDER BY row DESC LIMIT 1"),
        {bidId});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<ChatMessage>();
    Result<StoredMessage> stored = messageFromRow(*query.value());
    if (!stored)
        return stored.error();
    return std::optional<ChatMessage>(stored->message);
}

Result<int> Chat::countFrom(const QString &bidId, ChatSender sender)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT COUNT(*) FROM messages WHERE bid_id = ? AND sender = ?"),
        {bidId, toWire(sender)});
    if (!query)
        return query.error();
    query.value()->next();
    return query.value()->value(0).toInt();
}

Result<MessageList> Chat::list(const Principal &reader, const QString &bidId, int limit,
                               qint64 afterRow)
{
    Result<StoredBid> stored = bidOfParticipant(reader, bidId);
    if (!stored)
        return stored.error();

    Result<QSqlQuery *> rows = m_database.run(
        MessageSelect + QStringLiteral(" WHERE bid_id = ? AND row > ? ORDER BY row LIMIT ?"),
        {bidId, afterRow, limit + 1});
    if (!rows)
        return rows.error();

    MessageList list;
    while (rows.value()->next()) {
        if (list.messages.size() == limit) {
            list.hasMore = true;
            break;
        }
        Result<StoredMessage> message = messageFromRow(*rows.value());
        if (!message)
            return message.error();
        list.messages.append(message.value());
    }
    return list;
}

} // namespace mesi::sandbox
