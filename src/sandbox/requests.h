#pragma once

#include "core/aisession.h"
#include "core/meeting.h"
#include "core/money.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace mesi::sandbox {

/// Body of POST /v1/fan/bids after validation.
struct PlaceBidRequest
{
    QString creatorHandle;
    Money amount;
    QString note;
    std::optional<SessionFormat> format; ///< The session asked of an AI account.
};

/// Body of POST /v1/bids/{bidId}/messages after validation.
struct PostMessageRequest
{
    QString text;
    QString clientId; ///< Empty when the client sent none.
    std::optional<MeetingTerms> proposal; ///< Set for a meeting proposal; text is then its note.
};

/// Body of POST /v1/bids/{bidId}/proposals after validation.
struct ProposeMeetingRequest
{
    MeetingTerms terms;
    QString note;
    QString clientId;
};

/// Maximum length of a chat clientId, in UTF-16 code units.
inline constexpr int MaxClientIdLength = 128;

/**
 * Validates a place-bid body. amount must be a JSON string in the asset's decimals and
 * greater than zero; every error names the field at fault.
 */
Result<PlaceBidRequest> parsePlaceBidRequest(const QJsonObject &body);
/// Validates a reject body, whose only field, reason, is optional.
Result<QString> parseRejectReason(const QJsonObject &body);
Result<PostMessageRequest> parsePostMessageRequest(const QJsonObject &body);
/**
 * Validates a proposal body: start and end as ISO 8601 times with a zone, an IANA
 * timeZone, and either place or an https link; note and clientId are optional.
 */
Result<ProposeMeetingRequest> parseProposeMeetingRequest(const QJsonObject &body);

/// True when the error is about a field that the body does not contain at all.
bool isMissingField(const QJsonObject &body, const Error &error);

} // namespace mesi::sandbox
