#include "requests.h"

#include "contract/lifecyclecodec.h"

#include "contract/jsonreader.h"
#include "contract/wire.h"

namespace mesi::sandbox {

namespace {

Error invalidField(const QString &field, const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message, field);
}

} // namespace

Result<PlaceBidRequest> parsePlaceBidRequest(const QJsonObject &body)
{
    contract::JsonReader reader(body, QStringLiteral("bid request"));
    PlaceBidRequest request;
    request.creatorHandle = reader.string(QStringLiteral("creator"));
    const QString amountText = reader.string(QStringLiteral("amount"));
    const QString assetCode = reader.string(QStringLiteral("asset"));
    request.note = reader.optionalString(QStringLiteral("note"));
    const QString format = reader.optionalString(QStringLiteral("format"));
    if (!reader.ok())
        return reader.error();

    if (!format.isEmpty()) {
        Result<SessionFormat> parsed = sessionFormatFromWire(format);
        if (!parsed)
            return parsed.error();
        request.format = parsed.value();
    }
    if (request.creatorHandle.isEmpty()) {
        return invalidField(QStringLiteral("creator"),
                            QStringLiteral("field 'creator' is empty; give the creator's handle"));
    }

    Result<Asset> asset = Asset::fromCode(assetCode);
    if (!asset)
        return asset.error();

    Result<Money> amount = Money::parse(amountText, asset.value());
    if (!amount)
        return amount.error();
    if (amount->isZero()) {
        return invalidField(QStringLiteral("amount"),
                            QStringLiteral("invalid amount '%1': the amount must be greater than "
                                           "zero")
                                .arg(amountText));
    }
    // No real bid comes near a trillion units of any asset; larger amounts are typing mistakes.
    const Money limit = Money::parse(QStringLiteral("1000000000000"), asset.value()).value();
    if (amount->compare(limit) != std::strong_ordering::less) {
        return invalidField(QStringLiteral("amount"),
                            QStringLiteral("invalid amount '%1': a bid must be below %2; check "
                                           "the number of digits")
                                .arg(amountText, limit.toDisplayString()));
    }
    request.amount = amount.value();

    if (request.note.size() > contract::MaxNoteLength) {
        return invalidField(QStringLiteral("note"),
                            QStringLiteral("the note has %1 characters; the maximum is %2")
                                .arg(request.note.size())
                                .arg(contract::MaxNoteLength));
    }
    return request;
}

Result<QString> parseRejectReason(const QJsonObject &body)
{
    contract::JsonReader reader(body, QStringLiteral("reject request"));
    const QString reason = reader.optionalString(QStringLiteral("reason"));
    if (!reader.ok())
        return reader.error();

    if (reason.size() > contract::MaxRejectReasonLength) {
        return invalidField(QStringLiteral("reason"),
                            QStringLiteral("the reason has %1 characters; the maximum is %2")
                                .arg(reason.size())
                                .arg(contract::MaxRejectReasonLength));
    }
    return reason;
}

Result<PostMessageRequest> parsePostMessageRequest(const QJsonObject &body)
{
    contract::JsonReader reader(body, QStringLiteral("message request"));
    PostMessageRequest request;
    request.text = reader.string(QStringLiteral("text"));
    request.clientId = reader.optionalString(QStringLiteral("clientId"));
    if (!reader.ok())
        return reader.error();

    if (request.text.trimmed().isEmpty()) {
        return invalidField(QStringLiteral("text"),
                            QStringLiteral("the message text is empty; write at least one "
                                           "character that is not a space"));
    }
    if (request.text.size() > contract::MaxMessageLength) {
        return invalidField(QStringLiteral("text"),
                            QStringLiteral("the message has %1 characters; the maximum is %2")
                                .arg(request.text.size())
                                .arg(contract::MaxMessageLength));
    }
    const bool hasClientId = body.value(QStringLiteral("clientId")).isString();
    if (hasClientId && (request.clientId.isEmpty() || request.clientId.size() > MaxClientIdLength)) {
        return invalidField(QStringLiteral("clientId"),
                            QStringLiteral("clientId must be 1 to %1 characters when present")
                                .arg(MaxClientIdLength));
    }
    return request;
}

bool isMissingField(const QJsonObject &body, const Error &error)
{
    if (error.field.isEmpty())
        return false;
    // A dotted field such as "kyf.fields" names a member of a nested object.
    QJsonValue value = body;
    for (const QString &part : error.field.split(QLatin1Char('.'))) {
        if (!value.isObject())
            return true;
        value = value.toObject().value(part);
    }
    return value.isUndefined() || value.isNull();
}


Result<ProposeMeetingRequest> parseProposeMeetingRequest(const QJsonObject &body)
{
    contract::JsonReader reader(body, QStringLiteral("proposal"));
    ProposeMeetingRequest request;
    request.note = reader.optionalString(QStringLiteral("note"));
    request.clientId = reader.optionalString(QStringLiteral("clientId"));
    const QString start = reader.string(QStringLiteral("start"));
    const QString end = reader.string(QStringLiteral("end"));
    if (!reader.ok())
        return reader.error();

    for (const auto &[name, text] : {std::pair{QStringLiteral("start"), start},
                                     std::pair{QStringLiteral("end"), end}}) {
        if (!contract::parseTimestamp(text).isValid()) {
            return invalidField(name, QStringLiteral("field '%1' is '%2', not an ISO 8601 time with "
                                                     "a zone; send for example "
                                                     "2030-05-01T18:00:00Z")
                                          .arg(name, text.left(60)));
        }
    }
    Result<MeetingTerms> terms = contract::meetingTermsFromJson(body, QStringLiteral("proposal"));
    if (!terms)
        return makeError(ErrorCode::InvalidArgument, terms.error().message, terms.error().field);
    request.terms = terms.value();
    if (request.note.size() > contract::MaxMessageLength) {
        return invalidField(QStringLiteral("note"),
                            QStringLiteral("proposal note has %1 characters, more than the %2 "
                                           "allowed; shorten it")
                                .arg(request.note.size())
                                .arg(contract::MaxMessageLength));
    }
    if (request.clientId.size() > MaxClientIdLength) {
        return invalidField(QStringLiteral("clientId"),
                            QStringLiteral("clientId has %1 characters, more than the %2 allowed")
                                .arg(request.clientId.size())
                                .arg(MaxClientIdLength));
    }
    return request;
}

} // namespace mesi::sandbox
