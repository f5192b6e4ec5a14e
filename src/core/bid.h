#pragma once

#include "aisession.h"
#include "bidstatus.h"
#include "kyf.h"
#include "meeting.h"
#include "money.h"

#include <QDateTime>
#include <QString>

#include <optional>

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
    QString cancelledBy;  ///< "fan", "creator" or "platform" for a cancelled bid; else empty.
    QString cancelReason; ///< Why a cancelled bid was cancelled, in words for people.
    QDateTime expiresAt;  ///< UTC; a pending bid not answered by then expires.
    KyfRequest kyf;
    Meeting meeting;      ///< Set once a proposal is accepted; invalid before.
    std::optional<AiSession> session; ///< Set for bids on an AI account.
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
    QString text;         ///< For a proposal, an optional note that goes with it.
    std::optional<MeetingTerms> proposal; ///< Set when the message proposes meeting terms.
    QString clientId;  ///< Chosen by the sending client so a retried send is stored once.
    QDateTime sentAt;  ///< Server time, UTC; chats are ordered by it, then by id.
};

} // namespace mesi
