// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Page.h"
#include "pages/overview/RateHistory.h"

class QLabel;
class QTableView;

namespace sluice::ui {

class ChartMarkerFeed;
class EngineClient;
class KpiTile;
class TierDenialsChartView;
class TopDeniedModel;
class TrafficChartView;

// The first page: how much traffic, how much of it denied, by which reputation tier, and who is being
// denied, over the toolbar's time range. Everything on it is drawn from the latest snapshot only.
class OverviewPage final : public Page {
    Q_OBJECT

public:
    // Without an engine (tests of the charts) the keys' actions are offered as to an admin.
    explicit OverviewPage(EngineClient* engine, QWidget* parent = nullptr);

protected:
    void render() override;
    void timeRangeChanged() override;

private:
    void renderTraffic();
    void renderTierDenials();

    KpiTile* m_rate;
    KpiTile* m_denied;
    KpiTile* m_active;
    KpiTile* m_flagged;
    KpiTile* m_trusted;
    KpiTile* m_vip;
    QLabel* m_trafficHeading;
    QLabel* m_tierHeading;
    TrafficChartView* m_traffic;
    TierDenialsChartView* m_tierDenials;
    ChartMarkerFeed* m_markers;
    TopDeniedModel* m_topDeniedModel;
    QTableView* m_topDenied;

    RateHistory m_history;
};

}  // namespace sluice::ui
