#pragma once

#include "fancommand.h"

#include <QList>
#include <QStringList>

class QCommandLineParser;

// The commands and options of mesi-fan: what each command takes and how --help describes it.
namespace mesi::fancli {

/// The options and arguments of one mesi-fan command, and its line of help.
struct CommandSpec
{
    QString name;
    FanCommand::Kind kind;
    QStringList required; ///< Options that must be given with a non-empty value.
    QStringList optional;
    QString synopsis;
    QString summary;
    bool changesState = true; ///< Only commands that change state send an Idempotency-Key.
    bool takesFile = false;   ///< A FILE argument follows the command name.
};

/// Every command, in the order --help lists them.
const QList<CommandSpec> &commandSpecs();
QStringList commandNames();
/// The text above the option list in --help: what mesi-fan does and every command's usage.
QString applicationDescription();
/// Declares every option on parser, in the order --help lists them.
void addOptions(QCommandLineParser &parser);

} // namespace mesi::fancli
