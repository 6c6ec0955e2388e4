// SPDX-License-Identifier: Apache-2.0
#include "pages/notifications/NotificationStatsView.h"

#include "Format.h"
#include "pages/notifications/NotificationText.h"
#include "widgets/PageParts.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace sluice::ui {

namespace {
QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setToolTip(text);
    return item;
}

QTableWidgetItem* number(qint64 value)
{
    return cell(formatCount(static_cast<quint64>(value)), Qt::AlignRight | Qt::AlignVCenter);
}

QTableWidget* statsTable(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    setUpListTable(table);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}
}  // namespace

NotificationStatsView::NotificationStatsView(QWidget* parent)
    : QWidget(parent), m_queue(new QLabel(this)),
      m_byDay(statsTable(this, QStringLiteral("notificationStatsByDay"), tr("Notifications by day and type"))),
      m_channels(statsTable(this, QStringLiteral("notificationStatsByChannel"), tr("Delivery by channel")))
{
    setObjectName(QStringLiteral("notificationStats"));
    m_queue->setObjectName(QStringLiteral("notificationQueueSummary"));
    m_queue->setWordWrap(true);
    m_channels->setColumnCount(6);
    m_channels->setHorizontalHeaderLabels(
        {tr("Channel"), tr("Sent"), tr("Failed"), tr("Pending"), tr("Success rate"), tr("Circuit")});
    m_channels->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_queue);
    layout->addWidget(sectionHeading(this, tr("Delivery by channel, last %n day(s)", nullptr, kDays)));
    layout->addWidget(m_channels, 1);
    layout->addWidget(sectionHeading(this, tr("Notifications by day and type, last %n day(s)", nullptr, kDays)));
    layout->addWidget(m_byDay, 2);
    showDelivery(nullptr);
}

void NotificationStatsView::showStats(const NotificationStats& stats)
{
    m_stats = stats;
    std::set<QString> types;
    std::map<qint64, std::map<QString, qint64>, std::greater<>> days;
    for (const NotificationStats::DayCount& d : stats.days) {
        types.insert(d.type);
        days[d.dayMs][d.type] += d.count;
    }
    m_byDay->clear();
    m_byDay->setColumnCount(static_cast<int>(types.size()) + 2);
    QStringList headers{tr("Day")};
    for (const QString& type : types) {
        headers << notificationTypeName(type);
    }
    headers << tr("Total");
    m_byDay->setHorizontalHeaderLabels(headers);
    m_byDay->setRowCount(static_cast<int>(days.size()));
    int row = 0;
    for (const auto& [dayMs, counts] : days) {
        m_byDay->setItem(row, 0,
                         cell(QLocale().toString(QDateTime::fromMSecsSinceEpoch(dayMs, QTimeZone::utc()).date(),
                                                 QLocale::ShortFormat)));
        int column = 1;
        qint64 total = 0;
        for (const QString& type : types) {
            const auto it = counts.find(type);
            const qint64 n = it == counts.end() ? 0 : it->second;
            total += n;
            m_byDay->setItem(row, column++, number(n));
        }
        m_byDay->setItem(row, column, number(total));
        ++row;
    }
    fillChannels();
}

void NotificationStatsView::showDelivery(const engine::NotifyView* view)
{
    m_haveView = view != nullptr;
    if (view != nullptr) {
        m_view = *view;
    }
    if (!m_haveView || !m_view.running) {
        m_queue->setText(tr("Delivery is not running: it needs a database that this console writes. Spilled to "
                            "the database because the queue was full: %1.")
                             .arg(formatCount(static_cast<quint64>(m_stats.spilledRows))));
    } else {
        m_queue->setText(tr("Queue: %1 of %2 · produced %3, accepted %4 · spilled to the database because the queue "
                            "was full: %5 since the start (%6 waiting), %7 in the database")
                             .arg(formatCount(m_view.queued), formatCount(m_view.queueCapacity),
                                  formatCount(m_view.produced), formatCount(m_view.accepted),
                                  formatCount(m_view.spilled), formatCount(m_view.spilledWaiting),
                                  formatCount(static_cast<quint64>(m_stats.spilledRows))));
    }
    fillChannels();
}

void NotificationStatsView::fillChannels()
{
    m_channels->setRowCount(engine::kChannelCount);
    for (int c = 0; c < engine::kChannelCount; ++c) {
        const auto channel = static_cast<engine::Channel>(c);
        const std::string_view stored = engine::nameOf(channel);
        const QString name = QString::fromLatin1(stored.data(), static_cast<qsizetype>(stored.size()));
        NotificationStats::ChannelCount counts;
        for (const NotificationStats::ChannelCount& n : m_stats.channels) {
            counts = n.channel == name ? n : counts;
        }
        m_channels->setItem(c, 0, cell(channelName(channel)));
        m_channels->setItem(c, 1, number(counts.sent));
        m_channels->setItem(c, 2, number(counts.failed));
        m_channels->setItem(c, 3, number(counts.pending));
        const qint64 finished = counts.sent + counts.failed;
        m_channels->setItem(
            c, 4,
            cell(finished > 0 ? formatPercent(static_cast<double>(counts.sent) / finished) : QStringLiteral("—"),
                 Qt::AlignRight | Qt::AlignVCenter));
        const engine::ChannelView& v = m_view.channels[static_cast<std::size_t>(c)];
        const QString circuit = !m_haveView || !m_view.running ? QStringLiteral("—")
                                : !v.configured                ? tr("Not configured")
                                                               : breakerStateName(v.breaker);
        m_channels->setItem(c, 5, cell(circuit));
        if (!v.lastError.empty()) {
            m_channels->item(c, 5)->setToolTip(tr("Last error: %1").arg(QString::fromStdString(v.lastError)));
        }
    }
}

}  // namespace sluice::ui
