// SPDX-License-Identifier: Apache-2.0
#include "pages/throttle/ThrottlePage.h"

#include "CurrentUser.h"
#include "EngineClient.h"
#include "Format.h"
#include "charts/ChartMarkerFeed.h"
#include "fleet/FleetFeed.h"
#include "fleet/FleetFigures.h"
#include "history/ThrottleHistory.h"
#include "pages/throttle/ThrottleClearDialog.h"
#include "pages/throttle/ThrottleColors.h"
#include "pages/throttle/ThrottleHistoryModel.h"
#include "pages/throttle/ThrottleOverrideDialog.h"
#include "pages/throttle/ThrottleTimelineChart.h"
#include "widgets/KpiTile.h"
#include "widgets/PageParts.h"
#include "widgets/TableDescription.h"
#include "widgets/TileGridLayout.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sluice::ui {

namespace {

// An engine's id (host:pid, hosts often with hyphens) kept on one line where a sentence wraps.
QString unbroken(QString id)
{
    id.replace(QLatin1Char('-'), QChar(0x2011));  // non-breaking hyphen
    return id;
}
constexpr qint64 kWeekBucketSec = 600;
constexpr qint64 kDefaultSampleSec = 10;
// While the store has not yet written the open period, ask again this often (one question at a time).
constexpr qint64 kCatchUpRetryMs = 300;
// Ended periods kept for the store to catch up with: more than it lags behind in practice.
constexpr std::size_t kSeenPeriods = 32;

QString clockTime(engine::TimeNs at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at / engine::kNsPerMs), QLocale::ShortFormat);
}

qint64 bucketOf(const std::vector<engine::ThrottleSample>& samples)
{
    if (samples.size() < 2) {
        return kDefaultSampleSec;
    }
    return std::max<qint64>(1, (samples.back().at - samples[samples.size() - 2].at) / engine::kNsPerSec);
}
}  // namespace

ThrottlePage::ThrottlePage(EngineClient* engine, QWidget* parent) : ThrottlePage(engine, nullptr, parent) {}

ThrottlePage::ThrottlePage(EngineClient* engine, FleetFeed* fleet, QWidget* parent)
    : Page(parent), m_engine(engine), m_history(new ThrottleHistory(engine->databasePath(), this)),
      m_model(new ThrottleHistoryModel(this)), m_level(new QLabel(this)), m_multiplier(new QLabel(this)),
      m_control(new QLabel(this)), m_cpu(new KpiTile(tr("CPU"), this)), m_memory(new KpiTile(tr("Memory"), this)),
      m_concurrency(new KpiTile(tr("In flight or queued"), this)), m_override(new QPushButton(tr("&Override…"), this)),
      m_clear(new QPushButton(tr("&Clear override…"), this)), m_commandStatus(new QLabel(this)),
      m_timelineHeading(sectionHeading(this)), m_historyHeading(sectionHeading(this)),
      m_statsHeading(sectionHeading(this)), m_timeline(new ThrottleTimelineChart(this)),
      m_markers(new ChartMarkerFeed(engine, this)), m_table(new QTableView(this)), m_transitions(new QLabel(this)),
      m_covered(new QLabel(this)), m_historyError(new QLabel(this)), m_fleetNote(new QLabel(this)), m_fleet(fleet)
{
    setObjectName(QStringLiteral("throttlePage"));
    m_markers->addChart(m_timeline);  // admin actions marked on the timeline, as on the Overview's charts
    m_level->setObjectName(QStringLiteral("throttleLevel"));
    m_multiplier->setObjectName(QStringLiteral("throttleMultiplier"));
    m_control->setObjectName(QStringLiteral("throttleControl"));
    m_cpu->setObjectName(QStringLiteral("signalCpu"));
    m_memory->setObjectName(QStringLiteral("signalMemory"));
    m_concurrency->setObjectName(QStringLiteral("signalConcurrency"));
    m_override->setObjectName(QStringLiteral("overrideButton"));
    m_clear->setObjectName(QStringLiteral("clearOverrideButton"));
    m_commandStatus->setObjectName(QStringLiteral("throttleCommandStatus"));
    m_table->setObjectName(QStringLiteral("throttleHistoryTable"));
    m_transitions->setObjectName(QStringLiteral("throttleTransitions"));
    m_covered->setObjectName(QStringLiteral("throttleCovered"));
    m_historyError->setObjectName(QStringLiteral("throttleHistoryError"));

    auto* top = new QHBoxLayout;
    top->addWidget(buildLevelCard(), 2);
    auto* loadTiles = new TileGridLayout;  // wraps in a narrow window rather than squeezing the level
    for (KpiTile* tile : {m_cpu, m_memory, m_concurrency}) {
        loadTiles->addWidget(tile);
    }
    top->addLayout(loadTiles, 3);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_override);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    top->addLayout(buttons);

    m_table->setModel(m_model);
    TableDescription::attach(
        m_table, tr("Throttle periods"), [](int rows) { return tr("%Ln period(s)", nullptr, rows); },
        tr("newest first"));
    setUpListTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ThrottleHistoryModel::ReasonColumn, QHeaderView::Stretch);

    auto* grid = new QGridLayout;
    grid->addWidget(m_timelineHeading, 0, 0, 1, 2);
    grid->addWidget(m_timeline, 1, 0, 1, 2);
    grid->addWidget(m_historyHeading, 2, 0);
    grid->addWidget(m_table, 3, 0);
    grid->addWidget(m_statsHeading, 2, 1);
    m_statistics = buildStatistics();
    grid->addWidget(m_statistics, 3, 1, Qt::AlignTop);
    m_fleetNote->setObjectName(QStringLiteral("throttleFleetNote"));
    m_fleetNote->setWordWrap(true);
    m_fleetNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fleetNote->setText(tr("Throttle periods and their statistics are kept by each engine, and the Override button "
                            "acts on this console's engine: hold the whole fleet's throttle on the Fleet page."));
    m_fleetNote->hide();
    grid->addWidget(m_fleetNote, 2, 0, 1, 2);
    m_grid = grid;
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(3, 2);
    grid->setVerticalSpacing(6);
    grid->setHorizontalSpacing(12);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_commandStatus);
    layout->addLayout(grid, 1);
    m_commandStatus->hide();

    const QString readOnly = tr("The console is read-only: throttle overrides cannot be set or cleared here.");
    adminControl(m_override, *m_engine, readOnly);
    adminControl(m_clear, *m_engine, readOnly);
    if (!m_engine->readOnly()) {
        m_override->setToolTip(tr("Impose a throttle level over the automatic controller"));
        connect(m_override, &QPushButton::clicked, this, &ThrottlePage::openOverrideDialog);
        connect(m_clear, &QPushButton::clicked, this, &ThrottlePage::openClearDialog);
    }
    connect(m_engine, &EngineClient::commandFinished, this, [this](quint64 id, bool ok, const QString& error) {
        const auto it = std::find(m_commands.begin(), m_commands.end(), id);
        if (it == m_commands.end()) {
            return;
        }
        m_commands.erase(it);
        m_commandStatus->setVisible(!ok);
        m_commandStatus->setText(ok ? QString() : tr("The engine refused: %1").arg(error));
    });
    connect(m_history, &ThrottleHistory::ready, this, &ThrottlePage::onHistory);
    connect(m_timeline, &TimeSeriesChartView::pointBudgetChanged, this, [this] {
        if (showingFleet() && isVisible()) {
            renderFleetTimeline();
        } else if (snapshot() && isVisible()) {
            renderTimeline();
        }
    });
    refreshWhileVisible(kHistoryRefreshMs, [this] {
        if (!showingFleet()) {
            requestHistory();
        }
    });
    followFleet(m_fleet);
    timeRangeChanged();
    renderLevel();
}

QWidget* ThrottlePage::buildLevelCard()
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("throttleLevelCard"));
    card->setFrameShape(QFrame::StyledPanel);
    auto* caption = new QLabel(tr("Throttle level"), card);
    QFont big = m_level->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    m_level->setFont(big);
    m_control->setWordWrap(true);
    m_control->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* row = new QHBoxLayout;
    row->addWidget(m_level);
    row->addWidget(m_multiplier, 0, Qt::AlignBottom);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(card);
    layout->addWidget(caption);
    layout->addLayout(row);
    layout->addWidget(m_control);
    return card;
}

QWidget* ThrottlePage::buildStatistics()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("throttleStatistics"));
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    // Room for the widest figure a level can show, so the column does not grow (or clip) as time passes.
    int widestTimeInLevel = 0;
    for (const qint64 ms : {qint64{3599} * 1000, qint64{86399} * 1000, qint64{604799} * 1000}) {
        widestTimeInLevel =
            std::max(widestTimeInLevel,
                     fontMetrics().horizontalAdvance(tr("%1 (%2)").arg(formatDuration(ms), formatPercent(0.999))));
    }
    for (int l = 0; l < engine::kThrottleLevelCount; ++l) {
        const auto level = static_cast<engine::ThrottleLevel>(l);
        auto* swatch = new QLabel(box);
        swatch->setFixedSize(12, 12);
        swatch->setAutoFillBackground(true);
        m_swatches[l] = swatch;
        m_timeInLevel[l] = new QLabel(box);
        m_timeInLevel[l]->setObjectName(
            QStringLiteral("timeIn%1").arg(QString::fromUtf8(engine::nameOf(level).data())));
        m_timeInLevel[l]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_timeInLevel[l]->setMinimumWidth(widestTimeInLevel);
        grid->addWidget(swatch, l, 0);
        grid->addWidget(new QLabel(throttleName(level), box), l, 1);
        grid->addWidget(m_timeInLevel[l], l, 2);
    }
    grid->addWidget(m_transitions, engine::kThrottleLevelCount, 0, 1, 3);
    m_covered->setWordWrap(true);
    m_covered->hide();
    grid->addWidget(m_covered, engine::kThrottleLevelCount + 1, 0, 1, 3);
    m_historyError->setWordWrap(true);
    m_historyError->hide();
    grid->addWidget(m_historyError, engine::kThrottleLevelCount + 2, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    colorSwatches();
    return box;
}

void ThrottlePage::colorSwatches()
{
    for (int l = 0; l < engine::kThrottleLevelCount; ++l) {
        QPalette p = m_swatches[l]->palette();
        p.setColor(QPalette::Window, throttleBandColor(static_cast<engine::ThrottleLevel>(l), palette()));
        m_swatches[l]->setPalette(p);
    }
}

void ThrottlePage::changeEvent(QEvent* event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_swatches[0] != nullptr) {
        colorSwatches();  // a theme switch: the legend's colours changed with it
        if (showingFleet()) {
            renderFleetLevel();
        } else {
            renderLevel();
        }
    }
}

void ThrottlePage::fleetScopeChanged()
{
    const bool fleet = showingFleet();
    for (QWidget* w : std::initializer_list<QWidget*>{m_historyHeading, m_table, m_statsHeading, m_statistics}) {
        w->setVisible(!fleet);
    }
    m_fleetNote->setVisible(fleet);
    m_grid->setRowStretch(3, fleet ? 0 : 2);  // the timeline takes the periods' room
    m_markers->setShown(!fleet);
    m_timeline->redrawNext();
    m_commandStatus->hide();  // about a command to this console's engine
    if (!m_engine->readOnly()) {
        // The override is this console's engine's; a fleet's throttle is held on the Fleet page.
        m_override->setEnabled(!fleet);
        m_override->setToolTip(fleet ? tr("The override acts on this console's engine: hold the fleet's throttle on "
                                          "the Fleet page")
                                     : tr("Impose a throttle level over the automatic controller"));
    }
    timeRangeChanged();
}

void ThrottlePage::timeRangeChanged()
{
    if (showingFleet()) {
        const QString span = tr("last 5 minutes");
        m_timelineHeading->setText(fleetScope() == kWholeFleet
                                       ? tr("Throttle level and load across the fleet, %1").arg(span)
                                       : tr("Throttle level and load on %1, %2").arg(fleetScope(), span));
        m_timeline->setRangeSpan(span);
        return;
    }
    const QString span = timeRangeSpan(timeRange());
    m_timelineHeading->setText(tr("Throttle level and load, %1").arg(span));
    m_historyHeading->setText(tr("Throttle periods, %1").arg(span));
    m_statsHeading->setText(tr("Time in each level, %1").arg(span));
    m_timeline->setRangeSpan(span);
}

void ThrottlePage::render()
{
    if (showingFleet()) {
        renderFleetLevel();
        renderFleetTimeline();
        return;
    }
    renderLevel();
    if (!snapshot()) {
        // Back from a fleet before this engine's first snapshot: none of the fleet's timeline stays.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_timeline->setSamples({}, kDefaultSampleSec, now - specOf(timeRange()).seconds, now);
        return;
    }
    renderTimeline();
    if (historyWanted()) {
        requestHistory();
    }
    renderPeriods();
}

void ThrottlePage::showLevel(engine::ThrottleLevel level)
{
    m_level->setText(throttleName(level));
    QPalette p = m_level->palette();
    p.setColor(QPalette::WindowText, throttleLevelColor(level, palette()));
    m_level->setPalette(p);
}

void ThrottlePage::renderFleetLevel()
{
    const engine::http::FleetAnswer* current = m_fleet->current();
    const QString dash = tr("–");
    static const std::vector<engine::FleetEntry> kNone;
    // Both sides lvalues, so the summaries pointed at below are the answer's, not a temporary copy's.
    const std::vector<engine::FleetEntry>& entries = current != nullptr ? current->engines : kNone;
    std::vector<const engine::EngineSummary*> shown;
    for (const engine::FleetEntry& e : entries) {
        if (!e.silent && (fleetScope() == kWholeFleet || QString::fromStdString(e.summary.id) == fleetScope())) {
            shown.push_back(&e.summary);
        }
    }
    if (!m_engine->readOnly()) {
        m_clear->setEnabled(false);
        m_clear->setToolTip(m_override->toolTip());
    }
    if (shown.empty()) {
        showLevel(engine::ThrottleLevel::None);
        m_level->setText(dash);
        m_multiplier->clear();
        m_control->setText(current == nullptr            ? tr("The fleet does not answer.")
                           : fleetScope() == kWholeFleet ? tr("No engine of the fleet is heard of.")
                                                         : tr("This engine is not heard of."));
        for (KpiTile* tile : {m_cpu, m_memory, m_concurrency}) {
            tile->setValue(dash);
        }
        return;
    }
    // The strongest level, and its multiplier: the engine that admits least.
    const auto levelOf = [](const engine::EngineSummary* s) {
        engine::ThrottleLevel level = engine::ThrottleLevel::None;
        return engine::parseThrottleLevel(s->throttle, level) ? level : engine::ThrottleLevel::None;
    };
    const engine::EngineSummary* strongest = *std::max_element(
        shown.begin(), shown.end(), [&](const auto* a, const auto* b) { return levelOf(a) < levelOf(b); });
    showLevel(levelOf(strongest));
    const QString multiplier = QLocale().toString(strongest->throttleMultiplier, 'g', 2);
    double cpu = -1;
    double memory = -1;
    double concurrency = -1;
    QStringList engines;
    int atStrongest = 0;
    for (const engine::EngineSummary* s : shown) {
        cpu = std::max(cpu, s->cpuPercent);
        memory = std::max(memory, s->memoryPercent);
        concurrency = s->concurrency < 0 ? concurrency : std::max(0.0, concurrency) + s->concurrency;
        atStrongest += levelOf(s) == levelOf(strongest) ? 1 : 0;
        engines
            << (s->throttleAutomatic
                    ? tr("%1: %2").arg(unbroken(QString::fromStdString(s->id)), throttleName(levelOf(s)))
                    : tr("%1: %2 (override)").arg(unbroken(QString::fromStdString(s->id)), throttleName(levelOf(s))));
    }
    if (fleetScope() == kWholeFleet) {
        m_multiplier->setText(tr("×%1 of every limit").arg(multiplier));
        constexpr int kListed = 6;
        QString list = QStringList(engines.mid(0, kListed)).join(QStringLiteral("; "));
        if (engines.size() > kListed) {
            list += tr("; and %n more", nullptr, static_cast<int>(engines.size()) - kListed);
        }
        m_control->setText(
            tr("%1 of %2 engines at this level. %3").arg(atStrongest).arg(static_cast<int>(shown.size())).arg(list));
    } else {
        m_multiplier->setText(tr("×%1 of every limit").arg(multiplier));
        m_control->setText(strongest->throttleAutomatic
                               ? tr("Automatic: set by the load on %1.").arg(unbroken(fleetScope()))
                               : tr("Held by an override on %1.").arg(unbroken(fleetScope())));
    }
    // Across the fleet: the busiest engine's CPU and memory, and the requests in flight of all of them.
    m_cpu->setValue(cpu < 0 ? dash : tr("%1 %").arg(QLocale().toString(cpu, 'f', 0)));
    m_memory->setValue(memory < 0 ? dash : tr("%1 %").arg(QLocale().toString(memory, 'f', 0)));
    m_concurrency->setValue(concurrency < 0 ? dash : formatCount(static_cast<quint64>(concurrency)));
}

void ThrottlePage::renderFleetTimeline()
{
    const std::vector<engine::ThrottleSample>& samples =
        m_fleet->throttle(fleetScope() == kWholeFleet ? QString() : fleetScope());
    const qint64 toSec =
        samples.empty() ? QDateTime::currentSecsSinceEpoch() : samples.back().at / engine::kNsPerSec + 1;
    m_timeline->setSamples(samples, 1, toSec - ThrottleTrail::kWindowSec, toSec);
}

void ThrottlePage::renderLevel()
{
    static const engine::ThrottleView kNone{};
    const engine::ThrottleView& t = snapshot() ? snapshot()->throttle : kNone;
    showLevel(t.level);
    m_multiplier->setText(tr("×%1 of every limit").arg(QLocale().toString(t.multiplier, 'g', 2)));
    if (t.automatic) {
        m_control->setText(snapshot() ? tr("Automatic: set by the load since %1.").arg(clockTime(t.since))
                                      : tr("Waiting for the engine…"));
    } else if (t.until == 0) {
        m_control->setText(tr("Override by %1 until cleared: %2")
                               .arg(QString::fromStdString(t.actor), QString::fromStdString(t.reason)));
    } else {
        m_control->setText(
            tr("Override by %1 until %2: %3")
                .arg(QString::fromStdString(t.actor), clockTime(t.until), QString::fromStdString(t.reason)));
    }
    // A signal the load source does not measure (CPU from traffic) is shown as unknown, not as 0.
    const auto known = [&t](engine::LoadSignal s) { return t.hasSignals && t.source.measures[static_cast<int>(s)]; };
    m_cpu->setValue(known(engine::LoadSignal::Cpu) ? tr("%1 %").arg(QLocale().toString(t.load.cpuPercent, 'f', 0))
                                                   : tr("–"));
    m_memory->setValue(
        known(engine::LoadSignal::Memory) ? tr("%1 %").arg(QLocale().toString(t.load.memoryPercent, 'f', 0)) : tr("–"));
    m_concurrency->setValue(
        known(engine::LoadSignal::Concurrency) ? formatCount(static_cast<quint64>(t.load.concurrency)) : tr("–"));
    if (!m_engine->readOnly()) {
        m_clear->setEnabled(!t.automatic);
        m_clear->setToolTip(t.automatic ? tr("No override is in force") : tr("Hand the level back to the controller"));
    }
}

void ThrottlePage::renderTimeline()
{
    const TimeRangeSpec spec = specOf(timeRange());
    const bool fine = spec.seconds <= 3600;
    const engine::Snapshot& s = *snapshot();
    const auto& samples = fine ? s.throttle.recent : s.throttle.week;
    const qint64 toSec = s.at / engine::kNsPerSec;
    m_markers->follow((toSec - spec.seconds) * 1000);
    m_timeline->setSamples(samples, fine ? bucketOf(samples) : kWeekBucketSec, toSec - spec.seconds, toSec);
}

bool ThrottlePage::historyWanted() const
{
    if (snapshot()->throttle.since != m_shownSince || timeRange() != m_shownRange) {
        return true;  // a new period or another range: the closed periods are others now
    }
    // The store writes behind the engine; until it holds the open period, its end of the previous one (and
    // any period between) is not on record yet.
    return m_history->hasDatabase() && !m_summary.storedCaughtUp && m_stored.error.isEmpty() && !m_historyPending &&
           m_sinceRequest.elapsed() >= kCatchUpRetryMs;
}

void ThrottlePage::requestHistory()
{
    if (!snapshot()) {
        return;
    }
    // Read up to the start of the open period as the engine sees it now: the snapshot tells the rest.
    m_shownSince = snapshot()->throttle.since;
    m_shownRange = timeRange();
    const qint64 nowMs = snapshot()->at / engine::kNsPerMs;
    const qint64 fromMs = nowMs - static_cast<qint64>(specOf(timeRange()).seconds) * 1000;
    m_historyRequest = m_history->request(fromMs, m_shownSince / engine::kNsPerMs);
    m_historyPending = true;
    m_sinceRequest.start();
}

void ThrottlePage::onHistory(quint64 id, const ThrottleHistoryData& history)
{
    if (id != m_historyRequest) {
        return;  // an older question; a newer answer is on its way
    }
    m_historyPending = false;
    m_stored = history;
    m_storedRange = m_shownRange;
    m_historyError->setVisible(!history.error.isEmpty());
    m_historyError->setText(history.error);
    renderPeriods();
}

void ThrottlePage::renderPeriods()
{
    if (!snapshot()) {
        return;
    }
    const engine::Snapshot& s = *snapshot();
    const qint64 rangeMs = static_cast<qint64>(specOf(timeRange()).seconds) * 1000;
    const qint64 fromMs = s.at / engine::kNsPerMs - rangeMs;
    // An answer for another range would put its figures under this range's headings: until this range's
    // answer comes, the live period stands alone.
    rememberEndedPeriod();
    m_summary = summarizeThrottle(m_storedRange == timeRange() ? m_stored : ThrottleHistoryData{}, m_seen, s.throttle,
                                  s.at, fromMs);
    m_model->setPeriods(m_summary.periods, m_summary.nowMs);
    for (int l = 0; l < engine::kThrottleLevelCount; ++l) {
        const auto level = static_cast<engine::ThrottleLevel>(l);
        const double seconds = m_summary.secondsInLevel[static_cast<std::size_t>(l)];
        m_timeInLevel[l]->setText(tr("%1 (%2)").arg(formatDuration(static_cast<qint64>(seconds * 1000)),
                                                    formatPercent(m_summary.fractionIn(level))));
    }
    m_transitions->setText(tr("%n level change(s)", nullptr, m_summary.transitions));
    // Percentages divide by the time on record; say so when that is clearly less than the range.
    const auto coveredMs = static_cast<qint64>(m_summary.coveredSeconds * 1000);
    m_covered->setVisible(coveredMs < rangeMs * 99 / 100);
    m_covered->setText(tr("Shares of the %1 on record in this range.").arg(formatDuration(coveredMs)));
}

void ThrottlePage::rememberEndedPeriod()
{
    // The open period drawn last has ended when the snapshot's differs: kept (as last shown, with what the
    // store told of it) until the store has it, so periods in quick succession all show at once.
    const qint64 sinceMs = snapshot()->throttle.since / engine::kNsPerMs;
    if (m_summary.periods.empty() || m_summary.periods.front().atMs == sinceMs) {
        return;
    }
    ThrottlePeriod ended = m_summary.periods.front();
    ended.endedAtMs = sinceMs;
    m_seen.insert(m_seen.begin(), std::move(ended));
    if (m_seen.size() > kSeenPeriods) {
        m_seen.pop_back();
    }
}

void ThrottlePage::openOverrideDialog()
{
    if (m_engine->readOnly()) {
        return;
    }
    auto* dialog =
        new ThrottleOverrideDialog(snapshot() ? snapshot()->throttle.level : engine::ThrottleView{}.level, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto minutes = dialog->durationMinutes();
        const engine::TimeNs now = snapshot() ? snapshot()->at : 0;
        const engine::TimeNs expiresAt = minutes ? now + *minutes * engine::kNsPerMin : 0;
        sendCommand(engine::cmd::SetThrottleOverride{dialog->level(), dialog->reason().toStdString(), expiresAt,
                                                     currentUserName().toStdString()});
    });
    dialog->open();
}

void ThrottlePage::openClearDialog()
{
    if (m_engine->readOnly() || !snapshot() || snapshot()->throttle.automatic) {
        return;
    }
    auto* dialog = new ThrottleClearDialog(snapshot()->throttle.controllerLevel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        sendCommand(
            engine::cmd::ClearThrottleOverride{currentUserName().toStdString(), dialog->reason().toStdString()});
    });
    dialog->open();
}

void ThrottlePage::sendCommand(engine::Command command)
{
    m_commandStatus->hide();
    m_commands.push_back(m_engine->sendCommand(std::move(command)));
}

}  // namespace sluice::ui
