#include "accountfill.h"

#include "core/asset.h"
#include "sandbox/sandboxstore.h"

#include <QList>
#include <QRandomGenerator>

#include <algorithm>
#include <memory>

namespace mesi::bench {

namespace {

// Rows per transaction. One transaction per phase would be faster still, but the sandbox's
// EventLog keeps every event of a transaction in memory until the commit.
constexpr int BidsPerTransaction = 5000;
constexpr int MessagesPerTransaction = 20000;
constexpr int FanCount = 2000;
constexpr int BurstFanCount = 100;
// Fixed, so every run writes the same mix of assets, amounts and statuses.
constexpr quint32 RandomSeed = 20240601;

using sandbox::Creator;
using sandbox::Fan;
using sandbox::Principal;
using sandbox::SandboxStore;

/// A bid that ends accepted or scheduled, so its chat is open.
struct ChatBid
{
    QString bidId;
    Principal fan;
    QDateTime openedAt;
    int messageCount = 0;
};

QString randomAmount(QRandomGenerator &random, const Asset &asset)
{
    QString text = QString::number(random.bounded(5, 5001));
    if (asset.decimals() == 0)
        return text;

    text += u'.';
    for (int digit = 0; digit < asset.decimals(); ++digit)
        text += QChar(u'0' + random.bounded(10));
    return text;
}

/// Statuses a bid passes through after it is placed; empty leaves it pending.
QList<BidStatus> randomLifecycle(QRandomGenerator &random)
{
    const quint32 roll = random.bounded(100);
    if (roll < 50)
        return {};
    if (roll < 72)
        return {BidStatus::Accepted};
    if (roll < 75)
        return {BidStatus::Accepted, BidStatus::Scheduled};
    if (roll < 87)
        return {BidStatus::Rejected};
    if (roll < 93)
        return {BidStatus::Withdrawn};
    if (roll < 97)
        return {BidStatus::Expired};
    return {BidStatus::Accepted, BidStatus::Cancelled};
}

const QStringList &notes()
{
    static const QStringList list{
        QStringLiteral("Coffee after the show?"),
        QStringLiteral("A ten minute video call would make my year."),
        QStringLiteral("Signed poster and a quick hello backstage."),
        QStringLiteral("Guest spot on my podcast?"),
        QString(),
    };
    return list;
}

Result<void> placeBid(SandboxStore &store, const Creator &creator, const Fan &fan,
                      QRandomGenerator &random, const QDateTime &placedAt,
                      QList<ChatBid> &chatBids)
{
    const Asset asset = Asset::all().at(random.bounded(Asset::all().size()));
    Result<Money> amount = Money::parse(randomAmount(random, asset), asset);
    if (!amount)
        return amount.error();

    const sandbox::PlaceBidRequest request{creator.handle, amount.value(),
                                           notes().at(random.bounded(notes().size())), std::nullopt};
    Result<Bid> bid = store.bids().placeBid(fan, request, placedAt);
    if (!bid)
        return bid.error();

    const QList<BidStatus> lifecycle = randomLifecycle(random);
    QDateTime changedAt = placedAt;
    for (BidStatus status : lifecycle) {
        changedAt = changedAt.addSecs(3600);
        const QString reason = status == BidStatus::Rejected
                                   ? QStringLiteral("Fully booked this month, sorry.")
                                   : QString();
        Result<Bid> changed = store.bids().changeStatus(creator.id, bid->id, status, reason,
                                                        changedAt);
        if (!changed)
            return changed.error();
    }

    if (!lifecycle.isEmpty()
        && (lifecycle.last() == BidStatus::Accepted || lifecycle.last() == BidStatus::Scheduled)) {
        const Principal fanPrincipal{Principal::Kind::Fan, fan.id, fan.name};
        chatBids.append(ChatBid{bid->id, fanPrincipal, changedAt, 0});
    }
    return {};
}

Result<void> postMessage(SandboxStore &store, const Principal &creator, ChatBid &chat)
{
    // Fan and creator take turns, one message a minute after the chat opened.
    const bool fromFan = chat.messageCount % 2 == 0;
    const sandbox::PostMessageRequest request{
        fromFan ? QStringLiteral("Thank you! Which evening works for you?")
                : QStringLiteral("Thursday at seven, at the studio."),
        QString(), std::nullopt};
    const QDateTime sentAt = chat.openedAt.addSecs(60LL * (chat.messageCount + 1));
    Result<sandbox::PostedMessage> posted =
        store.chat().post(fromFan ? chat.fan : creator, chat.bidId, request, sentAt);
    if (!posted)
        return posted.error();
    ++chat.messageCount;
    return {};
}

Result<Creator> findCreator(SandboxStore &store)
{
    Result<std::optional<Creator>> creator =
        store.accounts().findCreatorByHandle(QString::fromUtf16(CreatorHandle));
    if (!creator)
        return creator.error();
    if (!creator.value()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the sandbox data has no creator '%1'; fill the account "
                                        "first")
                             .arg(QString::fromUtf16(CreatorHandle)));
    }
    return *creator.value();
}

} // namespace

Result<void> fillAccount(const QString &dataDir, const AccountSize &size)
{
    Result<std::unique_ptr<SandboxStore>> opened = SandboxStore::open(dataDir);
    if (!opened)
        return opened.error();
    SandboxStore &store = *opened.value();

    // Bids are spread over one year that ends a day ago, so status changes and messages
    // an hour or two later are still in the past.
    const QDateTime firstBidAt = QDateTime::currentDateTimeUtc().addDays(-366);
    const qint64 spacingMs = 365LL * 24 * 3600 * 1000 / std::max(1, size.bids);

    Creator creator;
    QList<Fan> fans;
    Result<void> accounts = store.change([&]() -> Result<void> {
        Result<Creator> created = store.accounts().createCreator(
            QString::fromUtf16(CreatorHandle), QStringLiteral("Bench Creator"), true,
            QString::fromUtf16(CreatorPassword), firstBidAt);
        if (!created)
            return created.error();
        creator = created.value();

        for (int index = 1; index <= FanCount; ++index) {
            Result<Fan> fan = store.accounts().findOrCreateFan(
                QStringLiteral("Fan %1").arg(index, 4, 10, QChar(u'0')), firstBidAt);
            if (!fan)
                return fan.error();
            fans.append(fan.value());
        }
        return {};
    });
    if (!accounts)
        return accounts.error();

    QRandomGenerator random(RandomSeed);
    QList<ChatBid> chatBids;
    for (int first = 0; first < size.bids; first += BidsPerTransaction) {
        const int end = std::min(size.bids, first + BidsPerTransaction);
        Result<void> written = store.change([&]() -> Result<void> {
            for (int index = first; index < end; ++index) {
                const Fan &fan = fans.at(random.bounded(fans.size()));
                Result<void> placed = placeBid(store, creator, fan, random,
                                               firstBidAt.addMSecs(index * spacingMs), chatBids);
                if (!placed)
                    return placed;
            }
            return {};
        });
        if (!written)
            return written.error();
    }

    // As in the product, a bid left pending for seven days expires. Doing it here keeps the
    // sandbox's sweep before the first request of the measured sync from doing it instead.
    if (Result<int> expired = store.sweep(QDateTime::currentDateTimeUtc()); !expired)
        return expired.error();

    if (size.messages > 0 && chatBids.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 bids gave no accepted bid to write %2 messages on; "
                                        "use more bids")
                             .arg(size.bids)
                             .arg(size.messages));
    }

    const Principal creatorPrincipal{Principal::Kind::Creator, creator.id, creator.displayName};
    for (int first = 0; first < size.messages; first += MessagesPerTransaction) {
        const int end = std::min(size.messages, first + MessagesPerTransaction);
        Result<void> written = store.change([&]() -> Result<void> {
            for (int index = first; index < end; ++index) {
                ChatBid &chat = chatBids[index % chatBids.size()];
                if (Result<void> posted = postMessage(store, creatorPrincipal, chat); !posted)
                    return posted;
            }
            return {};
        });
        if (!written)
            return written.error();
    }
    return {};
}

Result<void> addBidBurst(const QString &dataDir, int count)
{
    Result<std::unique_ptr<SandboxStore>> opened = SandboxStore::open(dataDir);
    if (!opened)
        return opened.error();
    SandboxStore &store = *opened.value();

    Result<Creator> creator = findCreator(store);
    if (!creator)
        return creator.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Fan> fans;
    Result<void> accounts = store.change([&]() -> Result<void> {
        for (int index = 1; index <= BurstFanCount; ++index) {
            Result<Fan> fan = store.accounts().findOrCreateFan(
                QStringLiteral("Burst fan %1").arg(index), now);
            if (!fan)
                return fan.error();
            fans.append(fan.value());
        }
        return {};
    });
    if (!accounts)
        return accounts.error();

    QRandomGenerator random(RandomSeed + 1);
    for (int first = 0; first < count; first += BidsPerTransaction) {
        const int end = std::min(count, first + BidsPerTransaction);
        Result<void> written = store.change([&]() -> Result<void> {
            for (int index = first; index < end; ++index) {
                const Asset asset = Asset::all().at(random.bounded(Asset::all().size()));
                Result<Money> amount = Money::parse(randomAmount(random, asset), asset);
                if (!amount)
                    return amount.error();
                const sandbox::PlaceBidRequest request{creator->handle, amount.value(),
                                                       notes().first(), std::nullopt};
                Result<Bid> bid = store.bids().placeBid(fans.at(index % fans.size()), request,
                                                        now.addMSecs(index - count));
                if (!bid)
                    return bid.error();
            }
            return {};
        });
        if (!written)
            return written.error();
    }
    return {};
}

} // namespace mesi::bench
