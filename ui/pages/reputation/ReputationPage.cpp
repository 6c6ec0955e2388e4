// SPDX-License-Identifier: Apache-2.0
#include "pages/reputation/ReputationPage.h"

#include "AdminControls.h"
#include "EngineClient.h"
#include "Format.h"
#include "charts/ChartColors.h"
#include "fleet/FleetFeed.h"
#include "fleet/FleetFigures.h"
#include "models/KeyTableModel.h"
#include "pages/reputation/KeyDetailPane.h"
#include "pages/reputation/ScoreHistogram.h"
#include "widgets/KeyActions.h"
#include "widgets/KpiTile.h"
#include "widgets/PageParts.h"
#include "widgets/TableDescription.h"
#include "widgets/TileGridLayout.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sluice::ui {

namespace {
// A tile with a coloured edge that ties it to its tier's bars in the histogram. The edge is a widget of its
// own rather than a style sheet, so the tile keeps the native look of the current palette, light or dark.
QWidget* withEdge(KpiTile* tile, const QColor& color, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* edge = new QFrame(box);
    edge->setFixedWidth(5);
    edge->setAutoFillBackground(true);
    QPalette palette = edge->palette();
    palette.setColor(QPalette::Window, color);
    edge->setPalette(palette);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(edge);
    layout->addWidget(tile);
    return box;
}

// Fixed widths: sizing to contents would fetch every row it measures.
int columnWidth(int column, const QFontMetrics& fm)
{
    const auto text = [&fm](const QString& sample) { return fm.horizontalAdvance(sample) + 24; };
    switch (column) {
    case KeyTableModel::ScoreColumn:
        return text(QStringLiteral("100.0"));
    case KeyTableModel::TierColumn:
        return text(QStringLiteral("Standard")) + fm.height();
    case KeyTableModel::VipColumn:
        return text(QStringLiteral("silver"));
    case KeyTableModel::AllowedColumn:
    case KeyTableModel::DeniedColumn:
        return text(QStringLiteral("100,000"));
    case KeyTableModel::LastSeenColumn:
        return text(QStringLiteral("00/00/00 00:00:00"));
    default:
        return text(QStringLiteral("key-000000000"));
    }
}
}  // namespace

ReputationPage::ReputationPage(EngineClient* engine, QWidget* parent) : ReputationPage(engine, nullptr, parent) {}

ReputationPage::ReputationPage(EngineClient* engine, FleetFeed* fleet, QWidget* parent)
    : Page(parent), m_engine(engine), m_model(new KeyTableModel(engine, this)),
      m_dormantTile(new KpiTile(tr("Dormant"), this)), m_vipTile(new KpiTile(tr("VIP assignments"), this)),
      m_histogram(new ScoreHistogram(this)), m_fleetNote(new QLabel(this)), m_search(new QLineEdit(this)),
      m_tierFilter(new QComboBox(this)), m_matching(new QLabel(this)), m_table(new QTableView(this)),
      m_detail(new KeyDetailPane(engine, this)), m_keyActions(new KeyActions(this)),
      m_sortSection(KeyTableModel::ScoreColumn), m_fleet(fleet)
{
    setObjectName(QStringLiteral("reputationPage"));
    setAccessibleName(tr("Reputation"));

    auto* tiles = new TileGridLayout;
    const std::array<QString, engine::kReputationTierCount> tileNames{
        QStringLiteral("tierFlagged"), QStringLiteral("tierStandard"), QStringLiteral("tierTrusted")};
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        const auto tier = static_cast<engine::ReputationTier>(t);
        m_tierTiles[t] = new KpiTile(tierName(tier), this);
        m_tierTiles[t]->setObjectName(tileNames[t]);
        tiles->addWidget(withEdge(m_tierTiles[t], tierColor(tier), this));
    }
    m_dormantTile->setObjectName(QStringLiteral("tierDormant"));
    m_dormantTile->setToolTip(tr("Idle keys whose reputation is kept while they are away"));
    m_vipTile->setObjectName(QStringLiteral("vipAssignments"));
    tiles->addWidget(m_dormantTile);
    tiles->addWidget(m_vipTile);

    m_fleetNote->setObjectName(QStringLiteral("reputationFleetNote"));
    m_fleetNote->setWordWrap(true);
    m_fleetNote->hide();
    auto* histogramPanel = new QWidget(this);
    auto* histogramLayout = new QVBoxLayout(histogramPanel);
    histogramLayout->setContentsMargins(0, 0, 0, 0);
    histogramLayout->addWidget(m_fleetNote);
    histogramLayout->addWidget(m_histogram, 1);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(histogramPanel);
    left->addWidget(buildTablePanel());
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    left->setChildrenCollapsible(false);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("reputationSplitter"));
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({650, 450});  // the table needs the room; the pane reads well narrow
    // Until a key is chosen the pane has nothing to show, and the table takes the whole width.
    m_detail->hide();
    followPaneMinimums(split);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(split, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text());
        forgetHiddenKey();
    });
    refreshWhileVisible(kRefreshMs, [this] { refresh(); });

    followFleet(m_fleet);
    adminControl(m_keyActions->assignVip(), *engine, readOnlyExplanation());
    m_keyActions->attach(m_table, KeyTableModel::kKeyRole);
    m_detail->setKeyActions(m_keyActions);
    connect(m_keyActions, &KeyActions::assignVipRequested, this,
            [this](const QString& key) { emit keyRequested(KeyRequest::AssignVip, key); });
    connect(m_keyActions, &KeyActions::showAuditRequested, this,
            [this](const QString& key) { emit keyRequested(KeyRequest::ShowAuditEntries, key); });
}

QWidget* ReputationPage::buildTablePanel()
{
    auto* panel = new QWidget(this);
    m_search->setObjectName(QStringLiteral("keySearch"));
    m_search->setPlaceholderText(tr("Search keys…"));
    m_search->setAccessibleName(tr("Search keys"));
    m_search->setClearButtonEnabled(true);
    m_tierFilter->setObjectName(QStringLiteral("tierFilter"));
    m_tierFilter->setAccessibleName(tr("Tier filter"));
    m_tierFilter->addItem(tr("All tiers"), -1);
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        m_tierFilter->addItem(tierName(static_cast<engine::ReputationTier>(t)), t);
    }
    connect(m_tierFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int tier = m_tierFilter->currentData().toInt();
        m_model->setTierFilter(
            tier < 0 ? std::nullopt : std::optional<engine::ReputationTier>(static_cast<engine::ReputationTier>(tier)));
        forgetHiddenKey();
    });
    m_matching->setObjectName(QStringLiteral("keyCount"));

    m_table->setObjectName(QStringLiteral("keyTable"));
    m_table->setProperty(kDrivesDetailProperty, true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);  // arrows walk the rows; Tab goes on to the details
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    for (int c = 0; c < KeyTableModel::kColumnCount; ++c) {
        m_table->setColumnWidth(c, columnWidth(c, m_table->fontMetrics()));
    }
    m_table->horizontalHeader()->setMinimumSectionSize(columnWidth(KeyTableModel::ScoreColumn, m_table->fontMetrics()));
    stretchColumnWithFloor(m_table, KeyTableModel::KeyColumn,
                           columnWidth(KeyTableModel::KeyColumn, m_table->fontMetrics()));
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(m_sortSection, m_sortOrder);
    TableDescription::attach(m_table, tr("Keys"), [](int rows) { return tr("%Ln key(s)", nullptr, rows); });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &ReputationPage::onSortIndicatorChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReputationPage::updateMatching);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReputationPage::updateMatching);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReputationPage::updateMatching);
    connect(m_model, &KeyTableModel::queryAnswered, this, &ReputationPage::updateMatching);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReputationPage::followShownKey);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_tierFilter);
    bar->addWidget(m_matching);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    return panel;
}

bool ReputationPage::takeKeyRequest(KeyRequest request, const QString& key)
{
    if (request != KeyRequest::ShowReputation || key.isEmpty()) {
        return false;
    }
    // The table narrows to the key and the pane shows it at once, before the search's answer selects its row.
    m_search->setText(key);
    m_searchDelay.stop();
    m_model->setSearch(key);
    m_table->selectionModel()->clear();
    m_detail->show();
    m_detail->showKey(key);
    return true;
}

void ReputationPage::fleetScopeChanged()
{
    m_fleetNote->setVisible(showingFleet());
    if (fleetScope() == kWholeFleet) {
        m_fleetNote->setText(tr("Tiles and histogram: the whole fleet. The table lists this console's own keys."));
    } else {
        m_fleetNote->setText(tr("Tiles and histogram: %1. The table lists this console's own keys.").arg(fleetScope()));
    }
}

void ReputationPage::renderFleet()
{
    const engine::http::FleetAnswer* current = m_fleet->current();
    const FleetFigures f = current != nullptr ? fleetFigures(*current, fleetScope()) : FleetFigures{};
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        const auto i = static_cast<std::size_t>(t);
        m_tierTiles[t]->setValue(f.found && i < f.tiers.size() ? formatCount(f.tiers[i]) : QStringLiteral("–"));
    }
    m_dormantTile->setValue(QStringLiteral("–"));  // the engines do not say
    m_vipTile->setValue(f.found ? formatCount(f.vipAssignments) : QStringLiteral("–"));
    ScoreHistogram::Bins bins{};
    if (f.found) {
        std::copy_n(f.histogram.begin(), std::min(f.histogram.size(), bins.size()), bins.begin());
    }
    m_histogram->setBins(bins);
}

void ReputationPage::render()
{
    if (showingFleet()) {
        renderFleet();
    }
    if (!snapshot()) {
        return;
    }
    const engine::Snapshot& snapshot = *this->snapshot();
    if (!showingFleet()) {
        for (int t = 0; t < engine::kReputationTierCount; ++t) {
            m_tierTiles[t]->setValue(formatCount(snapshot.tierCounts[t]));
        }
        m_dormantTile->setValue(formatCount(snapshot.dormantKeys));
        m_vipTile->setValue(formatCount(snapshot.vipAssignments));
        m_histogram->setThresholds(snapshot.flaggedBelow, snapshot.trustedAbove);
        m_histogram->setBins(snapshot.histogram);
    }
    m_detail->setThresholds(snapshot.flaggedBelow, snapshot.trustedAbove);
    m_detail->setNow(snapshot.at / engine::kNsPerMs);
}

void ReputationPage::refresh()
{
    m_model->refresh();
    m_detail->refresh();
}

void ReputationPage::onCurrentRowChanged(const QModelIndex& current)
{
    if (!current.isValid()) {
        return;
    }
    const QString key = current.siblingAtColumn(0).data(KeyTableModel::kKeyRole).toString();
    m_pickedUnloaded = key.isEmpty();
    m_detail->show();
    m_detail->showKey(key);
}

void ReputationPage::followShownKey()
{
    const QModelIndex current = m_table->currentIndex();
    const QString currentKey = current.isValid() ? current.data(KeyTableModel::kKeyRole).toString() : QString();
    if (m_pickedUnloaded) {
        if (!currentKey.isEmpty()) {
            m_pickedUnloaded = false;
            m_detail->showKey(currentKey);
        }
        return;
    }
    const QString shown = m_detail->key();
    if (shown.isEmpty() || currentKey == shown || (current.isValid() && currentKey.isEmpty())) {
        return;  // in step, or the current row is still on its way
    }
    // A refresh re-sorted the rows under the selection: select the shown key where it is now, or nothing.
    const int row = m_model->loadedRowOf(shown);
    if (row < 0) {
        m_table->selectionModel()->clear();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ReputationPage::forgetHiddenKey()
{
    // A key the filters no longer match is not left in the details as if it were still selected.
    const QString shown = m_detail->key();
    if (shown.isEmpty()) {
        return;
    }
    const std::optional<engine::ReputationTier> tier = m_model->query().tier;
    const bool textMatches = shown.contains(m_model->search());
    const bool tierMatches = !tier || !m_detail->tier() || *m_detail->tier() == *tier;
    if (!textMatches || !tierMatches) {
        m_table->selectionModel()->clear();
        m_detail->clear();
        m_detail->hide();  // an empty pane takes no width from the table
    }
}

void ReputationPage::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    if (!KeyTableModel::isSortable(section)) {
        // The engine cannot order by this column: put the indicator back where the order really is.
        m_table->horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
        return;
    }
    m_sortSection = section;
    m_sortOrder = order;
}

void ReputationPage::updateMatching()
{
    m_matching->setText(m_model->isLoading() && m_model->rowCount() == 0
                            ? tr("Searching…")
                            : tr("Matching: %1").arg(formatCount(static_cast<quint64>(m_model->rowCount()))));
}

}  // namespace sluice::ui
