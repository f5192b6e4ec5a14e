#pragma once

#include "core/bid.h"

#include <QAbstractTableModel>

#include <optional>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QSet>

namespace mesi::sync {
class BidRepository;
}

namespace mesi::ui {

/**
 * The creator's bids as a table, one row per bid, kept in step with a BidRepository.
 *
 * Rows are in arrival order, because sorting and filtering belong to BidFilterModel. Every text
 * shown is prepared when a bid arrives or changes, so data() only reads stored rows.
 */
class BidInboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FanColumn,
        AmountColumn,
        StatusColumn,
        EscrowColumn,
        ReceivedColumn,
        NoteColumn,
        SessionColumn, ///< Format and tier price of a bid on an AI account; empty otherwise.
        ColumnCount,
    };
    Q_ENUM(Column)

    /// Roles returned for any column of a row.
    enum Role {
        BidIdRole = Qt::UserRole + 1, ///< QString: the bid's opaque id.
        StatusRole,                   ///< mesi::BidStatus.
        EscrowRole,                   ///< mesi::EscrowState.
        AmountRole,                   ///< mesi::Money, exact. Sort it with Money::compare, never as a double.
        CreatedAtRole,                ///< QDateTime in UTC: when the fan placed the bid.
        BusyRole,                     ///< bool: an accept or reject of this bid is on its way to the server.
        FanNameRole,                  ///< QString: the display name the fan chose.
        OutboxRole,                   ///< QString: the creator's unsent or failed answer, empty when none.
    };
    Q_ENUM(Role)

    /// Shows the bids of repository, which may be null (an empty table) and may be destroyed first.
    explicit BidInboxModel(sync::BidRepository *repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Row of the bid with this id, or -1 when the model has no such bid.
    int rowOfBid(const QString &bidId) const;
    /// The bid shown in row, which must be valid; lets a sorting proxy compare without QVariant.
    const Bid &bidAt(int row) const { return m_rows.at(row).bid; }

    /// Rebuilds the texts of every row and the headers in the current language and default QLocale.
    void retranslate();

    /// Marks a bid as busy while an action on it is in flight. Connect CreatorSession::busyChanged here.
    void setBidBusy(const QString &bidId, bool busy);

private:
    struct RowTexts
    {
        QString fanText;     ///< The fan's name made safe by displayName().
        QString noteText;    ///< The note on one line, made safe by displayText().
        QString noteToolTip; ///< The whole note, made safe by displayText().
        QString amountText;
        QString statusText;
        QString escrowText;
        QString receivedText;
        QString outboxText; ///< "Accept waiting to send", "Reject failed: ...", or empty.
        QString sessionText;
    };

    // Texts are formatted when a row is first shown, so a large inbox opens without
    // formatting tens of thousands of dates and amounts that are not on screen.
    struct Row
    {
        Bid bid;
        mutable std::optional<RowTexts> texts;
    };

    const RowTexts &textsOf(const Row &row) const;
    RowTexts makeTexts(const Bid &bid) const;
    void addBid(const Bid &bid);
    void updateBid(const Bid &bid);
    void reload();

    QPointer<sync::BidRepository> m_repository;
    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    QSet<QString> m_busyIds;
    QLocale m_locale;
};

} // namespace mesi::ui
