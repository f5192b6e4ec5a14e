#include "proposaldialog.h"

#include "zonedtime.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <utility>

namespace mesi::ui {

namespace {

QString timeText(const QLocale &locale, QTime time)
{
    return locale.toString(time, shortTimeFormat(locale));
}

/// A date and time in the short forms of the locale, without seconds.
QString dateAndTime(const QLocale &locale, const QDateTime &moment)
{
    return ProposalDialog::tr("%1 %2", "date and time")
        .arg(locale.toString(moment.date(), QLocale::ShortFormat), timeText(locale, moment.time()));
}

QString gapMessage(const QLocale &locale, QDate date, QTime time, const QString &zone)
{
    return ProposalDialog::tr("%1 on %2 does not exist in %3 because the clocks skip ahead for "
                              "daylight-saving time. Pick another time.")
        .arg(timeText(locale, time), locale.toString(date, QLocale::LongFormat), zone);
}

} // namespace

ProposalDialog::ProposalDialog(QWidget *parent)
    : QDialog(parent), m_nowUtc([] { return QDateTime::currentDateTimeUtc(); })
{
    setWindowTitle(tr("Propose a Meeting"));

    m_counterOf = new QLabel(this);
    m_counterOf->setObjectName(QStringLiteral("counterOfLabel"));
    m_counterOf->setWordWrap(true);
    m_counterOf->setTextFormat(Qt::PlainText);
    m_counterOf->hide();

    m_form = new QFormLayout;
    buildFields(m_form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("proposalError"));
    m_error->setAccessibleName(tr("Proposal error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_proposeButton = buttons->addButton(tr("&Propose"), QDialogButtonBox::AcceptRole);
    m_proposeButton->setObjectName(QStringLiteral("proposeButton"));
    m_proposeButton->setAccessibleName(tr("Propose meeting"));
    m_proposeButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { tryAccept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_conflicts = new QLabel(this);
    m_conflicts->setObjectName(QStringLiteral("proposalConflicts"));
    m_conflicts->setAccessibleName(tr("Calendar conflicts of this time"));
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::PlainText);
    m_conflicts->setStyleSheet(QStringLiteral("QLabel { color: #b35900; font-weight: bold; }"));
    m_conflicts->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counterOf);
    layout->addLayout(m_form);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Start with tomorrow at 18:00 in the system zone, which is always in the future.
    const QTimeZone zone(zoneId().toUtf8());
    const QDateTime now = zone.isValid() ? m_nowUtc().toTimeZone(zone) : m_nowUtc().toLocalTime();
    m_dateEdit->setDate(now.date().addDays(1));
    m_timeEdit->setTime(QTime(18, 0));

    updateLocationRows();
    updateSchedule();
    m_zoneCombo->setFocus();
    resize(480, sizeHint().height());
}

void ProposalDialog::setClock(std::function<QDateTime()> nowUtc)
{
    m_nowUtc = std::move(nowUtc);
}

void ProposalDialog::setTerms(const MeetingTerms &terms)
{
    if (!terms.timeZone.isEmpty())
        m_zoneCombo->setEditText(terms.timeZone);

    const QTimeZone zone(zoneId().toUtf8());
    if (terms.start.isValid() && zone.isValid()) {
        const QDateTime local = terms.start.toTimeZone(zone);
        m_dateEdit->setDate(local.date());
        m_timeEdit->setTime(QTime(local.time().hour(), local.time().minute()));
    }
    if (terms.start.isValid() && terms.end > terms.start)
        m_durationSpin->setValue(static_cast<int>(terms.durationMinutes()));

    m_onlineRadio->setChecked(terms.isOnline());
    m_inPersonRadio->setChecked(!terms.isOnline());
    m_linkEdit->setText(terms.isOnline() ? terms.link.toString() : QString());
    m_placeEdit->setText(terms.place);

    // For a start in a repeated hour, preselect the occurrence the earlier terms meant.
    const qsizetype occurrence = startCandidates().indexOf(terms.start.toUTC());
    if (m_occurrenceCombo->count() == 2 && occurrence >= 0)
        m_occurrenceCombo->setCurrentIndex(static_cast<int>(occurrence));
}

void ProposalDialog::setCounterOf(const QString &summary)
{
    setWindowTitle(tr("Counter a Meeting Proposal"));
    m_counterOf->setText(tr("Counter to: %1").arg(summary));
    m_counterOf->setVisible(!summary.isEmpty());
}

QString ProposalDialog::note() const
{
    return m_noteEdit->text().trimmed();
}

QString ProposalDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ProposalDialog::tryAccept()
{
    clearError();

    const QString zone = zoneId();
    if (zone.isEmpty()) {
        return fail(m_zoneCombo, tr("Time zone \"%1\" is unknown. Pick a zone from the list, such "
                                    "as Europe/Berlin.")
                                     .arg(m_zoneCombo->currentText().trimmed().left(100)));
    }
    m_zoneCombo->setEditText(zone);

    const QList<QDateTime> starts = startCandidates();
    if (starts.isEmpty())
        return fail(m_timeEdit, gapMessage(locale(), m_dateEdit->date(), m_timeEdit->time(), zone));
    const int occurrence = starts.size() == 2 ? qMax(0, m_occurrenceCombo->currentIndex()) : 0;
    const QDateTime start = starts.at(occurrence);

    if (start <= m_nowUtc()) {
        const QDateTime localStart = start.toTimeZone(QTimeZone(zone.toUtf8()));
        return fail(m_dateEdit, tr("The start %1 in %2 has already passed. Pick a later date or "
                                   "time.")
                                    .arg(dateAndTime(locale(), localStart), zone));
    }

    MeetingTerms terms;
    terms.start = start;
    terms.end = start.addSecs(qint64(m_durationSpin->value()) * 60);
    terms.timeZone = zone;
    if (m_inPersonRadio->isChecked()) {
        terms.place = m_placeEdit->text().trimmed();
        if (terms.place.isEmpty())
            return fail(m_placeEdit, tr("Enter the place of the meeting, such as a venue or an "
                                        "address."));
    } else {
        const Result<QUrl> link = parseMeetingLink(m_linkEdit->text());
        if (!link) {
            return fail(m_linkEdit, tr("The meeting link \"%1\" is not an https address with a "
                                       "host. Paste the full link, such as "
                                       "https://meet.example/room.")
                                        .arg(m_linkEdit->text().trimmed().left(200)));
        }
        terms.link = link.value();
    }

    // The checks above word the errors for typed input. This call enforces the remaining rules.
    const Result<void> valid = validateMeetingTerms(terms);
    if (!valid) {
        const QString &field = valid.error().field;
        QWidget *widget = m_durationSpin;
        if (field == QLatin1String("place"))
            widget = m_placeEdit;
        else if (field == QLatin1String("link"))
            widget = m_linkEdit;
        else if (field == QLatin1String("timeZone"))
            widget = m_zoneCombo;
        return fail(widget, valid.error().message);
    }

    if (!confirmConflicts(terms))
        return false;

    m_terms = terms;
    accept();
    return true;
}

QString ProposalDialog::zoneId() const
{
    const QString typed = m_zoneCombo->currentText().trimmed();
    if (typed.isEmpty())
        return {};

    // Accept any letter case, but hand on the zone's own spelling.
    const int index = m_zoneCombo->findText(typed, Qt::MatchFixedString);
    if (index >= 0)
        return m_zoneCombo->itemText(index);
    return QTimeZone::isTimeZoneIdAvailable(typed.toUtf8()) ? typed : QString();
}

QList<QDateTime> ProposalDialog::startCandidates() const
{
    const QString zone = zoneId();
    if (zone.isEmpty())
        return {};
    return utcInstantsOfLocalTime(m_dateEdit->date(), m_timeEdit->time(), QTimeZone(zone.toUtf8()));
}

void ProposalDialog::updateSchedule()
{
    const QString zoneName = zoneId();
    const QTimeZone zone(zoneName.toUtf8());
    const QList<QDateTime> starts = startCandidates();
    const QString startText = timeText(locale(), m_timeEdit->time());

    const bool twice = starts.size() == 2;
    if (twice) {
        const QSignalBlocker blocker(m_occurrenceCombo);
        const int chosen = qMax(0, m_occurrenceCombo->currentIndex());
        m_occurrenceCombo->clear();
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const QString offset = utcOffsetText(zone.offsetFromUtc(starts.at(i)));
            const QString abbreviation = zone.abbreviation(starts.at(i));
            m_occurrenceCombo->addItem(
                i == 0 ? tr("First %1, at %2 (%3)").arg(startText, offset, abbreviation)
                       : tr("Second %1, at %2 (%3)").arg(startText, offset, abbreviation));
        }
        m_occurrenceCombo->setCurrentIndex(chosen);
        m_occurrenceHint->setText(tr("%1 occurs twice that day in %2 because the clocks go back.")
                                      .arg(startText, zoneName));
    }
    setRowShown(m_occurrenceHint, twice);
    setRowShown(m_occurrenceCombo, twice);

    QDateTime start;
    if (zoneName.isEmpty())
        m_endLabel->setText(tr("Pick a time zone from the list."));
    else if (starts.isEmpty())
        m_endLabel->setText(tr("The start time does not exist in %1.").arg(zoneName));
    else
        start = starts.at(twice ? qMax(0, m_occurrenceCombo->currentIndex()) : 0);

    const QDateTime end = start.addSecs(qint64(m_durationSpin->value()) * 60);
    if (start.isValid())
        m_endLabel->setText(dateAndTime(locale(), end.toTimeZone(zone)));
    updateConflicts(start, end);

    // Show the creator's own clock too when the meeting's zone has other offsets.
    const bool elsewhere = start.isValid()
        && (zone.offsetFromUtc(start) != start.toLocalTime().offsetFromUtc()
            || zone.offsetFromUtc(end) != end.toLocalTime().offsetFromUtc());
    if (elsewhere) {
        m_yourTimeLabel->setText(tr("%1 to %2", "start and end of the meeting")
                                     .arg(dateAndTime(locale(), start.toLocalTime()),
                                          dateAndTime(locale(), end.toLocalTime())));
    }
    setRowShown(m_yourTimeLabel, elsewhere);
}

void ProposalDialog::setRowShown(QWidget *field, bool shown)
{
    if (m_form->isRowVisible(field) == shown)
        return;
    m_form->setRowVisible(field, shown);
    // A top-level window does not grow for a new row by itself.
    if (isVisible())
        adjustSize();
}

void ProposalDialog::updateLocationRows()
{
    setRowShown(m_placeEdit, m_inPersonRadio->isChecked());
    setRowShown(m_linkEdit, !m_inPersonRadio->isChecked());
}

bool ProposalDialog::fail(QWidget *field, const QString &message)
{
    m_error->setText(message);
    m_error->show();
    if (isVisible())
        adjustSize();
    field->setFocus();
    return false;
}

void ProposalDialog::clearError()
{
    m_error->clear();
    m_error->hide();
}

} // namespace mesi::ui
