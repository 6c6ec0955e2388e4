// SPDX-License-Identifier: Apache-2.0
#include "pages/whatif/PolicyTable.h"

#include <QHeaderView>
#include <QSpinBox>

#include <set>

namespace sluice::ui {

namespace {
enum PolicyColumn { Route = 0, Limit = 1, Period = 2, Burst = 3 };
constexpr int kMaxPolicyValue = 1'000'000'000;
constexpr int kMaxPolicyPeriodS = 7 * 86400;
}  // namespace

PolicyTable::PolicyTable(QWidget* parent) : QTableWidget(0, 4, parent)
{
    setObjectName(QStringLiteral("policyTable"));
    setAccessibleName(tr("Configuration B: limits per route"));
    setHorizontalHeaderLabels({tr("Route"), tr("Limit"), tr("Period (s)"), tr("Burst")});
    horizontalHeader()->setSectionResizeMode(Route, QHeaderView::Stretch);
    // Cell widgets do not count for ResizeToContents: wide enough for seven digits and the arrows.
    const int spinWidth = fontMetrics().horizontalAdvance(QStringLiteral("9999999")) + 28;
    for (const int c : {Limit, Period, Burst}) {
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::Fixed);
        setColumnWidth(c, spinWidth);
    }
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QTableWidget::itemChanged, this, [this] {
        markChanges();
        emit edited();
    });
}

void PolicyTable::setBaseline(const std::vector<engine::Policy>& policies)
{
    m_baseline = policies;
    setRowCount(0);
    for (const engine::Policy& p : policies) {
        addRow(p);
    }
    markChanges();
}

void PolicyTable::addRow(const engine::Policy& policy)
{
    const QSignalBlocker block(this);
    const int row = rowCount();
    insertRow(row);
    auto* route = new QTableWidgetItem(row == 0 ? tr("(default)") : QString::fromStdString(policy.route));
    if (row == 0) {
        route->setFlags(route->flags() & ~Qt::ItemIsEditable);
        route->setToolTip(tr("The default policy: every route without one of its own."));
    }
    setItem(row, Route, route);
    auto spin = [this](int value, int max, const QString& name, const char* id) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QString::fromLatin1(id));
        box->setRange(1, max);
        box->setValue(value);
        box->setAccessibleName(name);
        box->setFrame(false);
        connect(box, &QSpinBox::valueChanged, this, [this] {
            markChanges();
            emit edited();
        });
        return box;
    };
    setCellWidget(row, Limit,
                  spin(static_cast<int>(std::min<std::uint32_t>(policy.limit, kMaxPolicyValue)), kMaxPolicyValue,
                       tr("Limit"), "policyLimit"));
    setCellWidget(
        row, Period,
        spin(static_cast<int>(std::clamp<engine::TimeNs>(policy.period / engine::kNsPerSec, 1, kMaxPolicyPeriodS)),
             kMaxPolicyPeriodS, tr("Period in seconds"), "policyPeriod"));
    setCellWidget(row, Burst,
                  spin(static_cast<int>(std::min<std::uint32_t>(policy.burst, kMaxPolicyValue)), kMaxPolicyValue,
                       tr("Burst"), "policyBurst"));
}

void PolicyTable::addRoute()
{
    engine::Policy p = m_baseline.empty() ? engine::Policy{} : m_baseline.front();
    p.route = "/new";
    addRow(p);
    setCurrentCell(rowCount() - 1, Route);
    editItem(item(rowCount() - 1, Route));
    markChanges();
    emit edited();
}

void PolicyTable::removeCurrentRoute()
{
    if (currentRow() > 0) {
        removeRow(currentRow());
        emit edited();
    }
}

int PolicyTable::value(int row, int column) const
{
    const auto* box = qobject_cast<const QSpinBox*>(cellWidget(row, column));
    return box != nullptr ? box->value() : 0;
}

void PolicyTable::setValue(int row, int column, int v)
{
    if (auto* box = qobject_cast<QSpinBox*>(cellWidget(row, column))) {
        box->setValue(v);
    }
}

std::optional<std::vector<engine::Policy>> PolicyTable::policies(QString& error) const
{
    std::vector<engine::Policy> out;
    std::set<QString> routes;
    for (int row = 0; row < rowCount(); ++row) {
        engine::Policy p;
        if (row > 0) {
            const QString route = item(row, Route) != nullptr ? item(row, Route)->text().trimmed() : QString();
            if (route.isEmpty()) {
                error = tr("Row %1: the route is empty.").arg(row + 1);
                return std::nullopt;
            }
            if (!routes.insert(route).second) {
                error = tr("Row %1: the route %2 is listed twice.").arg(row + 1).arg(route);
                return std::nullopt;
            }
            p.route = route.toStdString();
        }
        p.limit = static_cast<std::uint32_t>(value(row, Limit));
        p.period = static_cast<engine::TimeNs>(value(row, Period)) * engine::kNsPerSec;
        p.burst = static_cast<std::uint32_t>(value(row, Burst));
        out.push_back(std::move(p));
    }
    return out;
}

void PolicyTable::markChanges()
{
    const QSignalBlocker block(this);
    for (int row = 0; row < rowCount(); ++row) {
        const QString route = row == 0 || item(row, Route) == nullptr ? QString() : item(row, Route)->text();
        const engine::Policy* base = nullptr;
        for (const engine::Policy& p : m_baseline) {
            if (QString::fromStdString(p.route) == route) {
                base = &p;
            }
        }
        const int baseValues[] = {0, base != nullptr ? static_cast<int>(base->limit) : -1,
                                  base != nullptr ? static_cast<int>(base->period / engine::kNsPerSec) : -1,
                                  base != nullptr ? static_cast<int>(base->burst) : -1};
        for (const int c : {Limit, Period, Burst}) {
            if (auto* box = qobject_cast<QSpinBox*>(cellWidget(row, c))) {
                QFont f = box->font();
                f.setBold(box->value() != baseValues[c]);
                box->setFont(f);
                box->setToolTip(base != nullptr ? tr("A: %1").arg(baseValues[c])
                                                : tr("A has no policy for this route"));
            }
        }
    }
}

}  // namespace sluice::ui
