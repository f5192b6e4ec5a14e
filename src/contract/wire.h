#pragma once

#include <QByteArray>
#include <QString>

// Names fixed by the Mesi API contract v1 (docs/api/openapi.yaml). Client and sandbox
// both use these so that a rename cannot split them.
namespace mesi::contract {

inline constexpr char IdempotencyKeyHeader[] = "Idempotency-Key";
inline constexpr char AuthorizationHeader[] = "Authorization";
/// Longest Idempotency-Key the server stores; longer keys are rejected.
inline constexpr int MaxIdempotencyKeyLength = 128;

/// Page size the server uses when the client names none, and the largest it accepts.
inline constexpr int DefaultPageSize = 50;
inline constexpr int MaxPageSize = 200;

/// Maximum length of a bid note and of a chat message, in UTF-16 code units.
inline constexpr int MaxNoteLength = 1000;
inline constexpr int MaxMessageLength = 4000;
inline constexpr int MaxRejectReasonLength = 500;
/// Maximum length of a fan's display name, in UTF-16 code units.
inline constexpr int MaxFanNameLength = 64;

inline QString apiPrefix() { return QStringLiteral("/v1"); }

/// WebSocket close code the server uses when the hello message carries no valid token.
inline constexpr quint16 CloseUnauthorized = 4401;
/// WebSocket close code for a hello message that breaks the contract.
inline constexpr quint16 CloseProtocolError = 4400;

} // namespace mesi::contract
