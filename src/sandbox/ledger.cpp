#include "ledger.h"

#include "contract/jsonreader.h"
#include "core/bidstatus.h"

#include <QJsonArray>
#include <QMap>

namespace mesi::sandbox {

QString toWire(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Lock:
        return QStringLiteral("lock");
    case LedgerKind::Release:
        return QStringLiteral("release");
    case LedgerKind::Refund:
        return QStringLiteral("refund");
    }
    Q_UNREACHABLE();
    return {};
}

Result<void> Ledger::record(const QString &bidId, LedgerKind kind, const Money &amount,
                            const QDateTime &at)
{
    Result<QSqlQuery *> inserted = m_database.run(
        QStringLiteral("INSERT INTO ledger (bid_id, kind, asset, amount, at) VALUES (?, ?, ?, ?, ?)"),
        {bidId, toWire(kind), amount.asset().code(), amount.toDecimalString(),
         contract::formatTimestamp(at)});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<QJsonObject> Ledger::report()
{
    // Per asset: everything locked minus everything settled, from the entries alone, so a
    // test can compare it with the bids' own escrow states instead of a copy of them.
    QMap<QString, MinorUnits> lockedUnits;
    QMap<QString, MinorUnits> settledUnits;
    for (const Asset &asset : Asset::all()) {
        lockedUnits.insert(asset.code(), MinorUnits());
        settledUnits.insert(asset.code(), MinorUnits());
    }

    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT bid_id, kind, asset, amount, at FROM ledger ORDER BY row"));
    if (!query)
        return query.error();

    QJsonArray entries;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        const QString kind = row.value(1).toString();
        const QString assetCode = row.value(2).toString();
        const QString amountText = row.value(3).toString();
        entries.append(QJsonObject{{QStringLiteral("bidId"), row.value(0).toString()},
                                   {QStringLiteral("asset"), assetCode},
                                   {QStringLiteral("amount"), amountText},
                                   {QStringLiteral("kind"), kind},
                                   {QStringLiteral("at"), row.value(4).toString()}});

        Result<Money> amount = Money::parse(amountText, assetCode);
        if (!amount)
            return amount.error();
        QMap<QString, MinorUnits> &sums = kind == toWire(LedgerKind::Lock) ? lockedUnits
                                                                          : settledUnits;
        sums.insert(assetCode, sums.value(assetCode) + amount->minorUnits());
    }

    QJsonObject lockedJson;
    for (const Asset &asset : Asset::all()) {
        const Money locked(asset, lockedUnits.value(asset.code()));
        const Money settled(asset, settledUnits.value(asset.code()));
        Result<Money> balance = locked.minus(settled);
        if (!balance) {
            return makeError(ErrorCode::Storage,
                             QStringLiteral("ledger settles %1 but locked only %2; the ledger is "
                                            "inconsistent")
                                 .arg(settled.toDisplayString(), locked.toDisplayString()));
        }
        lockedJson.insert(asset.code(), balance->toDecimalString());
    }

    Result<QSqlQuery *> bids = m_database.run(
        QStringLiteral("SELECT id, status, amount, asset FROM bids ORDER BY row"));
    if (!bids)
        return bids.error();
    QJsonArray bidStates;
    while (bids.value()->next()) {
        Result<BidStatus> status = bidStatusFromWire(bids.value()->value(1).toString());
        if (!status)
            return status.error();
        bidStates.append(QJsonObject{{QStringLiteral("id"), bids.value()->value(0).toString()},
                                     {QStringLiteral("status"), toWire(status.value())},
                                     {QStringLiteral("escrow"), toWire(escrowStateFor(status.value()))},
                                     {QStringLiteral("amount"), bids.value()->value(2).toString()},
                                     {QStringLiteral("asset"), bids.value()->value(3).toString()}});
    }
    return QJsonObject{{QStringLiteral("entries"), entries},
                       {QStringLiteral("locked"), lockedJson},
                       {QStringLiteral("bids"), bidStates}};
}

} // namespace mesi::sandbox
