// SPDX-License-Identifier: Apache-2.0
#include "pages/vip/VipAssignDialog.h"

#include "CurrentUser.h"
#include "LimitFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

namespace sluice::ui {

namespace {
constexpr int kMaxKeyBytes = 255;
constexpr int kMaxNotesBytes = 1000;
}  // namespace

VipAssignDialog::VipAssignDialog(const std::vector<engine::VipTierUsage>& tiers, engine::TimeNs engineNow,
                                 const engine::VipRow* existing, QWidget* parent)
    : CheckedDialog(parent), m_now(engineNow), m_key(new QLineEdit(this)), m_tier(new QComboBox(this)),
      m_never(new QCheckBox(tr("Never expires"), this)), m_expires(new QDateTimeEdit(this)),
      m_notes(new QLineEdit(this))
{
    setObjectName(QStringLiteral("vipAssignDialog"));
    setWindowTitle(existing != nullptr ? tr("Change VIP assignment") : tr("Assign VIP tier"));
    m_key->setObjectName(QStringLiteral("vipAssignKey"));
    m_key->setPlaceholderText(tr("e.g. partner-0042 or 10.96.0.7; unknown keys wait for traffic"));
    m_tier->setObjectName(QStringLiteral("vipAssignTier"));
    for (const auto& t : tiers) {
        m_tier->addItem(tr("%1 (×%2)").arg(QString::fromStdString(t.name), formatMultiplier(t.multiplier)),
                        QString::fromStdString(t.name));
    }
    m_never->setObjectName(QStringLiteral("vipAssignNever"));
    m_expires->setObjectName(QStringLiteral("vipAssignExpires"));
    m_expires->setCalendarPopup(true);
    // Engine time is nanoseconds in 64 bits, which end in 2262.
    m_expires->setMaximumDateTime(QDateTime(QDate(2200, 1, 1), QTime(0, 0)));
    m_expires->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_notes->setObjectName(QStringLiteral("vipAssignNotes"));
    m_notes->setPlaceholderText(tr("why, ticket, contact"));

    // Engine time, not the wall clock: under simulation the two differ.
    const auto toDateTime = [](engine::TimeNs t) { return QDateTime::fromMSecsSinceEpoch(t / engine::kNsPerMs); };
    if (existing != nullptr) {
        m_key->setText(QString::fromStdString(existing->key));
        m_key->setReadOnly(true);
        m_tier->setCurrentIndex(m_tier->findData(QString::fromStdString(existing->tier)));
        m_never->setChecked(existing->expiresAt == 0);
        m_expires->setDateTime(
            toDateTime(existing->expiresAt != 0 ? existing->expiresAt : engineNow + 30 * engine::kNsPerDay));
        m_notes->setText(QString::fromStdString(existing->notes));
    } else {
        m_expires->setDateTime(toDateTime(engineNow + 30 * engine::kNsPerDay));
    }
    m_expires->setEnabled(!m_never->isChecked());
    connect(m_never, &QCheckBox::toggled, m_expires, [this](bool never) { m_expires->setEnabled(!never); });

    auto* form = new QFormLayout;
    form->addRow(tr("Key"), m_key);
    form->addRow(tr("Tier"), m_tier);
    form->addRow(tr("Expires"), m_expires);
    form->addRow(QString(), m_never);
    form->addRow(tr("Notes"), m_notes);
    finish(form, QStringLiteral("vipAssignError"));
    QWidget::setTabOrder(m_expires, m_never);  // the date comes first on screen; the box that turns it off below
    setMinimumWidth(460);
}

void VipAssignDialog::setKey(const QString& key)
{
    m_key->setText(key);
    m_tier->setFocus();  // the key is given: the tier is what is left to choose
}

engine::TimeNs VipAssignDialog::expiresAt() const
{
    return m_never->isChecked() ? 0 : m_expires->dateTime().toMSecsSinceEpoch() * engine::kNsPerMs;
}

QString VipAssignDialog::problem() const
{
    const QByteArray key = m_key->text().toUtf8();
    if (key.isEmpty()) {
        return tr("Enter the key to assign the tier to.");
    }
    if (key.size() > kMaxKeyBytes) {
        return tr("A key is at most %1 bytes long.").arg(QLocale().toString(kMaxKeyBytes));
    }
    if (m_tier->currentIndex() < 0) {
        return tr("Choose a tier; the catalog has none yet.");
    }
    if (!m_never->isChecked() && expiresAt() <= m_now) {
        return tr("The expiry must be in the future.");
    }
    if (m_notes->text().toUtf8().size() > kMaxNotesBytes) {
        return tr("Notes are limited to %1 bytes.").arg(QLocale().toString(kMaxNotesBytes));
    }
    return {};
}

engine::cmd::AssignVip VipAssignDialog::command() const
{
    return engine::cmd::AssignVip{m_key->text().toStdString(), m_tier->currentData().toString().toStdString(),
                                  expiresAt(), m_notes->text().toStdString(), currentUserName().toStdString()};
}

}  // namespace sluice::ui
