#include "desktop/singleinstance.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using mesi::desktop::SingleInstance;
using Role = SingleInstance::Role;

/// One console per profile: the lock, the local socket and the request to come forward.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstClaimIsPrimary();
    void secondClaimIsSecondary();
    void secondaryBringsPrimaryForward();
    void otherProfileRunsSeparately();
    void staleLockAndSocketAreTakenOver();
    void unansweredPrimaryIsReported();
    void releasedLockCanBeClaimedAgain();

private:
    /// Runs activatePrimary() in another thread, as a second process would, while this thread serves.
    mesi::Result<void> activateFromOtherThread(const QString &profile, int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

mesi::Result<void> TestSingleInstance::activateFromOtherThread(const QString &profile, int timeoutMs)
{
    std::optional<mesi::Result<void>> result;
    const QString directory = m_dir->path();
    std::unique_ptr<QThread> thread(QThread::create([&result, profile, directory, timeoutMs] {
        SingleInstance secondary(profile, directory);
        result = secondary.activatePrimary(timeoutMs);
    }));
    thread->start();
    // The primary replies from this thread's event loop, so that loop must keep running meanwhile.
    const bool finished = QTest::qWaitFor([&thread] { return thread->isFinished(); }, timeoutMs + 5000);
    thread->wait();
    if (!finished)
        return mesi::makeError(mesi::ErrorCode::Network, QStringLiteral("the thread did not finish"));
    if (!result)
        return mesi::makeError(mesi::ErrorCode::Network, QStringLiteral("the thread set no result"));
    return *result;
}

void TestSingleInstance::firstClaimIsPrimary()
{
    SingleInstance instance(QStringLiteral("default"), m_dir->path());
    const mesi::Result<Role> role = instance.claim();
    QVERIFY2(role.ok(), qPrintable(role.ok() ? QString() : role.error().message));
    QCOMPARE(role.value(), Role::Primary);
    QVERIFY(QFile::exists(instance.lockFilePath()));
}

void TestSingleInstance::secondClaimIsSecondary()
{
    SingleInstance first(QStringLiteral("default"), m_dir->path());
    QCOMPARE(first.claim().value(), Role::Primary);

    SingleInstance second(QStringLiteral("default"), m_dir->path());
    const mesi::Result<Role> role = second.claim();
    QVERIFY(role.ok());
    QCOMPARE(role.value(), Role::Secondary);
}

void TestSingleInstance::secondaryBringsPrimaryForward()
{
    SingleInstance primary(QStringLiteral("default"), m_dir->path());
    QCOMPARE(primary.claim().value(), Role::Primary);
    QSignalSpy activations(&primary, &SingleInstance::activationRequested);

    const mesi::Result<void> activated = activateFromOtherThread(QStringLiteral("default"), 3000);
    QVERIFY2(activated.ok(), qPrintable(activated.ok() ? QString() : activated.error().message));
    QCOMPARE(activations.count(), 1);

    // A second request works as well: the server keeps listening.
    QVERIFY(activateFromOtherThread(QStringLiteral("default"), 3000).ok());
    QCOMPARE(activations.count(), 2);
}

void TestSingleInstance::otherProfileRunsSeparately()
{
    SingleInstance defaultProfile(QStringLiteral("default"), m_dir->path());
    QCOMPARE(defaultProfile.claim().value(), Role::Primary);
    QSignalSpy activations(&defaultProfile, &SingleInstance::activationRequested);

    SingleInstance work(QStringLiteral("work"), m_dir->path());
    QCOMPARE(work.claim().value(), Role::Primary);
    QVERIFY(work.serverName() != defaultProfile.serverName());
    QCOMPARE(activations.count(), 0);
}

void TestSingleInstance::staleLockAndSocketAreTakenOver()
{
    SingleInstance probe(QStringLiteral("default"), m_dir->path());

    // A crashed console leaves its lock file, naming a process that no longer runs, and its
    // socket file. A finished child process gives a process id that is surely dead.
    QProcess child;
    child.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
    QVERIFY(child.waitForStarted());
    const qint64 deadPid = child.processId();
    QVERIFY(child.waitForFinished());
    QFile lock(probe.lockFilePath());
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\nmesi-console\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    QFile socket(probe.serverName());
    QVERIFY(socket.open(QIODevice::WriteOnly));
    socket.close();

    SingleInstance instance(QStringLiteral("default"), m_dir->path());
    const mesi::Result<Role> role = instance.claim();
    QVERIFY2(role.ok(), qPrintable(role.ok() ? QString() : role.error().message));
    QCOMPARE(role.value(), Role::Primary);

    QSignalSpy activations(&instance, &SingleInstance::activationRequested);
    QVERIFY(activateFromOtherThread(QStringLiteral("default"), 3000).ok());
    QCOMPARE(activations.count(), 1);
}

void TestSingleInstance::unansweredPrimaryIsReported()
{
    // The lock is held, but nothing listens: a console that hangs before listening.
    SingleInstance probe(QStringLiteral("default"), m_dir->path());
    QLockFile lock(probe.lockFilePath());
    QVERIFY(lock.tryLock(0));

    SingleInstance secondary(QStringLiteral("default"), m_dir->path());
    QCOMPARE(secondary.claim().value(), Role::Secondary);
    QElapsedTimer timer;
    timer.start();
    const mesi::Result<void> activated = secondary.activatePrimary(300);
    QVERIFY(!activated.ok());
    QVERIFY2(activated.error().message.contains(QStringLiteral("'default'")),
             qPrintable(activated.error().message));
    QVERIFY2(timer.elapsed() < 3000, "activatePrimary must give up after its timeout");
}

void TestSingleInstance::releasedLockCanBeClaimedAgain()
{
    {
        SingleInstance first(QStringLiteral("default"), m_dir->path());
        QCOMPARE(first.claim().value(), Role::Primary);
    }
    SingleInstance next(QStringLiteral("default"), m_dir->path());
    QCOMPARE(next.claim().value(), Role::Primary);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
