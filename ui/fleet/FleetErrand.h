// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/FleetJson.h"

#include <QObject>
#include <QString>

#include <functional>

class QJsonObject;
class QLabel;

namespace sluice::ui {

class FleetFeed;

// One admin request to one engine of the fleet (acknowledging its alert, reading its notification), asked through
// the attached server and followed until that engine has done it, said in words in `status`. Another engine's alerts
// and notifications are its own (their ids are its own): the server passes the request on through the fleet's change
// log. The engine has taken it once its change cursor reaches the change; whether it did it (or refused: the alert
// was resolved meanwhile) shows in what it says of itself next, which `done` reads.
class FleetErrand final : public QObject {
    Q_OBJECT

public:
    // Whether the engine's summary shows the errand done.
    using Done = std::function<bool(const engine::EngineSummary& summary)>;
    // Answers without the engine before it counts as gone, and of the engine after it took the change before it
    // counts as not done: a summary is made from a snapshot up to a tenth of a second older than its cursor.
    static constexpr int kMissingAnswers = 5;
    static constexpr int kAnswersAfterTaking = 3;

    FleetErrand(FleetFeed* feed, QLabel* status, QObject* parent);

    // Asks `engine` (host:pid) for `what` (a sentence naming the action: "Acknowledge alert 3"): `method` on `path`,
    // with the engine as the query's `engine`. An errand still out is forgotten.
    void ask(const QString& engine, const QByteArray& method, const QString& path, const QByteArray& body,
             const QString& what, Done done);
    // Nothing more is said of the errand out (the page shows another scope); the status line hides.
    void forget();
    // Asked, and not yet done, refused or given up: the page does not offer the action again meanwhile.
    bool busy() const { return m_busy; }

signals:
    // No longer busy.
    void settled();

private:
    void follow(const engine::http::FleetAnswer& answer);
    void answered(const QJsonObject& answer, const QString& problem);
    void say(const QString& text, bool problem);
    void settle(const QString& text, bool problem);

    FleetFeed* m_feed;
    QLabel* m_status;
    QString m_engine;
    QString m_what;
    Done m_done;
    QString m_changeId;  // followed until the engine has done it; empty: nothing to follow
    bool m_busy = false;
    bool m_taken = false;      // the engine's cursor reached the change
    int m_missing = 0;         // answers in a row without the engine
    int m_sinceTaken = 0;      // answers of the engine since it took the change
    quint64 m_generation = 0;  // an answer to a forgotten errand is dropped
};

}  // namespace sluice::ui
