// SPDX-License-Identifier: Apache-2.0
#include "pages/whatif/FaultTable.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QSpinBox>

namespace sluice::ui {

namespace {
enum FaultColumn { Kind = 0, From = 1, For = 2, Size = 3 };
constexpr int kMaxFaultMinutes = 366 * 24 * 60;

// How each kind's size is shown: shares as percentages, times in milliseconds.
struct FaultSizeUnit {
    double min;
    double max;
    double scale;  // shown value / stored value
    const char* suffix;
};
FaultSizeUnit faultSizeUnit(engine::sim::FaultKind kind)
{
    switch (kind) {
    case engine::sim::FaultKind::Latency:
        return {0, 60000, 1, " ms"};
    case engine::sim::FaultKind::Errors:
        return {0, 100, 100, " %"};
    case engine::sim::FaultKind::Capacity:
        return {1, 100, 100, " %"};
    case engine::sim::FaultKind::Outage:
        return {1, 60000, 1, " ms"};
    }
    return {0, 1, 1, ""};
}
}  // namespace

FaultTable::FaultTable(QWidget* parent) : QTableWidget(0, 4, parent)
{
    setObjectName(QStringLiteral("faultTable"));
    setAccessibleName(tr("Faults injected into the backend"));
    setHorizontalHeaderLabels({tr("Fault"), tr("From (min)"), tr("For (min)"), tr("Size")});
    horizontalHeader()->setSectionResizeMode(Kind, QHeaderView::Stretch);
    // Cell widgets do not count for ResizeToContents: wide enough for the values, their units and the arrows.
    for (const auto& [column, sample] :
         {std::pair{From, "999999"}, std::pair{For, "999999"}, std::pair{Size, "60000 ms"}}) {
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        setColumnWidth(column, fontMetrics().horizontalAdvance(QString::fromLatin1(sample)) + 28);
    }
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Shown once there is a fault: no empty box for the usual run without one.
    hide();
}

void FaultTable::addFault(const engine::sim::Fault& fault)
{
    const int row = rowCount();
    insertRow(row);
    show();
    auto* kind = new QComboBox(this);
    kind->setObjectName(QStringLiteral("faultKind"));
    kind->addItem(tr("Added latency"), int(engine::sim::FaultKind::Latency));
    kind->addItem(tr("Errors"), int(engine::sim::FaultKind::Errors));
    kind->addItem(tr("Capacity left"), int(engine::sim::FaultKind::Capacity));
    kind->addItem(tr("Dependency outage (timeout)"), int(engine::sim::FaultKind::Outage));
    kind->setCurrentIndex(kind->findData(int(fault.kind)));
    kind->setAccessibleName(tr("Fault"));
    setCellWidget(row, Kind, kind);
    auto minutes = [this](std::int64_t seconds, int min, const QString& name, const char* id) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QString::fromLatin1(id));
        box->setRange(min, kMaxFaultMinutes);
        box->setValue(static_cast<int>(std::clamp<std::int64_t>(seconds / 60, min, kMaxFaultMinutes)));
        box->setAccessibleName(name);
        box->setFrame(false);
        connect(box, &QSpinBox::valueChanged, this, &FaultTable::edited);
        return box;
    };
    setCellWidget(row, From, minutes(fault.atS, 0, tr("Starts after minutes"), "faultFrom"));
    setCellWidget(row, For, minutes(fault.durationS, 1, tr("Lasts minutes"), "faultFor"));
    auto* size = new QDoubleSpinBox(this);
    size->setObjectName(QStringLiteral("faultSize"));
    size->setDecimals(0);
    size->setAccessibleName(tr("Size"));
    size->setFrame(false);
    setCellWidget(row, Size, size);
    showUnit(row);
    size->setValue(fault.value * faultSizeUnit(fault.kind).scale);
    connect(size, &QDoubleSpinBox::valueChanged, this, &FaultTable::edited);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
        for (int r = 0; r < rowCount(); ++r) {
            if (cellWidget(r, Kind) == kind) {
                showUnit(r);
            }
        }
        emit edited();
    });
    emit edited();
}

void FaultTable::showUnit(int row)
{
    const auto* kind = qobject_cast<QComboBox*>(cellWidget(row, Kind));
    auto* size = qobject_cast<QDoubleSpinBox*>(cellWidget(row, Size));
    if (kind == nullptr || size == nullptr) {
        return;
    }
    const FaultSizeUnit unit = faultSizeUnit(static_cast<engine::sim::FaultKind>(kind->currentData().toInt()));
    size->setRange(unit.min, unit.max);
    size->setSuffix(QString::fromLatin1(unit.suffix));
}

void FaultTable::removeCurrentFault()
{
    if (currentRow() >= 0) {
        removeRow(currentRow());
        setVisible(rowCount() > 0);
        emit edited();
    }
}

engine::sim::FaultSchedule FaultTable::schedule() const
{
    std::vector<engine::sim::Fault> faults;
    for (int row = 0; row < rowCount(); ++row) {
        const auto* kind = qobject_cast<QComboBox*>(cellWidget(row, Kind));
        const auto* from = qobject_cast<QSpinBox*>(cellWidget(row, From));
        const auto* length = qobject_cast<QSpinBox*>(cellWidget(row, For));
        const auto* size = qobject_cast<QDoubleSpinBox*>(cellWidget(row, Size));
        if (kind == nullptr || from == nullptr || length == nullptr || size == nullptr) {
            continue;
        }
        engine::sim::Fault f;
        f.kind = static_cast<engine::sim::FaultKind>(kind->currentData().toInt());
        f.atS = std::int64_t{from->value()} * 60;
        f.durationS = std::int64_t{length->value()} * 60;
        f.value = size->value() / faultSizeUnit(f.kind).scale;
        faults.push_back(f);
    }
    return engine::sim::FaultSchedule(std::move(faults));
}

}  // namespace sluice::ui
