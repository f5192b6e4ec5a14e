#include "database.h"

#include "core/logging.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

namespace mesi::store {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("mesi-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's primary result codes for a full disk (SQLITE_FULL) and a failed write
// (SQLITE_IOERR), which a file-size limit or a failing disk produce.
constexpr int SqliteIoError = 10;
constexpr int SqliteFull = 13;

Error storageError(const QString &what, const QSqlError &error, const QString &path)
{
    const int primaryCode = error.nativeErrorCode().toInt() & 0xff;
    if (primaryCode == SqliteFull || primaryCode == SqliteIoError) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("%1 failed: could not write to '%2' (%3); the disk is "
                                        "probably full, so free some disk space")
                             .arg(what, path, error.databaseText().trimmed()));
    }
    return makeError(ErrorCode::Storage,
                     QStringLiteral("%1 failed: %2").arg(what, error.text().trimmed()));
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path,
                                                 const QList<Migration> &migrations)
{
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        database->m_connectionName);
    connection.setDatabaseName(path);
    if (!connection.open()) {
        return storageError(QStringLiteral("opening database '%1'").arg(path),
                            connection.lastError(), path);
    }

    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000", "PRAGMA synchronous=NORMAL"}) {
        if (Result<void> done = database->execute(QString::fromLatin1(pragma)); !done)
            return done.error();
    }

    if (Result<void> migrated = database->migrate(migrations); !migrated)
        return migrated.error();
    return database;
}

Result<void> Database::execute(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        return storageError(QStringLiteral("statement '%1'").arg(sql), query.lastError(), m_path);
    return {};
}

int Database::schemaVersion()
{
    Result<QSqlQuery *> query = run(QStringLiteral("PRAGMA user_version"));
    if (!query || !query.value()->next())
        return -1;
    const int version = query.value()->value(0).toInt();
    // An active statement would make SQLite reject DROP TABLE in a migration ("database
    // table is locked"), so the cached query is reset at once.
    query.value()->finish();
    return version;
}

Result<void> Database::migrate(const QList<Migration> &migrations)
{
    const int current = schemaVersion();
    if (current < 0)
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot read the schema version of '%1'").arg(m_path));

    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current > latest) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("database '%1' has schema version %2, newer than %3 that "
                                        "this program knows; use a newer program or another file")
                             .arg(m_path)
                             .arg(current)
                             .arg(latest));
    }

    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        Result<void> step = transaction([&]() -> Result<void> {
            for (const QString &statement : migration.statements) {
                if (Result<void> done = execute(statement); !done)
                    return done;
            }
            // PRAGMA takes no bound values; the version is an int from our own table.
            return execute(QStringLiteral("PRAGMA user_version=%1").arg(migration.version));
        });
        if (!step)
            return step.error();
        qCInfo(lcStore) << "migrated" << QFileInfo(m_path).fileName() << "to schema version"
                        << migration.version;
    }
    return {};
}

Result<QSqlQuery *> Database::run(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        // Rows are read once, front to back; a scrollable query would copy every row it returns.
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return storageError(QStringLiteral("preparing '%1'").arg(sql), query->lastError(), m_path);
        it = m_statements.emplace(sql, std::move(query)).first;
    }

    QSqlQuery *query = it->second.get();
    query->finish();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec())
        return storageError(QStringLiteral("running '%1'").arg(sql), query->lastError(), m_path);
    return query;
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    if (Result<void> begun = execute(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;

    Result<void> outcome = work();
    if (outcome)
        outcome = execute(QStringLiteral("COMMIT"));
    // A failed COMMIT leaves the transaction open until rolled back, while a failed write
    // inside it can make SQLite roll back on its own, so ROLLBACK may find nothing to undo.
    if (!outcome) {
        Result<void> rolledBack = execute(QStringLiteral("ROLLBACK"));
        if (!rolledBack && !rolledBack.error().message.contains(QLatin1String("no transaction is active")))
            qCWarning(lcStore) << "rollback failed on" << m_path << rolledBack.error().message;
    }
    return outcome;
}

} // namespace mesi::store
