// SPDX-License-Identifier: Apache-2.0
#include "pages/anomalies/AlertTableModel.h"

#include "Format.h"
#include "pages/anomalies/AnomalyText.h"

#include <algorithm>

namespace sluice::ui {

void AlertTableModel::setAlerts(const engine::AnomalyView* view, engine::TimeNs now)
{
    m_now = now;
    m_all.clear();
    if (view != nullptr) {
        for (const engine::AnomalyAlert& a : view->alerts) {
            m_all.push_back({QString(), a});
        }
    }
    sortNewestFirst();
    rebuild();
}

void AlertTableModel::setFleetAlerts(const std::vector<engine::http::FleetAlert>& alerts, engine::TimeNs now)
{
    m_now = now;
    m_all.clear();
    for (const engine::http::FleetAlert& a : alerts) {
        m_all.push_back({QString::fromStdString(a.engine), a.alert});
    }
    sortNewestFirst();
    rebuild();
}

void AlertTableModel::sortNewestFirst()
{
    // Newest first whatever order the engines keep them in; an engine's ids increase with time.
    std::stable_sort(m_all.begin(), m_all.end(), [](const ListedAlert& a, const ListedAlert& b) {
        if (a.alert.start != b.alert.start) {
            return a.alert.start > b.alert.start;
        }
        return a.engine != b.engine ? a.engine < b.engine : a.alert.id > b.alert.id;
    });
}

void AlertTableModel::setFilter(const AlertFilter& filter)
{
    m_filter = filter;
    rebuild();
}

void AlertTableModel::rebuild()
{
    std::vector<ListedAlert> shown;
    std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(shown),
                 [this](const ListedAlert& a) { return m_filter.matches(a.alert); });
    replaceRows(std::move(shown), [](const ListedAlert& a, const ListedAlert& b) {
        return a.alert.id == b.alert.id && a.engine == b.engine;
    });
}

int AlertTableModel::rowOf(const QString& engine, quint64 id) const
{
    const auto& all = rows();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const ListedAlert& a) { return a.alert.id == id && a.engine == engine; });
    return it == all.end() ? -1 : static_cast<int>(it - all.begin());
}

const engine::AnomalyAlert* AlertTableModel::find(const QString& engine, quint64 id) const
{
    const auto it = std::find_if(m_all.begin(), m_all.end(),
                                 [&](const ListedAlert& a) { return a.alert.id == id && a.engine == engine; });
    return it == m_all.end() ? nullptr : &it->alert;
}

int AlertTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : kColumnCount; }

QVariant AlertTableModel::data(const QModelIndex& index, int role) const
{
    const ListedAlert* row = rowAt(index.row());
    if (row == nullptr) {
        return {};
    }
    const engine::AnomalyAlert* alert = &row->alert;
    if (role == kIdRole) {
        return QVariant::fromValue<qulonglong>(alert->id);
    }
    if (role == kEngineRole) {
        return row->engine;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == ConfidenceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case EngineColumn:
        return row->engine;
    case KindColumn:
        return anomalyKindName(alert->kind);
    case MetricColumn:
        return metricName(alert->metric);
    case ConfidenceColumn:
        return formatPercent(alert->confidence);
    case StateColumn:
        if (role == Qt::ToolTipRole && alert->state == engine::AlertState::Acknowledged) {
            return tr("Acknowledged by %1").arg(QString::fromStdString(alert->acknowledgedBy));
        }
        return alertStateName(alert->state);
    case StartColumn:
        return alertMoment(alert->start);
    case DurationColumn:
        return alertDuration(*alert, m_now);
    case ValueColumn:
        return valueAgainstExpected(alert->value, alert->expected);
    case ResponseColumn:
        return responseSummary(alert->response);
    default:
        return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case EngineColumn:
        return tr("Engine");
    case KindColumn:
        return tr("Type");
    case MetricColumn:
        return tr("Metric");
    case ConfidenceColumn:
        return tr("Confidence");
    case StateColumn:
        return tr("State");
    case StartColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ValueColumn:
        return tr("Value");
    case ResponseColumn:
        return tr("Response");
    default:
        return {};
    }
}

}  // namespace sluice::ui
