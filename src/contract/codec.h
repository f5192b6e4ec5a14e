#pragma once

#include "core/bid.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace mesi::contract {

QJsonObject toJson(const Bid &bid);
Result<Bid> bidFromJson(const QJsonObject &object);

QJsonObject toJson(const ChatMessage &message);
Result<ChatMessage> chatMessageFromJson(const QJsonObject &object);

/// One page of the creator's bids, newest first.
struct BidPage
{
    QList<Bid> bids;
    QList<Error> rejectedItems; ///< Items that broke the contract, each naming the bid id and field.
    QString nextCursor;         ///< Empty on the last page.
    qint64 eventSeq = 0;        ///< Sequence number of the newest event when the page was read.
};
Result<BidPage> bidPageFromJson(const QJsonObject &object);

/// One page of a bid's chat, oldest first.
struct MessagePage
{
    QList<ChatMessage> messages;
    QList<Error> rejectedItems;
    QString nextCursor;
};
Result<MessagePage> messagePageFromJson(const QJsonObject &object);

/// Kind of a message on the events WebSocket; Unknown keeps newer servers from breaking clients.
enum class EventType {
    BidCreated,
    BidUpdated,
    MessageCreated,
    SettingsUpdated, ///< The creator's settings changed; data is the settings object.
    Unknown,
};
QString toWire(EventType type);
EventType eventTypeFromWire(const QString &name);

/// One message on the events WebSocket. Sequence numbers grow by one per creator.
struct Event
{
    qint64 seq = 0;
    EventType type = EventType::Unknown;
    QString typeName;     ///< As received, so an unknown type can be logged by name.
    QJsonObject data;     ///< A bid for bid.* events, a chat message for message.created.
    QDateTime occurredAt;
};
QJsonObject toJson(const Event &event);
Result<Event> eventFromJson(const QJsonObject &object);

/// The body of every error response: {"error": {"code", "message", "field"}}.
QJsonObject errorBody(const QString &code, const QString &message, const QString &field = {});
/// Reads an error body; nullopt when the bytes are not one.
std::optional<Error> errorFromBody(const QByteArray &body, int httpStatus);

/// Parses bytes as a JSON object, with an error that quotes the start of anything else.
Result<QJsonObject> parseObject(const QByteArray &body, const QString &subject);

} // namespace mesi::contract
