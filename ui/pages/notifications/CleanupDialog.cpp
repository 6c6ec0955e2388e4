// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/CleanupDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sluice::ui {

namespace {
constexpr int kMaxDays = 3650;
}  // namespace

CleanupDialog::CleanupDialog(QWidget* parent, int days)
    : QDialog(parent), m_days(new QSpinBox(this)), m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("notificationCleanupDialog"));
    setWindowTitle(tr("Clean up notifications"));
    m_days->setObjectName(QStringLiteral("notificationCleanupDays"));
    m_days->setRange(1, kMaxDays);
    m_days->setValue(days);
    m_days->setSuffix(tr(" days"));
    m_warning->setObjectName(QStringLiteral("notificationCleanupWarning"));
    m_warning->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Delete notifications &older than"), m_days);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Delete"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_days, &QSpinBox::valueChanged, this, &CleanupDialog::describe);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    describe();
}

int CleanupDialog::days() const { return m_days->value(); }

void CleanupDialog::describe()
{
    m_warning->setText(tr("Every notification created more than %n day(s) ago, read or not, and its delivery "
                          "records are deleted for good. The audit log records who did it.",
                          nullptr, m_days->value()));
}

}  // namespace sluice::ui
