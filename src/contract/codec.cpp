#include "codec.h"

#include "jsonreader.h"
#include "lifecyclecodec.h"
#include "wire.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mesi::contract {

namespace {

// The server never sends more than MaxPageSize items, so a longer page is rejected whole
// before any item is read.
Result<void> checkPageSize(const QJsonArray &items, const QString &subject)
{
    if (items.size() <= MaxPageSize)
        return {};
    return makeError(ErrorCode::Protocol,
                     QStringLiteral("%1 has %2 items, more than the %3 a page may have")
                         .arg(subject)
                         .arg(items.size())
                         .arg(MaxPageSize),
                     QStringLiteral("items"));
}

} // namespace

QJsonObject toJson(const Bid &bid)
{
    QJsonObject object{
        {QStringLiteral("id"), bid.id},
        {QStringLiteral("creator"), bid.creatorHandle},
        {QStringLiteral("fan"),
         QJsonObject{{QStringLiteral("id"), bid.fanId}, {QStringLiteral("name"), bid.fanName}}},
        {QStringLiteral("amount"), bid.amount.toDecimalString()},
        {QStringLiteral("asset"), bid.amount.asset().code()},
        {QStringLiteral("note"), bid.note},
        {QStringLiteral("status"), toWire(bid.status)},
        {QStringLiteral("escrow"), toWire(bid.escrow)},
        {QStringLiteral("version"), bid.version},
        {QStringLiteral("createdAt"), formatTimestamp(bid.createdAt)},
        {QStringLiteral("updatedAt"), formatTimestamp(bid.updatedAt)},
    };
    if (bid.status == BidStatus::Rejected)
        object.insert(QStringLiteral("rejectReason"), bid.rejectReason);
    writeLifecycle(bid, object);
    return object;
}

Result<Bid> bidFromJson(const QJsonObject &object)
{
    const QJsonValue idValue = object.value(QStringLiteral("id"));
    const QString subject = idValue.isString()
                                ? QStringLiteral("bid '%1'").arg(idValue.toString())
                                : QStringLiteral("bid without an id");
    JsonReader reader(object, subject);

    Bid bid;
    bid.id = reader.string(QStringLiteral("id"));
    bid.creatorHandle = reader.string(QStringLiteral("creator"));
    const QJsonObject fan = reader.object(QStringLiteral("fan"));
    if (reader.ok()) {
        JsonReader fanReader(fan, subject + QStringLiteral(" fan"));
        bid.fanId = fanReader.string(QStringLiteral("id"));
        bid.fanName = fanReader.string(QStringLiteral("name"));
        fanReader.checkLength(QStringLiteral("name"), bid.fanName, MaxFanNameLength);
        if (!fanReader.ok())
            return fanReader.error();
    }
    const QString amount = reader.string(QStringLiteral("amount"));
    const QString asset = reader.string(QStringLiteral("asset"));
    bid.note = reader.optionalString(QStringLiteral("note"));
    const QString status = reader.string(QStringLiteral("status"));
    const QString escrow = reader.string(QStringLiteral("escrow"));
    bid.rejectReason = reader.optionalString(QStringLiteral("rejectReason"));
    reader.checkLength(QStringLiteral("note"), bid.note, MaxNoteLength);
    reader.checkLength(QStringLiteral("rejectReason"), bid.rejectReason, MaxRejectReasonLength);
    bid.version = reader.integer(QStringLiteral("version"));
    bid.createdAt = reader.timestamp(QStringLiteral("createdAt"));
    bid.updatedAt = reader.timestamp(QStringLiteral("updatedAt"));
    if (!reader.ok())
        return reader.error();

    if (Result<Money> money = Money::parse(amount, asset); money)
        bid.amount = money.value();
    else
        reader.fail(money.error());
    if (Result<BidStatus> parsed = bidStatusFromWire(status); parsed)
        bid.status = parsed.value();
    else
        reader.fail(parsed.error());
    if (Result<EscrowState> parsed = escrowStateFromWire(escrow); parsed)
        bid.escrow = parsed.value();
    else
        reader.fail(parsed.error());
    if (!reader.ok())
        return reader.error();

    if (bid.escrow != escrowStateFor(bid.status)) {
        reader.fail(makeError(ErrorCode::Protocol,
                              QStringLiteral("escrow '%1' contradicts status '%2'")
                                  .arg(escrow, status),
                              QStringLiteral("escrow")));
        return reader.error();
    }
    if (Result<void> lifecycle = readLifecycle(object, subject, bid); !lifecycle)
        return lifecycle.error();
    return bid;
}

QJsonObject toJson(const ChatMessage &message)
{
    QJsonObject object{
        {QStringLiteral("id"), message.id},
        {QStringLiteral("bidId"), message.bidId},
        {QStringLiteral("sender"), toWire(message.sender)},
        {QStringLiteral("senderName"), message.senderName},
        {QStringLiteral("text"), message.text},
        {QStringLiteral("clientId"), message.clientId},
        {QStringLiteral("sentAt"), formatTimestamp(message.sentAt)},
        {QStringLiteral("kind"), message.proposal ? QStringLiteral("proposal") : QStringLiteral("text")},
    };
    if (message.proposal)
        object.insert(QStringLiteral("proposal"), toJson(*message.proposal));
    return object;
}

Result<ChatMessage> chatMessageFromJson(const QJsonObject &object)
{
    const QJsonValue idValue = object.value(QStringLiteral("id"));
    JsonReader reader(object, idValue.isString()
                                  ? QStringLiteral("message '%1'").arg(idValue.toString())
                                  : QStringLiteral("message without an id"));

    ChatMessage message;
    message.id = reader.string(QStringLiteral("id"));
    message.bidId = reader.string(QStringLiteral("bidId"));
    const QString sender = reader.string(QStringLiteral("sender"));
    message.senderName = reader.string(QStringLiteral("senderName"));
    message.text = reader.string(QStringLiteral("text"));
    reader.checkLength(QStringLiteral("text"), message.text, MaxMessageLength);
    message.clientId = reader.optionalString(QStringLiteral("clientId"));
    message.sentAt = reader.timestamp(QStringLiteral("sentAt"));
    const QString kind = reader.optionalString(QStringLiteral("kind"));
    const QJsonObject proposal = reader.optionalObject(QStringLiteral("proposal"));
    if (!reader.ok())
        return reader.error();

    if (kind == QLatin1String("proposal")) {
        Result<MeetingTerms> terms = meetingTermsFromJson(
            proposal, QStringLiteral("message '%1' proposal").arg(message.id));
        if (!terms)
            return terms.error();
        message.proposal = terms.value();
    } else if (!kind.isEmpty() && kind != QLatin1String("text")) {
        reader.fail(makeError(ErrorCode::Protocol,
                              QStringLiteral("unknown message kind '%1'; expected text or proposal")
                                  .arg(kind.left(40)),
                              QStringLiteral("kind")));
        return reader.error();
    }

    if (Result<ChatSender> parsed = chatSenderFromWire(sender); parsed)
        message.sender = parsed.value();
    else
        reader.fail(parsed.error());
    if (!reader.ok())
        return reader.error();
    return message;
}

Result<BidPage> bidPageFromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("bid list"));
    const QJsonArray items = reader.array(QStringLiteral("items"));
    BidPage page;
    page.nextCursor = reader.optionalString(QStringLiteral("nextCursor"));
    page.eventSeq = reader.integer(QStringLiteral("eventSeq"));
    if (!reader.ok())
        return reader.error();
    if (Result<void> size = checkPageSize(items, QStringLiteral("bid list")); !size)
        return size.error();

    for (const QJsonValue &item : items) {
        if (!item.isObject()) {
            page.rejectedItems.append(makeError(
                ErrorCode::Protocol,
                QStringLiteral("bid list: an item is %1, not an object").arg(describeJsonType(item))));
            continue;
        }
        Result<Bid> bid = bidFromJson(item.toObject());
        if (bid)
            page.bids.append(std::move(bid).value());
        else
            page.rejectedItems.append(bid.error());
    }
    return page;
}

Result<MessagePage> messagePageFromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("message list"));
    const QJsonArray items = reader.array(QStringLiteral("items"));
    MessagePage page;
    page.nextCursor = reader.optionalString(QStringLiteral("nextCursor"));
    if (!reader.ok())
        return reader.error();
    if (Result<void> size = checkPageSize(items, QStringLiteral("message list")); !size)
        return size.error();

    for (const QJsonValue &item : items) {
        if (!item.isObject()) {
            page.rejectedItems.append(makeError(ErrorCode::Protocol,
                                                QStringLiteral("message list: an item is %1, not an object")
                                                    .arg(describeJsonType(item))));
            continue;
        }
        Result<ChatMessage> message = chatMessageFromJson(item.toObject());
        if (message)
            page.messages.append(std::move(message).value());
        else
            page.rejectedItems.append(message.error());
    }
    return page;
}

QString toWire(EventType type)
{
    switch (type) {
    case EventType::BidCreated:
        return QStringLiteral("bid.created");
    case EventType::BidUpdated:
        return QStringLiteral("bid.updated");
    case EventType::MessageCreated:
        return QStringLiteral("message.created");
    case EventType::SettingsUpdated:
        return QStringLiteral("settings.updated");
    case EventType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

EventType eventTypeFromWire(const QString &name)
{
    for (EventType type : {EventType::BidCreated, EventType::BidUpdated, EventType::MessageCreated,
                           EventType::SettingsUpdated}) {
        if (name == toWire(type))
            return type;
    }
    return EventType::Unknown;
}

QJsonObject toJson(const Event &event)
{
    return QJsonObject{
        {QStringLiteral("type"), event.typeName.isEmpty() ? toWire(event.type) : event.typeName},
        {QStringLiteral("seq"), event.seq},
        {QStringLiteral("occurredAt"), formatTimestamp(event.occurredAt)},
        {QStringLiteral("data"), event.data},
    };
}

Result<Event> eventFromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("event"));
    Event event;
    event.typeName = reader.string(QStringLiteral("type"));
    event.seq = reader.integer(QStringLiteral("seq"));
    event.occurredAt = reader.timestamp(QStringLiteral("occurredAt"));
    event.data = reader.object(QStringLiteral("data"));
    if (!reader.ok())
        return reader.error();

    if (event.seq <= 0) {
        return makeError(ErrorCode::Protocol,
                         QStringLiteral("event: field 'seq' must be positive, got %1").arg(event.seq),
                         QStringLiteral("seq"));
    }
    // An empty name would be logged and written back as "unknown", not as what was received.
    if (event.typeName.isEmpty()) {
        return makeError(ErrorCode::Protocol, QStringLiteral("event: field 'type' is empty"),
                         QStringLiteral("type"));
    }
    event.type = eventTypeFromWire(event.typeName);
    return event;
}

QJsonObject errorBody(const QString &code, const QString &message, const QString &field)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return QJsonObject{{QStringLiteral("error"), error}};
}

std::optional<Error> errorFromBody(const QByteArray &body, int httpStatus)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject error = document.object().value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        return std::nullopt;

    ErrorCode code = ErrorCode::Server;
    if (httpStatus == 400 || httpStatus == 422)
        code = ErrorCode::InvalidArgument;
    else if (httpStatus == 401)
        code = ErrorCode::Unauthorized;
    else if (httpStatus == 403)
        code = ErrorCode::Forbidden;
    else if (httpStatus == 404)
        code = ErrorCode::NotFound;
    else if (httpStatus == 409)
        code = ErrorCode::Conflict;
    Error parsed = makeError(code, message, error.value(QStringLiteral("field")).toString());
    parsed.serverCode = error.value(QStringLiteral("code")).toString();
    return parsed;
}

Result<QJsonObject> parseObject(const QByteArray &body, const QString &subject)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::Protocol,
                         QStringLiteral("%1 is not valid JSON (%2 at byte %3), starting '%4'")
                             .arg(subject, parseError.errorString())
                             .arg(parseError.offset)
                             .arg(QString::fromUtf8(body.left(40)).simplified()));
    }
    if (!document.isObject()) {
        return makeError(ErrorCode::Protocol,
                         QStringLiteral("%1 must be a JSON object").arg(subject));
    }
    return document.object();
}

} // namespace mesi::contract
