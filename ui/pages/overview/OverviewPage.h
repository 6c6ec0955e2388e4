// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TimeRange.h"
#include "pages/overview/RateHistory.h"

#include "snapshot/Snapshot.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace sluice::ui {

class KpiTile;
class TierDenialsChartView;
class TopDeniedModel;
class TrafficChartView;

// The first page: how much traffic, how much of it denied, by which reputation tier, and who is being
// denied. Everything on it is drawn from the latest snapshot only; a hidden page keeps the snapshot and
// draws it when shown.
class OverviewPage final : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);
    void applySnapshot(const engine::Snapshot& snapshot);
    // The window of history the charts show; redrawn at once from the last snapshot.
    void setTimeRange(TimeRange range);
    TimeRange timeRange() const { return m_range; }

    // Requests per second over the last complete seconds of the snapshot (engine time).
    static double recentRate(const engine::Snapshot& snapshot, int seconds);
    static double recentDeniedFraction(const engine::Snapshot& snapshot, int seconds);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void render();
    void renderTraffic();
    void renderTierDenials();
    void updateHeadings();

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
    TopDeniedModel* m_topDeniedModel;
    QTableView* m_topDenied;

    TimeRange m_range = TimeRange::OneHour;
    engine::Snapshot m_last;
    RateHistory m_history;
    bool m_hasSnapshot = false;
    bool m_stale = false;  // a snapshot or range arrived while hidden
};

}  // namespace sluice::ui
