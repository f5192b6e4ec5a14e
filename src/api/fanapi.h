#pragma once

#include "apiclient.h"

#include "core/bid.h"

namespace mesi::api {

/// A bid as a fan places it; the amount stays text so the server judges its form.
struct BidRequest
{
    QString creatorHandle;
    QString amount;
    QString asset;
    QString note;
};

/// The fan's side of the Mesi API v1, as a simulated fan needs it.
class FanApi
{
public:
    explicit FanApi(ApiClient &client) : m_client(client) {}

    /// Signs a fan in by name (created on first use by the sandbox); stores the token in the client.
    void signIn(const QString &name, QObject *context, std::function<void(Result<QString>)> done);
    void placeBid(const BidRequest &bid, const QString &idempotencyKey, QObject *context,
                  std::function<void(Result<Bid>)> done);
    void sendMessage(const QString &bidId, const QString &text, const QString &clientId,
                     const QString &idempotencyKey, QObject *context,
                     std::function<void(Result<ChatMessage>)> done);

private:
    ApiClient &m_client;
};

} // namespace mesi::api
