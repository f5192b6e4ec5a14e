#pragma once

#include "core/result.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mesi::desktop {
class ConsoleSettings;
}

namespace mesi::ui {

/**
 * The console's settings: the interface language, which desktop notifications and reminders to
 * show, the new-bid sound and the log file. Every change is saved at once, and a new language shows at
 * once; the dialog has only a Close button.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// logFilePath is shown under the log file switch.
    SettingsDialog(desktop::ConsoleSettings *settings, const QString &logFilePath,
                   QWidget *parent = nullptr);

    QCheckBox *newBidNotifications() const { return m_newBids; }
    QCheckBox *newMessageNotifications() const { return m_newMessages; }
    QCheckBox *newBidSound() const { return m_sound; }
    QCheckBox *kyfDeadlineReminders() const { return m_kyfDeadlines; }
    QCheckBox *meetingReminders() const { return m_meetings; }
    /// Lead times of meeting reminders, such as "1d, 1h"; stored when editing finishes.
    QLineEdit *meetingReminderTimes() const { return m_meetingLeads; }
    /// The reason the typed lead times were not stored, or an empty string when they were.
    QString meetingReminderError() const;

    /// Parses lead times such as "1d, 1h, 30m" into minutes, longest first.
    static Result<QList<int>> parseLeadTimes(const QString &text);
    /// Formats minutes as lead times such as "1d, 1h".
    static QString formatLeadTimes(const QList<int> &minutes);
    QCheckBox *logToFile() const { return m_logToFile; }
    /// Items carry the locale name as data, an empty string for the system's language.
    QComboBox *language() const { return m_language; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillLanguages();
    void storeLeadTimes();

    desktop::ConsoleSettings *m_settings = nullptr;
    QCheckBox *m_newBids = nullptr;
    QCheckBox *m_newMessages = nullptr;
    QCheckBox *m_sound = nullptr;
    QCheckBox *m_kyfDeadlines = nullptr;
    QCheckBox *m_meetings = nullptr;
    QLabel *m_meetingLeadsLabel = nullptr;
    QLineEdit *m_meetingLeads = nullptr;
    QLabel *m_meetingLeadsError = nullptr;
    QCheckBox *m_logToFile = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageLabel = nullptr;
    QGroupBox *m_interface = nullptr;
    QGroupBox *m_notifications = nullptr;
    QGroupBox *m_troubleshooting = nullptr;
    QLabel *m_noTray = nullptr; ///< Null when the desktop has a system tray.
    QLabel *m_logPath = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace mesi::ui
