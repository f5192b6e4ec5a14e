#include "fancommand.h"

#include "commandspecs.h"
#include "commandvalues.h"

#include <QCommandLineParser>

#include <algorithm>

namespace mesi::fancli {

namespace {

Error usageError(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument,
                     message + QStringLiteral("; run 'mesi-fan --help' for usage"));
}

/// Finds the command that positional names and checks its FILE argument.
Result<const CommandSpec *> findCommand(const QStringList &positional)
{
    const QString commandList = commandNames().join(QStringLiteral(", "));
    if (positional.isEmpty())
        return usageError(QStringLiteral("expected a command, one of %1, got none").arg(commandList));

    const QString verb = positional.constFirst();
    const auto spec = std::find_if(commandSpecs().cbegin(), commandSpecs().cend(),
                                   [&verb](const CommandSpec &candidate) { return candidate.name == verb; });
    if (spec == commandSpecs().cend())
        return usageError(QStringLiteral("unknown command '%1'; use one of %2").arg(verb, commandList));
    if (spec->takesFile && positional.size() < 2) {
        return usageError(QStringLiteral("the %1 command needs the image file of the pass, such as "
                                         "'mesi-fan scan pass.png'")
                              .arg(verb));
    }
    const qsizetype expectedArguments = spec->takesFile ? 2 : 1;
    if (positional.size() > expectedArguments) {
        return usageError(QStringLiteral("unexpected argument '%1' after the %2 command; quote "
                                         "values that contain spaces")
                              .arg(positional.at(expectedArguments), verb));
    }
    return &*spec;
}

/// Rejects options of other commands, which would otherwise be silently unused, and checks the key.
Result<void> checkOptionsApply(const QCommandLineParser &parser, const CommandSpec &spec)
{
    for (const CommandSpec &other : commandSpecs()) {
        for (const QString &name : other.required + other.optional) {
            if (parser.isSet(name) && !spec.required.contains(name) && !spec.optional.contains(name)) {
                return usageError(QStringLiteral("--%1 does not apply to the %2 command, so leave it out")
                                      .arg(name, spec.name));
            }
        }
    }

    const QString keyOption = QStringLiteral("idempotency-key");
    if (!parser.isSet(keyOption))
        return {};
    if (!spec.changesState) {
        return usageError(QStringLiteral("--idempotency-key does not apply to the %1 command, "
                                         "which changes nothing")
                              .arg(spec.name));
    }
    if (parser.value(keyOption).isEmpty())
        return usageError(QStringLiteral("--idempotency-key is empty; give a key or leave the option out"));
    return {};
}

/// Checks --fan and the options sent at sign-in. Only the clock command may run without a fan.
Result<void> checkSignIn(const QCommandLineParser &parser, const CommandSpec &spec)
{
    const QString fanOption = QStringLiteral("fan");
    const bool fanOptional = spec.kind == FanCommand::Kind::AdvanceClock && !parser.isSet(fanOption);
    if (parser.value(fanOption).trimmed().isEmpty() && !fanOptional) {
        return usageError(parser.isSet(fanOption) ? QStringLiteral("--fan is empty; give the fan's display name")
                                                  : QStringLiteral("missing --fan NAME"));
    }
    for (const QString &name : {QStringLiteral("tier"), QStringLiteral("legal-name"), QStringLiteral("country")}) {
        if (!parser.isSet(name))
            continue;
        if (fanOptional)
            return usageError(QStringLiteral("--%1 needs --fan NAME, since it is sent at sign-in").arg(name));
        if (parser.value(name).trimmed().isEmpty())
            return usageError(QStringLiteral("--%1 is empty; give a value or leave the option out").arg(name));
    }
    return {};
}

} // namespace

Result<ParsedFanCommandLine> parseFanCommandLine(const QStringList &arguments,
                                                 const QString &environmentApiUrl)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(applicationDescription());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), commandNames().join(QStringLiteral(", ")),
                                 QStringLiteral("command [FILE]"));

    ParsedFanCommandLine parsed;
    if (!parser.parse(arguments)) {
        QString message = parser.errorText();
        if (message.endsWith(QLatin1Char('.')))
            message.chop(1);
        return usageError(message);
    }
    if (parser.isSet(helpOption)) {
        parsed.outcome = ParseOutcome::ShowHelp;
        parsed.helpText = parser.helpText();
        return parsed;
    }
    if (parser.isSet(versionOption)) {
        parsed.outcome = ParseOutcome::ShowVersion;
        return parsed;
    }

    const QStringList positional = parser.positionalArguments();
    Result<const CommandSpec *> spec = findCommand(positional);
    if (!spec)
        return spec.error();
    FanCommand &command = parsed.command;
    command.kind = spec.value()->kind;

    const QString apiText = parser.isSet(QStringLiteral("api")) ? parser.value(QStringLiteral("api"))
                                                                : environmentApiUrl;
    if (apiText.isEmpty())
        return usageError(QStringLiteral("missing --api URL (or the MESI_API_URL variable)"));
    Result<QUrl> url = api::validateBaseUrl(apiText);
    if (!url)
        return url.error();
    command.apiUrl = url.value();

    if (Result<void> applies = checkOptionsApply(parser, *spec.value()); !applies)
        return applies.error();
    if (Result<void> signIn = checkSignIn(parser, *spec.value()); !signIn)
        return signIn.error();
    for (const QString &name : spec.value()->required) {
        if (parser.value(name).trimmed().isEmpty()) {
            return usageError(QStringLiteral("the %1 command needs a non-empty --%2")
                                  .arg(spec.value()->name, name));
        }
    }

    command.idempotencyKey = parser.value(QStringLiteral("idempotency-key"));
    command.signIn.name = parser.value(QStringLiteral("fan")).trimmed();
    if (Result<void> filled = fillCommandValues(parser, positional, command); !filled)
        return filled.error();
    return parsed;
}

} // namespace mesi::fancli
