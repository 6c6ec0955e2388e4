// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineQueries.h"
#include "config/Command.h"
#include "snapshot/Snapshot.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace sluice::ui {

// Where the built-in traffic comes from and how fast it runs.
struct SimulationState {
    bool running = false;
    bool paused = false;
    double speed = 1.0;  // virtual seconds per wall second; 0 = as fast as possible
    QString scenario;
    engine::TimeNs virtualNow = 0;
};

}  // namespace sluice::ui

Q_DECLARE_METATYPE(sluice::engine::SnapshotPtr)

namespace sluice::ui {

// What the pages may ask of the engine. The UI never waits on it: the latest snapshot is pushed about ten
// times a second, and every command and every question (EngineQueries.h) is answered later by a queued
// signal carrying the id the request returned. Pages receive answers through LatestQuestion or
// OpenQuestions, which match the ids for them.
class EngineClient : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    virtual quint64 sendCommand(engine::Command command) = 0;
    // The answer comes with `answered`; the engine thread works it out between batches.
    virtual quint64 ask(EngineQuery query) = 0;

    // The SQLite file, for read-only history views (empty when nothing is persisted).
    virtual QString databasePath() const = 0;

    virtual QStringList scenarioNames() const = 0;
    virtual SimulationState simulationState() const = 0;
    virtual void setPaused(bool paused) = 0;
    virtual void setSpeed(double speed) = 0;  // 0 = as fast as possible
    virtual void setScenario(const QString& name) = 0;

    // True when the console only watches (`sluice --read-only`): pages disable every admin control and say
    // why in its tooltip, and the engine refuses admin commands even if one arrives.
    virtual bool readOnly() const { return false; }

signals:
    void snapshotReady(sluice::engine::SnapshotPtr snapshot);
    void commandFinished(quint64 id, bool ok, const QString& error);
    void answered(quint64 id, const sluice::ui::EngineAnswer& answer);
    void simulationChanged();
};

}  // namespace sluice::ui
