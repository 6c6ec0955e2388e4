// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pages/notifications/NotificationRecords.h"

#include "config/Command.h"

#include <QDialog>

#include <array>
#include <vector>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimeEdit;

namespace sluice::ui {

class NotificationInbox;

// One recipient as an admin sees them: the ops team or a key's owner, how many notifications they have and how
// many are unread, what they want to hear about and where (preferences), and for a key its owner's contact.
// Saving sends the changed preferences and contact; "Reset" goes back to the defaults; their notifications can be
// shown in the inbox or deleted.
class RecipientDialog final : public QDialog {
    Q_OBJECT

public:
    RecipientDialog(NotificationInbox* inbox, const QString& initial, QWidget* parent = nullptr);

    QString recipient() const;
    // The commands OK sends for what was edited (preferences always, the contact when it changed).
    std::vector<engine::Command> commands() const;
    bool loaded() const { return m_loaded; }

signals:
    void commandsChosen(const std::vector<engine::Command>& commands);
    void showInInbox(const QString& recipient);
    void recipientLoaded();

private:
    QGroupBox* buildPreferences();
    QGroupBox* buildContact();
    void lookUp();
    void onRecipient(quint64 id, const RecipientRecord& record);
    engine::NotifyPreferences preferences() const;

    NotificationInbox* m_inbox;
    QLineEdit* m_recipient;
    QLabel* m_summary;
    QCheckBox* m_tier = nullptr;
    QCheckBox* m_violation = nullptr;
    QCheckBox* m_vip = nullptr;
    QCheckBox* m_onViolation = nullptr;
    QCheckBox* m_onDecay = nullptr;
    QCheckBox* m_daily = nullptr;
    std::array<QCheckBox*, engine::kChannelCount> m_channels{};
    QCheckBox* m_quiet = nullptr;
    QTimeEdit* m_quietStart = nullptr;
    QTimeEdit* m_quietEnd = nullptr;
    QGroupBox* m_contact = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_webhook = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_show = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    RecipientRecord m_record;
    quint64 m_request = 0;
    bool m_loaded = false;
    bool m_confirmDelete = false;
};

}  // namespace sluice::ui
