#pragma once

#include "core/meeting.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace mesi::store {

/// One action of the creator that waits in the outbox until the server has it.
struct OutboxEntry
{
    enum class Kind {
        Accept,
        Reject,
        Message,
        Propose,        ///< A meeting proposal, posted as a chat message.
        AcceptProposal, ///< Accepts the fan's newest proposal, which schedules the meeting.
        Cancel,         ///< Cancels an accepted or scheduled bid, which refunds the fan.
    };

    enum class State {
        Queued, ///< Waiting to be sent, or sent without an answer yet.
        Failed, ///< The server rejected it; kept until the creator dismisses it.
    };

    qint64 position = 0;    ///< Order in the outbox; assigned when the entry is stored.
    QString id;             ///< Client-generated; the clientId of a message or proposal on the wire.
    Kind kind = Kind::Accept;
    QString bidId;
    /**
     * Depends on kind: the reason of a reject or cancel, the text of a message, the
     * proposal's compact JSON (see proposalEntryText) or the id of the proposal to accept.
     */
    QString text;
    QString idempotencyKey; ///< Stored before the first send, so every resend repeats it.
    State state = State::Queued;
    int attempts = 0;       ///< Sends started; above 0 the server may already have the entry.
    QString failure;        ///< The server's reason when state is Failed.
    QDateTime createdAt;    ///< UTC.
};

/// The kind's name in the cache: accept, reject, message, propose, accept_proposal or cancel.
QString toText(OutboxEntry::Kind kind);

/// Whether entries of this kind change the bid itself, rather than add a chat message.
inline bool isBidAction(OutboxEntry::Kind kind)
{
    return kind != OutboxEntry::Kind::Message && kind != OutboxEntry::Kind::Propose;
}

/// A meeting proposal as a Propose entry stores it.
struct ProposalDraft
{
    MeetingTerms terms;
    QString note; ///< May be empty.
};

/// The text of a Propose entry: {"terms": <wire form of terms>, "note": note} as compact JSON.
QString proposalEntryText(const MeetingTerms &terms, const QString &note);
/// Parses the text of a Propose entry. Fails with a Storage error on damaged text.
Result<ProposalDraft> proposalFromEntryText(const QString &text);

/// text, or an empty string for a null one, because QtSql binds a null QString as SQL NULL.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace mesi::store
