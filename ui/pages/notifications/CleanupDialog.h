// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;

namespace sluice::ui {

// Asks how old notifications must be to go, and confirms: the cleanup deletes them and their deliveries for
// good (the audit log keeps a row saying who did it).
class CleanupDialog final : public QDialog {
    Q_OBJECT

public:
    explicit CleanupDialog(QWidget* parent = nullptr, int days = 90);

    int days() const;

private:
    void describe();

    QSpinBox* m_days;
    QLabel* m_warning;
};

}  // namespace sluice::ui
