// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/SecretField.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace sluice::ui {

SecretField::SecretField(const QString& objectName, QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_forget(new QCheckBox(tr("Forget"), this))
{
    setObjectName(objectName);
    m_edit->setObjectName(objectName + QStringLiteral("Edit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_forget->setObjectName(objectName + QStringLiteral("Forget"));
    m_forget->setToolTip(tr("Remove the stored secret from the keychain"));
    connect(m_forget, &QCheckBox::toggled, m_edit, [this](bool on) {
        m_edit->setEnabled(!on);
        if (on) {
            m_edit->clear();
        }
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_forget);
    showState(false, false);
}

void SecretField::showState(bool available, bool stored)
{
    m_edit->setEnabled(available && !m_forget->isChecked());
    m_forget->setEnabled(available && stored);
    if (!available) {
        m_edit->setPlaceholderText(tr("Cannot be stored without a keychain"));
    } else {
        m_edit->setPlaceholderText(stored ? tr("Stored in the keychain; type to replace")
                                          : tr("Not stored; type to store in the keychain"));
    }
}

QString SecretField::typed() const { return m_forget->isChecked() ? QString() : m_edit->text(); }

bool SecretField::forget() const { return m_forget->isChecked() && m_forget->isEnabled(); }

}  // namespace sluice::ui
