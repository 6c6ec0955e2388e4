// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineClient.h"
#include "secrets/Keychain.h"

#include "config/NotifyConfig.h"
#include "core/NotifyTypes.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace sluice::ui {

// The notification channels' secrets (SMTP password, ops webhook URL, SMS gateway password) in the OS keychain
// (secrets/Keychain: asynchronous jobs with deadlines), and nowhere else: not in the settings, the database or a
// log. Whether a keychain is there is found by writing, reading back and deleting a throw-away entry: a read alone
// cannot tell a locked or missing keyring from an empty one. There is no plain-text fallback.
class SecretStore final : public QObject {
    Q_OBJECT

public:
    static constexpr const char* kService = Keychain::kService;
    static constexpr std::chrono::milliseconds kDeadline = Keychain::kDeadline;

    // `service` names the application in the keychain (tests use names of their own).
    explicit SecretStore(QString service = QString::fromLatin1(kService),
                         std::chrono::milliseconds deadline = kDeadline, QObject* parent = nullptr);

    // Probes the keychain, then reads the three secrets; `loaded` follows (with nothing read when the keychain
    // is unavailable).
    void open();
    // Writes the secrets that are set and deletes those `clear` names (Email: the SMTP password, Webhook: the
    // URL, Sms: the gateway password); `stored` reports the outcome. Refused while the keychain is unavailable,
    // still being checked, or busy with an earlier store.
    void store(const engine::NotifySecrets& secrets, engine::ChannelSet clear);

    const KeychainState& state() const { return m_state; }
    // What was read or stored; empty until `loaded`.
    const engine::NotifySecrets& secrets() const { return m_secrets; }
    bool isLoaded() const { return m_loaded; }

signals:
    void changed();  // state()
    void loaded();   // secrets() holds what the keychain had
    void stored(bool ok, const QString& error);

private:
    using Outcome = Keychain::Outcome;
    using Done = Keychain::Done;

    void write(const QString& key, const QString& value, Done done);
    void read(const QString& key, Done done);
    void remove(const QString& key, Done done);
    void readAll();
    void becomeUnavailable(const QString& error);
    void refreshFlags();

    Keychain m_keychain;
    KeychainState m_state;
    engine::NotifySecrets m_secrets;
    bool m_loaded = false;
    bool m_storing = false;
};

}  // namespace sluice::ui
