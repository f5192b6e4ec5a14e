#pragma once

#include "fancommand.h"

class QCommandLineParser;

namespace mesi::fancli {

/**
 * Converts the option values of command.kind into command: the sign-in extras, the bid,
 * the meeting terms, the pass file, the cancel reason or the clock step. The caller has
 * already checked that the required options are set and that no other command's option is.
 * positional contains the command name and, for scan, the file.
 */
Result<void> fillCommandValues(const QCommandLineParser &parser, const QStringList &positional,
                               FanCommand &command);

} // namespace mesi::fancli
