#include "jsonreader.h"

#include <algorithm>
#include <iterator>

namespace mesi::contract {

JsonReader::JsonReader(const QJsonObject &object, QString subject)
    : m_object(object), m_subject(std::move(subject))
{
}

QString describeJsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return QStringLiteral("an unknown value");
}

void JsonReader::fail(const Error &error)
{
    if (!m_error)
        m_error = makeError(error.code, QStringLiteral("%1: %2").arg(m_subject, error.message),
                            error.field);
}

void JsonReader::checkLength(const QString &field, const QString &value, qsizetype maxLength)
{
    if (value.size() <= maxLength)
        return;
    fail(makeError(ErrorCode::Protocol,
                   QStringLiteral("field '%1' has %2 characters, more than the %3 the API allows")
                       .arg(field)
                       .arg(value.size())
                       .arg(maxLength),
                   field));
}

void JsonReader::failType(const QString &field, const char *expected, const QJsonValue &found)
{
    fail(makeError(ErrorCode::Protocol,
                   QStringLiteral("field '%1' must be %2, got %3")
                       .arg(field, QLatin1String(expected), describeJsonType(found)),
                   field));
}

QJsonValue JsonReader::take(const QString &field, QJsonValue::Type expected, bool required)
{
    if (m_error)
        return {};

    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            fail(makeError(ErrorCode::Protocol,
                           QStringLiteral("required field '%1' is missing").arg(field), field));
        }
        return {};
    }
    if (value.type() != expected) {
        const char *name = "a value of another type";
        switch (expected) {
        case QJsonValue::String:
            name = "a string";
            break;
        case QJsonValue::Double:
            name = "a number";
            break;
        case QJsonValue::Bool:
            name = "a boolean";
            break;
        case QJsonValue::Object:
            name = "an object";
            break;
        case QJsonValue::Array:
            name = "an array";
            break;
        default:
            break;
        }
        failType(field, name, value);
        return {};
    }
    return value;
}

QString JsonReader::string(const QString &field)
{
    return take(field, QJsonValue::String, true).toString();
}

QString JsonReader::optionalString(const QString &field)
{
    return take(field, QJsonValue::String, false).toString();
}

qint64 JsonReader::integer(const QString &field)
{
    const QJsonValue value = take(field, QJsonValue::Double, true);
    if (!value.isDouble())
        return 0;

    // JSON numbers are doubles, so only integers that a double represents exactly are accepted.
    // The range is checked first because converting a double outside qint64 is undefined.
    const double number = value.toDouble();
    constexpr double MaxExactInteger = 9007199254740992.0; // 2^53
    if (number > MaxExactInteger || number < -MaxExactInteger
        || number != static_cast<double>(static_cast<qint64>(number))) {
        fail(makeError(ErrorCode::Protocol,
                       QStringLiteral("field '%1' must be a whole number, got %2")
                           .arg(field)
                           .arg(number),
                       field));
        return 0;
    }
    return static_cast<qint64>(number);
}

bool JsonReader::boolean(const QString &field)
{
    return take(field, QJsonValue::Bool, true).toBool();
}

QDateTime JsonReader::timestamp(const QString &field)
{
    const QString text = take(field, QJsonValue::String, true).toString();
    if (!ok())
        return {};

    const QDateTime time = parseTimestamp(text);
    if (!time.isValid()) {
        fail(makeError(ErrorCode::Protocol,
                       QStringLiteral("field '%1' must be an ISO 8601 time with a zone, got '%2'")
                           .arg(field, text),
                       field));
    }
    return time;
}

QJsonObject JsonReader::object(const QString &field)
{
    return take(field, QJsonValue::Object, true).toObject();
}

QJsonObject JsonReader::optionalObject(const QString &field)
{
    return take(field, QJsonValue::Object, false).toObject();
}

QDateTime JsonReader::optionalTimestamp(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    return timestamp(field);
}

QJsonArray JsonReader::array(const QString &field)
{
    return take(field, QJsonValue::Array, true).toArray();
}

QString formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

/// Reads count ASCII digits at position; -1 if any is not a digit.
int digitsAt(const QString &text, qsizetype position, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(position + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/**
 * The form every timestamp of the API and the caches uses, "2026-03-01T10:00:00.000Z" or
 * without the milliseconds, read without Qt's general ISO parser, which dominated loading a
 * large cache. Returns an invalid QDateTime for any other form.
 */
QDateTime parseCanonicalUtc(const QString &text)
{
    const qsizetype size = text.size();
    if ((size != 20 && size != 24) || text.at(4) != u'-' || text.at(7) != u'-'
        || text.at(10) != u'T' || text.at(13) != u':' || text.at(16) != u':'
        || text.at(size - 1) != u'Z' || (size == 24 && text.at(19) != u'.')) {
        return {};
    }
    const int parts[] = {digitsAt(text, 0, 4),  digitsAt(text, 5, 2),  digitsAt(text, 8, 2),
                         digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2),
                         size == 24 ? digitsAt(text, 20, 3) : 0};
    if (std::any_of(std::begin(parts), std::end(parts), [](int part) { return part < 0; }))
        return {};
    const QDate date(parts[0], parts[1], parts[2]);
    const QTime time(parts[3], parts[4], parts[5], parts[6]);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime parseTimestamp(const QString &text)
{
    if (QDateTime canonical = parseCanonicalUtc(text); canonical.isValid())
        return canonical;

    // Without 'Z' or an offset Qt would read local time, which means different instants on
    // different machines, so such text is rejected.
    const bool hasZone = text.endsWith(QLatin1Char('Z'))
                         || (text.size() > 6
                             && (text.at(text.size() - 6) == QLatin1Char('+')
                                 || text.at(text.size() - 6) == QLatin1Char('-')));
    if (!hasZone)
        return {};

    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace mesi::contract
