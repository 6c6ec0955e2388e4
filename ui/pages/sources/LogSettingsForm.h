// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LogSourceSettings.h"

#include <QObject>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QWidget;

namespace sluice::ui {

// The rows that say which log to read and how to understand it: the file (with a picker), the format (a
// pattern when it is neither combined, common nor JSON lines) and what the key is. Shared by the dialogs that
// add a log source and replay a log; it fills the file, format and key of LogSourceSettings.
class LogSettingsForm final : public QObject {
    Q_OBJECT

public:
    // Adds its rows to `form`; `dialog` owns the widgets.
    LogSettingsForm(QWidget* dialog, QFormLayout* form);

    // Writes path, format and key into `settings`.
    void fill(LogSourceSettings& settings) const;
    void show(const LogSourceSettings& settings);
    // Why the rows cannot be used yet (no file, an empty pattern or header name), or empty.
    QString problem() const;

signals:
    void changed();

private:
    void browse();
    void updateArguments();

    QWidget* m_dialog;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QComboBox* m_format;
    QLineEdit* m_pattern;
    QComboBox* m_key;
    QLineEdit* m_keyArgument;
};

}  // namespace sluice::ui
