#pragma once

#include "pass/qrcode.h"

#include <QImage>
#include <QWidget>

namespace mesi::ui {

/**
 * Paints a QR code black on white with a quiet zone of four modules, centred on a white field
 * at the largest whole number of device pixels per module that fits. It ignores the palette,
 * because many phone scanners cannot read light modules on dark, as a dark theme would draw them.
 */
class PassCodeView : public QWidget
{
    Q_OBJECT

public:
    explicit PassCodeView(QWidget *parent = nullptr);

    /// Shows the QR code of text, or the encoding error in place of a code.
    void setText(const QString &text);
    bool hasCode() const { return m_matrix.size > 0; }
    /// The error shown in place of a code; empty while a code is shown.
    QString errorText() const;
    /// Device pixels per module at the current size; 0 without a code.
    int modulePixels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    int sideInModules() const;

    pass::QrMatrix m_matrix;
    QString m_error; ///< Message of the encoding error, untranslated; empty while a code is shown.
    QImage m_rendered; ///< The code at the module size and device pixel ratio of the last paint.
};

} // namespace mesi::ui
