#pragma once

#include "core/aisession.h"
#include "core/money.h"
#include "core/result.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace mesi::ui {

/**
 * Editor of an AI account's price table: one row per session format and fan account tier,
 * with a length in minutes and a price.
 *
 * Every cell has its own editor widget with an accessible name such as "Price, row 2", so a
 * screen reader names each cell, and a check can move focus to the cell at fault.
 */
class AiTierTable : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        FormatColumn,
        TierColumn,
        DurationColumn,
        PriceColumn,
        AssetColumn,
        ColumnCount,
    };

    explicit AiTierTable(QWidget *parent = nullptr);

    /// Replaces the rows with tiers, in their order.
    void setTiers(const QList<AiTier> &tiers);
    /**
     * Reads and checks every row in order. On the first invalid row, returns an error that
     * names the row and what to change, and moves focus to the cell at fault.
     */
    Result<QList<AiTier>> readTiers();
    int rowCount() const;

    /// Appends a row for the first format and tier that no row prices yet, and focuses it.
    void addRow();
    /// Removes the row of the current cell. Does nothing when no row is current.
    void removeCurrentRow();

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    /// The editor widget of a cell, or null outside the table.
    QWidget *cellEditor(int row, Column column) const;

    static QString formatName(SessionFormat format);
    static QString tierName(AccountTier tier);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void insertRow(const AiTier &tier, const Asset &asset);
    Result<AiTier> readRow(int row);
    void focusCell(int row, Column column);
    QComboBox *comboAt(int row, Column column) const;
    bool isPriced(SessionFormat format, AccountTier tier) const;
    void updateRowNames();
    void updateRemoveButton();
    QString rowText(int row) const;

    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace mesi::ui
