#include "certificatebox.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace mesi::ui {

namespace {

class CertificateBoxText
{
    Q_DECLARE_TR_FUNCTIONS(mesi::ui::CertificateBox)

public:
    static QString title() { return tr("Connection Not Secure"); }
};

} // namespace

QMessageBox *showCertificateError(QWidget *parent, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Critical, CertificateBoxText::title(), error.message,
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("certificateErrorBox"));
    box->setAccessibleName(CertificateBoxText::title());
    box->setDetailedText(error.details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->open();
    return box;
}

} // namespace mesi::ui
