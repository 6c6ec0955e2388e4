// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/Command.h"
#include "vip/VipQuery.h"
#include "widgets/CheckedDialog.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace sluice::ui {

// Assign a VIP tier to a key, or change an assignment (the key is then fixed). OK checks what it can here:
// a key, a tier, an expiry ahead of the engine's time; the engine checks again when the command arrives.
class VipAssignDialog final : public CheckedDialog {
    Q_OBJECT

public:
    VipAssignDialog(const std::vector<engine::VipTierUsage>& tiers, engine::TimeNs engineNow,
                    const engine::VipRow* existing, QWidget* parent = nullptr);

    // Fills in the key to assign a tier to (from a key's "Assign VIP…" elsewhere in the console).
    void setKey(const QString& key);
    engine::cmd::AssignVip command() const;
    QString problem() const override;

private:
    engine::TimeNs expiresAt() const;

    engine::TimeNs m_now;
    QLineEdit* m_key;
    QComboBox* m_tier;
    QCheckBox* m_never;
    QDateTimeEdit* m_expires;
    QLineEdit* m_notes;
};

}  // namespace sluice::ui
