// Meeting proposals, proposal acceptances and cancellations made offline: they wait in the
// outbox, survive a restart and reach a real in-process sandbox exactly once.

#include "../sandbox/sandboxtestclient.h"

#include "contract/lifecyclecodec.h"
#include "contract/wire.h"
#include "sync/creatorlifecycle.h"
#include "sync/creatorsession.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace mesi;
using Kind = store::OutboxEntry::Kind;

namespace {

constexpr int NetworkTimeoutMs = 10000;
const QString FanName = QStringLiteral("Nadia");

QUrl unreachableUrl()
{
    // A port that was free a moment ago and has no listener now refuses connections at once.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(probe.serverPort());
    return url;
}

MeetingTerms meetingInThreeDays()
{
    MeetingTerms terms;
    terms.start = QDateTime(QDate::currentDate().addDays(3), QTime(15, 0), Qt::UTC);
    terms.end = terms.start.addSecs(60 * 60);
    terms.timeZone = QStringLiteral("Europe/Berlin");
    terms.place = QStringLiteral("Café Einstein");
    return terms;
}

QList<Kind> kindsOf(const QList<store::OutboxEntry> &entries)
{
    QList<Kind> kinds;
    for (const store::OutboxEntry &entry : entries)
        kinds.append(entry.kind);
    return kinds;
}

} // namespace

class TestOutboxLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void proposeAndCancelSentOnceAfterRestart();
    void undoneEntriesNeverSent();
    void rejectedAcceptanceDoesNotBlockQueue();
    void invalidInputNotQueued();

private:
    QString startServer();
    std::unique_ptr<sync::CreatorSession> openSession(const QUrl &url);
    bool syncOnline(sync::CreatorSession &session);
    QString placeAndAccept(sync::CreatorSession &session);
    QJsonArray serverMessages(const QString &bidId);
    QJsonObject serverBid(const QString &bidId);
    int ledgerEntries(const QString &bidId, const QString &kind);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QString m_token;
    QString m_fanToken;
    QString cachePath() const { return m_dir->filePath(QStringLiteral("cache/account.sqlite")); }
};

void TestOutboxLifecycle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOutboxLifecycle::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

QString TestOutboxLifecycle::startServer()
{
    sandbox::SandboxOptions options;
    options.port = 0;
    options.dataDir = m_dir->filePath(QStringLiteral("sandbox"));
    options.seedDemo = true;
    options.demoFanIntervalSeconds = 0;
    m_server = std::make_unique<sandbox::SandboxServer>();
    Result<void> started = m_server->start(options);
    if (!started)
        return started.error().message;
    m_client = std::make_unique<SandboxTestClient>(m_server->url());
    m_token = m_client->signInCreator(QStringLiteral("demo"), QStringLiteral("demo"));
    m_fanToken = m_client->signInFan(FanName);
    if (m_token.isEmpty() || m_fanToken.isEmpty())
        return QStringLiteral("signing in the demo creator or the fan failed");
    return {};
}

std::unique_ptr<sync::CreatorSession> TestOutboxLifecycle::openSession(const QUrl &url)
{
    Result<std::unique_ptr<store::LocalCache>> cache = store::LocalCache::open(cachePath());
    if (!cache) {
        qWarning("%s", qPrintable(cache.error().message));
        return {};
    }
    auto session = std::make_unique<sync::CreatorSession>(url, std::move(cache).value());
    session->outbox()->setRetryBaseDelay(50);
    return session;
}

bool TestOutboxLifecycle::syncOnline(sync::CreatorSession &session)
{
    session.signIn(QStringLiteral("demo"), QStringLiteral("demo"));
    return QTest::qWaitFor(
        [&] { return session.connectionState() == sync::CreatorSession::ConnectionState::Online; },
        NetworkTimeoutMs);
}

QString TestOutboxLifecycle::placeAndAccept(sync::CreatorSession &session)
{
    const HttpReply placed = m_client->placeBid(
        m_fanToken, QJsonObject{{QStringLiteral("creator"), QStringLiteral("demo")},
                                {QStringLiteral("amount"), QStringLiteral("45.00")},
                                {QStringLiteral("asset"), QStringLiteral("EUR")}});
    if (placed.status != 201) {
        qWarning("placing a bid failed: %s", placed.body.constData());
        return {};
    }
    const QString bidId = placed.json().value(QStringLiteral("id")).toString();
    if (!QTest::qWaitFor([&] { return session.bids()->find(bidId) != nullptr; }, NetworkTimeoutMs))
        return {};

    session.accept(bidId);
    const bool accepted = QTest::qWaitFor([&] {
        const Bid *bid = session.bids()->find(bidId);
        return bid && bid->status == BidStatus::Accepted;
    }, NetworkTimeoutMs);
    if (!accepted)
        return {};

    // A proposal can be accepted only after the fan consented to a KYF request.
    if (session.bids()->find(bidId)->kyf.state == KyfState::Requested) {
        const HttpReply consent = m_client->post(
            QStringLiteral("/v1/fan/bids/%1/kyf/consent").arg(bidId), "{}", m_fanToken, newKey());
        if (consent.status != 200) {
            qWarning("KYF consent failed: %s", consent.body.constData());
            return {};
        }
    }
    return bidId;
}

QJsonArray TestOutboxLifecycle::serverMessages(const QString &bidId)
{
    const HttpReply reply = m_client->get(QStringLiteral("/v1/bids/%1/messages?limit=100").arg(bidId),
                                          m_token);
    if (reply.status != 200)
        qWarning("listing messages of %s failed: %s", qPrintable(bidId), reply.body.constData());
    return reply.json().value(QStringLiteral("items")).toArray();
}

QJsonObject TestOutboxLifecycle::serverBid(const QString &bidId)
{
    return m_client->get(QStringLiteral("/v1/creator/bids/%1").arg(bidId), m_token).json();
}

int TestOutboxLifecycle::ledgerEntries(const QString &bidId, const QString &kind)
{
    const QJsonArray entries =
        m_client->get(QStringLiteral("/v1/sandbox/ledger")).json().value(QStringLiteral("entries")).toArray();
    return int(std::count_if(entries.cbegin(), entries.cend(), [&](const QJsonValue &entry) {
        return entry[QStringLiteral("bidId")].toString() == bidId
               && entry[QStringLiteral("kind")].toString() == kind;
    }));
}

void TestOutboxLifecycle::proposeAndCancelSentOnceAfterRestart()
{
    QCOMPARE(startServer(), QString());
    QString proposed;
    QString cancelled;
    {
        std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
        QVERIFY(session);
        QVERIFY(syncOnline(*session));
        proposed = placeAndAccept(*session);
        cancelled = placeAndAccept(*session);
        QVERIFY(!proposed.isEmpty());
        QVERIFY(!cancelled.isEmpty());
    }

    const MeetingTerms terms = meetingInThreeDays();
    {
        std::unique_ptr<sync::CreatorSession> session = openSession(unreachableUrl());
        QVERIFY(session);
        sync::CreatorLifecycle *lifecycle = session->lifecycle();
        QSignalSpy failures(lifecycle, &sync::CreatorLifecycle::actionFailed);
        lifecycle->propose(proposed, terms, QStringLiteral("upstairs"));
        lifecycle->cancel(cancelled, QStringLiteral("I am ill, sorry."));
        QCOMPARE(failures.size(), 0);
        QCOMPARE(kindsOf(session->outbox()->entries()), (QList<Kind>{Kind::Propose, Kind::Cancel}));

        // The proposal shows in the chat as a pending message with its terms and note.
        const QList<ChatMessage> chat = session->chats()->messages(proposed);
        QCOMPARE(chat.size(), 1);
        QVERIFY(chat.constFirst().proposal.has_value());
        QCOMPARE(*chat.constFirst().proposal, terms);
        QCOMPARE(chat.constFirst().text, QStringLiteral("upstairs"));
        QCOMPARE(session->chats()->delivery(chat.constFirst().id), sync::Delivery::Pending);

        // The cancellation marks its bid, and a second action on it waits for the first.
        const sync::OutboxMark *mark = session->bids()->outboxMark(cancelled);
        QVERIFY(mark);
        QCOMPARE(mark->kind, Kind::Cancel);
        QVERIFY(!mark->failed);
        QVERIFY(session->isBusy(cancelled));
        QVERIFY(!session->isBusy(proposed));
        lifecycle->cancel(cancelled, QStringLiteral("twice"));
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().at(1).value<Error>().code, ErrorCode::Conflict);
        QCOMPARE(session->outbox()->entries().size(), 2);
    }

    // Stored before the first send, with the wire names of their kinds.
    std::unique_ptr<store::LocalCache> cache = store::LocalCache::open(cachePath()).value();
    const QList<store::OutboxEntry> stored = cache->outbox().value();
    cache.reset();
    QCOMPARE(kindsOf(stored), (QList<Kind>{Kind::Propose, Kind::Cancel}));
    QCOMPARE(store::toText(stored.at(0).kind), QStringLiteral("propose"));
    QCOMPARE(store::toText(stored.at(1).kind), QStringLiteral("cancel"));
    QCOMPARE(stored.at(1).text, QStringLiteral("I am ill, sorry."));
    const store::OutboxEntry proposal = stored.at(0);

    // The proposal reached the server before a crash, but its response was lost.
    const Result<store::ProposalDraft> draft = store::proposalFromEntryText(proposal.text);
    QVERIFY(draft);
    QJsonObject body = contract::toJson(draft->terms);
    body.insert(QStringLiteral("note"), draft->note);
    body.insert(QStringLiteral("clientId"), proposal.id);
    const HttpReply early = m_client->post(QStringLiteral("/v1/bids/%1/proposals").arg(proposed),
                                           toBytes(body), m_token, proposal.idempotencyKey.toUtf8());
    QCOMPARE(early.status, 201);

    std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
    QVERIFY(session);
    QSignalSpy done(session->lifecycle(), &sync::CreatorLifecycle::actionDone);
    QSignalSpy failed(session->lifecycle(), &sync::CreatorLifecycle::actionFailed);
    QVERIFY(syncOnline(*session));
    QTRY_COMPARE_WITH_TIMEOUT(session->outbox()->entries().size(), 0, NetworkTimeoutMs);
    QCOMPARE(done.size(), 2);
    QCOMPARE(failed.size(), 0);

    // The bid is new, so its chat contains only what this test sent: one proposal.
    const QJsonArray messages = serverMessages(proposed);
    QCOMPARE(messages.size(), 1);
    const QJsonObject onServer = messages.first().toObject();
    QCOMPARE(onServer.value(QStringLiteral("clientId")).toString(), proposal.id);
    QCOMPARE(onServer.value(QStringLiteral("kind")).toString(), QStringLiteral("proposal"));
    QCOMPARE(onServer.value(QStringLiteral("text")).toString(), QStringLiteral("upstairs"));

    const QJsonObject bid = serverBid(cancelled);
    QCOMPARE(bid.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(bid.value(QStringLiteral("cancelledBy")).toString(), QStringLiteral("creator"));
    QCOMPARE(bid.value(QStringLiteral("cancelReason")).toString(), QStringLiteral("I am ill, sorry."));
    QCOMPARE(ledgerEntries(cancelled, QStringLiteral("refund")), 1);

    // The console shows the server's copies and no outbox state any more.
    QCOMPARE(session->bids()->find(cancelled)->status, BidStatus::Cancelled);
    QVERIFY(!session->bids()->outboxMark(cancelled));
    session->loadChat(proposed);
    QTRY_COMPARE(session->chats()->messages(proposed).size(), messages.size());
    const ChatMessage shownProposal = session->chats()->messages(proposed).constLast();
    QCOMPARE(shownProposal.id, onServer.value(QStringLiteral("id")).toString());
    QCOMPARE(shownProposal.proposal, std::optional<MeetingTerms>(terms));
    QCOMPARE(session->chats()->delivery(shownProposal.id), sync::Delivery::Sent);
}

void TestOutboxLifecycle::undoneEntriesNeverSent()
{
    QCOMPARE(startServer(), QString());
    QString accepted;
    {
        std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
        QVERIFY(session);
        QVERIFY(syncOnline(*session));
        accepted = placeAndAccept(*session);
        QVERIFY(!accepted.isEmpty());
    }

    QString proposalId;
    {
        std::unique_ptr<sync::CreatorSession> session = openSession(unreachableUrl());
        QVERIFY(session);
        session->lifecycle()->propose(accepted, meetingInThreeDays(), QString());
        session->lifecycle()->cancel(accepted, QStringLiteral("changed my mind"));
        const QList<store::OutboxEntry> entries = session->outbox()->entries();
        QCOMPARE(entries.size(), 2);
        proposalId = entries.at(0).id;
        QVERIFY(session->outbox()->isRemovable(entries.at(0).id));
        QVERIFY(session->removeOutboxEntry(entries.at(0).id));
        QVERIFY(session->removeOutboxEntry(entries.at(1).id));
        QVERIFY(session->chats()->messages(accepted).isEmpty());
        QVERIFY(!session->bids()->outboxMark(accepted));
        QVERIFY(!session->isBusy(accepted));
    }

    std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
    QVERIFY(session);
    QCOMPARE(session->outbox()->entries().size(), 0);
    QVERIFY(syncOnline(*session));
    // A chat message sent afterwards marks the point where anything queued earlier has gone.
    session->sendMessage(accepted, QStringLiteral("still there?"));
    QTRY_COMPARE_WITH_TIMEOUT(session->outbox()->entries().size(), 0, NetworkTimeoutMs);

    const QJsonArray messages = serverMessages(accepted);
    for (const QJsonValue &message : messages) {
        QVERIFY(message[QStringLiteral("clientId")].toString() != proposalId);
        QVERIFY(message[QStringLiteral("kind")].toString() != QLatin1String("proposal"));
    }
    QCOMPARE(serverBid(accepted).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(ledgerEntries(accepted, QStringLiteral("refund")), 0);
}

void TestOutboxLifecycle::rejectedAcceptanceDoesNotBlockQueue()
{
    QCOMPARE(startServer(), QString());
    QString withdrawn;
    QString chatted;
    QString fanProposalId;
    {
        std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
        QVERIFY(session);
        QVERIFY(syncOnline(*session));
        withdrawn = placeAndAccept(*session);
        chatted = placeAndAccept(*session);
        QVERIFY(!withdrawn.isEmpty());
        QVERIFY(!chatted.isEmpty());

        QJsonObject body = contract::toJson(meetingInThreeDays());
        const HttpReply proposed = m_client->post(
            QStringLiteral("/v1/bids/%1/proposals").arg(withdrawn), toBytes(body), m_fanToken, newKey());
        QCOMPARE(proposed.status, 201);
        fanProposalId = proposed.json().value(QStringLiteral("id")).toString();
        session->loadChat(withdrawn);
        QTRY_COMPARE_WITH_TIMEOUT(session->chats()->messages(withdrawn).size(), 1, NetworkTimeoutMs);
    }

    {
        std::unique_ptr<sync::CreatorSession> session = openSession(unreachableUrl());
        QVERIFY(session);
        session->loadChat(withdrawn);
        const ChatMessage proposal = session->chats()->messages(withdrawn).constFirst();
        QCOMPARE(proposal.id, fanProposalId);
        session->lifecycle()->acceptProposal(withdrawn, proposal.id);
        session->sendMessage(chatted, QStringLiteral("after the failed one"));
        QCOMPARE(kindsOf(session->outbox()->entries()),
                 (QList<Kind>{Kind::AcceptProposal, Kind::Message}));
        QCOMPARE(session->outbox()->entries().constFirst().text, fanProposalId);
        QCOMPARE(store::toText(Kind::AcceptProposal), QStringLiteral("accept_proposal"));
        QCOMPARE(session->bids()->outboxMark(withdrawn)->kind, Kind::AcceptProposal);
    }

    // Meanwhile the fan cancels the bid, so the queued acceptance conflicts.
    const HttpReply cancelled = m_client->post(
        QStringLiteral("/v1/bids/%1/cancel").arg(withdrawn),
        toBytes(QJsonObject{{QStringLiteral("reason"), QStringLiteral("plans changed")}}), m_fanToken,
        newKey());
    QCOMPARE(cancelled.status, 200);

    std::unique_ptr<sync::CreatorSession> session = openSession(m_server->url());
    QVERIFY(session);
    QSignalSpy failures(session->lifecycle(), &sync::CreatorLifecycle::actionFailed);
    QSignalSpy answerFailures(session.get(), &sync::CreatorSession::actionFailed);
    QVERIFY(syncOnline(*session));
    QTRY_COMPARE_WITH_TIMEOUT(session->outbox()->queuedCount(), 0, NetworkTimeoutMs);

    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().at(0).toString(), withdrawn);
    const Error error = failures.first().at(1).value<Error>();
    QCOMPARE(error.code, ErrorCode::Conflict);
    QVERIFY2(error.message.contains(QStringLiteral("cancelled")), qPrintable(error.message));
    // Only the lifecycle reports it, so the window does not show it twice.
    QCOMPARE(answerFailures.size(), 0);

    const QJsonArray messages = serverMessages(chatted);
    const qsizetype sent = std::count_if(messages.cbegin(), messages.cend(), [](const QJsonValue &message) {
        return message[QStringLiteral("text")].toString() == QLatin1String("after the failed one");
    });
    QCOMPARE(sent, 1);
    QCOMPARE(serverBid(withdrawn).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));

    const sync::OutboxMark *mark = session->bids()->outboxMark(withdrawn);
    QVERIFY(mark);
    QCOMPARE(mark->kind, Kind::AcceptProposal);
    QVERIFY(mark->failed);
    QCOMPARE(mark->failure, error.message);
    QVERIFY(!session->isBusy(withdrawn));
    const QList<store::OutboxEntry> stored = session->cache()->outbox().value();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().state, store::OutboxEntry::State::Failed);

    // Dismissing removes it for good, also from the cache.
    QVERIFY(session->removeOutboxEntry(mark->entryId));
    QVERIFY(!session->bids()->outboxMark(withdrawn));
    QCOMPARE(session->cache()->outbox()->size(), 0);
}

void TestOutboxLifecycle::invalidInputNotQueued()
{
    std::unique_ptr<sync::CreatorSession> session = openSession(unreachableUrl());
    QVERIFY(session);
    sync::CreatorLifecycle *lifecycle = session->lifecycle();
    QSignalSpy failures(lifecycle, &sync::CreatorLifecycle::actionFailed);

    MeetingTerms backwards = meetingInThreeDays();
    backwards.end = backwards.start.addSecs(-60);
    lifecycle->propose(QStringLiteral("bid_1"), backwards, QString());
    lifecycle->propose(QStringLiteral("bid_1"), meetingInThreeDays(),
                       QString(contract::MaxMessageLength + 1, QLatin1Char('x')));
    lifecycle->cancel(QStringLiteral("bid_1"), QStringLiteral("   "));
    lifecycle->cancel(QStringLiteral("bid_1"),
                      QString(sync::MaxCancelReasonLength + 1, QLatin1Char('x')));

    QCOMPARE(failures.size(), 4);
    const QStringList fields{QStringLiteral("end"), QStringLiteral("note"), QStringLiteral("reason"),
                             QStringLiteral("reason")};
    for (qsizetype i = 0; i < failures.size(); ++i) {
        const Error error = failures.at(i).at(1).value<Error>();
        QCOMPARE(error.code, ErrorCode::InvalidArgument);
        QCOMPARE(error.field, fields.at(i));
    }
    QCOMPARE(session->outbox()->entries().size(), 0);
    QCOMPARE(session->cache()->outbox()->size(), 0);
}

QTEST_GUILESS_MAIN(TestOutboxLifecycle)
#include "tst_outboxlifecycle.moc"
