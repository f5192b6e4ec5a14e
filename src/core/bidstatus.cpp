#include "bidstatus.h"

#include <QStringList>

namespace mesi {

namespace {

struct StatusName
{
    BidStatus status;
    const char16_t *name;
};

constexpr StatusName StatusNames[] = {
    {BidStatus::Pending, u"pending"},     {BidStatus::Accepted, u"accepted"},
    {BidStatus::Rejected, u"rejected"},   {BidStatus::Withdrawn, u"withdrawn"},
    {BidStatus::Expired, u"expired"},     {BidStatus::Scheduled, u"scheduled"},
    {BidStatus::Completed, u"completed"}, {BidStatus::Cancelled, u"cancelled"},
};

} // namespace

QString toWire(BidStatus status)
{
    for (const StatusName &entry : StatusNames) {
        if (entry.status == status)
            return QString::fromUtf16(entry.name);
    }
    Q_UNREACHABLE();
    return {};
}

QString toWire(EscrowState state)
{
    switch (state) {
    case EscrowState::Locked:
        return QStringLiteral("locked");
    case EscrowState::Released:
        return QStringLiteral("released");
    case EscrowState::Refunded:
        return QStringLiteral("refunded");
    }
    Q_UNREACHABLE();
    return {};
}

Result<BidStatus> bidStatusFromWire(const QString &name)
{
    QStringList known;
    for (const StatusName &entry : StatusNames) {
        if (name == QString::fromUtf16(entry.name))
            return entry.status;
        known.append(QString::fromUtf16(entry.name));
    }
    return makeError(ErrorCode::Protocol,
                     QStringLiteral("unknown bid status '%1'; expected one of %2")
                         .arg(name, known.join(QStringLiteral(", "))),
                     QStringLiteral("status"));
}

Result<EscrowState> escrowStateFromWire(const QString &name)
{
    for (EscrowState state : {EscrowState::Locked, EscrowState::Released, EscrowState::Refunded}) {
        if (name == toWire(state))
            return state;
    }
    return makeError(ErrorCode::Protocol,
                     QStringLiteral("unknown escrow state '%1'; expected locked, released or refunded")
                         .arg(name),
                     QStringLiteral("escrow"));
}

const QList<BidStatus> &allBidStatuses()
{
    static const QList<BidStatus> statuses = [] {
        QList<BidStatus> list;
        for (const StatusName &entry : StatusNames)
            list.append(entry.status);
        return list;
    }();
    return statuses;
}

bool isTerminal(BidStatus status)
{
    switch (status) {
    case BidStatus::Pending:
    case BidStatus::Accepted:
    case BidStatus::Scheduled:
        return false;
    case BidStatus::Rejected:
    case BidStatus::Withdrawn:
    case BidStatus::Expired:
    case BidStatus::Completed:
    case BidStatus::Cancelled:
        return true;
    }
    Q_UNREACHABLE();
    return true;
}

EscrowState escrowStateFor(BidStatus status)
{
    switch (status) {
    case BidStatus::Pending:
    case BidStatus::Accepted:
    case BidStatus::Scheduled:
        return EscrowState::Locked;
    case BidStatus::Completed:
        return EscrowState::Released;
    case BidStatus::Rejected:
    case BidStatus::Withdrawn:
    case BidStatus::Expired:
    case BidStatus::Cancelled:
        return EscrowState::Refunded;
    }
    Q_UNREACHABLE();
    return EscrowState::Locked;
}

Result<void> checkTransition(BidStatus from, BidStatus to)
{
    bool allowed = false;
    switch (from) {
    case BidStatus::Pending:
        allowed = to == BidStatus::Accepted || to == BidStatus::Rejected
                  || to == BidStatus::Withdrawn || to == BidStatus::Expired;
        break;
    case BidStatus::Accepted:
        allowed = to == BidStatus::Scheduled || to == BidStatus::Completed
                  || to == BidStatus::Cancelled;
        break;
    case BidStatus::Scheduled:
        allowed = to == BidStatus::Completed || to == BidStatus::Cancelled;
        break;
    case BidStatus::Rejected:
    case BidStatus::Withdrawn:
    case BidStatus::Expired:
    case BidStatus::Completed:
    case BidStatus::Cancelled:
        allowed = false;
        break;
    }

    if (allowed)
        return {};
    return makeError(ErrorCode::InvalidTransition,
                     QStringLiteral("a bid cannot move from '%1' to '%2'")
                         .arg(toWire(from), toWire(to)),
                     QStringLiteral("status"));
}

} // namespace mesi
