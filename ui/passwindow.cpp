#include "passwindow.h"

#include "passcodeview.h"
#include "pass/passimage.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace mesi::ui {

namespace {

constexpr int MaxFileNamePartLength = 40;

/// Dark text on white for every colour group, whatever the application palette is.
QPalette passPalette()
{
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Window, Qt::white);
        palette.setColor(group, QPalette::WindowText, Qt::black);
        palette.setColor(group, QPalette::Base, Qt::white);
        palette.setColor(group, QPalette::Text, Qt::black);
    }
    return palette;
}

/// Returns the letters and digits of title joined by '-', such as "meeting-with-alex".
QString fileNamePart(const QString &title)
{
    QString part;
    for (const QChar character : title.toLower()) {
        if (character.isLetterOrNumber())
            part += character;
        else if (!part.isEmpty() && !part.endsWith(QLatin1Char('-')))
            part += QLatin1Char('-');
    }
    part.truncate(MaxFileNamePartLength);
    while (part.endsWith(QLatin1Char('-')))
        part.chop(1);
    return part.isEmpty() ? QStringLiteral("meeting") : part;
}

} // namespace

PassWindow::PassWindow(const QString &passText, const QString &title, const QString &details, QWidget *parent)
    : QWidget(parent, Qt::Window), m_title(title)
{
    setObjectName(QStringLiteral("passWindow"));

    m_passArea = new QWidget(this);
    m_passArea->setObjectName(QStringLiteral("passArea"));
    m_passArea->setPalette(passPalette());
    m_passArea->setAutoFillBackground(true);

    // Plain text, because the title and details may contain a fan's name.
    m_titleLabel = new QLabel(title, m_passArea);
    m_titleLabel->setObjectName(QStringLiteral("passTitle"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_detailsLabel = new QLabel(details, m_passArea);
    m_detailsLabel->setObjectName(QStringLiteral("passDetails"));
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel->setAlignment(Qt::AlignCenter);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setVisible(!details.isEmpty());

    m_codeView = new PassCodeView(m_passArea);

    // A thin bar under the code shows when the code changes, so a fan who scans in the
    // last seconds can wait for the next code.
    m_countdown = new QProgressBar(m_passArea);
    m_countdown->setObjectName(QStringLiteral("stepCountdown"));
    m_countdown->setTextVisible(true);
    m_countdown->setAlignment(Qt::AlignCenter);
    m_countdown->hide();

    m_rotationError = new QLabel(m_passArea);
    m_rotationError->setObjectName(QStringLiteral("rotationError"));
    m_rotationError->setTextFormat(Qt::PlainText);
    m_rotationError->setWordWrap(true);
    m_rotationError->setAlignment(Qt::AlignCenter);
    m_rotationError->hide();

    auto *passLayout = new QVBoxLayout(m_passArea);
    passLayout->addWidget(m_titleLabel);
    passLayout->addWidget(m_detailsLabel);
    passLayout->addWidget(m_codeView, 1);
    passLayout->addWidget(m_countdown);
    passLayout->addWidget(m_rotationError);

    m_fullScreenButton = new QPushButton(this);
    m_fullScreenButton->setObjectName(QStringLiteral("fullScreenButton"));
    m_fullScreenButton->setCheckable(true);
    connect(m_fullScreenButton, &QPushButton::clicked, this, &PassWindow::setFullScreen);

    m_savePngButton = new QPushButton(this);
    m_savePngButton->setObjectName(QStringLiteral("savePngButton"));
    connect(m_savePngButton, &QPushButton::clicked, this, &PassWindow::savePng);

    m_saveSvgButton = new QPushButton(this);
    m_saveSvgButton->setObjectName(QStringLiteral("saveSvgButton"));
    connect(m_saveSvgButton, &QPushButton::clicked, this, &PassWindow::saveSvg);

    m_scanFanCodeButton = new QPushButton(this);
    m_scanFanCodeButton->setObjectName(QStringLiteral("scanFanCodeButton"));
    m_scanFanCodeButton->hide();
    connect(m_scanFanCodeButton, &QPushButton::clicked, this, &PassWindow::openFanCodeDialog);

    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);

    // Shortcuts rather than button shortcuts, because QPushButton::setText() replaces those.
    auto *toggleFullScreen = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(toggleFullScreen, &QShortcut::activated, this, [this] { setFullScreen(!isFullScreen()); });
    m_leaveFullScreen = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(m_leaveFullScreen, &QShortcut::activated, this, [this] { setFullScreen(false); });

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_fullScreenButton);
    buttonRow->addWidget(m_savePngButton);
    buttonRow->addWidget(m_saveSvgButton);
    buttonRow->addWidget(m_scanFanCodeButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(0);
    layout->addWidget(m_passArea, 1);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    buttonRow->setContentsMargins(margin, margin, margin, margin);
    layout->addLayout(buttonRow);

    retranslateUi();
    setPassText(passText);
    updateFullScreenButton();
    m_closeButton->setFocus();
}

void PassWindow::setPassText(const QString &passText)
{
    m_passText = passText;
    m_codeView->setText(passText);
    m_savePngButton->setEnabled(m_codeView->hasCode());
    m_saveSvgButton->setEnabled(m_codeView->hasCode());
}

void PassWindow::setRotation(PassRotation::Issuer issuer, PassRotation::Clock clock)
{
    delete m_rotation;
    m_rotation = new PassRotation(m_passText, std::move(issuer), std::move(clock), this);
    m_countdown->setVisible(m_rotation->isActive());
    if (!m_rotation->isActive())
        return;
    m_countdown->setRange(0, m_rotation->stepSeconds());
    connect(m_rotation, &PassRotation::passChanged, this, [this](const QString &passText) {
        m_rotationError->hide();
        setPassText(passText);
    });
    connect(m_rotation, &PassRotation::renewalFailed, this, [this](const QString &message) {
        m_rotationError->setText(tr("The pass could not be renewed: %1. The code on screen stops "
                                    "working within a minute.")
                                     .arg(message));
        m_rotationError->show();
    });
    connect(m_rotation, &PassRotation::tick, this, &PassWindow::updateCountdown);
    updateCountdown(m_rotation->secondsLeft());
}

void PassWindow::updateCountdown(int secondsLeft)
{
    m_countdown->setValue(secondsLeft);
    m_countdown->setFormat(tr("New code in %n s", "countdown under a rotating pass", secondsLeft));
}

void PassWindow::setFanCodeSubmit(FanCodeDialog::Submit submit)
{
    m_fanCodeSubmit = std::move(submit);
    m_scanFanCodeButton->setVisible(static_cast<bool>(m_fanCodeSubmit));
}

FanCodeDialog *PassWindow::openFanCodeDialog()
{
    if (!m_fanCodeSubmit)
        return nullptr;
    if (!m_fanCodeDialog) {
        // Parented to the main window when there is one, because a confirmed meeting closes
        // the pass window and the dialog must stay to show the outcome.
        m_fanCodeDialog = new FanCodeDialog(m_fanCodeSubmit, parentWidget() ? parentWidget() : this);
        m_fanCodeDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_fanCodeDialog->show();
    m_fanCodeDialog->raise();
    m_fanCodeDialog->activateWindow();
    return m_fanCodeDialog;
}

void PassWindow::setFullScreen(bool fullScreen)
{
    // Toggling only the full-screen flag keeps Qt::WindowMaximized for when full screen ends.
    const Qt::WindowStates state = windowState();
    setWindowState(fullScreen ? state | Qt::WindowFullScreen : state & ~Qt::WindowFullScreen);
    updateFullScreenButton();
}

void PassWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange)
        updateFullScreenButton();
    else if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PassWindow::retranslateUi()
{
    setWindowTitle(tr("%1 - Meeting Pass", "window title; %1 names the meeting, such as Meeting with Alex")
                       .arg(m_title));

    m_fullScreenButton->setText(tr("&Full Screen"));
    m_fullScreenButton->setAccessibleName(tr("Full screen"));
    m_fullScreenButton->setToolTip(tr("Show the pass on the whole screen (F11). Esc leaves full screen."));

    m_savePngButton->setText(tr("Save as &PNG…"));
    m_savePngButton->setAccessibleName(tr("Save as PNG"));
    m_savePngButton->setAccessibleDescription(tr("Saves the QR code of the pass as a PNG image file."));

    m_saveSvgButton->setText(tr("Save as &SVG…"));
    m_saveSvgButton->setAccessibleName(tr("Save as SVG"));
    m_saveSvgButton->setAccessibleDescription(tr("Saves the QR code of the pass as an SVG vector image file."));

    m_scanFanCodeButton->setText(tr("Fan Can't Scan? Scan &Their Code…"));
    m_scanFanCodeButton->setAccessibleName(tr("Scan the fan's code"));
    m_scanFanCodeButton->setAccessibleDescription(
        tr("Opens the camera to scan the confirmation code on the fan's phone, for a phone that "
           "cannot scan the pass."));

    m_countdown->setAccessibleName(tr("Time until the code changes"));

    m_closeButton->setText(tr("&Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    if (m_rotation && m_rotation->isActive())
        updateCountdown(m_rotation->secondsLeft());
}

void PassWindow::updateFullScreenButton()
{
    m_fullScreenButton->setChecked(isFullScreen());
    m_leaveFullScreen->setEnabled(isFullScreen());
}

void PassWindow::savePng()
{
    const QString path = askSavePath(tr("Save Pass as PNG"), tr("PNG images (*.png)"), QStringLiteral("png"));
    if (path.isEmpty())
        return;
    const Result<void> saved = pass::savePassPng(m_passText, path);
    if (!saved.ok())
        showSaveError(path, saved.error().message);
}

void PassWindow::saveSvg()
{
    const QString path = askSavePath(tr("Save Pass as SVG"), tr("SVG images (*.svg)"), QStringLiteral("svg"));
    if (path.isEmpty())
        return;
    const Result<void> saved = pass::savePassSvg(m_passText, path);
    if (!saved.ok())
        showSaveError(path, saved.error().message);
}

QString PassWindow::askSavePath(const QString &caption, const QString &filter, const QString &suffix)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("pass-%1.%2").arg(fileNamePart(m_title), suffix));

    QString path = QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;

    // The dialog confirmed overwriting only the name as typed, not the name with the suffix added.
    path += QLatin1Char('.') + suffix;
    if (QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(
            this, tr("Replace File?"), tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)));
        if (answer != QMessageBox::Yes)
            return {};
    }
    return path;
}

void PassWindow::showSaveError(const QString &path, const QString &reason)
{
    QMessageBox box(QMessageBox::Warning, tr("Pass Not Saved"),
                    tr("The pass could not be saved to %1.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setInformativeText(reason);
    box.exec();
}

} // namespace mesi::ui
