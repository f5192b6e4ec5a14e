#pragma once

#include "api/creatorapi.h"
#include "api/lifecycleapi.h"
#include "store/localcache.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace mesi::sync {

/**
 * The creator's accepts, rejects, chat messages, meeting proposals, proposal acceptances and
 * cancellations on their way to the server, kept in the LocalCache so that none is lost or
 * sent twice.
 *
 * An entry and its idempotency key are stored before the first send, and every resend (after
 * a network error or a restart) repeats that key, so the server applies it once. Entries go
 * one at a time in the order they were made. One the server rejects is marked failed with
 * the server's reason, and the next entry goes on. A network or server failure keeps the
 * entry at the head and retries with a capped, jittered backoff.
 *
 * Lives in the GUI thread; the cache and both APIs must outlive it.
 */
class Outbox : public QObject
{
    Q_OBJECT

public:
    Outbox(store::LocalCache &cache, api::CreatorApi &api, QObject *parent = nullptr);
    ~Outbox() override;

    /// Sets the API that sends proposals, proposal acceptances and cancellations.
    void setLifecycleApi(api::LifecycleApi &api) { m_lifecycleApi = &api; }

    /// Reads the entries a previous run left in the cache.
    Result<void> load();

    /// Stores a new entry with a fresh id and idempotency key, then sends it when online.
    Result<store::OutboxEntry> enqueue(store::OutboxEntry::Kind kind, const QString &bidId,
                                       const QString &text);
    /**
     * Removes an entry that was never sent (cancel) or that failed (dismiss). An entry that
     * is being sent, or whose earlier send may have reached the server, cannot be removed.
     */
    Result<void> remove(const QString &entryId);
    /// Whether remove() would succeed for this entry now.
    bool isRemovable(const QString &entryId) const;

    /// Allows or stops sending; entries are sent only while the session is online.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    const QList<store::OutboxEntry> &entries() const { return m_entries; }
    const store::OutboxEntry *find(const QString &entryId) const;
    /// The newest bid action (see store::isBidAction) of this bid in the outbox, queued or failed.
    const store::OutboxEntry *actionFor(const QString &bidId) const;
    /// Number of entries that still wait to be sent.
    qsizetype queuedCount() const;

    /// Sets the first retry delay after a network failure, in milliseconds; tests shorten it.
    void setRetryBaseDelay(int milliseconds) { m_retryBaseMs = milliseconds; }

Q_SIGNALS:
    void entryAdded(const mesi::store::OutboxEntry &entry);
    /// The entry was cancelled or dismissed and will never be sent.
    void entryRemoved(const mesi::store::OutboxEntry &entry);
    /// The server applied a bid action, and bid is the bid it returned.
    void actionDelivered(const mesi::store::OutboxEntry &entry, const mesi::Bid &bid);
    /// The server stored a chat message or a proposal, and message is its copy.
    void messageDelivered(const mesi::store::OutboxEntry &entry, const mesi::ChatMessage &message);
    /// The server rejected the entry; it stays, marked failed, until it is dismissed.
    void entryFailed(const mesi::store::OutboxEntry &entry, const mesi::Error &error);
    /// A send failed for a reason that may pass (no network, server error); it is retried.
    void deliveryDelayed(const mesi::Error &error, int retryInMs);
    /// Nothing is left to send: every entry was delivered or failed.
    void drained();

private:
    void sendNext();
    void send(const store::OutboxEntry &entry);
    void handleBidResponse(const QString &entryId, Result<Bid> response);
    void handleMessageResponse(const QString &entryId, Result<ChatMessage> response);
    void handleSendError(const QString &entryId, const Error &error);
    /// Removes a delivered entry from the cache and the queue; returns it unless it was gone.
    std::optional<store::OutboxEntry> completeDelivery(const QString &entryId,
                                                       const std::optional<Bid> &bid,
                                                       const std::optional<ChatMessage> &message);
    /// Handles an error response; returns true when the queue should go on with the next entry.
    bool handleFailure(const QString &entryId, const Error &error);
    void scheduleRetry(const Error &error);
    qsizetype indexOf(const QString &entryId) const;

    store::LocalCache &m_cache;
    api::CreatorApi &m_api;
    api::LifecycleApi *m_lifecycleApi = nullptr;
    QList<store::OutboxEntry> m_entries;
    QString m_inFlight; ///< Id of the entry whose request has no response yet.
    QTimer m_retryTimer;
    int m_retryAttempt = 0;
    int m_retryBaseMs = 1000;
    bool m_online = false;
};

} // namespace mesi::sync
