#include "ui/certificatebox.h"
#include "ui/signindialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using mesi::ui::SignInDialog;

/// Checks of the sign-in dialog. The dialog only emits signals, so no test here opens a connection.
class TestSignInDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsArePrefilledAndAccessible();
    void invalidAddressShowsInlineError_data();
    void invalidAddressShowsInlineError();
    void missingHandleShowsInlineError();
    void validFieldsRequestSignIn_data();
    void validFieldsRequestSignIn();
    void failedSignInKeepsInput();
    void certificateErrorOffersNoContinue();
};

namespace {

struct Fields
{
    QLineEdit *address = nullptr;
    QLabel *addressError = nullptr;
    QLineEdit *handle = nullptr;
    QLabel *handleError = nullptr;
    QLineEdit *password = nullptr;
    QPushButton *signIn = nullptr;
    QLabel *status = nullptr;

    explicit Fields(const SignInDialog &dialog)
        : address(dialog.findChild<QLineEdit *>(QStringLiteral("apiAddressEdit"))),
          addressError(dialog.findChild<QLabel *>(QStringLiteral("apiAddressError"))),
          handle(dialog.findChild<QLineEdit *>(QStringLiteral("handleEdit"))),
          handleError(dialog.findChild<QLabel *>(QStringLiteral("handleError"))),
          password(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))),
          signIn(dialog.findChild<QPushButton *>(QStringLiteral("signInButton"))),
          status(dialog.findChild<QLabel *>(QStringLiteral("signInStatus")))
    {
    }

    bool complete() const
    {
        return address && addressError && handle && handleError && password && signIn && status;
    }
};

void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

} // namespace

void TestSignInDialog::fieldsArePrefilledAndAccessible()
{
    SignInDialog dialog(QStringLiteral("http://127.0.0.1:8787"));
    const Fields fields(dialog);
    QVERIFY(fields.complete());

    QCOMPARE(fields.address->text(), QStringLiteral("http://127.0.0.1:8787"));
    QCOMPARE(fields.password->echoMode(), QLineEdit::Password);
    QVERIFY(!fields.address->accessibleName().isEmpty());
    QVERIFY(!fields.handle->accessibleName().isEmpty());
    QVERIFY(!fields.password->accessibleName().isEmpty());
    QVERIFY(!fields.signIn->accessibleName().isEmpty());
}

void TestSignInDialog::invalidAddressShowsInlineError_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expectedInError");

    // Plain http:// to a host that is not loopback is rejected before any connection.
    QTest::newRow("remote plain http") << QStringLiteral("http://example.com")
                                       << QStringLiteral("https://");
    QTest::newRow("garbage") << QStringLiteral("not an address ::") << QStringLiteral("invalid");
    QTest::newRow("empty") << QString() << QStringLiteral("invalid");
    QTest::newRow("other scheme") << QStringLiteral("ftp://127.0.0.1:8787")
                                  << QStringLiteral("ftp");
}

void TestSignInDialog::invalidAddressShowsInlineError()
{
    QFETCH(QString, address);
    QFETCH(QString, expectedInError);

    SignInDialog dialog(QStringLiteral("http://127.0.0.1:8787"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Fields fields(dialog);
    QVERIFY(fields.complete());
    QSignalSpy requested(&dialog, &SignInDialog::signInRequested);

    typeInto(fields.address, address);
    typeInto(fields.handle, QStringLiteral("demo"));
    typeInto(fields.password, QStringLiteral("demo"));
    QTest::mouseClick(fields.signIn, Qt::LeftButton);

    QCOMPARE(requested.count(), 0);
    QVERIFY(fields.addressError->isVisible());
    QVERIFY2(fields.addressError->text().contains(expectedInError),
             qPrintable(fields.addressError->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(fields.address->hasFocus());
    QCOMPARE(fields.address->text(), address);
}

void TestSignInDialog::missingHandleShowsInlineError()
{
    SignInDialog dialog(QStringLiteral("http://127.0.0.1:8787"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Fields fields(dialog);
    QVERIFY(fields.complete());
    QSignalSpy requested(&dialog, &SignInDialog::signInRequested);

    typeInto(fields.password, QStringLiteral("demo"));
    QTest::keyClick(fields.password, Qt::Key_Return);

    QCOMPARE(requested.count(), 0);
    QVERIFY(!fields.addressError->isVisible());
    QVERIFY(fields.handleError->isVisible());
    QVERIFY(fields.handle->hasFocus());
}

void TestSignInDialog::validFieldsRequestSignIn_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QUrl>("expectedUrl");

    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8787")
                                   << QUrl(QStringLiteral("http://127.0.0.1:8787"));
    QTest::newRow("loopback with spaces") << QStringLiteral("  http://localhost:9000 ")
                                                    << QUrl(QStringLiteral("http://localhost:9000"));
    QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:8787")
                                   << QUrl(QStringLiteral("http://[::1]:8787"));
}

void TestSignInDialog::validFieldsRequestSignIn()
{
    QFETCH(QString, address);
    QFETCH(QUrl, expectedUrl);

    SignInDialog dialog(address);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Fields fields(dialog);
    QVERIFY(fields.complete());
    QSignalSpy requested(&dialog, &SignInDialog::signInRequested);

    typeInto(fields.handle, QStringLiteral(" demo "));
    typeInto(fields.password, QStringLiteral("s3cret pass"));
    QTest::keyClick(fields.password, Qt::Key_Return);

    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toUrl(), expectedUrl);
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("demo"));
    QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("s3cret pass"));
    QVERIFY(!fields.addressError->isVisible());
    // The caller decides when the dialog closes, after the sign-in succeeded.
    QVERIFY(dialog.isVisible());
}

void TestSignInDialog::failedSignInKeepsInput()
{
    SignInDialog dialog(QStringLiteral("http://127.0.0.1:8787"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Fields fields(dialog);
    QVERIFY(fields.complete());
    typeInto(fields.handle, QStringLiteral("demo"));
    typeInto(fields.password, QStringLiteral("wrong"));

    dialog.setBusy(true);
    QVERIFY(dialog.isBusy());
    QVERIFY(!fields.signIn->isEnabled());
    QVERIFY(!fields.password->isEnabled());
    QVERIFY(fields.status->isVisible());

    dialog.showError(QStringLiteral("wrong handle or password"));

    QVERIFY(!dialog.isBusy());
    QVERIFY(fields.signIn->isEnabled());
    QVERIFY(fields.status->isVisible());
    QVERIFY2(fields.status->text().contains(QStringLiteral("wrong handle or password")),
             qPrintable(fields.status->text()));
    QCOMPARE(fields.address->text(), QStringLiteral("http://127.0.0.1:8787"));
    QCOMPARE(fields.handle->text(), QStringLiteral("demo"));
    QCOMPARE(fields.password->text(), QStringLiteral("wrong"));
}

void TestSignInDialog::certificateErrorOffersNoContinue()
{
    SignInDialog dialog(QStringLiteral("https://127.0.0.1:8443"));
    dialog.show();
    mesi::Error error = mesi::makeError(mesi::ErrorCode::Network,
                                        QStringLiteral("The certificate of 127.0.0.1 failed verification"));
    error.details = QStringLiteral("Subject: Mesi Test Server\nSHA-256 fingerprint: AB:CD");

    QPointer<QMessageBox> box = mesi::ui::showCertificateError(&dialog, error);

    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("certificateErrorBox"));
    QCOMPARE(box->text(), error.message);
    QCOMPARE(box->detailedText(), error.details);
    QCOMPARE(box->standardButtons(), QMessageBox::StandardButtons(QMessageBox::Close));
    QVERIFY(!box->accessibleName().isEmpty());
    QVERIFY(box->isVisible());

    box->button(QMessageBox::Close)->click();
    QTRY_VERIFY(box.isNull());
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
