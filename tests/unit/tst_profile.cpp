#include "desktop/profile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mesi::desktop;

/// Profile names and the files a profile owns.
class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNames_data();
    void validNames();
    void invalidNamesAreNamedInError_data();
    void invalidNamesAreNamedInError();
    void defaultProfileKeepsDataRoot();
    void namedProfileHasOwnFolders();
    void createMakesProfileExist();
};

void TestProfile::validNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("default") << QStringLiteral("default");
    QTest::newRow("mixed") << QStringLiteral("Work-2_b");
    QTest::newRow("one character") << QStringLiteral("a");
    QTest::newRow("digits") << QStringLiteral("2026");
    QTest::newRow("maximum length") << QString(MaxProfileNameLength, QLatin1Char('x'));
}

void TestProfile::validNames()
{
    QFETCH(QString, name);
    const mesi::Result<QString> result = validateProfileName(name);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result.value(), name);
}

void TestProfile::invalidNamesAreNamedInError_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << QStringLiteral("my work");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("parent folder") << QStringLiteral("..");
    QTest::newRow("dot") << QStringLiteral("work.old");
    QTest::newRow("non-ASCII letter") << QStringLiteral("w\u00f6rk");
    QTest::newRow("too long") << QString(MaxProfileNameLength + 1, QLatin1Char('x'));
}

void TestProfile::invalidNamesAreNamedInError()
{
    QFETCH(QString, name);
    const mesi::Result<QString> result = validateProfileName(name);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, mesi::ErrorCode::InvalidArgument);
    QVERIFY2(result.error().message.contains(QStringLiteral("'%1'").arg(name)),
             qPrintable(result.error().message));
}

void TestProfile::defaultProfileKeepsDataRoot()
{
    const ProfilePaths paths = profilePaths(defaultProfileName(), QStringLiteral("/config"),
                                            QStringLiteral("/data"));
    QCOMPARE(paths.settingsFile, QStringLiteral("/config/profiles/default.ini"));
    QCOMPARE(paths.dataDir, QStringLiteral("/data"));
}

void TestProfile::namedProfileHasOwnFolders()
{
    const ProfilePaths work = profilePaths(QStringLiteral("work"), QStringLiteral("/config"),
                                           QStringLiteral("/data"));
    QCOMPARE(work.settingsFile, QStringLiteral("/config/profiles/work.ini"));
    QCOMPARE(work.dataDir, QStringLiteral("/data/profiles/work"));
}

void TestProfile::createMakesProfileExist()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const ProfilePaths paths = profilePaths(QStringLiteral("work"), root.filePath(QStringLiteral("config")),
                                            root.filePath(QStringLiteral("data")));
    QVERIFY(!profileExists(paths));

    const mesi::Result<void> created = createProfile(paths);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QVERIFY(profileExists(paths));
    QVERIFY(QFileInfo(paths.dataDir).isDir());

    // Creating it again keeps the existing settings file as it is.
    const QDateTime written = QFileInfo(paths.settingsFile).lastModified();
    QVERIFY(createProfile(paths).ok());
    QCOMPARE(QFileInfo(paths.settingsFile).lastModified(), written);
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
