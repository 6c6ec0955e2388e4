// SPDX-License-Identifier: Apache-2.0
#include "Page.h"

#include "AdminControls.h"
#include "fleet/FleetFeed.h"

#include <QAction>

namespace sluice::ui {

Page::Page(QWidget* parent, Draws draws) : QWidget(parent), m_draws(draws)
{
    connect(&m_repeat, &QTimer::timeout, this, [this] { m_repeatTask(); });
}

void Page::setIdentity(const QString& id, const QString& title, const QIcon& icon)
{
    m_id = id;
    m_title = title;
    m_icon = icon;
}

void Page::apply(engine::SnapshotPtr snapshot)
{
    const bool first = !m_snapshot;
    m_snapshot = std::move(snapshot);
    if (m_snapshot) {
        received(*m_snapshot);
    }
    if (m_draws == Draws::FromSnapshot) {
        markStale();
    }
    if (first && m_repeatTask && isVisible()) {
        m_repeatTask();  // shown before the engine answered: its tables fill now, not a period later
    }
}

void Page::setTimeRange(TimeRange range)
{
    if (range == m_range) {
        return;
    }
    m_range = range;
    timeRangeChanged();
    if (m_snapshot && m_draws == Draws::FromSnapshot) {
        markStale();
    }
}

void Page::setFleetScope(const QString& scope)
{
    if (scope == m_fleetScope) {
        return;
    }
    m_fleetScope = scope;
    if (showsFleet()) {
        fleetScopeChanged();
        markStale();
    }
}

void Page::followFleet(FleetFeed* fleet)
{
    if (fleet != nullptr) {
        connect(fleet, &FleetFeed::changed, this, [this] {
            if (!m_fleetScope.isEmpty()) {
                markStale();
            }
        });
    }
}

bool Page::takeKeyRequest(KeyRequest, const QString&) { return false; }

void Page::markStale()
{
    if (!isVisible()) {
        m_stale = true;  // hidden pages do no work
        return;
    }
    m_stale = false;
    render();
}

void Page::refreshWhileVisible(int ms, std::function<void()> task)
{
    m_repeatTask = std::move(task);
    m_repeat.setInterval(ms);
}

void Page::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        catchUp();
    }
    if (m_repeatTask) {
        m_repeatTask();  // it may have been hidden for a while
        m_repeat.start();
    }
}

void Page::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_repeat.stop();
}

void Page::declareAdminControl(QWidget* widget, const EngineClient& engine, const QString& reason)
{
    markAdminControl(widget, engine, reason);
    m_adminControls.append(widget);
}

void Page::declareAdminControl(QAction* action, const EngineClient& engine, const QString& reason)
{
    markAdminControl(action, engine, reason);
    m_adminControls.append(action);
}

}  // namespace sluice::ui
