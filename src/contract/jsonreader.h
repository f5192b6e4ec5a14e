#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace mesi::contract {

/**
 * Reads typed fields from a JSON object received over the wire.
 *
 * The first missing or mistyped field is remembered with its name and what was found,
 * and later reads return defaults, so a reader can take every field and check error()
 * once at the end.
 */
class JsonReader
{
public:
    /// subject names the object in messages, for example "bid 'b12'".
    JsonReader(const QJsonObject &object, QString subject);

    QString string(const QString &field);
    QString optionalString(const QString &field);
    qint64 integer(const QString &field);
    bool boolean(const QString &field);
    QDateTime timestamp(const QString &field);
    QJsonObject object(const QString &field);
    /// An object that may be missing or null; both read as an empty object.
    QJsonObject optionalObject(const QString &field);
    /// A timestamp that may be missing or null; both read as an invalid QDateTime.
    QDateTime optionalTimestamp(const QString &field);
    QJsonArray array(const QString &field);

    /// Fails when value, read from field, has more than maxLength UTF-16 code units.
    void checkLength(const QString &field, const QString &value, qsizetype maxLength);

    /// Records a failure found by the caller, such as an unknown enum value.
    void fail(const Error &error);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    QJsonValue take(const QString &field, QJsonValue::Type expected, bool required);
    void failType(const QString &field, const char *expected, const QJsonValue &found);

    QJsonObject m_object;
    QString m_subject;
    std::optional<Error> m_error;
};

/// Formats a UTC timestamp as ISO 8601 with milliseconds, the form used on the wire.
QString formatTimestamp(const QDateTime &time);
/// Parses an ISO 8601 timestamp with an explicit offset or 'Z'; returns an invalid QDateTime otherwise.
QDateTime parseTimestamp(const QString &text);

/// Names a JSON value's type for error messages: "a number", "null", ...
QString describeJsonType(const QJsonValue &value);

} // namespace mesi::contract
