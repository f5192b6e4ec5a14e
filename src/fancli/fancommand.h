#pragma once

#include "api/fanapi.h"
#include "core/meeting.h"
#include "core/result.h"

#include <QStringList>
#include <QUrl>

namespace mesi::fancli {

/// One call of mesi-fan, parsed and checked.
struct FanCommand
{
    enum class Kind {
        Bid,
        Chat,
        ListBids,
        Withdraw,
        ConsentKyf,
        DeclineKyf,
        Cancel,
        Propose,
        AcceptProposal,
        Messages,
        JoinSession,
        EndSession,
        ScanPass,
        RedeemPass,
        ConfirmCode,
        Availability,
        AdvanceClock, ///< Sandbox only.
    };

    Kind kind = Kind::Bid;
    QUrl apiUrl;
    api::FanSignIn signIn;  ///< An empty name means no sign-in, which only the clock command allows.
    QString idempotencyKey; ///< Empty means a fresh key for this call.
    api::BidRequest bid;    ///< For Kind::Bid.
    QString creatorHandle;  ///< For Kind::Availability.
    QString bidId;          ///< For every command that acts on one bid.
    QString text;           ///< Chat text, cancel reason or proposal note.
    MeetingTerms terms;     ///< For Kind::Propose, with start and end in UTC.
    QString messageId;      ///< For Kind::AcceptProposal. Empty means the newest proposal.
    QString passFile;       ///< For Kind::ScanPass: a PNG or JPEG image of the pass's QR code.
    QString passText;       ///< For Kind::RedeemPass.
    QString meetingId;      ///< For Kind::ConfirmCode.
    QString keyFile;        ///< For Kind::ConfirmCode: the fan's key seed; empty means the default file.
    QString outFile;        ///< For Kind::ConfirmCode: PNG file for the code; empty prints the text only.
    qint64 advanceSeconds = 0; ///< For Kind::AdvanceClock.
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
 * Every error is one line that names the command or option at fault and what to do.
 */
Result<ParsedFanCommandLine> parseFanCommandLine(const QStringList &arguments,
                                                 const QString &environmentApiUrl);

} // namespace mesi::fancli
