// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/FleetView.h"

#include <QAbstractTableModel>

#include <vector>

namespace sluice::ui {

// The engines of a fleet, one row each: id, host, version, uptime, decisions a second, lag, throttle level,
// Redis and state.
class FleetModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Engine, Host, Version, Uptime, Decisions, Lag, Throttle, Redis, State, ColumnCount };

    explicit FleetModel(QObject* parent = nullptr);

    void setEngines(std::vector<engine::FleetEntry> engines);
    const std::vector<engine::FleetEntry>& engines() const { return m_engines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Degraded: 2 of 3 Redis nodes answer", "Whole (3 nodes)", "Not shared": the Redis column's words.
    static QString redisText(const engine::EngineSummary& s);
    // "Silent", "Degraded", "Deciding": the state column's words.
    static QString stateText(const engine::FleetEntry& e);

private:
    // Shares its limits but keeps keys' scores alone while another engine that answers shares them (serve
    // --redis-reputation local beside shared): a key's reputation, and so its limit, then differs between engines.
    bool scoresApart(const engine::FleetEntry& e) const;

    std::vector<engine::FleetEntry> m_engines;
};

}  // namespace sluice::ui
