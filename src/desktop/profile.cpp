#include "profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace mesi::desktop {

namespace {

bool isAllowedCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
        || u == u'-' || u == u'_';
}

/// Translation context of this file's messages, declared with the macro so that lupdate finds it.
struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(mesi::desktop::Profile)
};

} // namespace

QString defaultProfileName()
{
    return QStringLiteral("default");
}

Result<QString> validateProfileName(const QString &name)
{
    const auto invalid = [&name](const QString &reason) {
        return makeError(ErrorCode::InvalidArgument,
                         ProfileText::tr("invalid profile name '%1': %2").arg(name, reason),
                         QStringLiteral("profile"));
    };

    if (name.isEmpty())
        return invalid(ProfileText::tr("the name is empty"));
    if (name.size() > MaxProfileNameLength)
        return invalid(ProfileText::tr("use at most %1 characters").arg(MaxProfileNameLength));
    for (QChar c : name) {
        if (!isAllowedCharacter(c))
            return invalid(ProfileText::tr("use only letters A-Z and a-z, digits, '-' and '_'"));
    }
    return name;
}

ProfilePaths profilePaths(const QString &name, const QString &configRoot, const QString &dataRoot)
{
    ProfilePaths paths;
    paths.name = name;
    paths.settingsFile = QDir(configRoot).filePath(QStringLiteral("profiles/%1.ini").arg(name));
    paths.dataDir = name == defaultProfileName()
        ? QDir::cleanPath(dataRoot)
        : QDir(dataRoot).filePath(QStringLiteral("profiles/%1").arg(name));
    return paths;
}

bool profileExists(const ProfilePaths &paths)
{
    return QFileInfo::exists(paths.settingsFile);
}

Result<void> createProfile(const ProfilePaths &paths)
{
    if (!QDir().mkpath(paths.dataDir)) {
        return makeError(ErrorCode::Storage,
                         ProfileText::tr("could not create the profile folder %1").arg(paths.dataDir));
    }
    const QString settingsDir = QFileInfo(paths.settingsFile).absolutePath();
    if (!QDir().mkpath(settingsDir)) {
        return makeError(ErrorCode::Storage,
                         ProfileText::tr("could not create the settings folder %1").arg(settingsDir));
    }
    if (profileExists(paths))
        return {};

    // The settings file marks the profile as existing, so it is written at once.
    QSettings settings(paths.settingsFile, QSettings::IniFormat);
    settings.setValue(QStringLiteral("profile/created"),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        return makeError(ErrorCode::Storage,
                         ProfileText::tr("could not write the settings file %1").arg(paths.settingsFile));
    }
    return {};
}

} // namespace mesi::desktop
