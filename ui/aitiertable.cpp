#include "aitiertable.h"

#include "lifecycletext.h"

#include "amountinput.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mesi::ui {

namespace {

constexpr int DefaultDurationMinutes = 30;

Error invalidInput(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message, QStringLiteral("aiTiers"));
}

} // namespace

AiTierTable::AiTierTable(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("aiTierTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Format"), tr("Fan tier"), tr("Minutes"), tr("Price"), tr("Asset")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setCornerButtonEnabled(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PriceColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Session prices"));
    m_table->setAccessibleDescription(
        tr("One row per session format and fan account tier, with its length and price."));
    m_table->horizontalHeader()->setAccessibleName(tr("Price table columns"));
    m_table->verticalHeader()->setAccessibleName(tr("Price table rows"));
    // The disabled corner button is still a button, and the accessibility tests expect a name.
    if (auto *corner = m_table->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all price rows"));

    m_addButton = new QPushButton(tr("&Add Row"), this);
    m_addButton->setObjectName(QStringLiteral("addTierButton"));
    m_addButton->setAccessibleName(tr("Add price row"));
    m_removeButton = new QPushButton(tr("&Remove Row"), this);
    m_removeButton->setObjectName(QStringLiteral("removeTierButton"));
    m_removeButton->setAccessibleName(tr("Remove selected price row"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &AiTierTable::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &AiTierTable::removeCurrentRow);
    connect(m_table, &QTableWidget::currentCellChanged, this, &AiTierTable::updateRemoveButton);
    updateRemoveButton();
}

void AiTierTable::setTiers(const QList<AiTier> &tiers)
{
    m_table->setRowCount(0);
    for (const AiTier &tier : tiers) {
        const bool priced = tier.price.asset().isValid();
        insertRow(tier, priced ? tier.price.asset() : Asset::all().constFirst());
    }
    updateRowNames();
    updateRemoveButton();
}

int AiTierTable::rowCount() const
{
    return m_table->rowCount();
}

Result<QList<AiTier>> AiTierTable::readTiers()
{
    QList<AiTier> tiers;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Result<AiTier> tier = readRow(row);
        if (!tier)
            return tier.error();

        for (qsizetype earlier = 0; earlier < tiers.size(); ++earlier) {
            const AiTier &other = tiers.at(earlier);
            if (other.format != tier->format || other.accountTier != tier->accountTier)
                continue;
            focusCell(row, FormatColumn);
            return invalidInput(
                tr("Price row %1 repeats %2 for %3 fans, which price row %4 already prices. "
                   "Change the format or fan tier, or remove one of the two rows.")
                    .arg(rowText(row), formatName(tier->format), tierName(tier->accountTier),
                         rowText(static_cast<int>(earlier))));
        }
        tiers.append(tier.value());
    }

    // The checks above give a message per cell. validateAiTiers() is the check the sandbox
    // server runs, in case a rule is missing above.
    const Result<void> valid = validateAiTiers(tiers);
    if (!valid) {
        m_table->setFocus();
        return invalidInput(tr("The price table is invalid: %1").arg(valid.error().message));
    }
    return tiers;
}

Result<AiTier> AiTierTable::readRow(int row)
{
    AiTier tier;
    tier.format = static_cast<SessionFormat>(comboAt(row, FormatColumn)->currentData().toInt());
    tier.accountTier = static_cast<AccountTier>(comboAt(row, TierColumn)->currentData().toInt());
    tier.durationMinutes = qobject_cast<QSpinBox *>(cellEditor(row, DurationColumn))->value();

    const QString assetCode = comboAt(row, AssetColumn)->currentData().toString();
    const Result<Asset> asset = Asset::fromCode(assetCode);
    Q_ASSERT(asset); // The combo lists only codes from Asset::all().
    const QString text = qobject_cast<QLineEdit *>(cellEditor(row, PriceColumn))->text();
    if (text.trimmed().isEmpty()) {
        focusCell(row, PriceColumn);
        return invalidInput(tr("Price row %1 has no price. Enter an amount above zero, such as %2.")
                                .arg(rowText(row), AmountInput::example(asset.value(), locale())));
    }

    const Result<Money> price = AmountInput::parse(text, asset.value(), locale());
    if (!price) {
        focusCell(row, PriceColumn);
        return invalidInput(tr("Price row %1: %2").arg(rowText(row), price.error().message));
    }
    if (price->isZero()) {
        focusCell(row, PriceColumn);
        return invalidInput(tr("Price row %1: the price is zero. Enter an amount above zero.")
                                .arg(rowText(row)));
    }
    tier.price = price.value();
    return tier;
}

void AiTierTable::addRow()
{
    // Offer the first format and tier that no row prices yet, so a new row is rarely a repeat.
    AiTier tier;
    bool chosen = false;
    for (SessionFormat format : allSessionFormats()) {
        for (AccountTier accountTier : allAccountTiers()) {
            if (chosen || isPriced(format, accountTier))
                continue;
            tier.format = format;
            tier.accountTier = accountTier;
            chosen = true;
        }
    }

    // Repeat the last row's length and asset, which are often the same for every row.
    Asset asset = Asset::all().constFirst();
    tier.durationMinutes = DefaultDurationMinutes;
    const int last = m_table->rowCount() - 1;
    if (last >= 0) {
        tier.durationMinutes = qobject_cast<QSpinBox *>(cellEditor(last, DurationColumn))->value();
        const Result<Asset> lastAsset =
            Asset::fromCode(comboAt(last, AssetColumn)->currentData().toString());
        if (lastAsset)
            asset = lastAsset.value();
    }

    insertRow(tier, asset);
    updateRowNames();
    focusCell(m_table->rowCount() - 1, FormatColumn);
}

void AiTierTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;

    m_table->removeRow(row);
    updateRowNames();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(qMin(row, m_table->rowCount() - 1), FormatColumn);
    else
        m_addButton->setFocus();
    updateRemoveButton();
}

QWidget *AiTierTable::cellEditor(int row, Column column) const
{
    return m_table->cellWidget(row, column);
}

QComboBox *AiTierTable::comboAt(int row, Column column) const
{
    return qobject_cast<QComboBox *>(cellEditor(row, column));
}

bool AiTierTable::isPriced(SessionFormat format, AccountTier tier) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (comboAt(row, FormatColumn)->currentData().toInt() == static_cast<int>(format)
            && comboAt(row, TierColumn)->currentData().toInt() == static_cast<int>(tier))
            return true;
    }
    return false;
}

void AiTierTable::insertRow(const AiTier &tier, const Asset &asset)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);

    auto *format = new QComboBox;
    for (SessionFormat each : allSessionFormats())
        format->addItem(formatName(each), static_cast<int>(each));
    format->setCurrentIndex(format->findData(static_cast<int>(tier.format)));

    auto *accountTier = new QComboBox;
    for (AccountTier each : allAccountTiers())
        accountTier->addItem(tierName(each), static_cast<int>(each));
    accountTier->setCurrentIndex(accountTier->findData(static_cast<int>(tier.accountTier)));

    auto *duration = new QSpinBox;
    duration->setRange(1, MaxSessionMinutes);
    duration->setValue(tier.durationMinutes);
    duration->setSuffix(tr(" min", "minutes after a number"));

    auto *price = new QLineEdit;
    price->setPlaceholderText(AmountInput::example(asset, locale()));
    if (tier.price.asset().isValid())
        price->setText(AmountInput::toText(tier.price, locale()));

    auto *assetCombo = new QComboBox;
    for (const Asset &each : Asset::all())
        assetCombo->addItem(each.code(), each.code());
    assetCombo->setCurrentIndex(assetCombo->findData(asset.code()));

    const QList<QWidget *> editors = {format, accountTier, duration, price, assetCombo};
    for (int column = 0; column < ColumnCount; ++column) {
        QWidget *editor = editors.at(column);
        editor->installEventFilter(this);
        m_table->setCellWidget(row, column, editor);
    }
}

bool AiTierTable::eventFilter(QObject *watched, QEvent *event)
{
    // Focus in a cell editor makes its row current, so Remove Row removes the focused row.
    if (event->type() == QEvent::FocusIn) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            for (int column = 0; column < ColumnCount; ++column) {
                if (m_table->cellWidget(row, column) == watched)
                    m_table->setCurrentCell(row, column);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AiTierTable::focusCell(int row, Column column)
{
    m_table->setCurrentCell(row, column);
    m_table->scrollTo(m_table->model()->index(row, column));
    if (QWidget *editor = cellEditor(row, column))
        editor->setFocus();
}

void AiTierTable::updateRowNames()
{
    QStringList numbers;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString number = rowText(row);
        numbers.append(number);
        cellEditor(row, FormatColumn)->setAccessibleName(tr("Format, row %1").arg(number));
        cellEditor(row, TierColumn)->setAccessibleName(tr("Fan tier, row %1").arg(number));
        cellEditor(row, DurationColumn)->setAccessibleName(tr("Minutes, row %1").arg(number));
        cellEditor(row, PriceColumn)->setAccessibleName(tr("Price, row %1").arg(number));
        cellEditor(row, AssetColumn)->setAccessibleName(tr("Asset, row %1").arg(number));
    }
    // Numbered in the locale's digits, like the row numbers in error messages.
    m_table->setVerticalHeaderLabels(numbers);
}

void AiTierTable::updateRemoveButton()
{
    m_removeButton->setEnabled(m_table->currentRow() >= 0);
}

QString AiTierTable::rowText(int row) const
{
    return locale().toString(row + 1);
}

QString AiTierTable::formatName(SessionFormat format)
{
    return LifecycleText::format(format);
}

QString AiTierTable::tierName(AccountTier tier)
{
    return LifecycleText::accountTier(tier);
}

} // namespace mesi::ui
