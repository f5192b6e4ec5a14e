#include "paging.h"

#include "contract/wire.h"

#include <QByteArray>

namespace mesi::sandbox {

Result<int> parseLimit(const QUrlQuery &query)
{
    const QString name = QStringLiteral("limit");
    if (!query.hasQueryItem(name))
        return contract::DefaultPageSize;

    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (!ok || limit < 1 || limit > contract::MaxPageSize) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("invalid limit '%1': use a whole number from 1 to %2")
                             .arg(text)
                             .arg(contract::MaxPageSize),
                         name);
    }
    return limit;
}

QString encodeCursor(const QString &scope, qint64 row)
{
    const QByteArray plain = QStringLiteral("%1:%2").arg(scope).arg(row).toUtf8();
    return QString::fromLatin1(
        plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<qint64> parseCursor(const QUrlQuery &query, const QString &scope)
{
    const QString name = QStringLiteral("cursor");
    if (!query.hasQueryItem(name))
        return qint64(0);

    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    const Error invalid = makeError(ErrorCode::InvalidArgument,
                                    QStringLiteral("invalid cursor '%1': pass the nextCursor of "
                                                   "the previous page unchanged, or no cursor for "
                                                   "the first page")
                                        .arg(text.left(80)),
                                    name);

    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                             | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid;

    const QString plain = QString::fromUtf8(*decoded);
    const QString prefix = scope + QLatin1Char(':');
    if (!plain.startsWith(prefix))
        return invalid;

    bool ok = false;
    const qint64 row = plain.mid(prefix.size()).toLongLong(&ok);
    if (!ok || row <= 0)
        return invalid;
    return row;
}

} // namespace mesi::sandbox
