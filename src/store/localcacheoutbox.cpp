// The outbox part of LocalCache: entries stored before their first send, in order.

#include "localcache.h"

#include "contract/codec.h"
#include "contract/lifecyclecodec.h"
#include "core/logging.h"

#include <QJsonDocument>

namespace mesi::store {

namespace {

const QString EntryColumns = QStringLiteral(
    "position, entry_id, kind, bid_id, text, idempotency_key, state, attempts, failure, created_at");

std::optional<OutboxEntry::Kind> kindFromText(const QString &text)
{
    if (text == QLatin1String("accept"))
        return OutboxEntry::Kind::Accept;
    if (text == QLatin1String("reject"))
        return OutboxEntry::Kind::Reject;
    if (text == QLatin1String("message"))
        return OutboxEntry::Kind::Message;
    if (text == QLatin1String("propose"))
        return OutboxEntry::Kind::Propose;
    if (text == QLatin1String("accept_proposal"))
        return OutboxEntry::Kind::AcceptProposal;
    if (text == QLatin1String("cancel"))
        return OutboxEntry::Kind::Cancel;
    return std::nullopt;
}

Result<QSqlQuery *> changedOneRow(Result<QSqlQuery *> query, const QString &entryId)
{
    if (query && query.value()->numRowsAffected() != 1) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("outbox entry '%1' not found; it was sent or removed "
                                        "already")
                             .arg(entryId));
    }
    return query;
}

} // namespace

QString toText(OutboxEntry::Kind kind)
{
    switch (kind) {
    case OutboxEntry::Kind::Accept:
        return QStringLiteral("accept");
    case OutboxEntry::Kind::Reject:
        return QStringLiteral("reject");
    case OutboxEntry::Kind::Message:
        return QStringLiteral("message");
    case OutboxEntry::Kind::Propose:
        return QStringLiteral("propose");
    case OutboxEntry::Kind::AcceptProposal:
        return QStringLiteral("accept_proposal");
    case OutboxEntry::Kind::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

QString proposalEntryText(const MeetingTerms &terms, const QString &note)
{
    const QJsonObject object{{QStringLiteral("terms"), contract::toJson(terms)},
                             {QStringLiteral("note"), note}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<ProposalDraft> proposalFromEntryText(const QString &text)
{
    const QString subject = QStringLiteral("queued proposal");
    Result<QJsonObject> object = contract::parseObject(text.toUtf8(), subject);
    Result<MeetingTerms> terms =
        object ? contract::meetingTermsFromJson(object->value(QStringLiteral("terms")).toObject(),
                                                subject)
               : Result<MeetingTerms>(object.error());
    if (!terms) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("the cached outbox contains a proposal that cannot be read "
                                        "(%1); dismiss it and propose again")
                             .arg(terms.error().message));
    }
    return ProposalDraft{terms.value(), object->value(QStringLiteral("note")).toString()};
}

Result<OutboxEntry> LocalCache::enqueue(OutboxEntry entry)
{
    entry.state = OutboxEntry::State::Queued;
    entry.attempts = 0;
    entry.failure.clear();
    Result<QSqlQuery *> inserted = m_database->run(
        QStringLiteral("INSERT INTO outbox (entry_id, kind, bid_id, text, idempotency_key, state, "
                       "created_at) VALUES (?, ?, ?, ?, ?, 'queued', ?)"),
        {entry.id, toText(entry.kind), entry.bidId, notNull(entry.text), entry.idempotencyKey,
         entry.createdAt.toMSecsSinceEpoch()});
    if (!inserted)
        return inserted.error();
    entry.position = inserted.value()->lastInsertId().toLongLong();
    return entry;
}

Result<QList<OutboxEntry>> LocalCache::outbox()
{
    Result<QSqlQuery *> query = m_database->run(
        QStringLiteral("SELECT %1 FROM outbox ORDER BY position").arg(EntryColumns));
    if (!query)
        return query.error();

    QList<OutboxEntry> entries;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        OutboxEntry entry;
        entry.position = row.value(0).toLongLong();
        entry.id = row.value(1).toString();
        const std::optional<OutboxEntry::Kind> kind = kindFromText(row.value(2).toString());
        if (!kind) {
            // The CHECK constraint admits no other kind, so only a damaged row gets here.
            qCWarning(lcStoreCache).noquote() << "skipped outbox entry" << entry.id
                                              << "of unknown kind" << row.value(2).toString();
            continue;
        }
        entry.kind = *kind;
        entry.bidId = row.value(3).toString();
        entry.text = row.value(4).toString();
        entry.idempotencyKey = row.value(5).toString();
        entry.state = row.value(6).toString() == QLatin1String("failed")
                          ? OutboxEntry::State::Failed
                          : OutboxEntry::State::Queued;
        entry.attempts = row.value(7).toInt();
        entry.failure = row.value(8).toString();
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(9).toLongLong(), Qt::UTC);
        entries.append(entry);
    }
    row.finish();
    return entries;
}

Result<void> LocalCache::recordAttempt(const QString &entryId)
{
    Result<QSqlQuery *> done = changedOneRow(
        m_database->run(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE entry_id = ?"),
                        {entryId}),
        entryId);
    if (!done)
        return done.error();
    return {};
}

Result<void> LocalCache::markFailed(const QString &entryId, const QString &failure)
{
    Result<QSqlQuery *> done = changedOneRow(
        m_database->run(
            QStringLiteral("UPDATE outbox SET state = 'failed', failure = ? WHERE entry_id = ?"),
            {notNull(failure), entryId}),
        entryId);
    if (!done)
        return done.error();
    return {};
}

Result<bool> LocalCache::removeEntry(const QString &entryId)
{
    Result<QSqlQuery *> done =
        m_database->run(QStringLiteral("DELETE FROM outbox WHERE entry_id = ?"), {entryId});
    if (!done)
        return done.error();
    return done.value()->numRowsAffected() == 1;
}

Result<void> LocalCache::completeEntry(const QString &entryId, const std::optional<Bid> &bid,
                                       const std::optional<ChatMessage> &message)
{
    return m_database->transaction([&]() -> Result<void> {
        Result<bool> removed = removeEntry(entryId);
        if (!removed)
            return removed.error();
        if (bid) {
            if (Result<void> stored = storeBid(*bid, true); !stored)
                return stored;
        }
        if (message) {
            if (Result<void> stored = storeMessage(*message); !stored)
                return stored;
        }
        return {};
    });
}

} // namespace mesi::store
