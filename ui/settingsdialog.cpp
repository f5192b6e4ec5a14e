#include "settingsdialog.h"

#include "desktop/consolesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace mesi::ui {

namespace {

/// Locale names of the languages offered. English is the source language and needs no file.
const QStringList Languages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
                               QStringLiteral("fr"), QStringLiteral("pt_BR")};

/// A language's name in that language, such as "Deutsch" or "português (Brasil)".
QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name;
}

} // namespace

SettingsDialog::SettingsDialog(desktop::ConsoleSettings *settings, const QString &logFilePath,
                               QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    fillLanguages();
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);

    m_interface = new QGroupBox(this);
    auto *interfaceLayout = new QHBoxLayout(m_interface);
    interfaceLayout->addWidget(m_languageLabel);
    interfaceLayout->addWidget(m_language, 1);

    m_newBids = new QCheckBox(this);
    m_newBids->setObjectName(QStringLiteral("notifyNewBids"));
    m_newBids->setChecked(settings->notifyNewBids());

    m_newMessages = new QCheckBox(this);
    m_newMessages->setObjectName(QStringLiteral("notifyNewMessages"));
    m_newMessages->setChecked(settings->notifyNewMessages());

    m_sound = new QCheckBox(this);
    m_sound->setObjectName(QStringLiteral("newBidSound"));
    m_sound->setChecked(settings->newBidSound());

    m_kyfDeadlines = new QCheckBox(this);
    m_kyfDeadlines->setObjectName(QStringLiteral("notifyKyfDeadlines"));
    m_kyfDeadlines->setChecked(settings->notifyKyfDeadlines());

    m_meetings = new QCheckBox(this);
    m_meetings->setObjectName(QStringLiteral("notifyMeetings"));
    m_meetings->setChecked(settings->notifyMeetings());

    m_meetingLeads = new QLineEdit(this);
    m_meetingLeads->setObjectName(QStringLiteral("meetingReminderTimes"));
    m_meetingLeads->setText(formatLeadTimes(settings->meetingReminderMinutes()));
    m_meetingLeadsLabel = new QLabel(this);
    m_meetingLeadsLabel->setBuddy(m_meetingLeads);
    m_meetingLeadsError = new QLabel(this);
    m_meetingLeadsError->setObjectName(QStringLiteral("meetingReminderError"));
    m_meetingLeadsError->setWordWrap(true);
    m_meetingLeadsError->setTextFormat(Qt::PlainText);
    m_meetingLeadsError->hide();
    auto *leadRow = new QHBoxLayout;
    leadRow->setContentsMargins(24, 0, 0, 0);
    leadRow->addWidget(m_meetingLeadsLabel);
    leadRow->addWidget(m_meetingLeads, 1);

    m_notifications = new QGroupBox(this);
    auto *notificationLayout = new QVBoxLayout(m_notifications);
    notificationLayout->addWidget(m_newBids);
    notificationLayout->addWidget(m_newMessages);
    notificationLayout->addWidget(m_sound);
    notificationLayout->addWidget(m_kyfDeadlines);
    notificationLayout->addWidget(m_meetings);
    notificationLayout->addLayout(leadRow);
    notificationLayout->addWidget(m_meetingLeadsError);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_noTray = new QLabel(m_notifications);
        m_noTray->setWordWrap(true);
        m_noTray->setObjectName(QStringLiteral("noTrayNotice"));
        notificationLayout->addWidget(m_noTray);
    }

    m_logToFile = new QCheckBox(this);
    m_logToFile->setObjectName(QStringLiteral("logToFile"));
    m_logToFile->setChecked(settings->logToFile());
    m_logPath = new QLabel(logFilePath, this);
    m_logPath->setObjectName(QStringLiteral("logFilePath"));
    m_logPath->setTextFormat(Qt::PlainText);
    m_logPath->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_logPath->setWordWrap(true);

    m_troubleshooting = new QGroupBox(this);
    auto *loggingLayout = new QVBoxLayout(m_troubleshooting);
    loggingLayout->addWidget(m_logToFile);
    loggingLayout->addWidget(m_logPath);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_interface);
    layout->addWidget(m_notifications);
    layout->addWidget(m_troubleshooting);
    layout->addStretch();
    layout->addWidget(buttons);

    retranslateUi();

    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_settings->setLanguage(m_language->itemData(index).toString());
    });
    connect(m_newBids, &QCheckBox::toggled, settings, &desktop::ConsoleSettings::setNotifyNewBids);
    connect(m_newMessages, &QCheckBox::toggled, settings,
            &desktop::ConsoleSettings::setNotifyNewMessages);
    connect(m_sound, &QCheckBox::toggled, settings, &desktop::ConsoleSettings::setNewBidSound);
    connect(m_kyfDeadlines, &QCheckBox::toggled, settings,
            &desktop::ConsoleSettings::setNotifyKyfDeadlines);
    connect(m_meetings, &QCheckBox::toggled, settings, &desktop::ConsoleSettings::setNotifyMeetings);
    connect(m_meetings, &QCheckBox::toggled, m_meetingLeads, &QLineEdit::setEnabled);
    m_meetingLeads->setEnabled(m_meetings->isChecked());
    connect(m_meetingLeads, &QLineEdit::editingFinished, this, &SettingsDialog::storeLeadTimes);
    connect(m_logToFile, &QCheckBox::toggled, settings, &desktop::ConsoleSettings::setLogToFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, settings, &desktop::ConsoleSettings::sync);
}

Result<QList<int>> SettingsDialog::parseLeadTimes(const QString &text)
{
    static const QRegularExpression lead(QStringLiteral("^(\\d{1,5})\\s*([dhm])$"),
                                         QRegularExpression::CaseInsensitiveOption);
    QList<int> minutes;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString typed = part.trimmed();
        const QRegularExpressionMatch match = lead.match(typed);
        const int unit = !match.hasMatch()                                          ? 0
                         : match.captured(2).compare(QLatin1String("d"), Qt::CaseInsensitive) == 0 ? 24 * 60
                         : match.captured(2).compare(QLatin1String("h"), Qt::CaseInsensitive) == 0 ? 60
                                                                                     : 1;
        const int value = match.captured(1).toInt() * unit;
        if (unit == 0 || value < 1 || value > desktop::ConsoleSettings::MaxReminderLeadMinutes) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("\"%1\" is not a reminder time. Write times from 1m to 7d, such as "
                                "1d, 1h or 30m.")
                                 .arg(typed.left(40)));
        }
        if (!minutes.contains(value))
            minutes.append(value);
    }
    if (minutes.size() > desktop::ConsoleSettings::MaxMeetingReminders) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 reminder times are more than the %2 allowed. Remove some.")
                             .arg(minutes.size())
                             .arg(desktop::ConsoleSettings::MaxMeetingReminders));
    }
    std::sort(minutes.begin(), minutes.end(), std::greater<>());
    return minutes;
}

QString SettingsDialog::formatLeadTimes(const QList<int> &minutes)
{
    QStringList parts;
    for (int value : minutes) {
        if (value % (24 * 60) == 0)
            parts.append(QStringLiteral("%1d").arg(value / (24 * 60)));
        else if (value % 60 == 0)
            parts.append(QStringLiteral("%1h").arg(value / 60));
        else
            parts.append(QStringLiteral("%1m").arg(value));
    }
    return parts.join(QStringLiteral(", "));
}

QString SettingsDialog::meetingReminderError() const
{
    return m_meetingLeadsError->isHidden() ? QString() : m_meetingLeadsError->text();
}

void SettingsDialog::storeLeadTimes()
{
    const Result<QList<int>> minutes = parseLeadTimes(m_meetingLeads->text());
    if (!minutes) {
        // The typed text stays for the creator to correct, and the stored times do not change.
        m_meetingLeadsError->setText(minutes.error().message);
        m_meetingLeadsError->show();
        return;
    }
    m_meetingLeadsError->hide();
    if (minutes.value() != m_settings->meetingReminderMinutes())
        m_settings->setMeetingReminderMinutes(minutes.value());
    m_meetingLeads->setText(formatLeadTimes(minutes.value()));
}

void SettingsDialog::fillLanguages()
{
    // Item 0 stands for the system's language and gets its text in retranslateUi(). The other
    // items name each language in itself, so a creator finds theirs whatever language is shown.
    m_language->addItem(QString(), QString());
    for (const QString &code : Languages)
        m_language->addItem(nativeName(code), code);

    const int current = m_language->findData(m_settings->language());
    m_language->setCurrentIndex(current < 0 ? 0 : current);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));

    m_interface->setTitle(tr("Interface"));
    m_languageLabel->setText(tr("Lan&guage:"));
    m_language->setItemText(0, tr("System language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(
        tr("The language of the console's texts, dates and amounts. It changes at once."));

    m_notifications->setTitle(tr("Notifications"));
    m_newBids->setText(tr("Notify me of new &bids"));
    m_newBids->setAccessibleDescription(tr("Shows a desktop notification for each new bid."));
    m_newMessages->setText(tr("Notify me of new chat &messages"));
    m_newMessages->setAccessibleDescription(
        tr("Shows a desktop notification for each message a fan writes."));
    m_sound->setText(tr("Play a &sound for new bids"));
    m_sound->setAccessibleDescription(tr("Turn this off to mute the new-bid sound."));
    m_kyfDeadlines->setText(tr("Remind me of &KYF deadlines (6 hours before)"));
    m_kyfDeadlines->setAccessibleDescription(
        tr("Shows a desktop notification when a fan has less than 6 hours left to answer a KYF "
           "request. A reminder missed while the computer slept is shown once on wake."));
    m_meetings->setText(tr("Remind me of m&eetings"));
    m_meetings->setAccessibleDescription(
        tr("Shows a desktop notification at each time set below before a scheduled meeting. A "
           "reminder missed while the computer slept is shown once on wake."));
    m_meetingLeadsLabel->setText(tr("&Before the start:"));
    m_meetingLeads->setAccessibleName(tr("Meeting reminder times"));
    m_meetingLeads->setAccessibleDescription(
        tr("Times before each meeting, separated by commas, with d for days, h for hours and m "
           "for minutes, such as 1d, 1h. At most %1 times of up to 7 days each.")
            .arg(desktop::ConsoleSettings::MaxMeetingReminders));
    m_meetingLeads->setPlaceholderText(tr("such as 1d, 1h"));
    m_meetingLeadsError->setAccessibleName(tr("Meeting reminder times error"));
    if (m_noTray)
        m_noTray->setText(tr("This desktop has no system tray, so notifications are not "
                             "shown; the sound still plays."));

    m_troubleshooting->setTitle(tr("Troubleshooting"));
    m_logToFile->setText(tr("Write a &log file"));
    m_logToFile->setAccessibleDescription(
        tr("Also writes informational messages, for reporting a problem."));
    m_logPath->setAccessibleName(tr("Log file path"));
    m_closeButton->setAccessibleName(tr("Close settings"));
}

} // namespace mesi::ui
