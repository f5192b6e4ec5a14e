#pragma once

#include "apiclient.h"

#include "contract/codec.h"

namespace mesi::api {

/// The signed-in creator as the API describes them.
struct CreatorProfile
{
    QString handle;
    QString displayName;
    bool acceptsBids = false;
};

/// Filter and position for one page of the creator's bids.
struct BidQuery
{
    std::optional<BidStatus> status;
    QString cursor;
    int limit = 0; ///< 0 lets the server choose.
};

/// The creator's side of the Mesi API v1, typed.
class CreatorApi
{
public:
    explicit CreatorApi(ApiClient &client) : m_client(client) {}

    /// Signs in and, on success, stores the bearer token in the client.
    void signIn(const QString &handle, const QString &password, QObject *context,
                std::function<void(Result<CreatorProfile>)> done);
    /// Ends the session on the server: its access and refresh tokens stop working.
    void signOut(QObject *context, std::function<void(Result<void>)> done);
    void listBids(const BidQuery &query, QObject *context,
                  std::function<void(Result<contract::BidPage>)> done);
    void getBid(const QString &bidId, QObject *context, std::function<void(Result<Bid>)> done);
    void acceptBid(const QString &bidId, const QString &idempotencyKey, QObject *context,
                   std::function<void(Result<Bid>)> done);
    void rejectBid(const QString &bidId, const QString &reason, const QString &idempotencyKey,
                   QObject *context, std::function<void(Result<Bid>)> done);
    void listMessages(const QString &bidId, const QString &cursor, QObject *context,
                      std::function<void(Result<contract::MessagePage>)> done);
    void sendMessage(const QString &bidId, const QString &text, const QString &clientId,
                     const QString &idempotencyKey, QObject *context,
                     std::function<void(Result<ChatMessage>)> done);

private:
    ApiClient &m_client;
};

/// Reads a bid from an API response; shared by the creator and fan sides.
Result<Bid> bidFromResponse(Result<QJsonObject> response);
Result<ChatMessage> messageFromResponse(Result<QJsonObject> response);
/// Posts a chat message to a bid; creators and fans use the same route and body.
void postChatMessage(ApiClient &client, const QString &bidId, const QString &text,
                     const QString &clientId, const QString &idempotencyKey, QObject *context,
                     std::function<void(Result<ChatMessage>)> done);
/// Percent-encodes an id for use as one path segment.
QString pathSegment(const QString &id);

} // namespace mesi::api
