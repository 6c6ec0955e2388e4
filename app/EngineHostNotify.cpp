// SPDX-License-Identifier: Apache-2.0
// The host's side of notification delivery: the keychain that holds the channels' secrets, and the console's
// calls into the delivery service ("retry now", "send test message").
#include "EngineHost.h"

#include "notify/NotificationCenter.h"

#include <QMetaObject>

namespace sluice::app {

void EngineHost::openKeychain(const QString& service)
{
    if (m_secrets) {
        return;
    }
    m_secrets = std::make_unique<ui::SecretStore>(service);
    connect(m_secrets.get(), &ui::SecretStore::changed, this, &EngineHost::keychainChanged);
    connect(m_secrets.get(), &ui::SecretStore::loaded, this, &EngineHost::handSecretsOn);
    connect(m_secrets.get(), &ui::SecretStore::stored, this, [this](bool ok, const QString& error) {
        if (ok) {
            handSecretsOn();
        }
        emit secretsStored(ok, error);
    });
    m_secrets->open();
}

ui::KeychainState EngineHost::keychain() const
{
    if (m_secrets) {
        return m_secrets->state();
    }
    ui::KeychainState state;
    state.phase = ui::KeychainState::Phase::Unavailable;
    state.error = readOnly() ? tr("The console is read-only: the Sluice that writes the database delivers "
                                  "notifications and keeps their secrets.")
                             : tr("This console does not use the keychain.");
    return state;
}

void EngineHost::storeNotificationSecrets(const engine::NotifySecrets& secrets, engine::ChannelSet clear)
{
    if (m_secrets && !readOnly()) {
        m_secrets->store(secrets, clear);
        return;
    }
    const QString refusal = readOnly() ? tr("The console is read-only: it stores no secrets.") : keychain().error;
    QMetaObject::invokeMethod(
        this, [this, refusal] { emit secretsStored(false, refusal); }, Qt::QueuedConnection);
}

// Once both the engine runs and the keychain has been read, in whichever order they come; again after every
// store. Delivery that starts before runs without the secrets: a channel that needs one fails its attempts
// and retries them later.
void EngineHost::handSecretsOn()
{
    if (!m_runtime || !m_secrets || !m_secrets->isLoaded()) {
        return;
    }
    if (engine::notify::NotificationCenter* center = m_runtime->notifications()) {
        m_notifyCalls.start([center, secrets = m_secrets->secrets()] { center->setSecrets(secrets); });
    }
}

void EngineHost::retryNotification(quint64 notificationId, engine::Channel channel)
{
    if (readOnly() || !m_runtime) {
        return;
    }
    if (engine::notify::NotificationCenter* center = m_runtime->notifications()) {
        m_notifyCalls.start([center, notificationId, channel] { center->retryNow(notificationId, channel); });
    }
}

quint64 EngineHost::sendTestNotification(engine::Channel channel, const QString& address)
{
    engine::notify::NotificationCenter* center = m_runtime && !readOnly() ? m_runtime->notifications() : nullptr;
    if (center == nullptr) {
        return 0;
    }
    const quint64 id = m_nextCommandId++;
    // The outcome comes on the channel's worker; stop() ends delivery before this object goes, and a queued
    // call to an object already gone is dropped by Qt.
    m_notifyCalls.start([this, center, id, channel, address = address.toStdString()] {
        center->sendTest(channel, address, [this, id](bool ok, const std::string& error) {
            QMetaObject::invokeMethod(
                this,
                [this, id, ok, text = QString::fromStdString(error)] { emit testNotificationFinished(id, ok, text); },
                Qt::QueuedConnection);
        });
    });
    return id;
}

}  // namespace sluice::app
