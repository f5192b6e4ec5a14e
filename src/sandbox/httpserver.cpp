#include "httpserver.h"

#include "contract/codec.h"
#include "core/logging.h"

#include <QJsonDocument>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

namespace mesi::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    default:
        break;
    }
    return QByteArrayLiteral("UNKNOWN");
}

/// Matches path segments against a pattern; returns the {name} values, or nullopt.
std::optional<QHash<QString, QString>> matchSegments(const QStringList &pattern,
                                                     const QStringList &path)
{
    if (pattern.size() != path.size())
        return std::nullopt;

    QHash<QString, QString> args;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &expected = pattern.at(i);
        if (expected.startsWith(QLatin1Char('{')) && expected.endsWith(QLatin1Char('}'))) {
            if (path.at(i).isEmpty())
                return std::nullopt;
            args.insert(expected.mid(1, expected.size() - 2), path.at(i));
        } else if (expected != path.at(i)) {
            return std::nullopt;
        }
    }
    return args;
}

} // namespace

std::optional<QByteArray> ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

ApiResponse jsonResponse(int status, const QJsonObject &body)
{
    return ApiResponse{status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

HttpServer::HttpServer(QObject *parent) : QAbstractHttpServer(parent) {}

void HttpServer::addRoute(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.append(Route{method, pattern.split(QLatin1Char('/')), std::move(handler)});
}

ApiResponse HttpServer::dispatch(ApiRequest &request) const
{
    const QStringList segments = request.path.split(QLatin1Char('/'));
    QStringList allowed;
    for (const Route &route : m_routes) {
        std::optional<QHash<QString, QString>> args = matchSegments(route.segments, segments);
        if (!args)
            continue;
        if (route.method != request.method) {
            allowed.append(QString::fromLatin1(route.method));
            continue;
        }
        request.pathArgs = std::move(*args);
        return route.handler(request);
    }

    if (!allowed.isEmpty()) {
        const QString allowList = allowed.join(QStringLiteral(", "));
        ApiResponse response = jsonResponse(
            405, contract::errorBody(QStringLiteral("method_not_allowed"),
                                     QStringLiteral("%1 is not allowed on %2; use %3")
                                         .arg(QString::fromLatin1(request.method), request.path,
                                              allowList)));
        response.extraHeaders.append({QByteArrayLiteral("Allow"), allowList.toLatin1()});
        return response;
    }
    return jsonResponse(404, contract::errorBody(QStringLiteral("not_found"),
                                                 QStringLiteral("no route %1 %2; see "
                                                                "docs/api/openapi.yaml for the "
                                                                "routes")
                                                     .arg(QString::fromLatin1(request.method),
                                                          request.path)));
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 passes a WebSocket upgrade to newWebSocketConnection() only when this returns
    // true without writing a response. EventHub then closes sockets on other paths.
    if (request.value(QByteArrayLiteral("upgrade")).compare(QByteArrayLiteral("websocket"),
                                                            Qt::CaseInsensitive)
        == 0) {
        return true;
    }

    ApiRequest apiRequest;
    apiRequest.method = methodName(request.method());
    apiRequest.path = request.url().path();
    apiRequest.query = request.query();
    apiRequest.headers = request.headers();
    apiRequest.body = request.body();

    const ApiResponse response = dispatch(apiRequest);
    qCDebug(lcSandboxHttp) << apiRequest.method << apiRequest.path << response.status;
    send(request, socket, response);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() responds to every request, so Qt calls this only if that ever changes.
    send(request, socket,
         jsonResponse(404, contract::errorBody(QStringLiteral("not_found"),
                                               QStringLiteral("no route for %1")
                                                   .arg(request.url().path()))));
}

void HttpServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                      const ApiResponse &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"),
                          QByteArray::number(response.body.size()));
    for (const auto &[name, value] : response.extraHeaders)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}

} // namespace mesi::sandbox
