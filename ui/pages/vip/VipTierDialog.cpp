// SPDX-License-Identifier: Apache-2.0
#include "pages/vip/VipTierDialog.h"

#include "EngineTextTranslator.h"
#include "vip/VipCatalog.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace sluice::ui {

VipTierDialog::VipTierDialog(const QString& name, double multiplier, bool editing, QWidget* parent)
    : CheckedDialog(parent), m_name(new QLineEdit(name, this)), m_multiplier(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("vipTierDialog"));
    setWindowTitle(editing ? tr("Edit VIP tier") : tr("Add VIP tier"));
    m_name->setObjectName(QStringLiteral("vipTierName"));
    m_name->setReadOnly(editing);
    m_name->setPlaceholderText(tr("letters, digits, '-' and '_'"));
    m_multiplier->setObjectName(QStringLiteral("vipTierMultiplier"));
    m_multiplier->setRange(engine::VipCatalog::kMinMultiplier, engine::VipCatalog::kMaxMultiplier);
    m_multiplier->setDecimals(2);
    m_multiplier->setSingleStep(0.25);
    m_multiplier->setPrefix(QStringLiteral("×"));
    m_multiplier->setValue(multiplier);

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Multiplier (1.0 to 5.0)"), m_multiplier);
    finish(form, QStringLiteral("vipTierError"));
    setMinimumWidth(360);
}

QString VipTierDialog::problem() const
{
    if (auto why = engine::VipCatalog::checkName(m_name->text().trimmed().toStdString())) {
        return localizedEngineText(*why);
    }
    return {};
}

engine::cmd::PutVipTier VipTierDialog::command() const
{
    return engine::cmd::PutVipTier{m_name->text().trimmed().toStdString(), m_multiplier->value()};
}

}  // namespace sluice::ui
