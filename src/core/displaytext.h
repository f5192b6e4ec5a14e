#pragma once

#include <QString>
#include <QStringView>

// Text from other people (fan names, notes, chat messages) passes through these before
// display, so that it cannot reorder or hide the text around it.
namespace mesi {

/// Combining marks kept after one base character; longer runs ("Zalgo" text) are cut.
/// Four covers stacked marks in real scripts, such as Vietnamese or vocalised Arabic.
inline constexpr int MaxCombiningMarks = 4;

/**
 * Returns text ready to display: bidirectional formatting characters (U+061C, U+200E,
 * U+200F, U+202A to U+202E, U+2066 to U+2069) removed, other control characters except
 * newline and tab removed, unpaired surrogates replaced with U+FFFD, and runs of more than
 * MaxCombiningMarks combining marks shortened. Letters of every script stay as they are.
 */
QString displayText(QStringView text);

/// Returns displayText() on one line: newlines and tabs become single spaces and the
/// ends are trimmed. For names.
QString displayName(QStringView name);

/**
 * Returns displayName() between FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE
 * (U+2069), for a name placed inside a sentence: a right-to-left name then cannot move the
 * words or numbers next to it.
 */
QString isolatedName(QStringView name);

} // namespace mesi
