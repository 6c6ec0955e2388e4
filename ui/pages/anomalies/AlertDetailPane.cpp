// SPDX-License-Identifier: Apache-2.0
#include "pages/anomalies/AlertDetailPane.h"

#include "Format.h"
#include "pages/anomalies/AnomalyText.h"
#include "widgets/PageParts.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace sluice::ui {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
}  // namespace

AlertDetailPane::AlertDetailPane(QWidget* parent)
    : QWidget(parent), m_title(sectionHeading(this)),
      m_empty(new QLabel(tr("Select an alert to see its details."), this)), m_body(new QWidget(this)),
      m_keysHeading(new QLabel(m_body)), m_keys(new QListWidget(m_body))
{
    setObjectName(QStringLiteral("alertDetail"));
    m_title->setObjectName(QStringLiteral("alertTitle"));
    m_title->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("alertDetailEmpty"));
    m_empty->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_confidence = addRow(form, tr("Confidence"), "alertConfidence");
    m_state = addRow(form, tr("State"), "alertState");
    m_started = addRow(form, tr("Started"), "alertStarted");
    m_ended = addRow(form, tr("Ended"), "alertEnded");
    m_value = addRow(form, tr("Value"), "alertValue");
    m_response = addRow(form, tr("Response"), "alertResponse");

    m_keysHeading->setObjectName(QStringLiteral("affectedKeysHeading"));
    m_keysHeading->setWordWrap(true);
    m_keys->setObjectName(QStringLiteral("affectedKeys"));
    m_keys->setAccessibleName(tr("Affected keys"));
    m_keys->setToolTip(tr("Click a key, or press Enter, to open its reputation details"));
    m_keys->setMinimumHeight(m_keys->fontMetrics().height() * 4);
    const auto choose = [this](QListWidgetItem* item) {
        if (item != nullptr && m_engine.isEmpty()) {
            emit keyChosen(item->data(kKeyRole).toString());
        }
    };
    connect(m_keys, &QListWidget::itemClicked, this, choose);
    connect(m_keys, &QListWidget::itemActivated, this, choose);

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(form);
    body->addWidget(m_keysHeading);
    body->addWidget(m_keys, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_body, 1);
    layout->addStretch(0);
    showAlert(nullptr, 0);
}

QLabel* AlertDetailPane::addRow(QFormLayout* form, const QString& label, const char* name)
{
    auto* value = new QLabel(m_body);
    value->setObjectName(QString::fromLatin1(name));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void AlertDetailPane::showAlert(const engine::AnomalyAlert* alert, engine::TimeNs now, const QString& engine)
{
    m_body->setVisible(alert != nullptr);
    m_empty->setVisible(alert == nullptr);
    if (alert == nullptr) {
        m_id.reset();
        m_title->setText(tr("Alert details"));
        m_keys->clear();
        return;
    }
    const bool other = m_id != alert->id || m_engine != engine;
    m_id = alert->id;
    m_engine = engine;
    m_keys->setToolTip(engine.isEmpty() ? tr("Click a key, or press Enter, to open its reputation details")
                                        : tr("These keys are on %1: their reputation details are there").arg(engine));
    m_title->setText(tr("%1 in %2").arg(anomalyKindName(alert->kind), metricName(alert->metric)));
    m_confidence->setText(formatPercent(alert->confidence));
    switch (alert->state) {
    case engine::AlertState::Open:
        m_state->setText(alertStateName(alert->state));
        break;
    case engine::AlertState::Acknowledged:
        m_state->setText(tr("Acknowledged by %1 at %2")
                             .arg(QString::fromStdString(alert->acknowledgedBy), alertMoment(alert->acknowledgedAt)));
        break;
    case engine::AlertState::Resolved:
        m_state->setText(alert->resolvedBy.empty()
                             ? tr("Resolved automatically at %1").arg(alertMoment(alert->resolvedAt))
                             : tr("Resolved by %1 at %2")
                                   .arg(QString::fromStdString(alert->resolvedBy), alertMoment(alert->resolvedAt)));
        break;
    }
    m_started->setText(alertMoment(alert->start));
    m_ended->setText(
        alert->end != 0 ? tr("%1 (after %2)").arg(alertMoment(alert->end), alertDuration(*alert, now))
                        : tr("Not yet: ongoing for %1")
                              .arg(formatDuration(std::max<engine::TimeNs>(0, now - alert->start) / engine::kNsPerMs)));
    m_value->setText(tr("%1, expected %2 ± %3")
                         .arg(metricValue(alert->value), metricValue(alert->expected), metricValue(alert->spread)));

    const engine::AlertResponse& r = alert->response;
    QStringList response;
    if (r.throttleRaised) {
        response
            << tr("Throttle raised to %1 until %2").arg(throttleName(r.throttleLevel), alertMoment(r.throttleUntil));
    }
    if (!r.keysLowered.empty()) {
        response << tr("Reputation of %n key(s) lowered by %1 points", nullptr, static_cast<int>(r.keysLowered.size()))
                        .arg(formatNumber(r.reputationPenalty, 0));
    }
    if (r.notified) {
        response << tr("Notified");
    }
    if (response.isEmpty()) {
        response << tr("None");
    }
    if (r.undone) {
        response << tr("Undone by %1 at %2").arg(QString::fromStdString(r.undoneBy), alertMoment(r.undoneAt));
    }
    m_response->setText(response.join(QLatin1Char('\n')));

    m_keysHeading->setText(alert->affectedKeys.empty() ? tr("No keys stand out in this alert.")
                           : engine.isEmpty()
                               ? tr("Affected keys (%1)").arg(alert->affectedKeys.size())
                               : tr("Affected keys on %1 (%2)").arg(engine).arg(alert->affectedKeys.size()));
    m_keys->setVisible(!alert->affectedKeys.empty());
    if (other || m_keysShown != alert->affectedKeys) {
        m_keysShown = alert->affectedKeys;
        m_keys->clear();
        for (const auto& [key, requests] : alert->affectedKeys) {
            const QString name = QString::fromStdString(key);
            auto* item = new QListWidgetItem(
                tr("%1 · %Ln request(s)", nullptr, static_cast<int>(std::min<std::uint64_t>(requests, INT_MAX)))
                    .arg(name),
                m_keys);
            item->setData(kKeyRole, name);
            if (engine.isEmpty()) {
                item->setToolTip(tr("Open the reputation details of %1").arg(name));
            }
        }
    }
}

}  // namespace sluice::ui
