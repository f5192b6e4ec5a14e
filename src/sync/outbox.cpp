#include "outbox.h"

#include "core/logging.h"

#include <QRandomGenerator>

namespace mesi::sync {

namespace {

constexpr int MaxRetryDelayMs = 30000;

/// Whether a failure may pass by itself, so the same entry should be sent again later.
bool isTransient(const Error &error)
{
    return error.code == ErrorCode::Network || error.code == ErrorCode::Server
           || error.code == ErrorCode::Unauthorized;
}

} // namespace

Outbox::Outbox(store::LocalCache &cache, api::CreatorApi &api, QObject *parent)
    : QObject(parent), m_cache(cache), m_api(api)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::sendNext);
}

Outbox::~Outbox() = default;

Result<void> Outbox::load()
{
    Result<QList<store::OutboxEntry>> stored = m_cache.outbox();
    if (!stored)
        return stored.error();
    m_entries = stored.value();
    qCInfo(lcSyncOutbox) << "outbox loaded with" << queuedCount() << "entries to send and"
                         << m_entries.size() - queuedCount() << "failed";
    return {};
}

Result<store::OutboxEntry> Outbox::enqueue(store::OutboxEntry::Kind kind, const QString &bidId,
                                           const QString &text)
{
    store::OutboxEntry entry;
    entry.id = api::newIdempotencyKey();
    entry.kind = kind;
    entry.bidId = bidId;
    entry.text = text;
    entry.idempotencyKey = api::newIdempotencyKey();
    entry.createdAt = QDateTime::currentDateTimeUtc();

    Result<store::OutboxEntry> stored = m_cache.enqueue(entry);
    if (!stored) {
        qCWarning(lcSyncOutbox).noquote() << "storing a" << store::toText(kind) << "of bid" << bidId
                                          << "failed:" << stored.error().message;
        return stored.error();
    }
    m_entries.append(stored.value());
    qCInfo(lcSyncOutbox).noquote() << "queued" << store::toText(kind) << "of bid" << bidId
                                   << "as entry" << entry.id;
    Q_EMIT entryAdded(stored.value());
    sendNext();
    return stored;
}

bool Outbox::isRemovable(const QString &entryId) const
{
    const store::OutboxEntry *entry = find(entryId);
    if (!entry || entryId == m_inFlight)
        return false;
    return entry->state == store::OutboxEntry::State::Failed || entry->attempts == 0;
}

Result<void> Outbox::remove(const QString &entryId)
{
    const store::OutboxEntry *entry = find(entryId);
    if (!entry) {
        return makeError(ErrorCode::NotFound,
                         tr("Outbox entry %1 is not in the outbox any more; it was sent or "
                            "removed already.")
                             .arg(entryId));
    }
    if (!isRemovable(entryId)) {
        return makeError(ErrorCode::Conflict,
                         tr("It is already on its way to the server and can no longer be "
                            "cancelled."));
    }

    Result<bool> removed = m_cache.removeEntry(entryId);
    if (!removed)
        return removed.error();

    const store::OutboxEntry gone = m_entries.takeAt(indexOf(entryId));
    qCInfo(lcSyncOutbox).noquote() << "removed outbox entry" << entryId << "of bid" << gone.bidId
                                   << "before it was delivered";
    Q_EMIT entryRemoved(gone);
    if (queuedCount() == 0)
        Q_EMIT drained();
    return {};
}

void Outbox::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online) {
        m_retryAttempt = 0;
        sendNext();
    } else {
        m_retryTimer.stop();
    }
}

const store::OutboxEntry *Outbox::find(const QString &entryId) const
{
    const qsizetype index = indexOf(entryId);
    return index < 0 ? nullptr : &m_entries.at(index);
}

const store::OutboxEntry *Outbox::actionFor(const QString &bidId) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const store::OutboxEntry &entry = m_entries.at(i);
        if (entry.bidId == bidId && store::isBidAction(entry.kind))
            return &entry;
    }
    return nullptr;
}

qsizetype Outbox::queuedCount() const
{
    return std::count_if(m_entries.cbegin(), m_entries.cend(), [](const store::OutboxEntry &entry) {
        return entry.state == store::OutboxEntry::State::Queued;
    });
}

qsizetype Outbox::indexOf(const QString &entryId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == entryId)
            return i;
    }
    return -1;
}

void Outbox::sendNext()
{
    if (!m_online || !m_inFlight.isEmpty() || m_retryTimer.isActive())
        return;

    const auto next = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                   [](const store::OutboxEntry &entry) {
                                       return entry.state == store::OutboxEntry::State::Queued;
                                   });
    if (next == m_entries.cend()) {
        Q_EMIT drained();
        return;
    }

    // Count the attempt before the request leaves: from here on the server may have it.
    if (Result<void> counted = m_cache.recordAttempt(next->id); !counted) {
        qCWarning(lcSyncOutbox).noquote() << "cannot record a send of entry" << next->id << ":"
                                          << counted.error().message;
        scheduleRetry(counted.error());
        return;
    }
    m_entries[next - m_entries.cbegin()].attempts += 1;
    send(*next);
}

void Outbox::send(const store::OutboxEntry &entry)
{
    m_inFlight = entry.id;
    const QString entryId = entry.id;
    qCDebug(lcSyncOutbox).noquote() << "sending entry" << entryId << "attempt" << entry.attempts;
    const auto onBid = [this, entryId](Result<Bid> response) { handleBidResponse(entryId, response); };
    const auto onMessage = [this, entryId](Result<ChatMessage> response) {
        handleMessageResponse(entryId, response);
    };

    using Kind = store::OutboxEntry::Kind;
    if (!m_lifecycleApi && entry.kind != Kind::Accept && entry.kind != Kind::Reject
        && entry.kind != Kind::Message) {
        // A session always sets it, so only a bare Outbox gets here. The entry stays queued.
        handleSendError(entryId, makeError(ErrorCode::Server,
                                           QStringLiteral("no lifecycle API is set, so %1 entries "
                                                          "cannot be sent yet")
                                               .arg(store::toText(entry.kind))));
        return;
    }

    switch (entry.kind) {
    case Kind::Accept:
        m_api.acceptBid(entry.bidId, entry.idempotencyKey, this, onBid);
        return;
    case Kind::Reject:
        m_api.rejectBid(entry.bidId, entry.text, entry.idempotencyKey, this, onBid);
        return;
    case Kind::Message:
        // The entry id is the message's clientId, so the server keeps one copy of it.
        m_api.sendMessage(entry.bidId, entry.text, entry.id, entry.idempotencyKey, this, onMessage);
        return;
    case Kind::Propose: {
        Result<store::ProposalDraft> draft = store::proposalFromEntryText(entry.text);
        if (!draft) {
            handleSendError(entryId, draft.error());
            return;
        }
        // As with a message, the entry id is the proposal's clientId.
        m_lifecycleApi->propose(entry.bidId, draft->terms, draft->note, entry.id,
                                entry.idempotencyKey, this, onMessage);
        return;
    }
    case Kind::AcceptProposal:
        m_lifecycleApi->acceptProposal(entry.bidId, entry.text, entry.idempotencyKey, this, onBid);
        return;
    case Kind::Cancel:
        m_lifecycleApi->cancel(entry.bidId, entry.text, entry.idempotencyKey, this, onBid);
        return;
    }
}

void Outbox::handleBidResponse(const QString &entryId, Result<Bid> response)
{
    if (!response) {
        handleSendError(entryId, response.error());
        return;
    }
    if (std::optional<store::OutboxEntry> entry = completeDelivery(entryId, response.value(), std::nullopt)) {
        qCInfo(lcSyncOutbox).noquote() << "delivered" << store::toText(entry->kind) << "of bid"
                                       << entry->bidId << "entry" << entryId;
        Q_EMIT actionDelivered(*entry, response.value());
    }
    sendNext();
}

void Outbox::handleMessageResponse(const QString &entryId, Result<ChatMessage> response)
{
    if (!response) {
        handleSendError(entryId, response.error());
        return;
    }
    if (std::optional<store::OutboxEntry> entry = completeDelivery(entryId, std::nullopt, response.value())) {
        qCInfo(lcSyncOutbox).noquote() << "delivered message" << response->id << "of bid"
                                       << entry->bidId << "entry" << entryId;
        Q_EMIT messageDelivered(*entry, response.value());
    }
    sendNext();
}

void Outbox::handleSendError(const QString &entryId, const Error &error)
{
    m_inFlight.clear();
    if (handleFailure(entryId, error))
        sendNext();
}

std::optional<store::OutboxEntry> Outbox::completeDelivery(const QString &entryId,
                                                           const std::optional<Bid> &bid,
                                                           const std::optional<ChatMessage> &message)
{
    m_inFlight.clear();
    m_retryAttempt = 0;
    if (Result<void> done = m_cache.completeEntry(entryId, bid, message); !done) {
        qCWarning(lcSyncOutbox).noquote() << "entry" << entryId
                                          << "was delivered but removing it failed:"
                                          << done.error().message;
    }

    const qsizetype index = indexOf(entryId);
    if (index < 0)
        return std::nullopt;
    return m_entries.takeAt(index);
}

bool Outbox::handleFailure(const QString &entryId, const Error &error)
{
    const qsizetype index = indexOf(entryId);
    if (index < 0)
        return true;

    if (isTransient(error)) {
        qCInfo(lcSyncOutbox).noquote() << "sending entry" << entryId
                                       << "failed for now:" << error.message;
        if (error.code == ErrorCode::Unauthorized) {
            // Sending resumes once the session is signed in again and calls setOnline(true).
            m_online = false;
            Q_EMIT deliveryDelayed(error, -1);
            return false;
        }
        scheduleRetry(error);
        return false;
    }

    if (Result<void> marked = m_cache.markFailed(entryId, error.message); !marked) {
        qCWarning(lcSyncOutbox).noquote() << "marking entry" << entryId << "failed did not work:"
                                          << marked.error().message;
    }
    store::OutboxEntry &entry = m_entries[index];
    entry.state = store::OutboxEntry::State::Failed;
    entry.failure = error.message;
    qCInfo(lcSyncOutbox).noquote() << "the server rejected" << store::toText(entry.kind)
                                   << "of bid" << entry.bidId << "entry" << entryId << ":"
                                   << error.message;
    Q_EMIT entryFailed(entry, error);
    return true;
}

void Outbox::scheduleRetry(const Error &error)
{
    // Equal jitter: half of the window fixed, half random, capped at 30 s.
    const int shift = std::min(m_retryAttempt, 5);
    const int window = std::min(MaxRetryDelayMs, m_retryBaseMs * (1 << shift));
    const int delay = window / 2 + QRandomGenerator::global()->bounded(window / 2 + 1);
    ++m_retryAttempt;
    m_retryTimer.start(delay);
    Q_EMIT deliveryDelayed(error, delay);
}

} // namespace mesi::sync
