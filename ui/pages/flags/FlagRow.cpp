// SPDX-License-Identifier: Apache-2.0
#include "FlagRow.h"

#include "AdminControls.h"
#include "EngineClient.h"
#include "pages/flags/ExposureSparkline.h"
#include "pages/flags/FlagRowText.h"
#include "pages/flags/RolloutSlider.h"
#include "widgets/ElidedLabel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sluice::ui {

namespace {
QLabel* smallLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
}  // namespace

FlagRow::FlagRow(const engine::FlagRowView& flag, const EngineClient& engine, QWidget* parent)
    : QFrame(parent), m_name(flag.name), m_enabled(new QCheckBox(tr("On"), this)), m_title(new QLabel(this)),
      m_effect(smallLabel(QStringLiteral("flagEffect"), this)), m_killed(new QLabel(tr("Killed"), this)),
      m_status(new ElidedLabel(QString(), this)), m_planPause(new QPushButton(this)), m_kill(new QPushButton(this)),
      m_edit(new QPushButton(tr("Edit…"), this)), m_slider(new RolloutSlider(this)), m_rolloutValue(new QLabel(this)),
      m_noRollout(new ElidedLabel(tr("No rollout strategy: on for every key its strategies admit"), this)),
      m_share(new QLabel(this)), m_exposure(new ExposureSparkline(this)), m_readOnly(engine.readOnly())
{
    const QString qname = QString::fromStdString(m_name);
    setObjectName(QStringLiteral("flagRow:%1").arg(qname));
    setFrameShape(QFrame::StyledPanel);
    m_enabled->setObjectName(QStringLiteral("flagEnabled"));
    m_title->setObjectName(QStringLiteral("flagName"));
    m_title->setText(qname);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setObjectName(QStringLiteral("flagStatus"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_killed->setObjectName(QStringLiteral("flagKilled"));
    m_killed->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; border-radius: 3px; "
                                           "padding: 0 4px; }"));
    m_planPause->setObjectName(QStringLiteral("flagPlanPause"));
    m_kill->setObjectName(QStringLiteral("flagKill"));
    m_edit->setObjectName(QStringLiteral("flagEdit"));
    m_slider->setObjectName(QStringLiteral("flagRollout"));
    m_slider->setAccessibleName(tr("Rollout of %1").arg(qname));
    m_slider->setMinimumWidth(140);
    m_rolloutValue->setObjectName(QStringLiteral("flagRolloutValue"));
    m_rolloutValue->setMinimumWidth(m_rolloutValue->fontMetrics().horizontalAdvance(QStringLiteral("100 %")) + 4);
    m_rolloutValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_noRollout->setObjectName(QStringLiteral("flagNoRollout"));
    m_noRollout->setForegroundRole(QPalette::PlaceholderText);
    m_share->setObjectName(QStringLiteral("flagShare"));
    m_share->setToolTip(tr("Active keys the flag is on for now"));
    m_exposure->setObjectName(QStringLiteral("flagExposure"));

    const QString readOnly = tr("The console is read-only: flags cannot be changed here.");
    for (QWidget* control :
         {static_cast<QWidget*>(m_enabled), static_cast<QWidget*>(m_slider), static_cast<QWidget*>(m_planPause),
          static_cast<QWidget*>(m_kill), static_cast<QWidget*>(m_edit)}) {
        markAdminControl(control, engine, readOnly);
    }
    setAdminTip(m_edit, tr("Strategies, constraints, segments and variants of %1").arg(qname));

    auto* top = new QHBoxLayout;
    top->addWidget(m_enabled);
    top->addWidget(m_title);
    top->addWidget(m_killed);
    top->addWidget(m_effect);
    top->addWidget(m_status, 1);
    top->addWidget(m_planPause);
    top->addWidget(m_kill);
    top->addWidget(m_edit);
    auto* bottom = new QHBoxLayout;
    bottom->addSpacing(m_enabled->sizeHint().width());
    bottom->addWidget(m_slider, 1);
    bottom->addWidget(m_rolloutValue);
    bottom->addWidget(m_noRollout, 1);
    bottom->addSpacing(12);
    bottom->addWidget(m_share);
    bottom->addWidget(m_exposure);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(bottom);

    connect(m_enabled, &QCheckBox::clicked, this, [this, qname](bool on) { emit enabledToggled(qname, on); });
    connect(m_slider, &QSlider::valueChanged, this, &FlagRow::showRolloutValue);
    connect(m_slider, &RolloutSlider::released, this,
            [this, qname](int percent) { emit rolloutReleased(qname, m_slider->applied(), percent); });
    connect(m_kill, &QPushButton::clicked, this, [this, qname] { emit killClicked(qname, m_isKilled); });
    connect(m_planPause, &QPushButton::clicked, this,
            [this, qname] { emit planPauseClicked(qname, m_plan == engine::PlanState::Running); });
    connect(m_edit, &QPushButton::clicked, this, [this, qname] { emit editClicked(qname); });
    display(flag);
}

void FlagRow::display(const engine::FlagRowView& flag)
{
    m_enabled->setChecked(flag.enabled);
    setAdminTip(m_enabled, flag.enabled ? tr("On: evaluated by its strategies. Click to turn it off for everyone.")
                                        : tr("Off for everyone. Click to turn it on."));
    m_title->setToolTip(QString::fromStdString(flag.description));
    m_effect->setText(flagEffectText(flag.effect));
    m_isKilled = flag.killed;
    m_killed->setVisible(flag.killed);
    m_kill->setText(flag.killed ? tr("Lift kill") : tr("Kill…"));
    setAdminTip(m_kill, flag.killed ? tr("Let the flag's own settings decide again")
                                    : tr("Turn the flag off for every key at once, with a reason"));
    const bool hasRollout = flag.rollout >= 0;
    m_slider->setVisible(hasRollout);
    m_rolloutValue->setVisible(hasRollout);
    m_noRollout->setVisible(!hasRollout);
    if (hasRollout) {
        m_slider->setApplied(flag.rollout);
        showRolloutValue(m_slider->value());
    }
    m_share->setText(flagShareText(flag));
    m_exposure->setExposure(flag.exposure);
    QStringList status;
    for (const QString& part : {flagScheduleText(flag), flagPlanText(flag)}) {
        if (!part.isEmpty()) {
            status << part;
        }
    }
    m_status->setFullText(status.join(QStringLiteral(" · ")));
    m_plan = flag.plan;
    const bool pausable = flag.plan == engine::PlanState::Running;
    const bool resumable = flag.plan == engine::PlanState::Paused || flag.plan == engine::PlanState::Halted;
    m_planPause->setVisible(pausable || resumable);
    m_planPause->setText(pausable ? tr("Pause plan") : tr("Resume plan"));
    setAdminTip(m_planPause, flag.plan == engine::PlanState::Halted ? tr("Resume the plan; this clears the halt")
                                                                    : tr("Pause or resume the gradual rollout"));
}

// In a read-only console the tooltip says why the control is off, and keeps saying it.
void FlagRow::setAdminTip(QWidget* control, const QString& tip)
{
    if (!m_readOnly) {
        control->setToolTip(tip);
    }
}

void FlagRow::showRolloutValue(int percent) { m_rolloutValue->setText(tr("%1 %").arg(percent)); }

}  // namespace sluice::ui
