#include "creatorsettingsdialog.h"

#include "aitiertable.h"
#include "amountinput.h"
#include "availabilityeditor.h"
#include "kyfpanel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mesi::ui {

namespace {

/// Typed text quoted in an error is cut to this length, so a pasted paragraph stays readable.
constexpr qsizetype MaxQuotedLength = 40;

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

CreatorSettingsDialog::CreatorSettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Bid Settings"));

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(buildBidding());
    contentLayout->addWidget(buildMinimums());
    contentLayout->addWidget(buildKyf());
    contentLayout->addWidget(buildAiSessions());
    contentLayout->addStretch();

    // The sections scroll, so the dialog stays usable on a small screen or with large fonts.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("settingsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);

    m_availability = new AvailabilityEditor;
    m_availability->setObjectName(QStringLiteral("availabilityEditor"));
    auto *availabilityScroll = new QScrollArea;
    availabilityScroll->setWidgetResizable(true);
    availabilityScroll->setFrameShape(QFrame::NoFrame);
    availabilityScroll->setWidget(m_availability);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->addTab(m_scroll, tr("Bid &Rules"));
    m_tabs->addTab(availabilityScroll, tr("&Availability"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setAccessibleName(tr("Settings error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save bid settings"));
    m_saveButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { tryAccept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setSettings(CreatorSettings());
    m_acceptsBids->setFocus();
    resize(560, 640);
}

QGroupBox *CreatorSettingsDialog::buildBidding()
{
    auto *group = new QGroupBox(tr("Bidding"), this);
    const QString note =
        tr("When this is off, fans see that your bidding is paused and the server rejects new "
           "bids.");
    m_acceptsBids = new QCheckBox(tr("Accept new &bids"), group);
    m_acceptsBids->setObjectName(QStringLiteral("acceptsBidsCheck"));
    m_acceptsBids->setAccessibleName(tr("Accept new bids"));
    m_acceptsBids->setAccessibleDescription(note);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_acceptsBids);
    layout->addWidget(explanation(note, group));
    return group;
}

QGroupBox *CreatorSettingsDialog::buildMinimums()
{
    auto *group = new QGroupBox(tr("Minimum bids"), this);
    auto *form = new QFormLayout;
    for (const Asset &asset : Asset::all()) {
        auto *edit = new QLineEdit(group);
        edit->setObjectName(QStringLiteral("minimum%1Edit").arg(asset.code()));
        edit->setPlaceholderText(tr("No minimum"));
        edit->setAccessibleName(tr("Minimum bid in %1").arg(asset.code()));
        edit->setAccessibleDescription(
            tr("Empty for no minimum. At most %Ln decimals, such as %1.", nullptr,
               asset.decimals())
                .arg(AmountInput::example(asset, locale())));
        form->addRow(tr("%1:", "asset code as a form label").arg(asset.code()), edit);
        m_minimumEdits.append(edit);
    }

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(explanation(tr("The server rejects a bid below the minimum for its asset. "
                                     "Leave a field empty for no minimum."),
                                  group));
    layout->addLayout(form);
    return group;
}

QGroupBox *CreatorSettingsDialog::buildKyf()
{
    auto *group = new QGroupBox(tr("Know Your Fan"), this);
    const int hours = static_cast<int>(KyfAnswerSeconds / (60 * 60));
    const QString note =
        tr("After you accept a bid, the fan is asked to share the ticked fields of their "
           "registration details. The fan has %Ln hours to consent, or the bid is cancelled "
           "and refunded.",
           nullptr, hours);
    m_kyfRequired = new QCheckBox(tr("Require &KYF after accepting a bid"), group);
    m_kyfRequired->setObjectName(QStringLiteral("kyfRequiredCheck"));
    m_kyfRequired->setAccessibleName(tr("Require KYF after accepting a bid"));
    m_kyfRequired->setAccessibleDescription(note);

    // The fields sit indented under the switch that enables them.
    auto *fields = new QVBoxLayout;
    fields->setContentsMargins(24, 0, 0, 0);
    for (KyfField field : allKyfFields()) {
        auto *box = new QCheckBox(KyfPanel::fieldName(field), group);
        box->setObjectName(QStringLiteral("kyfField_%1").arg(toWire(field)));
        box->setAccessibleName(tr("Ask for %1").arg(KyfPanel::fieldName(field)));
        fields->addWidget(box);
        m_kyfFieldBoxes.append(box);
    }

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_kyfRequired);
    layout->addLayout(fields);
    layout->addWidget(explanation(note, group));

    connect(m_kyfRequired, &QCheckBox::toggled, this, &CreatorSettingsDialog::updateKyfFields);
    return group;
}

QGroupBox *CreatorSettingsDialog::buildAiSessions()
{
    m_aiSessions = new QGroupBox(tr("AI sessions"), this);
    m_aiSessions->setObjectName(QStringLiteral("aiSessionsGroup"));

    m_persona = new QLabel(m_aiSessions);
    m_persona->setObjectName(QStringLiteral("personaLabel"));
    m_persona->setTextFormat(Qt::PlainText);
    m_persona->setWordWrap(true);

    m_tierTable = new AiTierTable(m_aiSessions);
    m_tierTable->setObjectName(QStringLiteral("aiTierEditor"));

    auto *layout = new QVBoxLayout(m_aiSessions);
    layout->addWidget(m_persona);
    layout->addWidget(explanation(tr("Fans bid for a session from this table: a format and "
                                     "length at the price for their account tier. Give each "
                                     "format and fan tier one row."),
                                  m_aiSessions));
    layout->addWidget(m_tierTable);
    return m_aiSessions;
}

void CreatorSettingsDialog::setAvailability(const std::optional<Availability> &availability)
{
    m_availability->setAvailability(availability);
}

void CreatorSettingsDialog::setSettings(const CreatorSettings &settings)
{
    m_settings = settings;
    clearError();

    m_acceptsBids->setChecked(settings.acceptsBids);

    const QList<Asset> &assets = Asset::all();
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const std::optional<Money> minimum = settings.minimumFor(assets.at(i));
        const QString text = minimum ? AmountInput::toText(*minimum, locale()) : QString();
        m_minimumEdits.at(i)->setText(text);
    }

    m_kyfRequired->setChecked(settings.kyfRequired);
    const QList<KyfField> &fields = allKyfFields();
    for (qsizetype i = 0; i < fields.size(); ++i)
        m_kyfFieldBoxes.at(i)->setChecked(settings.kyfFields.contains(fields.at(i)));
    updateKyfFields();

    const bool ai = settings.kind == AccountKind::Ai;
    m_persona->setText(tr("Persona: %1").arg(settings.personaName));
    m_persona->setAccessibleName(m_persona->text());
    m_persona->setVisible(!settings.personaName.isEmpty());
    m_tierTable->setTiers(ai ? settings.aiTiers : QList<AiTier>());
    m_aiSessions->setVisible(ai);
}

bool CreatorSettingsDialog::tryAccept()
{
    if (m_busy)
        return false;
    clearError();

    // Start from the stored settings, which carry the account kind and persona name.
    CreatorSettings settings = m_settings;
    settings.acceptsBids = m_acceptsBids->isChecked();

    const std::optional<QList<Money>> minimums = readMinimums();
    if (!minimums)
        return false;
    settings.minimumBids = *minimums;

    settings.kyfRequired = m_kyfRequired->isChecked();
    settings.kyfFields.clear();
    const QList<KyfField> &fields = allKyfFields();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (m_kyfFieldBoxes.at(i)->isChecked())
            settings.kyfFields.append(fields.at(i));
    }
    if (settings.kyfRequired && settings.kyfFields.isEmpty()) {
        return fail(m_kyfFieldBoxes.constFirst(),
                    tr("KYF is required but no field is ticked. Tick at least one field for the "
                       "fan to share, or turn KYF off."));
    }

    settings.aiTiers.clear();
    if (settings.kind == AccountKind::Ai) {
        const Result<QList<AiTier>> tiers = m_tierTable->readTiers();
        if (!tiers)
            return fail(m_tierTable->focusWidget(), tiers.error().message);
        if (tiers->isEmpty()) {
            return fail(m_tierTable->addButton(),
                        tr("The price table is empty. Add at least one row, so that fans can bid "
                           "for a session."));
        }
        settings.aiTiers = tiers.value();
    }

    // The checks above give a message per field. validateCreatorSettings() is the check the
    // sandbox server runs, in case a rule is missing above.
    const Result<void> valid = validateCreatorSettings(settings);
    if (!valid) {
        const QString &field = valid.error().field;
        QWidget *widget = m_tierTable->table();
        if (field == QLatin1String("minimumBids"))
            widget = m_minimumEdits.constFirst();
        else if (field.startsWith(QLatin1String("kyf")))
            widget = m_kyfRequired;
        return fail(widget, tr("The settings are invalid: %1").arg(valid.error().message));
    }

    QWidget *availabilityField = nullptr;
    const Result<Availability> availability = m_availability->readAvailability(&availabilityField);
    if (!availability)
        return fail(availabilityField, tr("Availability: %1").arg(availability.error().message));

    m_settings = settings;
    if (m_availability->hasChanges())
        Q_EMIT availabilitySaveRequested(availability.value());
    Q_EMIT saveRequested(settings);
    return true;
}

std::optional<QList<Money>> CreatorSettingsDialog::readMinimums()
{
    QList<Money> minimums;
    const QList<Asset> &assets = Asset::all();
    for (qsizetype i = 0; i < assets.size(); ++i) {
        QLineEdit *edit = m_minimumEdits.at(i);
        const QString typed = edit->text().trimmed();
        if (typed.isEmpty())
            continue;

        const Asset &asset = assets.at(i);
        const Result<Money> minimum = AmountInput::parse(typed, asset, locale());
        if (!minimum) {
            fail(edit, tr("Minimum for %1: %2").arg(asset.code(), minimum.error().message));
            return std::nullopt;
        }
        if (minimum->isZero()) {
            fail(edit, tr("Minimum for %1: '%2' is zero. Leave the field empty for no minimum.")
                           .arg(asset.code(), typed.left(MaxQuotedLength)));
            return std::nullopt;
        }
        minimums.append(minimum.value());
    }
    return minimums;
}

void CreatorSettingsDialog::showServerError(const QString &message)
{
    setBusy(false);
    m_error->setText(tr("The server did not save the settings: %1").arg(message));
    m_error->show();
}

void CreatorSettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_saveButton->setEnabled(!busy);
    m_saveButton->setText(busy ? tr("Saving…") : tr("&Save"));
}

QString CreatorSettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CreatorSettingsDialog::updateKyfFields()
{
    for (QCheckBox *box : std::as_const(m_kyfFieldBoxes))
        box->setEnabled(m_kyfRequired->isChecked());
}

bool CreatorSettingsDialog::fail(QWidget *field, const QString &message)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        // The field may sit on the other tab, which has to come to the front first.
        const bool onAvailability = m_availability->isAncestorOf(field);
        m_tabs->setCurrentIndex(onAvailability ? 1 : 0);
        if (!onAvailability)
            m_scroll->ensureWidgetVisible(field);
        field->setFocus();
    }
    return false;
}

void CreatorSettingsDialog::clearError()
{
    m_error->clear();
    m_error->hide();
}

} // namespace mesi::ui
