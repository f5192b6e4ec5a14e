#include "fancodedialog.h"

#include "cameraframesource.h"
#include "fancodescanner.h"
#include "framesource.h"

#include "core/logging.h"
#include "pass/fanconfirmation.h"
#include "pass/passimage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace mesi::ui {

namespace {

/// Shortest time between two decoded frames; a QR decode of a camera frame takes tens of ms.
constexpr int MinFrameIntervalMs = 200;
constexpr QSize PreviewSize(480, 360);

} // namespace

FanCodeDialog::FanCodeDialog(Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit)), m_scanner(new FanCodeScanner(MinFrameIntervalMs, this))
{
    setObjectName(QStringLiteral("fanCodeDialog"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_cameraLabel = new QLabel(this);
    m_cameraBox = new QComboBox(this);
    m_cameraBox->setObjectName(QStringLiteral("cameraBox"));
    m_cameraLabel->setBuddy(m_cameraBox);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("cameraPreview"));
    m_preview->setMinimumSize(PreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_openFileButton = new QPushButton(this);
    m_openFileButton->setObjectName(QStringLiteral("openImageFileButton"));
    connect(m_openFileButton, &QPushButton::clicked, this, &FanCodeDialog::chooseImageFile);
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    auto *cameraRow = new QHBoxLayout;
    cameraRow->addWidget(m_cameraLabel);
    cameraRow->addWidget(m_cameraBox, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_openFileButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(cameraRow);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttonRow);

    connect(m_scanner, &FanCodeScanner::codeFound, this, &FanCodeDialog::submitCode);
    connect(m_scanner, &FanCodeScanner::otherCodeFound, this,
            [this](const QString &message) { setStatus(message, true); });

    retranslateUi();
    fillCameraList();
    connect(m_cameraBox, &QComboBox::currentIndexChanged, this, &FanCodeDialog::useCamera);
}

FanCodeDialog::~FanCodeDialog()
{
    if (m_source)
        m_source->stop();
}

void FanCodeDialog::retranslateUi()
{
    setWindowTitle(tr("Scan the Fan's Code"));
    m_intro->setText(tr("If the fan's phone cannot scan your pass, the fan opens their confirmation "
                        "code and you scan it here. The server checks the fan's signature before "
                        "it releases the escrow."));
    m_cameraLabel->setText(tr("C&amera:"));
    m_cameraBox->setAccessibleName(tr("Camera"));
    m_preview->setAccessibleName(tr("Camera preview"));
    m_status->setAccessibleName(tr("Scan status"));
    m_openFileButton->setText(tr("&Open Image File…"));
    m_openFileButton->setAccessibleName(tr("Open image file"));
    m_openFileButton->setAccessibleDescription(
        tr("Reads the fan's confirmation code from a photo or screenshot."));
    m_closeButton->setText(tr("&Close"));
    m_closeButton->setAccessibleName(tr("Close"));
}

void FanCodeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FanCodeDialog::fillCameraList()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    m_hasCamera = !cameras.isEmpty();
    for (const QCameraDevice &camera : cameras)
        m_cameraBox->addItem(camera.description(), QVariant::fromValue(camera));
    m_cameraLabel->setVisible(m_hasCamera);
    m_cameraBox->setVisible(m_hasCamera);

    if (!m_hasCamera) {
        m_preview->setText(tr("No camera"));
        setStatus(tr("No camera was found on this computer. Choose Open Image File… and pick a "
                     "screenshot or photo of the fan's confirmation code."));
        m_openFileButton->setDefault(true);
        m_openFileButton->setFocus();
        return;
    }
    const int preferred = static_cast<int>(cameras.indexOf(QMediaDevices::defaultVideoInput()));
    m_cameraBox->setCurrentIndex(preferred >= 0 ? preferred : 0);
    useCamera(m_cameraBox->currentIndex());
}

void FanCodeDialog::useCamera(int index)
{
    if (index < 0)
        return;
    const auto camera = m_cameraBox->itemData(index).value<QCameraDevice>();
    setFrameSource(new CameraFrameSource(camera, MinFrameIntervalMs));
}

void FanCodeDialog::setFrameSource(FrameSource *source)
{
    if (m_source) {
        m_source->stop();
        m_source->deleteLater();
    }
    m_source = source;
    source->setParent(this);
    connect(source, &FrameSource::frameReady, this, &FanCodeDialog::showFrame);
    connect(source, &FrameSource::frameReady, m_scanner, &FanCodeScanner::offerFrame);
    connect(source, &FrameSource::failed, this, [this](const QString &message) {
        setStatus(tr("The camera stopped: %1. Choose another camera, or use Open Image File… with a "
                     "photo of the fan's code.")
                      .arg(message),
                  true);
    });
    if (m_done)
        return;
    setStatus(tr("Hold the fan's phone in front of %1 so that the whole code is visible.")
                  .arg(source->description()));
    source->start();
}

void FanCodeDialog::showFrame(const QImage &frame)
{
    m_preview->setPixmap(QPixmap::fromImage(
        frame.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void FanCodeDialog::submitCode(const QString &code)
{
    if (m_submitting || m_done || m_rejectedCodes.contains(code))
        return;
    m_submitting = true;
    if (m_source)
        m_source->stop();
    setStatus(tr("Checking the fan's code with the server…"));
    m_submit(code, this, [this, code](Result<api::PassRedemption> redemption) {
        finishSubmission(code, redemption);
    });
}

void FanCodeDialog::finishSubmission(const QString &code, const Result<api::PassRedemption> &redemption)
{
    m_submitting = false;
    if (redemption && redemption->bid) {
        m_done = true;
        setStatus(tr("Meeting confirmed. The escrow of the meeting is released."));
        m_closeButton->setDefault(true);
        m_closeButton->setFocus();
        Q_EMIT confirmed(*redemption->bid);
        return;
    }

    if (redemption) {
        m_rejectedCodes.insert(code);
        setStatus(tr("The server rejected the fan's code (%1): %2")
                      .arg(redemption->rejectionReason, redemption->message),
                  true);
        Q_EMIT codeRejected(redemption->rejectionReason, redemption->message);
    } else {
        // A failed request may succeed later, so the same code may be tried again.
        setStatus(tr("The fan's code could not be sent: %1").arg(redemption.error().message), true);
    }
    if (m_source)
        m_source->start();
}

void FanCodeDialog::chooseImageFile()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open the Fan's Code"), folder, tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"));
    if (!path.isEmpty())
        openImageFile(path);
}

void FanCodeDialog::openImageFile(const QString &path)
{
    if (m_done || m_submitting)
        return;
    const pass::CodeKind kind{pass::fanConfirmationPrefix(), QStringLiteral("fan confirmation code")};
    const Result<QString> code = pass::decodeCodeImageFile(path, kind);
    if (!code) {
        setStatus(code.error().message, true);
        return;
    }
    const Result<pass::SignedFanConfirmation> parsed = pass::parseFanConfirmation(code.value());
    if (!parsed) {
        setStatus(parsed.error().message, true);
        return;
    }
    // A file is chosen on purpose, so a code rejected before is sent again and gets its reason.
    m_rejectedCodes.remove(code.value());
    submitCode(code.value());
}

QString FanCodeDialog::statusText() const
{
    return m_status->text();
}

void FanCodeDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QFont font = m_status->font();
    font.setBold(problem);
    m_status->setFont(font);
}

} // namespace mesi::ui
