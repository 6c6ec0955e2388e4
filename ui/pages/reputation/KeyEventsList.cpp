// SPDX-License-Identifier: Apache-2.0
#include "pages/reputation/KeyEventsList.h"

#include "Format.h"
#include "charts/ChartColors.h"
#include "models/KeyTimeFormat.h"
#include "widgets/TableDescription.h"

#include <QHeaderView>
#include <QLocale>

#include <optional>

namespace sluice::ui {

namespace {
// The store writes tiers by their engine names (core/Tiers.cpp).
std::optional<engine::ReputationTier> storedTier(const QString& stored)
{
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        const auto tier = static_cast<engine::ReputationTier>(t);
        const std::string_view name = engine::nameOf(tier);
        if (stored == QLatin1String(name.data(), static_cast<qsizetype>(name.size()))) {
            return tier;
        }
    }
    return std::nullopt;
}

QString tierLabel(const QString& stored)
{
    const auto tier = storedTier(stored);
    return tier ? tierName(*tier) : stored;
}
}  // namespace

KeyEventsList::KeyEventsList(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("keyEvents"));
    setHeaderLabels({tr("When"), tr("Event"), tr("Score")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    TableDescription::attach(
        this, tr("Reputation events"), [](int rows) { return tr("%Ln event(s)", nullptr, rows); }, tr("newest first"));
}

QString KeyEventsList::describe(const ReputationEvent& event)
{
    if (event.kind == QLatin1String("violation")) {
        return tr("Violation, severity %1").arg(event.severity);
    }
    if (event.kind == QLatin1String("tier_changed")) {
        return tr("Tier changed: %1 → %2").arg(tierLabel(event.tierBefore), tierLabel(event.tierAfter));
    }
    return event.kind;
}

void KeyEventsList::setEvents(const QList<ReputationEvent>& events)
{
    QList<QTreeWidgetItem*> items;
    items.reserve(events.size());
    const QLocale locale;
    for (const ReputationEvent& e : events) {
        auto* item = new QTreeWidgetItem(QStringList{
            formatKeyTime(e.atMs), describe(e),
            tr("%1 → %2").arg(locale.toString(e.scoreBefore, 'f', 1), locale.toString(e.scoreAfter, 'f', 1))});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        // Tier changes show the new tier's colour; the others keep the same indent.
        const auto tier = e.kind == QLatin1String("tier_changed") ? storedTier(e.tierAfter) : std::nullopt;
        item->setData(1, Qt::DecorationRole, tier ? tierColor(*tier) : QColor(Qt::transparent));
        items.push_back(item);
    }
    clear();
    addTopLevelItems(items);
}

}  // namespace sluice::ui
