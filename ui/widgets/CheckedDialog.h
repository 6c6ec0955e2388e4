// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;

namespace sluice::ui {

// A form dialog whose OK first asks problem(): while it names one, the dialog stays open and shows it under
// the form, so a person fixes the input where they typed it.
class CheckedDialog : public QDialog {
    Q_OBJECT

public:
    using QDialog::QDialog;

    // Why OK is refused, or empty when the input is acceptable.
    virtual QString problem() const = 0;
    void accept() override;

protected:
    // Lays out `form`, the error line (named `errorName`) and OK / Cancel.
    void finish(QFormLayout* form, const QString& errorName);

private:
    QLabel* m_error = nullptr;
};

}  // namespace sluice::ui
