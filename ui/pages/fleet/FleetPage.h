// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Page.h"

#include "flags/FlagModel.h"
#include "fleet/FleetClient.h"
#include "http/FleetJson.h"

#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableView;

namespace sluice::ui {

class EngineClient;
class FleetFeed;
class FleetFlagsFile;
class FleetModel;
class KpiTile;
class ScoreHistogram;
class TrafficChartView;

// The fleet of `sluice serve` engines this console watches: attach to one server of it (its address and a read
// or admin token, both kept in the OS keychain, never in the settings: FleetFeed), then the engines it knows of through
// Redis, each with its host, version, uptime, decisions a second, lag and Redis health, and the fleet's totals. Asked
// every second while the page is shown, never blocking the window. With an admin token the throttle of the
// whole fleet can be held at a level and released, a key given a VIP tier on every engine or have it taken
// away, a feature flag defined, rolled out to a percentage or switched on or off on every engine, and a flags file
// imported on every engine (FleetFlagsFile); the page then says how many engines have applied the change, from the
// change-log position each engine reports.
class FleetPage final : public Page {
    Q_OBJECT

public:
    // `engine`: the console's, whose read-only mode turns the fleet's admin controls off too (null in tests).
    // `fleet`: what the console is attached to, shared with the dashboards.
    FleetPage(EngineClient* engine, FleetFeed* fleet, QWidget* parent = nullptr);

    // What the Attach button does with the form's address and token: ask the server, and keep both in the
    // keychain, from which the console attaches again when it next starts.
    void attach();
    // Forgets the server and removes the token from the keychain.
    void detach();
    // Holds every engine's throttle at the form's level with its reason, or hands it back to each engine's
    // controller; then follows the change to every engine.
    void holdThrottle();
    void releaseThrottle();
    // Gives the form's key the form's VIP tier on every engine of the fleet, or takes its VIP tier away; then
    // follows the change to every engine.
    void assignVip();
    void revokeVip();
    // Moves the form's flag's rollout to the form's percentage on every engine of the fleet, or switches the flag on
    // or off there; then follows the change to every engine.
    void rollOutFlag();
    void switchFlag(bool on);
    // Opens the flag editor on the form's flag as the attached server defines it (a new flag when the server has none
    // of that name), over the server's segments; what it saves is put on every engine of the fleet, then followed.
    void defineFlag();

    const FleetModel* model() const { return m_model; }
    // The fleet's traffic and reputation as drawn: requests per second over the last minutes, and active keys by
    // score added up over the engines that answer.
    const TrafficChartView* trafficChart() const { return m_traffic; }
    const ScoreHistogram* scoreHistogram() const { return m_scores; }
    QString status() const;

protected:
    void render() override;

private:
    void build();
    void sendChange(const QByteArray& method, const QString& path, const QString& what, const QByteArray& body,
                    const QString& query = {});
    // Says `text` on the line below the actions, as a problem.
    void refuse(const QString& text);
    void showApplied(const engine::http::FleetAnswer& answer);
    void showAnswer(const engine::http::FleetAnswer& answer);
    void showProblem(const QString& reason);
    void showFlags(const QList<FleetFlag>& flags);
    // The editor over `set`, on `existing` or a new flag named `name`.
    void editFlag(const engine::flags::FlagSet& set, const std::optional<engine::flags::FeatureFlag>& existing,
                  const QString& name);
    // The slider and the buttons as the chosen flag allows: a rollout only for a flag with a rollout strategy.
    void showChosenFlag();
    void setStatus(const QString& text, bool good);

    FleetFeed* m_feed;
    FleetModel* m_model;
    QLineEdit* m_server;
    QLineEdit* m_token;
    QPushButton* m_attach;
    QPushButton* m_detach;
    QLabel* m_status;
    KpiTile* m_engines;  // answering of all
    KpiTile* m_decisions;
    KpiTile* m_denied;
    KpiTile* m_degraded;
    TrafficChartView* m_traffic;
    ScoreHistogram* m_scores;
    QLabel* m_scoresHeading;
    QTableView* m_table;
    QLabel* m_empty;
    QComboBox* m_level;
    QLineEdit* m_reason;
    QPushButton* m_hold;
    QPushButton* m_release;
    QLineEdit* m_vipKey;
    QLineEdit* m_vipTier;
    QLineEdit* m_vipNotes;
    QPushButton* m_assign;
    QPushButton* m_revoke;
    QComboBox* m_flag;  // the attached server's flags; editable, for one it does not list yet
    QSpinBox* m_rollout;
    QPushButton* m_rollOut;
    QPushButton* m_flagOn;
    QPushButton* m_flagOff;
    QPushButton* m_define;
    QPushButton* m_importFlags;
    FleetFlagsFile* m_flagsFile;
    bool m_defining = false;     // the fleet's flags are being read for the editor
    QPointer<QDialog> m_editor;  // the flag editor while open
    QList<FleetFlag> m_flags;    // as the server last listed them
    QString m_shownFlag;         // whose rollout the slider was last set to
    QLabel* m_applied;
    QString m_changeWhat;                 // what the last change did, in words
    QString m_changeId;                   // its id in the fleet's change log; empty when none is followed
    bool m_tiersAsked = false;            // since the last attach (the tiers and the flags)
    QStringListModel* m_tiers = nullptr;  // the attached server's VIP tiers, offered as the tier field is typed
};

}  // namespace sluice::ui
