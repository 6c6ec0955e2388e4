// SPDX-License-Identifier: Apache-2.0
#include "ExposureSparkline.h"

#include "Format.h"

#include <QPainter>
#include <QStringList>

#include <algorithm>

namespace sluice::ui {

ExposureSparkline::ExposureSparkline(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setToolTip(tr("Not evaluated in the last hour"));
}

void ExposureSparkline::setExposure(const std::vector<engine::ExposureBucket>& buckets)
{
    std::vector<std::pair<quint64, quint64>> bars;
    bars.reserve(buckets.size());
    quint64 yes = 0;
    quint64 no = 0;
    std::vector<std::pair<std::string, quint64>> variants;  // in the order they first came
    for (const engine::ExposureBucket& b : buckets) {
        bars.emplace_back(b.yes, b.no);
        yes += b.yes;
        no += b.no;
        for (const engine::VariantExposure& v : b.variants) {
            auto it =
                std::find_if(variants.begin(), variants.end(), [&](const auto& p) { return p.first == v.variant; });
            if (it == variants.end()) {
                variants.emplace_back(v.variant, v.count);
            } else {
                it->second += v.count;
            }
        }
    }
    if (bars == m_bars && variants == m_variants) {
        return;
    }
    m_bars = std::move(bars);
    m_variants = std::move(variants);
    m_yes = yes;
    m_no = no;
    QString tip = yes + no == 0 ? tr("Not evaluated in the last hour")
                                : tr("Last hour: evaluated %1 times, on %2 (%3)")
                                      .arg(formatCount(yes + no), formatCount(yes),
                                           formatPercent(static_cast<double>(yes) / static_cast<double>(yes + no)));
    if (!m_variants.empty() && yes > 0) {
        QStringList split;
        for (const auto& [name, count] : m_variants) {
            split << tr("%1 %2 (%3)")
                         .arg(QString::fromStdString(name), formatCount(count),
                              formatPercent(static_cast<double>(count) / static_cast<double>(yes)));
        }
        tip += QLatin1Char('\n') + tr("By variant: %1").arg(split.join(QStringLiteral(", ")));
    }
    setToolTip(tip);
    update();
}

void ExposureSparkline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    quint64 most = 0;
    for (const auto& [yes, no] : m_bars) {
        most = std::max(most, yes + no);
    }
    if (most == 0) {
        return;
    }
    const double slot = area.width() / engine::kExposureBuckets;
    const double first = area.right() - slot * static_cast<double>(m_bars.size());  // newest at the right edge
    const QColor on = palette().color(QPalette::Highlight);
    QColor off = palette().color(QPalette::Mid);
    p.setPen(Qt::NoPen);
    for (std::size_t i = 0; i < m_bars.size(); ++i) {
        const auto [yes, no] = m_bars[i];
        const double x = first + slot * static_cast<double>(i);
        const double whole = area.height() * static_cast<double>(yes + no) / static_cast<double>(most);
        const double onHeight = area.height() * static_cast<double>(yes) / static_cast<double>(most);
        p.setBrush(off);
        p.drawRect(QRectF(x, area.bottom() - whole, std::max(1.0, slot - 0.5), whole - onHeight));
        p.setBrush(on);
        p.drawRect(QRectF(x, area.bottom() - onHeight, std::max(1.0, slot - 0.5), onHeight));
    }
}

}  // namespace sluice::ui
