#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace mesi::desktop {

/**
 * The console's settings of one profile, kept in an INI file through QSettings.
 *
 * A settings file that QSettings cannot read is moved aside to "<file>.corrupt" with a
 * logged warning and the console starts from defaults. Layout values are opaque
 * QByteArrays from saveState()/saveGeometry(); an empty array means "use the default".
 */
class ConsoleSettings : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSettings(const QString &fileName, QObject *parent = nullptr);
    ~ConsoleSettings() override;

    QString fileName() const;
    /// Whether the file was unreadable at start and replaced by defaults.
    bool wasReset() const { return m_wasReset; }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    /// State of a QSplitter, by the splitter's object name.
    QByteArray splitterState(const QString &splitter) const;
    void setSplitterState(const QString &splitter, const QByteArray &state);
    /// Column widths, order, visibility and sort of the bid inbox header.
    QByteArray inboxHeaderState() const;
    void setInboxHeaderState(const QByteArray &state);

    /// Desktop notification for each new bid; on by default.
    bool notifyNewBids() const;
    void setNotifyNewBids(bool on);
    /// Desktop notification for each new chat message from a fan; on by default.
    bool notifyNewMessages() const;
    void setNotifyNewMessages(bool on);
    /// Short sound for each new bid; on by default.
    bool newBidSound() const;
    void setNewBidSound(bool on);
    /// Reminder 6 hours before a fan's KYF deadline ends; on by default.
    bool notifyKyfDeadlines() const;
    void setNotifyKyfDeadlines(bool on);
    /// Reminders before a scheduled meeting starts; on by default.
    bool notifyMeetings() const;
    void setNotifyMeetings(bool on);
    /// How long before a meeting each reminder comes, in minutes, longest first; one day and
    /// one hour by default. Stored values outside 1 to MaxReminderLeadMinutes are dropped.
    QList<int> meetingReminderMinutes() const;
    /// Stores the lead times, longest first and each once; an empty list means no reminder.
    void setMeetingReminderMinutes(QList<int> minutes);
    static constexpr int MaxReminderLeadMinutes = 7 * 24 * 60;
    static constexpr int MaxMeetingReminders = 5;

    /// Whether the one-time notice that the system has no secret store was shown.
    bool secretStoreNoticeShown() const;
    void setSecretStoreNoticeShown(bool shown);

    /// Ids of the reminders already shown, oldest first, so none is shown twice.
    QStringList shownReminders() const;
    /// Appends id and keeps the newest MaxShownReminders ids; sync() writes them to the file.
    void addShownReminder(const QString &id);
    /**
     * An id is due from its lead time (at most 7 days) before its event until 24 hours after it.
     * A creator is expected
     * to have far fewer reminders in such a span, so an id that drops out is no longer due.
     */
    static constexpr qsizetype MaxShownReminders = 500;
    /// API address of the last account that signed in, so its cache can open at start.
    QString lastApiUrl() const;
    /// Handle of the last account that signed in; never a password or token.
    QString lastHandle() const;
    void setLastAccount(const QString &apiUrl, const QString &handle);

    /// Language of the user interface as a locale name such as "de" or "pt_BR"; empty (the
    /// default) follows the system.
    QString language() const;
    void setLanguage(const QString &language);

    /// Whether log messages are also appended to the profile's log file; off by default.
    bool logToFile() const;
    void setLogToFile(bool on);

    /// The profile's log file, written while logToFile() is on; set at start, not stored.
    QString logFilePath() const { return m_logFilePath; }
    void setLogFilePath(const QString &path) { m_logFilePath = path; }

    /// Writes pending changes to the file.
    void sync();

Q_SIGNALS:
    void notificationSettingsChanged();
    void logToFileChanged(bool on);
    void languageChanged(const QString &language);

private:
    bool boolValue(const QString &key, bool defaultValue) const;

    std::unique_ptr<QSettings> m_settings;
    QString m_logFilePath;
    bool m_wasReset = false;
};

} // namespace mesi::desktop
