#pragma once

#include "core/result.h"

#include <optional>

namespace mesi::ical {

/**
 * Makes the error of an .ics file. Error::field carries the 1-based line number at fault as
 * decimal text, or is empty when the whole file is at fault (such as a file that is too
 * large). The message is the reason and what to do, without the line.
 */
inline Error lineError(int line, const QString &reason)
{
    return makeError(ErrorCode::InvalidArgument, reason,
                     line > 0 ? QString::number(line) : QString());
}

/// The line number that lineError() stored in error, or nullopt for a file-wide error.
inline std::optional<int> errorLine(const Error &error)
{
    bool ok = false;
    const int line = error.field.toInt(&ok);
    if (!ok || line <= 0)
        return std::nullopt;
    return line;
}

} // namespace mesi::ical
