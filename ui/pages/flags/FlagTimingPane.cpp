// SPDX-License-Identifier: Apache-2.0
#include "FlagTimingPane.h"

#include "core/AnomalyNames.h"
#include "pages/anomalies/AnomalyText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sluice::ui {

namespace flags = engine::flags;

namespace {
constexpr int kUnitMinutes = 0;
constexpr int kUnitHours = 1;
constexpr int kUnitDays = 2;
constexpr int kHaltColumns = 3;

QDateTime toDateTime(engine::TimeNs t) { return QDateTime::fromMSecsSinceEpoch(t / engine::kNsPerMs); }
engine::TimeNs toTime(const QDateTime& t) { return t.toMSecsSinceEpoch() * engine::kNsPerMs; }

bool sameSettings(const flags::RolloutPlan& a, const flags::RolloutPlan& b)
{
    return a.stepPercent == b.stepPercent && a.stepEvery == b.stepEvery && a.targetPercent == b.targetPercent &&
           a.haltOn == b.haltOn;
}
}  // namespace

FlagTimingPane::FlagTimingPane(const flags::FeatureFlag& start, engine::TimeNs engineNow, QWidget* parent)
    : QWidget(parent), m_now(engineNow), m_startSchedule(start.schedule), m_startPlan(start.plan),
      m_schedule(new QTableWidget(0, 2, this)), m_hasPlan(new QCheckBox(tr("Roll out by plan"), this)),
      m_step(new QSpinBox(this)), m_every(new QSpinBox(this)), m_unit(new QComboBox(this)), m_target(new QSpinBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(buildSchedule(), 1);
    layout->addWidget(buildPlan(), 1);

    for (const flags::ScheduleEntry& entry : start.schedule) {
        addScheduleRow(entry);
    }
    const flags::RolloutPlan plan = start.plan.value_or(flags::RolloutPlan{});
    m_hasPlan->setChecked(start.plan.has_value());
    m_step->setValue(plan.stepPercent);
    m_target->setValue(plan.targetPercent);
    if (plan.stepEvery % engine::kNsPerDay == 0) {
        m_unit->setCurrentIndex(kUnitDays);
        m_every->setValue(static_cast<int>(plan.stepEvery / engine::kNsPerDay));
    } else if (plan.stepEvery % engine::kNsPerHour == 0) {
        m_unit->setCurrentIndex(kUnitHours);
        m_every->setValue(static_cast<int>(plan.stepEvery / engine::kNsPerHour));
    } else {
        m_unit->setCurrentIndex(kUnitMinutes);
        m_every->setValue(static_cast<int>(plan.stepEvery / engine::kNsPerMin));
    }
    for (int k = 0; k < engine::kAnomalyKindCount; ++k) {
        const std::string kind(engine::nameOf(static_cast<engine::AnomalyKind>(k)));
        m_haltOn[static_cast<std::size_t>(k)]->setChecked(std::find(plan.haltOn.begin(), plan.haltOn.end(), kind) !=
                                                          plan.haltOn.end());
    }
    planToggled();

    connect(m_hasPlan, &QCheckBox::toggled, this, &FlagTimingPane::planToggled);
    for (QSpinBox* spin : {m_step, m_every, m_target}) {
        connect(spin, &QSpinBox::valueChanged, this, &FlagTimingPane::edited);
    }
    connect(m_unit, &QComboBox::currentIndexChanged, this, &FlagTimingPane::edited);
    for (QCheckBox* box : m_haltOn) {
        connect(box, &QCheckBox::toggled, this, &FlagTimingPane::edited);
    }
}

QWidget* FlagTimingPane::buildSchedule()
{
    auto* box = new QGroupBox(tr("Schedule"), this);
    m_schedule->setObjectName(QStringLiteral("flagSchedule"));
    m_schedule->setHorizontalHeaderLabels({tr("When"), tr("Switch")});
    m_schedule->horizontalHeader()->setStretchLastSection(true);
    m_schedule->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_schedule->setColumnWidth(0, 150);
    auto* add = new QPushButton(tr("Add switch"), box);
    add->setObjectName(QStringLiteral("addScheduleEntry"));
    auto* remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("removeScheduleEntry"));
    connect(add, &QPushButton::clicked, this, [this] {
        // An hour after the last switch, or after now: the usual next step of a plan people write by hand.
        engine::TimeNs at = m_now + engine::kNsPerHour;
        for (int row = 0; row < m_schedule->rowCount(); ++row) {
            const auto* edit = static_cast<const QDateTimeEdit*>(m_schedule->cellWidget(row, 0));
            at = std::max(at, toTime(edit->dateTime()) + engine::kNsPerHour);
        }
        addScheduleRow(flags::ScheduleEntry{at, m_schedule->rowCount() % 2 == 0});
        emit edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const int row = m_schedule->currentRow(); row >= 0) {
            m_schedule->removeRow(row);
            emit edited();
        }
    });
    auto* note = new QLabel(tr("On the engine's clock; times are local."), box);
    note->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_schedule, 1);
    layout->addLayout(buttons);
    layout->addWidget(note);
    return box;
}

QWidget* FlagTimingPane::buildPlan()
{
    auto* box = new QGroupBox(tr("Rollout plan"), this);
    m_hasPlan->setObjectName(QStringLiteral("flagPlanOn"));
    m_step->setObjectName(QStringLiteral("flagPlanStep"));
    m_step->setRange(1, 100);
    m_step->setSuffix(tr(" %"));
    m_every->setObjectName(QStringLiteral("flagPlanEvery"));
    m_every->setRange(1, 999);
    m_unit->setObjectName(QStringLiteral("flagPlanUnit"));
    m_unit->addItem(tr("minutes"));
    m_unit->addItem(tr("hours"));
    m_unit->addItem(tr("days"));
    m_target->setObjectName(QStringLiteral("flagPlanTarget"));
    m_target->setRange(0, 100);
    m_target->setSuffix(tr(" %"));
    auto* every = new QHBoxLayout;
    every->addWidget(m_every);
    every->addWidget(m_unit, 1);
    auto* halts = new QGridLayout;
    for (int k = 0; k < engine::kAnomalyKindCount; ++k) {
        const auto kind = static_cast<engine::AnomalyKind>(k);
        auto* check = new QCheckBox(anomalyKindName(kind), box);
        check->setObjectName(QStringLiteral("flagPlanHalt_%1").arg(QString::fromLatin1(engine::nameOf(kind))));
        halts->addWidget(check, k / kHaltColumns, k % kHaltColumns);
        m_haltOn.push_back(check);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Step"), m_step);
    form->addRow(tr("Every"), every);
    form->addRow(tr("Up to"), m_target);
    auto* haltLabel = new QLabel(tr("Halt when an alert of these kinds opens:"), box);
    haltLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_hasPlan);
    layout->addLayout(form);
    layout->addWidget(haltLabel);
    layout->addLayout(halts);
    layout->addStretch(1);
    return box;
}

void FlagTimingPane::addScheduleRow(const flags::ScheduleEntry& entry)
{
    const int row = m_schedule->rowCount();
    m_schedule->insertRow(row);
    auto* when = new QDateTimeEdit(toDateTime(entry.at), m_schedule);
    when->setCalendarPopup(true);
    when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    connect(when, &QDateTimeEdit::dateTimeChanged, this, &FlagTimingPane::edited);
    auto* what = new QComboBox(m_schedule);
    what->addItem(tr("On"), true);
    what->addItem(tr("Off"), false);
    what->setCurrentIndex(entry.enable ? 0 : 1);
    connect(what, &QComboBox::currentIndexChanged, this, &FlagTimingPane::edited);
    m_schedule->setCellWidget(row, 0, when);
    m_schedule->setCellWidget(row, 1, what);
}

void FlagTimingPane::planToggled()
{
    const bool on = m_hasPlan->isChecked();
    for (QWidget* w : std::initializer_list<QWidget*>{m_step, m_every, m_unit, m_target}) {
        w->setEnabled(on);
    }
    for (QCheckBox* box : m_haltOn) {
        box->setEnabled(on);
    }
    emit edited();
}

engine::TimeNs FlagTimingPane::stepEvery() const
{
    static constexpr engine::TimeNs kUnits[] = {engine::kNsPerMin, engine::kNsPerHour, engine::kNsPerDay};
    return m_every->value() * kUnits[std::clamp(m_unit->currentIndex(), kUnitMinutes, kUnitDays)];
}

bool FlagTimingPane::fill(flags::FeatureFlag& flag, QString& error) const
{
    std::vector<flags::ScheduleEntry> schedule;
    for (int row = 0; row < m_schedule->rowCount(); ++row) {
        const auto* when = static_cast<const QDateTimeEdit*>(m_schedule->cellWidget(row, 0));
        const auto* what = static_cast<const QComboBox*>(m_schedule->cellWidget(row, 1));
        const flags::ScheduleEntry entry{toTime(when->dateTime()), what->currentData().toBool()};
        const bool kept = std::any_of(m_startSchedule.begin(), m_startSchedule.end(),
                                      [&](const auto& e) { return e.at == entry.at && e.enable == entry.enable; });
        if (!kept && entry.at <= m_now) {
            error = tr("Schedule row %1: %2 has passed on the engine's clock.")
                        .arg(row + 1)
                        .arg(QLocale().toString(when->dateTime(), QLocale::ShortFormat));
            return false;
        }
        schedule.push_back(entry);
    }
    std::stable_sort(schedule.begin(), schedule.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    flag.schedule = std::move(schedule);

    if (!m_hasPlan->isChecked()) {
        flag.plan.reset();
        return true;
    }
    if (!flags::rolloutOf(flag)) {
        error = tr("A rollout plan moves a rollout: give the flag a flexibleRollout strategy first.");
        return false;
    }
    flags::RolloutPlan plan;
    plan.stepPercent = m_step->value();
    plan.stepEvery = stepEvery();
    plan.targetPercent = m_target->value();
    for (int k = 0; k < engine::kAnomalyKindCount; ++k) {
        if (m_haltOn[static_cast<std::size_t>(k)]->isChecked()) {
            plan.haltOn.emplace_back(engine::nameOf(static_cast<engine::AnomalyKind>(k)));
        }
    }
    // Settings left as they were keep the plan's progress; new ones start it when the engine takes the flag.
    flag.plan = m_startPlan && sameSettings(*m_startPlan, plan) ? *m_startPlan : plan;
    return true;
}

}  // namespace sluice::ui
