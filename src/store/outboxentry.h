#pragma once

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
    };

    enum class State {
        Queued, ///< Waiting to be sent, or sent without an answer yet.
        Failed, ///< The server rejected it; kept until the creator dismisses it.
    };

    qint64 position = 0;    ///< Order in the outbox; assigned when the entry is stored.
    QString id;             ///< Client-generated; a message's clientId on the wire.
    Kind kind = Kind::Accept;
    QString bidId;
    QString text;           ///< The reason of a reject or the text of a message.
    QString idempotencyKey; ///< Stored before the first send, so every resend repeats it.
    State state = State::Queued;
    int attempts = 0;       ///< Sends started; above 0 the server may already have the entry.
    QString failure;        ///< The server's reason when state is Failed.
    QDateTime createdAt;    ///< UTC.
};

QString toText(OutboxEntry::Kind kind);

/// text, or an empty string for a null one, because QtSql binds a null QString as SQL NULL.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace mesi::store
