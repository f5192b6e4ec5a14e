#include "accounts.h"

#include "contract/jsonreader.h"
#include "secrets.h"

namespace mesi::sandbox {

namespace {

const QString CreatorColumns = QStringLiteral("id, handle, display_name, accepts_bids");

Creator creatorFromRow(const QSqlQuery &row)
{
    return Creator{row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                   row.value(3).toInt() != 0};
}

} // namespace

QJsonObject toJson(const Creator &creator)
{
    return QJsonObject{{QStringLiteral("handle"), creator.handle},
                       {QStringLiteral("displayName"), creator.displayName},
                       {QStringLiteral("acceptsBids"), creator.acceptsBids}};
}

QJsonObject toJson(const Fan &fan)
{
    return QJsonObject{{QStringLiteral("id"), fan.id}, {QStringLiteral("name"), fan.name}};
}

QString Principal::kindName() const
{
    return kind == Kind::Creator ? QStringLiteral("creator") : QStringLiteral("fan");
}

Result<Creator> Accounts::createCreator(const QString &handle, const QString &displayName,
                                        bool acceptsBids, const QString &password,
                                        const QDateTime &at)
{
    Result<QString> hash = hashPassword(password);
    if (!hash)
        return hash.error();

    const Creator creator{newId(QStringLiteral("creator")), handle, displayName, acceptsBids};
    Result<QSqlQuery *> inserted = m_database.run(
        QStringLiteral("INSERT INTO creators (id, handle, display_name, accepts_bids, "
                       "password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {creator.id, creator.handle, creator.displayName, creator.acceptsBids ? 1 : 0,
         hash.value(), contract::formatTimestamp(at)});
    if (!inserted)
        return inserted.error();
    return creator;
}

Result<std::optional<Creator>> Accounts::findCreatorByHandle(const QString &handle)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT %1 FROM creators WHERE handle = ?").arg(CreatorColumns), {handle});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<Creator>();
    return std::optional<Creator>(creatorFromRow(*query.value()));
}

Result<std::optional<Creator>> Accounts::findCreatorById(const QString &id)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT %1 FROM creators WHERE id = ?").arg(CreatorColumns), {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<Creator>();
    return std::optional<Creator>(creatorFromRow(*query.value()));
}

Result<qint64> Accounts::creatorCount()
{
    Result<QSqlQuery *> query = m_database.run(QStringLiteral("SELECT COUNT(*) FROM creators"));
    if (!query)
        return query.error();
    query.value()->next();
    return query.value()->value(0).toLongLong();
}

Result<SignIn> Accounts::signInCreator(const QString &handle, const QString &password,
                                       const QDateTime &at)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT %1, password_hash FROM creators WHERE handle = ?").arg(CreatorColumns),
        {handle});
    if (!query)
        return query.error();

    const Error wrongCredentials = makeError(
        ErrorCode::Unauthorized,
        QStringLiteral("wrong handle or password for '%1'; check both and sign in again").arg(handle));
    if (!query.value()->next())
        return wrongCredentials;

    const Creator creator = creatorFromRow(*query.value());
    const QString hash = query.value()->value(4).toString();
    if (!verifyPassword(password, hash))
        return wrongCredentials;

    return openSession(Principal{Principal::Kind::Creator, creator.id, creator.displayName}, at);
}

Result<Fan> Accounts::findOrCreateFan(const QString &name, const QDateTime &at)
{
    Result<QSqlQuery *> query = m_database.run(
        QStringLiteral("SELECT id, name FROM fans WHERE name = ?"), {name});
    if (!query)
        return query.error();
    if (query.value()->next())
        return Fan{query.value()->value(0).toString(), query.value()->value(1).toString()};

    const Fan fan{newId(QStringLiteral("fan")), name};
    Result<QSqlQuery *> inserted = m_database.run(
        QStringLiteral("INSERT INTO fans (id, name, created_at) VALUES (?, ?, ?)"),
        {fan.id, fan.name, contract::formatTimestamp(at)});
    if (!inserted)
        return inserted.error();
    return fan;
}

Result<SignIn> Accounts::signInFan(const QString &name, const QDateTime &at)
{
    if (name.trimmed().isEmpty() || name.size() > MaxFanNameLength) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("invalid fan name '%1': use 1 to %2 characters, not only "
                                        "spaces")
                             .arg(name.left(MaxFanNameLength + 10))
                             .arg(MaxFanNameLength),
                         QStringLiteral("name"));
    }

    Result<Fan> fan = findOrCreateFan(name, at);
    if (!fan)
        return fan.error();
    return openSession(Principal{Principal::Kind::Fan, fan->id, fan->name}, at);
}

} // namespace mesi::sandbox
