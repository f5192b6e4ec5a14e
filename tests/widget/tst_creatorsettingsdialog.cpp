#include "ui/aitiertable.h"
#include "ui/creatorsettingsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace mesi;
using mesi::ui::AiTierTable;
using mesi::ui::CreatorSettingsDialog;

/// Checks of the creator's bid settings dialog: filling, reading, errors and Save.
class TestCreatorSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void personRoundTrip();
    void aiRoundTrip();
    void germanLocaleRoundTrip();
    void germanLocaleRejectsDot();
    void minimumTooManyDecimals();
    void minimumNotANumber();
    void zeroMinimumRejected();
    void kyfFieldsFollowSwitch();
    void kyfRequiredWithoutField();
    void aiDuplicateRowNamed();
    void aiZeroPriceNamed();
    void aiEmptyPriceNamed();
    void aiEmptyTableRejected();
    void aiAddRowPicksNewTier();
    void aiTableHiddenForPerson();
    void saveEmitsSettings();
    void saveWithErrorEmitsNothing();
    void serverErrorKeepsDialogOpen();
    void everyWidgetHasAccessibleName();
};

namespace {

Money money(const char *text, const char *assetCode)
{
    return Money::parse(QString::fromLatin1(text), QString::fromLatin1(assetCode)).value();
}

CreatorSettings personSettings()
{
    CreatorSettings settings;
    settings.kind = AccountKind::Person;
    settings.acceptsBids = false;
    settings.minimumBids = {money("12.50", "USD"), money("0.000000000000000001", "MESI")};
    settings.kyfRequired = true;
    settings.kyfFields = {KyfField::LegalName, KyfField::Country};
    return settings;
}

CreatorSettings aiSettings()
{
    CreatorSettings settings;
    settings.kind = AccountKind::Ai;
    settings.personaName = QStringLiteral("Nova");
    settings.minimumBids = {money("5.00", "EUR")};
    settings.aiTiers = {
        AiTier{SessionFormat::TextChat, AccountTier::Basic, 30, money("5.00", "USD")},
        AiTier{SessionFormat::VideoAvatar, AccountTier::Premium, 60, money("25.5", "USDC")},
    };
    return settings;
}

QLineEdit *minimumEdit(const QDialog &dialog, const char *assetCode)
{
    return dialog.findChild<QLineEdit *>(QStringLiteral("minimum%1Edit").arg(QLatin1String(assetCode)));
}

AiTierTable *tierTable(const QDialog &dialog)
{
    return dialog.findChild<AiTierTable *>();
}

QComboBox *tierCombo(const QDialog &dialog, int row, AiTierTable::Column column)
{
    return qobject_cast<QComboBox *>(tierTable(dialog)->cellEditor(row, column));
}

QLineEdit *priceEdit(const QDialog &dialog, int row)
{
    return qobject_cast<QLineEdit *>(tierTable(dialog)->cellEditor(row, AiTierTable::PriceColumn));
}

/// Interactive widgets that a screen reader must name, as in the application-wide check.
bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget);
}

/// A combo box's popup and a spin box's line edit are announced through their owner.
bool isPartOfComposite(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent))
            return true;
    }
    return false;
}

QStringList unnamedWidgets(const QDialog &dialog)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (isInteractive(widget) && !isPartOfComposite(widget) && widget->accessibleName().isEmpty())
            unnamed.append(QStringLiteral("%1 '%2'").arg(QLatin1String(widget->metaObject()->className()),
                                                         widget->objectName()));
    }
    return unnamed;
}

} // namespace

void TestCreatorSettingsDialog::personRoundTrip()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(personSettings());

    QCOMPARE(minimumEdit(dialog, "USD")->text(), QStringLiteral("12.50"));
    QCOMPARE(minimumEdit(dialog, "EUR")->text(), QString());
    QCOMPARE(minimumEdit(dialog, "MESI")->text(), QStringLiteral("0.000000000000000001"));

    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.settings(), personSettings());
    QVERIFY(dialog.errorText().isEmpty());
}

void TestCreatorSettingsDialog::aiRoundTrip()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(aiSettings());

    QCOMPARE(tierTable(dialog)->rowCount(), 2);
    QCOMPARE(priceEdit(dialog, 1)->text(), QStringLiteral("25.50"));
    QCOMPARE(tierCombo(dialog, 1, AiTierTable::AssetColumn)->currentText(), QStringLiteral("USDC"));

    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.settings(), aiSettings());
    QCOMPARE(dialog.settings().personaName, QStringLiteral("Nova"));
    QCOMPARE(dialog.settings().kind, AccountKind::Ai);
}

void TestCreatorSettingsDialog::germanLocaleRoundTrip()
{
    CreatorSettingsDialog dialog;
    dialog.setLocale(QLocale(QLocale::German, QLocale::Germany));
    CreatorSettings settings = personSettings();
    settings.minimumBids = {money("1234.50", "USD")};
    dialog.setSettings(settings);

    // No group separator, so the text reads back as typed.
    QCOMPARE(minimumEdit(dialog, "USD")->text(), QStringLiteral("1234,50"));
    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.settings(), settings);

    minimumEdit(dialog, "EUR")->setText(QStringLiteral(" 7,5 "));
    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.settings().minimumFor(Asset::fromCode(QStringLiteral("EUR")).value()),
             money("7.50", "EUR"));
}

void TestCreatorSettingsDialog::germanLocaleRejectsDot()
{
    CreatorSettingsDialog dialog;
    dialog.setLocale(QLocale(QLocale::German, QLocale::Germany));
    dialog.setSettings(personSettings());

    // In German "1.000" is a thousand, so reading the dot as a decimal point would be wrong.
    minimumEdit(dialog, "MESI")->setText(QStringLiteral("1.000"));
    QVERIFY(!dialog.tryAccept());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("MESI")), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("'1.000'")), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.focusWidget(), minimumEdit(dialog, "MESI"));
}

void TestCreatorSettingsDialog::minimumTooManyDecimals()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(personSettings());
    minimumEdit(dialog, "USD")->setText(QStringLiteral("12.345"));
    QSignalSpy saves(&dialog, &CreatorSettingsDialog::saveRequested);

    QVERIFY(!dialog.tryAccept());
    const QString error = dialog.errorText();
    QVERIFY2(error.startsWith(QStringLiteral("Minimum for USD:")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("'12.345'")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("more than 2 decimals")), qPrintable(error));
    QCOMPARE(dialog.focusWidget(), minimumEdit(dialog, "USD"));
    QCOMPARE(minimumEdit(dialog, "USD")->text(), QStringLiteral("12.345"));
    QCOMPARE(saves.count(), 0);
    QCOMPARE(dialog.settings(), personSettings());
}

void TestCreatorSettingsDialog::minimumNotANumber()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(personSettings());
    minimumEdit(dialog, "EUR")->setText(QStringLiteral("-3"));

    QVERIFY(!dialog.tryAccept());
    QVERIFY2(dialog.errorText().startsWith(QStringLiteral("Minimum for EUR:")),
             qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("'-3'")), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.focusWidget(), minimumEdit(dialog, "EUR"));
}

void TestCreatorSettingsDialog::zeroMinimumRejected()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(personSettings());
    minimumEdit(dialog, "EUR")->setText(QStringLiteral("0.00"));

    QVERIFY(!dialog.tryAccept());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("EUR")), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("zero")), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("empty")), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.focusWidget(), minimumEdit(dialog, "EUR"));

    // Clearing the field removes the minimum.
    minimumEdit(dialog, "EUR")->clear();
    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().isEmpty());
}

void TestCreatorSettingsDialog::kyfFieldsFollowSwitch()
{
    CreatorSettingsDialog dialog;
    CreatorSettings settings = personSettings();
    settings.kyfRequired = false;
    dialog.setSettings(settings);

    auto *required = dialog.findChild<QCheckBox *>(QStringLiteral("kyfRequiredCheck"));
    auto *country = dialog.findChild<QCheckBox *>(QStringLiteral("kyfField_country"));
    QVERIFY(required);
    QVERIFY(country);
    QVERIFY(!country->isEnabled());
    QVERIFY(country->isChecked());

    required->setChecked(true);
    QVERIFY(country->isEnabled());
}

void TestCreatorSettingsDialog::kyfRequiredWithoutField()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(personSettings());
    const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
    for (QCheckBox *box : boxes) {
        if (box->objectName().startsWith(QLatin1String("kyfField_")))
            box->setChecked(false);
    }

    QVERIFY(!dialog.tryAccept());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("KYF")), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("field")), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.focusWidget(), dialog.findChild<QCheckBox *>(QStringLiteral("kyfField_legal_name")));
}

void TestCreatorSettingsDialog::aiDuplicateRowNamed()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(aiSettings());
    QTest::mouseClick(tierTable(dialog)->addButton(), Qt::LeftButton);
    QCOMPARE(tierTable(dialog)->rowCount(), 3);

    // Make row 3 repeat row 1: text chat for basic fans.
    tierCombo(dialog, 2, AiTierTable::FormatColumn)->setCurrentIndex(0);
    tierCombo(dialog, 2, AiTierTable::TierColumn)->setCurrentIndex(0);
    priceEdit(dialog, 2)->setText(QStringLiteral("9.00"));

    QVERIFY(!dialog.tryAccept());
    const QString error = dialog.errorText();
    QVERIFY2(error.contains(QStringLiteral("Price row 3")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("price row 1")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Text chat")), qPrintable(error));
    QCOMPARE(dialog.focusWidget(), tierCombo(dialog, 2, AiTierTable::FormatColumn));
    QCOMPARE(priceEdit(dialog, 2)->text(), QStringLiteral("9.00"));
}

void TestCreatorSettingsDialog::aiZeroPriceNamed()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(aiSettings());
    priceEdit(dialog, 1)->setText(QStringLiteral("0"));

    QVERIFY(!dialog.tryAccept());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Price row 2")), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("zero")), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.focusWidget(), priceEdit(dialog, 1));
}

void TestCreatorSettingsDialog::aiEmptyPriceNamed()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(aiSettings());
    priceEdit(dialog, 0)->clear();

    QVERIFY(!dialog.tryAccept());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Price row 1")), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.focusWidget(), priceEdit(dialog, 0));

    // Seven decimals are too many for USDC, which has six.
    priceEdit(dialog, 0)->setText(QStringLiteral("1.0000001"));
    tierCombo(dialog, 0, AiTierTable::AssetColumn)->setCurrentText(QStringLiteral("USDC"));
    QVERIFY(!dialog.tryAccept());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("more than 6 decimals")),
             qPrintable(dialog.errorText()));
}

void TestCreatorSettingsDialog::aiEmptyTableRejected()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(aiSettings());
    AiTierTable *table = tierTable(dialog);
    while (table->rowCount() > 0) {
        table->table()->setCurrentCell(0, 0);
        QTest::mouseClick(table->removeButton(), Qt::LeftButton);
    }
    QVERIFY(!table->removeButton()->isEnabled());

    QVERIFY(!dialog.tryAccept());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("empty")), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.focusWidget(), table->addButton());
}

void TestCreatorSettingsDialog::aiAddRowPicksNewTier()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(aiSettings());
    QTest::mouseClick(tierTable(dialog)->addButton(), Qt::LeftButton);

    // Text chat for basic fans is taken by row 1, so the new row offers text chat for plus fans
    // and repeats the last row's length and asset.
    QCOMPARE(tierCombo(dialog, 2, AiTierTable::FormatColumn)->currentText(), QStringLiteral("Text chat"));
    QCOMPARE(tierCombo(dialog, 2, AiTierTable::TierColumn)->currentText(), QStringLiteral("Plus"));
    QCOMPARE(tierCombo(dialog, 2, AiTierTable::AssetColumn)->currentText(), QStringLiteral("USDC"));
    auto *duration = qobject_cast<QSpinBox *>(tierTable(dialog)->cellEditor(2, AiTierTable::DurationColumn));
    QCOMPARE(duration->value(), 60);
    QCOMPARE(duration->maximum(), MaxSessionMinutes);
    QCOMPARE(dialog.focusWidget(), tierCombo(dialog, 2, AiTierTable::FormatColumn));

    priceEdit(dialog, 2)->setText(QStringLiteral("12.5"));
    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.settings().aiTiers.size(), 3);
    QCOMPARE(dialog.settings().aiTiers.at(2),
             (AiTier{SessionFormat::TextChat, AccountTier::Plus, 60, money("12.5", "USDC")}));
}

void TestCreatorSettingsDialog::aiTableHiddenForPerson()
{
    CreatorSettingsDialog dialog;
    auto *group = dialog.findChild<QGroupBox *>(QStringLiteral("aiSessionsGroup"));
    QVERIFY(group);

    dialog.setSettings(personSettings());
    QVERIFY(!group->isVisibleTo(&dialog));

    dialog.setSettings(aiSettings());
    QVERIFY(group->isVisibleTo(&dialog));
    auto *persona = dialog.findChild<QLabel *>(QStringLiteral("personaLabel"));
    QVERIFY(persona->text().contains(QStringLiteral("Nova")));

    // A person's settings never carry the table, even after it showed an AI account.
    dialog.setSettings(personSettings());
    QVERIFY(!group->isVisibleTo(&dialog));
    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QVERIFY(dialog.settings().aiTiers.isEmpty());
}

void TestCreatorSettingsDialog::saveEmitsSettings()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(personSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy saves(&dialog, &CreatorSettingsDialog::saveRequested);
    QSignalSpy finished(&dialog, &QDialog::finished);

    dialog.findChild<QCheckBox *>(QStringLiteral("acceptsBidsCheck"))->setChecked(true);
    minimumEdit(dialog, "EUR")->setText(QStringLiteral("3"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

    QCOMPARE(saves.count(), 1);
    CreatorSettings expected = personSettings();
    expected.acceptsBids = true;
    expected.minimumBids = {money("12.50", "USD"), money("3", "EUR"), money("0.000000000000000001", "MESI")};
    QCOMPARE(saves.at(0).at(0).value<CreatorSettings>(), expected);
    QCOMPARE(dialog.settings(), expected);

    // The owner closes the dialog when the server confirms.
    QVERIFY(dialog.isVisible());
    QCOMPARE(finished.count(), 0);
}

void TestCreatorSettingsDialog::saveWithErrorEmitsNothing()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(personSettings());
    QSignalSpy saves(&dialog, &CreatorSettingsDialog::saveRequested);
    minimumEdit(dialog, "USD")->setText(QStringLiteral("abc"));

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(saves.count(), 0);
    QVERIFY(!dialog.errorText().isEmpty());
}

void TestCreatorSettingsDialog::serverErrorKeepsDialogOpen()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(personSettings());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QSignalSpy saves(&dialog, &CreatorSettingsDialog::saveRequested);

    QVERIFY(dialog.tryAccept());
    dialog.setBusy(true);
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog.tryAccept());
    QCOMPARE(saves.count(), 1);

    minimumEdit(dialog, "EUR")->setText(QStringLiteral("4.00"));
    dialog.showServerError(QStringLiteral("the minimum for EUR is above the platform limit"));
    QVERIFY(dialog.isVisible());
    QVERIFY(save->isEnabled());
    QVERIFY(!dialog.isBusy());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("the minimum for EUR is above the platform limit")),
             qPrintable(dialog.errorText()));
    QCOMPARE(minimumEdit(dialog, "EUR")->text(), QStringLiteral("4.00"));
}

void TestCreatorSettingsDialog::everyWidgetHasAccessibleName()
{
    CreatorSettingsDialog dialog;
    dialog.setSettings(personSettings());
    QStringList unnamed = unnamedWidgets(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    dialog.setSettings(aiSettings());
    QTest::mouseClick(tierTable(dialog)->addButton(), Qt::LeftButton);
    unnamed = unnamedWidgets(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QVERIFY(dialog.findChild<QTableWidget *>(QStringLiteral("aiTierTable"))->accessibleName().size() > 0);
    QCOMPARE(priceEdit(dialog, 2)->accessibleName(), QStringLiteral("Price, row 3"));

    // Removing row 1 renumbers the names of the rows below it.
    tierTable(dialog)->table()->setCurrentCell(0, 0);
    tierTable(dialog)->removeCurrentRow();
    QCOMPARE(priceEdit(dialog, 1)->accessibleName(), QStringLiteral("Price, row 2"));
    QCOMPARE(tierCombo(dialog, 0, AiTierTable::FormatColumn)->accessibleName(),
             QStringLiteral("Format, row 1"));
}

QTEST_MAIN(TestCreatorSettingsDialog)
#include "tst_creatorsettingsdialog.moc"
