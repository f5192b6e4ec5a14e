#include "icstext.h"

#include "icserror.h"

#include <QStringDecoder>

namespace mesi::ical {

namespace {

/// Maximum parameter values on one line. Real properties carry a few, and a cap keeps damaged lines cheap.
constexpr qsizetype MaxParameterValues = 100;

bool isNameCharacter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
           || c == u'-';
}

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

/// Reads a NAME token from position; returns it in upper case and moves position past it.
QString readName(const QString &text, qsizetype &position)
{
    const qsizetype begin = position;
    while (position < text.size() && isNameCharacter(text.at(position)))
        ++position;
    return text.mid(begin, position - begin).toUpper();
}

} // namespace

QString escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped.append(u'\\');
            escaped.append(c);
        } else if (c == u'\r') {
            // A CRLF pair becomes one \n; a lone CR is a line break too.
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                escaped.append(QStringLiteral("\\n"));
        } else if (c == u'\n') {
            escaped.append(QStringLiteral("\\n"));
        } else if (c.unicode() < 0x20 && c != u'\t') {
            continue; // TEXT admits no control characters other than tab.
        } else {
            escaped.append(c);
        }
    }
    return escaped;
}

QString unescapeText(const QString &value)
{
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 >= value.size()) {
            text.append(c);
            continue;
        }
        const QChar next = value.at(++i);
        text.append(next == u'n' || next == u'N' ? QChar(u'\n') : next);
    }
    return text;
}

QByteArray foldLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray folded;
    folded.reserve(utf8.size() + utf8.size() / 60 * 3 + 2);
    qsizetype position = 0;
    int room = MaxLineOctets;
    while (utf8.size() - position > room) {
        qsizetype cut = position + room;
        // Back off to the first byte of the sequence that would be split.
        while (cut > position && isUtf8Continuation(utf8.at(cut)))
            --cut;
        folded.append(utf8.constData() + position, cut - position);
        folded.append("\r\n ");
        position = cut;
        room = MaxLineOctets - 1; // The leading space counts towards the 75 octets.
    }
    folded.append(utf8.constData() + position, utf8.size() - position);
    folded.append("\r\n");
    return folded;
}

QString ContentLine::parameter(const QString &parameterName) const
{
    for (const Parameter &candidate : parameters) {
        if (candidate.name == parameterName)
            return candidate.values.value(0);
    }
    return {};
}

bool ContentLine::hasParameter(const QString &parameterName) const
{
    for (const Parameter &candidate : parameters) {
        if (candidate.name == parameterName)
            return true;
    }
    return false;
}

Result<QList<ContentLine>> readContentLines(const QByteArray &data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);

    // Each entry is an unfolded line in bytes and the number of its first physical line.
    QList<std::pair<QByteArray, int>> logical;
    int lineNumber = 0;
    qsizetype position = 0;
    while (position < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', position);
        if (end < 0)
            end = bytes.size();
        QByteArray physical = bytes.mid(position, end - position);
        position = end + 1;
        ++lineNumber;
        if (physical.endsWith('\r'))
            physical.chop(1);

        if (physical.startsWith(' ') || physical.startsWith('\t')) {
            if (logical.isEmpty()) {
                return lineError(lineNumber, QStringLiteral("the file starts with a continuation "
                                                            "line (a line beginning with a space); "
                                                            "check that it is an iCalendar file"));
            }
            logical.last().first.append(physical.constData() + 1, physical.size() - 1);
            continue;
        }
        if (physical.trimmed().isEmpty())
            continue;
        if (logical.size() >= MaxContentLines) {
            return lineError(lineNumber, QStringLiteral("the file has more than %1 lines, which is "
                                                        "too large; export a shorter range of the "
                                                        "calendar")
                                             .arg(MaxContentLines));
        }
        logical.append({physical, lineNumber});
    }

    QList<ContentLine> lines;
    lines.reserve(logical.size());
    for (const auto &[raw, number] : logical) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(raw);
        if (decoder.hasError()) {
            return lineError(number, QStringLiteral("the line is not valid UTF-8 text; save the "
                                                    "calendar again as UTF-8"));
        }
        Result<ContentLine> line = parseContentLine(text, number);
        if (!line)
            return line.error();
        lines.append(std::move(line).value());
    }
    return lines;
}

Result<ContentLine> parseContentLine(const QString &text, int line)
{
    ContentLine parsed;
    parsed.line = line;
    qsizetype position = 0;
    parsed.name = readName(text, position);
    if (parsed.name.isEmpty()) {
        return lineError(line, QStringLiteral("the line '%1' does not start with a property "
                                              "name; check the file for damaged lines")
                                   .arg(text.left(60)));
    }

    qsizetype valueCount = 0;
    while (position < text.size() && text.at(position) == u';') {
        ++position;
        Parameter parameter;
        parameter.name = readName(text, position);
        if (parameter.name.isEmpty() || position >= text.size() || text.at(position) != u'=') {
            return lineError(line, QStringLiteral("a parameter of %1 has no NAME=value form; "
                                                  "check the file for damaged lines")
                                       .arg(parsed.name));
        }
        ++position;
        while (true) {
            QString value;
            if (position < text.size() && text.at(position) == u'"') {
                const qsizetype close = text.indexOf(u'"', position + 1);
                if (close < 0) {
                    return lineError(line, QStringLiteral("parameter %1 of %2 has a quoted value "
                                                          "without a closing quote")
                                               .arg(parameter.name, parsed.name));
                }
                value = text.mid(position + 1, close - position - 1);
                position = close + 1;
            } else {
                const qsizetype begin = position;
                while (position < text.size() && text.at(position) != u';'
                       && text.at(position) != u':' && text.at(position) != u',')
                    ++position;
                value = text.mid(begin, position - begin);
            }
            parameter.values.append(value);
            if (++valueCount > MaxParameterValues) {
                return lineError(line, QStringLiteral("property %1 has more than %2 parameter "
                                                      "values; check the file for damaged lines")
                                           .arg(parsed.name)
                                           .arg(MaxParameterValues));
            }
            if (position < text.size() && text.at(position) == u',') {
                ++position;
                continue;
            }
            break;
        }
        parsed.parameters.append(parameter);
    }

    if (position >= text.size() || text.at(position) != u':') {
        return lineError(line, QStringLiteral("property %1 has no colon before its value; a "
                                              "line must read NAME:value")
                                   .arg(parsed.name));
    }
    parsed.value = text.mid(position + 1);
    return parsed;
}

} // namespace mesi::ical
