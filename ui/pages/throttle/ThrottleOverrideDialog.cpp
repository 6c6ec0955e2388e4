// SPDX-License-Identifier: Apache-2.0
#include "pages/throttle/ThrottleOverrideDialog.h"

#include "Format.h"
#include "pages/throttle/ThrottleReasonEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sluice::ui {

namespace {
constexpr int kDefaultMinutes = 60;
constexpr int kMaxMinutes = 7 * 24 * 60;
}  // namespace

ThrottleOverrideDialog::ThrottleOverrideDialog(engine::ThrottleLevel current, QWidget* parent)
    : QDialog(parent), m_level(new QComboBox(this)),
      m_reason(new ThrottleReasonEdit(tr("Why, for the history and the other admins"), this)),
      m_forDuration(new QRadioButton(tr("For"), this)), m_untilCleared(new QRadioButton(tr("Until cleared"), this)),
      m_minutes(new QSpinBox(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("throttleOverrideDialog"));
    setWindowTitle(tr("Override the throttle level"));
    m_level->setObjectName(QStringLiteral("overrideLevel"));
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_forDuration->setObjectName(QStringLiteral("overrideForDuration"));
    m_untilCleared->setObjectName(QStringLiteral("overrideUntilCleared"));
    m_minutes->setObjectName(QStringLiteral("overrideMinutes"));
    m_problem->setObjectName(QStringLiteral("overrideProblem"));

    for (int l = 0; l < engine::kThrottleLevelCount; ++l) {
        const auto level = static_cast<engine::ThrottleLevel>(l);
        m_level->addItem(tr("%1 (×%2)").arg(throttleName(level), QLocale().toString(engine::throttleMultiplier(level))),
                         l);
    }
    m_level->setCurrentIndex(static_cast<int>(current));
    m_minutes->setRange(1, kMaxMinutes);
    m_minutes->setValue(kDefaultMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Duration in minutes"));
    m_forDuration->setChecked(true);
    m_problem->setWordWrap(true);

    auto* duration = new QHBoxLayout;
    duration->addWidget(m_forDuration);
    duration->addWidget(m_minutes);
    duration->addSpacing(12);
    duration->addWidget(m_untilCleared);
    duration->addStretch(1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Level"), m_level);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(tr("Lasts"), duration);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // The minutes belong to "For" and sit between the two choices.
    QWidget::setTabOrder(m_forDuration, m_minutes);
    QWidget::setTabOrder(m_minutes, m_untilCleared);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &ThrottleOverrideDialog::validate);
    connect(m_untilCleared, &QRadioButton::toggled, m_minutes, [this](bool on) { m_minutes->setEnabled(!on); });
    m_reason->setFocus();
    validate();
}

engine::ThrottleLevel ThrottleOverrideDialog::level() const
{
    return static_cast<engine::ThrottleLevel>(m_level->currentData().toInt());
}

QString ThrottleOverrideDialog::reason() const { return m_reason->reason(); }

std::optional<int> ThrottleOverrideDialog::durationMinutes() const
{
    return m_untilCleared->isChecked() ? std::nullopt : std::optional<int>(m_minutes->value());
}

void ThrottleOverrideDialog::validate()
{
    const bool ok = !reason().isEmpty();
    m_problem->setText(ok ? QString() : tr("A reason is required: it is kept in the throttle history."));
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

}  // namespace sluice::ui
