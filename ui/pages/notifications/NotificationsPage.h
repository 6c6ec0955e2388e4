// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Page.h"
#include "pages/notifications/NotificationRecords.h"

#include "config/Command.h"

#include <QTimer>

#include <map>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace sluice::ui {

class NotificationDetailPane;
class NotificationInbox;
class NotificationStatsView;
class NotificationTableModel;
class FleetErrand;
class FleetFeed;

// The notification inbox: newest first with type marks and filters (type, recipient, time, unread only); mark
// read, mark all read, acknowledge and delete; the chosen notification's delivery per channel with "Retry
// now"; statistics; one recipient's preferences, contact and notifications; the channels' settings, secrets and
// test messages; cleanup of old notifications; contacts as CSV. Everything is read from the database on a
// worker thread, again when a command finishes or the delivery counts move. The sidebar shows the unread count.
class NotificationsPage final : public Page {
    Q_OBJECT

public:
    static constexpr int kRowLimit = 500;

    // `fleet`: the fleet the console is attached to; null: the page shows this console's engine only. In a fleet's
    // view the list is the newest notifications of the engines' ops inboxes, with the engine of each; reading,
    // acknowledging, deleting and the settings stay with each engine.
    explicit NotificationsPage(EngineClient* engine, FleetFeed* fleet = nullptr, QWidget* parent = nullptr);

    bool showsFleet() const override { return m_fleet != nullptr; }
    bool countsUnread() const override { return true; }
    QString unreadToolTip(int count) const override;
    qint64 unread() const { return m_unread; }
    std::optional<quint64> selectedNotification() const { return m_selected; }
    // The engine of the chosen notification: "" for this console's.
    const QString& selectedEngine() const { return m_selectedEngine; }
    // The dialogs the buttons open (window-modal, no nested event loop), for tests as well.
    void openRecipient(const QString& recipient);
    void openChannels();
    void openCleanup();
    // Reads or writes key owners' contacts as CSV, as the buttons do once a file is chosen; the outcome is
    // shown in the status line.
    void importContacts(const QString& path);
    void exportContacts(const QString& path);

protected:
    void render() override;
    void received(const engine::Snapshot& snapshot) override;
    void fleetScopeChanged() override;

private:
    QWidget* buildToolbar();
    QWidget* buildFilters();
    QWidget* buildInbox();
    NotificationFilter currentFilter() const;
    void reload();
    bool showingFleet() const { return m_fleet != nullptr && !fleetScope().isEmpty(); }
    void renderFleet();
    void onInbox(quint64 id, const NotificationRows& rows);
    void onCurrentRowChanged(const QModelIndex& current);
    const NotificationRecord* selectedRecord() const;
    void updateButtons();
    void setUnread(qint64 unread);
    // In a fleet's view: asks the chosen notification's engine, through the fleet, to mark it read or acknowledged.
    void askEngine(const QString& path, const QByteArray& body, const QString& what, bool acknowledge);
    void act(engine::Command command, const QString& done);
    void showStatus(const QString& text);
    // Key owners' contacts as CSV (NotificationContacts.cpp).
    void chooseContactsImport();
    void chooseContactsExport();

    EngineClient* m_engine;
    FleetFeed* m_fleet = nullptr;
    NotificationInbox* m_inbox;
    NotificationTableModel* m_model;
    QLabel* m_summary = nullptr;
    QPushButton* m_recipient = nullptr;
    QPushButton* m_channels = nullptr;
    QPushButton* m_cleanup = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_showInbox = nullptr;
    QPushButton* m_showStats = nullptr;
    QWidget* m_filters = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_recipientFilter = nullptr;
    QComboBox* m_period = nullptr;
    QCheckBox* m_unreadOnly = nullptr;
    QStackedWidget* m_views = nullptr;
    QStackedWidget* m_list = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_markRead = nullptr;
    QPushButton* m_markAllRead = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_status = nullptr;
    FleetErrand* m_errand = nullptr;  // in a fleet's view: the action asked of another engine
    NotificationDetailPane* m_detail = nullptr;
    NotificationStatsView* m_stats = nullptr;

    quint64 m_inboxRequest = 0;
    quint64 m_deliveriesRequest = 0;
    quint64 m_statsRequest = 0;
    std::optional<quint64> m_selected;
    QString m_selectedEngine;  // the chosen notification's engine; "" for this console's
    qint64 m_unread = -1;
    engine::NotifyView m_counted;  // the delivery counts the inbox was last read at
    QTimer m_reread;               // coalesces re-reads while notifications stream in
    std::map<quint64, QString> m_commands;
};

}  // namespace sluice::ui
