// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Snapshot.h"

#include <QWidget>

class QTableWidget;

namespace sluice::ui {

class KpiTile;

// The first page: how much traffic, how much of it denied, and who is being denied.
class OverviewPage final : public QWidget {
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);
    void applySnapshot(const engine::Snapshot& snapshot);

    // Requests per second over the last complete seconds of the snapshot (engine time).
    static double recentRate(const engine::Snapshot& snapshot, int seconds);
    static double recentDeniedFraction(const engine::Snapshot& snapshot, int seconds);

private:
    KpiTile* m_rate;
    KpiTile* m_denied;
    KpiTile* m_active;
    KpiTile* m_flagged;
    KpiTile* m_trusted;
    KpiTile* m_vip;
    QTableWidget* m_topDenied;
};

}  // namespace sluice::ui
