#include "signindialog.h"

#include "api/apiclient.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mesi::ui {

namespace {

QString addressHelp()
{
    return SignInDialog::tr("Address of the Mesi API, such as https://api.mesi.example, or "
                            "http://127.0.0.1 with a port for a local sandbox.");
}

QLabel *makeErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void addField(QGridLayout *grid, const QString &caption, QLineEdit *field, QLabel *error)
{
    const int row = grid->rowCount();
    auto *label = new QLabel(caption, field->parentWidget());
    label->setBuddy(field);
    grid->addWidget(label, row, 0);
    grid->addWidget(field, row, 1);
    grid->addWidget(error, row + 1, 1);
}

} // namespace

SignInDialog::SignInDialog(const QString &apiAddress, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign In to Mesi"));

    auto *intro = new QLabel(tr("Sign in with your creator account to review the bids of your fans."),
                             this);
    intro->setWordWrap(true);

    m_addressEdit = new QLineEdit(apiAddress, this);
    m_addressEdit->setObjectName(QStringLiteral("apiAddressEdit"));
    m_addressEdit->setAccessibleName(tr("API address"));
    m_addressEdit->setAccessibleDescription(addressHelp());
    m_addressEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_addressError = makeErrorLabel(QStringLiteral("apiAddressError"), this);
    m_addressError->setAccessibleName(tr("API address error"));

    m_handleEdit = new QLineEdit(this);
    m_handleEdit->setObjectName(QStringLiteral("handleEdit"));
    m_handleEdit->setAccessibleName(tr("Handle"));
    m_handleEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_handleError = makeErrorLabel(QStringLiteral("handleError"), this);
    m_handleError->setAccessibleName(tr("Handle error"));

    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordError = makeErrorLabel(QStringLiteral("passwordError"), this);
    m_passwordError->setAccessibleName(tr("Password error"));

    // A grid, not a QFormLayout, so that wrapped error messages get the height they need.
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    addField(form, tr("API &address:"), m_addressEdit, m_addressError);
    addField(form, tr("&Handle:"), m_handleEdit, m_handleError);
    addField(form, tr("&Password:"), m_passwordEdit, m_passwordError);

    m_status = makeErrorLabel(QStringLiteral("signInStatus"), this);
    m_status->setAccessibleName(tr("Sign-in status"));

    m_buttons = new QDialogButtonBox(this);
    m_signInButton = m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    // Accepting is the caller's decision after a successful sign-in, so the button only submits.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    setTabOrder(m_addressEdit, m_handleEdit);
    setTabOrder(m_handleEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_signInButton);
    (apiAddress.isEmpty() ? m_addressEdit : m_handleEdit)->setFocus();
    setMinimumWidth(460);
}

QString SignInDialog::apiAddress() const
{
    return m_addressEdit->text();
}

QString SignInDialog::handle() const
{
    return m_handleEdit->text();
}

void SignInDialog::setHandle(const QString &handle)
{
    m_handleEdit->setText(handle);
    if (!handle.isEmpty())
        m_passwordEdit->setFocus();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_addressEdit->setEnabled(!busy);
    m_handleEdit->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    m_signInButton->setEnabled(!busy);
    if (busy) {
        m_status->setText(tr("Signing in…"));
        m_status->show();
    }
}

void SignInDialog::showError(const QString &message)
{
    setBusy(false);
    m_status->setText(tr("Sign-in failed: %1").arg(message));
    m_status->show();
    m_passwordEdit->setFocus();
    m_passwordEdit->selectAll();
    adjustSize();
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    clearErrors();

    const Result<QUrl> baseUrl = api::validateBaseUrl(m_addressEdit->text());
    if (!baseUrl) {
        showFieldError(m_addressError, m_addressEdit, baseUrl.error().message);
        return;
    }
    if (m_handleEdit->text().trimmed().isEmpty()) {
        showFieldError(m_handleError, m_handleEdit, tr("Enter your creator handle, such as demo."));
        return;
    }
    if (m_passwordEdit->text().isEmpty()) {
        showFieldError(m_passwordError, m_passwordEdit, tr("Enter your password."));
        return;
    }

    Q_EMIT signInRequested(baseUrl.value(), m_handleEdit->text().trimmed(), m_passwordEdit->text());
}

void SignInDialog::clearErrors()
{
    for (QLabel *label : {m_addressError, m_handleError, m_passwordError, m_status}) {
        label->clear();
        label->hide();
    }
    m_addressEdit->setAccessibleDescription(addressHelp());
    m_handleEdit->setAccessibleDescription(QString());
    m_passwordEdit->setAccessibleDescription(QString());
}

void SignInDialog::showFieldError(QLabel *label, QLineEdit *field, const QString &message)
{
    label->setText(message);
    label->show();
    field->setAccessibleDescription(message);
    field->setFocus();
    field->selectAll();
    adjustSize();
}

} // namespace mesi::ui
