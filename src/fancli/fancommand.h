#pragma once

#include "api/fanapi.h"
#include "core/result.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace mesi::fancli {

/// One call of mesi-fan, parsed and checked.
struct FanCommand
{
    enum class Kind { Bid, Chat };

    Kind kind = Kind::Bid;
    QUrl apiUrl;
    QString fanName;
    QString idempotencyKey; ///< Empty means a fresh key for this call.
    api::BidRequest bid;    ///< For Kind::Bid.
    QString bidId;          ///< For Kind::Chat.
    QString text;           ///< For Kind::Chat.
};

/// Parsed mesi-fan arguments: a command to run, or help or version text to print.
enum class ParseOutcome { Run, ShowHelp, ShowVersion };

struct ParsedFanCommandLine
{
    ParseOutcome outcome = ParseOutcome::Run;
    FanCommand command;
    QString helpText;
};

/**
 * Parses the arguments of mesi-fan (arguments[0] is the program name).
 * The API address comes from --api, or from MESI_API_URL when --api is absent.
 */
Result<ParsedFanCommandLine> parseFanCommandLine(const QStringList &arguments,
                                                 const QString &environmentApiUrl);

/**
 * Runs a command against the API: signs the fan in, then bids or chats.
 * Calls done once with the id of the created bid or message.
 */
class FanCommandRunner : public QObject
{
    Q_OBJECT

public:
    explicit FanCommandRunner(FanCommand command, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const mesi::Result<QString> &createdId);

private:
    void runCommand();

    FanCommand m_command;
    api::ApiClient m_client;
    api::FanApi m_api;
};

} // namespace mesi::fancli
