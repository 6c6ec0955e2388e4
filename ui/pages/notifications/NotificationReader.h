// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ReadOnlyConnection.h"
#include "pages/notifications/NotificationRecords.h"

#include <QObject>
#include <QString>

namespace sluice::ui {

// Reads the notification tables through its own read-only connection, on the worker thread it lives on.
// Each answer carries the id of its request.
class NotificationReader final : public QObject {
    Q_OBJECT

public:
    explicit NotificationReader(QString databasePath);
    ~NotificationReader() override;

    void readInbox(quint64 id, const sluice::ui::NotificationFilter& filter, int limit);
    void readDeliveries(quint64 id, quint64 notificationId);
    void readStats(quint64 id, qint64 sinceMs);
    void readRecipient(quint64 id, const QString& recipient);
    void readUnread(quint64 id);

signals:
    void inboxReady(quint64 id, const sluice::ui::NotificationRows& rows);
    void deliveriesReady(quint64 id, const sluice::ui::NotificationDeliveries& deliveries);
    void statsReady(quint64 id, const sluice::ui::NotificationStats& stats);
    void recipientReady(quint64 id, const sluice::ui::RecipientRecord& recipient);
    void unreadReady(quint64 id, qint64 unread);

private:
    bool open(QString& error);

    ReadOnlyConnection m_connection;
};

}  // namespace sluice::ui
