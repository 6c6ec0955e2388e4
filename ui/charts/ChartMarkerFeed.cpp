// SPDX-License-Identifier: Apache-2.0
#include "charts/ChartMarkerFeed.h"

#include "charts/InteractiveChartView.h"
#include "history/AdminActionHistory.h"

#include <limits>

namespace sluice::ui {

ChartMarkerFeed::ChartMarkerFeed(EngineClient* engine, QObject* parent) : QObject(parent)
{
    if (engine == nullptr) {
        return;
    }
    m_history = new AdminActionHistory(engine, this);
    connect(m_history, &AdminActionHistory::markersReady, this, &ChartMarkerFeed::onMarkers);
    connect(m_history, &AdminActionHistory::actionsWritten, this, [this] {
        if (m_fromMs >= 0) {
            ask();
        }
    });
}

void ChartMarkerFeed::addChart(InteractiveChartView* chart)
{
    m_charts.append(chart);
    chart->setMarkers(m_markers);
}

void ChartMarkerFeed::follow(qint64 fromMs)
{
    if (m_fromMs >= 0 && fromMs >= m_fromMs) {
        return;  // what was read still covers the window
    }
    m_fromMs = fromMs;
    ask();
}

void ChartMarkerFeed::ask()
{
    // Up to the end of time: actions recorded after the read are asked for again when they are written.
    if (m_history == nullptr) {
        return;
    }
    m_latest = m_history->request(m_fromMs, std::numeric_limits<qint64>::max());
}

void ChartMarkerFeed::onMarkers(quint64 id, const ChartMarkers& markers)
{
    if (id != m_latest) {
        return;  // an older window's answer
    }
    m_markers = markers;
    mark();
    emit markersChanged();
}

void ChartMarkerFeed::setShown(bool shown)
{
    if (shown != m_shown) {
        m_shown = shown;
        mark();
    }
}

void ChartMarkerFeed::mark()
{
    for (const QPointer<InteractiveChartView>& chart : std::as_const(m_charts)) {
        if (chart) {
            chart->setMarkers(m_shown ? m_markers : ChartMarkers{});
        }
    }
}

}  // namespace sluice::ui
