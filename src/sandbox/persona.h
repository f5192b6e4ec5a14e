#pragma once

#include <QString>

namespace mesi::sandbox {

/// Suffix of the persona's sender name, which marks the replies as the sandbox's, not the real engine's.
QString standInLabel();

/**
 * A scripted reply of the sandbox's stand-in for an AI persona. The real persona engine
 * runs on Mesi's servers; this one picks a line by keywords and by turn number, so
 * tests and demos get a deterministic conversation.
 */
QString standInReply(const QString &personaName, const QString &fanName, const QString &fanText,
                     int turn);

} // namespace mesi::sandbox
