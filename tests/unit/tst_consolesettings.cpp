#include "desktop/consolesettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mesi::desktop::ConsoleSettings;

/// The settings file of a profile: defaults, round trips and a corrupt file.
class TestConsoleSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newFileHasDefaults();
    void valuesSurviveReopen();
    void corruptFileIsReplacedByDefaults();
    void invalidBooleanFallsBackToDefault();
    void logToFileSignalsOnlyChanges();

private:
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("profile.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConsoleSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConsoleSettings::newFileHasDefaults()
{
    const ConsoleSettings settings(settingsFile());
    QVERIFY(!settings.wasReset());
    QVERIFY(settings.notifyNewBids());
    QVERIFY(settings.notifyNewMessages());
    QVERIFY(settings.newBidSound());
    QVERIFY(!settings.logToFile());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.inboxHeaderState().isEmpty());
}

void TestConsoleSettings::valuesSurviveReopen()
{
    {
        ConsoleSettings settings(settingsFile());
        settings.setNotifyNewBids(false);
        settings.setNewBidSound(false);
        settings.setLogToFile(true);
        settings.setWindowGeometry(QByteArray("geometry\x01\x02", 10));
        settings.setSplitterState(QStringLiteral("mainSplitter"), QByteArrayLiteral("split"));
        settings.setInboxHeaderState(QByteArrayLiteral("header"));
        settings.sync();
    }
    const ConsoleSettings settings(settingsFile());
    QVERIFY(!settings.notifyNewBids());
    QVERIFY(settings.notifyNewMessages());
    QVERIFY(!settings.newBidSound());
    QVERIFY(settings.logToFile());
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry\x01\x02", 10));
    QCOMPARE(settings.splitterState(QStringLiteral("mainSplitter")), QByteArrayLiteral("split"));
    QVERIFY(settings.splitterState(QStringLiteral("detailSplitter")).isEmpty());
    QCOMPARE(settings.inboxHeaderState(), QByteArrayLiteral("header"));
}

void TestConsoleSettings::corruptFileIsReplacedByDefaults()
{
    // sizeof, not a counted length, so the bytes read never run past the literal.
    static const char raw[] = "[General]\nnotifications\\new-bids=false\n[broken\n\x00\x01\xff=\n";
    const QByteArray garbage(raw, sizeof(raw) - 1);
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable.*corrupt")));
    ConsoleSettings settings(settingsFile());
    QVERIFY(settings.wasReset());
    QVERIFY(settings.notifyNewBids());

    QFile aside(settingsFile() + QStringLiteral(".corrupt"));
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage);

    // The fresh file is written and read back normally.
    settings.setNotifyNewMessages(false);
    settings.sync();
    const ConsoleSettings reopened(settingsFile());
    QVERIFY(!reopened.wasReset());
    QVERIFY(!reopened.notifyNewMessages());
}

void TestConsoleSettings::invalidBooleanFallsBackToDefault()
{
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[notifications]\nnew-bids=maybe\n");
    file.close();

    const ConsoleSettings settings(settingsFile());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("new-bids.*maybe")));
    QVERIFY(settings.notifyNewBids());
}

void TestConsoleSettings::logToFileSignalsOnlyChanges()
{
    ConsoleSettings settings(settingsFile());
    QSignalSpy changes(&settings, &ConsoleSettings::logToFileChanged);
    settings.setLogToFile(false);
    QCOMPARE(changes.count(), 0);
    settings.setLogToFile(true);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.at(0).at(0).toBool(), true);
}

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
