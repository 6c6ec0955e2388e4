// SPDX-License-Identifier: Apache-2.0
#include "pages/fleet/FleetClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

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
    QUrl url = m_server;
    url.setPath(QStringLiteral("/api/fleet"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(kTimeoutMs);
    m_pending = m_network->get(request);
    QNetworkReply* reply = m_pending;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void FleetClient::finished(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_pending) {
        return;  // aborted for another server
    }
    m_pending = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 401) {
        emit failed(tr("The server refused the token (401): it is not a valid token of that server."));
        return;
    }
    if (status == 403) {
        emit failed(tr("The token may not read the fleet (403): a read or admin token is needed."));
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        emit failed(tr("No answer from %1: %2").arg(m_server.toString(), reply->errorString()));
        return;
    }
    std::string error;
    const auto answer = engine::http::decodeFleetAnswer(std::string_view(body.constData(), body.size()), error);
    if (status != 200 || !answer) {
        emit failed(
            tr("The server answered %1: %2")
                .arg(status)
                .arg(status != 200 ? QString::fromUtf8(body).trimmed().left(300) : QString::fromStdString(error)));
        return;
    }
    emit answered(*answer);
}

}  // namespace sluice::ui
