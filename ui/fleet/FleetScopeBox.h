// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/FleetJson.h"

#include <QWidget>

class QComboBox;

namespace sluice::ui {

class FleetFeed;

// What the dashboards show: this console's engine, the fleet it is attached to as one, or one engine of that fleet
// (see FleetFigures). It offers the fleet and its engines only while the console is attached and the fleet has
// answered; detached, the dashboards show this console's engine again.
class FleetScopeBox final : public QWidget {
    Q_OBJECT

public:
    FleetScopeBox(FleetFeed* feed, QWidget* parent);

    // "" (this console), kWholeFleet, or an engine's id.
    QString scope() const;
    // Chooses `scope` when it is offered; false when it is not.
    bool setScope(const QString& scope);
    // Whether there is a fleet to choose (attached, and it answered).
    bool offersFleet() const;
    QComboBox* combo() const { return m_combo; }
    // Whether the page in view honours the choice; when it does not the choice is turned off and says why.
    void setHonoured(bool honoured);

signals:
    void scopeChanged(const QString& scope);
    void offersFleetChanged(bool offers);

private:
    void refill(const engine::http::FleetAnswer* answer);

    FleetFeed* m_feed;
    QComboBox* m_combo;
    QString m_scope;
};

}  // namespace sluice::ui
