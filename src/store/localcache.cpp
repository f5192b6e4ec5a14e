#include "localcache.h"

#include "contract/codec.h"
#include "contract/lifecyclecodec.h"

#include "cacheschema.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace mesi::store {

namespace {

const QString EventSeqName = QStringLiteral("event_seq");

// Every SQLite 3 file starts with these 16 bytes, the last one a NUL.
const QByteArray SqliteHeader("SQLite format 3\0", 16);

/// Describes why the file at path cannot be an SQLite database, or returns an empty string.
QString foreignFileReason(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read (%1)").arg(file.errorString());
    if (file.read(SqliteHeader.size()) != SqliteHeader)
        return QStringLiteral("is not an SQLite database");
    return {};
}

/// Creates the folder and an empty file with mode 0600 before SQLite writes any data.
Result<void> prepareFile(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder)) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot create the cache folder '%1'; check that it is "
                                        "writable")
                             .arg(folder));
    }
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return makeError(ErrorCode::Storage,
                             QStringLiteral("cannot create the cache file '%1': %2")
                                 .arg(path, file.errorString()));
        }
    }

    // SQLite gives the -wal and -shm files the mode of the database file.
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QFile::setPermissions(path, ownerOnly)) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("cannot restrict the cache file '%1' to its owner (mode "
                                        "0600); check who owns it")
                             .arg(path));
    }
    return {};
}

/// Renames path and its WAL files to "<path>.broken-<UTC time>" and returns the new path.
Result<QString> moveAside(const QString &path, const QString &reason)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString target = path + QStringLiteral(".broken-") + stamp;
    if (!QFile::rename(path, target)) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("the cache file '%1' %2, and moving it aside to '%3' "
                                        "failed; delete or move it by hand")
                             .arg(path, reason, target));
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix);
    }

    qCWarning(lcStoreCache).noquote() << "moved the cache file" << path << "aside to" << target
                                      << "because it" << reason
                                      << "; the console rebuilds it from the server";
    return target;
}

QDateTime fromMilliseconds(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

Result<Bid> bidFromRow(const QSqlQuery &row)
{
    Bid bid;
    bid.id = row.value(0).toString();
    bid.creatorHandle = row.value(1).toString();
    bid.fanId = row.value(2).toString();
    bid.fanName = row.value(3).toString();
    Result<Money> amount = Money::parse(row.value(4).toString(), row.value(5).toString());
    if (!amount)
        return amount.error();
    bid.amount = amount.value();
    bid.note = row.value(6).toString();
    Result<BidStatus> status = bidStatusFromWire(row.value(7).toString());
    if (!status)
        return status.error();
    bid.status = status.value();
    Result<EscrowState> escrow = escrowStateFromWire(row.value(8).toString());
    if (!escrow)
        return escrow.error();
    bid.escrow = escrow.value();
    bid.rejectReason = row.value(9).toString();
    bid.version = row.value(10).toLongLong();
    bid.createdAt = fromMilliseconds(row.value(11).toLongLong());
    bid.updatedAt = fromMilliseconds(row.value(12).toLongLong());

    Result<QJsonObject> lifecycle = contract::parseObject(row.value(13).toString().toUtf8(),
                                                          QStringLiteral("cached bid lifecycle"));
    if (!lifecycle)
        return lifecycle.error();
    if (Result<void> read = contract::readLifecycle(lifecycle.value(), QStringLiteral("cached bid"), bid);
        !read) {
        return read.error();
    }
    return bid;
}

QString lifecycleText(const Bid &bid)
{
    QJsonObject object;
    contract::writeLifecycle(bid, object);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString LocalCache::pathFor(const QString &folder, const QString &apiAddress, const QString &handle)
{
    // A newline cannot occur in an address or a handle, so no two accounts share a name.
    const QByteArray account = (apiAddress + QLatin1Char('\n') + handle).toUtf8();
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(account, QCryptographicHash::Sha256).toHex().left(32));
    return QDir(folder).filePath(name + QStringLiteral(".sqlite"));
}

LocalCache::LocalCache(std::unique_ptr<Database> database, QString movedAsideTo, QString reason)
    : m_database(std::move(database)),
      m_movedAsideTo(std::move(movedAsideTo)),
      m_movedAsideReason(std::move(reason))
{
}

LocalCache::~LocalCache() = default;

Result<std::unique_ptr<Database>> LocalCache::openChecked(const QString &path)
{
    Result<std::unique_ptr<Database>> database = Database::open(path, cacheMigrations());
    if (!database || path == inMemoryPath())
        return database;

    Result<QSqlQuery *> check = database.value()->run(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return check.error();
    QStringList problems;
    while (check.value()->next())
        problems.append(check.value()->value(0).toString());
    check.value()->finish();
    if (problems != QStringList{QStringLiteral("ok")}) {
        return makeError(ErrorCode::Storage,
                         QStringLiteral("failed PRAGMA integrity_check: %1")
                             .arg(problems.join(QStringLiteral("; "))));
    }
    return database;
}

Result<std::unique_ptr<LocalCache>> LocalCache::open(const QString &path)
{
    if (path == inMemoryPath()) {
        Result<std::unique_ptr<Database>> database = openChecked(path);
        if (!database)
            return database.error();
        return std::unique_ptr<LocalCache>(new LocalCache(std::move(database).value(), {}, {}));
    }

    QString movedTo;
    QString reason = foreignFileReason(path);
    if (!reason.isEmpty()) {
        Result<QString> moved = moveAside(path, reason);
        if (!moved)
            return moved.error();
        movedTo = moved.value();
    }
    if (Result<void> prepared = prepareFile(path); !prepared)
        return prepared.error();

    Result<std::unique_ptr<Database>> database = openChecked(path);
    if (!database && movedTo.isEmpty()) {
        // A damaged or newer file: keep it for inspection and start again from the server.
        reason = QStringLiteral("could not be opened (%1)").arg(database.error().message);
        Result<QString> moved = moveAside(path, reason);
        if (!moved)
            return moved.error();
        movedTo = moved.value();
        if (Result<void> prepared = prepareFile(path); !prepared)
            return prepared.error();
        database = openChecked(path);
    }
    if (!database)
        return database.error();

    qCInfo(lcStoreCache).noquote() << "opened the cache" << path << "at schema version"
                                   << database.value()->schemaVersion();
    return std::unique_ptr<LocalCache>(
        new LocalCache(std::move(database).value(), movedTo, movedTo.isEmpty() ? QString() : reason));
}

Result<QString> LocalCache::integrityCheck()
{
    Result<QSqlQuery *> check = m_database->run(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return check.error();
    QStringList lines;
    while (check.value()->next())
        lines.append(check.value()->value(0).toString());
    check.value()->finish();
    return lines.join(QStringLiteral("; "));
}

Result<QList<Bid>> LocalCache::loadBids()
{
    Result<QSqlQuery *> query = m_database->run(
        QStringLiteral("SELECT id, creator_handle, fan_id, fan_name, amount, asset, note, status, "
                       "escrow, reject_reason, version, created_at, updated_at, lifecycle FROM bids"));
    if (!query)
        return query.error();

    QList<Bid> bids;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        Result<Bid> bid = bidFromRow(row);
        if (!bid) {
            // The next full listing brings the bid back, so one bad row does not block the rest.
            qCWarning(lcStoreCache).noquote() << "skipped cached bid" << row.value(0).toString()
                                              << ":" << bid.error().message;
            continue;
        }
        bids.append(std::move(bid).value());
    }
    row.finish();
    return bids;
}

Result<QList<ChatMessage>> LocalCache::loadMessages(const QString &bidId)
{
    Result<QSqlQuery *> query = m_database->run(
        QStringLiteral("SELECT id, sender, sender_name, text, client_id, sent_at, proposal FROM messages "
                       "WHERE bid_id = ? ORDER BY sent_at, id"),
        {bidId});
    if (!query)
        return query.error();

    QList<ChatMessage> messages;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        ChatMessage message;
        message.id = row.value(0).toString();
        message.bidId = bidId;
        Result<ChatSender> sender = chatSenderFromWire(row.value(1).toString());
        if (!sender) {
            qCWarning(lcStoreCache).noquote() << "skipped cached message" << message.id << ":"
                                              << sender.error().message;
            continue;
        }
        message.sender = sender.value();
        message.senderName = row.value(2).toString();
        message.text = row.value(3).toString();
        message.clientId = row.value(4).toString();
        message.sentAt = fromMilliseconds(row.value(5).toLongLong());
        const QString proposal = row.value(6).toString();
        if (!proposal.isEmpty()) {
            Result<QJsonObject> object = contract::parseObject(proposal.toUtf8(),
                                                               QStringLiteral("cached proposal"));
            Result<MeetingTerms> terms = object ? contract::meetingTermsFromJson(object.value(),
                                                                                 QStringLiteral("cached proposal"))
                                                : Result<MeetingTerms>(object.error());
            if (!terms) {
                qCWarning(lcStoreCache).noquote() << "skipped cached message" << message.id << ":"
                                                  << terms.error().message;
                continue;
            }
            message.proposal = terms.value();
        }
        messages.append(message);
    }
    row.finish();
    return messages;
}

Result<void> LocalCache::storeBid(const Bid &bid, bool onlyIfNewer)
{
    const QString upsert = QStringLiteral(
        "INSERT INTO bids (id, creator_handle, fan_id, fan_name, amount, asset, note, status, "
        "escrow, reject_reason, version, created_at, updated_at, lifecycle) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET creator_handle = excluded.creator_handle, "
        "fan_id = excluded.fan_id, fan_name = excluded.fan_name, amount = excluded.amount, "
        "asset = excluded.asset, note = excluded.note, status = excluded.status, "
        "escrow = excluded.escrow, reject_reason = excluded.reject_reason, "
        "version = excluded.version, created_at = excluded.created_at, "
        "updated_at = excluded.updated_at, lifecycle = excluded.lifecycle");
    const QString guard = onlyIfNewer ? QStringLiteral(" WHERE excluded.version > bids.version")
                                      : QString();
    Result<QSqlQuery *> done = m_database->run(
        upsert + guard,
        {bid.id, notNull(bid.creatorHandle), notNull(bid.fanId), notNull(bid.fanName),
         bid.amount.toDecimalString(), bid.amount.asset().code(), notNull(bid.note),
         toWire(bid.status), toWire(bid.escrow), notNull(bid.rejectReason), bid.version, bid.createdAt.toMSecsSinceEpoch(),
         bid.updatedAt.toMSecsSinceEpoch(), lifecycleText(bid)});
    if (!done)
        return done.error();
    return {};
}

Result<void> LocalCache::storeMessage(const ChatMessage &message)
{
    // A message never changes on the server, so the first stored copy stays.
    Result<QSqlQuery *> done = m_database->run(
        QStringLiteral("INSERT INTO messages (id, bid_id, sender, sender_name, text, client_id, "
                       "sent_at, proposal) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
        {message.id, message.bidId, toWire(message.sender), notNull(message.senderName),
         notNull(message.text), notNull(message.clientId), message.sentAt.toMSecsSinceEpoch(),
         notNull(message.proposal ? QString::fromUtf8(QJsonDocument(contract::toJson(*message.proposal))
                                                          .toJson(QJsonDocument::Compact))
                                  : QString())});
    if (!done)
        return done.error();
    return {};
}

Result<void> LocalCache::storeEventSeq(qint64 eventSeq)
{
    return setStateValue(EventSeqName, QString::number(eventSeq));
}

Result<void> LocalCache::replaceBids(const QList<Bid> &bids, qint64 eventSeq)
{
    return m_database->transaction([&]() -> Result<void> {
        if (Result<QSqlQuery *> cleared = m_database->run(QStringLiteral("DELETE FROM bids"));
            !cleared) {
            return cleared.error();
        }
        for (const Bid &bid : bids) {
            if (Result<void> stored = storeBid(bid, true); !stored)
                return stored;
        }
        return storeEventSeq(eventSeq);
    });
}

Result<void> LocalCache::storeChanges(const QList<Bid> &bids, const QList<ChatMessage> &messages,
                                      std::optional<qint64> eventSeq)
{
    return m_database->transaction([&]() -> Result<void> {
        for (const Bid &bid : bids) {
            if (Result<void> stored = storeBid(bid, true); !stored)
                return stored;
        }
        for (const ChatMessage &message : messages) {
            if (Result<void> stored = storeMessage(message); !stored)
                return stored;
        }
        if (eventSeq)
            return storeEventSeq(*eventSeq);
        return {};
    });
}

Result<std::optional<qint64>> LocalCache::eventSeq()
{
    Result<QString> value = stateValue(EventSeqName);
    if (!value)
        return value.error();
    if (value->isEmpty())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 seq = value->toLongLong(&ok);
    if (!ok || seq < 0) {
        qCWarning(lcStoreCache).noquote() << "ignored an invalid stored event position" << *value
                                          << "; the next sync lists everything";
        return std::optional<qint64>();
    }
    return std::optional<qint64>(seq);
}

Result<QString> LocalCache::stateValue(const QString &name)
{
    Result<QSqlQuery *> query =
        m_database->run(QStringLiteral("SELECT value FROM sync_state WHERE name = ?"), {name});
    if (!query)
        return query.error();
    QString value;
    if (query.value()->next())
        value = query.value()->value(0).toString();
    query.value()->finish();
    return value;
}

Result<void> LocalCache::setStateValue(const QString &name, const QString &value)
{
    Result<QSqlQuery *> done = m_database->run(
        QStringLiteral("INSERT INTO sync_state (name, value) VALUES (?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
        {name, notNull(value)});
    if (!done)
        return done.error();
    return {};
}

} // namespace mesi::store
