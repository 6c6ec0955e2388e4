// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportSchedule.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace sluice::ui {

// The daily report's settings: on or off, the time, the folder, the format and the channels that tell the ops team
// of it. Each change is saved at once.
class ScheduleBox final : public QGroupBox {
    Q_OBJECT

public:
    explicit ScheduleBox(QWidget* parent = nullptr);
    const ReportSchedule& schedule() const { return m_schedule; }
    void setSchedule(const ReportSchedule& schedule);
    // What the box says under the settings: the next report's time, or the last one written.
    void setStatus(const QString& text);
    // The channels that tell the ops team: admin controls (telling is a change the audit log records).
    QList<QCheckBox*> channelBoxes() const { return {m_email, m_sms, m_webhook}; }

signals:
    void changed();
    void writeNowRequested();

private:
    void takeFromControls();
    void chooseFolder();

    ReportSchedule m_schedule;
    QCheckBox* m_enabled;
    QTimeEdit* m_at;
    QLineEdit* m_folder;
    QComboBox* m_format;
    QCheckBox* m_email;
    QCheckBox* m_sms;
    QCheckBox* m_webhook;
    QLabel* m_status;
};

}  // namespace sluice::ui
