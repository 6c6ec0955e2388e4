// SPDX-License-Identifier: Apache-2.0
#include "pages/overview/OverviewPage.h"

#include "Format.h"
#include "widgets/KpiTile.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sluice::ui {

namespace {
constexpr int kRateWindowSec = 10;

// Complete one-second buckets, newest last; the snapshot's final bucket is still filling.
template <typename Fn>
void forRecentSeconds(const engine::Snapshot& s, int seconds, Fn fn)
{
    const auto& buckets = s.lastHourBySecond;
    if (buckets.size() < 2) {
        return;
    }
    const std::size_t end = buckets.size() - 1;
    const std::size_t begin = end > static_cast<std::size_t>(seconds) ? end - seconds : 0;
    for (std::size_t i = begin; i < end; ++i) {
        fn(buckets[i]);
    }
}
}  // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent), m_rate(new KpiTile(tr("Requests per second"), this)), m_denied(new KpiTile(tr("Denied"), this)),
      m_active(new KpiTile(tr("Active keys"), this)), m_flagged(new KpiTile(tr("Flagged keys"), this)),
      m_trusted(new KpiTile(tr("Trusted keys"), this)), m_vip(new KpiTile(tr("VIP assignments"), this)),
      m_topDenied(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_rate->setObjectName(QStringLiteral("kpiRate"));
    m_denied->setObjectName(QStringLiteral("kpiDenied"));
    m_active->setObjectName(QStringLiteral("kpiActive"));
    m_flagged->setObjectName(QStringLiteral("kpiFlagged"));
    m_trusted->setObjectName(QStringLiteral("kpiTrusted"));
    m_vip->setObjectName(QStringLiteral("kpiVip"));
    m_topDenied->setObjectName(QStringLiteral("topDeniedTable"));

    auto* tiles = new QGridLayout;
    const QList<KpiTile*> all{m_rate, m_denied, m_active, m_flagged, m_trusted, m_vip};
    for (int i = 0; i < all.size(); ++i) {
        tiles->addWidget(all[i], 0, i);
    }
    m_topDenied->setHorizontalHeaderLabels({tr("Key"), tr("Denied requests")});
    m_topDenied->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_topDenied->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_topDenied->verticalHeader()->hide();
    m_topDenied->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topDenied->setAccessibleName(tr("Most denied keys"));

    auto* heading = new QLabel(tr("Most denied keys"), this);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_topDenied, 1);
}

double OverviewPage::recentRate(const engine::Snapshot& s, int seconds)
{
    double total = 0;
    int counted = 0;
    forRecentSeconds(s, seconds, [&](const engine::RollupBucket& b) {
        total += static_cast<double>(b.totalAllowed() + b.totalDenied());
        ++counted;
    });
    return counted == 0 ? 0.0 : total / counted;
}

double OverviewPage::recentDeniedFraction(const engine::Snapshot& s, int seconds)
{
    double denied = 0;
    double all = 0;
    forRecentSeconds(s, seconds, [&](const engine::RollupBucket& b) {
        denied += static_cast<double>(b.totalDenied());
        all += static_cast<double>(b.totalAllowed() + b.totalDenied());
    });
    return all == 0 ? 0.0 : denied / all;
}

void OverviewPage::applySnapshot(const engine::Snapshot& s)
{
    m_rate->setValue(formatRate(recentRate(s, kRateWindowSec)));
    m_denied->setValue(formatPercent(recentDeniedFraction(s, kRateWindowSec)));
    m_active->setValue(formatCount(s.activeKeys));
    m_flagged->setValue(formatCount(s.tierCounts[static_cast<int>(engine::ReputationTier::Flagged)]));
    m_trusted->setValue(formatCount(s.tierCounts[static_cast<int>(engine::ReputationTier::Trusted)]));
    m_vip->setValue(formatCount(s.vipAssignments));

    m_topDenied->setRowCount(static_cast<int>(s.topDenied.size()));
    for (int row = 0; row < static_cast<int>(s.topDenied.size()); ++row) {
        const auto& entry = s.topDenied[static_cast<std::size_t>(row)];
        auto* key = new QTableWidgetItem(QString::fromStdString(entry.key));
        auto* count = new QTableWidgetItem(formatCount(entry.denied));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_topDenied->setItem(row, 0, key);
        m_topDenied->setItem(row, 1, count);
    }
}

}  // namespace sluice::ui
