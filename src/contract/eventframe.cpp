#include "eventframe.h"

namespace mesi::contract {

Result<ServerMessage> readServerMessage(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.size() > MaxEventFrameBytes) {
        return makeError(ErrorCode::Protocol,
                         QStringLiteral("an events message has %1 bytes, more than the limit of %2")
                             .arg(bytes.size())
                             .arg(MaxEventFrameBytes));
    }

    Result<QJsonObject> object = parseObject(bytes, QStringLiteral("an events message"));
    if (!object)
        return object.error();
    const QJsonObject &message = object.value();
    const QString type = message.value(QStringLiteral("type")).toString();

    ServerMessage parsed;
    if (type == QLatin1String("ready") || type == QLatin1String("resync")) {
        parsed.kind = type == QLatin1String("ready") ? ServerMessage::Kind::Ready
                                                     : ServerMessage::Kind::Resync;
        parsed.seq = message.value(QStringLiteral("seq")).toInteger();
        return parsed;
    }

    Result<Event> event = eventFromJson(message);
    if (!event)
        return event.error();
    parsed.event = std::move(event).value();
    return parsed;
}

} // namespace mesi::contract
