// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>

namespace sluice::ui {

// One row of `notifications` as the inbox shows it. Times are engine time in Unix milliseconds, 0 = not yet.
struct NotificationRecord {
    quint64 id = 0;
    QString type;  // the stored name (tier_change, violation, ...)
    QString recipient;
    QString key;
    qint64 createdAtMs = 0;
    int severity = 0;
    QString title;
    QString body;
    bool spilled = false;
    qint64 readAtMs = 0;
    qint64 acknowledgedAtMs = 0;
    QString acknowledgedBy;
    QString engine;  // the fleet's engine whose inbox it is in; empty: this console's
};

// One delivery of a notification on one channel. Its times are wall clock, Unix milliseconds, 0 = not yet.
struct DeliveryRecord {
    QString channel;  // the stored name (in_app, email, sms, webhook)
    QString address;
    QString state;  // pending, sent, failed
    int attempts = 0;
    QString lastError;
    qint64 createdAtMs = 0;
    qint64 nextAttemptAtMs = 0;
    qint64 lastAttemptAtMs = 0;
    qint64 sentAtMs = 0;
};

// Which notifications the inbox shows. Empty strings and zero times mean "any".
struct NotificationFilter {
    QString type;
    QString recipient;
    bool unreadOnly = false;
    qint64 sinceMs = 0;  // engine time
};

// One answer for the inbox: the newest matching rows, and what the filters and the badge need.
struct NotificationRows {
    QList<NotificationRecord> rows;
    qint64 totalMatching = 0;
    qint64 unread = 0;  // every unread notification, whatever the filters
    QStringList recipients;
    QString error;  // a sentence when the inbox could not be read
};

// The deliveries of one notification.
struct NotificationDeliveries {
    quint64 notificationId = 0;
    QList<DeliveryRecord> deliveries;
    QString error;
};

// Counts for the statistics: notifications per day and type, deliveries per channel and state.
struct NotificationStats {
    struct DayCount {
        qint64 dayMs = 0;  // the UTC midnight that starts the day, engine time
        QString type;
        qint64 count = 0;
    };
    struct ChannelCount {
        QString channel;
        qint64 sent = 0;
        qint64 failed = 0;
        qint64 pending = 0;
    };
    QList<DayCount> days;  // newest day first
    QList<ChannelCount> channels;
    qint64 spilledRows = 0;  // rows that reached the database because the queue was full
    qint64 waitingRows = 0;  // spilled rows whose deliveries do not exist yet
    QString error;
};

// What the database holds about one recipient: their notifications, preferences and contact.
struct RecipientRecord {
    QString recipient;
    qint64 total = 0;
    qint64 unread = 0;
    bool hasPreferences = false;
    QString preferencesJson;
    bool hasContact = false;
    QString email;
    QString phone;
    QString webhook;
    QString error;
};

}  // namespace sluice::ui

Q_DECLARE_METATYPE(sluice::ui::NotificationRows)
Q_DECLARE_METATYPE(sluice::ui::NotificationDeliveries)
Q_DECLARE_METATYPE(sluice::ui::NotificationStats)
Q_DECLARE_METATYPE(sluice::ui::RecipientRecord)
