// SPDX-License-Identifier: Apache-2.0
#include "pages/overview/OverviewPage.h"

#include "AdminControls.h"
#include "Format.h"
#include "RecentTraffic.h"
#include "charts/ChartMarkerFeed.h"
#include "fleet/FleetFeed.h"
#include "fleet/FleetFigures.h"
#include "models/TopDeniedModel.h"
#include "pages/overview/TierDenialsChartView.h"
#include "pages/overview/TrafficChartView.h"
#include "widgets/KeyActions.h"
#include "widgets/KpiTile.h"
#include "widgets/PageParts.h"
#include "widgets/TableDescription.h"
#include "widgets/TileGridLayout.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sluice::ui {

namespace {
constexpr int kRateWindowSec = 10;
constexpr int kTableMinWidth = 300;
constexpr int kChartMinHeight = 130;
}  // namespace

OverviewPage::OverviewPage(EngineClient* engine, QWidget* parent) : OverviewPage(engine, nullptr, parent) {}

OverviewPage::OverviewPage(EngineClient* engine, FleetFeed* fleet, QWidget* parent)
    : Page(parent), m_rate(new KpiTile(tr("Requests per second"), this)), m_denied(new KpiTile(tr("Denied"), this)),
      m_active(new KpiTile(tr("Active keys"), this)), m_flagged(new KpiTile(tr("Flagged keys"), this)),
      m_trusted(new KpiTile(tr("Trusted keys"), this)), m_vip(new KpiTile(tr("VIP assignments"), this)),
      m_trafficHeading(sectionHeading(this)), m_tierHeading(sectionHeading(this)), m_tableHeading(sectionHeading(this)),
      m_traffic(new TrafficChartView(this)), m_tierDenials(new TierDenialsChartView(this)),
      m_markers(new ChartMarkerFeed(engine, this)), m_topDeniedModel(new TopDeniedModel(this)),
      m_topDenied(new QTableView(this)), m_fleet(fleet)
{
    setObjectName(QStringLiteral("overviewPage"));
    m_rate->setObjectName(QStringLiteral("kpiRate"));
    m_denied->setObjectName(QStringLiteral("kpiDenied"));
    m_active->setObjectName(QStringLiteral("kpiActive"));
    m_flagged->setObjectName(QStringLiteral("kpiFlagged"));
    m_trusted->setObjectName(QStringLiteral("kpiTrusted"));
    m_vip->setObjectName(QStringLiteral("kpiVip"));
    m_topDenied->setObjectName(QStringLiteral("topDeniedTable"));

    m_markers->addChart(m_traffic);
    m_markers->addChart(m_tierDenials);

    auto* tiles = new TileGridLayout;
    for (KpiTile* tile : {m_rate, m_denied, m_active, m_flagged, m_trusted, m_vip}) {
        tiles->addWidget(tile);
    }

    m_topDenied->setModel(m_topDeniedModel);
    TableDescription::attach(
        m_topDenied, tr("Most denied keys"), [](int rows) { return tr("%Ln key(s)", nullptr, rows); },
        tr("most denied first"));
    m_topDenied->setMinimumWidth(kTableMinWidth);
    setUpListTable(m_topDenied);
    m_topDenied->setTextElideMode(Qt::ElideMiddle);
    m_topDenied->horizontalHeader()->setSectionResizeMode(TopDeniedModel::KeyColumn, QHeaderView::Stretch);
    m_topDenied->horizontalHeader()->setSectionResizeMode(TopDeniedModel::DeniedColumn, QHeaderView::ResizeToContents);
    // The list counts since each key became active, not over the chosen range: the heading says so, so it
    // is not read like the charts beside it.
    m_tableHeading->setBuddy(m_topDenied);
    const QString countedHow = tr("Denied requests of each key since it became active. A key that stays idle "
                                  "is forgotten and counts from zero when it returns.");
    m_tableHeading->setToolTip(countedHow);
    m_topDenied->setToolTip(countedHow);
    auto* keyActions = new KeyActions(this);
    m_keyActions = keyActions;
    if (engine != nullptr) {
        adminControl(keyActions->assignVip(), *engine, readOnlyExplanation());
    }
    keyActions->attach(m_topDenied, TopDeniedModel::SortRole);
    connect(keyActions, &KeyActions::assignVipRequested, this,
            [this](const QString& key) { emit keyRequested(KeyRequest::AssignVip, key); });
    connect(keyActions, &KeyActions::showAuditRequested, this,
            [this](const QString& key) { emit keyRequested(KeyRequest::ShowAuditEntries, key); });

    // Two charts and up to two rows of tiles share a 640-pixel window; each chart still reads at this height.
    for (TimeSeriesChartView* chart :
         {static_cast<TimeSeriesChartView*>(m_traffic), static_cast<TimeSeriesChartView*>(m_tierDenials)}) {
        chart->setMinimumHeight(kChartMinHeight);
    }
    auto* grid = new QGridLayout;
    grid->addWidget(m_trafficHeading, 0, 0);
    grid->addWidget(m_traffic, 1, 0);
    grid->addWidget(m_tierHeading, 2, 0);
    grid->addWidget(m_tierDenials, 3, 0);
    grid->addWidget(m_tableHeading, 0, 1);
    grid->addWidget(m_topDenied, 1, 1, 3, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 1);
    // Equal shares: in a short window the second chart's plot would otherwise be too low for its axis labels,
    // which Qt Charts then draws as "...".
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 1);
    grid->setVerticalSpacing(6);
    grid->setHorizontalSpacing(12);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addSpacing(8);
    layout->addLayout(grid, 1);

    connect(m_traffic, &TimeSeriesChartView::pointBudgetChanged, this, [this] {
        if ((snapshot() || showingFleet()) && isVisible()) {
            renderTraffic();
        }
    });
    connect(m_tierDenials, &TimeSeriesChartView::pointBudgetChanged, this, [this] {
        if ((snapshot() || showingFleet()) && isVisible()) {
            renderTierDenials();
        }
    });
    followFleet(m_fleet);
    label();
}

void OverviewPage::timeRangeChanged() { label(); }

void OverviewPage::fleetScopeChanged()
{
    label();
    m_markers->setShown(!showingFleet());
    // A fleet's keys are not this console's: its VIP page and audit log know nothing of them. (A read-only console
    // keeps its admin controls off whatever this says.)
    m_keyActions->assignVip()->setEnabled(!showingFleet());
    m_keyActions->showAudit()->setEnabled(!showingFleet());
}

void OverviewPage::label()
{
    if (!showingFleet()) {
        const QString range = timeRangeSpan(timeRange());
        m_trafficHeading->setText(tr("Requests per second, %1").arg(range));
        m_tierHeading->setText(tr("Denials by reputation tier, %1").arg(range));
        m_tableHeading->setText(tr("Most denied keys since first seen"));
        m_traffic->setRangeSpan(range);
        m_tierDenials->setRangeSpan(range);
        return;
    }
    // The fleet's charts cover what this console heard of it, whatever the toolbar's range.
    const QString range = tr("last 5 minutes");
    if (fleetScope() == kWholeFleet) {
        m_trafficHeading->setText(tr("Requests per second across the fleet, %1").arg(range));
        m_tierHeading->setText(tr("Denials by reputation tier across the fleet, %1").arg(range));
        m_tableHeading->setText(tr("Most denied keys across the fleet since first seen"));
    } else {
        m_trafficHeading->setText(tr("Requests per second on %1, %2").arg(fleetScope(), range));
        m_tierHeading->setText(tr("Denials by reputation tier on %1, %2").arg(fleetScope(), range));
        m_tableHeading->setText(tr("Most denied keys on %1 since first seen").arg(fleetScope()));
    }
    m_traffic->setRangeSpan(range);
    m_tierDenials->setRangeSpan(range);
}

void OverviewPage::render()
{
    if (showingFleet()) {
        renderFleet();
        return;
    }
    if (!snapshot()) {
        return;  // back from a fleet before this engine's first snapshot
    }
    const engine::Snapshot& s = *snapshot();
    m_rate->setValue(formatRate(recentRate(s, kRateWindowSec)));
    m_denied->setValue(formatPercent(recentDeniedFraction(s, kRateWindowSec)));
    m_active->setValue(formatCount(s.activeKeys));
    m_flagged->setValue(formatCount(s.tierCounts[static_cast<int>(engine::ReputationTier::Flagged)]));
    m_trusted->setValue(formatCount(s.tierCounts[static_cast<int>(engine::ReputationTier::Trusted)]));
    m_vip->setValue(formatCount(s.vipAssignments));
    m_topDeniedModel->setEntries(s.topDenied);

    m_history.assign(s, timeRange());
    m_markers->follow(m_history.fromSec * 1000);
    renderTraffic();
    renderTierDenials();
}

void OverviewPage::renderFleet()
{
    const engine::http::FleetAnswer* current = m_fleet->current();
    const FleetFigures f = current != nullptr ? fleetFigures(*current, fleetScope()) : FleetFigures{};
    const auto tier = [&f](engine::ReputationTier t) {
        const auto i = static_cast<std::size_t>(t);
        return i < f.tiers.size() ? formatCount(f.tiers[i]) : QStringLiteral("–");
    };
    if (!f.found) {
        for (KpiTile* tile : {m_rate, m_denied, m_active, m_flagged, m_trusted, m_vip}) {
            tile->setValue(QStringLiteral("–"));  // not heard of yet, or silent: no figure rather than an old one
        }
    } else {
        m_rate->setValue(formatRate(f.decisionsPerSec));
        m_denied->setValue(formatPercent(f.decisionsPerSec > 0 ? f.deniedPerSec / f.decisionsPerSec : 0.0));
        m_active->setValue(formatCount(f.activeKeys));
        m_flagged->setValue(tier(engine::ReputationTier::Flagged));
        m_trusted->setValue(tier(engine::ReputationTier::Trusted));
        m_vip->setValue(formatCount(f.vipAssignments));
    }
    std::vector<engine::TopDeniedEntry> top;
    static const std::vector<engine::EngineSummary::DeniedKey> kNone;
    for (const engine::EngineSummary::DeniedKey& k : f.found ? f.topDenied : kNone) {
        top.push_back({k.key, k.denied});
    }
    m_topDeniedModel->setEntries(top);
    m_history = m_fleet->history(fleetScope() == kWholeFleet ? QString() : fleetScope()).history();
    renderTraffic();
    renderTierDenials();
}

void OverviewPage::renderTraffic() { m_traffic->setHistory(m_history); }

void OverviewPage::renderTierDenials() { m_tierDenials->setHistory(m_history); }

}  // namespace sluice::ui
