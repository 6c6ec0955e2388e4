// SPDX-License-Identifier: Apache-2.0
#include "pages/whatif/WhatIfAnswer.h"

#include "Format.h"
#include "pages/whatif/WhatIfChart.h"
#include "pages/whatif/WhatIfText.h"
#include "whatif/WhatIfReport.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>
#include <map>

namespace sluice::ui {

WhatIfAnswer::WhatIfAnswer(QWidget* parent)
    : QWidget(parent), m_verdict(new QLabel(this)), m_figures(new QTableWidget(0, 4, this)),
      m_chart(new WhatIfChart(this))
{
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setAccessibleName(tr("Figures of A and B"));
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("A"), tr("B"), tr("B − A")});
    m_figures->horizontalHeaderItem(1)->setToolTip(tr("A: the configuration in force"));
    m_figures->horizontalHeaderItem(2)->setToolTip(tr("B: the edited copy"));
    // The figures as wide as they are, the names in what is left (elided, whole in the tooltip): the table never
    // scrolls sideways.
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c) {
        m_figures->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_figures->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_figures->verticalHeader()->hide();
    m_figures->setWordWrap(false);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setAlternatingRowColors(true);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_details = split;
    split->addWidget(m_figures);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdict);
    layout->addWidget(split, 1);
    layout->addStretch();  // takes the room while the figures are hidden
    setMessage(tr("Choose the traffic, change B and press Run: both configurations judge the same requests."));
}

QString WhatIfAnswer::verdictText() const { return m_verdict->text(); }

void WhatIfAnswer::setMessage(const QString& message)
{
    m_verdict->setText(message);
    m_figures->setRowCount(0);
    m_chart->clear();
    m_details->hide();  // no empty table and chart before there is something to show
}

QString WhatIfAnswer::valueText(const Figure& figure, double value)
{
    return QLocale().toString(value, 'f', figure.decimals) + figure.suffix;
}

QString WhatIfAnswer::changeText(const Figure& figure)
{
    const double change = figure.b - figure.a;
    if (change == 0) {
        return QStringLiteral("=");
    }
    return (change > 0 ? QStringLiteral("+") : QString()) + valueText(figure, change);
}

void WhatIfAnswer::addRow(const Figure& figure)
{
    const int row = m_figures->rowCount();
    m_figures->insertRow(row);
    auto* label = new QTableWidgetItem(figure.name);
    label->setToolTip(figure.name);
    m_figures->setItem(row, 0, label);
    const QString values[] = {valueText(figure, figure.a), valueText(figure, figure.b), changeText(figure)};
    for (int c = 0; c < 3; ++c) {
        auto* item = new QTableWidgetItem(values[c]);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->setItem(row, c + 1, item);
    }
}

QList<WhatIfAnswer::Figure> WhatIfAnswer::figuresOf(const engine::whatif::WhatIfResult& result, bool withKeys)
{
    using namespace engine::whatif;
    const Comparison c = compare(result);
    QList<Figure> out;
    const QString percent = QStringLiteral(" %");
    out << Figure{tr("Legitimate requests denied"), c.sides[0].legitimateDeniedPercent,
                  c.sides[1].legitimateDeniedPercent, 2, percent};
    out << Figure{tr("Abusive requests allowed"), c.sides[0].abusiveAllowedPercent, c.sides[1].abusiveAllowedPercent, 2,
                  percent};
    out << Figure{tr("Legitimate keys flagged"),
                  double(c.sides[0].legitimateKeysFlagged),
                  double(c.sides[1].legitimateKeysFlagged),
                  0,
                  {}};
    out << Figure{tr("Abusive keys flagged"),
                  double(c.sides[0].abusiveKeysFlagged),
                  double(c.sides[1].abusiveKeysFlagged),
                  0,
                  {}};
    out << Figure{
        tr("Alerts raised"), double(result.sides[0].alertsRaised), double(result.sides[1].alertsRaised), 0, {}};
    for (int l = 0; l < engine::kThrottleLevelCount; ++l) {
        const auto level = static_cast<engine::ThrottleLevel>(l);
        out << Figure{tr("Throttle %1 (min)").arg(throttleName(level)),
                      result.sides[0].summary.throttle.secondsInLevel[l] / 60.0,
                      result.sides[1].summary.throttle.secondsInLevel[l] / 60.0,
                      1,
                      {}};
    }
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        out << Figure{tr("Denied, %1 keys").arg(tierName(static_cast<engine::ReputationTier>(t))),
                      double(result.sides[0].deniedByTier[t]),
                      double(result.sides[1].deniedByTier[t]),
                      0,
                      {}};
    }
    std::map<std::string, std::array<double, kSides>> byRoute;
    for (int s = 0; s < kSides; ++s) {
        for (const auto& r : result.sides[s].summary.finalSnapshot.routeDecisions) {
            byRoute[r.route][static_cast<std::size_t>(s)] = double(r.denied);
        }
    }
    for (const auto& [route, denied] : byRoute) {
        out << Figure{route.empty() ? tr("Denied, default policy")
                                    : tr("Denied on %1").arg(QString::fromStdString(route)),
                      denied[0],
                      denied[1],
                      0,
                      {}};
    }
    if (withKeys) {
        // A replay's comparison by key: the keys whose denials changed most, each with what it asked for.
        for (const engine::whatif::KeyChange& k : result.keyChanges) {
            // A plain int: lupdate does not see a translate() whose count is a cast.
            const int requests = static_cast<int>(std::min<std::uint64_t>(k.requests, INT_MAX));
            out << Figure{tr("Denied, key %1 (%Ln request(s))", nullptr, requests).arg(QString::fromStdString(k.key)),
                          double(k.denied[0]),
                          double(k.denied[1]),
                          0,
                          {}};
        }
    }
    return out;
}

void WhatIfAnswer::setResult(const engine::whatif::WhatIfResult& result)
{
    m_verdict->setText(WhatIfText::verdict(result));
    m_figures->setRowCount(0);
    for (const Figure& figure : figuresOf(result)) {
        addRow(figure);
    }
    m_chart->setResult(result);
    m_details->show();
}

}  // namespace sluice::ui
