#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QString>

namespace mesi::sandbox {

/// Settings of a SandboxServer: address, data folder, seeding and the demo fan.
struct SandboxOptions
{
    QHostAddress host = QHostAddress::LocalHost; ///< Must be a loopback address.
    quint16 port = 8787;                         ///< 0 picks a free port.
    QString dataDir;                             ///< Folder of sandbox.sqlite; created if missing.
    bool seedDemo = false;                       ///< Seed the demo data when no creator exists yet.
    int demoFanIntervalSeconds = 8;              ///< Seconds between demo fan bids; 0 turns it off.
    int eventRetention = 0;                      ///< Newest events kept per creator; 0 keeps all.
    int tokenLifetimeSeconds = 15 * 60;          ///< Lifetime of creator access tokens.
};

/// A host and port to listen on, as given to --listen.
struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0;
};

/**
 * Parses "HOST:PORT" where HOST is 127.x.x.x, ::1 (optionally in brackets) or localhost,
 * and PORT is 0 to 65535. Any other host is rejected, because the sandbox has no
 * authentication worth the name and must stay reachable from this machine only.
 */
Result<ListenAddress> parseListenAddress(const QString &text);

/// Parses the --demo-fan-interval value: a non-negative whole number of seconds.
Result<int> parseDemoFanInterval(const QString &text);

/// Parses the --token-lifetime value: whole seconds, 1 to 86400.
Result<int> parseTokenLifetime(const QString &text);

/// Parses the --event-retention value: a whole number of events, 0 (keep all) or more.
Result<int> parseEventRetention(const QString &text);

} // namespace mesi::sandbox
