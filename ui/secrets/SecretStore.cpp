// SPDX-License-Identifier: Apache-2.0
#include "secrets/SecretStore.h"

#include <QMetaObject>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <utility>

namespace sluice::ui {

namespace {
const QString kSmtpPasswordKey = QStringLiteral("notify-smtp-password");
const QString kWebhookUrlKey = QStringLiteral("notify-webhook-url");
const QString kSmsPasswordKey = QStringLiteral("notify-sms-password");
}  // namespace

SecretStore::SecretStore(QString service, std::chrono::milliseconds deadline, QObject* parent)
    : QObject(parent), m_keychain(std::move(service), deadline)
{
}

void SecretStore::write(const QString& key, const QString& value, Done done)
{
    m_keychain.write(key, value, std::move(done));
}

void SecretStore::read(const QString& key, Done done) { m_keychain.read(key, std::move(done)); }

void SecretStore::remove(const QString& key, Done done) { m_keychain.remove(key, std::move(done)); }

void SecretStore::open()
{
    m_state = KeychainState{};
    m_loaded = false;
    emit changed();
    const QString probe = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    write(probe, value, [this, probe, value](const Outcome& written) {
        if (!written.error.isEmpty()) {
            becomeUnavailable(written.error);
            return;
        }
        read(probe, [this, probe, value](const Outcome& readBack) {
            if (!readBack.error.isEmpty() || readBack.text != value) {
                // A locked keyring answers a read with "not found".
                becomeUnavailable(readBack.error.isEmpty() ? tr("The keychain did not give back what was written.")
                                                           : readBack.error);
                return;
            }
            remove(probe, [this](const Outcome& removed) {
                if (!removed.error.isEmpty()) {
                    becomeUnavailable(removed.error);
                    return;
                }
                readAll();
            });
        });
    });
}

void SecretStore::readAll()
{
    auto fail = [this](const Outcome& outcome) {
        if (outcome.error.isEmpty()) {
            return false;
        }
        becomeUnavailable(outcome.error);
        return true;
    };
    read(kSmtpPasswordKey, [this, fail](const Outcome& smtp) {
        if (fail(smtp)) {
            return;
        }
        m_secrets.smtpPassword = smtp.text.toStdString();
        read(kWebhookUrlKey, [this, fail](const Outcome& webhook) {
            if (fail(webhook)) {
                return;
            }
            m_secrets.webhookUrl = webhook.text.toStdString();
            read(kSmsPasswordKey, [this, fail](const Outcome& sms) {
                if (fail(sms)) {
                    return;
                }
                m_secrets.smsPassword = sms.text.toStdString();
                m_state.phase = KeychainState::Phase::Available;
                m_state.error.clear();
                refreshFlags();
                m_loaded = true;
                emit changed();
                emit loaded();
            });
        });
    });
}

void SecretStore::becomeUnavailable(const QString& error)
{
    m_state.phase = KeychainState::Phase::Unavailable;
    m_state.error = error;
    emit changed();
    if (!m_loaded) {
        m_loaded = true;  // nothing could be read: delivery goes on without the secrets
        emit loaded();
    }
}

void SecretStore::refreshFlags()
{
    m_state.smtpPasswordSet = !m_secrets.smtpPassword.empty();
    m_state.webhookUrlSet = !m_secrets.webhookUrl.empty();
    m_state.smsPasswordSet = !m_secrets.smsPassword.empty();
}

void SecretStore::store(const engine::NotifySecrets& secrets, engine::ChannelSet clear)
{
    QString refusal;
    if (m_state.phase == KeychainState::Phase::Checking) {
        refusal = tr("The keychain is still being checked; try again in a moment.");
    } else if (m_state.phase == KeychainState::Phase::Unavailable) {
        refusal = tr("No keychain is available, so the secrets cannot be stored: %1").arg(m_state.error);
    } else if (m_storing) {
        refusal = tr("The keychain is still storing the previous secrets.");
    }
    if (!refusal.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, refusal] { emit stored(false, refusal); }, Qt::QueuedConnection);
        return;
    }
    struct Entry {
        QString key;
        std::string engine::NotifySecrets::*field;
        engine::Channel channel;
    };
    static const Entry kEntries[] = {
        {kSmtpPasswordKey, &engine::NotifySecrets::smtpPassword, engine::Channel::Email},
        {kWebhookUrlKey, &engine::NotifySecrets::webhookUrl, engine::Channel::Webhook},
        {kSmsPasswordKey, &engine::NotifySecrets::smsPassword, engine::Channel::Sms},
    };
    m_storing = true;
    // Each step's callback holds the chain; the chain holds itself only weakly, so it goes with the last step.
    auto next = std::make_shared<std::function<void(std::size_t)>>();
    *next = [this, secrets, clear, weak = std::weak_ptr(next)](std::size_t i) {
        while (i < std::size(kEntries) && (secrets.*kEntries[i].field).empty() &&
               !engine::hasChannel(clear, kEntries[i].channel)) {
            ++i;  // neither a new value nor a wish to clear it: left as it is
        }
        if (i == std::size(kEntries)) {
            m_storing = false;
            emit changed();
            emit stored(true, {});
            return;
        }
        const Entry& entry = kEntries[i];
        const std::string& value = secrets.*entry.field;
        auto done = [this, i, chain = weak.lock(), &entry, value](const Outcome& outcome) {
            if (!outcome.error.isEmpty()) {
                m_storing = false;
                becomeUnavailable(outcome.error);
                emit stored(false, tr("The keychain did not store the secrets: %1").arg(outcome.error));
                return;
            }
            m_secrets.*entry.field = value;
            refreshFlags();
            (*chain)(i + 1);
        };
        if (!value.empty()) {
            write(entry.key, QString::fromStdString(value), std::move(done));
        } else {
            remove(entry.key, std::move(done));
        }
    };
    (*next)(0);
}

}  // namespace sluice::ui
