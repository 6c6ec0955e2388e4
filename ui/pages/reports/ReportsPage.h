// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Page.h"
#include "report/DailyReport.h"
#include "report/ReportJob.h"

#include <QDateTime>
#include <QTimer>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sluice::ui {

class EngineClient;
class ReportChartWidget;
class ScheduleBox;

// The operations report of a period: its key figures and charts as they will print, exported as PDF, HTML, CSV or
// JSON with progress and cancel, and a daily report written into a folder while the console runs. Everything is
// read from the database off the UI thread.
class ReportsPage final : public Page {
    Q_OBJECT

public:
    static constexpr int kProgressMs = 100;

    explicit ReportsPage(EngineClient* engine, QWidget* parent = nullptr);

    // A period of the user's own (the period choice turns to "Custom"); read again at once.
    void setPeriod(const QDateTime& from, const QDateTime& to);
    // Writes the current period's report to `path` (its ending says the format); the button asks first.
    void exportTo(const QString& path);
    void cancelExport();
    // Writes the scheduled report of the day before now (the schedule's "Write now").
    void writeScheduledNow();

signals:
    void previewReady();
    void exportFinished(bool ok, const QString& message);
    void dailyReportWritten(bool ok, const QString& message);

protected:
    void render() override;

private:
    QWidget* buildPeriodBar();
    QWidget* buildExportBar();
    void periodChanged();
    void onPreview(const ReportJob::Result& result);
    void onExported(const ReportJob::Result& result);
    void chooseExportFile();
    void setExporting(bool exporting);
    QDateTime engineNow() const;
    engine::TimeNs fromTime() const;
    engine::TimeNs toTime() const;

    EngineClient* m_engine;
    ReportJob* m_preview;
    ReportJob* m_export;
    QComboBox* m_period;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QLabel* m_status;
    QTableWidget* m_kpis;
    ReportChartWidget* m_traffic;
    ReportChartWidget* m_throttle;
    QComboBox* m_format;
    QPushButton* m_exportButton;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_exportStatus;
    ScheduleBox* m_schedule;
    DailyReport* m_daily;
    QTimer m_progressTimer;
};

}  // namespace sluice::ui
