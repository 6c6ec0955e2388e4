// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace sluice::ui {

// One secret of a channel as the settings show it: never its value, only whether the keychain holds one. Typing
// replaces it; "Forget" removes it. Without a keychain it cannot be stored, and says so.
class SecretField final : public QWidget {
    Q_OBJECT

public:
    SecretField(const QString& objectName, QWidget* parent = nullptr);

    void showState(bool available, bool stored);
    // What was typed (empty: keep what is stored).
    QString typed() const;
    bool forget() const;

private:
    QLineEdit* m_edit;
    QCheckBox* m_forget;
};

}  // namespace sluice::ui
