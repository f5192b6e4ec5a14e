#include "ledgercheck.h"

#include "core/money.h"

#include <QJsonArray>
#include <QMap>

namespace {

/// Ledger entries of one bid, counted by kind.
struct EntryCounts
{
    int locks = 0;
    int releases = 0;
    int refunds = 0;
    bool settledBeforeLock = false;
};

/// A bid as the ledger report lists it.
struct ListedBid
{
    mesi::Money amount;
    QString escrow;
};

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

/// Reads the report's bids. A bid with an invalid amount is reported and left out.
QMap<QString, ListedBid> readBids(const QJsonArray &bids, QStringList &errors)
{
    QMap<QString, ListedBid> listed;
    for (const QJsonValue &value : bids) {
        const QJsonObject bid = value.toObject();
        const QString id = text(bid, "id");
        mesi::Result<mesi::Money> amount = mesi::Money::parse(text(bid, "amount"), text(bid, "asset"));
        if (!amount) {
            errors << QStringLiteral("bid %1: amount '%2 %3' is not a valid amount: %4")
                          .arg(id, text(bid, "amount"), text(bid, "asset"), amount.error().message);
            continue;
        }
        if (listed.contains(id))
            errors << QStringLiteral("bid %1 is listed twice in the ledger report").arg(id);
        listed.insert(id, ListedBid{amount.value(), text(bid, "escrow")});
    }
    return listed;
}

/// Counts the entries of every bid and reports entries that do not match their bid.
QMap<QString, EntryCounts> countEntries(const QJsonArray &entries,
                                        const QMap<QString, ListedBid> &bids, QStringList &errors)
{
    QMap<QString, EntryCounts> counts;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString bidId = text(entry, "bidId");
        const QString kind = text(entry, "kind");
        if (!bids.contains(bidId)) {
            errors << QStringLiteral("a %1 entry names bid %2, which the ledger report does not list")
                          .arg(kind, bidId);
            continue;
        }

        const mesi::Money &bidAmount = bids.value(bidId).amount;
        mesi::Result<mesi::Money> amount = mesi::Money::parse(text(entry, "amount"), text(entry, "asset"));
        if (!amount || !(amount.value() == bidAmount)) {
            errors << QStringLiteral("bid %1: %2 entry is '%3 %4', but the bid is %5 %6")
                          .arg(bidId, kind, text(entry, "amount"), text(entry, "asset"),
                               bidAmount.toDecimalString(), bidAmount.asset().code());
        }

        EntryCounts &count = counts[bidId];
        if (kind == QLatin1String("lock")) {
            ++count.locks;
        } else if (kind == QLatin1String("release")) {
            ++count.releases;
            count.settledBeforeLock = count.settledBeforeLock || count.locks == 0;
        } else if (kind == QLatin1String("refund")) {
            ++count.refunds;
            count.settledBeforeLock = count.settledBeforeLock || count.locks == 0;
        } else {
            errors << QStringLiteral("bid %1: entry kind '%2' is none of lock, release, refund")
                          .arg(bidId, kind);
        }
    }
    return counts;
}

/// Checks the entry counts of one bid against its escrow state.
void checkBidEntries(const QString &bidId, const QString &escrow, const EntryCounts &count,
                     QStringList &errors)
{
    if (count.locks != 1)
        errors << QStringLiteral("bid %1 has %2 lock entries; expected exactly 1").arg(bidId).arg(count.locks);
    if (count.settledBeforeLock)
        errors << QStringLiteral("bid %1 has a settlement entry before its lock entry").arg(bidId);
    if (count.releases > 0 && count.refunds > 0)
        errors << QStringLiteral("bid %1 has both a release and a refund entry").arg(bidId);
    if (count.releases + count.refunds > 1) {
        errors << QStringLiteral("bid %1 has %2 settlement entries; expected at most 1")
                      .arg(bidId)
                      .arg(count.releases + count.refunds);
    }

    bool matches = false;
    if (escrow == QLatin1String("locked"))
        matches = count.releases == 0 && count.refunds == 0;
    else if (escrow == QLatin1String("released"))
        matches = count.releases == 1 && count.refunds == 0;
    else if (escrow == QLatin1String("refunded"))
        matches = count.releases == 0 && count.refunds == 1;
    if (!matches) {
        errors << QStringLiteral("bid %1 has escrow '%2' but %3 release and %4 refund entries")
                      .arg(bidId, escrow)
                      .arg(count.releases)
                      .arg(count.refunds);
    }
}

/// Compares the report's locked balance of every asset with the sum of the locked bids.
void checkLockedSums(const QJsonObject &locked, const QMap<QString, ListedBid> &bids,
                     QStringList &errors)
{
    QMap<QString, mesi::MinorUnits> expected;
    for (const mesi::Asset &asset : mesi::Asset::all())
        expected.insert(asset.code(), mesi::MinorUnits());
    for (const ListedBid &bid : bids) {
        if (bid.escrow == QLatin1String("locked")) {
            const QString code = bid.amount.asset().code();
            expected.insert(code, expected.value(code) + bid.amount.minorUnits());
        }
    }

    for (const mesi::Asset &asset : mesi::Asset::all()) {
        const mesi::Money sum(asset, expected.value(asset.code()));
        const QString reported = locked.value(asset.code()).toString();
        mesi::Result<mesi::Money> balance = mesi::Money::parse(reported, asset);
        if (!balance || !(balance.value() == sum)) {
            errors << QStringLiteral("asset %1: locked is '%2', but the locked bids sum to %3")
                          .arg(asset.code(), reported, sum.toDecimalString());
        }
    }
    for (auto it = locked.constBegin(); it != locked.constEnd(); ++it) {
        if (!expected.contains(it.key()))
            errors << QStringLiteral("asset %1: locked lists an asset the platform does not support").arg(it.key());
    }
}

} // namespace

QStringList ledgerInvariantErrors(const QJsonObject &ledger)
{
    QStringList errors;
    const QMap<QString, ListedBid> bids = readBids(ledger.value(QStringLiteral("bids")).toArray(), errors);
    const QMap<QString, EntryCounts> counts = countEntries(
        ledger.value(QStringLiteral("entries")).toArray(), bids, errors);

    for (auto it = bids.cbegin(); it != bids.cend(); ++it)
        checkBidEntries(it.key(), it->escrow, counts.value(it.key()), errors);
    checkLockedSums(ledger.value(QStringLiteral("locked")).toObject(), bids, errors);
    return errors;
}

QStringList ledgerInvariantErrors(SandboxTestClient &client)
{
    const HttpReply reply = client.get(QStringLiteral("/v1/sandbox/ledger"));
    if (reply.status != 200) {
        return {QStringLiteral("GET /v1/sandbox/ledger returned HTTP %1: %2")
                    .arg(reply.status)
                    .arg(QString::fromUtf8(reply.body.left(300)))};
    }
    return ledgerInvariantErrors(reply.json());
}

QString ledgerFailureMessage(const char *step, const QStringList &errors)
{
    return QStringLiteral("ledger invariant broken after %1: %2")
        .arg(QString::fromUtf8(step), errors.join(QStringLiteral("; ")));
}
