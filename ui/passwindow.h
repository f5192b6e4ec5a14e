#pragma once

#include "fancodedialog.h"
#include "passrotation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;

namespace mesi::ui {

class PassCodeView;

/**
 * A window that shows a meeting pass for the fan's phone to scan: a title and details, dark
 * on white, over the QR code. The code can go full screen (F11, Esc leaves) and be saved as
 * PNG or SVG.
 */
class PassWindow : public QWidget
{
    Q_OBJECT

public:
    /// title names the meeting, such as "Meeting with Alex"; details are plain text, such as time and place.
    PassWindow(const QString &passText, const QString &title, const QString &details, QWidget *parent = nullptr);

    /// Replaces the code, for example when a rotating pass moves to its next step.
    void setPassText(const QString &passText);
    QString passText() const { return m_passText; }

    /**
     * Makes the shown pass rotate: at each boundary of its rotation step, issuer signs the
     * pass of the new step, and a bar counts down to the next change. An empty clock uses
     * the system clock. A pass that does not rotate stays as it is.
     */
    void setRotation(PassRotation::Issuer issuer, PassRotation::Clock clock = {});
    PassRotation *rotation() const { return m_rotation; }

    /// Shows the "Fan can't scan?" button, whose dialog sends a fan's code through submit.
    void setFanCodeSubmit(FanCodeDialog::Submit submit);
    /// Opens the dialog that scans the fan's confirmation code, or raises the open one.
    FanCodeDialog *openFanCodeDialog();

    /// Turns full screen on or off; a maximised window is maximised again when full screen ends.
    void setFullScreen(bool fullScreen);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateFullScreenButton();
    void savePng();
    void saveSvg();
    /// Asks where to save; returns an empty string when the user cancels.
    QString askSavePath(const QString &caption, const QString &filter, const QString &suffix);
    void showSaveError(const QString &path, const QString &reason);
    void updateCountdown(int secondsLeft);

    QString m_passText;
    QString m_title;
    QWidget *m_passArea = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_detailsLabel = nullptr;
    PassCodeView *m_codeView = nullptr;
    QProgressBar *m_countdown = nullptr;
    QLabel *m_rotationError = nullptr;
    PassRotation *m_rotation = nullptr;
    FanCodeDialog::Submit m_fanCodeSubmit;
    QPointer<FanCodeDialog> m_fanCodeDialog;
    QPushButton *m_scanFanCodeButton = nullptr;
    QPushButton *m_fullScreenButton = nullptr;
    QPushButton *m_savePngButton = nullptr;
    QPushButton *m_saveSvgButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QShortcut *m_leaveFullScreen = nullptr;
};

} // namespace mesi::ui
