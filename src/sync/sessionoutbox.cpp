// CreatorSession's actions and how the outbox shows in the repositories the UI reads.

#include "creatorsession.h"

#include "contract/wire.h"
#include "core/logging.h"

namespace mesi::sync {

using Kind = store::OutboxEntry::Kind;
using State = store::OutboxEntry::State;

void CreatorSession::connectOutbox()
{
    connect(&m_outbox, &Outbox::entryAdded, this, [this](const store::OutboxEntry &entry) {
        showOutboxEntry(entry);
        if (store::isBidAction(entry.kind))
            Q_EMIT busyChanged(entry.bidId, true);
        Q_EMIT outboxChanged();
    });
    connect(&m_outbox, &Outbox::entryRemoved, this, [this](const store::OutboxEntry &entry) {
        clearOutboxMark(entry);
        Q_EMIT outboxChanged();
    });
    connect(&m_outbox, &Outbox::actionDelivered, this,
            [this](const store::OutboxEntry &entry, const Bid &bid) {
                m_bids.apply(bid);
                clearOutboxMark(entry);
                Q_EMIT outboxChanged();
            });
    connect(&m_outbox, &Outbox::messageDelivered, this,
            [this](const store::OutboxEntry &, const ChatMessage &message) {
                // The server's copy of a message or proposal carries the entry id as clientId and
                // replaces the pending one.
                m_chats.add(message);
                Q_EMIT outboxChanged();
            });
    connect(&m_outbox, &Outbox::entryFailed, this,
            [this](const store::OutboxEntry &entry, const Error &error) {
                showOutboxEntry(entry);
                if (entry.kind == Kind::Message) {
                    Q_EMIT problem(tr("A message was not sent: %1").arg(error.message));
                } else if (store::isBidAction(entry.kind)) {
                    Q_EMIT busyChanged(entry.bidId, false);
                    // CreatorLifecycle reports failed proposal acceptances and cancellations.
                    if (entry.kind == Kind::Accept || entry.kind == Kind::Reject)
                        Q_EMIT actionFailed(entry.bidId, error);
                }
                Q_EMIT outboxChanged();
            });
    connect(&m_outbox, &Outbox::deliveryDelayed, this, [this](const Error &error, int retryInMs) {
        if (retryInMs < 0) {
            Q_EMIT problem(tr("Unsent actions wait until you sign in again: %1").arg(error.message));
            return;
        }
        Q_EMIT problem(tr("Unsent actions wait for the server; next try in %n second(s): %1",
                          nullptr, (retryInMs + 999) / 1000)
                           .arg(error.message));
    });
}

void CreatorSession::showOutboxEntry(const store::OutboxEntry &entry)
{
    const bool failed = entry.state == State::Failed;
    if (!store::isBidAction(entry.kind)) {
        if (failed)
            m_chats.setPendingFailed(entry.bidId, entry.id, entry.failure);
        else
            m_chats.addPending(pendingMessage(entry), Delivery::Pending);
        return;
    }
    m_bids.setOutboxMark(entry.bidId, OutboxMark{entry.id, entry.kind, failed, entry.failure});
}

void CreatorSession::clearOutboxMark(const store::OutboxEntry &entry)
{
    if (!store::isBidAction(entry.kind)) {
        m_chats.removePending(entry.bidId, entry.id);
        return;
    }

    // A later entry of the same bid may own the mark by now.
    const OutboxMark *mark = m_bids.outboxMark(entry.bidId);
    if (mark && mark->entryId == entry.id)
        m_bids.setOutboxMark(entry.bidId, std::nullopt);
    if (const store::OutboxEntry *older = m_outbox.actionFor(entry.bidId))
        showOutboxEntry(*older);
    Q_EMIT busyChanged(entry.bidId, isBusy(entry.bidId));
}

ChatMessage CreatorSession::pendingMessage(const store::OutboxEntry &entry) const
{
    ChatMessage message;
    message.bidId = entry.bidId;
    message.clientId = entry.id;
    message.sender = ChatSender::Creator;
    message.senderName = m_profile.displayName.isEmpty() ? m_profile.handle : m_profile.displayName;
    if (message.senderName.isEmpty())
        message.senderName = tr("You");
    message.text = entry.text;
    message.sentAt = entry.createdAt;
    if (entry.kind == Kind::Propose) {
        // Shown like the server's copy: the terms, with the note as the text.
        message.text.clear();
        if (Result<store::ProposalDraft> draft = store::proposalFromEntryText(entry.text)) {
            message.proposal = draft->terms;
            message.text = draft->note;
        } else {
            qCWarning(lcSyncOutbox).noquote() << "showing queued proposal" << entry.id
                                              << "without its terms:" << draft.error().message;
        }
    }
    return message;
}

bool CreatorSession::isBusy(const QString &bidId) const
{
    const store::OutboxEntry *entry = m_outbox.actionFor(bidId);
    return entry && entry->state == State::Queued;
}

Result<store::OutboxEntry> CreatorSession::queueEntry(Kind kind, const QString &bidId,
                                                     const QString &text)
{
    if (store::isBidAction(kind)) {
        if (isBusy(bidId)) {
            return makeError(ErrorCode::Conflict,
                             tr("An earlier action on this bid still waits to be sent. Undo it, "
                                "or wait until it is sent and try again."));
        }
        // A new decision replaces a failed one, because showing both would confuse the creator.
        if (const store::OutboxEntry *failed = m_outbox.actionFor(bidId))
            (void)m_outbox.remove(failed->id);
    }
    return m_outbox.enqueue(kind, bidId, text);
}

void CreatorSession::queueAction(Kind kind, const QString &bidId, const QString &reason)
{
    if (isBusy(bidId))
        return;

    Result<store::OutboxEntry> queued = queueEntry(kind, bidId, reason);
    if (!queued)
        Q_EMIT actionFailed(bidId, queued.error());
}

void CreatorSession::accept(const QString &bidId)
{
    queueAction(Kind::Accept, bidId, QString());
}

void CreatorSession::reject(const QString &bidId, const QString &reason)
{
    if (reason.size() > contract::MaxRejectReasonLength) {
        Q_EMIT actionFailed(bidId, makeError(ErrorCode::InvalidArgument,
                                             tr("The reason has %1 characters; shorten it to at "
                                                "most %2.")
                                                 .arg(reason.size())
                                                 .arg(contract::MaxRejectReasonLength),
                                             QStringLiteral("reason")));
        return;
    }
    queueAction(Kind::Reject, bidId, reason);
}

void CreatorSession::sendMessage(const QString &bidId, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    if (trimmed.size() > contract::MaxMessageLength) {
        Q_EMIT messageSendFailed(bidId, text,
                                 makeError(ErrorCode::InvalidArgument,
                                           tr("The message has %1 characters; shorten it to at "
                                              "most %2.")
                                               .arg(trimmed.size())
                                               .arg(contract::MaxMessageLength),
                                           QStringLiteral("text")));
        return;
    }

    Result<store::OutboxEntry> queued = m_outbox.enqueue(Kind::Message, bidId, trimmed);
    if (!queued)
        Q_EMIT messageSendFailed(bidId, text, queued.error());
}

Result<void> CreatorSession::removeOutboxEntry(const QString &entryId)
{
    return m_outbox.remove(entryId);
}

} // namespace mesi::sync
