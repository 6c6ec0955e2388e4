// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/notifications/NotificationRecords.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace sluice::ui {

class NotificationReader;

// The UI's handle on the notification tables: every read runs on a worker thread of its own with a read-only
// connection, and answers come back as queued signals carrying the id the request returned. Without a
// database every answer is empty and says why.
class NotificationInbox final : public QObject {
    Q_OBJECT

public:
    explicit NotificationInbox(const QString& databasePath, QObject* parent = nullptr);
    ~NotificationInbox() override;

    quint64 readInbox(const NotificationFilter& filter, int limit);
    quint64 readDeliveries(quint64 notificationId);
    quint64 readStats(qint64 sinceMs);
    quint64 readRecipient(const QString& recipient);
    // Only the number of unread notifications, for the sidebar while the page is hidden.
    void readUnread();

signals:
    void inboxReady(quint64 id, const sluice::ui::NotificationRows& rows);
    void deliveriesReady(quint64 id, const sluice::ui::NotificationDeliveries& deliveries);
    void statsReady(quint64 id, const sluice::ui::NotificationStats& stats);
    void recipientReady(quint64 id, const sluice::ui::RecipientRecord& recipient);
    void unreadReady(qint64 unread);

private:
    template <typename Answer, typename Work>
    quint64 post(Work work, void (NotificationInbox::*ready)(quint64, const Answer&));

    QThread m_thread;
    NotificationReader* m_reader = nullptr;  // deleted on its thread when the thread finishes
    quint64 m_nextId = 1;
};

}  // namespace sluice::ui
