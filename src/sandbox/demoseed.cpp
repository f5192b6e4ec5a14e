#include "demoseed.h"

#include "core/logging.h"
#include "sandboxstore.h"

#include <QJsonObject>

namespace mesi::sandbox {

namespace {

struct SeedMessage
{
    bool fromCreator = false;
    const char16_t *text = u"";
};

struct SeedBid
{
    const char16_t *fanName;
    const char16_t *amount;
    const char16_t *asset;
    const char16_t *note;
    BidStatus status;
    QList<SeedMessage> messages;
};

// Oldest first. 1234.567890123456789012 MESI and 25000.000000000000000001 MESI need all 18
// decimals and exceed 2^63 minor units, so they catch any client that uses doubles or int64.
const QList<SeedBid> &seedBids()
{
    static const QList<SeedBid> bids{
        {u"Ava Lindqvist", u"120.00", u"USD", u"Coffee after your Berlin show?", BidStatus::Pending, {}},
        {u"Bruno Costa", u"75.50", u"EUR", u"Would love a ten minute video call.",
         BidStatus::Accepted,
         {{false, u"Thank you for accepting!"},
          {true, u"Happy to. Which evening suits you?"},
          {false, u"Thursday at seven works for me."}}},
        {u"Chen Wei", u"250.000000", u"USDC", u"A signed vinyl and a quick chat.", BidStatus::Pending, {}},
        {u"Dana Okafor", u"1234.567890123456789012", u"MESI", u"Long-time holder, first bid.",
         BidStatus::Pending, {}},
        {u"Emil Novak", u"40.00", u"USD", u"Lunch near the studio?", BidStatus::Rejected, {}},
        {u"Farah Haddad", u"0.000001", u"USDC", u"The smallest bid there is, just to say hi.",
         BidStatus::Pending, {}},
        {u"Gus Moreau", u"980.00", u"EUR", u"Guest spot on my podcast?", BidStatus::Accepted,
         {{false, u"Thanks! Any topics you would rather avoid?"},
          {true, u"Anything but the new album, it is still a secret."}}},
        {u"Hana Sato", u"25000.000000000000000001", u"MESI", u"A big bid from a big fan.",
         BidStatus::Pending, {}},
        {u"Ava Lindqvist", u"60.00", u"USD", u"Second try: a walk in the park?", BidStatus::Pending, {}},
        {u"Chen Wei", u"15.25", u"EUR", u"A quick hello backstage.", BidStatus::Pending, {}},
        {u"Dana Okafor", u"3.5", u"MESI", u"", BidStatus::Pending, {}},
        {u"Bruno Costa", u"500.000000", u"USDC", u"A tour of the studio?", BidStatus::Pending, {}},
    };
    return bids;
}

Result<void> writeBid(SandboxStore &store, const Creator &creator, const SeedBid &seed,
                      const QDateTime &placedAt)
{
    Result<Fan> fan = store.accounts().findOrCreateFan(QString::fromUtf16(seed.fanName), placedAt);
    if (!fan)
        return fan.error();

    const QJsonObject body{{QStringLiteral("creator"), creator.handle},
                           {QStringLiteral("amount"), QString::fromUtf16(seed.amount)},
                           {QStringLiteral("asset"), QString::fromUtf16(seed.asset)},
                           {QStringLiteral("note"), QString::fromUtf16(seed.note)}};
    Result<Bid> bid = store.placeBidFromJson(fan.value(), body, placedAt);
    if (!bid)
        return bid.error();
    if (seed.status == BidStatus::Pending)
        return {};

    const QDateTime answeredAt = placedAt.addSecs(20 * 60);
    const QString reason = seed.status == BidStatus::Rejected
                               ? QStringLiteral("Fully booked this month, sorry.")
                               : QString();
    Result<Bid> changed = store.bids().changeStatus(creator.id, bid->id, seed.status, reason,
                                                    answeredAt);
    if (!changed)
        return changed.error();

    const Principal fanPrincipal{Principal::Kind::Fan, fan->id, fan->name};
    const Principal creatorPrincipal{Principal::Kind::Creator, creator.id, creator.displayName};
    QDateTime sentAt = answeredAt;
    for (const SeedMessage &message : seed.messages) {
        sentAt = sentAt.addSecs(3 * 60);
        PostMessageRequest request;
        request.text = QString::fromUtf16(message.text);
        Result<PostedMessage> posted = store.chat().post(
            message.fromCreator ? creatorPrincipal : fanPrincipal, bid->id, request, sentAt);
        if (!posted)
            return posted.error();
    }
    return {};
}

/// Prices per format and fan tier, cheaper for higher tiers, as an AI account might set them.
QList<AiTier> novaPriceTable()
{
    struct Row
    {
        SessionFormat format;
        int minutes;
        const char16_t *prices[3]; ///< basic, plus, premium
    };
    const Row rows[] = {
        {SessionFormat::TextChat, 30, {u"15.00", u"12.00", u"9.00"}},
        {SessionFormat::VoiceCall, 20, {u"25.00", u"20.00", u"15.00"}},
        {SessionFormat::VideoAvatar, 15, {u"40.00", u"32.00", u"25.00"}},
    };
    QList<AiTier> table;
    for (const Row &row : rows) {
        for (int tier = 0; tier < 3; ++tier) {
            AiTier entry;
            entry.format = row.format;
            entry.accountTier = allAccountTiers().at(tier);
            entry.durationMinutes = row.minutes;
            entry.price = Money::parse(QString::fromUtf16(row.prices[tier]), QStringLiteral("USD")).value();
            table.append(entry);
        }
    }
    return table;
}

Result<void> seedAiAccount(SandboxStore &store, const QDateTime &start)
{
    Result<Creator> nova = store.accounts().createCreator(aiCreatorHandle(), QStringLiteral("Nova (AI)"),
                                                          true, QStringLiteral("nova"), start);
    if (!nova)
        return nova.error();
    if (Result<void> kind = store.profiles().setAccountKind(nova->id, AccountKind::Ai,
                                                            QStringLiteral("Nova"));
        !kind) {
        return kind;
    }
    CreatorSettings settings;
    settings.aiTiers = novaPriceTable();
    if (Result<CreatorSettings> saved = store.profiles().updateCreatorSettings(nova->id, settings, start);
        !saved) {
        return saved.error();
    }

    const struct
    {
        const char16_t *fanName;
        const char16_t *format;
        const char16_t *amount;
        const char16_t *note;
    } bids[] = {
        {u"Ava Lindqvist", u"text", u"15.00", u"Tell me about your favourite books."},
        {u"Chen Wei", u"video", u"45.00", u"A short video chat to say hello."},
    };
    int index = 0;
    for (const auto &seed : bids) {
        const QDateTime placedAt = start.addSecs(600 * ++index);
        Result<Fan> fan = store.accounts().findOrCreateFan(QString::fromUtf16(seed.fanName), placedAt);
        if (!fan)
            return fan.error();
        const QJsonObject body{{QStringLiteral("creator"), nova->handle},
                               {QStringLiteral("amount"), QString::fromUtf16(seed.amount)},
                               {QStringLiteral("asset"), QStringLiteral("USD")},
                               {QStringLiteral("format"), QString::fromUtf16(seed.format)},
                               {QStringLiteral("note"), QString::fromUtf16(seed.note)}};
        Result<Bid> bid = store.placeBidFromJson(fan.value(), body, placedAt);
        if (!bid)
            return bid.error();
    }
    return {};
}

} // namespace

Result<SeedOutcome> seedDemo(SandboxStore &store, const QDateTime &now)
{
    Result<qint64> creators = store.accounts().creatorCount();
    if (!creators)
        return creators.error();
    if (creators.value() > 0)
        return SeedOutcome::KeptExisting;

    const QList<SeedBid> &bids = seedBids();
    Result<void> seeded = store.change([&]() -> Result<void> {
        const QDateTime start = now.addSecs(-3600 * bids.size());
        Result<Creator> demo = store.accounts().createCreator(
            demoCreatorHandle(), QStringLiteral("Demo Creator"), true, QStringLiteral("demo"), start);
        if (!demo)
            return demo.error();
        Result<Creator> paused = store.accounts().createCreator(
            pausedCreatorHandle(), QStringLiteral("Paused Creator"), false, QStringLiteral("paused"),
            start);
        if (!paused)
            return paused.error();

        if (Result<void> ai = seedAiAccount(store, start); !ai)
            return ai;

        for (qsizetype i = 0; i < bids.size(); ++i) {
            if (Result<void> written = writeBid(store, demo.value(), bids.at(i),
                                                start.addSecs(3600 * i));
                !written) {
                return written;
            }
        }
        return {};
    });
    if (!seeded)
        return seeded.error();

    qCInfo(lcSandboxDemo).noquote() << "seeded creators" << demoCreatorHandle() << ","
                                    << pausedCreatorHandle() << "and" << aiCreatorHandle()
                                    << "with" << bids.size() << "bids on" << demoCreatorHandle();
    return SeedOutcome::Seeded;
}

} // namespace mesi::sandbox
