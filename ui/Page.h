// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TimeRange.h"
#include "snapshot/Snapshot.h"

#include <QIcon>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;

namespace sluice::ui {

class EngineClient;
class FleetFeed;

// What every page of the console is to the main window. A page keeps the latest shared snapshot (never a
// copy) and the toolbar's time range, and draws only while visible: anything that arrives while it is
// hidden marks it stale, and it catches up once when shown. Controls that change what the engine does are
// declared with adminControl(), so a read-only console turns them off with the reason, and tests find them.
class Page : public QWidget {
    Q_OBJECT

public:
    // A page marks the list whose current row fills its detail pane with this dynamic property (true), so
    // tools that show a page as a user would (screenshots) can pick the first row.
    static constexpr const char* kDrivesDetailProperty = "sluiceDrivesDetail";

    // What makes the page draw: each snapshot and time range, or only its own markStale() (a page that shows
    // engine answers or the database, and keeps the snapshot only to know the engine runs).
    enum class Draws { FromSnapshot, OnRequest };

    // What a page may ask the others to do with one key. Requests go through the window, which offers them
    // to each page (pages never include each other).
    enum class KeyRequest { AssignVip, ShowAuditEntries, ShowReputation };

    explicit Page(QWidget* parent = nullptr, Draws draws = Draws::FromSnapshot);

    // Who the page is to the window: a stable id (settings, file names, object names of its View action),
    // the title of its sidebar entry and menu action, and its sidebar icon (none when null). Set by the
    // page registry when it makes the page.
    QString id() const { return m_id; }
    QString title() const { return m_title; }
    QIcon icon() const { return m_icon; }
    void setIdentity(const QString& id, const QString& title, const QIcon& icon);

    // The latest engine state; drawn now when visible, when next shown otherwise.
    void apply(engine::SnapshotPtr snapshot);
    // The window of history the page's charts and tables cover.
    void setTimeRange(TimeRange range);
    TimeRange timeRange() const { return m_range; }
    // Whether the page can show a fleet of engines instead of this console's (the window's Engine choice).
    virtual bool showsFleet() const { return false; }
    // What the window's Engine choice is: "" (this console), the whole fleet or one engine of it (FleetFigures.h). A
    // page that shows fleets draws again, and calls fleetScopeChanged() first.
    void setFleetScope(const QString& scope);
    const QString& fleetScope() const { return m_fleetScope; }
    // The controls that send admin commands, as declared by the page.
    const QList<QPointer<QObject>>& adminControls() const { return m_adminControls; }
    // Whether the work of refreshWhileVisible() is scheduled: only while the page is shown.
    bool refreshing() const { return m_repeat.isActive(); }
    // Takes another page's request about `key`; true when this page acts on it (the window then shows it).
    virtual bool takeKeyRequest(KeyRequest request, const QString& key);
    // Whether the page counts what arrived while nobody looked at it (unreadChanged), for its sidebar entry.
    virtual bool countsUnread() const { return false; }
    // The sidebar entry's tooltip for `count` unread; empty: "new since you last looked".
    virtual QString unreadToolTip(int count) const
    {
        Q_UNUSED(count);
        return {};
    }

signals:
    void keyRequested(sluice::ui::Page::KeyRequest request, const QString& key);
    // What arrived since the page was last shown; 0 once it is shown.
    void unreadChanged(int count);

protected:
    // Draws the latest state. Called only while visible, after a snapshot, a time range or markStale().
    virtual void render() = 0;
    // Called when the page is shown after something changed while it was hidden.
    virtual void catchUp() { render(); }
    // Every snapshot, shown or hidden, as it arrives: for the little a page must follow even unseen (what is
    // unread). Keep it cheap; drawing waits for render().
    virtual void received(const engine::Snapshot& snapshot) { Q_UNUSED(snapshot); }
    // The time range changed; the page may relabel itself (render() follows, now or when shown).
    virtual void timeRangeChanged() {}
    // The Engine choice changed; the page may relabel itself (render() follows, now or when shown).
    virtual void fleetScopeChanged() {}

    const engine::SnapshotPtr& snapshot() const { return m_snapshot; }
    // Something the page shows changed: drawn now when visible, when next shown otherwise.
    void markStale();
    // A page that shows fleets draws again whenever what `fleet` has to say changes while it shows one (null: never).
    void followFleet(FleetFeed* fleet);
    // Work that repeats while the page is visible, for what the snapshot does not carry (tables read from
    // the engine or the database): once when shown or when the first snapshot arrives, then every `ms`.
    void refreshWhileVisible(int ms, std::function<void()> task);

    // Marks `control` as one that changes what the engine does; `reason` is its tooltip in a read-only
    // console, where it stays disabled whatever the page does with it later.
    template <typename Control>
    Control* adminControl(Control* control, const EngineClient& engine, const QString& reason)
    {
        declareAdminControl(control, engine, reason);
        return control;
    }

    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void declareAdminControl(QWidget* widget, const EngineClient& engine, const QString& reason);
    void declareAdminControl(QAction* action, const EngineClient& engine, const QString& reason);

    QString m_id;
    QString m_title;
    QIcon m_icon;
    Draws m_draws;
    engine::SnapshotPtr m_snapshot;
    TimeRange m_range = TimeRange::OneHour;
    QString m_fleetScope;
    bool m_stale = false;
    QTimer m_repeat;
    std::function<void()> m_repeatTask;
    QList<QPointer<QObject>> m_adminControls;
};

}  // namespace sluice::ui
