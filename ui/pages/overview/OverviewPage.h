// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Page.h"
#include "pages/overview/RateHistory.h"

class QLabel;
class QTableView;

namespace sluice::ui {

class ChartMarkerFeed;
class EngineClient;
class FleetFeed;
class KeyActions;
class KpiTile;
class TierDenialsChartView;
class TopDeniedModel;
class TrafficChartView;

// The first page: how much traffic, how much of it denied, by which reputation tier, and who is being
// denied, over the toolbar's time range. Everything on it is drawn from the latest snapshot only; or, when the
// window's Engine choice is a fleet (or one engine of it), from what the fleet's engines last said of themselves and
// what the console heard of them over the last five minutes.
class OverviewPage final : public Page {
    Q_OBJECT

public:
    // Without an engine (tests of the charts) the keys' actions are offered as to an admin.
    explicit OverviewPage(EngineClient* engine, QWidget* parent = nullptr);
    // `fleet`: the fleet the console is attached to; null: the page shows this console's engine only.
    OverviewPage(EngineClient* engine, FleetFeed* fleet, QWidget* parent = nullptr);

    bool showsFleet() const override { return m_fleet != nullptr; }

protected:
    void render() override;
    void timeRangeChanged() override;
    void fleetScopeChanged() override;

private:
    bool showingFleet() const { return m_fleet != nullptr && !fleetScope().isEmpty(); }
    void renderFleet();
    void renderTraffic();
    void renderTierDenials();
    void label();

    KpiTile* m_rate;
    KpiTile* m_denied;
    KpiTile* m_active;
    KpiTile* m_flagged;
    KpiTile* m_trusted;
    KpiTile* m_vip;
    QLabel* m_trafficHeading;
    QLabel* m_tierHeading;
    QLabel* m_tableHeading;
    TrafficChartView* m_traffic;
    TierDenialsChartView* m_tierDenials;
    ChartMarkerFeed* m_markers;
    TopDeniedModel* m_topDeniedModel;
    QTableView* m_topDenied;
    KeyActions* m_keyActions = nullptr;
    FleetFeed* m_fleet;

    RateHistory m_history;
};

}  // namespace sluice::ui
