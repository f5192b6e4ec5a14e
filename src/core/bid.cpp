#include "bid.h"

namespace mesi {

QString toWire(ChatSender sender)
{
    return sender == ChatSender::Fan ? QStringLiteral("fan") : QStringLiteral("creator");
}

Result<ChatSender> chatSenderFromWire(const QString &name)
{
    if (name == QLatin1String("fan"))
        return ChatSender::Fan;
    if (name == QLatin1String("creator"))
        return ChatSender::Creator;
    return makeError(ErrorCode::Protocol,
                     QStringLiteral("unknown chat sender '%1'; expected fan or creator").arg(name),
                     QStringLiteral("sender"));
}

} // namespace mesi
