// SPDX-License-Identifier: Apache-2.0
#include "pages/anomalies/AnomaliesPage.h"

#include "AdminControls.h"
#include "CurrentUser.h"
#include "EngineClient.h"
#include "Format.h"
#include "fleet/FleetErrand.h"
#include "fleet/FleetFeed.h"
#include "fleet/FleetFigures.h"
#include "pages/anomalies/AlertDetailPane.h"
#include "pages/anomalies/AlertTableModel.h"
#include "pages/anomalies/AnomalyChart.h"
#include "pages/anomalies/AnomalySettingsDialog.h"
#include "pages/anomalies/AnomalyText.h"
#include "widgets/PageParts.h"
#include "widgets/TableDescription.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <string_view>

namespace sluice::ui {

namespace {
// The metric charted while no alert is chosen.
constexpr const char* kDefaultMetric = "requests";
// Ongoing incidents' durations in the list move on this often (engine time), not with every snapshot.
constexpr engine::TimeNs kDurationTick = engine::kNsPerSec;
}  // namespace

AnomaliesPage::AnomaliesPage(EngineClient* engine, FleetFeed* fleet, QWidget* parent)
    : Page(parent), m_engine(engine), m_fleet(fleet), m_model(new AlertTableModel(this))
{
    setObjectName(QStringLiteral("anomaliesPage"));
    setAccessibleName(tr("Anomalies"));
    // Made in reading order, which is the order Tab walks.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("anomalySummary"));
    m_summary->setWordWrap(true);
    m_settings = new QPushButton(tr("Se&ttings…"), this);
    m_settings->setObjectName(QStringLiteral("anomalySettingsButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_settings);

    QWidget* filters = buildFilters();

    auto* left = new QWidget(this);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setProperty(kDrivesDetailProperty, true);
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(AlertTableModel::EngineColumn, true);  // shown with a fleet's alerts
    TableDescription::attach(
        m_table, tr("Alerts"), [](int rows) { return tr("%Ln alert(s)", nullptr, rows); }, tr("newest first"));
    m_noAlerts = new QLabel(left);
    m_noAlerts->setObjectName(QStringLiteral("noAlerts"));
    m_noAlerts->setWordWrap(true);
    m_noAlerts->setAlignment(Qt::AlignCenter);
    m_chartHeading = sectionHeading(left);
    m_chartHeading->setObjectName(QStringLiteral("anomalyChartHeading"));
    m_chart = new AnomalyChart(left);
    m_fleetNote = new QLabel(left);
    m_fleetNote->setObjectName(QStringLiteral("anomalyFleetNote"));
    m_fleetNote->setWordWrap(true);
    m_fleetNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fleetNote->setText(
        tr("Each engine tells the fleet the alerts it has not resolved, with the keys that stand out "
           "most. Acknowledge, Resolve and Undo response ask the alert's engine through the fleet. Each "
           "engine charts its own metrics on its own console."));
    m_fleetNote->hide();
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 2);
    leftLayout->addWidget(m_noAlerts, 2);
    leftLayout->addWidget(m_chartHeading);
    leftLayout->addWidget(m_chart, 3);
    leftLayout->addWidget(m_fleetNote);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("anomaliesSplitter"));
    split->addWidget(left);
    split->addWidget(buildDetailColumn());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({600, 360});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(filters);
    layout->addWidget(split, 1);

    const QString readOnly = readOnlyExplanation();
    for (QPushButton* button : {m_settings, m_acknowledge, m_resolve, m_undo}) {
        adminControl(button, *m_engine, readOnly);
    }
    if (!m_engine->readOnly()) {
        m_settings->setToolTip(tr("Threshold, sensitivity and automatic responses of anomaly detection"));
        connect(m_settings, &QPushButton::clicked, this, &AnomaliesPage::openSettings);
        connect(m_acknowledge, &QPushButton::clicked, this, [this] {
            if (m_selected && showingFleet()) {
                askEngine("acknowledge", tr("Acknowledge alert %1").arg(*m_selected));
            } else if (m_selected) {
                act(engine::cmd::AcknowledgeAlert{*m_selected, currentUserName().toStdString()},
                    tr("Alert %1 acknowledged.").arg(*m_selected));
            }
        });
        connect(m_resolve, &QPushButton::clicked, this, [this] {
            if (m_selected && showingFleet()) {
                askEngine("resolve", tr("Resolve alert %1").arg(*m_selected));
            } else if (m_selected) {
                act(engine::cmd::ResolveAlert{*m_selected, currentUserName().toStdString()},
                    tr("Alert %1 resolved.").arg(*m_selected));
            }
        });
        connect(m_undo, &QPushButton::clicked, this, [this] {
            if (m_selected && showingFleet()) {
                askEngine("undo", tr("Undo the response to alert %1").arg(*m_selected));
            } else if (m_selected) {
                act(engine::cmd::UndoAlertResponse{*m_selected, currentUserName().toStdString()},
                    tr("The response to alert %1 was undone.").arg(*m_selected));
            }
        });
    }
    connect(m_engine, &EngineClient::commandFinished, this, [this](quint64 id, bool ok, const QString& error) {
        const auto it = m_commands.find(id);
        if (it == m_commands.end()) {
            return;
        }
        if (showingFleet()) {
            m_commands.erase(it);  // about this console's engine, which the page no longer shows
            return;
        }
        m_commandStatus->setStyleSheet({});  // a fleet errand's problem was red
        m_commandStatus->setText(ok ? it->second : tr("The engine refused: %1").arg(error));
        m_commandStatus->show();
        m_commands.erase(it);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnomaliesPage::followSelection);
    connect(m_detail, &AlertDetailPane::keyChosen, this,
            [this](const QString& key) { emit keyRequested(KeyRequest::ShowReputation, key); });
    m_table->hide();
    if (m_fleet != nullptr) {
        m_errand = new FleetErrand(m_fleet, m_commandStatus, this);
        connect(m_errand, &FleetErrand::settled, this, &AnomaliesPage::updateButtons);
    }
    followFleet(m_fleet);
    renderSummary();
    updateButtons();
}

QWidget* AnomaliesPage::buildFilters()
{
    auto* bar = new QWidget(this);
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("alertKindFilter"));
    m_kind->addItem(tr("All types"), -1);
    for (int k = 0; k < engine::kAnomalyKindCount; ++k) {
        m_kind->addItem(anomalyKindName(static_cast<engine::AnomalyKind>(k)), k);
    }
    m_state = new QComboBox(bar);
    m_state->setObjectName(QStringLiteral("alertStateFilter"));
    m_state->addItem(tr("All states"), -1);
    for (const auto state :
         {engine::AlertState::Open, engine::AlertState::Acknowledged, engine::AlertState::Resolved}) {
        m_state->addItem(alertStateName(state), static_cast<int>(state));
    }
    m_confidence = new QComboBox(bar);
    m_confidence->setObjectName(QStringLiteral("alertConfidenceFilter"));
    m_confidence->addItem(tr("Any"), 0.0);
    for (const double least : {0.5, 0.8, 0.9}) {
        m_confidence->addItem(tr("%1 or more").arg(formatPercent(least)), least);
    }
    const auto labelled = [bar](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, bar);
        label->setBuddy(buddy);
        return label;
    };
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(labelled(tr("T&ype"), m_kind));
    layout->addWidget(m_kind);
    layout->addSpacing(8);
    layout->addWidget(labelled(tr("Stat&e"), m_state));
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addWidget(labelled(tr("&Minimum confidence"), m_confidence));
    layout->addWidget(m_confidence);
    layout->addStretch(1);
    for (QComboBox* combo : {m_kind, m_state, m_confidence}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &AnomaliesPage::applyFilter);
    }
    return bar;
}

QWidget* AnomaliesPage::buildDetailColumn()
{
    auto* column = new QWidget(this);
    m_acknowledge = new QPushButton(tr("&Acknowledge"), column);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlertButton"));
    m_resolve = new QPushButton(tr("&Resolve"), column);
    m_resolve->setObjectName(QStringLiteral("resolveAlertButton"));
    m_undo = new QPushButton(tr("&Undo response"), column);
    m_undo->setObjectName(QStringLiteral("undoResponseButton"));
    m_commandStatus = new QLabel(column);
    m_commandStatus->setObjectName(QStringLiteral("alertCommandStatus"));
    m_commandStatus->setWordWrap(true);
    m_commandStatus->hide();
    auto* scroll = new QScrollArea(column);
    scroll->setObjectName(QStringLiteral("alertDetailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detail = new AlertDetailPane(scroll);
    scroll->setWidget(m_detail);

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_acknowledge, 0, 0);
    buttons->addWidget(m_resolve, 0, 1);
    buttons->addWidget(m_undo, 1, 0, 1, 2);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_commandStatus);
    layout->addWidget(scroll, 1);
    return column;
}

void AnomaliesPage::openSettings()
{
    if (m_engine->readOnly()) {
        return;
    }
    auto* dialog = new AnomalySettingsDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        act(engine::cmd::SetAnomalyConfig{dialog->config()}, tr("Anomaly detection settings saved."));
    });
    dialog->open();
}

void AnomaliesPage::act(engine::Command command, const QString& done)
{
    m_commandStatus->hide();
    m_commands.emplace(m_engine->sendCommand(std::move(command)), done);
}

void AnomaliesPage::received(const engine::Snapshot& snapshot)
{
    const engine::AnomalyView* view = snapshot.anomaly.get();
    if (view == m_counted) {
        return;  // republished unchanged: nothing new arrived
    }
    m_counted = view;
    if (m_unread.follow(view, isVisible())) {
        emit unreadChanged(m_unread.count());
    }
}

void AnomaliesPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    m_unread.follow(snapshot() ? snapshot()->anomaly.get() : nullptr, true);
    emit unreadChanged(m_unread.count());
}

void AnomaliesPage::applyFilter()
{
    AlertFilter filter;
    if (const int kind = m_kind->currentData().toInt(); kind >= 0) {
        filter.kind = static_cast<engine::AnomalyKind>(kind);
    }
    if (const int state = m_state->currentData().toInt(); state >= 0) {
        filter.state = static_cast<engine::AlertState>(state);
    }
    filter.minConfidence = m_confidence->currentData().toDouble();
    m_model->setFilter(filter);
    renderSummary();
}

void AnomaliesPage::fleetScopeChanged()
{
    const bool fleet = showingFleet();
    m_table->setColumnHidden(AlertTableModel::EngineColumn, !fleet);
    m_chartHeading->setVisible(!fleet);
    m_chart->setVisible(!fleet);
    m_fleetNote->setVisible(fleet);
    m_commandStatus->hide();  // about a command to this console's engine, or an errand of the other scope
    if (m_errand != nullptr) {
        m_errand->forget();
    }
    // Another scope's alerts: nothing stays chosen, and the list is set anew from what the scope has.
    m_selected.reset();
    m_selectedEngine.clear();
    m_chartedFor.reset();
    m_shown.reset();
    m_listedAt = 0;
    m_model->setAlerts(nullptr, 0);
    if (!m_engine->readOnly()) {
        m_settings->setEnabled(!fleet);
        m_settings->setToolTip(fleet ? tr("The settings act on this console's engine: choose This console to change "
                                          "them")
                                     : tr("Threshold, sensitivity and automatic responses of anomaly detection"));
    }
    if (!fleet) {
        renderChart();
    }
    renderSummary();
    renderDetail();
}

void AnomaliesPage::renderFleet()
{
    const engine::http::FleetAnswer* current = m_fleet->current();
    const FleetFigures f = current != nullptr ? fleetFigures(*current, fleetScope()) : FleetFigures{};
    m_fleetFound = f.found;
    m_fleetUnresolved = f.unresolvedAlerts;
    // The engines' times are their wall clocks.
    m_model->setFleetAlerts(f.alerts, QDateTime::currentMSecsSinceEpoch() * engine::kNsPerMs);
    renderSummary();
    renderDetail();
}

void AnomaliesPage::render()
{
    if (showingFleet()) {
        renderFleet();
        return;
    }
    if (!snapshot()) {
        return;  // back from a fleet before this engine's first snapshot: the list was emptied then
    }
    const engine::Snapshot& s = *snapshot();
    const bool changed = s.anomaly != m_shown;
    if (!changed && s.at - m_listedAt < kDurationTick) {
        return;  // the same alerts, and their durations moved less than the list shows
    }
    m_shown = s.anomaly;
    m_listedAt = s.at;
    m_model->setAlerts(m_shown.get(), s.at);
    renderSummary();
    if (changed) {
        renderChart();
    }
    renderDetail();
}

void AnomaliesPage::renderSummary()
{
    const bool rows = m_model->rowCount() > 0;
    m_table->setVisible(rows);
    m_noAlerts->setVisible(!rows);
    if (showingFleet()) {
        renderFleetSummary();
        return;
    }
    const engine::AnomalyView* view = m_shown.get();
    const bool anyAlerts = view != nullptr && !view->alerts.empty();
    m_noAlerts->setText(anyAlerts ? tr("No alerts match the filters.") : tr("No alerts so far."));
    if (!snapshot()) {
        m_summary->setText(tr("Waiting for the engine…"));
    } else if (view == nullptr) {
        m_summary->setText(tr("Waiting for the first report of anomaly detection…"));
    } else if (!view->enabled) {
        m_summary->setText(tr("Anomaly detection is off: its feature gate is closed."));
    } else {
        const QString open =
            tr("%Ln open alert(s)", nullptr, static_cast<int>(std::min<std::uint64_t>(view->openAlerts, INT_MAX)));
        const QString learned = view->learnedDays < view->minDataDays
                                    ? tr("baselines have %1 of the %2 days that seasonal alerts wait for")
                                          .arg(formatNumber(view->learnedDays, 1), formatNumber(view->minDataDays, 0))
                                    : tr("baselines learned from %1 days").arg(formatNumber(view->learnedDays, 1));
        m_summary->setText(tr("%1 · %2").arg(open, learned));
    }
}

void AnomaliesPage::renderFleetSummary()
{
    const QString scope = fleetScope();
    const bool whole = scope == kWholeFleet;
    const int unresolved = static_cast<int>(std::min<std::uint64_t>(m_fleetUnresolved, INT_MAX));
    m_noAlerts->setText(!m_fleetFound                    ? QString()
                        : m_model->unfilteredCount() > 0 ? tr("No alerts match the filters.")
                        : unresolved > 0                 ? tr("The engines' alerts could not be read.")
                        : whole ? tr("No engine of the fleet has an alert that is not resolved.")
                                : tr("%1 has no alert that is not resolved.").arg(scope));
    if (m_fleet->current() == nullptr) {
        m_summary->setText(tr("The fleet has not answered: see the Fleet page."));
        return;
    }
    if (!m_fleetFound) {
        m_summary->setText(whole ? tr("No engine of the fleet is heard of.") : tr("%1 is not heard of.").arg(scope));
        return;
    }
    QString text = whole ? tr("%Ln alert(s) not resolved across the fleet", nullptr, unresolved)
                         : tr("%Ln alert(s) not resolved on %1", nullptr, unresolved).arg(scope);
    if (static_cast<std::uint64_t>(m_model->unfilteredCount()) < m_fleetUnresolved) {
        text = tr("%1 · the newest %2 are listed").arg(text).arg(m_model->unfilteredCount());
    }
    m_summary->setText(text);
}

const engine::AnomalyAlert* AnomaliesPage::selectedInView() const
{
    return m_selected ? m_model->find(m_selectedEngine, *m_selected) : nullptr;
}

void AnomaliesPage::renderChart()
{
    m_chartedFor = m_selected;
    const engine::AnomalyAlert* alert = selectedInView();
    const std::string metric = alert != nullptr ? alert->metric : std::string(kDefaultMetric);
    const engine::MetricSeries* series = nullptr;
    std::vector<engine::TimeNs> fired;
    if (m_shown) {
        const auto it = std::find_if(m_shown->series.begin(), m_shown->series.end(),
                                     [&metric](const engine::MetricSeries& s) { return s.metric == metric; });
        series = it == m_shown->series.end() ? nullptr : &*it;
        for (const engine::AnomalyAlert& a : m_shown->alerts) {
            if (a.metric == metric) {
                fired.push_back(a.start);
            }
        }
    }
    const QString name = metricName(metric);
    m_chartHeading->setText(alert != nullptr ? tr("%1 against its expected band").arg(name)
                                             : tr("%1 against the expected band (no alert chosen)").arg(name));
    m_chart->setSeries(series, name, fired, snapshot() ? snapshot()->at / engine::kNsPerSec : 0);
}

void AnomaliesPage::renderDetail()
{
    if (showingFleet()) {
        m_detail->showAlert(selectedInView(), QDateTime::currentMSecsSinceEpoch() * engine::kNsPerMs, m_selectedEngine);
    } else {
        m_detail->showAlert(selectedInView(), snapshot() ? snapshot()->at : 0);
    }
    updateButtons();
}

void AnomaliesPage::onCurrentRowChanged(const QModelIndex& current)
{
    if (!current.isValid()) {
        return;
    }
    m_selected = current.data(AlertTableModel::kIdRole).toULongLong();
    m_selectedEngine = current.data(AlertTableModel::kEngineRole).toString();
    if (m_chartedFor != m_selected && m_shown && !showingFleet()) {
        renderChart();
    }
    renderDetail();
}

void AnomaliesPage::followSelection()
{
    // The rows were replaced: the chosen alert stays chosen where it is now, or the details empty when the
    // filters hide it.
    const int row = m_selected ? m_model->rowOf(m_selectedEngine, *m_selected) : -1;
    if (row < 0) {
        const bool had = m_selected.has_value();
        m_selected.reset();
        m_selectedEngine.clear();
        if (had && !showingFleet()) {
            renderChart();
        }
        renderDetail();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, AlertTableModel::KindColumn),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void AnomaliesPage::updateButtons()
{
    if (m_engine->readOnly()) {
        return;
    }
    const engine::AnomalyAlert* alert = selectedInView();
    const bool open = alert != nullptr && alert->state == engine::AlertState::Open;
    const bool unresolved = alert != nullptr && alert->state != engine::AlertState::Resolved;
    const engine::AlertResponse* r = alert != nullptr ? &alert->response : nullptr;
    const bool undoable = r != nullptr && !r->undone && (r->throttleRaised || !r->keysLowered.empty());
    if (showingFleet()) {
        // Asked of the alert's engine through the fleet, with the fleet's admin token; once at a time.
        const bool free = !m_errand->busy();
        m_acknowledge->setEnabled(open && free);
        m_resolve->setEnabled(unresolved && free);
        m_acknowledge->setToolTip(open ? tr("Ask %1 to mark the alert acknowledged").arg(m_selectedEngine)
                                       : tr("Choose an open alert"));
        m_resolve->setToolTip(unresolved ? tr("Ask %1 to close the alert").arg(m_selectedEngine)
                                         : tr("Choose an alert that is not resolved"));
        m_undo->setEnabled(undoable && free);
        m_undo->setToolTip(
            undoable ? tr("Ask %1 to take back its throttle override and reputation penalties").arg(m_selectedEngine)
                     : tr("Choose an alert whose automatic response is still in force"));
        return;
    }
    m_acknowledge->setEnabled(open);
    m_resolve->setEnabled(unresolved);
    m_undo->setEnabled(undoable);
    m_acknowledge->setToolTip(open ? tr("Say that someone is on it") : tr("Choose an open alert"));
    m_resolve->setToolTip(unresolved ? tr("Close the alert by hand") : tr("Choose an alert that is not resolved"));
    m_undo->setToolTip(undoable ? tr("Take back the throttle override and the reputation penalties")
                                : tr("Choose an alert whose automatic response is still in force"));
}

void AnomaliesPage::askEngine(const char* action, const QString& what)
{
    const std::uint64_t id = *m_selected;
    const std::string_view kind(action);
    // Done once the engine lists the alert in that state, or with its response undone, or no longer lists it
    // (resolved, or out of its newest).
    auto done = [id, kind](const engine::EngineSummary& summary) {
        for (const engine::AnomalyAlert& alert : summary.alerts) {
            if (alert.id == id) {
                return kind == "undo"      ? alert.response.undone
                       : kind == "resolve" ? alert.state == engine::AlertState::Resolved
                                           : alert.state != engine::AlertState::Open;
            }
        }
        return true;
    };
    m_errand->ask(m_selectedEngine, "POST", QStringLiteral("/api/alerts/%1/%2").arg(id).arg(QLatin1String(action)), {},
                  what, std::move(done));
    updateButtons();
}

}  // namespace sluice::ui
