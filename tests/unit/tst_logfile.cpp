#include "desktop/logfile.h"

#include "core/logging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using mesi::desktop::LogFile;

/// The console's logging filter and its optional log file.
class TestLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void quietRulesHideInfo();
    void verboseRulesShowInfo();
    void fileReceivesMessages();
    void stoppedFileReceivesNothing();
    void largeFileIsRotated();
    void unwritablePathIsReported();
};

void TestLogFile::cleanup()
{
    LogFile::stop();
}

void TestLogFile::quietRulesHideInfo()
{
    mesi::desktop::applyConsoleLoggingRules(false);
    QVERIFY(!lcSync().isInfoEnabled());
    QVERIFY(!lcApiHttp().isDebugEnabled());
    QVERIFY(lcSync().isWarningEnabled());
    QVERIFY(lcDesktop().isCriticalEnabled());
}

void TestLogFile::verboseRulesShowInfo()
{
    mesi::desktop::applyConsoleLoggingRules(true);
    QVERIFY(lcSync().isInfoEnabled());
    QVERIFY(!lcSync().isDebugEnabled());
    mesi::desktop::applyConsoleLoggingRules(false);
}

void TestLogFile::fileReceivesMessages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = LogFile::pathFor(dir.path());
    QVERIFY(path.startsWith(dir.path()));

    const mesi::Result<void> started = LogFile::start(path);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    QVERIFY(LogFile::isActive());
    QCOMPARE(LogFile::path(), path);

    QTest::ignoreMessage(QtWarningMsg, "bid bid_42 could not be stored");
    qCWarning(lcSync) << "bid bid_42 could not be stored";
    LogFile::stop();
    QVERIFY(!LogFile::isActive());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(content.contains("warning mesi.sync: bid bid_42 could not be stored"), content.constData());
}

void TestLogFile::stoppedFileReceivesNothing()
{
    QTemporaryDir dir;
    const QString path = LogFile::pathFor(dir.path());
    QVERIFY(LogFile::start(path).ok());
    LogFile::stop();

    QTest::ignoreMessage(QtWarningMsg, "after stop");
    qCWarning(lcSync) << "after stop";
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("after stop"));
}

void TestLogFile::largeFileIsRotated()
{
    QTemporaryDir dir;
    const QString path = LogFile::pathFor(dir.path());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(5 * 1024 * 1024, 'x'));
    big.close();

    QVERIFY(LogFile::start(path).ok());
    LogFile::stop();
    QCOMPARE(QFileInfo(path + QStringLiteral(".1")).size(), qint64(5 * 1024 * 1024));
    QCOMPARE(QFileInfo(path).size(), qint64(0));
}

void TestLogFile::unwritablePathIsReported()
{
    QTemporaryDir dir;
    // A regular file where the log folder should be makes the folder impossible to create.
    const QString blocker = dir.filePath(QStringLiteral("logs"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    const mesi::Result<void> started = LogFile::start(LogFile::pathFor(dir.path()));
    QVERIFY(!started.ok());
    QVERIFY2(started.error().message.contains(blocker), qPrintable(started.error().message));
    QVERIFY(!LogFile::isActive());
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
