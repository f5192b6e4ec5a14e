#include "apireaders.h"

#include "fuzzsupport.h"

#include "contract/codec.h"
#include "contract/lifecyclecodec.h"

namespace mesi::fuzz {

namespace {

const QString Subject = QStringLiteral("fuzz input");

Asset sessionAsset()
{
    return Asset::fromCode(QStringLiteral("USDC")).value();
}

// Whatever a reader accepts, its writer must turn into JSON that the reader accepts again.
template<typename T, typename Read>
void checkRereads(const char *property, const T &value, Read read)
{
    const auto again = read(contract::toJson(value));
    if (!again)
        fail(property, again.error().message);
}

template<typename T, typename Read>
void checkRoundTrip(const char *property, const T &value, Read read)
{
    const auto again = read(contract::toJson(value));
    if (!again)
        fail(property, again.error().message);
    if (!(again.value() == value))
        fail(property, QStringLiteral("the value read back differs"));
}

void checkBid(const Bid &bid)
{
    checkRereads("a written bid reads again", bid, contract::bidFromJson);
}

void checkMessage(const ChatMessage &message)
{
    checkRereads("a written chat message reads again", message, contract::chatMessageFromJson);
}

void readObject(ApiReader reader, const QJsonObject &object)
{
    switch (reader) {
    case ApiReader::BidPage:
        if (const Result<contract::BidPage> page = contract::bidPageFromJson(object); page) {
            for (const Bid &bid : page->bids)
                checkBid(bid);
        }
        return;
    case ApiReader::Bid:
        if (const Result<Bid> bid = contract::bidFromJson(object); bid)
            checkBid(bid.value());
        return;
    case ApiReader::MessagePage:
        if (const Result<contract::MessagePage> page = contract::messagePageFromJson(object); page) {
            for (const ChatMessage &message : page->messages)
                checkMessage(message);
        }
        return;
    case ApiReader::ChatMessage:
        if (const Result<ChatMessage> message = contract::chatMessageFromJson(object); message)
            checkMessage(message.value());
        return;
    case ApiReader::MeetingTerms: {
        const auto read = [](const QJsonObject &json) {
            return contract::meetingTermsFromJson(json, Subject);
        };
        if (const Result<MeetingTerms> terms = read(object); terms)
            checkRoundTrip("meeting terms round-trip", terms.value(), read);
        return;
    }
    case ApiReader::Meeting: {
        const auto read = [](const QJsonObject &json) {
            return contract::meetingFromJson(json, Subject);
        };
        if (const Result<Meeting> meeting = read(object); meeting)
            checkRoundTrip("a meeting round-trips", meeting.value(), read);
        return;
    }
    case ApiReader::KyfRequest: {
        const auto read = [](const QJsonObject &json) {
            return contract::kyfRequestFromJson(json, Subject);
        };
        if (const Result<KyfRequest> request = read(object); request)
            checkRoundTrip("a KYF request round-trips", request.value(), read);
        return;
    }
    case ApiReader::KyfAnswers:
        if (const Result<KyfAnswers> answers = contract::kyfAnswersFromJson(object); answers)
            checkRoundTrip("KYF answers round-trip", answers.value(), contract::kyfAnswersFromJson);
        return;
    case ApiReader::AiSession: {
        const auto read = [](const QJsonObject &json) {
            return contract::aiSessionFromJson(json, sessionAsset(), Subject);
        };
        if (const Result<AiSession> session = read(object); session)
            checkRoundTrip("an AI session round-trips", session.value(), read);
        return;
    }
    case ApiReader::CreatorSettings:
        if (const Result<CreatorSettings> settings = contract::creatorSettingsFromJson(object); settings)
            checkRoundTrip("creator settings round-trip", settings.value(),
                           contract::creatorSettingsFromJson);
        return;
    case ApiReader::ErrorBody:
    case ApiReader::ReaderCount:
        return;
    }
}

} // namespace

QString readerName(ApiReader reader)
{
    switch (reader) {
    case ApiReader::BidPage:
        return QStringLiteral("bidpage");
    case ApiReader::Bid:
        return QStringLiteral("bid");
    case ApiReader::MessagePage:
        return QStringLiteral("messagepage");
    case ApiReader::ChatMessage:
        return QStringLiteral("message");
    case ApiReader::MeetingTerms:
        return QStringLiteral("terms");
    case ApiReader::Meeting:
        return QStringLiteral("meeting");
    case ApiReader::KyfRequest:
        return QStringLiteral("kyfrequest");
    case ApiReader::KyfAnswers:
        return QStringLiteral("kyfanswers");
    case ApiReader::AiSession:
        return QStringLiteral("aisession");
    case ApiReader::CreatorSettings:
        return QStringLiteral("settings");
    case ApiReader::ErrorBody:
        return QStringLiteral("error");
    case ApiReader::ReaderCount:
        break;
    }
    return QStringLiteral("unknown");
}

void runApiReader(ApiReader reader, const QByteArray &body)
{
    if (reader == ApiReader::ErrorBody) {
        // The client reads error bodies of every status; 409 and 500 take both code branches.
        const std::optional<Error> conflict = contract::errorFromBody(body, 409);
        const std::optional<Error> server = contract::errorFromBody(body, 500);
        if (conflict.has_value() != server.has_value())
            fail("an error body reads the same for every status", QString::fromUtf8(body.left(80)));
        return;
    }

    const Result<QJsonObject> object = contract::parseObject(body, Subject);
    if (!object) {
        if (object.error().message.isEmpty())
            fail("a body that is not a JSON object gets a message", QString());
        return;
    }
    readObject(reader, object.value());
}

} // namespace mesi::fuzz
