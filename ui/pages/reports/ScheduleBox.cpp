// SPDX-License-Identifier: Apache-2.0
#include "pages/reports/ScheduleBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace sluice::ui {

ScheduleBox::ScheduleBox(QWidget* parent) : QGroupBox(tr("Daily report"), parent)
{
    m_enabled = new QCheckBox(tr("&Write the previous day's report every day"), this);
    m_enabled->setObjectName(QStringLiteral("scheduleEnabled"));
    m_at = new QTimeEdit(this);
    m_at->setObjectName(QStringLiteral("scheduleAt"));
    m_at->setDisplayFormat(QStringLiteral("HH:mm"));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("scheduleFolder"));
    m_folder->setPlaceholderText(tr("a folder"));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("scheduleChooseFolder"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("scheduleFormat"));
    m_format->addItem(QStringLiteral("PDF"), static_cast<int>(ReportFormat::Pdf));
    m_format->addItem(QStringLiteral("HTML"), static_cast<int>(ReportFormat::Html));
    m_format->addItem(QStringLiteral("CSV"), static_cast<int>(ReportFormat::Csv));
    m_format->addItem(QStringLiteral("JSON"), static_cast<int>(ReportFormat::Json));
    m_email = new QCheckBox(tr("Emai&l (attached)"), this);
    m_email->setObjectName(QStringLiteral("scheduleEmail"));
    m_email->setToolTip(tr("Sends each daily report to the ops team's email recipients, with its files attached."));
    m_sms = new QCheckBox(tr("&SMS"), this);
    m_sms->setObjectName(QStringLiteral("scheduleSms"));
    m_sms->setToolTip(tr("Tells the ops team's phone numbers that the report is written, with its key figures."));
    m_webhook = new QCheckBox(tr("We&bhook"), this);
    m_webhook->setObjectName(QStringLiteral("scheduleWebhook"));
    m_webhook->setToolTip(tr("Posts the report's key figures and file names to the ops webhook."));
    auto* writeNow = new QPushButton(tr("Write &now"), this);
    writeNow->setObjectName(QStringLiteral("scheduleWriteNow"));
    writeNow->setToolTip(tr("Writes the previous day's report into the folder now."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scheduleStatus"));
    m_status->setWordWrap(true);

    auto* atLabel = new QLabel(tr("&At:"), this);
    atLabel->setBuddy(m_at);
    auto* intoLabel = new QLabel(tr("&Into:"), this);
    intoLabel->setBuddy(m_folder);
    // Two rows and a line of status: the page keeps its charts tall enough at 1024×640.
    auto* whenRow = new QHBoxLayout();
    whenRow->addWidget(m_enabled);
    whenRow->addSpacing(12);
    whenRow->addWidget(atLabel);
    whenRow->addWidget(m_at);
    whenRow->addWidget(m_format);
    whenRow->addStretch();
    whenRow->addWidget(writeNow);
    auto* folderRow = new QHBoxLayout();
    folderRow->addWidget(intoLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    // The inbox always hears of a report; these are the channels beyond it.
    folderRow->addSpacing(12);
    folderRow->addWidget(new QLabel(tr("Also to:"), this));
    folderRow->addWidget(m_email);
    folderRow->addWidget(m_sms);
    folderRow->addWidget(m_webhook);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(whenRow);
    layout->addLayout(folderRow);
    layout->addWidget(m_status);

    connect(m_enabled, &QCheckBox::toggled, this, &ScheduleBox::takeFromControls);
    connect(m_at, &QTimeEdit::timeChanged, this, &ScheduleBox::takeFromControls);
    connect(m_folder, &QLineEdit::editingFinished, this, &ScheduleBox::takeFromControls);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ScheduleBox::takeFromControls);
    for (QCheckBox* channel : {m_email, m_sms, m_webhook}) {
        connect(channel, &QCheckBox::toggled, this, &ScheduleBox::takeFromControls);
    }
    connect(choose, &QPushButton::clicked, this, &ScheduleBox::chooseFolder);
    connect(writeNow, &QPushButton::clicked, this, &ScheduleBox::writeNowRequested);
}

void ScheduleBox::setSchedule(const ReportSchedule& schedule)
{
    m_schedule = schedule;
    const QSignalBlocker b1(m_enabled);
    const QSignalBlocker b2(m_at);
    const QSignalBlocker b3(m_folder);
    const QSignalBlocker b4(m_format);
    const QSignalBlocker b5(m_email);
    const QSignalBlocker b6(m_sms);
    const QSignalBlocker b7(m_webhook);
    m_enabled->setChecked(schedule.enabled);
    m_at->setTime(schedule.at);
    m_folder->setText(schedule.folder);
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(schedule.format)));
    m_email->setChecked(engine::hasChannel(schedule.sendTo, engine::Channel::Email));
    m_sms->setChecked(engine::hasChannel(schedule.sendTo, engine::Channel::Sms));
    m_webhook->setChecked(engine::hasChannel(schedule.sendTo, engine::Channel::Webhook));
}

void ScheduleBox::setStatus(const QString& text) { m_status->setText(text); }

void ScheduleBox::takeFromControls()
{
    m_schedule.enabled = m_enabled->isChecked();
    m_schedule.at = m_at->time();
    m_schedule.folder = m_folder->text().trimmed();
    m_schedule.format = static_cast<ReportFormat>(m_format->currentData().toInt());
    m_schedule.sendTo = 0;
    for (const auto& [box, channel] :
         {std::pair{m_email, engine::Channel::Email}, std::pair{m_sms, engine::Channel::Sms},
          std::pair{m_webhook, engine::Channel::Webhook}}) {
        if (box->isChecked()) {
            m_schedule.sendTo |= engine::channelBit(channel);
        }
    }
    m_schedule.save();
    emit changed();
}

void ScheduleBox::chooseFolder()
{
    // Window-modal, without a nested event loop: the console keeps drawing behind it.
    auto* dialog = new QFileDialog(window(), tr("Folder for the daily report"), m_folder->text());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& folder) {
        m_folder->setText(folder);
        takeFromControls();
    });
    dialog->open();
}

}  // namespace sluice::ui
