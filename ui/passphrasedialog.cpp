#include "passphrasedialog.h"

#include "secrets/sealedfilestore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mesi::ui {

namespace {

QLineEdit *makePassphraseEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

} // namespace

PassphraseDialog::PassphraseDialog(secrets::SealedFileStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_creating(!store->exists())
{
    setWindowTitle(m_creating ? tr("Protect Your Sign-In with a Passphrase")
                              : tr("Unlock Your Sign-In"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(m_creating
                       ? tr("The console keeps your sign-in and the key that signs meeting passes "
                            "in %1, sealed with a passphrase. Choose one of at least %2 characters; "
                            "without it the file cannot be opened.")
                             .arg(store->path())
                             .arg(MinPassphraseLength)
                       : tr("Type the passphrase of %1 to resume your sign-in and sign meeting "
                            "passes. Opening the file takes a few seconds.")
                             .arg(store->path()));

    m_passphraseEdit = makePassphraseEdit(QStringLiteral("passphraseEdit"), tr("Passphrase"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphraseEdit);
    if (m_creating) {
        m_confirmEdit = makePassphraseEdit(QStringLiteral("confirmPassphraseEdit"),
                                           tr("Passphrase again"), this);
        form->addRow(tr("&Again:"), m_confirmEdit);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("passphraseError"));
    m_error->setAccessibleName(tr("Passphrase error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_creating ? tr("&Create") : tr("&Unlock"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Continue &Without"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

void PassphraseDialog::submit()
{
    if (m_busy)
        return;
    // NOTE: QLineEdit keeps the text in ordinary memory. The fields are cleared once the
    // passphrase is in locked memory, but earlier copies may remain on the heap.
    QByteArray typed = m_passphraseEdit->text().toUtf8();
    const bool mismatch = m_confirmEdit && m_confirmEdit->text() != m_passphraseEdit->text();
    const qsizetype length = m_passphraseEdit->text().size();
    auto passphrase = std::make_shared<secrets::SecureBytes>(secrets::SecureBytes::takeFrom(typed));

    if (length == 0) {
        showError(tr("Type the passphrase."));
        return;
    }
    if (m_creating && length < MinPassphraseLength) {
        showError(tr("The passphrase has %1 characters; use at least %2.").arg(length).arg(MinPassphraseLength));
        return;
    }
    if (mismatch) {
        showError(tr("The two passphrases differ; type the same one twice."));
        m_confirmEdit->clear();
        return;
    }

    m_passphraseEdit->clear();
    if (m_confirmEdit)
        m_confirmEdit->clear();
    setBusy(true);
    m_store->unlockInBackground(passphrase, this, [this](const Result<void> &unlocked) {
        setBusy(false);
        if (!unlocked) {
            showError(unlocked.error().message);
            return;
        }
        accept();
    });
}

void PassphraseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_passphraseEdit->setEnabled(!busy);
    if (m_confirmEdit)
        m_confirmEdit->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy) {
        m_error->setText(tr("Opening the secrets file…"));
        m_error->show();
    }
}

void PassphraseDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_passphraseEdit->setFocus(Qt::OtherFocusReason);
}

} // namespace mesi::ui
