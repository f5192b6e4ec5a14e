// The busy-block part of LocalCache: busy times imported from the creator's other calendars.

#include "localcache.h"

#include <QSet>

namespace mesi::store {

Result<void> LocalCache::replaceBusyBlocks(const QString &source, const BusyBlocks &blocks)
{
    if (source.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("busy blocks need the name of their calendar; give the "
                                        "import a source name such as the file name"),
                         QStringLiteral("source"));
    }
    QSet<QString> uids;
    for (const BusyBlock &block : blocks) {
        QString problem;
        if (!block.source.isEmpty() && block.source != source)
            problem = QStringLiteral("belongs to calendar '%1', not '%2'").arg(block.source, source);
        else if (block.uid.isEmpty())
            problem = QStringLiteral("has no UID");
        else if (uids.contains(block.uid))
            problem = QStringLiteral("has a UID that another block of the calendar uses");
        else if (!block.start.isValid() || !block.end.isValid() || block.end <= block.start)
            problem = QStringLiteral("does not end after its start");
        if (!problem.isEmpty()) {
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("busy block '%1' of '%2' %3; nothing of the calendar "
                                            "was stored, so import it again after fixing it")
                                 .arg(block.uid.left(80), source, problem),
                             QStringLiteral("uid"));
        }
        uids.insert(block.uid);
    }

    return m_database->transaction([&]() -> Result<void> {
        Result<QSqlQuery *> removed =
            m_database->run(QStringLiteral("DELETE FROM busy_blocks WHERE source = ?"), {source});
        if (!removed)
            return removed.error();
        for (const BusyBlock &block : blocks) {
            Result<QSqlQuery *> inserted = m_database->run(
                QStringLiteral("INSERT INTO busy_blocks (source, uid, summary, start_at, end_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {source, block.uid, notNull(block.summary), block.start.toMSecsSinceEpoch(),
                 block.end.toMSecsSinceEpoch()});
            if (!inserted)
                return inserted.error();
        }
        return {};
    });
}

Result<BusyBlocks> LocalCache::busyBlocks(const QDateTime &from, const QDateTime &to)
{
    Result<QSqlQuery *> query = m_database->run(
        QStringLiteral("SELECT source, uid, summary, start_at, end_at FROM busy_blocks "
                       "WHERE start_at < ? AND end_at > ? ORDER BY start_at, source, uid"),
        {to.toMSecsSinceEpoch(), from.toMSecsSinceEpoch()});
    if (!query)
        return query.error();

    BusyBlocks blocks;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        BusyBlock block;
        block.source = row.value(0).toString();
        block.uid = row.value(1).toString();
        block.summary = row.value(2).toString();
        block.start = QDateTime::fromMSecsSinceEpoch(row.value(3).toLongLong(), Qt::UTC);
        block.end = QDateTime::fromMSecsSinceEpoch(row.value(4).toLongLong(), Qt::UTC);
        blocks.append(block);
    }
    row.finish();
    return blocks;
}

Result<QStringList> LocalCache::busySources()
{
    Result<QSqlQuery *> query = m_database->run(
        QStringLiteral("SELECT DISTINCT source FROM busy_blocks ORDER BY source"));
    if (!query)
        return query.error();
    QStringList sources;
    QSqlQuery &row = *query.value();
    while (row.next())
        sources.append(row.value(0).toString());
    row.finish();
    return sources;
}

Result<int> LocalCache::removeBusySource(const QString &source)
{
    Result<QSqlQuery *> removed =
        m_database->run(QStringLiteral("DELETE FROM busy_blocks WHERE source = ?"), {source});
    if (!removed)
        return removed.error();
    return removed.value()->numRowsAffected();
}

} // namespace mesi::store
