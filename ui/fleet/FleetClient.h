// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/FleetJson.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QJsonObject;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace sluice::ui {

// A feature flag as the attached server lists it (GET /api/flags).
struct FleetFlag {
    QString name;
    bool enabled = false;
    int rollout = -1;  // the slider's percentage; -1 when the flag has no rollout strategy
};

// Asks one `sluice serve` of a fleet for its roster (GET /api/fleet) with a bearer token, asynchronously: the
// UI never waits on the network. One question at a time; a question unanswered after kTimeoutMs fails.
class FleetClient final : public QObject {
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 3000;
    // An answer longer than this is not a fleet's: the question is dropped rather than the memory spent.
    static constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;

    explicit FleetClient(QObject* parent = nullptr);

    // "host:port" or an http(s) URL; an invalid address gives an empty URL and `error`.
    static QUrl serverUrl(const QString& text, QString& error);

    void setServer(const QUrl& server, const QByteArray& token);
    QUrl server() const { return m_server; }
    bool attached() const { return m_server.isValid() && !m_token.isEmpty(); }
    // Asks now, unless a question is still out.
    void poll();

    // Sends an admin change (`method` on `path` below the server, percent-encoded, a JSON body, and the query that goes
    // with the path, if any) with the token; changeSent follows with the change's id in the fleet's change log, or
    // changeFailed with the server's reason.
    void sendChange(const QByteArray& method, const QString& path, const QByteArray& body, const QString& query = {});
    // The same for one asker alone: `done` is called (unless `context` went) with the server's answer (its
    // "fleet_change" is the change's id in the fleet's change log), or with the problem in words. `query` is the
    // percent-encoded query that goes with the path (an `engine` to ask another engine of the fleet).
    using Done = std::function<void(const QJsonObject& answer, const QString& problem)>;
    void sendChange(const QByteArray& method, const QString& path, const QString& query, const QByteArray& body,
                    QObject* context, Done done);
    // Reads `path` below the server (GET, percent-encoded) for one asker: `done` is called (unless `context` went) with
    // the HTTP status and the answer's body, or with the problem in words (a 404 among them, with its status). An
    // answer from a server the client is no longer attached to is a problem too: the asker would mix two fleets.
    using ReadDone = std::function<void(int status, const QByteArray& body, const QString& problem)>;
    void read(const QString& path, QObject* context, ReadDone done);
    // Asks the server for its VIP tiers (GET /api/vip/tiers); tiersAnswered follows with their names. Nothing
    // follows a failure: the tiers only help the admin type one.
    void askTiers();
    // Asks the server for its feature flags (GET /api/flags); flagsAnswered follows, by name. Nothing follows a
    // failure: the list only helps the admin pick one.
    void askFlags();
    // The flags of a GET /api/flags answer (entries without a name are passed over); nullopt when it has no list.
    static std::optional<QList<FleetFlag>> flagsOf(const QJsonObject& answer);

signals:
    void answered(const sluice::engine::http::FleetAnswer& answer);
    void failed(const QString& reason);
    void changeSent(const QString& fleetChange);
    void changeFailed(const QString& reason);
    void tiersAnswered(const QStringList& names);
    void flagsAnswered(const QList<sluice::ui::FleetFlag>& flags);

private:
    void finished(QNetworkReply* reply);
    // GETs `path` below the server and hands `take` the JSON object of a 200 answer, if the server is still the one
    // asked; nothing follows anything else.
    void askJson(const QString& path, std::function<void(const QJsonObject&)> take);
    // A request for `path` below the server (percent-encoded where needed), with the token and the timeout.
    QNetworkRequest requestFor(const QString& path, const QString& query = {}) const;
    // Aborts `reply` once it brings more than kMaxAnswerBytes, marking it "tooLarge".
    static void capSize(QNetworkReply* reply);
    // The reason a reply failed, in words; empty when it is a 200.
    QString problemOf(QNetworkReply* reply, int status, const QByteArray& body) const;
    // A finished admin API reply: its status, and its body or the reason it failed in words.
    struct AdminReply {
        int status = 0;
        QByteArray body;  // empty with a problem
        QString problem;
    };
    AdminReply adminReply(QNetworkReply* reply) const;

    QNetworkAccessManager* m_network;
    QUrl m_server;
    QByteArray m_token;
    QPointer<QNetworkReply> m_pending;
    QHash<QString, quint64> m_lookups;  // askJson's questions asked so far, by path
};

}  // namespace sluice::ui
