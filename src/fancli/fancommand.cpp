#include "fancommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mesi::fancli {

namespace {

Error usageError(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument,
                     message + QStringLiteral("; run 'mesi-fan --help' for usage"));
}

} // namespace

Result<ParsedFanCommandLine> parseFanCommandLine(const QStringList &arguments,
                                                 const QString &environmentApiUrl)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A simulated fan for the Mesi API: places bids on creators and writes in bid chats.\n\n"
        "Commands:\n"
        "  bid   --creator HANDLE --amount AMOUNT --asset CODE [--note TEXT]\n"
        "        places a bid and prints its id\n"
        "  chat  --bid ID --text TEXT\n"
        "        sends a chat message on an accepted bid and prints the message id"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption apiOption(
        QStringLiteral("api"),
        QStringLiteral("API base address, for example http://127.0.0.1:8787 (default: MESI_API_URL)."),
        QStringLiteral("url"));
    const QCommandLineOption fanOption(
        QStringLiteral("fan"), QStringLiteral("Fan display name; the sandbox creates the fan on first use."),
        QStringLiteral("name"));
    const QCommandLineOption keyOption(
        QStringLiteral("idempotency-key"),
        QStringLiteral("Idempotency-Key to send; repeat a call with the same key to retry it safely."),
        QStringLiteral("key"));
    const QCommandLineOption creatorOption(QStringLiteral("creator"),
                                           QStringLiteral("bid: handle of the creator."),
                                           QStringLiteral("handle"));
    const QCommandLineOption amountOption(
        QStringLiteral("amount"), QStringLiteral("bid: amount in the asset's units, such as 120.00."),
        QStringLiteral("amount"));
    const QCommandLineOption assetOption(QStringLiteral("asset"),
                                         QStringLiteral("bid: asset code: USD, EUR, USDC or MESI."),
                                         QStringLiteral("code"));
    const QCommandLineOption noteOption(QStringLiteral("note"),
                                        QStringLiteral("bid: message to the creator."),
                                        QStringLiteral("text"));
    const QCommandLineOption bidOption(QStringLiteral("bid"), QStringLiteral("chat: id of the bid."),
                                       QStringLiteral("id"));
    const QCommandLineOption textOption(QStringLiteral("text"),
                                        QStringLiteral("chat: the message to send."),
                                        QStringLiteral("text"));
    parser.addOptions({apiOption, fanOption, keyOption, creatorOption, amountOption, assetOption,
                       noteOption, bidOption, textOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("bid or chat"));

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
    if (positional.size() != 1)
        return usageError(QStringLiteral("expected one command, bid or chat, got %1")
                              .arg(positional.isEmpty() ? QStringLiteral("none")
                                                        : positional.join(QLatin1Char(' '))));

    FanCommand &command = parsed.command;
    const QString apiText = parser.isSet(apiOption) ? parser.value(apiOption) : environmentApiUrl;
    if (apiText.isEmpty())
        return usageError(QStringLiteral("missing --api URL (or the MESI_API_URL variable)"));
    Result<QUrl> url = api::validateBaseUrl(apiText);
    if (!url)
        return url.error();
    command.apiUrl = url.value();

    command.fanName = parser.value(fanOption).trimmed();
    if (command.fanName.isEmpty())
        return usageError(parser.isSet(fanOption) ? QStringLiteral("--fan is empty; give the fan's display name")
                                                  : QStringLiteral("missing --fan NAME"));
    command.idempotencyKey = parser.value(keyOption);
    if (parser.isSet(keyOption) && command.idempotencyKey.isEmpty())
        return usageError(QStringLiteral("--idempotency-key is empty; give a key or leave the option out"));

    const QString verb = positional.constFirst();
    const QList<QCommandLineOption> bidOptions{creatorOption, amountOption, assetOption, noteOption};
    const QList<QCommandLineOption> chatOptions{bidOption, textOption};
    auto rejectOptions = [&](const QList<QCommandLineOption> &options) -> std::optional<Error> {
        for (const QCommandLineOption &option : options) {
            if (parser.isSet(option)) {
                return usageError(QStringLiteral("--%1 does not apply to the %2 command")
                                      .arg(option.names().constFirst(), verb));
            }
        }
        return std::nullopt;
    };
    auto requireOption = [&](const QCommandLineOption &option) -> std::optional<Error> {
        if (parser.value(option).isEmpty())
            return usageError(QStringLiteral("the %1 command needs a non-empty --%2")
                                  .arg(verb, option.names().constFirst()));
        return std::nullopt;
    };

    if (verb == QLatin1String("bid")) {
        if (std::optional<Error> error = rejectOptions(chatOptions))
            return *error;
        for (const QCommandLineOption &option : {creatorOption, amountOption, assetOption}) {
            if (std::optional<Error> error = requireOption(option))
                return *error;
        }
        command.kind = FanCommand::Kind::Bid;
        command.bid.creatorHandle = parser.value(creatorOption);
        command.bid.amount = parser.value(amountOption);
        command.bid.asset = parser.value(assetOption);
        command.bid.note = parser.value(noteOption);
        return parsed;
    }
    if (verb == QLatin1String("chat")) {
        if (std::optional<Error> error = rejectOptions(bidOptions))
            return *error;
        for (const QCommandLineOption &option : {bidOption, textOption}) {
            if (std::optional<Error> error = requireOption(option))
                return *error;
        }
        command.kind = FanCommand::Kind::Chat;
        command.bidId = parser.value(bidOption);
        command.text = parser.value(textOption);
        return parsed;
    }
    return usageError(QStringLiteral("unknown command '%1'; use bid or chat").arg(verb));
}

FanCommandRunner::FanCommandRunner(FanCommand command, QObject *parent)
    : QObject(parent), m_command(std::move(command)), m_client(m_command.apiUrl), m_api(m_client)
{
}

void FanCommandRunner::start()
{
    m_api.signIn(m_command.fanName, this, [this](Result<QString> fanId) {
        if (!fanId) {
            Q_EMIT finished(fanId.error());
            return;
        }
        runCommand();
    });
}

void FanCommandRunner::runCommand()
{
    const QString key = m_command.idempotencyKey.isEmpty() ? api::newIdempotencyKey()
                                                           : m_command.idempotencyKey;
    switch (m_command.kind) {
    case FanCommand::Kind::Bid:
        m_api.placeBid(m_command.bid, key, this, [this](Result<Bid> bid) {
            if (bid)
                Q_EMIT finished(bid->id);
            else
                Q_EMIT finished(bid.error());
        });
        return;
    case FanCommand::Kind::Chat:
        // The key doubles as the client id, so a retry with the same key posts one message.
        m_api.sendMessage(m_command.bidId, m_command.text, key, key, this,
                          [this](Result<ChatMessage> message) {
                              if (message)
                                  Q_EMIT finished(message->id);
                              else
                                  Q_EMIT finished(message.error());
                          });
        return;
    }
}

} // namespace mesi::fancli
