// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

namespace sluice::ui {

// Help > About: the version, the license, and the Qt and library versions in use (what a bug report needs).
class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The text shown, as plain text, for copying into a bug report.
    QString details() const;

private:
    QString m_details;
};

}  // namespace sluice::ui
