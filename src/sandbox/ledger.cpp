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
    QMap<QString, Money> locked;
    for (const Asset &asset : Asset::all())
        locked.insert(asset.code(), Money(asset, MinorUnits()));

    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT l.bid_id, l.kind, l.asset, l.amount, l.at, b.status "
                       "FROM ledger l JOIN bids b ON b.id = l.bid_id ORDER BY l.row"));
    if (!query)
        return query.error();

    QJsonArray entries;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        const QString bidId = row.value(0).toString();
        const QString kind = row.value(1).toString();
        const QString assetCode = row.value(2).toString();
        const QString amountText = row.value(3).toString();
        entries.append(QJsonObject{{QStringLiteral("bidId"), bidId},
                                   {QStringLiteral("asset"), assetCode},
                                   {QStringLiteral("amount"), amountText},
                                   {QStringLiteral("kind"), kind},
                                   {QStringLiteral("at"), row.value(4).toString()}});

        if (kind != toWire(LedgerKind::Lock))
            continue;
        Result<BidStatus> status = bidStatusFromWire(row.value(5).toString());
        if (!status)
            return status.error();
        if (escrowStateFor(status.value()) != EscrowState::Locked)
            continue;

        Result<Money> amount = Money::parse(amountText, assetCode);
        if (!amount)
            return amount.error();
        Result<Money> sum = locked.value(assetCode).plus(amount.value());
        if (!sum)
            return sum.error();
        locked.insert(assetCode, sum.value());
    }

    QJsonObject lockedJson;
    for (auto it = locked.cbegin(); it != locked.cend(); ++it)
        lockedJson.insert(it.key(), it.value().toDecimalString());
    return QJsonObject{{QStringLiteral("entries"), entries}, {QStringLiteral("locked"), lockedJson}};
}

} // namespace mesi::sandbox
