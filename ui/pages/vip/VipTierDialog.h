// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "widgets/CheckedDialog.h"

class QDoubleSpinBox;
class QLineEdit;

namespace sluice::ui {

// Add a VIP tier to the catalog or edit a tier's multiplier (its name is then fixed).
class VipTierDialog final : public CheckedDialog {
    Q_OBJECT

public:
    VipTierDialog(const QString& name, double multiplier, bool editing, QWidget* parent = nullptr);

    engine::cmd::PutVipTier command() const;
    QString problem() const override;

private:
    QLineEdit* m_name;
    QDoubleSpinBox* m_multiplier;
};

}  // namespace sluice::ui
