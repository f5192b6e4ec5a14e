#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mesi::ical {

/// Maximum octets of one content line before folding, without the CRLF (RFC 5545, 3.1).
inline constexpr int MaxLineOctets = 75;
/**
 * Maximum unfolded lines of a file that readContentLines() accepts. Exported calendars average
 * well over 20 octets a line, so a 10 MB file stays below it, and the memory stays bounded.
 */
inline constexpr qsizetype MaxContentLines = 500000;

/// Escapes text for a TEXT value: backslash, semicolon, comma and newlines (RFC 5545, 3.3.11).
QString escapeText(const QString &text);

/// Reverses escapeText; an unknown escape such as "\x" keeps the character after the backslash.
QString unescapeText(const QString &value);

/**
 * Encodes one content line as UTF-8 and folds it into lines of at most MaxLineOctets octets,
 * each ended by CRLF. A fold never falls inside a UTF-8 sequence.
 */
QByteArray foldLine(const QString &line);

/// One parameter of a property, such as TZID=Europe/Berlin; values are unquoted.
struct Parameter
{
    QString name; ///< Upper case.
    QStringList values;
};

/// One unfolded content line: NAME;PARAM=VALUE:value.
struct ContentLine
{
    int line = 0;  ///< 1-based number of the first physical line.
    QString name;  ///< Upper case.
    QList<Parameter> parameters;
    QString value; ///< Raw, still escaped.

    /// The first value of the named parameter, or an empty string.
    QString parameter(const QString &parameterName) const;
    bool hasParameter(const QString &parameterName) const;
};

/**
 * Splits data into unfolded content lines. Lines end in CRLF or LF, a line that starts with a
 * space or tab continues the one before it, and blank lines are skipped. Unfolding happens on
 * bytes before UTF-8 decoding, so a fold inside a UTF-8 sequence still decodes. Fails on
 * invalid UTF-8, a continuation line at the start, a line without a colon and more than
 * MaxContentLines lines.
 */
Result<QList<ContentLine>> readContentLines(const QByteArray &data);

/// Parses one unfolded line; line is its 1-based number for the error.
Result<ContentLine> parseContentLine(const QString &text, int line);

} // namespace mesi::ical
