#include "commandvalues.h"

#include "fanvalues.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace mesi::fancli {

namespace {

/// Maximum length of a cancel reason in the API, in UTF-16 code units.
constexpr int MaxCancelReasonLength = 500;

Error invalidOption(const QString &option, const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message, option);
}

/// Read access to the parsed options by name.
class OptionValues
{
public:
    explicit OptionValues(const QCommandLineParser &parser) : m_parser(parser) {}

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QString trimmed(const QString &name) const { return value(name).trimmed(); }

private:
    const QCommandLineParser &m_parser;
};

Result<void> fillSignIn(const OptionValues &values, api::FanSignIn &signIn)
{
    if (values.isSet(QStringLiteral("tier"))) {
        const QString tier = values.trimmed(QStringLiteral("tier"));
        Result<AccountTier> parsed = accountTierFromWire(tier);
        if (!parsed) {
            return invalidOption(QStringLiteral("tier"),
                                 QStringLiteral("invalid --tier '%1'; use basic, plus or premium")
                                     .arg(tier.left(60)));
        }
        signIn.tier = parsed.value();
    }
    if (values.isSet(QStringLiteral("legal-name")))
        signIn.kyc.insert(KyfField::LegalName, values.trimmed(QStringLiteral("legal-name")));
    if (values.isSet(QStringLiteral("country")))
        signIn.kyc.insert(KyfField::Country, values.trimmed(QStringLiteral("country")));
    return {};
}

Result<void> fillBid(const OptionValues &values, api::BidRequest &bid)
{
    bid.creatorHandle = values.trimmed(QStringLiteral("creator"));
    bid.amount = values.value(QStringLiteral("amount"));
    bid.asset = values.value(QStringLiteral("asset"));
    bid.note = values.value(QStringLiteral("note"));
    if (!values.isSet(QStringLiteral("format")))
        return {};

    bid.format = values.trimmed(QStringLiteral("format"));
    if (!sessionFormatFromWire(bid.format)) {
        return invalidOption(QStringLiteral("format"),
                             QStringLiteral("invalid --format '%1'; use text, voice or video")
                                 .arg(bid.format.left(60)));
    }
    return {};
}

Result<void> fillProposal(const OptionValues &values, FanCommand &command)
{
    const QString zoneName = values.trimmed(QStringLiteral("zone"));
    if (!QTimeZone::isTimeZoneIdAvailable(zoneName.toUtf8())) {
        return invalidOption(QStringLiteral("zone"),
                             QStringLiteral("unknown --zone '%1'; use an IANA time zone name such as "
                                            "Europe/Madrid or America/Sao_Paulo")
                                 .arg(zoneName.left(100)));
    }
    const QTimeZone zone(zoneName.toUtf8());

    const bool hasPlace = values.isSet(QStringLiteral("place"));
    const bool hasLink = values.isSet(QStringLiteral("link"));
    if (hasPlace == hasLink) {
        return invalidOption(hasPlace ? QStringLiteral("link") : QStringLiteral("place"),
                             hasPlace ? QStringLiteral("--place and --link exclude each other; give "
                                                       "--place for an in-person meeting or --link "
                                                       "for an online one")
                                      : QStringLiteral("the propose command needs --place TEXT for an "
                                                       "in-person meeting or --link URL for an "
                                                       "online one"));
    }
    MeetingTerms &terms = command.terms;
    terms.timeZone = zoneName;
    if (hasLink) {
        Result<QUrl> link = parseMeetingLink(values.value(QStringLiteral("link")));
        if (!link)
            return link.error();
        terms.link = link.value();
    } else {
        terms.place = values.trimmed(QStringLiteral("place"));
    }

    Result<QDateTime> start = parseMeetingTime(values.trimmed(QStringLiteral("start")), zone,
                                               QStringLiteral("start"));
    if (!start)
        return start.error();
    Result<QDateTime> end = parseMeetingTime(values.trimmed(QStringLiteral("end")), zone,
                                             QStringLiteral("end"));
    if (!end)
        return end.error();
    terms.start = start.value();
    terms.end = end.value();
    command.text = values.value(QStringLiteral("note"));
    return validateMeetingTerms(terms);
}

Result<void> fillPassFile(const QString &path, FanCommand &command)
{
    const QFileInfo file(path);
    if (!file.exists()) {
        return invalidOption(QStringLiteral("file"),
                             QStringLiteral("pass image '%1' does not exist; give the path of a PNG "
                                            "or JPEG image of the pass's QR code")
                                 .arg(path));
    }
    if (file.isDir()) {
        return invalidOption(QStringLiteral("file"),
                             QStringLiteral("'%1' is a folder; give the path of a PNG or JPEG image "
                                            "of the pass's QR code")
                                 .arg(path));
    }
    command.passFile = path;
    return {};
}

} // namespace

Result<void> fillCommandValues(const QCommandLineParser &parser, const QStringList &positional,
                               FanCommand &command)
{
    const OptionValues values(parser);
    if (Result<void> signIn = fillSignIn(values, command.signIn); !signIn)
        return signIn;
    command.bidId = values.trimmed(QStringLiteral("bid"));

    using Kind = FanCommand::Kind;
    switch (command.kind) {
    case Kind::Bid:
        return fillBid(values, command.bid);
    case Kind::Chat:
        command.text = values.value(QStringLiteral("text"));
        return {};
    case Kind::Cancel:
        command.text = values.trimmed(QStringLiteral("reason"));
        if (command.text.size() > MaxCancelReasonLength) {
            return invalidOption(QStringLiteral("reason"),
                                 QStringLiteral("--reason has %1 characters; shorten it to at most %2")
                                     .arg(command.text.size())
                                     .arg(MaxCancelReasonLength));
        }
        return {};
    case Kind::Propose:
        return fillProposal(values, command);
    case Kind::AcceptProposal:
        command.messageId = values.trimmed(QStringLiteral("message"));
        return {};
    case Kind::ScanPass:
        return fillPassFile(positional.at(1), command);
    case Kind::RedeemPass:
        command.passText = values.trimmed(QStringLiteral("pass"));
        return {};
    case Kind::ConfirmCode:
        command.meetingId = values.trimmed(QStringLiteral("meeting"));
        command.keyFile = values.trimmed(QStringLiteral("key-file"));
        command.outFile = values.trimmed(QStringLiteral("out"));
        if (!command.outFile.isEmpty() && QFileInfo(command.outFile).isDir()) {
            return invalidOption(QStringLiteral("out"),
                                 QStringLiteral("--out '%1' is a folder; give the path of a PNG file")
                                     .arg(command.outFile));
        }
        return {};
    case Kind::Availability:
        command.creatorHandle = values.trimmed(QStringLiteral("creator"));
        return {};
    case Kind::AdvanceClock: {
        Result<qint64> seconds = parseDuration(values.trimmed(QStringLiteral("advance")));
        if (!seconds)
            return seconds.error();
        command.advanceSeconds = seconds.value();
        return {};
    }
    case Kind::ListBids:
    case Kind::Withdraw:
    case Kind::ConsentKyf:
    case Kind::DeclineKyf:
    case Kind::Messages:
    case Kind::JoinSession:
    case Kind::EndSession:
        return {};
    }
    return {};
}

} // namespace mesi::fancli
