// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Tiers.h"

#include <QDialog>

namespace sluice::ui {

class ThrottleReasonEdit;

// Confirms handing the level back to the automatic controller, and asks why (optional) for the audit log.
// Enter clears, Escape keeps the override.
class ThrottleClearDialog final : public QDialog {
    Q_OBJECT

public:
    // `controllerLevel` is what the load calls for now: the level the throttle returns to.
    explicit ThrottleClearDialog(engine::ThrottleLevel controllerLevel, QWidget* parent = nullptr);

    QString reason() const;

private:
    ThrottleReasonEdit* m_reason;
};

}  // namespace sluice::ui
