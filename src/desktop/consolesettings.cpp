#include "consolesettings.h"

#include "core/logging.h"

#include <QFile>
#include <QSettings>

#include <algorithm>
#include <functional>

namespace mesi::desktop {

namespace {

const QString WindowGeometryKey = QStringLiteral("window/geometry");
const QString SplitterKeyTemplate = QStringLiteral("window/splitter-%1");
const QString InboxHeaderKey = QStringLiteral("inbox/header");
const QString NotifyBidsKey = QStringLiteral("notifications/new-bids");
const QString NotifyMessagesKey = QStringLiteral("notifications/new-messages");
const QString BidSoundKey = QStringLiteral("notifications/new-bid-sound");
const QString NotifyKyfDeadlinesKey = QStringLiteral("notifications/kyf-deadlines");
const QString NotifyMeetingsKey = QStringLiteral("notifications/meetings");
const QString ShownRemindersKey = QStringLiteral("notifications/shown-reminders");
const QString MeetingReminderMinutesKey = QStringLiteral("notifications/meeting-reminder-minutes");
const QString LogToFileKey = QStringLiteral("logging/to-file");
const QString LanguageKey = QStringLiteral("interface/language");
const QString LastApiUrlKey = QStringLiteral("account/api-url");
const QString LastHandleKey = QStringLiteral("account/handle");
const QString SecretStoreNoticeKey = QStringLiteral("secrets/no-store-notice-shown");

} // namespace

ConsoleSettings::ConsoleSettings(const QString &fileName, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
    // QSettings reads the file in its constructor; status() reports a file it could not parse.
    if (m_settings->status() == QSettings::NoError)
        return;

    const QString aside = fileName + QStringLiteral(".corrupt");
    m_settings.reset();
    QFile::remove(aside);
    if (QFile::rename(fileName, aside)) {
        qCWarning(lcDesktop) << "settings file" << fileName << "is unreadable; moved it to" << aside
                             << "and started from defaults";
    } else {
        QFile::remove(fileName);
        qCWarning(lcDesktop) << "settings file" << fileName
                             << "is unreadable; removed it and started from defaults";
    }
    m_settings = std::make_unique<QSettings>(fileName, QSettings::IniFormat);
    m_wasReset = true;
}

ConsoleSettings::~ConsoleSettings() = default;

QString ConsoleSettings::fileName() const
{
    return m_settings->fileName();
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings->value(WindowGeometryKey).toByteArray();
}

void ConsoleSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(WindowGeometryKey, geometry);
}

QByteArray ConsoleSettings::splitterState(const QString &splitter) const
{
    return m_settings->value(SplitterKeyTemplate.arg(splitter)).toByteArray();
}

void ConsoleSettings::setSplitterState(const QString &splitter, const QByteArray &state)
{
    m_settings->setValue(SplitterKeyTemplate.arg(splitter), state);
}

QByteArray ConsoleSettings::inboxHeaderState() const
{
    return m_settings->value(InboxHeaderKey).toByteArray();
}

void ConsoleSettings::setInboxHeaderState(const QByteArray &state)
{
    m_settings->setValue(InboxHeaderKey, state);
}

bool ConsoleSettings::notifyNewBids() const
{
    return boolValue(NotifyBidsKey, true);
}

void ConsoleSettings::setNotifyNewBids(bool on)
{
    m_settings->setValue(NotifyBidsKey, on);
    Q_EMIT notificationSettingsChanged();
}

bool ConsoleSettings::notifyNewMessages() const
{
    return boolValue(NotifyMessagesKey, true);
}

void ConsoleSettings::setNotifyNewMessages(bool on)
{
    m_settings->setValue(NotifyMessagesKey, on);
    Q_EMIT notificationSettingsChanged();
}

bool ConsoleSettings::newBidSound() const
{
    return boolValue(BidSoundKey, true);
}

void ConsoleSettings::setNewBidSound(bool on)
{
    m_settings->setValue(BidSoundKey, on);
    Q_EMIT notificationSettingsChanged();
}

bool ConsoleSettings::notifyKyfDeadlines() const
{
    return boolValue(NotifyKyfDeadlinesKey, true);
}

void ConsoleSettings::setNotifyKyfDeadlines(bool on)
{
    m_settings->setValue(NotifyKyfDeadlinesKey, on);
    Q_EMIT notificationSettingsChanged();
}

bool ConsoleSettings::notifyMeetings() const
{
    return boolValue(NotifyMeetingsKey, true);
}

void ConsoleSettings::setNotifyMeetings(bool on)
{
    m_settings->setValue(NotifyMeetingsKey, on);
    Q_EMIT notificationSettingsChanged();
}

bool ConsoleSettings::secretStoreNoticeShown() const
{
    return boolValue(SecretStoreNoticeKey, false);
}

void ConsoleSettings::setSecretStoreNoticeShown(bool shown)
{
    m_settings->setValue(SecretStoreNoticeKey, shown);
}

QList<int> ConsoleSettings::meetingReminderMinutes() const
{
    if (!m_settings->contains(MeetingReminderMinutesKey))
        return {24 * 60, 60};
    QList<int> minutes;
    const QStringList stored = m_settings->value(MeetingReminderMinutesKey).toStringList();
    for (const QString &text : stored) {
        bool ok = false;
        const int value = text.toInt(&ok);
        if (ok && value >= 1 && value <= MaxReminderLeadMinutes && !minutes.contains(value))
            minutes.append(value);
    }
    std::sort(minutes.begin(), minutes.end(), std::greater<>());
    return minutes.mid(0, MaxMeetingReminders);
}

void ConsoleSettings::setMeetingReminderMinutes(QList<int> minutes)
{
    std::sort(minutes.begin(), minutes.end(), std::greater<>());
    minutes.erase(std::unique(minutes.begin(), minutes.end()), minutes.end());
    QStringList stored;
    for (int value : std::as_const(minutes))
        stored.append(QString::number(value));
    m_settings->setValue(MeetingReminderMinutesKey, stored);
    Q_EMIT notificationSettingsChanged();
}

QStringList ConsoleSettings::shownReminders() const
{
    return m_settings->value(ShownRemindersKey).toStringList();
}

void ConsoleSettings::addShownReminder(const QString &id)
{
    QStringList ids = shownReminders();
    if (ids.contains(id))
        return;

    ids.append(id);
    if (ids.size() > MaxShownReminders)
        ids.remove(0, ids.size() - MaxShownReminders);
    m_settings->setValue(ShownRemindersKey, ids);
}

QString ConsoleSettings::lastApiUrl() const
{
    return m_settings->value(LastApiUrlKey).toString();
}

QString ConsoleSettings::lastHandle() const
{
    return m_settings->value(LastHandleKey).toString();
}

void ConsoleSettings::setLastAccount(const QString &apiUrl, const QString &handle)
{
    m_settings->setValue(LastApiUrlKey, apiUrl);
    m_settings->setValue(LastHandleKey, handle);
    m_settings->sync();
}

QString ConsoleSettings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void ConsoleSettings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings->setValue(LanguageKey, language);
    Q_EMIT languageChanged(language);
}

bool ConsoleSettings::logToFile() const
{
    return boolValue(LogToFileKey, false);
}

void ConsoleSettings::setLogToFile(bool on)
{
    if (on == logToFile())
        return;
    m_settings->setValue(LogToFileKey, on);
    Q_EMIT logToFileChanged(on);
}

void ConsoleSettings::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcDesktop) << "could not write the settings file" << m_settings->fileName();
}

bool ConsoleSettings::boolValue(const QString &key, bool defaultValue) const
{
    const QVariant value = m_settings->value(key);
    if (!value.isValid())
        return defaultValue;
    // INI files store booleans as the text "true" or "false"; anything else is a hand edit.
    const QString text = value.toString();
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    qCWarning(lcDesktop) << "setting" << key << "has the invalid value" << text << "; using"
                         << defaultValue;
    return defaultValue;
}

} // namespace mesi::desktop
