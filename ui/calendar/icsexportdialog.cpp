#include "icsexportdialog.h"

#include "core/logging.h"

#include <QDateEdit>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTimeZone>
#include <QVBoxLayout>

namespace mesi::ui {

namespace {

/// Days the range covers when the dialog opens: today and the 30 days after it.
constexpr int DefaultRangeDays = 30;

QString defaultChooser(QWidget *parent, const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(parent, IcsExportDialog::tr("Export Calendar"), suggestedName,
                                        IcsExportDialog::tr("iCalendar files (*.ics)"));
}

} // namespace

QList<ical::CalendarEvent> calendarEventsOf(const QList<Bid> &bids)
{
    QList<ical::CalendarEvent> events;
    for (const Bid &bid : bids) {
        if (std::optional<ical::CalendarEvent> event = ical::eventForBid(bid))
            events.append(*event);
    }
    return events;
}

IcsExportDialog::IcsExportDialog(const QList<ical::CalendarEvent> &events, const QString &currentUid,
                                 QWidget *parent)
    : QDialog(parent), m_events(events), m_chooser(defaultChooser)
{
    setWindowTitle(tr("Export Calendar"));

    bool hasCurrent = false;
    for (const ical::CalendarEvent &event : events)
        hasCurrent = hasCurrent || (!currentUid.isEmpty() && event.uid == currentUid);
    if (hasCurrent)
        m_currentUid = currentUid;

    m_meetingButton = new QRadioButton(tr("The selected &meeting"), this);
    m_meetingButton->setObjectName(QStringLiteral("exportMeetingButton"));
    m_meetingButton->setAccessibleName(tr("Export the selected meeting"));
    m_meetingButton->setEnabled(hasCurrent);
    m_rangeButton = new QRadioButton(tr("Meetings &between these days:"), this);
    m_rangeButton->setObjectName(QStringLiteral("exportRangeButton"));
    m_rangeButton->setAccessibleName(tr("Export the meetings of a date range"));

    const QDate today = QDate::currentDate();
    m_fromEdit = new QDateEdit(today, this);
    m_fromEdit->setObjectName(QStringLiteral("exportFromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit = new QDateEdit(today.addDays(DefaultRangeDays), this);
    m_toEdit->setObjectName(QStringLiteral("exportToEdit"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setAccessibleName(tr("Last day"));
    m_toEdit->setMinimumDate(today);

    auto *range = new QFormLayout;
    range->addRow(tr("&From:"), m_fromEdit);
    range->addRow(tr("&To:"), m_toEdit);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("exportCountLabel"));
    m_countLabel->setAccessibleName(tr("Meetings in the file"));
    auto *privacy = new QLabel(tr("Each meeting shows only the fan's display name, its time and "
                                  "its place or link."),
                               this);
    privacy->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleName(tr("Export to a file"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IcsExportDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_meetingButton);
    layout->addWidget(m_rangeButton);
    layout->addLayout(range);
    layout->addWidget(m_countLabel);
    layout->addWidget(privacy);
    layout->addWidget(buttons);

    (hasCurrent ? m_meetingButton : m_rangeButton)->setChecked(true);
    connect(m_meetingButton, &QRadioButton::toggled, this, &IcsExportDialog::updateSelection);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        // The last day never comes before the first.
        m_toEdit->setMinimumDate(date);
        updateSelection();
    });
    connect(m_toEdit, &QDateEdit::dateChanged, this, &IcsExportDialog::updateSelection);
    updateSelection();
    resize(420, sizeHint().height());
}

void IcsExportDialog::setFileChooser(std::function<QString(QWidget *, const QString &)> chooser)
{
    m_chooser = std::move(chooser);
}

IcsExportDialog::Scope IcsExportDialog::scope() const
{
    return m_meetingButton->isChecked() ? Scope::Meeting : Scope::DateRange;
}

void IcsExportDialog::setDateRange(QDate first, QDate last)
{
    m_rangeButton->setChecked(true);
    m_fromEdit->setDate(first);
    m_toEdit->setDate(last);
}

QList<ical::CalendarEvent> IcsExportDialog::selectedEvents() const
{
    if (scope() == Scope::Meeting) {
        for (const ical::CalendarEvent &event : m_events) {
            if (event.uid == m_currentUid)
                return {event};
        }
        return {};
    }
    const QTimeZone local = QTimeZone::systemTimeZone();
    const QDateTime from(m_fromEdit->date(), QTime(0, 0), local);
    const QDateTime to(m_toEdit->date().addDays(1), QTime(0, 0), local);
    return ical::eventsInRange(m_events, from.toUTC(), to.toUTC());
}

QByteArray IcsExportDialog::calendarData() const
{
    ical::WriteSettings settings;
    settings.summaryFormat = tr("Meeting with %1", "Title of an exported meeting; %1 is the fan's display name");
    return ical::writeCalendar(selectedEvents(), settings);
}

Result<void> IcsExportDialog::saveTo(const QString &path) const
{
    // QSaveFile replaces the file only once everything is written, so a failure keeps the old one.
    QSaveFile file(path);
    const QByteArray content = calendarData();
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        return makeError(ErrorCode::Storage,
                         tr("Cannot write %1: %2. Choose a folder you can write to.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

void IcsExportDialog::updateSelection()
{
    const bool range = scope() == Scope::DateRange;
    m_fromEdit->setEnabled(range);
    m_toEdit->setEnabled(range);
    const qsizetype count = selectedEvents().size();
    m_countLabel->setText(tr("Meetings in the file: %n", nullptr, static_cast<int>(count)));
    m_exportButton->setEnabled(count > 0);
}

void IcsExportDialog::chooseFileAndSave()
{
    const QString suggested = scope() == Scope::Meeting
                                  ? QStringLiteral("meeting.ics")
                                  : QStringLiteral("meetings-%1-%2.ics")
                                        .arg(m_fromEdit->date().toString(Qt::ISODate),
                                             m_toEdit->date().toString(Qt::ISODate));
    const QString path = m_chooser(this, suggested);
    if (path.isEmpty())
        return;

    if (Result<void> saved = saveTo(path); !saved) {
        qCWarning(lcUi).noquote() << "calendar export failed:" << saved.error().message;
        QMessageBox::warning(this, tr("Export Failed"), saved.error().message);
        return;
    }
    m_savedPath = path;
    qCInfo(lcUi) << "exported" << selectedEvents().size() << "meetings to an .ics file";
    accept();
}

} // namespace mesi::ui
