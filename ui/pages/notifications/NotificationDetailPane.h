// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/notifications/NotificationRecords.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sluice::ui {

// One notification spelled out: what, for whom, when, read and acknowledged, its text, and each channel's
// delivery (state, attempts, last error, times). "Retry now" asks for the chosen delivery to be tried again.
class NotificationDetailPane final : public QWidget {
    Q_OBJECT

public:
    explicit NotificationDetailPane(QWidget* parent = nullptr);

    // Null: nothing chosen. The deliveries follow with showDeliveries.
    void showNotification(const NotificationRecord* record);
    void showDeliveries(const NotificationDeliveries& deliveries);
    // The delivery chosen in the table that can be retried (pending or failed, not in-app).
    std::optional<QString> retryableChannel() const;
    QPushButton* retryButton() const { return m_retry; }

signals:
    void retryRequested(const QString& channel);
    void retryableChanged();

private:
    void updateRetry();

    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_body;
    QLabel* m_deliveryHeading = nullptr;
    QTableWidget* m_deliveries;
    QLabel* m_times;  // the chosen delivery's times, spelled out
    QPushButton* m_retry;
    QList<DeliveryRecord> m_shown;
    quint64 m_for = 0;
};

}  // namespace sluice::ui
