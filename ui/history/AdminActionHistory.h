// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/ChartMarker.h"
#include "history/DatabaseReader.h"

#include <QObject>

namespace sluice::ui {

class EngineClient;

// Where the time charts learn what admins did: the audit rows whose engine time falls in a chart's window,
// read on a thread of its own and answered as markers. Only actions that change what keys are allowed are
// marked (AdminActionMarker.h).
class AdminActionHistory final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxMarkers = 500;  // the newest of a window; more would cover a chart in lines

    explicit AdminActionHistory(EngineClient* engine, QObject* parent = nullptr);

    // Markers for the actions at engine times fromMs..toMs (Unix ms, both included), oldest first; the answer
    // comes with markersReady carrying the id returned here.
    quint64 request(qint64 fromMs, qint64 toMs);

signals:
    void markersReady(quint64 requestId, const sluice::ui::ChartMarkers& markers);
    // An admin command has been written (and audited): a window that covers now may have a new marker, so ask
    // again.
    void actionsWritten();

private:
    DatabaseReader m_reader;
    quint64 m_nextId = 1;
};

}  // namespace sluice::ui
