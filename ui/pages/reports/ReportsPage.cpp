// SPDX-License-Identifier: Apache-2.0
#include "pages/reports/ReportsPage.h"

#include "EngineClient.h"
#include "pages/reports/ScheduleBox.h"
#include "report/ReportChartWidget.h"
#include "widgets/PageParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sluice::ui {

namespace {
constexpr int kProgressSteps = 1000;
constexpr int kCustom = -1;  // the period choice's data for "Custom"

engine::TimeNs nsOf(const QDateTime& t) { return engine::fromUnixMs(t.toMSecsSinceEpoch()); }
}  // namespace

ReportsPage::ReportsPage(EngineClient* engine, QWidget* parent)
    : Page(parent, Draws::OnRequest), m_engine(engine), m_preview(new ReportJob(this)), m_export(new ReportJob(this))
{
    m_kpis = new QTableWidget(0, 2, this);
    m_kpis->setObjectName(QStringLiteral("reportKpis"));
    setUpListTable(m_kpis);
    m_kpis->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_kpis->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_kpis->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_traffic = new ReportChartWidget(this);
    m_traffic->setObjectName(QStringLiteral("reportTrafficChart"));
    m_throttle = new ReportChartWidget(this);
    m_throttle->setObjectName(QStringLiteral("reportThrottleChart"));

    auto* figures = new QWidget(this);
    auto* figuresLayout = new QVBoxLayout(figures);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addWidget(sectionHeading(figures, tr("Key figures")));
    figuresLayout->addWidget(m_kpis);
    auto* charts = new QWidget(this);
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_traffic, 3);
    chartsLayout->addWidget(m_throttle, 2);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(figures);
    split->addWidget(charts);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_schedule = new ScheduleBox(this);
    m_schedule->setSchedule(ReportSchedule::load());

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildPeriodBar());
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(buildExportBar());
    layout->addWidget(m_schedule);

    connect(m_preview, &ReportJob::finished, this, &ReportsPage::onPreview);
    connect(m_export, &ReportJob::finished, this, &ReportsPage::onExported);
    m_progressTimer.setInterval(kProgressMs);
    connect(&m_progressTimer, &QTimer::timeout, this,
            [this] { m_progress->setValue(static_cast<int>(m_export->progress() * kProgressSteps)); });
    // A read-only console writes the daily report too, but tells nobody: telling is a change, audited.
    m_daily = new DailyReport([this] { return m_engine->databasePath(); },
                              [this](engine::cmd::AnnounceReport a) {
                                  if (!m_engine->readOnly()) {
                                      m_engine->sendCommand(std::move(a));
                                  }
                              },
                              this);
    for (QCheckBox* channel : m_schedule->channelBoxes()) {
        adminControl(channel, *m_engine, tr("A read-only console writes the daily report but tells nobody of it."));
    }
    connect(m_daily, &DailyReport::statusChanged, this, [this] { m_schedule->setStatus(m_daily->status()); });
    connect(m_daily, &DailyReport::written, this, &ReportsPage::dailyReportWritten);
    connect(m_schedule, &ScheduleBox::changed, this, [this] { m_daily->setSchedule(m_schedule->schedule()); });
    connect(m_schedule, &ScheduleBox::writeNowRequested, this, &ReportsPage::writeScheduledNow);
    m_daily->setSchedule(m_schedule->schedule());
    setExporting(false);
}

QWidget* ReportsPage::buildPeriodBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->addItem(tr("Last hour"), 3600);
    m_period->addItem(tr("Last 24 hours"), 24 * 3600);
    m_period->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_period->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    m_period->addItem(tr("Custom"), kCustom);
    m_period->setCurrentIndex(1);
    m_from = new QDateTimeEdit(bar);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_to = new QDateTimeEdit(bar);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    auto* refresh = new QPushButton(tr("&Refresh"), bar);
    refresh->setObjectName(QStringLiteral("reportRefresh"));
    auto* periodLabel = new QLabel(tr("&Period:"), bar);
    periodLabel->setBuddy(m_period);
    auto* fromLabel = new QLabel(tr("&From:"), bar);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), bar);
    toLabel->setBuddy(m_to);
    row->addWidget(periodLabel);
    row->addWidget(m_period);
    row->addSpacing(12);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addWidget(refresh);
    row->addStretch();
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportsPage::periodChanged);
    connect(refresh, &QPushButton::clicked, this, [this] { markStale(); });
    const auto custom = [this] {
        if (m_period->currentData().toInt() != kCustom) {
            m_period->setCurrentIndex(m_period->findData(kCustom));
        }
    };
    connect(m_from, &QDateTimeEdit::editingFinished, this, [this, custom] {
        custom();
        markStale();
    });
    connect(m_to, &QDateTimeEdit::editingFinished, this, [this, custom] {
        custom();
        markStale();
    });
    periodChanged();
    return bar;
}

QWidget* ReportsPage::buildExportBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_format = new QComboBox(bar);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML page"), QStringLiteral("html"));
    m_format->addItem(tr("CSV files (one per table)"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON data"), QStringLiteral("json"));
    m_exportButton = new QPushButton(tr("&Export…"), bar);
    m_exportButton->setObjectName(QStringLiteral("reportExport"));
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->setObjectName(QStringLiteral("reportCancel"));
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, kProgressSteps);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    m_exportStatus = new QLabel(bar);
    m_exportStatus->setObjectName(QStringLiteral("reportExportStatus"));
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* formatLabel = new QLabel(tr("E&xport as:"), bar);
    formatLabel->setBuddy(m_format);
    row->addWidget(formatLabel);
    row->addWidget(m_format);
    row->addWidget(m_exportButton);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    row->addWidget(m_exportStatus, 1);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsPage::chooseExportFile);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelExport);
    return bar;
}

// render() sets a preset's from and to: on the clock's time when it reads, not when it was chosen.
void ReportsPage::periodChanged() { markStale(); }

void ReportsPage::setPeriod(const QDateTime& from, const QDateTime& to)
{
    {
        const QSignalBlocker blocker(m_period);
        m_period->setCurrentIndex(m_period->findData(kCustom));
    }
    m_from->setDateTime(from);
    m_to->setDateTime(to);
    markStale();
}

QDateTime ReportsPage::engineNow() const
{
    // The engine's clock: a simulation's day is not today's.
    return snapshot() ? QDateTime::fromMSecsSinceEpoch(engine::toUnixMs(snapshot()->at)) : QDateTime::currentDateTime();
}

engine::TimeNs ReportsPage::fromTime() const { return nsOf(m_from->dateTime()); }
engine::TimeNs ReportsPage::toTime() const { return nsOf(m_to->dateTime()); }

void ReportsPage::render()
{
    if (m_period->currentData().toInt() != kCustom) {
        // A preset moves along with the clock: "last 24 hours" is the 24 hours before now.
        const QDateTime now = engineNow();
        m_to->setDateTime(now);
        m_from->setDateTime(now.addSecs(-m_period->currentData().toInt()));
    }
    if (m_engine->databasePath().isEmpty()) {
        m_status->setText(tr("This console keeps no database, so there is nothing to report."));
        return;
    }
    if (toTime() <= fromTime()) {
        m_status->setText(tr("The period ends before it starts."));
        return;
    }
    m_status->setText(tr("Reading…"));
    m_preview->start({m_engine->databasePath(), fromTime(), toTime(), {}});
}

void ReportsPage::onPreview(const ReportJob::Result& result)
{
    if (!result.error.isEmpty() || !result.document) {
        m_status->setText(result.error);
        return;
    }
    const ReportDocument& doc = *result.document;
    if (doc.sections.isEmpty() || doc.sections[0].tables.isEmpty()) {
        return;
    }
    m_status->setText(doc.period + QStringLiteral(" · ") + doc.sections[0].text);
    const ReportTable& kpis = doc.sections[0].tables[0];
    m_kpis->setHorizontalHeaderLabels(kpis.columns);
    m_kpis->setRowCount(static_cast<int>(kpis.rows.size()));
    for (int r = 0; r < m_kpis->rowCount(); ++r) {
        for (int c = 0; c < 2; ++c) {
            auto* item = new QTableWidgetItem(kpis.rows[r][c]);
            item->setToolTip(kpis.rows[r][c]);  // a name cut short in a narrow window reads whole here
            if (c == 1) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_kpis->setItem(r, c, item);
        }
    }
    for (const ReportSection& s : doc.sections) {
        for (const ReportChart& chart : s.charts) {
            if (chart.id == QLatin1String("traffic")) {
                m_traffic->setChart(chart);
            } else if (chart.id == QLatin1String("throttle")) {
                m_throttle->setChart(chart);
            }
        }
    }
    emit previewReady();
}

void ReportsPage::chooseExportFile()
{
    const QString suffix = m_format->currentData().toString();
    const QString suggested = QStringLiteral("sluice-report-%1.%2").arg(m_from->date().toString(Qt::ISODate), suffix);
    auto* dialog = new QFileDialog(window(), tr("Export report"), QDir::home().filePath(suggested));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setNameFilter(m_format->currentText() + QStringLiteral(" (*.") + suffix + QLatin1Char(')'));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, &ReportsPage::exportTo);
    dialog->open();
}

void ReportsPage::exportTo(const QString& path)
{
    if (m_export->running()) {
        return;
    }
    m_exportStatus->setText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    setExporting(true);
    m_export->start({m_engine->databasePath(), fromTime(), toTime(), path});
}

void ReportsPage::cancelExport() { m_export->cancel(); }

void ReportsPage::setExporting(bool exporting)
{
    m_exportButton->setEnabled(!exporting);
    m_cancel->setEnabled(exporting);
    m_progress->setVisible(exporting);
    m_progress->setValue(0);
    if (exporting) {
        m_progressTimer.start();
    } else {
        m_progressTimer.stop();
    }
}

void ReportsPage::onExported(const ReportJob::Result& result)
{
    setExporting(false);
    const QString message = DailyReport::outcome(result);
    m_exportStatus->setText(message);
    emit exportFinished(!result.cancelled && result.error.isEmpty(), message);
}

void ReportsPage::writeScheduledNow() { m_daily->writeNow(); }

}  // namespace sluice::ui
