// SPDX-License-Identifier: Apache-2.0
#include "widgets/CheckedDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sluice::ui {

void CheckedDialog::finish(QFormLayout* form, const QString& errorName)
{
    m_error = new QLabel(this);
    m_error->setObjectName(errorName);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xC0, 0x20, 0x20));
    m_error->setPalette(palette);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckedDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CheckedDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void CheckedDialog::accept()
{
    const QString why = problem();
    if (m_error != nullptr) {
        m_error->setText(why);
    }
    if (why.isEmpty()) {
        QDialog::accept();
    }
}

}  // namespace sluice::ui
