#include "displaytext.h"

namespace mesi {

namespace {

constexpr char16_t FirstStrongIsolate = u'\u2068';
constexpr char16_t PopDirectionalIsolate = u'\u2069';

bool isBidiControl(char32_t code)
{
    return code == 0x061C || code == 0x200E || code == 0x200F || (code >= 0x202A && code <= 0x202E)
           || (code >= 0x2066 && code <= 0x2069);
}

bool isCombiningMark(char32_t code)
{
    switch (QChar::category(code)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

} // namespace

QString displayText(QStringView text)
{
    QString result;
    result.reserve(text.size());
    int markRun = 0;

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        char32_t code = unit.unicode();
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(unit, text.at(i + 1));
            ++i;
        } else if (unit.isSurrogate()) {
            code = QChar::ReplacementCharacter;
        }

        if (isBidiControl(code))
            continue;
        const bool lineBreakOrTab = code == u'\n' || code == u'\t';
        if (QChar::category(code) == QChar::Other_Control && !lineBreakOrTab)
            continue;

        if (isCombiningMark(code)) {
            if (++markRun > MaxCombiningMarks)
                continue;
        } else {
            markRun = 0;
        }
        result.append(QChar::fromUcs4(code));
    }
    return result;
}

QString displayName(QStringView name)
{
    return displayText(name).simplified();
}

QString isolatedName(QStringView name)
{
    return QChar(FirstStrongIsolate) + displayName(name) + QChar(PopDirectionalIsolate);
}

} // namespace mesi
