#include "secrets/securebytes.h"

#include <QTest>

using mesi::secrets::SecureBytes;

class TestSecureBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newBufferIsZeroFilled();
    void copyKeepsBytes();
    void takeFromWipesSource();
    void moveLeavesSourceEmpty();
    void equalsComparesContent();
    void clearEmptiesBuffer();
    void emptyBufferHasNoMemory();
};

void TestSecureBytes::newBufferIsZeroFilled()
{
    const SecureBytes bytes(32);
    QCOMPARE(bytes.size(), 32);
    QVERIFY(bytes.data() != nullptr);
    QCOMPARE(bytes.view().toByteArray(), QByteArray(32, '\0'));
}

void TestSecureBytes::copyKeepsBytes()
{
    const QByteArray source("seed bytes of a key");
    const SecureBytes bytes = SecureBytes::copyOf(source);
    QCOMPARE(bytes.view().toByteArray(), source);
    QCOMPARE(source, QByteArray("seed bytes of a key"));
}

void TestSecureBytes::takeFromWipesSource()
{
    QByteArray source("refresh-token-value");
    // alias shares the buffer, so wiping source detaches it first and leaves alias intact.
    const QByteArray alias = source;

    const SecureBytes bytes = SecureBytes::takeFrom(source);

    QCOMPARE(bytes.view().toByteArray(), QByteArray("refresh-token-value"));
    QVERIFY(source.isEmpty());
    QCOMPARE(alias, QByteArray("refresh-token-value"));
}

void TestSecureBytes::moveLeavesSourceEmpty()
{
    SecureBytes first = SecureBytes::copyOf("abc");
    SecureBytes second(std::move(first));
    QVERIFY(first.isEmpty());          // NOLINT(bugprone-use-after-move): checking the contract.
    QVERIFY(first.data() == nullptr);  // NOLINT(bugprone-use-after-move)
    QCOMPARE(second.view().toByteArray(), QByteArray("abc"));

    SecureBytes third = SecureBytes::copyOf("xyz");
    third = std::move(second);
    QCOMPARE(third.view().toByteArray(), QByteArray("abc"));
    QVERIFY(second.isEmpty()); // NOLINT(bugprone-use-after-move)
}

void TestSecureBytes::equalsComparesContent()
{
    const SecureBytes a = SecureBytes::copyOf("same");
    const SecureBytes b = SecureBytes::copyOf("same");
    const SecureBytes c = SecureBytes::copyOf("diff");
    const SecureBytes longer = SecureBytes::copyOf("same!");
    QVERIFY(a.equals(b));
    QVERIFY(!a.equals(c));
    QVERIFY(!a.equals(longer));
    QVERIFY(SecureBytes().equals(SecureBytes()));
}

void TestSecureBytes::clearEmptiesBuffer()
{
    SecureBytes bytes = SecureBytes::copyOf("secret");
    bytes.clear();
    QVERIFY(bytes.isEmpty());
    QVERIFY(bytes.data() == nullptr);
    bytes.clear();
    QVERIFY(bytes.isEmpty());
}

void TestSecureBytes::emptyBufferHasNoMemory()
{
    const SecureBytes empty = SecureBytes::copyOf(QByteArrayView());
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.data() == nullptr);
    QVERIFY(empty.view().isEmpty());
}

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
