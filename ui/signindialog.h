#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mesi::ui {

/**
 * Asks for the API address, handle and password of a creator.
 *
 * Sign In checks the fields and emits signInRequested. The dialog stays open until the
 * caller accepts it, so the caller can report a failed sign-in with showError() while
 * everything typed stays in place. The dialog itself never opens a connection.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    /// Prefills the API address field with apiAddress.
    explicit SignInDialog(const QString &apiAddress, QWidget *parent = nullptr);

    QString apiAddress() const;
    QString handle() const;
    void setHandle(const QString &handle);

    /// Disables the fields and shows progress while a sign-in is running.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    /// Shows why the sign-in failed below the fields, ends the busy state and keeps the typed values.
    void showError(const QString &message);

Q_SIGNALS:
    /// Emitted when the user requests a sign-in with valid fields. baseUrl is the output of api::validateBaseUrl.
    void signInRequested(const QUrl &baseUrl, const QString &handle, const QString &password);

private:
    void submit();
    void clearErrors();
    void showFieldError(QLabel *label, QLineEdit *field, const QString &message);

    QLineEdit *m_addressEdit = nullptr;
    QLabel *m_addressError = nullptr;
    QLineEdit *m_handleEdit = nullptr;
    QLabel *m_handleError = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_passwordError = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signInButton = nullptr;
    bool m_busy = false;
};

} // namespace mesi::ui
