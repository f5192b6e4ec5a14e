#include "passcodeview.h"

#include "pass/passimage.h"

#include <QEvent>
#include <QPainter>
#include <QtMath>

#include <algorithm>

namespace mesi::ui {

namespace {

// A rule of thumb, not a measurement: from about 6 device pixels a module, a phone held near
// the screen reads a pass of QR version 11 (61 modules a side).
constexpr int MinModulePixels = 6;
// Module size that sizeHint() requests, in logical pixels.
constexpr int PreferredModulePixels = 8;

} // namespace

PassCodeView::PassCodeView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("passCode"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent); // paintEvent() fills every pixel.
    retranslateUi();
}

void PassCodeView::setText(const QString &text)
{
    const Result<pass::QrMatrix> matrix = pass::encodeQr(text);
    if (matrix.ok()) {
        m_matrix = matrix.value();
        m_error.clear();
    } else {
        m_matrix = {};
        m_error = matrix.error().message;
    }
    m_rendered = QImage();
    retranslateUi();
    updateGeometry();
    update();
}

QString PassCodeView::errorText() const
{
    if (m_error.isEmpty())
        return {};
    return tr("This pass cannot be shown as a QR code: %1").arg(m_error);
}

int PassCodeView::sideInModules() const
{
    return m_matrix.size + 2 * pass::MinQuietModules;
}

int PassCodeView::modulePixels() const
{
    if (!hasCode())
        return 0;
    const qreal ratio = devicePixelRatioF();
    const int deviceSide = std::min(qFloor(width() * ratio), qFloor(height() * ratio));
    return std::max(1, deviceSide / sideInModules());
}

QSize PassCodeView::sizeHint() const
{
    if (!hasCode())
        return minimumSizeHint();
    const int side = sideInModules() * PreferredModulePixels;
    return {side, side};
}

QSize PassCodeView::minimumSizeHint() const
{
    if (!hasCode())
        return {fontMetrics().averageCharWidth() * 40, fontMetrics().lineSpacing() * 5};
    const int side = qCeil(sideInModules() * MinModulePixels / devicePixelRatioF());
    return {side, side};
}

void PassCodeView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!hasCode()) {
        painter.setPen(Qt::black);
        const int margin = fontMetrics().lineSpacing();
        painter.drawText(rect().adjusted(margin, margin, -margin, -margin),
                         Qt::AlignCenter | Qt::TextWordWrap, errorText());
        return;
    }

    const qreal ratio = devicePixelRatioF();
    const int pixels = modulePixels();
    if (m_rendered.width() != pixels * sideInModules() || m_rendered.devicePixelRatio() != ratio) {
        m_rendered = pass::renderQrImage(m_matrix, pixels);
        m_rendered.setDevicePixelRatio(ratio);
    }

    // Start on a whole device pixel, so every module covers exactly `pixels` device pixels.
    const int left = (qFloor(width() * ratio) - m_rendered.width()) / 2;
    const int top = (qFloor(height() * ratio) - m_rendered.height()) / 2;
    painter.drawImage(QPointF(left / ratio, top / ratio), m_rendered);
}

void PassCodeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PassCodeView::retranslateUi()
{
    setAccessibleName(tr("Meeting pass QR code"));
    setAccessibleDescription(hasCode() ? tr("The meeting pass QR code to show to the fan, "
                                            "whose phone scans it at the meeting.")
                                       : errorText());
}

} // namespace mesi::ui
