#include "proposaldialog.h"

#include "zonedtime.h"

#include "contract/wire.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>

// The fields of ProposalDialog and their connections. The checks are in proposaldialog.cpp.
namespace mesi::ui {

void ProposalDialog::buildFields(QFormLayout *form)
{
    m_zoneCombo = new QComboBox(this);
    m_zoneCombo->setObjectName(QStringLiteral("zoneCombo"));
    m_zoneCombo->setEditable(true);
    m_zoneCombo->setInsertPolicy(QComboBox::NoInsert);
    const QList<QByteArray> zoneIds = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zoneIds)
        m_zoneCombo->addItem(QString::fromUtf8(id));
    // Matching anywhere in the name lets "Tokyo" find Asia/Tokyo.
    auto *completer = new QCompleter(m_zoneCombo->model(), m_zoneCombo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_zoneCombo->setCompleter(completer);
    // Qt 6.4 names the system zone "Etc/UTC" on some Linux systems without listing that id,
    // so an unlisted system zone starts as plain UTC instead of an entry the dialog rejects.
    const QByteArray systemZone = QTimeZone::systemTimeZoneId();
    m_zoneCombo->setEditText(QTimeZone::isTimeZoneIdAvailable(systemZone) ? QString::fromUtf8(systemZone)
                                                                           : QStringLiteral("UTC"));
    m_zoneCombo->setAccessibleName(tr("Time zone of the meeting"));
    m_zoneCombo->setAccessibleDescription(
        tr("IANA name such as Europe/Berlin. The date and start time are read in this zone."));
    form->addRow(tr("Time &zone:"), m_zoneCombo);

    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setAccessibleName(tr("Meeting date"));
    form->addRow(tr("&Date:"), m_dateEdit);

    m_timeEdit = new QTimeEdit(this);
    m_timeEdit->setObjectName(QStringLiteral("timeEdit"));
    m_timeEdit->setDisplayFormat(shortTimeFormat(locale()));
    m_timeEdit->setAccessibleName(tr("Start time in the meeting's time zone"));
    form->addRow(tr("&Start time:"), m_timeEdit);

    m_occurrenceHint = new QLabel(this);
    m_occurrenceHint->setObjectName(QStringLiteral("occurrenceHint"));
    m_occurrenceHint->setWordWrap(true);
    m_occurrenceHint->setTextFormat(Qt::PlainText);
    m_occurrenceHint->setAccessibleName(tr("Start time occurs twice"));
    form->addRow(m_occurrenceHint);
    m_occurrenceCombo = new QComboBox(this);
    m_occurrenceCombo->setObjectName(QStringLiteral("occurrenceCombo"));
    m_occurrenceCombo->setAccessibleName(tr("Which of the two start times"));
    form->addRow(tr("&Which one:"), m_occurrenceCombo);

    m_durationSpin = new QSpinBox(this);
    m_durationSpin->setObjectName(QStringLiteral("durationSpin"));
    m_durationSpin->setRange(15, static_cast<int>(MaxMeetingMinutes));
    m_durationSpin->setSingleStep(15);
    m_durationSpin->setValue(60);
    m_durationSpin->setSuffix(tr(" min", "minutes after a number"));
    m_durationSpin->setAccessibleName(tr("Duration in minutes"));
    form->addRow(tr("D&uration:"), m_durationSpin);

    m_endLabel = new QLabel(this);
    m_endLabel->setObjectName(QStringLiteral("endLabel"));
    m_endLabel->setWordWrap(true);
    m_endLabel->setTextFormat(Qt::PlainText);
    m_endLabel->setAccessibleName(tr("Meeting end"));
    form->addRow(tr("Ends:"), m_endLabel);

    m_yourTimeLabel = new QLabel(this);
    m_yourTimeLabel->setObjectName(QStringLiteral("yourTimeLabel"));
    m_yourTimeLabel->setTextFormat(Qt::PlainText);
    m_yourTimeLabel->setAccessibleName(tr("Meeting in your time zone"));
    form->addRow(tr("Your time:"), m_yourTimeLabel);

    auto *kindRow = new QWidget(this);
    m_inPersonRadio = new QRadioButton(tr("&In person"), kindRow);
    m_inPersonRadio->setObjectName(QStringLiteral("inPersonRadio"));
    m_inPersonRadio->setAccessibleName(tr("In-person meeting"));
    m_inPersonRadio->setChecked(true);
    m_onlineRadio = new QRadioButton(tr("&Online"), kindRow);
    m_onlineRadio->setObjectName(QStringLiteral("onlineRadio"));
    m_onlineRadio->setAccessibleName(tr("Online meeting"));
    auto *kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->addWidget(m_inPersonRadio);
    kindLayout->addWidget(m_onlineRadio);
    kindLayout->addStretch(1);
    form->addRow(tr("Meeting:"), kindRow);

    m_placeEdit = new QLineEdit(this);
    m_placeEdit->setObjectName(QStringLiteral("placeEdit"));
    m_placeEdit->setMaxLength(MaxPlaceLength);
    m_placeEdit->setPlaceholderText(tr("Venue or address"));
    m_placeEdit->setAccessibleName(tr("Meeting place"));
    form->addRow(tr("&Place:"), m_placeEdit);

    m_linkEdit = new QLineEdit(this);
    m_linkEdit->setObjectName(QStringLiteral("linkEdit"));
    m_linkEdit->setPlaceholderText(QStringLiteral("https://…"));
    m_linkEdit->setAccessibleName(tr("Meeting link"));
    m_linkEdit->setAccessibleDescription(tr("An https link to the video call."));
    form->addRow(tr("&Link:"), m_linkEdit);

    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setMaxLength(contract::MaxNoteLength);
    m_noteEdit->setAccessibleName(tr("Note to the fan"));
    m_noteEdit->setAccessibleDescription(tr("Optional."));
    form->addRow(tr("&Note (optional):"), m_noteEdit);

    connect(m_zoneCombo, &QComboBox::editTextChanged, this, &ProposalDialog::updateSchedule);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &ProposalDialog::updateSchedule);
    connect(m_timeEdit, &QTimeEdit::timeChanged, this, &ProposalDialog::updateSchedule);
    connect(m_durationSpin, &QSpinBox::valueChanged, this, &ProposalDialog::updateSchedule);
    connect(m_occurrenceCombo, &QComboBox::currentIndexChanged, this,
            &ProposalDialog::updateSchedule);
    connect(m_inPersonRadio, &QRadioButton::toggled, this, &ProposalDialog::updateLocationRows);

    // An error is about what was typed when OK was pressed; once any field changes it is stale.
    connect(m_zoneCombo, &QComboBox::editTextChanged, this, &ProposalDialog::clearError);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &ProposalDialog::clearError);
    connect(m_timeEdit, &QTimeEdit::timeChanged, this, &ProposalDialog::clearError);
    connect(m_durationSpin, &QSpinBox::valueChanged, this, &ProposalDialog::clearError);
    connect(m_inPersonRadio, &QRadioButton::toggled, this, &ProposalDialog::clearError);
    connect(m_placeEdit, &QLineEdit::textEdited, this, &ProposalDialog::clearError);
    connect(m_linkEdit, &QLineEdit::textEdited, this, &ProposalDialog::clearError);
}

} // namespace mesi::ui
