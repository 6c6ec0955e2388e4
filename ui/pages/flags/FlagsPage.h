// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LatestQuestion.h"
#include "OpenQuestions.h"
#include "Page.h"

#include "config/Command.h"

#include <QHash>

#include <map>
#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace sluice::ui {

class EngineClient;
class FlagRow;

// Feature flags: one row per flag with its switch, rollout slider, the share of active keys inside, the last
// hour's evaluations, schedule and plan, and the kill switch; the editor for a flag's whole definition; and
// Unleash client-features files in and out. Every change is one admin command; the rows follow the snapshot.
class FlagsPage final : public Page {
    Q_OBJECT

public:
    // A move of the rollout slider by more than this many points asks first.
    static constexpr int kConfirmJump = 25;

    explicit FlagsPage(EngineClient* engine, QWidget* parent = nullptr);

    // What the buttons do, for the menu and tests. Dialogs are window-modal without a nested event loop.
    void openEditor(const QString& name);  // empty: a new flag
    void importFile(const QString& path);
    void exportFile(const QString& path);
    // The row of `name`, or null.
    FlagRow* row(const QString& name) const;

protected:
    void render() override;

private:
    void rebuildRows(const engine::FlagsView& view);
    void connectRow(FlagRow* row);
    void onRolloutReleased(const QString& name, int from, int to);
    void askKillReason(const QString& name);
    void send(engine::Command command, const QString& done = {}, const QString& rolloutOf = {});
    void showStatus(const QString& text, bool good);
    void onFlagSet(const engine::flags::FlagSet& set);
    void writeExport(const QString& path, const engine::flags::FlagSet& set);
    void chooseFile(bool save);

    EngineClient* m_engine;
    QLabel* m_summary;
    QPushButton* m_new;
    QPushButton* m_import;
    QPushButton* m_export;
    QLabel* m_status;
    QLabel* m_empty;
    QScrollArea* m_scroll;
    QVBoxLayout* m_rows;
    std::map<std::string, FlagRow*> m_rowByName;
    std::vector<std::string> m_names;  // of the rows shown, in order
    std::optional<std::uint64_t> m_revision;
    std::optional<engine::flags::FlagSet> m_set;
    std::optional<QString> m_editWhenLoaded;  // an editor asked for before the definitions arrived
    LatestQuestion<FlagSetQuery> m_setQuestion;
    OpenQuestions<FlagSetQuery, QString> m_exports;
    struct Sent {
        QString done;       // said when the engine applied it; empty: nothing to say
        QString rolloutOf;  // a slider to put back when refused
    };
    QHash<quint64, Sent> m_sent;
};

}  // namespace sluice::ui
