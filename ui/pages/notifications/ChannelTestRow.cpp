// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/ChannelTestRow.h"

#include "EngineClient.h"
#include "Format.h"
#include "pages/notifications/NotificationText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sluice::ui {

ChannelTestRow::ChannelTestRow(EngineClient* engine, engine::Channel channel, QWidget* parent)
    : QWidget(parent), m_engine(engine), m_channel(channel), m_circuit(new QLabel(this)),
      m_address(new QLineEdit(this)), m_send(new QPushButton(tr("Send &test message"), this)),
      m_outcome(new QLabel(this))
{
    const std::string_view stored = engine::nameOf(channel);
    const QString name = QString::fromLatin1(stored.data(), static_cast<qsizetype>(stored.size()));
    setObjectName(name + QStringLiteral("TestRow"));
    m_circuit->setObjectName(name + QStringLiteral("Circuit"));
    m_circuit->setWordWrap(true);
    m_address->setObjectName(name + QStringLiteral("TestAddress"));
    m_address->setPlaceholderText(tr("Empty: the ops destination"));
    m_send->setObjectName(name + QStringLiteral("SendTest"));
    m_send->setToolTip(tr("Sends through the saved settings; save changes first"));
    m_outcome->setObjectName(name + QStringLiteral("TestOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* test = new QHBoxLayout;
    test->addWidget(m_address, 1);
    test->addWidget(m_send);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto* to = new QLabel(tr("Test &to"), this);
    to->setBuddy(m_address);
    form->addRow(tr("Circuit"), m_circuit);
    form->addRow(to, test);
    form->addRow(m_outcome);
    connect(m_send, &QPushButton::clicked, this, &ChannelTestRow::send);
    connect(m_engine, &EngineClient::testNotificationFinished, this, [this](quint64 id, bool ok, const QString& error) {
        if (id != m_testId || id == 0) {
            return;
        }
        m_testId = 0;
        m_send->setEnabled(true);
        m_outcome->setText(ok ? tr("The test message was sent.") : tr("The test message failed: %1").arg(error));
    });
    showChannel({});
}

void ChannelTestRow::showChannel(const engine::NotifyView& view)
{
    const engine::ChannelView& c = view.channels[static_cast<std::size_t>(m_channel)];
    QString text;
    if (!view.running) {
        text = tr("Delivery is not running.");
    } else if (!c.configured) {
        text = tr("Not configured.");
    } else {
        text =
            tr("%1 · %2 sent, %3 failed, %4 pending")
                .arg(breakerStateName(c.breaker), formatCount(c.sent), formatCount(c.failed), formatCount(c.pending));
        if (!c.lastError.empty()) {
            text += QLatin1Char('\n') + tr("Last error: %1").arg(QString::fromStdString(c.lastError));
        }
    }
    m_circuit->setText(text);
}

QString ChannelTestRow::outcome() const { return m_outcome->text(); }

void ChannelTestRow::send()
{
    m_testId = m_engine->sendTestNotification(m_channel, m_address->text().trimmed());
    if (m_testId == 0) {
        m_outcome->setText(tr("This console cannot send test messages."));
        return;
    }
    m_send->setEnabled(false);
    m_outcome->setText(tr("Sending a test message…"));
}

}  // namespace sluice::ui
