// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LogSourceSettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sluice::ui {

class LogSettingsForm;

// Which access log a what-if run replays and how to read it: the file, its format, what the key is and the routes
// of its paths, as `sluice whatif --log` takes them. OK stays off while any of them cannot be used, and says why.
class LogTrafficDialog final : public QDialog {
    Q_OBJECT

public:
    explicit LogTrafficDialog(const LogSourceSettings& start, QWidget* parent = nullptr);

    LogSourceSettings settings() const;

private:
    void check();

    LogSettingsForm* m_form;
    QLineEdit* m_routes;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

}  // namespace sluice::ui
