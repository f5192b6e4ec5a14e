#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;

namespace mesi::desktop {
class ConsoleSettings;
}

namespace mesi::ui {

/**
 * The console's settings: which desktop notifications to show, the new-bid sound and the
 * log file. Every change is saved at once; the dialog has only a Close button.
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
    QCheckBox *logToFile() const { return m_logToFile; }

private:
    desktop::ConsoleSettings *m_settings = nullptr;
    QCheckBox *m_newBids = nullptr;
    QCheckBox *m_newMessages = nullptr;
    QCheckBox *m_sound = nullptr;
    QCheckBox *m_logToFile = nullptr;
};

} // namespace mesi::ui
