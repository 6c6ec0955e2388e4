// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/ChartMarker.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace sluice::ui {

class AdminActionHistory;
class EngineClient;
class InteractiveChartView;

// Keeps a page's time charts marked with the admin actions of their window. The window only slides forward
// while time passes, so the markers read once still cover it: the feed reads again only when the window
// reaches further back than before (a longer range) or when an admin command has been written, and the
// charts leave out what scrolled off. A read runs on its own thread; only the newest answer is shown.
class ChartMarkerFeed final : public QObject {
    Q_OBJECT

public:
    explicit ChartMarkerFeed(EngineClient* engine, QObject* parent = nullptr);

    void addChart(InteractiveChartView* chart);
    // The charts now show engine time from `fromMs` (Unix milliseconds) to now.
    void follow(qint64 fromMs);
    const ChartMarkers& markers() const { return m_markers; }
    // Whether the charts show the markers: a chart of other engines' traffic (a fleet) does not show this console's
    // admin actions. The markers are still followed, so they are back at once.
    void setShown(bool shown);

signals:
    void markersChanged();

private:
    void ask();
    void onMarkers(quint64 id, const ChartMarkers& markers);
    void mark();

    AdminActionHistory* m_history = nullptr;  // none without an engine: nothing was audited
    QList<QPointer<InteractiveChartView>> m_charts;
    ChartMarkers m_markers;
    qint64 m_fromMs = -1;  // the start of the window last asked for; -1 before the first
    quint64 m_latest = 0;
    bool m_shown = true;
};

}  // namespace sluice::ui
