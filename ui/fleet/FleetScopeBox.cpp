// SPDX-License-Identifier: Apache-2.0
#include "fleet/FleetScopeBox.h"

#include "fleet/FleetClient.h"
#include "fleet/FleetFeed.h"
#include "fleet/FleetFigures.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace sluice::ui {

namespace {

// Asks the fleet again as its list opens: while no page shows the fleet it is not asked every second, and an engine
// that joined since would be missing from the choice.
class AskingCombo final : public QComboBox {
public:
    AskingCombo(FleetFeed* feed, QWidget* parent) : QComboBox(parent), m_feed(feed) {}
    void showPopup() override
    {
        if (m_feed->attached()) {
            m_feed->client()->poll();
        }
        QComboBox::showPopup();
    }

private:
    FleetFeed* m_feed;
};

}  // namespace

FleetScopeBox::FleetScopeBox(FleetFeed* feed, QWidget* parent)
    : QWidget(parent), m_feed(feed), m_combo(new AskingCombo(feed, this))
{
    setObjectName(QStringLiteral("fleetScope"));
    m_combo->setObjectName(QStringLiteral("fleetScopeCombo"));
    m_combo->setAccessibleName(tr("Engine shown by the dashboards"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* label = new QLabel(tr(" &Engine "), this);
    label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    setHonoured(true);
    refill(nullptr);
    connect(m_feed, &FleetFeed::answered, this, [this](const engine::http::FleetAnswer& answer) { refill(&answer); });
    // Attached again (another token, or another server, whose answers are then forgotten) or detached.
    connect(m_feed, &FleetFeed::attachedChanged, this,
            [this] { refill(m_feed->latest() ? &*m_feed->latest() : nullptr); });
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString chosen = m_combo->itemData(index).toString();
        if (chosen != m_scope) {
            m_scope = chosen;
            emit scopeChanged(m_scope);
        }
    });
}

void FleetScopeBox::setHonoured(bool honoured)
{
    setEnabled(honoured);
    m_combo->setToolTip(honoured ? tr("Show this console's engine, the whole fleet it is attached to, or one engine "
                                      "of it. The fleet's charts cover what the console heard over the last five "
                                      "minutes.")
                                 : tr("This page shows this console's engine only."));
}

QString FleetScopeBox::scope() const { return m_scope; }

bool FleetScopeBox::offersFleet() const { return m_combo->count() > 1; }

bool FleetScopeBox::setScope(const QString& scope)
{
    const int index = m_combo->findData(scope);
    if (index < 0) {
        return false;
    }
    m_combo->setCurrentIndex(index);
    if (scope != m_scope) {
        m_scope = scope;
        emit scopeChanged(m_scope);
    }
    return true;
}

void FleetScopeBox::refill(const engine::http::FleetAnswer* answer)
{
    const bool offered = offersFleet();
    const bool attached = m_feed->attached();
    // Only forgetting the fleet takes the choice back to this console; an engine that drops out of one answer (a
    // Redis blip leaves a server listing only itself) stays chosen, and listed as not heard.
    const bool forgotten = !attached && !m_scope.isEmpty();
    if (forgotten) {
        m_scope.clear();
    }
    QList<QPair<QString, QString>> items{{tr("This console"), QString()}};
    if (attached && (answer != nullptr || !m_scope.isEmpty())) {
        items.append({answer != nullptr
                          ? tr("Whole fleet (%n engine(s))", nullptr, static_cast<int>(answer->engines.size()))
                          : tr("Whole fleet"),
                      kWholeFleet});
        bool chosenListed = m_scope.isEmpty() || m_scope == kWholeFleet;
        static const std::vector<engine::FleetEntry> kNone;
        for (const engine::FleetEntry& e : answer != nullptr ? answer->engines : kNone) {
            const QString id = QString::fromStdString(e.summary.id);
            items.append({e.silent ? tr("%1 (silent)").arg(id) : id, id});
            chosenListed = chosenListed || id == m_scope;
        }
        if (!chosenListed) {
            items.append({tr("%1 (not heard)").arg(m_scope), m_scope});
        }
    }
    bool same = items.size() == m_combo->count();
    for (int i = 0; same && i < items.size(); ++i) {
        same = m_combo->itemText(i) == items[i].first && m_combo->itemData(i).toString() == items[i].second;
    }
    if (!same) {
        // Rebuilt only when the fleet changed, so an open list is not pulled from under the user every second.
        const QSignalBlocker quiet(m_combo);
        m_combo->clear();
        for (const auto& [text, value] : items) {
            m_combo->addItem(text, value);
        }
    }
    m_combo->setCurrentIndex(m_combo->findData(m_scope));
    if (forgotten) {
        emit scopeChanged(m_scope);
    }
    if (offered != offersFleet()) {
        emit offersFleetChanged(offersFleet());
    }
}

}  // namespace sluice::ui
