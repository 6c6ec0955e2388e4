// SPDX-License-Identifier: Apache-2.0
#include "pages/throttle/ThrottleClearDialog.h"

#include "Format.h"
#include "pages/throttle/ThrottleReasonEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sluice::ui {

ThrottleClearDialog::ThrottleClearDialog(engine::ThrottleLevel controllerLevel, QWidget* parent)
    : QDialog(parent), m_reason(new ThrottleReasonEdit(tr("Optional: why, for the audit log"), this))
{
    setObjectName(QStringLiteral("throttleClearDialog"));
    setWindowTitle(tr("Clear the throttle override"));
    m_reason->setObjectName(QStringLiteral("clearReason"));

    auto* effect = new QLabel(tr("The automatic controller takes the level back; the load now calls for %1 (×%2).")
                                  .arg(throttleName(controllerLevel),
                                       QLocale().toString(engine::throttleMultiplier(controllerLevel), 'g', 2)),
                              this);
    effect->setObjectName(QStringLiteral("clearEffect"));
    effect->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&lear override"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(effect);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
}

QString ThrottleClearDialog::reason() const { return m_reason->reason(); }

}  // namespace sluice::ui
