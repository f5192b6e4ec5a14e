#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <QtHttpServer/QAbstractHttpServer>

#include <functional>
#include <optional>

namespace mesi::sandbox {

/// One HTTP request, as passed to a route handler.
struct ApiRequest
{
    QByteArray method;                ///< "GET", "POST", ...
    QString path;                     ///< Decoded path, such as /v1/creator/bids/bid_1/accept.
    QHash<QString, QString> pathArgs; ///< Values of the {name} segments of the route pattern.
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// Returns a header by case-insensitive name, or nullopt when it is absent.
    std::optional<QByteArray> header(const QByteArray &name) const;
};

/// Status and JSON body of a response; every response of the sandbox is application/json.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
};

/// Serialises a JSON object compactly as a response body.
ApiResponse jsonResponse(int status, const QJsonObject &body);

/**
 * The sandbox's HTTP server: a QAbstractHttpServer with a small route table.
 *
 * A path that matches no pattern gets 404 and a path that matches with another
 * method gets 405, both with the JSON error body. WebSocket upgrades never reach the routes:
 * Qt hands them to the newWebSocketConnection() signal.
 */
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<ApiResponse(const ApiRequest &request)>;

    explicit HttpServer(QObject *parent = nullptr);

    /// Adds a route; pattern segments in braces, as in /v1/bids/{bidId}, match any one segment.
    void addRoute(const QByteArray &method, const QString &pattern, Handler handler);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };

    ApiResponse dispatch(ApiRequest &request) const;
    static void send(const QHttpServerRequest &request, QTcpSocket *socket,
                     const ApiResponse &response);

    QList<Route> m_routes;
};

} // namespace mesi::sandbox
