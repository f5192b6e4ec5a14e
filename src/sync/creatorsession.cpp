#include "creatorsession.h"

#include "contract/wire.h"
#include "core/logging.h"

namespace mesi::sync {

namespace {
constexpr int RelistDelayMs = 5000;
}

CreatorSession::CreatorSession(const QUrl &baseUrl, QObject *parent)
    : QObject(parent), m_client(baseUrl), m_api(m_client)
{
    m_relistTimer.setSingleShot(true);
    connect(&m_relistTimer, &QTimer::timeout, this, &CreatorSession::listAllBids);

    connect(&m_events, &api::EventStream::eventReceived, this, &CreatorSession::applyEvent);
    connect(&m_events, &api::EventStream::stateChanged, this, &CreatorSession::updateState);
    connect(&m_events, &api::EventStream::resyncRequired, this, &CreatorSession::listAllBids);
    connect(&m_events, &api::EventStream::authenticationFailed, this, [this](const Error &error) {
        m_signedIn = false;
        updateState();
        Q_EMIT problem(error.message);
    });
    connect(&m_events, &api::EventStream::protocolProblem, this,
            [this](const Error &error) { Q_EMIT problem(error.message); });
}

CreatorSession::~CreatorSession() = default;

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
        qCInfo(lcSync) << "signed in as" << m_profile.handle;
        Q_EMIT signedIn(m_profile);
        listAllBids();
    });
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

        m_listing = false;
        m_bids.reset(collected);
        qCInfo(lcSync) << "listed" << collected.size() << "bids; events resume after seq" << eventSeq;
        Q_EMIT bidsLoaded(m_bids.size());
        m_events.start(api::eventsUrl(m_client.baseUrl()), m_client.bearerToken(), eventSeq);
        updateState();
    });
}

void CreatorSession::scheduleRelist()
{
    if (m_signedIn)
        m_relistTimer.start(RelistDelayMs);
}

void CreatorSession::applyEvent(const contract::Event &event)
{
    switch (event.type) {
    case contract::EventType::BidCreated:
    case contract::EventType::BidUpdated: {
        Result<Bid> bid = contract::bidFromJson(event.data);
        if (!bid) {
            qCWarning(lcSync) << "event seq" << event.seq << "skipped:" << bid.error().message;
            Q_EMIT problem(tr("Skipped an update from the server: %1").arg(bid.error().message));
            return;
        }
        m_bids.apply(bid.value());
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
        return;
    }
    case contract::EventType::Unknown:
        qCInfo(lcSync) << "ignored event of unknown type" << event.typeName << "seq" << event.seq;
        return;
    }
}

void CreatorSession::accept(const QString &bidId)
{
    if (isBusy(bidId))
        return;

    setBusy(bidId, true);
    m_api.acceptBid(bidId, api::newIdempotencyKey(), this, [this, bidId](Result<Bid> bid) {
        setBusy(bidId, false);
        if (!bid) {
            qCInfo(lcSync) << "accept of bid" << bidId << "failed:" << bid.error().message;
            Q_EMIT actionFailed(bidId, bid.error());
            return;
        }
        m_bids.apply(bid.value());
    });
}

void CreatorSession::reject(const QString &bidId, const QString &reason)
{
    if (isBusy(bidId))
        return;
    if (reason.size() > contract::MaxRejectReasonLength) {
        Q_EMIT actionFailed(bidId, makeError(ErrorCode::InvalidArgument,
                                             tr("The reason has %1 characters; shorten it to at "
                                                "most %2.")
                                                 .arg(reason.size())
                                                 .arg(contract::MaxRejectReasonLength),
                                             QStringLiteral("reason")));
        return;
    }

    setBusy(bidId, true);
    m_api.rejectBid(bidId, reason, api::newIdempotencyKey(), this, [this, bidId](Result<Bid> bid) {
        setBusy(bidId, false);
        if (!bid) {
            qCInfo(lcSync) << "reject of bid" << bidId << "failed:" << bid.error().message;
            Q_EMIT actionFailed(bidId, bid.error());
            return;
        }
        m_bids.apply(bid.value());
    });
}

void CreatorSession::loadChat(const QString &bidId)
{
    loadChatPage(bidId, QString());
}

void CreatorSession::loadChatPage(const QString &bidId, const QString &cursor)
{
    m_api.listMessages(bidId, cursor, this, [this, bidId](Result<contract::MessagePage> page) {
        if (!page) {
            Q_EMIT chatFailed(bidId, page.error());
            return;
        }
        for (const ChatMessage &message : page->messages)
            m_chats.add(message);
        for (const Error &rejected : page->rejectedItems)
            Q_EMIT problem(tr("Skipped a chat message from the server: %1").arg(rejected.message));
        if (!page->nextCursor.isEmpty())
            loadChatPage(bidId, page->nextCursor);
    });
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

    // One client id and key per send, so a retry of this request can never post it twice.
    const QString clientId = api::newIdempotencyKey();
    m_api.sendMessage(bidId, trimmed, clientId, api::newIdempotencyKey(), this,
                      [this, bidId, text](Result<ChatMessage> message) {
                          if (!message) {
                              Q_EMIT messageSendFailed(bidId, text, message.error());
                              return;
                          }
                          m_chats.add(message.value());
                      });
}

void CreatorSession::setBusy(const QString &bidId, bool busy)
{
    if (busy)
        m_busyBids.insert(bidId);
    else
        m_busyBids.remove(bidId);
    Q_EMIT busyChanged(bidId, busy);
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
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT connectionStateChanged(state);
}

} // namespace mesi::sync
