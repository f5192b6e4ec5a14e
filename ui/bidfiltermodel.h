#pragma once

#include "core/bidstatus.h"

#include <QPointer>
#include <QSortFilterProxyModel>

#include <optional>

namespace mesi::ui {

class BidInboxModel;

/**
 * Filters a BidInboxModel by status and sorts it by the values behind each column.
 *
 * Amounts sort exactly: amounts of one asset by Money::compare, amounts of different
 * assets by asset code first. The Received column sorts by the UTC creation time.
 */
class BidFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BidFilterModel(QObject *parent = nullptr);

    /// Shows only bids in status, or every bid when status is nullopt.
    void setStatusFilter(std::optional<BidStatus> status);
    std::optional<BidStatus> statusFilter() const { return m_status; }

    /// Row in this model of the bid with this id, or an invalid index when it is filtered out or unknown.
    QModelIndex indexOfBid(const QString &bidId, int column = 0) const;

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<BidStatus> m_status;
    /// The source when it is a BidInboxModel, read directly while sorting tens of thousands of rows.
    QPointer<BidInboxModel> m_inbox;
};

} // namespace mesi::ui
