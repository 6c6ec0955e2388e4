// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fleet/FleetHistory.h"
#include "fleet/ThrottleTrail.h"

#include "http/FleetJson.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace sluice::ui {

class FleetClient;
class Keychain;

// The fleet this console is attached to, for every page that shows it: the server asked and its token (kept in
// the OS keychain, never in the settings), the latest answer of GET /api/fleet, and what was heard of the fleet and
// of each engine over the last minutes. It asks every second while some page shows the fleet, never otherwise, and
// never blocks the window.
class FleetFeed final : public QObject {
    Q_OBJECT

public:
    // The keychain's entries: the server's address and its token.
    static constexpr const char* kServerKey = "fleet-server";
    static constexpr const char* kTokenKey = "fleet-token";
    static constexpr int kPollMs = 1000;
    // Attached but never answered (a server away when the console started): asked again this often, watched or not.
    static constexpr int kRetryMs = 5000;

    // `keychainService` names the application in the keychain (tests use names of their own); empty: none is used,
    // so nothing is restored or kept.
    explicit FleetFeed(const QString& keychainService, QObject* parent = nullptr);

    // For admin changes and the tier list; its answers to GET /api/fleet come through answered().
    FleetClient* client() const { return m_client; }
    bool attached() const;
    QUrl server() const;

    // Attaches again to the server kept in the keychain, once (later calls do nothing): restoring() says so, and
    // problem() when the keychain cannot give the token.
    void restore();
    // Attaches to `server` with `token`, forgetting what was heard of another fleet, and keeps both in the keychain.
    void attach(const QUrl& server, const QByteArray& token);
    // Stops watching and removes the token from the keychain.
    void detach();
    // `viewer` wants the fleet asked every second (true), or no longer (false); it is asked while anyone wants it.
    void watch(const QObject* viewer, bool on);
    // Whether it asks every second (someone watches).
    bool polling() const { return m_poll.isActive() && m_poll.interval() == kPollMs; }

    // The latest answer since attaching; nullopt before the first.
    const std::optional<engine::http::FleetAnswer>& latest() const { return m_latest; }
    // The latest answer while the server still answers; null before the first and after a question failed, so a
    // dashboard shows no figure rather than an old one as current.
    const engine::http::FleetAnswer* current() const { return m_latest && !m_failing ? &*m_latest : nullptr; }
    // What was heard of the fleet as one (an empty id) or of one engine over the last five minutes: the rates, and
    // the throttle's level and load (for the fleet: the strongest level, the highest CPU and memory, the requests in
    // flight added up).
    const FleetHistory& history(const QString& engineId = {}) const;
    const std::vector<engine::ThrottleSample>& throttle(const QString& engineId = {}) const;
    // Why attaching again or keeping the token failed; empty when it did not.
    QString keychainProblem() const { return m_keychainProblem; }

signals:
    void answered(const sluice::engine::http::FleetAnswer& answer);
    void failed(const QString& reason);
    // What current() gives changed: an answer came, or a question failed.
    void changed();
    // Attached or detached (latest() is then empty).
    void attachedChanged();
    // Attaching again: the address found in the keychain, then the token once read.
    void restoring(const QString& address, const QString& token);
    // The keychain could not give or keep the token: a sentence saying so.
    void problem(const QString& text);

private:
    void heard(const engine::http::FleetAnswer& answer);
    void forgetHeard();
    // Asks every second while watched; every kRetryMs while attached and never answered; not otherwise.
    void schedule();

    Keychain* m_keychain = nullptr;  // null: no keychain
    FleetClient* m_client;
    QTimer m_poll;
    QSet<const QObject*> m_viewers;
    std::optional<engine::http::FleetAnswer> m_latest;
    struct Heard {
        FleetHistory rates;
        ThrottleTrail throttle;
    };
    // What was heard of the engine of `engineId`, or of the fleet for an empty id; nothing for an engine not heard of.
    const Heard& heardOf(const QString& engineId) const;

    Heard m_fleet;
    QHash<QString, Heard> m_engines;
    QString m_keychainProblem;
    bool m_restored = false;
    bool m_failing = false;  // the latest question failed
    // Bumped by attach and detach: a keychain read started before either is about an older wish, and is dropped.
    quint64 m_generation = 0;
};

}  // namespace sluice::ui
