#pragma once

#include "api/fanapi.h"
#include "core/bid.h"
#include "core/result.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace mesi::ui {

class FanCodeScanner;
class FrameSource;

/**
 * The fallback for a fan whose phone cannot scan the pass: the creator scans the confirmation
 * code on the fan's phone with the computer's camera, or opens a photo or screenshot of it.
 * A code found is sent to the server, which checks the fan's signature and releases the
 * escrow once. A rejected code shows the server's reason, and scanning goes on.
 */
class FanCodeDialog : public QDialog
{
    Q_OBJECT

public:
    /// Sends code to the server and calls done with the outcome, like CreatorLifecycle::confirmByFanCode().
    using Submit = std::function<void(const QString &code, QObject *context,
                                       std::function<void(Result<api::PassRedemption>)> done)>;

    /// Opens on the first camera; with none, explains that and offers Open Image File….
    explicit FanCodeDialog(Submit submit, QWidget *parent = nullptr);
    ~FanCodeDialog() override;

    /// Scans frames from source instead of a camera; the dialog takes ownership and starts it.
    void setFrameSource(FrameSource *source);
    /// Reads the code in an image file and sends it, as Open Image File… does after its file dialog.
    void openImageFile(const QString &path);

    QString statusText() const;
    bool hasCamera() const { return m_hasCamera; }

Q_SIGNALS:
    /// The server accepted the code: the meeting is complete and its escrow released.
    void confirmed(const mesi::Bid &bid);
    /// The server rejected the code; reason is its wire code, such as "stale_step".
    void codeRejected(const QString &reason, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCameraList();
    void useCamera(int index);
    void showFrame(const QImage &frame);
    void submitCode(const QString &code);
    void finishSubmission(const QString &code, const Result<api::PassRedemption> &redemption);
    void chooseImageFile();
    void setStatus(const QString &text, bool problem = false);

    Submit m_submit;
    QPointer<FrameSource> m_source;
    FanCodeScanner *m_scanner = nullptr;
    bool m_hasCamera = false;
    bool m_submitting = false;
    bool m_done = false;
    /// Codes the server already rejected, so a camera still pointing at one does not resend it.
    QSet<QString> m_rejectedCodes;

    QLabel *m_intro = nullptr;
    QLabel *m_cameraLabel = nullptr;
    QComboBox *m_cameraBox = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_openFileButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace mesi::ui
