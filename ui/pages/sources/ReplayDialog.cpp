// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/ReplayDialog.h"

#include "Format.h"
#include "pages/sources/LogSettingsForm.h"
#include "pages/sources/ReplayRun.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sluice::ui {

namespace {
constexpr int kProgressPollMs = 200;
}

ReplayDialog::ReplayDialog(QWidget* parent)
    : QDialog(parent), m_fastest(new QRadioButton(tr("As &fast as possible"), this)),
      m_paced(new QRadioButton(tr("At the log's own &timing, times"), this)), m_factor(new QDoubleSpinBox(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_report(new QPlainTextEdit(this)),
      m_start(new QPushButton(tr("&Start"), this)), m_cancel(new QPushButton(tr("&Cancel replay"), this)),
      m_close(new QPushButton(tr("Close"), this)), m_poll(new QTimer(this)), m_run(new ReplayRun(this))
{
    setObjectName(QStringLiteral("replayDialog"));
    setWindowTitle(tr("Replay a log"));
    m_fastest->setObjectName(QStringLiteral("replayFastest"));
    m_paced->setObjectName(QStringLiteral("replayPaced"));
    m_factor->setObjectName(QStringLiteral("replayFactor"));
    m_progress->setObjectName(QStringLiteral("replayProgress"));
    m_status->setObjectName(QStringLiteral("replayStatus"));
    m_report->setObjectName(QStringLiteral("replayReport"));
    m_start->setObjectName(QStringLiteral("replayStart"));
    m_cancel->setObjectName(QStringLiteral("replayCancel"));
    m_close->setObjectName(QStringLiteral("replayClose"));

    auto* form = new QFormLayout;
    m_form = new LogSettingsForm(this, form);
    auto* speeds = new QButtonGroup(this);
    speeds->addButton(m_fastest);
    speeds->addButton(m_paced);
    m_fastest->setChecked(true);
    m_factor->setRange(0.1, 10000);
    m_factor->setValue(60);
    m_factor->setSuffix(tr(" ×"));
    m_factor->setAccessibleName(tr("Speed factor"));
    auto* paced = new QHBoxLayout;
    paced->addWidget(m_paced);
    paced->addWidget(m_factor);
    paced->addStretch(1);
    auto* speed = new QVBoxLayout;
    speed->addWidget(m_fastest);
    speed->addLayout(paced);
    form->addRow(tr("Speed:"), speed);

    m_status->setWordWrap(true);
    m_status->setText(tr("The replay runs in an engine of its own: the live engine and its history are not "
                         "touched."));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setAccessibleName(tr("Replay report"));
    m_report->hide();
    m_cancel->setEnabled(false);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(640, 480);

    m_poll->setInterval(kProgressPollMs);
    connect(m_poll, &QTimer::timeout, this, &ReplayDialog::showProgress);
    connect(m_start, &QPushButton::clicked, this, &ReplayDialog::startReplay);
    connect(m_cancel, &QPushButton::clicked, m_run, &ReplayRun::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_run, &ReplayRun::finished, this, &ReplayDialog::finish);
    connect(m_paced, &QRadioButton::toggled, m_factor, &QWidget::setEnabled);
    m_factor->setEnabled(false);
}

void ReplayDialog::startReplay()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    LogSourceSettings settings;
    m_form->fill(settings);
    settings.follow = false;
    m_report->hide();
    m_report->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Replaying…"));
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_run->start(settings, m_paced->isChecked() ? m_factor->value() : engine::SourceState::kUnpaced);
    m_poll->start();
}

void ReplayDialog::showProgress()
{
    const engine::SourceState state = m_run->progress();
    if (state.progress >= 0) {
        m_progress->setValue(static_cast<int>(state.progress * 1000));
    }
    m_status->setText(
        tr("Replaying… %1 lines read, %2 rejected").arg(formatCount(state.read), formatCount(state.rejected)));
}

void ReplayDialog::finish(const QString& report, const QString& error)
{
    m_poll->stop();
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    if (report.isEmpty()) {
        m_status->setText(tr("The replay failed: %1").arg(error));
        emit replayFinished();
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(report.toUtf8()).object();
    const QJsonObject lines = o.value(QLatin1String("lines")).toObject();
    const QJsonObject requests = o.value(QLatin1String("requests")).toObject();
    const auto count = [](const QJsonObject& in, const char* name) {
        return formatCount(static_cast<quint64>(in.value(QLatin1String(name)).toInteger()));
    };
    m_progress->setValue(m_progress->maximum());
    m_status->setText((o.value(QLatin1String("complete")).toBool()
                           ? tr("Done.")
                           : tr("Cancelled; the report covers the lines read.")) +
                      QLatin1Char(' ') +
                      tr("%1 lines read, %2 parsed, %3 rejected; %4 requests allowed, %5 denied.")
                          .arg(count(lines, "read"), count(lines, "parsed"), count(lines, "rejected"),
                               count(requests, "allowed"), count(requests, "denied")));
    m_report->setPlainText(report);
    m_report->show();
    emit replayFinished();
}

QString ReplayDialog::report() const { return m_report->toPlainText(); }

}  // namespace sluice::ui
