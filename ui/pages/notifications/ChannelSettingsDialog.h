// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LatestQuestion.h"

#include "config/NotifyConfig.h"
#include "core/NotifyView.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace sluice::ui {

class ChannelTestRow;
class EngineClient;
class SecretField;

// Where notifications go and how they are delivered: email (SMTP), webhook and SMS gateway settings, their
// secrets (kept in the OS keychain, whose state is said plainly), a test message per channel with its outcome
// and circuit breaker, and the delivery rules (retries, breaker, retention, digest time). It starts from the
// setting in force, asked of the engine; Save stays off until that arrived.
class ChannelSettingsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ChannelSettingsDialog(EngineClient* engine, QWidget* parent = nullptr);

    // The setting as edited, on top of the one in force.
    engine::NotifyConfig config() const;
    bool loaded() const { return m_loaded; }
    // The secrets typed (empty ones unchanged) and the channels whose stored secret is to be forgotten.
    engine::NotifySecrets secrets() const;
    engine::ChannelSet forgotten() const;
    void showDelivery(const engine::NotifyView& view);

signals:
    void configChosen(const engine::NotifyConfig& config);
    void settingsLoaded();

private:
    QWidget* buildEmail();
    QWidget* buildWebhook();
    QWidget* buildSms();
    QWidget* buildDelivery();
    void fill(const engine::NotifyConfig& config);
    void showKeychain();
    void save();

    EngineClient* m_engine;
    engine::NotifyConfig m_base;
    bool m_loaded = false;
    QLabel* m_keychain = nullptr;
    // Email
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_emailOps = nullptr;
    QLineEdit* m_caFile = nullptr;
    SecretField* m_smtpPassword = nullptr;
    // Webhook
    QCheckBox* m_webhookOn = nullptr;
    QCheckBox* m_slack = nullptr;
    SecretField* m_webhookUrl = nullptr;
    // SMS
    QLineEdit* m_smsUrl = nullptr;
    QLineEdit* m_smsUser = nullptr;
    QLineEdit* m_smsFrom = nullptr;
    QLineEdit* m_smsOps = nullptr;
    QLineEdit* m_toField = nullptr;
    QLineEdit* m_fromField = nullptr;
    QLineEdit* m_bodyField = nullptr;
    SecretField* m_smsPassword = nullptr;
    // Delivery
    QCheckBox* m_enabled = nullptr;
    QDoubleSpinBox* m_reputationLow = nullptr;
    QSpinBox* m_violationWindow = nullptr;
    QSpinBox* m_maxAttempts = nullptr;
    QSpinBox* m_backoffBase = nullptr;
    QSpinBox* m_backoffMax = nullptr;
    QSpinBox* m_breakerFailures = nullptr;
    QSpinBox* m_breakerOpen = nullptr;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_retention = nullptr;
    QTimeEdit* m_digest = nullptr;
    std::array<ChannelTestRow*, engine::kChannelCount> m_tests{};
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    LatestQuestion<NotifyConfigQuery> m_current;
};

}  // namespace sluice::ui
