// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Page.h"
#include "pages/sources/SourceRates.h"

#include <QElapsedTimer>

#include <optional>
#include <string>

class QLabel;
class QPushButton;
class QTableView;

namespace sluice::ui {

class EngineClient;
class HttpListenerPanel;
class RejectedLinesModel;
class SourceTableModel;

// What feeds the engine: the simulation, each access log, the HTTP listener. For each its state, how fast
// it reads, what it refused and how far behind it is; for the selected one the lines it refused. Log files
// are added (with a preview), paused and removed here, a log can be replayed apart from the live engine, and
// the check API's address, tokens and nginx configuration are at hand.
class SourcesPage final : public Page {
    Q_OBJECT

public:
    static constexpr int kTokenRefreshMs = 5000;

    explicit SourcesPage(EngineClient* engine, QWidget* parent = nullptr);

    // The source whose details show; empty when none is selected.
    QString selectedSource() const;
    void selectSource(const QString& id);
    // Opens the dialog that adds a log file (window-modal); for the button and tests.
    void openAddLogDialog();
    void openReplayDialog();

protected:
    void render() override;

private:
    void renderDetail(const QList<engine::SourceState>& sources);
    void togglePause();
    void removeSelected();
    void showCommandProblem(const QString& problem);
    std::optional<engine::SourceState> selectedState(const QList<engine::SourceState>& sources) const;

    EngineClient* m_engine;
    SourceTableModel* m_model;
    RejectedLinesModel* m_rejectedModel;
    QTableView* m_table;
    QTableView* m_rejectedTable;
    QLabel* m_loadLine;
    QLabel* m_rejectedHeading;
    QLabel* m_rejectedNote;
    QLabel* m_commandStatus;
    QPushButton* m_addLog;
    QPushButton* m_replay;
    QPushButton* m_pause;
    QPushButton* m_remove;
    HttpListenerPanel* m_listener;

    SourceRates m_rates;
    QElapsedTimer m_wall;
    std::string m_selected;                  // the source whose details show
    std::string m_rejectedShownFor;          // the source the rejected lines were copied from
    std::uint64_t m_rejectedShownCount = 0;  // and its rejected count then
};

}  // namespace sluice::ui
