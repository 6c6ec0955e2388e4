// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineQueries.h"
#include "LogSourceSettings.h"
#include "config/Command.h"
#include "snapshot/Snapshot.h"
#include "traffic/RejectedInput.h"
#include "traffic/SourceControl.h"
#include "traffic/SourceState.h"

#include <QList>
#include <QObject>
#include <QString>

#include <vector>

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

    // What feeds the engine its requests (the simulated traffic, and so on) and how each one is doing.
    virtual QList<engine::SourceState> sources() const = 0;
    // Pauses, speeds up or switches a source; a control the source refuses is reported by the host.
    virtual void controlSource(const QString& id, const engine::SourceControl& control) = 0;
    // The first lines a source could not understand, copied from the source now (no engine round trip).
    virtual std::vector<engine::RejectedInput> rejectedLines(const QString& id) const
    {
        Q_UNUSED(id);
        return {};
    }
    // Starts reading an access log as another source (sourcesChanged follows). Empty when it started;
    // otherwise a sentence saying what is wrong with the settings. Where the file cannot be read, the new
    // source says so in its state.
    virtual QString addLogSource(const LogSourceSettings& settings)
    {
        Q_UNUSED(settings);
        return tr("This console cannot read access logs.");
    }
    // Stops a log source and forgets it; the simulation and the HTTP listener stay.
    virtual void removeSource(const QString& id) { Q_UNUSED(id); }
    // The access logs the console reads, as configured (to keep them for the next start).
    virtual QList<LogSourceSettings> logSources() const { return {}; }

    // True when the console only watches (`sluice --read-only`): pages disable every admin control and say
    // why in its tooltip, and the engine refuses admin commands even if one arrives.
    virtual bool readOnly() const { return false; }

signals:
    void snapshotReady(sluice::engine::SnapshotPtr snapshot);
    void commandFinished(quint64 id, bool ok, const QString& error);
    void answered(quint64 id, const sluice::ui::EngineAnswer& answer);
    void sourcesChanged();
};

}  // namespace sluice::ui
