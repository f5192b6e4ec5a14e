#include "lifecyclecodec.h"

#include "jsonreader.h"

#include <QJsonArray>

#include <algorithm>

namespace mesi::contract {

namespace {

/// Turns a domain error into a contract error that names its subject.
Error asProtocolError(const QString &subject, const Error &error)
{
    return makeError(ErrorCode::Protocol, QStringLiteral("%1: %2").arg(subject, error.message),
                     error.field);
}

} // namespace

QJsonObject toJson(const MeetingTerms &terms)
{
    QJsonObject object{
        {QStringLiteral("start"), formatTimestamp(terms.start)},
        {QStringLiteral("end"), formatTimestamp(terms.end)},
        {QStringLiteral("timeZone"), terms.timeZone},
    };
    if (terms.isOnline())
        object.insert(QStringLiteral("link"), terms.link.toString());
    else
        object.insert(QStringLiteral("place"), terms.place);
    return object;
}

Result<MeetingTerms> meetingTermsFromJson(const QJsonObject &object, const QString &subject)
{
    JsonReader reader(object, subject);
    MeetingTerms terms;
    terms.start = reader.timestamp(QStringLiteral("start"));
    terms.end = reader.timestamp(QStringLiteral("end"));
    terms.timeZone = reader.string(QStringLiteral("timeZone"));
    terms.place = reader.optionalString(QStringLiteral("place"));
    const QString link = reader.optionalString(QStringLiteral("link"));
    if (!reader.ok())
        return reader.error();

    if (!link.isEmpty()) {
        Result<QUrl> url = parseMeetingLink(link);
        if (!url)
            return asProtocolError(subject, url.error());
        terms.link = url.value();
    }
    if (Result<void> valid = validateMeetingTerms(terms); !valid)
        return asProtocolError(subject, valid.error());
    return terms;
}

QJsonObject toJson(const Meeting &meeting)
{
    QJsonObject object = toJson(meeting.terms);
    object.insert(QStringLiteral("id"), meeting.id);
    object.insert(QStringLiteral("proposalId"), meeting.proposalId);
    return object;
}

Result<Meeting> meetingFromJson(const QJsonObject &object, const QString &subject)
{
    JsonReader reader(object, subject);
    Meeting meeting;
    meeting.id = reader.string(QStringLiteral("id"));
    meeting.proposalId = reader.string(QStringLiteral("proposalId"));
    if (!reader.ok())
        return reader.error();
    Result<MeetingTerms> terms = meetingTermsFromJson(object, subject);
    if (!terms)
        return terms.error();
    meeting.terms = terms.value();
    return meeting;
}

QJsonObject toJson(const KyfRequest &request)
{
    QJsonArray fields;
    for (KyfField field : request.fields)
        fields.append(toWire(field));
    return QJsonObject{
        {QStringLiteral("state"), toWire(request.state)},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("deadline"), request.deadline.isValid()
                                         ? QJsonValue(formatTimestamp(request.deadline))
                                         : QJsonValue(QJsonValue::Null)},
    };
}

Result<KyfRequest> kyfRequestFromJson(const QJsonObject &object, const QString &subject)
{
    JsonReader reader(object, subject);
    KyfRequest request;
    const QString state = reader.string(QStringLiteral("state"));
    const QJsonArray fields = reader.array(QStringLiteral("fields"));
    request.deadline = reader.optionalTimestamp(QStringLiteral("deadline"));
    if (!reader.ok())
        return reader.error();

    Result<KyfState> parsedState = kyfStateFromWire(state);
    if (!parsedState)
        return asProtocolError(subject, parsedState.error());
    request.state = parsedState.value();
    for (const QJsonValue &value : fields) {
        Result<KyfField> field = kyfFieldFromWire(value.toString());
        if (!field)
            return asProtocolError(subject, field.error());
        request.fields.append(field.value());
    }
    if (request.state != KyfState::NotRequired && !request.deadline.isValid()) {
        return makeError(ErrorCode::Protocol,
                         QStringLiteral("%1: KYF state '%2' needs a deadline").arg(subject, state),
                         QStringLiteral("kyf.deadline"));
    }
    return request;
}

QJsonObject toJson(const KyfAnswers &answers)
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(toWire(it.key()), it.value());
    return object;
}

Result<KyfAnswers> kyfAnswersFromJson(const QJsonObject &object)
{
    KyfAnswers answers;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        Result<KyfField> field = kyfFieldFromWire(it.key());
        if (!field)
            return asProtocolError(QStringLiteral("KYF answers"), field.error());
        if (!it.value().isString()) {
            return makeError(ErrorCode::Protocol,
                             QStringLiteral("KYF answers: field '%1' must be a string, got %2")
                                 .arg(it.key(), describeJsonType(it.value())),
                             it.key());
        }
        answers.insert(field.value(), it.value().toString());
    }
    return answers;
}

QJsonObject toJson(const AiSession &session)
{
    const auto time = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(formatTimestamp(at)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("format"), toWire(session.format)},
        {QStringLiteral("accountTier"), toWire(session.accountTier)},
        {QStringLiteral("durationMinutes"), session.durationMinutes},
        {QStringLiteral("tierPrice"), session.tierPrice.toDecimalString()},
        {QStringLiteral("state"), toWire(session.state)},
        {QStringLiteral("startedAt"), time(session.startedAt)},
        {QStringLiteral("endedAt"), time(session.endedAt)},
    };
}

Result<AiSession> aiSessionFromJson(const QJsonObject &object, const Asset &asset,
                                    const QString &subject)
{
    JsonReader reader(object, subject);
    AiSession session;
    const QString format = reader.string(QStringLiteral("format"));
    const QString tier = reader.string(QStringLiteral("accountTier"));
    session.durationMinutes = static_cast<int>(reader.integer(QStringLiteral("durationMinutes")));
    const QString price = reader.string(QStringLiteral("tierPrice"));
    const QString state = reader.string(QStringLiteral("state"));
    session.startedAt = reader.optionalTimestamp(QStringLiteral("startedAt"));
    session.endedAt = reader.optionalTimestamp(QStringLiteral("endedAt"));
    if (!reader.ok())
        return reader.error();

    Result<SessionFormat> parsedFormat = sessionFormatFromWire(format);
    if (!parsedFormat)
        return asProtocolError(subject, parsedFormat.error());
    session.format = parsedFormat.value();
    Result<AccountTier> parsedTier = accountTierFromWire(tier);
    if (!parsedTier)
        return asProtocolError(subject, parsedTier.error());
    session.accountTier = parsedTier.value();
    Result<SessionState> parsedState = sessionStateFromWire(state);
    if (!parsedState)
        return asProtocolError(subject, parsedState.error());
    session.state = parsedState.value();
    Result<Money> parsedPrice = Money::parse(price, asset);
    if (!parsedPrice)
        return asProtocolError(subject, parsedPrice.error());
    session.tierPrice = parsedPrice.value();
    return session;
}

QJsonObject toJson(const CreatorSettings &settings)
{
    QJsonArray minimums;
    for (const Money &minimum : settings.minimumBids) {
        minimums.append(QJsonObject{{QStringLiteral("amount"), minimum.toDecimalString()},
                                    {QStringLiteral("asset"), minimum.asset().code()}});
    }
    QJsonArray fields;
    for (KyfField field : settings.kyfFields)
        fields.append(toWire(field));
    QJsonArray tiers;
    for (const AiTier &tier : settings.aiTiers) {
        tiers.append(QJsonObject{{QStringLiteral("format"), toWire(tier.format)},
                                 {QStringLiteral("accountTier"), toWire(tier.accountTier)},
                                 {QStringLiteral("durationMinutes"), tier.durationMinutes},
                                 {QStringLiteral("price"), tier.price.toDecimalString()},
                                 {QStringLiteral("asset"), tier.price.asset().code()}});
    }
    return QJsonObject{
        {QStringLiteral("kind"), toWire(settings.kind)},
        {QStringLiteral("personaName"), settings.personaName},
        {QStringLiteral("acceptsBids"), settings.acceptsBids},
        {QStringLiteral("minimumBids"), minimums},
        {QStringLiteral("kyf"), QJsonObject{{QStringLiteral("required"), settings.kyfRequired},
                                            {QStringLiteral("fields"), fields}}},
        {QStringLiteral("aiTiers"), tiers},
    };
}

Result<CreatorSettings> creatorSettingsFromJson(const QJsonObject &object)
{
    const QString subject = QStringLiteral("creator settings");
    JsonReader reader(object, subject);
    CreatorSettings settings;
    const QString kind = reader.optionalString(QStringLiteral("kind"));
    settings.personaName = reader.optionalString(QStringLiteral("personaName"));
    settings.acceptsBids = reader.boolean(QStringLiteral("acceptsBids"));
    const QJsonArray minimums = reader.array(QStringLiteral("minimumBids"));
    const QJsonObject kyf = reader.object(QStringLiteral("kyf"));
    const QJsonArray tiers = reader.array(QStringLiteral("aiTiers"));
    if (!reader.ok())
        return reader.error();

    if (!kind.isEmpty()) {
        Result<AccountKind> parsedKind = accountKindFromWire(kind);
        if (!parsedKind)
            return asProtocolError(subject, parsedKind.error());
        settings.kind = parsedKind.value();
    }
    for (const QJsonValue &value : minimums) {
        JsonReader item(value.toObject(), QStringLiteral("minimum bid"));
        const QString amount = item.string(QStringLiteral("amount"));
        const QString asset = item.string(QStringLiteral("asset"));
        if (!item.ok())
            return asProtocolError(subject, item.error());
        Result<Money> money = Money::parse(amount, asset);
        if (!money)
            return asProtocolError(subject, money.error());
        settings.minimumBids.append(money.value());
    }

    JsonReader kyfReader(kyf, QStringLiteral("kyf"));
    settings.kyfRequired = kyfReader.boolean(QStringLiteral("required"));
    const QJsonArray fields = kyfReader.array(QStringLiteral("fields"));
    if (!kyfReader.ok())
        return asProtocolError(subject, kyfReader.error());
    for (const QJsonValue &value : fields) {
        Result<KyfField> field = kyfFieldFromWire(value.toString());
        if (!field)
            return asProtocolError(subject, field.error());
        settings.kyfFields.append(field.value());
    }

    for (const QJsonValue &value : tiers) {
        JsonReader item(value.toObject(), QStringLiteral("price row"));
        const QString format = item.string(QStringLiteral("format"));
        const QString tier = item.string(QStringLiteral("accountTier"));
        const qint64 minutes = item.integer(QStringLiteral("durationMinutes"));
        const QString price = item.string(QStringLiteral("price"));
        const QString asset = item.string(QStringLiteral("asset"));
        if (!item.ok())
            return asProtocolError(subject, item.error());
        AiTier row;
        Result<SessionFormat> parsedFormat = sessionFormatFromWire(format);
        if (!parsedFormat)
            return asProtocolError(subject, parsedFormat.error());
        row.format = parsedFormat.value();
        Result<AccountTier> parsedTier = accountTierFromWire(tier);
        if (!parsedTier)
            return asProtocolError(subject, parsedTier.error());
        row.accountTier = parsedTier.value();
        row.durationMinutes = static_cast<int>(std::clamp<qint64>(minutes, 0, 100000));
        Result<Money> money = Money::parse(price, asset);
        if (!money)
            return asProtocolError(subject, money.error());
        row.price = money.value();
        settings.aiTiers.append(row);
    }
    if (Result<void> valid = validateCreatorSettings(settings); !valid)
        return asProtocolError(subject, valid.error());
    return settings;
}

void writeLifecycle(const Bid &bid, QJsonObject &object)
{
    object.insert(QStringLiteral("expiresAt"), bid.expiresAt.isValid()
                                                   ? QJsonValue(formatTimestamp(bid.expiresAt))
                                                   : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("kyf"), toJson(bid.kyf));
    object.insert(QStringLiteral("meeting"), bid.meeting.isValid() ? QJsonValue(toJson(bid.meeting))
                                                                   : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("session"), bid.session ? QJsonValue(toJson(*bid.session))
                                                         : QJsonValue(QJsonValue::Null));
    if (bid.status == BidStatus::Cancelled) {
        object.insert(QStringLiteral("cancelledBy"), bid.cancelledBy);
        object.insert(QStringLiteral("cancelReason"), bid.cancelReason);
    }
}

Result<void> readLifecycle(const QJsonObject &object, const QString &subject, Bid &bid)
{
    JsonReader reader(object, subject);
    bid.expiresAt = reader.optionalTimestamp(QStringLiteral("expiresAt"));
    const QJsonObject kyf = reader.optionalObject(QStringLiteral("kyf"));
    const QJsonObject meeting = reader.optionalObject(QStringLiteral("meeting"));
    const QJsonObject session = reader.optionalObject(QStringLiteral("session"));
    bid.cancelledBy = reader.optionalString(QStringLiteral("cancelledBy"));
    bid.cancelReason = reader.optionalString(QStringLiteral("cancelReason"));
    if (!reader.ok())
        return reader.error();

    // A bid without the object comes from a server older than KYF: nothing was requested.
    if (!kyf.isEmpty()) {
        Result<KyfRequest> request = kyfRequestFromJson(kyf, subject);
        if (!request)
            return request.error();
        bid.kyf = request.value();
    }
    if (!meeting.isEmpty()) {
        Result<Meeting> parsed = meetingFromJson(meeting, subject + QStringLiteral(" meeting"));
        if (!parsed)
            return parsed.error();
        bid.meeting = parsed.value();
    }
    if (!session.isEmpty()) {
        Result<AiSession> parsed = aiSessionFromJson(session, bid.amount.asset(),
                                                     subject + QStringLiteral(" session"));
        if (!parsed)
            return parsed.error();
        bid.session = parsed.value();
    }
    return {};
}

} // namespace mesi::contract
