#pragma once

#include "codec.h"

#include "core/result.h"

#include <QString>

namespace mesi::contract {

/// Limit on one text message of the events WebSocket, in bytes. The largest message carries
/// one bid of a few kilobytes, so 1 MiB rejects only a broken or hostile server.
inline constexpr qint64 MaxEventFrameBytes = 1024 * 1024;

/// One text message from the server on the events WebSocket, sorted by its "type" field.
struct ServerMessage
{
    enum class Kind {
        Ready,  ///< The server accepted the hello; events follow.
        Resync, ///< The server cannot resume from the client's position.
        Event,  ///< Any other type: an event, possibly of a type this client does not know.
    };
    Kind kind = Kind::Event;
    qint64 seq = 0; ///< The server's newest sequence number, for Ready and Resync.
    Event event;    ///< The event, for Kind::Event.
};

/**
 * Reads one text message of the events WebSocket. A message longer than MaxEventFrameBytes
 * in UTF-8, text that is not a JSON object and an event that breaks the contract each
 * return a Protocol error that names the problem.
 */
Result<ServerMessage> readServerMessage(const QString &text);

} // namespace mesi::contract
