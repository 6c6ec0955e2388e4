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

// The daily report's settings: on or off, the time, the folder and the format. Each change is saved at once.
class ScheduleBox final : public QGroupBox {
    Q_OBJECT

public:
    explicit ScheduleBox(QWidget* parent = nullptr);
    const ReportSchedule& schedule() const { return m_schedule; }
    void setSchedule(const ReportSchedule& schedule);
    // What the box says under the settings: the next report's time, or the last one written.
    void setStatus(const QString& text);

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
    QLabel* m_status;
};

}  // namespace sluice::ui
