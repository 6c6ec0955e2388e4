// SPDX-License-Identifier: Apache-2.0
#include "pages/anomalies/AlertTableModel.h"

#include "Format.h"
#include "pages/anomalies/AnomalyText.h"

#include <algorithm>

namespace sluice::ui {

void AlertTableModel::setAlerts(const engine::AnomalyView* view, engine::TimeNs now)
{
    m_now = now;
    m_all = view != nullptr ? view->alerts : std::vector<engine::AnomalyAlert>{};
    // Newest first whatever order the engine keeps them in; ids increase with time.
    std::stable_sort(m_all.begin(), m_all.end(), [](const engine::AnomalyAlert& a, const engine::AnomalyAlert& b) {
        return a.start != b.start ? a.start > b.start : a.id > b.id;
    });
    rebuild();
}

void AlertTableModel::setFilter(const AlertFilter& filter)
{
    m_filter = filter;
    rebuild();
}

void AlertTableModel::rebuild()
{
    std::vector<engine::AnomalyAlert> shown;
    std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(shown),
                 [this](const engine::AnomalyAlert& a) { return m_filter.matches(a); });
    replaceRows(std::move(shown),
                [](const engine::AnomalyAlert& a, const engine::AnomalyAlert& b) { return a.id == b.id; });
}

int AlertTableModel::rowOf(quint64 id) const
{
    const auto& all = rows();
    const auto it = std::find_if(all.begin(), all.end(), [id](const engine::AnomalyAlert& a) { return a.id == id; });
    return it == all.end() ? -1 : static_cast<int>(it - all.begin());
}

int AlertTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : kColumnCount; }

QVariant AlertTableModel::data(const QModelIndex& index, int role) const
{
    const engine::AnomalyAlert* alert = rowAt(index.row());
    if (alert == nullptr) {
        return {};
    }
    if (role == kIdRole) {
        return QVariant::fromValue<qulonglong>(alert->id);
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == ConfidenceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
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
