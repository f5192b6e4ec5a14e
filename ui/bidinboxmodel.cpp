#include "bidinboxmodel.h"

#include "lifecycletext.h"

#include "bidtext.h"
#include "moneyformat.h"

#include "core/displaytext.h"

#include "sync/bidrepository.h"

#include <algorithm>

namespace mesi::ui {

BidInboxModel::BidInboxModel(sync::BidRepository *repository, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    if (repository) {
        connect(repository, &sync::BidRepository::bidAdded, this, &BidInboxModel::addBid);
        connect(repository, &sync::BidRepository::bidChanged, this, &BidInboxModel::updateBid);
        connect(repository, &sync::BidRepository::outboxMarkChanged, this,
                [this](const QString &bidId) {
                    if (const Bid *bid = m_repository ? m_repository->find(bidId) : nullptr)
                        updateBid(*bid);
                });
        connect(repository, &sync::BidRepository::bidsReset, this, [this] {
            beginResetModel();
            reload();
            endResetModel();
        });
        connect(repository, &QObject::destroyed, this, [this] {
            beginResetModel();
            m_rows.clear();
            m_rowById.clear();
            endResetModel();
        });
    }
    reload();
}

int BidInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BidInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BidInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const Row &entry = m_rows.at(index.row());
    const Bid &bid = entry.bid;
    const bool busy = m_busyIds.contains(bid.id);

    switch (role) {
    case Qt::DisplayRole: {
        const RowTexts &row = textsOf(entry);
        switch (Column(index.column())) {
        case FanColumn:
            return row.fanText;
        case AmountColumn:
            return row.amountText;
        case StatusColumn:
            if (!row.outboxText.isEmpty())
                return tr("%1 · %2").arg(row.statusText, row.outboxText);
            return busy ? tr("%1 (updating…)").arg(row.statusText) : row.statusText;
        case EscrowColumn:
            return row.escrowText;
        case ReceivedColumn:
            return row.receivedText;
        case NoteColumn:
            return row.noteText;
        case SessionColumn:
            return row.sessionText;
        case ColumnCount:
            break;
        }
        return {};
    }
    case Qt::ToolTipRole:
        if (index.column() == NoteColumn && !textsOf(entry).noteToolTip.isEmpty())
            return textsOf(entry).noteToolTip;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case BidIdRole:
        return bid.id;
    case StatusRole:
        return QVariant::fromValue(bid.status);
    case EscrowRole:
        return QVariant::fromValue(bid.escrow);
    case AmountRole:
        return QVariant::fromValue(bid.amount);
    case CreatedAtRole:
        return bid.createdAt;
    case BusyRole:
        return busy;
    case OutboxRole:
        return textsOf(entry).outboxText;
    case FanNameRole:
        return textsOf(entry).fanText;
    default:
        return {};
    }
}

QVariant BidInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (Column(section)) {
    case FanColumn:
        return tr("Fan");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    case EscrowColumn:
        return tr("Escrow");
    case ReceivedColumn:
        return tr("Received");
    case NoteColumn:
        return tr("Note");
    case SessionColumn:
        return tr("Session");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> BidInboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(BidIdRole, "bidId");
    names.insert(StatusRole, "status");
    names.insert(EscrowRole, "escrow");
    names.insert(AmountRole, "amount");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(BusyRole, "busy");
    names.insert(FanNameRole, "fanName");
    names.insert(OutboxRole, "outbox");
    return names;
}

void BidInboxModel::retranslate()
{
    m_locale = QLocale();
    for (const Row &row : std::as_const(m_rows))
        row.texts.reset();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int BidInboxModel::rowOfBid(const QString &bidId) const
{
    return m_rowById.value(bidId, -1);
}

void BidInboxModel::setBidBusy(const QString &bidId, bool busy)
{
    const bool changed = busy ? !m_busyIds.contains(bidId) : m_busyIds.contains(bidId);
    if (!changed)
        return;

    if (busy)
        m_busyIds.insert(bidId);
    else
        m_busyIds.remove(bidId);

    const int row = rowOfBid(bidId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const BidInboxModel::RowTexts &BidInboxModel::textsOf(const Row &row) const
{
    if (!row.texts)
        row.texts = makeTexts(row.bid);
    return *row.texts;
}

BidInboxModel::RowTexts BidInboxModel::makeTexts(const Bid &bid) const
{
    RowTexts row;
    row.fanText = displayName(bid.fanName);
    row.noteToolTip = displayText(bid.note);
    row.noteText = row.noteToolTip.simplified();
    row.amountText = formatMoney(bid.amount, m_locale);
    row.statusText = BidText::status(bid.status);
    row.escrowText = BidText::escrow(bid.escrow);
    row.receivedText = m_locale.toString(bid.createdAt.toLocalTime(), QLocale::ShortFormat);
    if (bid.session) {
        row.sessionText = tr("%1, %n min, tier price %2", nullptr, bid.session->durationMinutes)
                              .arg(LifecycleText::format(bid.session->format),
                                   formatMoney(bid.session->tierPrice, m_locale));
        // A session that has not started yet needs no state, because the bid status shows it.
        if (bid.status == BidStatus::Accepted || bid.status == BidStatus::Completed)
            row.sessionText = tr("%1 · %2").arg(row.sessionText,
                                                LifecycleText::sessionState(bid.session->state));
    }
    if (const sync::OutboxMark *mark = m_repository ? m_repository->outboxMark(bid.id) : nullptr) {
        const QString &failure = mark->failure;
        switch (mark->kind) {
        case store::OutboxEntry::Kind::Accept:
            row.outboxText = mark->failed ? tr("accept failed: %1").arg(failure)
                                          : tr("accept waiting to send", "outbox state of an answer");
            break;
        case store::OutboxEntry::Kind::Reject:
            row.outboxText = mark->failed ? tr("reject failed: %1").arg(failure)
                                          : tr("reject waiting to send", "outbox state of an answer");
            break;
        case store::OutboxEntry::Kind::AcceptProposal:
            row.outboxText = mark->failed ? tr("proposal acceptance failed: %1").arg(failure)
                                          : tr("proposal acceptance waiting to send",
                                               "outbox state of an answer");
            break;
        case store::OutboxEntry::Kind::Cancel:
            row.outboxText = mark->failed ? tr("cancel failed: %1").arg(failure)
                                          : tr("cancel waiting to send", "outbox state of an answer");
            break;
        case store::OutboxEntry::Kind::Message:
        case store::OutboxEntry::Kind::Propose:
            // Messages and proposals wait in the chat, so they never mark a bid.
            break;
        }
    }
    return row;
}

void BidInboxModel::addBid(const Bid &bid)
{
    if (m_rowById.contains(bid.id)) {
        updateBid(bid);
        return;
    }

    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{bid, std::nullopt});
    m_rowById.insert(bid.id, row);
    endInsertRows();
}

void BidInboxModel::updateBid(const Bid &bid)
{
    const int row = rowOfBid(bid.id);
    if (row < 0) {
        addBid(bid);
        return;
    }

    m_rows[row] = Row{bid, std::nullopt};
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BidInboxModel::reload()
{
    m_rows.clear();
    m_rowById.clear();
    if (!m_repository)
        return;

    // The repository keeps its bids in a hash, so sort them oldest first for a stable row order.
    QList<Bid> bids = m_repository->all();
    std::sort(bids.begin(), bids.end(), [](const Bid &a, const Bid &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt < b.createdAt;
        return a.id < b.id;
    });

    m_rows.reserve(bids.size());
    for (const Bid &bid : std::as_const(bids)) {
        m_rowById.insert(bid.id, int(m_rows.size()));
        m_rows.append(Row{bid, std::nullopt});
    }
}

} // namespace mesi::ui
