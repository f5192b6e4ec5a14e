#pragma once

#include "bidrepository.h"
#include "chatrepository.h"

#include "api/apiclient.h"
#include "api/creatorapi.h"
#include "api/eventstream.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace mesi::sync {

/**
 * One signed-in creator's live view of the API: lists every bid, follows the events
 * socket, loads chats on demand and sends the creator's actions.
 *
 * Owns the bid and chat repositories that the UI models read. Lives in the GUI thread.
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

    explicit CreatorSession(const QUrl &baseUrl, QObject *parent = nullptr);
    ~CreatorSession() override;

    /// Signs in, then lists all bids and goes live; emits signedIn or signInFailed.
    void signIn(const QString &handle, const QString &password);

    /// Accepts a pending bid; emits actionFailed with the bid id on failure.
    void accept(const QString &bidId);
    /// Rejects a pending bid with an optional reason shown to the fan.
    void reject(const QString &bidId, const QString &reason);
    /// Loads every message of a bid's chat into the chat repository.
    void loadChat(const QString &bidId);
    /// Sends a chat message as the creator.
    void sendMessage(const QString &bidId, const QString &text);
    /// Whether an accept or reject of this bid is on its way to the server.
    bool isBusy(const QString &bidId) const { return m_busyBids.contains(bidId); }

    const api::CreatorProfile &profile() const { return m_profile; }
    ConnectionState connectionState() const { return m_state; }
    BidRepository *bids() { return &m_bids; }
    ChatRepository *chats() { return &m_chats; }
    api::EventStream *events() { return &m_events; }
    QUrl baseUrl() const { return m_client.baseUrl(); }

Q_SIGNALS:
    void signedIn(const mesi::api::CreatorProfile &profile);
    void signInFailed(const mesi::Error &error);
    void connectionStateChanged(mesi::sync::CreatorSession::ConnectionState state);
    /// A listing finished; count is the number of bids now known.
    void bidsLoaded(qsizetype count);
    void actionFailed(const QString &bidId, const mesi::Error &error);
    void busyChanged(const QString &bidId, bool busy);
    void chatFailed(const QString &bidId, const mesi::Error &error);
    void messageSendFailed(const QString &bidId, const QString &text, const mesi::Error &error);
    /// Something from the server was skipped or failed in the background; shown in the status bar.
    void problem(const QString &message);

private:
    void listAllBids();
    void listPage(const QString &cursor, QList<Bid> collected, qint64 eventSeq);
    void loadChatPage(const QString &bidId, const QString &cursor);
    void applyEvent(const contract::Event &event);
    void setBusy(const QString &bidId, bool busy);
    void updateState();
    void scheduleRelist();

    api::ApiClient m_client;
    api::CreatorApi m_api;
    api::EventStream m_events;
    BidRepository m_bids;
    ChatRepository m_chats;
    api::CreatorProfile m_profile;
    QSet<QString> m_busyBids;
    QTimer m_relistTimer;
    ConnectionState m_state = ConnectionState::Offline;
    bool m_listing = false;
    bool m_signedIn = false;
};

} // namespace mesi::sync
