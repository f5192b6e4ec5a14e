#pragma once

#include "bidstatus.h"
#include "money.h"

#include <QDateTime>
#include <QString>

namespace mesi {

/// A fan's offer of money to meet a creator, in the form the creator's side receives it.
struct Bid
{
    QString id;
    QString creatorHandle;
    QString fanId;
    QString fanName;      ///< Display name the fan chose; not a legal name.
    Money amount;
    QString note;         ///< The fan's message to the creator; may be empty.
    BidStatus status = BidStatus::Pending;
    EscrowState escrow = EscrowState::Locked;
    QString rejectReason; ///< Set only for rejected bids, and then may still be empty.
    qint64 version = 0;   ///< Grows by one with every change on the server.
    QDateTime createdAt;  ///< UTC.
    QDateTime updatedAt;  ///< UTC.
};

/// Author role of a chat message.
enum class ChatSender {
    Fan,
    Creator,
};

QString toWire(ChatSender sender);
Result<ChatSender> chatSenderFromWire(const QString &name);

/// One message in the private chat of an accepted bid.
struct ChatMessage
{
    QString id;
    QString bidId;
    ChatSender sender = ChatSender::Fan;
    QString senderName;
    QString text;
    QString clientId;  ///< Chosen by the sending client so a retried send is stored once.
    QDateTime sentAt;  ///< Server time, UTC; chats are ordered by it, then by id.
};

} // namespace mesi
