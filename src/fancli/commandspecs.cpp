#include "commandspecs.h"

#include <QCommandLineParser>

namespace mesi::fancli {

const QList<CommandSpec> &commandSpecs()
{
    using Kind = FanCommand::Kind;
    static const QList<CommandSpec> specs{
        {QStringLiteral("bid"), Kind::Bid,
         {QStringLiteral("creator"), QStringLiteral("amount"), QStringLiteral("asset")},
         {QStringLiteral("note"), QStringLiteral("format")},
         QStringLiteral("--creator HANDLE --amount AMOUNT --asset CODE [--note TEXT] [--format text|voice|video]"),
         QStringLiteral("places a bid and prints its id; a bid on an AI account needs --format")},
        {QStringLiteral("chat"), Kind::Chat, {QStringLiteral("bid"), QStringLiteral("text")}, {},
         QStringLiteral("--bid ID --text TEXT"),
         QStringLiteral("sends a chat message on an accepted bid and prints the message id")},
        {QStringLiteral("bids"), Kind::ListBids, {}, {}, {},
         QStringLiteral("lists the fan's bids, newest first, one per line"), false},
        {QStringLiteral("withdraw"), Kind::Withdraw, {QStringLiteral("bid")}, {},
         QStringLiteral("--bid ID"),
         QStringLiteral("withdraws a pending bid, which refunds its escrow")},
        {QStringLiteral("kyf-consent"), Kind::ConsentKyf, {QStringLiteral("bid")}, {},
         QStringLiteral("--bid ID"),
         QStringLiteral("shares the KYF details that the creator requested on accepting the bid")},
        {QStringLiteral("kyf-decline"), Kind::DeclineKyf, {QStringLiteral("bid")}, {},
         QStringLiteral("--bid ID"),
         QStringLiteral("declines the KYF request, which cancels the bid and refunds its escrow")},
        {QStringLiteral("cancel"), Kind::Cancel, {QStringLiteral("bid"), QStringLiteral("reason")}, {},
         QStringLiteral("--bid ID --reason TEXT"),
         QStringLiteral("cancels an accepted bid, or a scheduled one before the meeting starts; "
                        "the escrow is refunded")},
        {QStringLiteral("propose"), Kind::Propose,
         {QStringLiteral("bid"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("zone")},
         {QStringLiteral("place"), QStringLiteral("link"), QStringLiteral("note")},
         QStringLiteral("--bid ID --start TIME --end TIME --zone IANA (--place TEXT | --link URL) "
                        "[--note TEXT]"),
         QStringLiteral("proposes meeting terms in the chat of an accepted bid and prints the "
                        "proposal's message id; TIME is a wall-clock time in --zone such as "
                        "2030-05-01T18:00, or an instant such as 2030-05-01T16:00Z")},
        {QStringLiteral("accept-proposal"), Kind::AcceptProposal, {QStringLiteral("bid")},
         {QStringLiteral("message")}, QStringLiteral("--bid ID [--message ID]"),
         QStringLiteral("accepts the creator's newest proposal, or the one --message names, and "
                        "prints the new status and the meeting id")},
        {QStringLiteral("messages"), Kind::Messages, {QStringLiteral("bid")}, {},
         QStringLiteral("--bid ID"),
         QStringLiteral("prints the bid's chat, oldest first, one message per line"), false},
        {QStringLiteral("join"), Kind::JoinSession, {QStringLiteral("bid")}, {},
         QStringLiteral("--bid ID"),
         QStringLiteral("starts the waiting session of a bid that an AI account accepted")},
        {QStringLiteral("end"), Kind::EndSession, {QStringLiteral("bid")}, {},
         QStringLiteral("--bid ID"),
         QStringLiteral("ends a live AI session; the bid completes and its escrow is released")},
        {QStringLiteral("scan"), Kind::ScanPass, {}, {}, QStringLiteral("FILE"),
         QStringLiteral("reads the meeting pass in a PNG or JPEG image of its QR code and "
                        "redeems it, which confirms the meeting and releases the escrow"),
         true, true},
        {QStringLiteral("redeem"), Kind::RedeemPass, {QStringLiteral("pass")}, {},
         QStringLiteral("--pass TEXT"),
         QStringLiteral("redeems a meeting pass given as its text, which starts with MP1:")},
        {QStringLiteral("confirm-code"), Kind::ConfirmCode, {QStringLiteral("meeting")},
         {QStringLiteral("key-file"), QStringLiteral("out")},
         QStringLiteral("--meeting ID [--key-file FILE] [--out FILE.png]"),
         QStringLiteral("for a phone that cannot scan the pass: loads or creates the fan's key, "
                        "registers it with the server, and prints a confirmation code for the "
                        "meeting that the creator's console scans; the server accepts it for 30 to 60 "
                        "seconds, and --out also writes it as a PNG QR code")},
        {QStringLiteral("availability"), Kind::Availability, {QStringLiteral("creator")}, {},
         QStringLiteral("--creator HANDLE"),
         QStringLiteral("prints the creator's time zone, travel buffer, weekly meeting windows and "
                        "blocked dates, one per line"),
         false},
        {QStringLiteral("clock"), Kind::AdvanceClock, {QStringLiteral("advance")}, {},
         QStringLiteral("--advance DURATION"),
         QStringLiteral("sandbox-only helper: moves the mesi-sandbox clock forward by DURATION, "
                        "such as 90s, 45m, 48h, 7d or 2d3h, applies the deadlines that pass "
                        "(pending bids expire after 7 days, KYF requests after 48 hours) and "
                        "prints the new sandbox time; needs no --fan"),
         false},
    };
    return specs;
}

QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec &spec : commandSpecs())
        names.append(spec.name);
    return names;
}

QString applicationDescription()
{
    QString text = QStringLiteral(
        "A simulated fan for the Mesi API: places bids, answers KYF requests, arranges meetings "
        "in bid chats, joins sessions with AI accounts, redeems meeting passes and shows fan "
        "confirmation codes. Every command "
        "except clock signs the fan in first with --fan NAME; the sandbox creates the fan on "
        "first use.\n"
        "On success the command prints its result and exits with 0. A failed request prints "
        "'mesi-fan: ' and the reason on stderr and exits with 1; invalid arguments exit with 2.\n\n"
        "Commands:\n");
    for (const CommandSpec &spec : commandSpecs()) {
        const QString usage = spec.synopsis.isEmpty() ? spec.name
                                                      : QStringLiteral("%1 %2").arg(spec.name, spec.synopsis);
        text += QStringLiteral("  %1\n      %2\n").arg(usage, spec.summary);
    }
    return text;
}

void addOptions(QCommandLineParser &parser)
{
    const QList<QCommandLineOption> options{
        {QStringLiteral("api"),
         QStringLiteral("API base address, for example http://127.0.0.1:8787 (default: MESI_API_URL)."),
         QStringLiteral("url")},
        {QStringLiteral("fan"),
         QStringLiteral("Fan display name; the sandbox creates the fan on first use."), QStringLiteral("name")},
        {QStringLiteral("tier"),
         QStringLiteral("Sets the fan's account tier at sign-in: basic, plus or premium. AI "
                        "accounts price sessions per tier."),
         QStringLiteral("tier")},
        {QStringLiteral("legal-name"),
         QStringLiteral("Sets the legal name in the fan's KYC form at sign-in. With --legal-name "
                        "or --country the form sent replaces the stored one, and fields not "
                        "given are left out."),
         QStringLiteral("name")},
        {QStringLiteral("country"),
         QStringLiteral("Sets the country in the fan's KYC form at sign-in, such as DE."),
         QStringLiteral("code")},
        {QStringLiteral("idempotency-key"),
         QStringLiteral("Idempotency-Key to send; repeat a call with the same key to retry it safely."),
         QStringLiteral("key")},
        {QStringLiteral("creator"), QStringLiteral("bid, availability: handle of the creator."), QStringLiteral("handle")},
        {QStringLiteral("amount"), QStringLiteral("bid: amount in the asset's units, such as 120.00."),
         QStringLiteral("amount")},
        {QStringLiteral("asset"), QStringLiteral("bid: asset code: USD, EUR, USDC or MESI."),
         QStringLiteral("code")},
        {QStringLiteral("format"),
         QStringLiteral("bid: session format on an AI account: text, voice or video."),
         QStringLiteral("format")},
        {QStringLiteral("note"),
         QStringLiteral("bid, propose: message to the creator that goes with the bid or proposal."),
         QStringLiteral("text")},
        {QStringLiteral("bid"), QStringLiteral("Id of the bid the command acts on."), QStringLiteral("id")},
        {QStringLiteral("text"), QStringLiteral("chat: the message to send."), QStringLiteral("text")},
        {QStringLiteral("reason"), QStringLiteral("cancel: why, in 1 to 500 characters."),
         QStringLiteral("text")},
        {QStringLiteral("start"),
         QStringLiteral("propose: start, as a wall-clock time in --zone (2030-05-01T18:00) or an "
                        "instant with Z or an offset."),
         QStringLiteral("time")},
        {QStringLiteral("end"), QStringLiteral("propose: end, in the same forms as --start."),
         QStringLiteral("time")},
        {QStringLiteral("zone"),
         QStringLiteral("propose: IANA time zone of the meeting, such as Europe/Madrid."),
         QStringLiteral("zone")},
        {QStringLiteral("place"), QStringLiteral("propose: address or venue of an in-person meeting."),
         QStringLiteral("text")},
        {QStringLiteral("link"), QStringLiteral("propose: https link of an online meeting."),
         QStringLiteral("url")},
        {QStringLiteral("message"),
         QStringLiteral("accept-proposal: id of the proposal message (default: the newest)."),
         QStringLiteral("id")},
        {QStringLiteral("pass"), QStringLiteral("redeem: the pass text, starting with MP1:."),
         QStringLiteral("text")},
        {QStringLiteral("meeting"), QStringLiteral("confirm-code: id of the scheduled meeting."),
         QStringLiteral("id")},
        {QStringLiteral("key-file"),
         QStringLiteral("confirm-code: the fan's key file, created with mode 0600 when missing "
                        "(default: one file per --fan name in the user's data folder)."),
         QStringLiteral("file")},
        {QStringLiteral("out"), QStringLiteral("confirm-code: PNG file to write the code's QR image to."),
         QStringLiteral("file")},
        {QStringLiteral("advance"),
         QStringLiteral("clock: how far to move the sandbox clock, such as 90s, 45m, 48h, 7d or 2d3h."),
         QStringLiteral("duration")},
    };
    parser.addOptions(options);
}

} // namespace mesi::fancli
