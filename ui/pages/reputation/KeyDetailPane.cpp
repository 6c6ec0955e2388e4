// SPDX-License-Identifier: Apache-2.0
#include "pages/reputation/KeyDetailPane.h"

#include "Format.h"
#include "LimitFormat.h"
#include "history/ReputationHistory.h"
#include "models/KeyTimeFormat.h"
#include "pages/reputation/KeyEventsList.h"
#include "pages/reputation/ScoreHistoryChart.h"
#include "widgets/KeyActions.h"

#include <QAction>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sluice::ui {

namespace {
constexpr int kDetailChartMinHeight = 160;  // the pane fits a 640-pixel window with the facts above the chart

QLabel* valueLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString dateTime(engine::TimeNs at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at / engine::kNsPerMs), QLocale::ShortFormat);
}
}  // namespace

KeyDetailPane::KeyDetailPane(EngineClient* engine, QWidget* parent)
    : QWidget(parent), m_history(new ReputationHistory(engine->databasePath(), this)), m_title(new QLabel(this)),
      m_body(new QWidget(this)), m_score(valueLabel(QStringLiteral("detailScore"), m_body)),
      m_vip(valueLabel(QStringLiteral("detailVip"), m_body)),
      m_traffic(valueLabel(QStringLiteral("detailTraffic"), m_body)),
      m_lastSeen(valueLabel(QStringLiteral("detailLastSeen"), m_body)),
      m_state(valueLabel(QStringLiteral("detailState"), m_body)),
      m_breakdown(valueLabel(QStringLiteral("limitBreakdown"), m_body)),
      m_breakdownNote(valueLabel(QStringLiteral("limitBreakdownNote"), m_body)), m_chart(new ScoreHistoryChart(m_body)),
      m_events(new KeyEventsList(m_body)), m_historyStatus(valueLabel(QStringLiteral("historyStatus"), m_body)),
      m_detailRequest(engine, this, [this](const KeyDetail& detail) { onKeyReady(detail); })
{
    setObjectName(QStringLiteral("keyDetail"));
    setAccessibleName(tr("Key details"));
    m_title->setObjectName(QStringLiteral("detailKey"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);  // the hint shown without a key is long in some languages
    QFont breakdownFont = m_breakdown->font();
    breakdownFont.setBold(true);
    m_breakdown->setFont(breakdownFont);
    m_breakdown->setAccessibleName(tr("Effective limit"));
    m_breakdownNote->setForegroundRole(QPalette::PlaceholderText);
    m_breakdownNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_historyStatus->setWordWrap(true);
    m_historyStatus->setForegroundRole(QPalette::PlaceholderText);

    auto* facts = new QFormLayout;
    facts->addRow(tr("Score:"), m_score);
    facts->addRow(tr("VIP:"), m_vip);
    facts->addRow(tr("Traffic:"), m_traffic);
    facts->addRow(tr("Last seen:"), m_lastSeen);
    facts->addRow(tr("State:"), m_state);
    facts->addRow(tr("Effective limit:"), m_breakdown);
    facts->addRow(QString(), m_breakdownNote);

    m_chart->setMinimumHeight(kDetailChartMinHeight);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(facts);
    body->addWidget(m_chart, 3);
    body->addWidget(m_historyStatus);
    body->addWidget(m_events, 2);
    m_body->hide();

    m_header = new QHBoxLayout;
    m_header->addWidget(m_title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_header);
    layout->addWidget(m_body, 1);
    layout->addStretch(0);

    connect(m_history, &ReputationHistory::ready, this, &KeyDetailPane::onHistoryReady);
    clear();
}

void KeyDetailPane::setKeyActions(KeyActions* actions)
{
    m_actions = new QToolButton(this);
    m_actions->setObjectName(QStringLiteral("keyActionsButton"));
    m_actions->setText(tr("Actions"));
    m_actions->setToolTip(tr("What can be done with this key"));
    m_actions->setPopupMode(QToolButton::InstantPopup);
    m_actions->setFocusPolicy(Qt::StrongFocus);  // reachable with Tab, as the other controls of the pane
    auto* menu = new QMenu(m_actions);
    menu->menuAction()->setObjectName(QStringLiteral("keyActionsButtonMenuAction"));
    menu->addActions({actions->assignVip(), actions->copyKey(), actions->showAudit()});
    connect(menu, &QMenu::aboutToShow, actions, [this, actions] { actions->setKey(m_key); });
    m_actions->setMenu(menu);
    m_actions->setVisible(!m_key.isEmpty());
    m_header->addWidget(m_actions, 0, Qt::AlignTop);
    QWidget::setTabOrder(m_actions, m_events);  // made last, but it sits above the events list
    actions->attach(this, [this] { return m_key; });
}

void KeyDetailPane::clear()
{
    m_key.clear();
    m_detail.reset();
    m_shownHistory.reset();
    m_historyRequest = 0;
    m_title->setText(tr("Select a key to see its details"));
    setAccessibleDescription(QString());
    m_body->hide();
    if (m_actions != nullptr) {
        m_actions->hide();
    }
}

std::optional<engine::ReputationTier> KeyDetailPane::tier() const
{
    return m_detail ? std::optional(m_detail->view.tier) : std::nullopt;
}

void KeyDetailPane::showKey(const QString& key)
{
    if (key.isEmpty() || key == m_key) {
        return;
    }
    m_key = key;
    m_detail.reset();
    m_shownHistory.reset();
    m_title->setText(key);
    setAccessibleDescription(tr("Details of key %1").arg(key));
    for (QLabel* label : {m_score, m_vip, m_traffic, m_lastSeen, m_state, m_breakdown, m_breakdownNote}) {
        label->clear();
    }
    m_historyStatus->setText(tr("Reading the history…"));
    m_chart->clear();
    m_events->clear();
    m_body->show();
    if (m_actions != nullptr) {
        m_actions->show();
    }
    refresh();
}

void KeyDetailPane::refresh()
{
    if (m_key.isEmpty()) {
        return;
    }
    m_detailRequest.ask(KeyDetailQuery{m_key.toStdString()});
    m_historyRequest = m_history->request(m_key);
}

void KeyDetailPane::onKeyReady(const KeyDetail& detail)
{
    if (m_key.isEmpty()) {
        return;  // cleared while the answer was on its way
    }
    m_detail = detail;
    const engine::KeyView& v = detail.view;
    m_score->setText(tr("%1 (%2)").arg(QLocale().toString(v.score, 'f', 1), tierName(v.tier)));
    m_vip->setText(vipText(v));
    m_traffic->setText(tr("%1 allowed, %2 denied").arg(formatCount(v.allowed), formatCount(v.denied)));
    m_lastSeen->setText(v.lastSeen == 0 ? tr("Not seen since the engine started")
                                        : formatKeyTime(v.lastSeen / engine::kNsPerMs));
    m_state->setText(stateText(detail));
    showLimits(v);
    const bool defaultOnly = v.routes.size() <= 1 && (v.routes.empty() || v.routes.front().route.empty());
    QStringList notes{defaultOnly ? tr("base × reputation × VIP × throttle = limit, default route")
                                  : tr("base × reputation × VIP × throttle = limit, per route")};
    if (!v.reputationApplies) {
        notes << tr("Reputation does not apply to this key: it is outside the reputation rollout.");
    }
    if (!v.throttleApplies) {
        notes << tr("The throttle does not apply to this key: it is outside the adaptive limiting rollout.");
    }
    // Only the rollout notes are sentences that need wrapping. A wrapping label sizes itself for a guessed
    // width (three lines for the short legend alone), which left a gap above the chart.
    m_breakdownNote->setWordWrap(notes.size() > 1);
    m_breakdownNote->setText(notes.join(QLatin1Char('\n')));
    updateChart();
}

void KeyDetailPane::showLimits(const engine::KeyView& v)
{
    // A key that only uses the default route reads as before; one on other routes gets a line per route, each
    // with that route's own base, which is the limit its requests really meet.
    if (v.routes.size() <= 1 && (v.routes.empty() || v.routes.front().route.empty())) {
        m_breakdown->setWordWrap(false);
        m_breakdown->setText(formatLimitBreakdown(v.routes.empty() ? v.limit : v.routes.front().limit));
        return;
    }
    QStringList lines;
    for (const engine::RouteLimit& r : v.routes) {
        lines << formatRouteLimit(r);
    }
    m_breakdown->setWordWrap(true);
    m_breakdown->setText(lines.join(QLatin1Char('\n')));
}

void KeyDetailPane::onHistoryReady(quint64 id, const KeyHistory& history)
{
    if (m_key.isEmpty() || id != m_historyRequest || history.key != m_key) {
        return;
    }
    const bool changed = !m_shownHistory || m_shownHistory->events.size() != history.events.size() ||
                         (!history.events.isEmpty() && m_shownHistory->events.front().id != history.events.front().id);
    m_shownHistory = history;
    if (!history.error.isEmpty()) {
        m_historyStatus->setText(history.error);
    } else if (history.events.isEmpty()) {
        m_historyStatus->setText(tr("No violations or tier changes recorded for this key."));
    } else {
        m_historyStatus->setText(
            tr("Reputation events, newest first: %1").arg(formatCount(static_cast<quint64>(history.events.size()))));
    }
    if (changed) {
        m_events->setEvents(history.events);
    }
    updateChart();
    emit historyShown();
}

void KeyDetailPane::updateChart()
{
    if (!m_detail || !m_shownHistory) {
        return;  // both answers are needed: the events and the current score
    }
    const engine::KeyView& v = m_detail->view;
    const qint64 nowMs = std::max<qint64>(m_nowMs, v.lastSeen / engine::kNsPerMs);
    m_chart->setHistory(m_shownHistory->events, v.score, nowMs);
}

QString KeyDetailPane::vipText(const engine::KeyView& v) const
{
    if (v.vipTier.empty()) {
        return tr("None");
    }
    const QString tier = QString::fromStdString(v.vipTier);
    const QString multiplier = formatMultiplier(v.limit.vipMultiplier);
    if (v.vipExpiresAt == 0) {
        return tr("%1 (× %2), does not expire").arg(tier, multiplier);
    }
    return tr("%1 (× %2), expires %3").arg(tier, multiplier, dateTime(v.vipExpiresAt));
}

QString KeyDetailPane::stateText(const KeyDetail& detail) const
{
    if (!detail.found) {
        return tr("Not known to the engine: the defaults apply");
    }
    if (!detail.view.active) {
        return tr("Dormant: idle, its reputation is kept");
    }
    return tr("Active");
}

void KeyDetailPane::setThresholds(double flaggedBelow, double trustedAbove)
{
    m_chart->setThresholds(flaggedBelow, trustedAbove);
}

}  // namespace sluice::ui
