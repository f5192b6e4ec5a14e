#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mesi::secrets {
class SealedFileStore;
}

namespace mesi::ui {

/// Minimum length of a new secrets-file passphrase, in characters.
inline constexpr int MinPassphraseLength = 10;

/**
 * A dialog that requests the passphrase of the secrets file, on systems without an OS
 * secret store, and unlocks the file. A new file needs the passphrase typed twice. The dialog stays open with the
 * error after a wrong passphrase and is accepted once the store is unlocked.
 */
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PassphraseDialog(secrets::SealedFileStore *store, QWidget *parent = nullptr);

    bool isCreating() const { return m_creating; }
    bool isBusy() const { return m_busy; }
    QLineEdit *passphraseEdit() const { return m_passphraseEdit; }
    QLineEdit *confirmEdit() const { return m_confirmEdit; }
    QLabel *errorLabel() const { return m_error; }

private:
    void submit();
    void setBusy(bool busy);
    void showError(const QString &message);

    secrets::SealedFileStore *m_store = nullptr;
    QLineEdit *m_passphraseEdit = nullptr;
    QLineEdit *m_confirmEdit = nullptr; ///< Null when unlocking an existing file.
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_creating = false;
    bool m_busy = false;
};

} // namespace mesi::ui
