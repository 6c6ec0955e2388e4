// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Command.h"
#include "core/Snapshot.h"

#include <QObject>
#include <QString>

Q_DECLARE_METATYPE(sluice::engine::SnapshotPtr)

namespace sluice::ui {

// What the pages may ask of the engine: the latest snapshot, pushed, and admin commands, answered later.
// The UI never waits on the engine; every answer arrives as a queued signal.
class EngineClient : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Returns an id that commandFinished() repeats.
    virtual quint64 sendCommand(engine::Command command) = 0;

signals:
    void snapshotReady(sluice::engine::SnapshotPtr snapshot);
    void commandFinished(quint64 id, bool ok, const QString& error);
};

}  // namespace sluice::ui
