// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Command.h"
#include "core/Snapshot.h"
#include "engine/KeyQuery.h"
#include "engine/KeyView.h"
#include "store/StoreTypes.h"
#include "traffic/SourceControl.h"
#include "traffic/SourceState.h"
#include "vip/VipQuery.h"

#include <QList>
#include <QObject>
#include <QString>

namespace sluice::ui {

// A key looked up for the detail pane; `found` is false for a key the engine does not know.
struct KeyDetail {
    bool found = false;
    engine::KeyView view;
};

}  // namespace sluice::ui

Q_DECLARE_METATYPE(sluice::engine::SnapshotPtr)
Q_DECLARE_METATYPE(sluice::engine::KeyPage)
Q_DECLARE_METATYPE(sluice::ui::KeyDetail)
Q_DECLARE_METATYPE(sluice::engine::VipPage)
Q_DECLARE_METATYPE(std::vector<sluice::engine::store::VipAssignment>)

namespace sluice::ui {

// What the pages may ask of the engine. The UI never waits on it: the latest snapshot is pushed about ten
// times a second, and every question (commands, key pages, key details) is answered later by a queued
// signal carrying the id the request returned.
class EngineClient : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    virtual quint64 sendCommand(engine::Command command) = 0;
    virtual quint64 requestKeys(const engine::KeyQuery& query) = 0;
    virtual quint64 requestKey(const QString& key) = 0;
    virtual quint64 requestVip(const engine::VipQuery& query) = 0;
    // Every VIP assignment, for an export.
    virtual quint64 requestVipAssignments() = 0;

    // The SQLite file, for read-only history views (empty when nothing is persisted).
    virtual QString databasePath() const = 0;

    // What feeds the engine its requests (the simulated traffic, and so on) and how each one is doing.
    virtual QList<engine::SourceState> sources() const = 0;
    // Pauses, speeds up or switches a source; a control the source refuses is reported by the host.
    virtual void controlSource(const QString& id, const engine::SourceControl& control) = 0;

    // True when the console only watches (`sluice --read-only`): pages disable every admin control and say
    // why in its tooltip, and the engine refuses admin commands even if one arrives.
    virtual bool readOnly() const { return false; }

signals:
    void snapshotReady(sluice::engine::SnapshotPtr snapshot);
    void commandFinished(quint64 id, bool ok, const QString& error);
    void keysReady(quint64 id, const sluice::engine::KeyPage& page);
    void keyReady(quint64 id, const sluice::ui::KeyDetail& detail);
    void vipReady(quint64 id, const sluice::engine::VipPage& page);
    void vipAssignmentsReady(quint64 id, const std::vector<sluice::engine::store::VipAssignment>& assignments);
    void sourcesChanged();
};

}  // namespace sluice::ui
