#include "creatorsession.h"

#include "creatorlifecycle.h"
#include "contract/lifecyclecodec.h"

#include "contract/wire.h"
#include "core/logging.h"

namespace mesi::sync {

namespace {

constexpr int RelistDelayMs = 5000;
const QString ProfileHandleName = QStringLiteral("profile_handle");
const QString ProfileDisplayName = QStringLiteral("profile_display_name");

std::unique_ptr<store::LocalCache> cacheOrMemory(std::unique_ptr<store::LocalCache> cache)
{
    if (cache)
        return cache;
    Result<std::unique_ptr<store::LocalCache>> memory =
        store::LocalCache::open(store::LocalCache::inMemoryPath());
    if (!memory) {
        // Only a missing Qt SQLite driver makes an in-memory database fail to open.
        qFatal("cannot open an in-memory cache (%s); install the Qt SQLite driver "
               "(libqt6sql6-sqlite)",
               qPrintable(memory.error().message));
    }
    return std::move(memory).value();
}

} // namespace

CreatorSession::CreatorSession(const QUrl &baseUrl, QObject *parent)
    : CreatorSession(baseUrl, nullptr, parent)
{
}

CreatorSession::CreatorSession(const QUrl &baseUrl, std::unique_ptr<store::LocalCache> cache,
                               QObject *parent)
    : QObject(parent),
      m_client(baseUrl),
      m_api(m_client),
      m_cache(cacheOrMemory(std::move(cache))),
      m_writer(*m_cache),
      m_outbox(*m_cache, m_api)
{
    m_relistTimer.setSingleShot(true);
    connect(&m_relistTimer, &QTimer::timeout, this, &CreatorSession::listAllBids);

    connect(&m_events, &api::EventStream::eventReceived, this, &CreatorSession::applyEvent);
    connect(&m_events, &api::EventStream::stateChanged, this, &CreatorSession::updateState);
    connect(&m_events, &api::EventStream::resyncRequired, this, [this](qint64 serverSeq) {
        qCInfo(lcSync) << "the server cannot replay from seq" << m_events.lastSeq()
                       << "; listing everything again at server seq" << serverSeq;
        listAllBids();
    });
    connect(&m_events, &api::EventStream::authenticationFailed, this,
            &CreatorSession::handleEventsRefused);
    connect(&m_client, &api::ApiClient::sessionTokensChanged, this, [this] {
        m_events.setToken(m_client.bearerToken());
        storeTokens();
    });
    connect(&m_client, &api::ApiClient::sessionRefreshRejected, this,
            &CreatorSession::handleAuthenticationFailure);
    connect(&m_events, &api::EventStream::certificateRejected, this, [this](const Error &error) {
        Q_EMIT problem(error.message);
        Q_EMIT certificateRejected(error);
    });
    connect(&m_events, &api::EventStream::protocolProblem, this,
            [this](const Error &error) { Q_EMIT problem(error.message); });
    connect(&m_writer, &CacheWriter::writeFailed, this, [this](const Error &error) {
        Q_EMIT problem(tr("Could not save changes for offline use: %1. The console keeps them "
                          "and tries again every few seconds.")
                           .arg(error.message));
    });

    m_lifecycle = new CreatorLifecycle(m_client, *this, this);
    connect(this, &CreatorSession::signedIn, m_lifecycle, [this] {
        m_lifecycle->refreshSettings();
        m_lifecycle->preparePassKey();
    });

    connectOutbox();
    loadCache();
    m_lifecycle->loadCachedSettings();
}

void CreatorSession::applyBid(const Bid &bid)
{
    if (m_bids.apply(bid))
        m_writer.addBid(bid);
}

void CreatorSession::applyMessage(const ChatMessage &message)
{
    m_chats.add(message);
    m_writer.addMessage(message);
}

CreatorSession::~CreatorSession()
{
    m_events.stop();
}

void CreatorSession::loadCache()
{
    Result<QList<Bid>> bids = m_cache->loadBids();
    if (bids) {
        if (!bids->isEmpty()) {
            m_bids.reset(bids.value());
            qCInfo(lcSync) << "loaded" << bids->size() << "bids from the cache";
        }
    } else {
        qCWarning(lcSync).noquote() << "loading cached bids failed:" << bids.error().message;
    }

    Result<std::optional<qint64>> position = m_cache->eventSeq();
    if (position)
        m_syncPosition = position.value();

    Result<QString> handle = m_cache->stateValue(ProfileHandleName);
    Result<QString> displayName = m_cache->stateValue(ProfileDisplayName);
    if (handle && displayName) {
        m_profile.handle = handle.value();
        m_profile.displayName = displayName.value();
    }

    if (Result<void> loaded = m_outbox.load(); !loaded) {
        qCWarning(lcSync).noquote() << "loading the outbox failed:" << loaded.error().message;
        Q_EMIT problem(tr("Could not load unsent actions: %1").arg(loaded.error().message));
    }
    for (const store::OutboxEntry &entry : m_outbox.entries())
        showOutboxEntry(entry);
}

void CreatorSession::signIn(const QString &handle, const QString &password)
{
    m_state = ConnectionState::Connecting;
    Q_EMIT connectionStateChanged(m_state);

    m_api.signIn(handle, password, this, [this](Result<api::CreatorProfile> profile) {
        if (!profile) {
            updateState();
            Q_EMIT signInFailed(profile.error());
            return;
        }
        m_profile = profile.value();
        m_signedIn = true;
        m_socketRefreshes = 0;
        storeProfile();
        storeTokens();
        qCInfo(lcSync) << "signed in as" << m_profile.handle;
        Q_EMIT signedIn(m_profile);
        startSync();
    });
}

void CreatorSession::resume(const QString &handle, const api::SessionTokens &tokens)
{
    // An expired access token is fine here: the first request or the events hello fails
    // with token_expired, and the client refreshes it then.
    m_client.setSessionTokens(tokens);
    m_profile.handle = handle;
    m_signedIn = true;
    m_socketRefreshes = 0;
    qCInfo(lcSync) << "resuming as" << handle << "with a stored session";
    Q_EMIT signedIn(m_profile);
    startSync();
}

void CreatorSession::storeProfile()
{
    Result<void> handle = m_cache->setStateValue(ProfileHandleName, m_profile.handle);
    Result<void> name = m_cache->setStateValue(ProfileDisplayName, m_profile.displayName);
    if (!handle || !name)
        qCWarning(lcSync) << "storing the profile in the cache failed";
}

void CreatorSession::startSync()
{
    if (!m_syncPosition) {
        listAllBids();
        return;
    }
    // A full listing happened before, so the server replays only what this cache missed.
    qCInfo(lcSync) << "resuming events after seq" << *m_syncPosition;
    m_events.start(api::eventsUrl(m_client.baseUrl()), m_client.bearerToken(), *m_syncPosition);
    updateState();
}

void CreatorSession::listAllBids()
{
    if (!m_signedIn || m_listing)
        return;

    m_events.stop();
    m_listing = true;
    updateState();
    listPage(QString(), {}, -1);
}

void CreatorSession::listPage(const QString &cursor, QList<Bid> collected, qint64 eventSeq)
{
    api::BidQuery query;
    query.cursor = cursor;
    query.limit = contract::MaxPageSize;

    m_api.listBids(query, this, [this, collected = std::move(collected), eventSeq](
                                    Result<contract::BidPage> page) mutable {
        if (!page) {
            qCWarning(lcSync) << "listing bids failed:" << page.error().message;
            m_listing = false;
            if (page.error().code == ErrorCode::Unauthorized) {
                handleAuthenticationFailure(page.error());
                return;
            }
            updateState();
            Q_EMIT problem(tr("Could not load bids: %1").arg(page.error().message));
            scheduleRelist();
            return;
        }

        // The first page's position is where the event stream resumes, so nothing is missed.
        if (eventSeq < 0)
            eventSeq = page->eventSeq;
        collected.append(page->bids);
        for (const Error &rejected : page->rejectedItems) {
            qCWarning(lcSync) << "skipped a bid that breaks the contract:" << rejected.message;
            Q_EMIT problem(tr("Skipped a bid from the server: %1").arg(rejected.message));
        }

        if (!page->nextCursor.isEmpty()) {
            listPage(page->nextCursor, std::move(collected), eventSeq);
            return;
        }
        finishListing(collected, eventSeq);
    });
}

void CreatorSession::finishListing(const QList<Bid> &bids, qint64 eventSeq)
{
    m_listing = false;

    // Older event changes go first, so the listing is what the cache ends with. A failed
    // write is reported through writeFailed and retried by the writer.
    (void)m_writer.flush();
    m_bids.reset(bids);
    if (Result<void> stored = m_cache->replaceBids(bids, eventSeq); !stored) {
        qCWarning(lcSync).noquote() << "storing the listing in the cache failed:"
                                    << stored.error().message;
        Q_EMIT problem(tr("Could not save bids for offline use: %1").arg(stored.error().message));
        // The writer retries the listing, so no later write stores a position past it.
        for (const Bid &bid : bids)
            m_writer.addBid(bid);
        m_writer.setEventSeq(eventSeq);
    }
    m_syncPosition = eventSeq;

    qCInfo(lcSync) << "listed" << bids.size() << "bids; events resume after seq" << eventSeq;
    Q_EMIT bidsLoaded(m_bids.size());
    Q_EMIT fullSyncFinished(eventSeq);
    m_events.start(api::eventsUrl(m_client.baseUrl()), m_client.bearerToken(), eventSeq);
    updateState();
}

void CreatorSession::scheduleRelist()
{
    if (m_signedIn)
        m_relistTimer.start(RelistDelayMs);
}

void CreatorSession::applyEvent(const contract::Event &event)
{
    // Every event moves the position, even one that is skipped, so it is not replayed forever.
    m_syncPosition = event.seq;
    m_writer.setEventSeq(event.seq);

    switch (event.type) {
    case contract::EventType::BidCreated:
    case contract::EventType::BidUpdated: {
        Result<Bid> bid = contract::bidFromJson(event.data);
        if (!bid) {
            qCWarning(lcSync) << "event seq" << event.seq << "skipped:" << bid.error().message;
            Q_EMIT problem(tr("Skipped an update from the server: %1").arg(bid.error().message));
            return;
        }
        if (m_bids.apply(bid.value()))
            m_writer.addBid(bid.value());
        return;
    }
    case contract::EventType::MessageCreated: {
        Result<ChatMessage> message = contract::chatMessageFromJson(event.data);
        if (!message) {
            qCWarning(lcSync) << "event seq" << event.seq << "skipped:" << message.error().message;
            Q_EMIT problem(tr("Skipped a chat message from the server: %1")
                               .arg(message.error().message));
            return;
        }
        m_chats.add(message.value());
        m_writer.addMessage(message.value());
        return;
    }
    case contract::EventType::SettingsUpdated: {
        Result<CreatorSettings> settings = contract::creatorSettingsFromJson(event.data);
        if (!settings) {
            qCWarning(lcSync) << "event seq" << event.seq << "skipped:" << settings.error().message;
            return;
        }
        m_lifecycle->applySettings(settings.value());
        return;
    }
    case contract::EventType::Unknown:
        if (!m_unknownEventTypes.contains(event.typeName)) {
            m_unknownEventTypes.insert(event.typeName);
            qCInfo(lcSync) << "skipping events of unknown type" << event.typeName << "first at seq"
                           << event.seq;
        }
        return;
    }
}

void CreatorSession::handleAuthenticationFailure(const Error &error)
{
    qCInfo(lcSync).noquote() << "the server rejected the session:" << error.message;
    endSessionLocally();
    Q_EMIT problem(error.message);
    Q_EMIT signInRequired(error);
}

void CreatorSession::handleEventsRefused(const Error &error)
{
    // The socket checks the token only in its hello, so an expired token shows up here on a
    // reconnect. One refresh per connection is enough; a second rejection ends the session.
    if (!m_client.sessionTokens().canRefresh() || m_socketRefreshes > 0) {
        handleAuthenticationFailure(error);
        return;
    }
    ++m_socketRefreshes;
    qCInfo(lcSync) << "the events socket rejected the token; refreshing it";
    m_client.refreshSession(this, [this](const Result<void> &refreshed) {
        // A rejected refresh token already ended the session through sessionRefreshRejected;
        // without a response, the client tries again later and the session stays offline.
        if (refreshed && m_signedIn)
            startSync();
        else
            updateState();
    });
}

void CreatorSession::endSessionLocally()
{
    m_signedIn = false;
    m_events.stop();
    m_relistTimer.stop();
    m_client.clearSessionTokens();
    deleteStoredTokens();
    updateState();
}

void CreatorSession::loadChat(const QString &bidId)
{
    Result<QList<ChatMessage>> cached = m_cache->loadMessages(bidId);
    if (cached) {
        for (const ChatMessage &message : cached.value())
            m_chats.add(message);
    } else {
        qCWarning(lcSync).noquote() << "loading the cached chat of bid" << bidId
                                    << "failed:" << cached.error().message;
    }
    if (m_signedIn)
        loadChatPage(bidId, QString());
}

void CreatorSession::loadChatPage(const QString &bidId, const QString &cursor)
{
    m_api.listMessages(bidId, cursor, this, [this, bidId](Result<contract::MessagePage> page) {
        if (!page) {
            Q_EMIT chatFailed(bidId, page.error());
            return;
        }
        for (const ChatMessage &message : page->messages) {
            m_chats.add(message);
            m_writer.addMessage(message);
        }
        for (const Error &rejected : page->rejectedItems)
            Q_EMIT problem(tr("Skipped a chat message from the server: %1").arg(rejected.message));
        if (!page->nextCursor.isEmpty())
            loadChatPage(bidId, page->nextCursor);
    });
}

void CreatorSession::updateState()
{
    ConnectionState state = ConnectionState::Offline;
    if (m_signedIn) {
        if (m_listing || m_events.state() == api::EventStream::State::Connecting)
            state = ConnectionState::Connecting;
        else if (m_events.state() == api::EventStream::State::Live)
            state = ConnectionState::Online;
    }
    m_outbox.setOnline(state == ConnectionState::Online);
    if (state == ConnectionState::Online)
        m_socketRefreshes = 0;
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT connectionStateChanged(state);
}

} // namespace mesi::sync
