#include "availabilityeditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

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

QString rangeText(const AvailabilityWindow &window)
{
    return QStringLiteral("%1-%2").arg(formatMinuteOfDay(window.startMinute),
                                       formatMinuteOfDay(window.endMinute));
}

Error fieldError(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

} // namespace

AvailabilityEditor::AvailabilityEditor(QWidget *parent) : QWidget(parent)
{
    m_zoneCombo = new QComboBox(this);
    m_zoneCombo->setObjectName(QStringLiteral("availabilityZoneCombo"));
    m_zoneCombo->setEditable(true);
    m_zoneCombo->setInsertPolicy(QComboBox::NoInsert);
    const QList<QByteArray> zoneIds = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zoneIds)
        m_zoneCombo->addItem(QString::fromUtf8(id));
    auto *completer = new QCompleter(m_zoneCombo->model(), m_zoneCombo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_zoneCombo->setCompleter(completer);
    m_zoneCombo->setAccessibleName(tr("Home time zone"));
    m_zoneCombo->setAccessibleDescription(
        tr("IANA name such as Europe/Berlin. The weekly windows and blocked dates are read in this zone."));

    m_bufferSpin = new QSpinBox(this);
    m_bufferSpin->setObjectName(QStringLiteral("travelBufferSpin"));
    m_bufferSpin->setRange(0, MaxTravelBufferMinutes);
    m_bufferSpin->setSingleStep(15);
    m_bufferSpin->setSuffix(tr(" min", "minutes after a number"));
    m_bufferSpin->setAccessibleName(tr("Travel buffer in minutes"));
    m_bufferSpin->setAccessibleDescription(
        tr("Time kept free before and after each meeting, from 0 to %1 minutes.").arg(MaxTravelBufferMinutes));

    auto *form = new QFormLayout;
    form->addRow(tr("Home time &zone:"), m_zoneCombo);
    form->addRow(tr("&Travel buffer:"), m_bufferSpin);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation(tr("Fans see your availability. The console warns you when a "
                                     "proposed meeting lies outside it, on a blocked date, or closer "
                                     "than the travel buffer to another meeting or busy time."),
                                  this));
    layout->addLayout(form);
    layout->addWidget(buildWeek());
    layout->addWidget(buildBlockedDates());
    layout->addStretch();

    setAvailability(std::nullopt);
}

QWidget *AvailabilityEditor::buildWeek()
{
    auto *group = new QGroupBox(tr("Weekly meeting windows"), this);
    auto *form = new QFormLayout;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto *edit = new QLineEdit(group);
        const QString name = locale().dayName(day, QLocale::LongFormat);
        edit->setObjectName(QStringLiteral("windows_%1").arg(toWire(static_cast<Qt::DayOfWeek>(day))));
        edit->setPlaceholderText(tr("Unavailable"));
        edit->setAccessibleName(tr("Meeting windows on %1").arg(name));
        edit->setAccessibleDescription(
            tr("Time ranges such as 10:00-13:00, 15:00-19:00; empty for no meetings that day."));
        form->addRow(tr("%1:", "weekday as a form label").arg(name), edit);
        m_dayEdits.append(edit);
    }

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(explanation(tr("Type each day's ranges as 10:00-13:00, 15:00-19:00. A range may "
                                     "end at 24:00. Leave every day empty to take meetings at any "
                                     "time of a date that is not blocked."),
                                  group));
    layout->addLayout(form);
    return group;
}

QWidget *AvailabilityEditor::buildBlockedDates()
{
    auto *group = new QGroupBox(tr("Blocked dates"), this);

    m_dateEdit = new QDateEdit(QDate::currentDate(), group);
    m_dateEdit->setObjectName(QStringLiteral("blockedDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setAccessibleName(tr("Date to block"));
    m_addDate = new QPushButton(tr("&Block Date"), group);
    m_addDate->setObjectName(QStringLiteral("addBlockedDateButton"));
    m_addDate->setAccessibleName(tr("Block the chosen date"));
    m_blockedList = new QListWidget(group);
    m_blockedList->setObjectName(QStringLiteral("blockedDatesList"));
    m_blockedList->setAccessibleName(tr("Blocked dates"));
    m_blockedList->setAccessibleDescription(tr("Press Delete to unblock the selected dates."));
    m_blockedList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_blockedList->setMaximumHeight(120);
    m_blockedList->installEventFilter(this);
    m_removeDate = new QPushButton(tr("&Unblock Date"), group);
    m_removeDate->setObjectName(QStringLiteral("removeBlockedDateButton"));
    m_removeDate->setAccessibleName(tr("Unblock the selected dates"));

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_dateEdit, 1);
    addRow->addWidget(m_addDate);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(explanation(tr("No meeting is expected on a blocked date, all day in your home "
                                     "time zone."),
                                  group));
    layout->addLayout(addRow);
    layout->addWidget(m_blockedList);
    layout->addWidget(m_removeDate, 0, Qt::AlignLeft);

    connect(m_addDate, &QPushButton::clicked, this, [this] { addBlockedDate(m_dateEdit->date()); });
    connect(m_removeDate, &QPushButton::clicked, this, &AvailabilityEditor::removeSelectedDates);
    connect(m_blockedList, &QListWidget::itemSelectionChanged, this, &AvailabilityEditor::updateRemoveButton);
    return group;
}

bool AvailabilityEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_blockedList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelectedDates();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AvailabilityEditor::addBlockedDate(QDate date)
{
    // The list stays sorted and contains each date once.
    int row = 0;
    for (; row < m_blockedList->count(); ++row) {
        const QDate listed = m_blockedList->item(row)->data(Qt::UserRole).toDate();
        if (listed == date)
            return;
        if (listed > date)
            break;
    }
    auto *item = new QListWidgetItem(locale().toString(date, QLocale::LongFormat));
    item->setData(Qt::UserRole, date);
    m_blockedList->insertItem(row, item);
    updateRemoveButton();
}

void AvailabilityEditor::removeSelectedDates()
{
    const QList<QListWidgetItem *> selected = m_blockedList->selectedItems();
    for (QListWidgetItem *item : selected)
        delete m_blockedList->takeItem(m_blockedList->row(item));
    updateRemoveButton();
}

void AvailabilityEditor::updateRemoveButton()
{
    m_removeDate->setEnabled(!m_blockedList->selectedItems().isEmpty());
}

void AvailabilityEditor::setAvailability(const std::optional<Availability> &availability)
{
    m_original = availability;
    QString zone = availability ? availability->timeZone : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        zone = QStringLiteral("UTC");
    m_zoneCombo->setEditText(zone);
    m_bufferSpin->setValue(availability ? availability->travelBufferMinutes : 0);

    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        QStringList ranges;
        if (availability) {
            for (const AvailabilityWindow &window : availability->windowsOn(static_cast<Qt::DayOfWeek>(day)))
                ranges.append(rangeText(window));
        }
        m_dayEdits.at(day - 1)->setText(ranges.join(QStringLiteral(", ")));
    }

    m_blockedList->clear();
    if (availability) {
        for (const QDate &date : availability->blockedDates)
            addBlockedDate(date);
    }
    updateRemoveButton();
}

QString AvailabilityEditor::zoneId() const
{
    const QString typed = m_zoneCombo->currentText().trimmed();
    const int index = m_zoneCombo->findText(typed, Qt::MatchFixedString);
    if (index >= 0)
        return m_zoneCombo->itemText(index);
    return QTimeZone::isTimeZoneIdAvailable(typed.toUtf8()) ? typed : QString();
}

Result<QList<AvailabilityWindow>> AvailabilityEditor::readDay(Qt::DayOfWeek day) const
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    static const QRegularExpression range(QStringLiteral("^(\\S+)\\s*[-–]\\s*(\\S+)$"));
    const QString name = locale().dayName(int(day), QLocale::LongFormat);

    QList<AvailabilityWindow> windows;
    const QStringList parts = m_dayEdits.at(int(day) - 1)->text().split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString typed = part.trimmed();
        if (typed.isEmpty())
            continue;
        const QRegularExpressionMatch match = range.match(typed);
        const Result<int> start = parseMinuteOfDay(match.captured(1), false);
        const Result<int> end = parseMinuteOfDay(match.captured(2), true);
        if (!match.hasMatch() || !start || !end) {
            return fieldError(tr("%1: \"%2\" is not a time range. Write ranges such as 10:00-13:00, "
                                 "15:00-19:00, with times from 00:00 to 24:00.")
                                  .arg(name, typed.left(MaxQuotedLength)));
        }
        if (end.value() <= start.value()) {
            return fieldError(tr("%1: the window %2 ends before it starts. Give an end later than "
                                 "the start, at most 24:00.")
                                  .arg(name, typed.left(MaxQuotedLength)));
        }
        windows.append(AvailabilityWindow{day, start.value(), end.value()});
    }

    std::sort(windows.begin(), windows.end(), [](const AvailabilityWindow &a, const AvailabilityWindow &b) {
        return a.startMinute < b.startMinute;
    });
    for (qsizetype i = 1; i < windows.size(); ++i) {
        if (windows.at(i).startMinute < windows.at(i - 1).endMinute && windows.at(i) != windows.at(i - 1)) {
            return fieldError(tr("%1: the windows %2 and %3 overlap. Merge them or move one.")
                                  .arg(name, rangeText(windows.at(i - 1)), rangeText(windows.at(i))));
        }
    }
    return windows;
}

Result<Availability> AvailabilityEditor::readAvailability(QWidget **fieldAtFault) const
{
    const auto failAt = [fieldAtFault](QWidget *field, const Error &error) {
        if (fieldAtFault)
            *fieldAtFault = field;
        return error;
    };

    Availability availability;
    availability.timeZone = zoneId();
    if (availability.timeZone.isEmpty()) {
        return failAt(m_zoneCombo, fieldError(tr("Time zone \"%1\" is unknown. Pick a zone from the "
                                                 "list, such as Europe/Berlin.")
                                                  .arg(m_zoneCombo->currentText().trimmed().left(100))));
    }
    availability.travelBufferMinutes = m_bufferSpin->value();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        Result<QList<AvailabilityWindow>> windows = readDay(static_cast<Qt::DayOfWeek>(day));
        if (!windows)
            return failAt(m_dayEdits.at(day - 1), windows.error());
        availability.windows.append(windows.value());
    }
    for (int row = 0; row < m_blockedList->count(); ++row)
        availability.blockedDates.append(m_blockedList->item(row)->data(Qt::UserRole).toDate());

    availability = normalizedAvailability(availability);
    // The checks above word the errors for typed input; this is the rule the server applies.
    if (Result<void> valid = validateAvailability(availability); !valid)
        return failAt(m_zoneCombo, valid.error());
    return availability;
}

bool AvailabilityEditor::hasChanges() const
{
    const Result<Availability> current = readAvailability();
    if (!current)
        return true;
    if (!m_original)
        return !current->windows.isEmpty() || !current->blockedDates.isEmpty()
               || current->travelBufferMinutes != 0;
    return current.value() != normalizedAvailability(*m_original);
}

} // namespace mesi::ui
