// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/RecipientDialog.h"

#include "CurrentUser.h"
#include "Format.h"
#include "pages/notifications/NotificationInbox.h"
#include "pages/notifications/NotificationText.h"
#include "pages/notifications/PreferencesText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTime>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace sluice::ui {

namespace {
QString opsRecipient()
{
    return QString::fromLatin1(engine::kOpsRecipient.data(), static_cast<qsizetype>(engine::kOpsRecipient.size()));
}

int minuteOf(const QTimeEdit* edit) { return edit->time().hour() * 60 + edit->time().minute(); }
}  // namespace

RecipientDialog::RecipientDialog(NotificationInbox* inbox, const QString& initial, QWidget* parent)
    : QDialog(parent), m_inbox(inbox), m_recipient(new QLineEdit(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("notificationRecipientDialog"));
    setWindowTitle(tr("Notification recipient"));
    m_recipient->setObjectName(QStringLiteral("recipientName"));
    m_recipient->setText(initial.isEmpty() ? opsRecipient() : initial);
    m_recipient->setToolTip(tr("“ops” for the ops team, or a key for its owner"));
    m_summary->setObjectName(QStringLiteral("recipientSummary"));
    m_summary->setWordWrap(true);
    auto* top = new QFormLayout;
    top->addRow(tr("&Recipient"), m_recipient);
    top->addRow(m_summary);

    m_show = new QPushButton(tr("&Show in inbox"), this);
    m_show->setObjectName(QStringLiteral("recipientShowInInbox"));
    m_reset = new QPushButton(tr("Reset to &defaults"), this);
    m_reset->setObjectName(QStringLiteral("recipientResetPreferences"));
    m_delete = new QPushButton(tr("Delete their notifications…"), this);
    m_delete->setObjectName(QStringLiteral("recipientDeleteNotifications"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_show);
    actions->addWidget(m_reset);
    actions->addWidget(m_delete);
    actions->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    auto* columns = new QHBoxLayout;
    columns->addWidget(buildPreferences(), 3);
    columns->addWidget(buildContact(), 2, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns);
    layout->addLayout(actions);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        emit commandsChosen(commands());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recipient, &QLineEdit::editingFinished, this, &RecipientDialog::lookUp);
    connect(m_show, &QPushButton::clicked, this, [this] {
        emit showInInbox(recipient());
        accept();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        emit commandsChosen({engine::cmd::RemoveNotifyPreferences{recipient().toStdString()}});
        accept();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_confirmDelete) {
            m_confirmDelete = true;
            m_delete->setText(
                tr("Click again to delete %n notification(s)", nullptr, static_cast<int>(m_record.total)));
            return;
        }
        emit commandsChosen(
            {engine::cmd::DeleteNotifications{{}, recipient().toStdString(), currentUserName().toStdString()}});
        accept();
    });
    connect(m_inbox, &NotificationInbox::recipientReady, this, &RecipientDialog::onRecipient);
    lookUp();
}

QGroupBox* RecipientDialog::buildPreferences()
{
    auto* box = new QGroupBox(tr("Preferences"), this);
    m_tier = new QCheckBox(tr("Tier changes (flagged, standard, trusted)"), box);
    m_violation = new QCheckBox(tr("Violations and low reputation"), box);
    m_vip = new QCheckBox(tr("VIP assigned, expiring and expired"), box);
    m_onViolation = new QCheckBox(tr("A notice for each violation (at most one per key per window)"), box);
    m_onDecay = new QCheckBox(tr("Tier changes caused by decay alone"), box);
    m_daily = new QCheckBox(tr("One daily digest on external channels"), box);
    m_quiet = new QCheckBox(tr("&Quiet hours (UTC)"), box);
    m_quietStart = new QTimeEdit(box);
    m_quietEnd = new QTimeEdit(box);
    for (QTimeEdit* edit : {m_quietStart, m_quietEnd}) {
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    }
    m_quietStart->setObjectName(QStringLiteral("recipientQuietStart"));
    m_quietEnd->setObjectName(QStringLiteral("recipientQuietEnd"));
    m_quiet->setToolTip(
        tr("Email, SMS and webhook deliveries wait until the quiet hours end; the inbox gets them at once"));
    auto* channels = new QHBoxLayout;
    for (int c = 0; c < engine::kChannelCount; ++c) {
        auto* check = new QCheckBox(channelName(static_cast<engine::Channel>(c)), box);
        check->setObjectName(QStringLiteral("recipientChannel%1").arg(c));
        m_channels[static_cast<std::size_t>(c)] = check;
        channels->addWidget(check);
    }
    m_channels[0]->setToolTip(tr("The inbox: always available"));
    auto* quiet = new QHBoxLayout;
    quiet->addWidget(m_quiet);
    quiet->addWidget(m_quietStart);
    quiet->addWidget(new QLabel(tr("to"), box));
    quiet->addWidget(m_quietEnd);
    quiet->addStretch(1);
    connect(m_quiet, &QCheckBox::toggled, m_quietStart, &QWidget::setEnabled);
    connect(m_quiet, &QCheckBox::toggled, m_quietEnd, &QWidget::setEnabled);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_tier);
    layout->addWidget(m_violation);
    layout->addWidget(m_vip);
    layout->addWidget(m_onViolation);
    layout->addWidget(m_onDecay);
    layout->addWidget(m_daily);
    layout->addWidget(new QLabel(tr("Channels:"), box));
    layout->addLayout(channels);
    layout->addLayout(quiet);
    return box;
}

QGroupBox* RecipientDialog::buildContact()
{
    m_contact = new QGroupBox(tr("Contact of the key's owner"), this);
    m_email = new QLineEdit(m_contact);
    m_email->setObjectName(QStringLiteral("recipientEmail"));
    m_phone = new QLineEdit(m_contact);
    m_phone->setObjectName(QStringLiteral("recipientPhone"));
    m_webhook = new QLineEdit(m_contact);
    m_webhook->setObjectName(QStringLiteral("recipientWebhook"));
    for (QLineEdit* edit : {m_email, m_phone, m_webhook}) {
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("someone@example.org")) + 16);
    }
    auto* form = new QFormLayout(m_contact);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Webhook URL"), m_webhook);
    return m_contact;
}

QString RecipientDialog::recipient() const { return m_recipient->text().trimmed(); }

void RecipientDialog::lookUp()
{
    const QString r = recipient();
    if (r.isEmpty() || (m_loaded && r == m_record.recipient)) {
        return;
    }
    m_loaded = false;
    m_confirmDelete = false;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_summary->setText(tr("Reading %1…").arg(recipientName(r)));
    m_request = m_inbox->readRecipient(r);
}

void RecipientDialog::onRecipient(quint64 id, const RecipientRecord& record)
{
    if (id != m_request) {
        return;
    }
    m_record = record;
    const engine::NotifyPreferences p = preferencesFromJson(record.preferencesJson);
    m_tier->setChecked(p.enableTierNotifications);
    m_violation->setChecked(p.enableViolationAlerts);
    m_vip->setChecked(p.enableVipNotifications);
    m_onViolation->setChecked(p.notifyOnViolation);
    m_onDecay->setChecked(p.notifyOnDecay);
    m_daily->setChecked(p.aggregateDaily);
    for (int c = 0; c < engine::kChannelCount; ++c) {
        m_channels[static_cast<std::size_t>(c)]->setChecked(
            engine::hasChannel(p.preferredChannels, static_cast<engine::Channel>(c)));
    }
    const bool quiet = p.quietStartMinute != p.quietEndMinute;
    m_quiet->setChecked(quiet);
    m_quietStart->setEnabled(quiet);
    m_quietEnd->setEnabled(quiet);
    m_quietStart->setTime(QTime(p.quietStartMinute / 60, p.quietStartMinute % 60));
    m_quietEnd->setTime(QTime(p.quietEndMinute / 60, p.quietEndMinute % 60));
    const bool ops = record.recipient == opsRecipient();
    m_contact->setEnabled(!ops);
    m_contact->setToolTip(ops ? tr("The ops team is reached through the channels' own settings") : QString());
    m_email->setText(record.email);
    m_phone->setText(record.phone);
    m_webhook->setText(record.webhook);
    m_delete->setText(tr("Delete their notifications…"));
    m_delete->setEnabled(record.total > 0);
    const QString prefs = record.hasPreferences ? tr("own preferences") : tr("default preferences");
    m_summary->setText(!record.error.isEmpty() ? record.error
                                               : tr("%1: %Ln notification(s), %2 unread; %3", nullptr,
                                                    static_cast<int>(std::min<qint64>(record.total, INT_MAX)))
                                                     .arg(recipientName(record.recipient),
                                                          formatCount(static_cast<quint64>(record.unread)), prefs));
    m_loaded = true;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    emit recipientLoaded();
}

engine::NotifyPreferences RecipientDialog::preferences() const
{
    engine::NotifyPreferences p;
    p.enableTierNotifications = m_tier->isChecked();
    p.enableViolationAlerts = m_violation->isChecked();
    p.enableVipNotifications = m_vip->isChecked();
    p.notifyOnViolation = m_onViolation->isChecked();
    p.notifyOnDecay = m_onDecay->isChecked();
    p.aggregateDaily = m_daily->isChecked();
    p.preferredChannels = 0;
    for (int c = 0; c < engine::kChannelCount; ++c) {
        if (m_channels[static_cast<std::size_t>(c)]->isChecked()) {
            p.preferredChannels |= engine::channelBit(static_cast<engine::Channel>(c));
        }
    }
    if (m_quiet->isChecked()) {
        p.quietStartMinute = minuteOf(m_quietStart);
        p.quietEndMinute = minuteOf(m_quietEnd);
    }
    return p;
}

std::vector<engine::Command> RecipientDialog::commands() const
{
    const std::string who = recipient().toStdString();
    std::vector<engine::Command> out{engine::cmd::SetNotifyPreferences{who, preferences()}};
    if (recipient() == opsRecipient()) {
        return out;
    }
    const QString email = m_email->text().trimmed();
    const QString phone = m_phone->text().trimmed();
    const QString webhook = m_webhook->text().trimmed();
    const bool changed = email != m_record.email || phone != m_record.phone || webhook != m_record.webhook;
    if (!changed) {
        return out;
    }
    if (email.isEmpty() && phone.isEmpty() && webhook.isEmpty()) {
        out.emplace_back(engine::cmd::RemoveNotifyContact{who});
    } else {
        out.emplace_back(
            engine::cmd::PutNotifyContact{{who, email.toStdString(), phone.toStdString(), webhook.toStdString()}});
    }
    return out;
}

}  // namespace sluice::ui
