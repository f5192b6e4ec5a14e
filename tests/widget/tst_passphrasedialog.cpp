#include "ui/passphrasedialog.h"

#include "secrets/sealedfilestore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace mesi;
using mesi::ui::PassphraseDialog;

namespace {

secrets::KdfLimits testLimits()
{
    return secrets::KdfLimits{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

void clickOk(PassphraseDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestPassphraseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newFileAsksTwice();
    void shortPassphraseRejected();
    void differentPassphrasesRejected();
    void newFileCreatedAndUnlocked();
    void wrongPassphraseKeepsDialogOpen();
    void fieldsHaveAccessibleNames();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("secrets.sealed")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPassphraseDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPassphraseDialog::newFileAsksTwice()
{
    secrets::SealedFileStore store(path(), testLimits());
    PassphraseDialog dialog(&store);
    QVERIFY(dialog.isCreating());
    QVERIFY(dialog.confirmEdit());
    QCOMPARE(dialog.passphraseEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.confirmEdit()->echoMode(), QLineEdit::Password);
}

void TestPassphraseDialog::shortPassphraseRejected()
{
    secrets::SealedFileStore store(path(), testLimits());
    PassphraseDialog dialog(&store);
    dialog.show();
    dialog.passphraseEdit()->setText(QStringLiteral("short"));
    dialog.confirmEdit()->setText(QStringLiteral("short"));
    clickOk(dialog);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QString::number(ui::MinPassphraseLength)),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(!store.isUnlocked());
    QVERIFY(!QFile::exists(path()));
}

void TestPassphraseDialog::differentPassphrasesRejected()
{
    secrets::SealedFileStore store(path(), testLimits());
    PassphraseDialog dialog(&store);
    dialog.show();
    dialog.passphraseEdit()->setText(QStringLiteral("correct horse battery"));
    dialog.confirmEdit()->setText(QStringLiteral("correct horse batterx"));
    clickOk(dialog);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("differ")),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(dialog.confirmEdit()->text().isEmpty());
    QVERIFY(!QFile::exists(path()));
}

void TestPassphraseDialog::newFileCreatedAndUnlocked()
{
    secrets::SealedFileStore store(path(), testLimits());
    PassphraseDialog dialog(&store);
    dialog.show();
    dialog.passphraseEdit()->setText(QStringLiteral("correct horse battery"));
    dialog.confirmEdit()->setText(QStringLiteral("correct horse battery"));
    clickOk(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    QVERIFY(store.isUnlocked());
    QVERIFY(QFile::exists(path()));
    // The typed text does not stay in the fields.
    QVERIFY(dialog.passphraseEdit()->text().isEmpty());
    QVERIFY(dialog.confirmEdit()->text().isEmpty());
}

void TestPassphraseDialog::wrongPassphraseKeepsDialogOpen()
{
    {
        secrets::SealedFileStore creator(path(), testLimits());
        QVERIFY(creator.unlock(secrets::SecureBytes::copyOf("correct horse battery")));
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    secrets::SealedFileStore store(path(), testLimits());
    PassphraseDialog dialog(&store);
    QVERIFY(!dialog.isCreating());
    QVERIFY(!dialog.confirmEdit());
    dialog.show();
    dialog.passphraseEdit()->setText(QStringLiteral("wrong horse battery"));
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("wrong passphrase")),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(!store.isUnlocked());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();

    dialog.passphraseEdit()->setText(QStringLiteral("correct horse battery"));
    clickOk(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
    QVERIFY(store.isUnlocked());
}

void TestPassphraseDialog::fieldsHaveAccessibleNames()
{
    secrets::SealedFileStore store(path(), testLimits());
    PassphraseDialog dialog(&store);
    QVERIFY(!dialog.passphraseEdit()->accessibleName().isEmpty());
    QVERIFY(!dialog.confirmEdit()->accessibleName().isEmpty());
    QVERIFY(!dialog.errorLabel()->accessibleName().isEmpty());
}

QTEST_MAIN(TestPassphraseDialog)
#include "tst_passphrasedialog.moc"
