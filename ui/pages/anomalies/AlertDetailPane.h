// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/AnomalyView.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QFormLayout;
class QLabel;
class QListWidget;

namespace sluice::ui {

// Everything about one alert: type and metric, confidence, lifecycle with who did what, the value against
// the baseline, the response the engine took (and who undid it), and the keys it concerned, each of which
// opens that key's reputation details.
class AlertDetailPane final : public QWidget {
    Q_OBJECT

public:
    explicit AlertDetailPane(QWidget* parent = nullptr);

    // The alert to show (null: none chosen), at engine time `now`. `engine`: the fleet's engine the alert is on, whose
    // keys this console cannot open; empty for this console's own alert.
    void showAlert(const engine::AnomalyAlert* alert, engine::TimeNs now, const QString& engine = {});
    std::optional<quint64> alertId() const { return m_id; }

signals:
    void keyChosen(const QString& key);

private:
    QLabel* addRow(QFormLayout* form, const QString& label, const char* name);

    QLabel* m_title;
    QLabel* m_empty;
    QWidget* m_body;
    QLabel* m_confidence;
    QLabel* m_state;
    QLabel* m_started;
    QLabel* m_ended;
    QLabel* m_value;
    QLabel* m_response;
    QLabel* m_keysHeading;
    QListWidget* m_keys;
    std::optional<quint64> m_id;
    QString m_engine;  // of the alert shown; "" for this console's, whose keys open
    std::vector<std::pair<std::string, std::uint64_t>> m_keysShown;  // rebuilt when the alert's keys or counts move
};

}  // namespace sluice::ui
