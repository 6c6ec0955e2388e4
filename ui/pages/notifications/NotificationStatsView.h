// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/notifications/NotificationRecords.h"

#include "core/NotifyView.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace sluice::ui {

// Statistics of notifications: how many of each type per day, each channel's delivery success rate and
// circuit breaker, and what spilled to the database because the queue was full.
class NotificationStatsView final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kDays = 30;

    explicit NotificationStatsView(QWidget* parent = nullptr);

    void showStats(const NotificationStats& stats);
    // The delivery service as the latest snapshot shows it (null before the first).
    void showDelivery(const engine::NotifyView* view);

private:
    void fillChannels();

    QLabel* m_queue;
    QTableWidget* m_byDay;
    QTableWidget* m_channels;
    NotificationStats m_stats;
    engine::NotifyView m_view;
    bool m_haveView = false;
};

}  // namespace sluice::ui
