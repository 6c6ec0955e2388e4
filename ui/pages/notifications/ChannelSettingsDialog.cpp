// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/ChannelSettingsDialog.h"

#include "EngineClient.h"
#include "pages/notifications/ChannelTestRow.h"
#include "pages/notifications/SecretField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTime>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace sluice::ui {

namespace {
constexpr int kMaxPort = 65535;

QLineEdit* field(QWidget* parent, const char* name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QSpinBox* spin(QWidget* parent, const char* name, int low, int high, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(low, high);
    box->setSuffix(suffix);
    return box;
}

// Lists such as the ops recipients are edited as one line, comma-separated.
QString joined(const std::vector<std::string>& values)
{
    QStringList list;
    for (const std::string& v : values) {
        list << QString::fromStdString(v);
    }
    return list.join(QStringLiteral(", "));
}

std::vector<std::string> split(const QLineEdit* edit)
{
    std::vector<std::string> out;
    for (const QString& part : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString v = part.trimmed(); !v.isEmpty()) {
            out.push_back(v.toStdString());
        }
    }
    return out;
}
}  // namespace

ChannelSettingsDialog::ChannelSettingsDialog(EngineClient* engine, QWidget* parent)
    : QDialog(parent), m_engine(engine),
      m_current(engine, this, [this](const engine::NotifyConfig& config) { fill(config); })
{
    setObjectName(QStringLiteral("notificationChannelsDialog"));
    setWindowTitle(tr("Notification channels"));
    m_keychain = new QLabel(this);
    m_keychain->setObjectName(QStringLiteral("keychainState"));
    m_keychain->setWordWrap(true);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("notificationChannelTabs"));
    tabs->addTab(buildEmail(), tr("Email"));
    tabs->addTab(buildWebhook(), tr("Webhook"));
    tabs->addTab(buildSms(), tr("SMS"));
    tabs->addTab(buildDelivery(), tr("Delivery"));
    m_status = new QLabel(tr("Reading the settings in force…"), this);
    m_status->setObjectName(QStringLiteral("notificationChannelsStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChannelSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_engine, &EngineClient::keychainChanged, this, &ChannelSettingsDialog::showKeychain);
    connect(m_engine, &EngineClient::snapshotReady, this, [this](const engine::SnapshotPtr& snapshot) {
        if (snapshot) {
            showDelivery(snapshot->notify);
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_keychain);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    showKeychain();
    m_current.ask({});
}

QWidget* ChannelSettingsDialog::buildEmail()
{
    auto* page = new QWidget(this);
    m_host = field(page, "emailHost");
    m_host->setPlaceholderText(tr("Empty: email is off"));
    m_port = spin(page, "emailPort", 1, kMaxPort, {});
    m_security = new QComboBox(page);
    m_security->setObjectName(QStringLiteral("emailSecurity"));
    m_security->addItem(tr("STARTTLS"), static_cast<int>(engine::EmailChannelConfig::Security::StartTls));
    m_security->addItem(tr("TLS"), static_cast<int>(engine::EmailChannelConfig::Security::Tls));
    m_security->addItem(tr("None (unencrypted)"), static_cast<int>(engine::EmailChannelConfig::Security::None));
    m_user = field(page, "emailUser");
    m_user->setPlaceholderText(tr("Empty: no authentication"));
    m_from = field(page, "emailFrom");
    m_from->setPlaceholderText(tr("Sluice <sluice@example.org>"));
    m_emailOps = field(page, "emailOpsRecipients");
    m_emailOps->setPlaceholderText(tr("ops@example.org, oncall@example.org"));
    m_caFile = field(page, "emailCaFile");
    m_caFile->setPlaceholderText(tr("Empty: the system's certificate authorities"));
    m_smtpPassword = new SecretField(QStringLiteral("smtpPassword"), page);
    m_tests[static_cast<std::size_t>(engine::Channel::Email)] =
        new ChannelTestRow(m_engine, engine::Channel::Email, page);
    auto* form = new QFormLayout(page);
    form->addRow(tr("SMTP &server"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&Security"), m_security);
    form->addRow(tr("&User name"), m_user);
    form->addRow(tr("Pass&word"), m_smtpPassword);
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&Ops recipients"), m_emailOps);
    form->addRow(tr("&CA file"), m_caFile);
    form->addRow(m_tests[static_cast<std::size_t>(engine::Channel::Email)]);
    return page;
}

QWidget* ChannelSettingsDialog::buildWebhook()
{
    auto* page = new QWidget(this);
    m_webhookOn = new QCheckBox(tr("Send to the ops &webhook"), page);
    m_webhookOn->setObjectName(QStringLiteral("webhookEnabled"));
    m_slack = new QCheckBox(tr("&Slack-compatible body"), page);
    m_slack->setObjectName(QStringLiteral("webhookSlack"));
    m_webhookUrl = new SecretField(QStringLiteral("webhookUrl"), page);
    m_webhookUrl->setToolTip(tr("A webhook URL usually carries its token, so it is kept in the keychain"));
    auto* row = new ChannelTestRow(m_engine, engine::Channel::Webhook, page);
    m_tests[static_cast<std::size_t>(engine::Channel::Webhook)] = row;
    auto* form = new QFormLayout(page);
    form->addRow(m_webhookOn);
    form->addRow(tr("&URL"), m_webhookUrl);
    form->addRow(m_slack);
    form->addRow(row);
    return page;
}

QWidget* ChannelSettingsDialog::buildSms()
{
    auto* page = new QWidget(this);
    m_smsUrl = field(page, "smsUrl");
    m_smsUrl->setPlaceholderText(tr("Empty: SMS is off"));
    m_smsUser = field(page, "smsUser");
    m_smsFrom = field(page, "smsFrom");
    m_smsOps = field(page, "smsOpsRecipients");
    m_smsOps->setPlaceholderText(tr("+15550100, +15550101"));
    m_toField = field(page, "smsToField");
    m_fromField = field(page, "smsFromField");
    m_bodyField = field(page, "smsBodyField");
    m_smsPassword = new SecretField(QStringLiteral("smsPassword"), page);
    auto* row = new ChannelTestRow(m_engine, engine::Channel::Sms, page);
    m_tests[static_cast<std::size_t>(engine::Channel::Sms)] = row;
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Gateway URL"), m_smsUrl);
    form->addRow(tr("Account (&user)"), m_smsUser);
    form->addRow(tr("Auth &token"), m_smsPassword);
    form->addRow(tr("&Sender"), m_smsFrom);
    form->addRow(tr("&Ops numbers"), m_smsOps);
    form->addRow(tr("Form fields (to, from, body)"), [&] {
        auto* fields = new QHBoxLayout;
        fields->addWidget(m_toField);
        fields->addWidget(m_fromField);
        fields->addWidget(m_bodyField);
        return fields;
    }());
    form->addRow(row);
    return page;
}

QWidget* ChannelSettingsDialog::buildDelivery()
{
    auto* page = new QWidget(this);
    m_enabled = new QCheckBox(tr("&Produce notifications"), page);
    m_enabled->setObjectName(QStringLiteral("notifyEnabled"));
    m_reputationLow = new QDoubleSpinBox(page);
    m_reputationLow->setObjectName(QStringLiteral("reputationLowBelow"));
    m_reputationLow->setRange(0, 100);
    m_reputationLow->setDecimals(1);
    m_violationWindow = spin(page, "violationWindow", 1, 24 * 60, tr(" min"));
    m_violationWindow->setToolTip(tr("At most one violation notice per key in this time"));
    m_maxAttempts = spin(page, "maxAttempts", 1, 100, {});
    m_backoffBase = spin(page, "backoffBase", 10, 600'000, tr(" ms"));
    m_backoffMax = spin(page, "backoffMax", 1, 24 * 3600, tr(" s"));
    m_breakerFailures = spin(page, "breakerFailures", 1, 1000, {});
    m_breakerOpen = spin(page, "breakerOpen", 1, 24 * 3600, tr(" s"));
    m_timeout = spin(page, "deliveryTimeout", 1, 600, tr(" s"));
    m_retention = spin(page, "retentionDays", 1, 3650, tr(" days"));
    m_digest = new QTimeEdit(page);
    m_digest->setObjectName(QStringLiteral("digestTime"));
    m_digest->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* form = new QFormLayout(page);
    form->addRow(m_enabled);
    form->addRow(tr("&Low reputation below"), m_reputationLow);
    form->addRow(tr("&Violation notice window"), m_violationWindow);
    form->addRow(tr("&Attempts per delivery"), m_maxAttempts);
    form->addRow(tr("&First retry within"), m_backoffBase);
    form->addRow(tr("Longest retry &wait"), m_backoffMax);
    form->addRow(tr("&Breaker opens after failures"), m_breakerFailures);
    form->addRow(tr("Breaker stays &open"), m_breakerOpen);
    form->addRow(tr("&Timeout per attempt"), m_timeout);
    form->addRow(tr("&Cleanup suggests"), m_retention);
    form->addRow(tr("&Daily digest at (UTC)"), m_digest);
    return page;
}

void ChannelSettingsDialog::fill(const engine::NotifyConfig& c)
{
    m_base = c;
    m_host->setText(QString::fromStdString(c.email.host));
    m_port->setValue(c.email.port);
    m_security->setCurrentIndex(std::max(0, m_security->findData(static_cast<int>(c.email.security))));
    m_user->setText(QString::fromStdString(c.email.username));
    m_from->setText(QString::fromStdString(c.email.from));
    m_emailOps->setText(joined(c.email.opsRecipients));
    m_caFile->setText(QString::fromStdString(c.email.caFile));
    m_webhookOn->setChecked(c.webhook.enabled);
    m_slack->setChecked(c.webhook.slack);
    m_smsUrl->setText(QString::fromStdString(c.sms.url));
    m_smsUser->setText(QString::fromStdString(c.sms.username));
    m_smsFrom->setText(QString::fromStdString(c.sms.from));
    m_smsOps->setText(joined(c.sms.opsRecipients));
    m_toField->setText(QString::fromStdString(c.sms.toField));
    m_fromField->setText(QString::fromStdString(c.sms.fromField));
    m_bodyField->setText(QString::fromStdString(c.sms.bodyField));
    m_enabled->setChecked(c.enabled);
    m_reputationLow->setValue(c.reputationLowBelow);
    m_violationWindow->setValue(static_cast<int>(c.violationWindow / engine::kNsPerMin));
    m_maxAttempts->setValue(static_cast<int>(c.maxAttempts));
    m_backoffBase->setValue(static_cast<int>(c.backoffBaseMs));
    m_backoffMax->setValue(static_cast<int>(c.backoffMaxMs / 1000));
    m_breakerFailures->setValue(static_cast<int>(c.breakerFailures));
    m_breakerOpen->setValue(static_cast<int>(c.breakerOpenMs / 1000));
    m_timeout->setValue(static_cast<int>(c.timeoutMs / 1000));
    m_retention->setValue(static_cast<int>(c.retentionDays));
    m_digest->setTime(QTime(c.digestMinute / 60, c.digestMinute % 60));
    m_loaded = true;
    m_status->setText(tr("Secrets are kept in the OS keychain, never in the settings or the database."));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    emit settingsLoaded();
}

engine::NotifyConfig ChannelSettingsDialog::config() const
{
    engine::NotifyConfig c = m_base;
    c.email.host = m_host->text().trimmed().toStdString();
    c.email.port = m_port->value();
    c.email.security = static_cast<engine::EmailChannelConfig::Security>(m_security->currentData().toInt());
    c.email.username = m_user->text().trimmed().toStdString();
    c.email.from = m_from->text().trimmed().toStdString();
    c.email.opsRecipients = split(m_emailOps);
    c.email.caFile = m_caFile->text().trimmed().toStdString();
    c.webhook.enabled = m_webhookOn->isChecked();
    c.webhook.slack = m_slack->isChecked();
    c.sms.url = m_smsUrl->text().trimmed().toStdString();
    c.sms.username = m_smsUser->text().trimmed().toStdString();
    c.sms.from = m_smsFrom->text().trimmed().toStdString();
    c.sms.opsRecipients = split(m_smsOps);
    c.sms.toField = m_toField->text().trimmed().toStdString();
    c.sms.fromField = m_fromField->text().trimmed().toStdString();
    c.sms.bodyField = m_bodyField->text().trimmed().toStdString();
    c.enabled = m_enabled->isChecked();
    c.reputationLowBelow = static_cast<float>(m_reputationLow->value());
    c.violationWindow = m_violationWindow->value() * engine::kNsPerMin;
    c.maxAttempts = static_cast<std::uint32_t>(m_maxAttempts->value());
    c.backoffBaseMs = m_backoffBase->value();
    c.backoffMaxMs = std::int64_t{m_backoffMax->value()} * 1000;
    c.breakerFailures = static_cast<std::uint32_t>(m_breakerFailures->value());
    c.breakerOpenMs = std::int64_t{m_breakerOpen->value()} * 1000;
    c.timeoutMs = std::int64_t{m_timeout->value()} * 1000;
    c.retentionDays = static_cast<std::uint32_t>(m_retention->value());
    c.digestMinute = m_digest->time().hour() * 60 + m_digest->time().minute();
    return c;
}

engine::NotifySecrets ChannelSettingsDialog::secrets() const
{
    return {m_smtpPassword->typed().toStdString(), m_webhookUrl->typed().trimmed().toStdString(),
            m_smsPassword->typed().toStdString()};
}

engine::ChannelSet ChannelSettingsDialog::forgotten() const
{
    engine::ChannelSet set = 0;
    if (m_smtpPassword->forget()) {
        set |= engine::channelBit(engine::Channel::Email);
    }
    if (m_webhookUrl->forget()) {
        set |= engine::channelBit(engine::Channel::Webhook);
    }
    if (m_smsPassword->forget()) {
        set |= engine::channelBit(engine::Channel::Sms);
    }
    return set;
}

void ChannelSettingsDialog::showDelivery(const engine::NotifyView& view)
{
    for (ChannelTestRow* row : m_tests) {
        if (row != nullptr) {
            row->showChannel(view);
        }
    }
}

void ChannelSettingsDialog::showKeychain()
{
    const KeychainState k = m_engine->keychain();
    const bool available = k.phase == KeychainState::Phase::Available;
    switch (k.phase) {
    case KeychainState::Phase::Checking:
        m_keychain->setText(tr("Keychain: checking whether the OS keychain can be used…"));
        break;
    case KeychainState::Phase::Available:
        m_keychain->setText(tr("Keychain: available. Passwords and the webhook URL are stored there."));
        break;
    case KeychainState::Phase::Unavailable:
        m_keychain->setText(tr("No keychain: %1\nSecrets cannot be stored, and nothing is written in plain text "
                               "instead; channels that need a secret cannot send.")
                                .arg(k.error.isEmpty() ? tr("the OS keychain cannot be reached.") : k.error));
        break;
    }
    m_smtpPassword->showState(available, k.smtpPasswordSet);
    m_webhookUrl->showState(available, k.webhookUrlSet);
    m_smsPassword->showState(available, k.smsPasswordSet);
}

void ChannelSettingsDialog::save()
{
    const engine::NotifySecrets typed = secrets();
    const engine::ChannelSet forget = forgotten();
    if (!typed.smtpPassword.empty() || !typed.webhookUrl.empty() || !typed.smsPassword.empty() || forget != 0) {
        m_engine->storeNotificationSecrets(typed, forget);
    }
    if (config() != m_base) {
        emit configChosen(config());
    }
    accept();
}

}  // namespace sluice::ui
