#pragma once

#include "bidrepository.h"
#include "cachewriter.h"
#include "chatrepository.h"
#include "outbox.h"

#include "api/apiclient.h"
#include "api/creatorapi.h"
#include "api/eventstream.h"
#include "store/localcache.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace mesi::secrets {
class SecretStore;
} // namespace mesi::secrets

namespace mesi::sync {

class CreatorLifecycle;

/// The name under which an account's secrets are stored, such as "demo@https://api.example".
QString secretAccountName(const QUrl &baseUrl, const QString &handle);

/**
 * One creator's view of the API, offline first: starts from the local cache, lists every
 * bid once, then follows the events socket from the stored position, loads chats on demand
 * and sends the creator's actions through the outbox.
 *
 * Owns the bid and chat repositories that the UI models read, and the cache. Lives in the
 * GUI thread.
 */
class CreatorSession : public QObject
{
    Q_OBJECT

public:
    /// Connection state of the console, as the status bar shows it.
    enum class ConnectionState {
        Offline,    ///< No server reachable, or not signed in.
        Connecting, ///< Signing in, listing or opening the events socket.
        Online,     ///< Listed and receiving events live.
    };
    Q_ENUM(ConnectionState)

    /// A session whose cache lives in memory only and is gone when the session is.
    explicit CreatorSession(const QUrl &baseUrl, QObject *parent = nullptr);
    /// A session on an opened cache; the cached bids and outbox are loaded at once.
    CreatorSession(const QUrl &baseUrl, std::unique_ptr<store::LocalCache> cache,
                   QObject *parent = nullptr);
    ~CreatorSession() override;

    /// Points later requests at another address, for a sandbox that started after the session.
    void setBaseUrl(const QUrl &baseUrl) { m_client.setBaseUrl(baseUrl); }

    /// Signs in, then syncs and goes live; emits signedIn or signInFailed.
    void signIn(const QString &handle, const QString &password);
    /**
     * Keeps the session tokens and the pass key in store under account; without a store
     * (the default) both live in memory for this run only. The store must outlive the session.
     */
    void setSecretStore(secrets::SecretStore *store, const QString &account);
    /**
     * Goes online with the tokens that an earlier sign-in left in the secret store,
     * refreshing them first when needed. Emits signInRequired when there are none or the
     * server rejects them.
     */
    void resumeFromStore(const QString &handle);
    /// Goes online with tokens from an earlier sign-in; signInRequired when the server rejects them.
    void resume(const QString &handle, const api::SessionTokens &tokens);
    /**
     * Ends the session on the server when reachable, deletes the stored tokens and goes
     * offline. The cache and the outbox stay for the next sign-in. Emits signedOut.
     */
    void signOut();
    /// The token of the signed-in session; empty when not signed in.
    QString bearerToken() const { return m_client.bearerToken(); }
    /// The tokens of the signed-in session, including the refresh token.
    api::SessionTokens sessionTokens() const { return m_client.sessionTokens(); }
    /// Access to the HTTP client, for tests that shorten its timeout.
    api::ApiClient *client() { return &m_client; }

    /// Queues an accept of a pending bid; emits actionFailed with the bid id on failure.
    void accept(const QString &bidId);
    /// Queues a reject of a pending bid with an optional reason shown to the fan.
    void reject(const QString &bidId, const QString &reason);
    /// Loads a bid's chat from the cache at once, then from the server when signed in.
    void loadChat(const QString &bidId);
    /// Queues a chat message as the creator.
    void sendMessage(const QString &bidId, const QString &text);
    /// Applies a bid the server returned outside the events, such as after a proposal is accepted.
    void applyBid(const Bid &bid);
    /// Adds a chat message the server returned to the chat and the cache.
    void applyMessage(const ChatMessage &message);
    /// Settings, KYF, proposals, cancellation, AI sessions and the pass key.
    CreatorLifecycle *lifecycle() { return m_lifecycle; }

    /**
     * Stores an entry in the outbox, to be sent when online. A bid action (see
     * store::isBidAction) first dismisses a failed one of the same bid, and fails with a
     * Conflict error while another one of that bid still waits.
     */
    Result<store::OutboxEntry> queueEntry(store::OutboxEntry::Kind kind, const QString &bidId,
                                          const QString &text);
    /// Cancels an outbox entry that was never sent, or dismisses one the server rejected.
    Result<void> removeOutboxEntry(const QString &entryId);
    /// Whether a bid action (accept, reject, proposal acceptance, cancel) of this bid waits in
    /// the outbox or is on its way.
    bool isBusy(const QString &bidId) const;

    const api::CreatorProfile &profile() const { return m_profile; }
    ConnectionState connectionState() const { return m_state; }
    bool isSignedIn() const { return m_signedIn; }
    BidRepository *bids() { return &m_bids; }
    ChatRepository *chats() { return &m_chats; }
    api::EventStream *events() { return &m_events; }
    Outbox *outbox() { return &m_outbox; }
    store::LocalCache *cache() { return m_cache.get(); }
    QUrl baseUrl() const { return m_client.baseUrl(); }
    /// Sequence number of the last event applied, or nullopt before the first full listing.
    std::optional<qint64> syncPosition() const { return m_syncPosition; }

Q_SIGNALS:
    void signedIn(const mesi::api::CreatorProfile &profile);
    void signInFailed(const mesi::Error &error);
    /// The server rejected the session's tokens, or none are stored; sign in again with the
    /// password to go online. The outbox keeps its entries.
    void signInRequired(const mesi::Error &error);
    /// signOut() finished; the stored tokens are gone.
    void signedOut();
    void connectionStateChanged(mesi::sync::CreatorSession::ConnectionState state);
    /// A listing finished, or the cache was loaded; count is the number of bids now known.
    void bidsLoaded(qsizetype count);
    /// A full listing finished and the events resume from its position.
    void fullSyncFinished(qint64 eventSeq);
    void actionFailed(const QString &bidId, const mesi::Error &error);
    void busyChanged(const QString &bidId, bool busy);
    void chatFailed(const QString &bidId, const mesi::Error &error);
    /// A message was not queued because it is invalid; nothing was stored.
    void messageSendFailed(const QString &bidId, const QString &text, const mesi::Error &error);
    /// An entry was added to, left, or changed state in the outbox.
    void outboxChanged();
    /// Something from the server was skipped or failed in the background; shown in the status bar.
    void problem(const QString &message);
    /// The live updates stopped because the server's certificate failed verification;
    /// error.details describes the certificate.
    void certificateRejected(const mesi::Error &error);

private:
    void loadCache();
    void startSync();
    void listAllBids();
    void listPage(const QString &cursor, QList<Bid> collected, qint64 eventSeq);
    void finishListing(const QList<Bid> &bids, qint64 eventSeq);
    void loadChatPage(const QString &bidId, const QString &cursor);
    void applyEvent(const contract::Event &event);
    void handleAuthenticationFailure(const Error &error);
    void handleEventsRefused(const Error &error);
    void endSessionLocally();

    // Stored tokens, in sessiontokens.cpp.
    void storeTokens();
    void deleteStoredTokens();
    void updateState();
    void scheduleRelist();
    void storeProfile();

    // Outbox glue, in sessionoutbox.cpp.
    void connectOutbox();
    void queueAction(store::OutboxEntry::Kind kind, const QString &bidId, const QString &reason);
    void showOutboxEntry(const store::OutboxEntry &entry);
    void clearOutboxMark(const store::OutboxEntry &entry);
    ChatMessage pendingMessage(const store::OutboxEntry &entry) const;

    api::ApiClient m_client;
    api::CreatorApi m_api;
    api::EventStream m_events;
    BidRepository m_bids;
    ChatRepository m_chats;
    // The writer and the outbox use the cache, so they are declared after it and go first.
    std::unique_ptr<store::LocalCache> m_cache;
    CacheWriter m_writer;
    Outbox m_outbox;
    CreatorLifecycle *m_lifecycle = nullptr;
    api::CreatorProfile m_profile;
    QSet<QString> m_unknownEventTypes; ///< Logged once each.
    QTimer m_relistTimer;
    std::optional<qint64> m_syncPosition;
    ConnectionState m_state = ConnectionState::Offline;
    bool m_listing = false;
    bool m_signedIn = false;
    QPointer<secrets::SecretStore> m_secretStore;
    QString m_secretAccount;
    /// Refreshes tried because the events socket rejected the token, since it was last live.
    int m_socketRefreshes = 0;
};

} // namespace mesi::sync
