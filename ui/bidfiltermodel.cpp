#include "bidfiltermodel.h"

#include "bidinboxmodel.h"

#include "core/money.h"

namespace mesi::ui {

namespace {

/// Orders amounts by asset code, then exactly by minor units within one asset.
bool amountLessThan(const Money &left, const Money &right)
{
    const std::optional<std::strong_ordering> order = left.compare(right);
    if (order)
        return *order == std::strong_ordering::less;
    return left.asset().code() < right.asset().code();
}

} // namespace

BidFilterModel::BidFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void BidFilterModel::setStatusFilter(std::optional<BidStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

QModelIndex BidFilterModel::indexOfBid(const QString &bidId, int column) const
{
    const auto *inbox = qobject_cast<const BidInboxModel *>(sourceModel());
    if (!inbox)
        return {};
    const int sourceRow = inbox->rowOfBid(bidId);
    if (sourceRow < 0)
        return {};
    return mapFromSource(inbox->index(sourceRow, column));
}

bool BidFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_status)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(BidInboxModel::StatusRole).value<BidStatus>() == *m_status;
}

void BidFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_inbox = qobject_cast<BidInboxModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool BidFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Reading the rows directly avoids a QVariant of a QDateTime or Money per comparison,
    // which dominated sorting a large inbox at start-up.
    if (m_inbox) {
        const Bid &a = m_inbox->bidAt(left.row());
        const Bid &b = m_inbox->bidAt(right.row());
        switch (left.column()) {
        case BidInboxModel::FanColumn:
            // The raw name sorts like the shown one and needs no formatted row text.
            return QString::compare(a.fanName, b.fanName, sortCaseSensitivity()) < 0;
        case BidInboxModel::AmountColumn:
            return amountLessThan(a.amount, b.amount);
        case BidInboxModel::ReceivedColumn:
            return a.createdAt < b.createdAt;
        case BidInboxModel::StatusColumn:
            return int(a.status) < int(b.status);
        case BidInboxModel::EscrowColumn:
            return int(a.escrow) < int(b.escrow);
        default:
            break;
        }
    }

    switch (left.column()) {
    case BidInboxModel::AmountColumn:
        return amountLessThan(left.data(BidInboxModel::AmountRole).value<Money>(),
                              right.data(BidInboxModel::AmountRole).value<Money>());
    case BidInboxModel::ReceivedColumn:
        return left.data(BidInboxModel::CreatedAtRole).toDateTime()
               < right.data(BidInboxModel::CreatedAtRole).toDateTime();
    case BidInboxModel::StatusColumn:
        // Sort in the order BidStatus declares its values, pending first, not by the translated word.
        return int(left.data(BidInboxModel::StatusRole).value<BidStatus>())
               < int(right.data(BidInboxModel::StatusRole).value<BidStatus>());
    case BidInboxModel::EscrowColumn:
        return int(left.data(BidInboxModel::EscrowRole).value<EscrowState>())
               < int(right.data(BidInboxModel::EscrowRole).value<EscrowState>());
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace mesi::ui
