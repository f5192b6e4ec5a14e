#pragma once

#include "store/database.h"

namespace mesi::sandbox {

/// File name of the sandbox database inside the data folder.
inline QString databaseFileName() { return QStringLiteral("sandbox.sqlite"); }

/// Binds text to a NOT NULL column: QtSql binds a null QString as SQL NULL, this binds ''.
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

/// Schema steps of sandbox.sqlite, oldest first; Database::open runs the missing ones.
QList<store::Migration> sandboxMigrations();

} // namespace mesi::sandbox
