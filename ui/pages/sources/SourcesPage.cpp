// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/SourcesPage.h"

#include "EngineClient.h"
#include "Format.h"
#include "pages/sources/AddLogSourceDialog.h"
#include "pages/sources/HttpListenerPanel.h"
#include "pages/sources/RejectedLinesModel.h"
#include "pages/sources/ReplayDialog.h"
#include "pages/sources/SourceTableModel.h"
#include "pages/sources/SourceText.h"
#include "pages/sources/ThrottleLoadText.h"
#include "widgets/PageParts.h"
#include "widgets/TableDescription.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sluice::ui {

namespace {
bool isLog(engine::SourceKind kind) { return readsLines(kind); }
}  // namespace

SourcesPage::SourcesPage(EngineClient* engine, QWidget* parent)
    : Page(parent), m_engine(engine), m_model(new SourceTableModel(this)),
      m_rejectedModel(new RejectedLinesModel(this)), m_table(new QTableView(this)),
      m_rejectedTable(new QTableView(this)), m_loadLine(new QLabel(this)), m_rejectedHeading(sectionHeading(this)),
      m_rejectedNote(new QLabel(this)), m_commandStatus(new QLabel(this)),
      m_addLog(new QPushButton(tr("&Add log file…"), this)), m_replay(new QPushButton(tr("Re&play a log…"), this)),
      m_pause(new QPushButton(tr("&Pause"), this)), m_remove(new QPushButton(tr("Re&move"), this)),
      m_listener(new HttpListenerPanel(engine, this))
{
    setObjectName(QStringLiteral("sourcesPage"));
    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_rejectedTable->setObjectName(QStringLiteral("rejectedLinesTable"));
    m_loadLine->setObjectName(QStringLiteral("sourcesThrottleLoad"));
    m_rejectedHeading->setObjectName(QStringLiteral("rejectedLinesHeading"));
    m_rejectedNote->setObjectName(QStringLiteral("rejectedLinesNote"));
    m_commandStatus->setObjectName(QStringLiteral("sourcesCommandStatus"));
    m_addLog->setObjectName(QStringLiteral("sourcesAddLog"));
    m_replay->setObjectName(QStringLiteral("sourcesReplay"));
    m_pause->setObjectName(QStringLiteral("sourcesPause"));
    m_remove->setObjectName(QStringLiteral("sourcesRemove"));
    m_wall.start();

    m_table->setModel(m_model);
    m_table->setProperty(kDrivesDetailProperty, true);
    TableDescription::attach(m_table, tr("Traffic sources"),
                             [](int rows) { return tr("%Ln source(s)", nullptr, rows); });
    setUpListTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    stretchColumnWithFloor(m_table, SourceTableModel::NameColumn, fontMetrics().averageCharWidth() * 16);
    // The simulation, a log and the listener are the common case: all three stay in view at 640 px; the
    // snippet below scrolls instead.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              3 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth() + 2);

    m_rejectedTable->setModel(m_rejectedModel);
    TableDescription::attach(
        m_rejectedTable, tr("Rejected lines"), [](int rows) { return tr("%Ln line(s)", nullptr, rows); },
        tr("in file order"));
    setUpListTable(m_rejectedTable);
    m_rejectedTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rejectedTable->horizontalHeader()->setStretchLastSection(true);
    m_rejectedNote->setWordWrap(true);
    m_loadLine->setWordWrap(true);
    m_loadLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commandStatus->setWordWrap(true);
    m_commandStatus->hide();
    // Room for either word, so the button does not change size under the pointer.
    m_pause->setMinimumWidth(std::max(m_pause->sizeHint().width(), [this] {
        QPushButton probe(tr("&Resume"));
        probe.setFont(m_pause->font());
        return probe.sizeHint().width();
    }()));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addLog);
    buttons->addWidget(m_replay);
    buttons->addStretch(1);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_remove);

    auto* rejected = new QVBoxLayout;
    rejected->addWidget(m_rejectedHeading);
    rejected->addWidget(m_rejectedNote);
    rejected->addWidget(m_rejectedTable, 1);
    rejected->addStretch(0);  // takes the room while there is no table to show
    auto* detail = new QHBoxLayout;
    detail->addLayout(rejected, 1);
    detail->addSpacing(12);
    detail->addWidget(m_listener, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_loadLine);
    layout->addWidget(m_table, 1);  // a few sources: the details get the room
    layout->addWidget(m_commandStatus);
    layout->addLayout(detail, 2);

    setTabOrder(m_addLog, m_replay);
    setTabOrder(m_replay, m_pause);
    setTabOrder(m_pause, m_remove);
    setTabOrder(m_remove, m_table);
    setTabOrder(m_table, m_rejectedTable);
    setTabOrder(m_rejectedTable, m_listener->firstInTabOrder());

    const QString readOnly = tr("The console is read-only: sources cannot be added, paused or removed here.");
    adminControl(m_addLog, *m_engine, readOnly);
    adminControl(m_pause, *m_engine, readOnly);
    adminControl(m_remove, *m_engine, readOnly);
    for (QWidget* control : m_listener->adminControls()) {
        adminControl(control, *m_engine,
                     tr("The console is read-only: it answers no checks; the server that writes the database "
                        "does."));
    }
    m_replay->setToolTip(tr("Replay a log file in an engine of its own and open its report; the live engine is "
                            "not touched"));
    if (!m_engine->readOnly()) {
        m_addLog->setToolTip(tr("Follow or read an access log as another source of traffic"));
        connect(m_addLog, &QPushButton::clicked, this, &SourcesPage::openAddLogDialog);
        connect(m_pause, &QPushButton::clicked, this, &SourcesPage::togglePause);
        connect(m_remove, &QPushButton::clicked, this, &SourcesPage::removeSelected);
    }
    connect(m_replay, &QPushButton::clicked, this, &SourcesPage::openReplayDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const SourceRow* row = m_model->rowAt(current.row());
                m_selected = row != nullptr ? row->state.id : std::string();
                markStale();
            });
    connect(m_engine, &EngineClient::sourcesChanged, this, [this] { markStale(); });
    refreshWhileVisible(kTokenRefreshMs, [this] { m_listener->refreshTokens(); });
    m_pause->setEnabled(false);
    m_remove->setEnabled(false);
    m_rejectedTable->hide();
}

QString SourcesPage::selectedSource() const { return QString::fromStdString(m_selected); }

void SourcesPage::selectSource(const QString& id)
{
    const int row = m_model->rowOf(id.toStdString());
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
}

std::optional<engine::SourceState> SourcesPage::selectedState(const QList<engine::SourceState>& sources) const
{
    for (const engine::SourceState& s : sources) {
        if (s.id == m_selected) {
            return s;
        }
    }
    return std::nullopt;
}

void SourcesPage::render()
{
    const QList<engine::SourceState> sources = m_engine->sources();
    m_rates.sample(sources, m_wall.elapsed());
    std::vector<SourceRow> rows;
    rows.reserve(static_cast<std::size_t>(sources.size()));
    for (const engine::SourceState& s : sources) {
        rows.push_back(SourceRow{s, m_rates.rateOf(s.id)});
    }
    m_model->setRows(std::move(rows));
    // After a reset the selection follows the source, not the row.
    const int selectedRow = m_model->rowOf(m_selected);
    if (selectedRow >= 0 && m_table->currentIndex().row() != selectedRow) {
        m_table->setCurrentIndex(m_model->index(selectedRow, 0));
    }
    if (snapshot()) {
        m_loadLine->setText(throttleLoadText(snapshot()->throttle.source));
    }
    renderDetail(sources);
}

void SourcesPage::renderDetail(const QList<engine::SourceState>& sources)
{
    const std::optional<engine::SourceState> selected = selectedState(sources);
    m_pause->setEnabled(selected && (selected->running || selected->paused));
    m_pause->setText(selected && selected->paused ? tr("&Resume") : tr("&Pause"));
    m_remove->setEnabled(selected && isLog(selected->kind));
    if (!selected) {
        m_rejectedHeading->setText(tr("Rejected lines"));
        m_rejectedNote->setText(tr("Select a source to see the lines it could not read."));
        m_rejectedModel->setRows({});
        m_rejectedTable->hide();
        m_rejectedShownFor.clear();
        return;
    }
    const QString name =
        selected->name.empty() ? sourceKindName(selected->kind) : QString::fromStdString(selected->name);
    m_rejectedHeading->setText(tr("Rejected lines"));
    m_rejectedHeading->setToolTip(name);
    // Copied again only when the source or its count changed: the lines kept are the first ones.
    if (m_rejectedShownFor != selected->id || m_rejectedShownCount != selected->rejected) {
        std::vector<engine::RejectedInput> lines = m_engine->rejectedLines(QString::fromStdString(selected->id));
        const auto kept = lines.size();
        m_rejectedModel->setRows(std::move(lines));
        // The note says when there is nothing to list; an empty table would only add a frame.
        m_rejectedTable->setVisible(m_rejectedModel->rowCount() > 0);
        m_rejectedShownFor = selected->id;
        m_rejectedShownCount = selected->rejected;
        if (selected->rejected == 0) {
            m_rejectedNote->setText(readsLines(selected->kind) ? tr("Every line read so far was understood.")
                                                               : tr("Nothing rejected."));
        } else if (kept < selected->rejected) {
            m_rejectedNote->setText(
                tr("%1 rejected; the first %2 are kept.").arg(formatCount(selected->rejected), formatCount(kept)));
        } else {
            m_rejectedNote->setText(tr("%Ln rejected.", nullptr, static_cast<int>(kept)));
        }
    }
}

void SourcesPage::togglePause()
{
    const std::optional<engine::SourceState> selected = selectedState(m_engine->sources());
    if (!selected) {
        return;
    }
    m_engine->controlSource(QString::fromStdString(selected->id), engine::control::SetPaused{!selected->paused});
    markStale();
}

void SourcesPage::removeSelected()
{
    if (!m_selected.empty()) {
        m_engine->removeSource(QString::fromStdString(m_selected));
        m_selected.clear();
        markStale();
    }
}

void SourcesPage::openAddLogDialog()
{
    auto* dialog = new AddLogSourceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString problem = m_engine->addLogSource(dialog->settings());
        showCommandProblem(problem);
    });
    dialog->open();
}

void SourcesPage::showCommandProblem(const QString& problem)
{
    m_commandStatus->setText(problem);
    m_commandStatus->setVisible(!problem.isEmpty());
}

void SourcesPage::openReplayDialog()
{
    auto* dialog = new ReplayDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace sluice::ui
