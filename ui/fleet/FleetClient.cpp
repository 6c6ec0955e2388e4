// SPDX-License-Identifier: Apache-2.0
#include "fleet/FleetClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace sluice::ui {

FleetClient::FleetClient(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

QUrl FleetClient::serverUrl(const QString& text, QString& error)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        error = tr("Give the server as host:port or an http:// address, such as 127.0.0.1:9090.");
        return {};
    }
    url.setPath({});
    url.setQuery(QString());
    return url;
}

void FleetClient::setServer(const QUrl& server, const QByteArray& token)
{
    if (QNetworkReply* old = m_pending) {
        m_pending = nullptr;  // its answer is about the old server: finished() leaves it out
        old->abort();
    }
    m_server = server;
    m_token = token;
}

void FleetClient::poll()
{
    if (!attached() || m_pending) {
        return;
    }
    m_pending = m_network->get(requestFor(QStringLiteral("/api/fleet")));
    QNetworkReply* reply = m_pending;
    capSize(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

QNetworkRequest FleetClient::requestFor(const QString& path, const QString& query) const
{
    QUrl url = m_server;
    url.setPath(path, QUrl::TolerantMode);  // a key in the path comes percent-encoded, and stays so
    if (!query.isEmpty()) {
        url.setQuery(query, QUrl::StrictMode);
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(kTimeoutMs);
    return request;
}

void FleetClient::capSize(QNetworkReply* reply)
{
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxAnswerBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
}

void FleetClient::askJson(const QString& path, std::function<void(const QJsonObject&)> take)
{
    if (!attached()) {
        return;
    }
    QNetworkReply* reply = m_network->get(requestFor(path));
    capSize(reply);
    const quint64 asked = ++m_lookups[path];
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, path, asked, askedOf = m_server, take = std::move(take)] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                // Only the newest question's answer: an older one arriving last would show the state before a change.
                if (askedOf == m_server && asked == m_lookups.value(path) && status == 200 &&
                    !reply->property("tooLarge").toBool()) {
                    take(QJsonDocument::fromJson(reply->readAll()).object());
                }
            });
}

void FleetClient::askTiers()
{
    askJson(QStringLiteral("/api/vip/tiers"), [this](const QJsonObject& answer) {
        QStringList names;
        for (const QJsonValue& tier : answer.value(QLatin1String("tiers")).toArray()) {
            if (const QString name = tier.toObject().value(QLatin1String("name")).toString(); !name.isEmpty()) {
                names << name;
            }
        }
        emit tiersAnswered(names);
    });
}

std::optional<QList<FleetFlag>> FleetClient::flagsOf(const QJsonObject& answer)
{
    const QJsonValue list = answer.value(QLatin1String("flags"));
    if (!list.isArray()) {
        return std::nullopt;
    }
    QList<FleetFlag> flags;
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject flag = value.toObject();
        FleetFlag f;
        f.name = flag.value(QLatin1String("name")).toString();
        f.enabled = flag.value(QLatin1String("enabled")).toBool();
        const QJsonValue rollout = flag.value(QLatin1String("rollout"));
        f.rollout = rollout.isDouble() ? std::clamp(rollout.toInt(), 0, 100) : -1;
        if (!f.name.isEmpty()) {
            flags << f;
        }
    }
    return flags;
}

void FleetClient::askFlags()
{
    askJson(QStringLiteral("/api/flags"),
            [this](const QJsonObject& answer) { emit flagsAnswered(flagsOf(answer).value_or(QList<FleetFlag>())); });
}

void FleetClient::finished(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_pending) {
        return;  // aborted for another server
    }
    m_pending = nullptr;
    if (reply->property("tooLarge").toBool()) {
        emit failed(tr("The server's answer is over %1 MB: it is not a fleet's.").arg(kMaxAnswerBytes / (1024 * 1024)));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (const QString problem = problemOf(reply, status, body); !problem.isEmpty()) {
        emit failed(problem);
        return;
    }
    std::string error;
    const auto answer = engine::http::decodeFleetAnswer(std::string_view(body.constData(), body.size()), error);
    if (!answer) {
        emit failed(tr("The server answered %1: %2").arg(status).arg(QString::fromStdString(error)));
        return;
    }
    emit answered(*answer);
}

QString FleetClient::problemOf(QNetworkReply* reply, int status, const QByteArray& body) const
{
    if (status == 401) {
        return tr("The server refused the token (401): it is not a valid token of that server.");
    }
    if (status == 403) {
        return tr("The token may not do this (403): reading needs a read or admin token, changes an admin token.");
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        return tr("No answer from %1: %2").arg(m_server.toString(), reply->errorString());
    }
    if (status != 200 && status != 202) {  // 202: asked of another engine of the fleet
        // The admin API says what is wrong as {"error": "..."}.
        const QString reason = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString();
        return tr("The server answered %1: %2")
            .arg(status)
            .arg(reason.isEmpty() ? QString::fromUtf8(body).trimmed().left(300) : reason);
    }
    return {};
}

FleetClient::AdminReply FleetClient::adminReply(QNetworkReply* reply) const
{
    AdminReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->property("tooLarge").toBool()) {
        out.problem =
            tr("The server's answer is over %1 MB: it is not an admin API's.").arg(kMaxAnswerBytes / (1024 * 1024));
        return out;
    }
    out.body = reply->readAll();
    out.problem = problemOf(reply, out.status, out.body);
    if (!out.problem.isEmpty()) {
        out.body.clear();
    }
    return out;
}

void FleetClient::sendChange(const QByteArray& method, const QString& path, const QByteArray& body,
                             const QString& query)
{
    sendChange(method, path, query, body, this, [this](const QJsonObject& answer, const QString& problem) {
        if (problem.isEmpty()) {
            emit changeSent(answer.value(QLatin1String("fleet_change")).toString());
        } else {
            emit changeFailed(problem);
        }
    });
}

void FleetClient::sendChange(const QByteArray& method, const QString& path, const QString& query,
                             const QByteArray& body, QObject* context, Done done)
{
    if (!attached()) {
        done({}, tr("Attach to a fleet first."));
        return;
    }
    QNetworkRequest request = requestFor(path, query);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    capSize(reply);
    // Gone with its answer, whether or not the asker is still there to hear it.
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, context, [this, reply, done = std::move(done)] {
        const AdminReply answer = adminReply(reply);
        if (!answer.problem.isEmpty()) {
            done({}, answer.problem);
            return;
        }
        done(QJsonDocument::fromJson(answer.body).object(), {});
    });
}

void FleetClient::read(const QString& path, QObject* context, ReadDone done)
{
    if (!attached()) {
        done(0, {}, tr("Attach to a fleet first."));
        return;
    }
    QNetworkReply* reply = m_network->get(requestFor(path, {}));
    capSize(reply);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, context, [this, reply, askedOf = m_server, done = std::move(done)] {
        if (askedOf != m_server) {
            done(0, {}, tr("The console was attached to another server meanwhile."));
            return;
        }
        const AdminReply answer = adminReply(reply);
        done(answer.status, answer.body, answer.problem);
    });
}

}  // namespace sluice::ui
