#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

namespace mesi::store {

/// One forward step of a schema: the statements that take user_version from version - 1 to version.
struct Migration
{
    int version = 0;
    QStringList statements;
};

/**
 * An SQLite database opened through QtSql, with WAL, foreign keys and ordered migrations.
 *
 * Threading: a Database and the queries it returns belong to the thread that opened it.
 * Every failure of open, prepare or step is returned as an Error that names the statement.
 */
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens or creates the file at path and runs the migrations it has not run yet, each in
     * its own transaction. A file whose user_version is newer than the last migration is
     * rejected rather than guessed at.
     */
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const QList<Migration> &migrations);

    /**
     * Prepares (once per distinct SQL text), binds positional values and runs a statement.
     * The returned query stays owned by the Database and is valid until the same SQL runs again.
     */
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});

    /// Runs work inside BEGIN IMMEDIATE ... COMMIT; an error from work rolls back.
    Result<void> transaction(const std::function<Result<void>()> &work);

    int schemaVersion();
    QString path() const { return m_path; }

private:
    Database(QString path, QString connectionName);
    Result<void> migrate(const QList<Migration> &migrations);
    Result<void> execute(const QString &sql);

    QString m_path;
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace mesi::store
