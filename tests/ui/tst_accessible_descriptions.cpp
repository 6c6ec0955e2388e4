// SPDX-License-Identifier: Apache-2.0
// Charts and tables tell a screen reader what they show now: the latest values, row counts and the order.
#include "TimeRange.h"
#include "pages/overview/RateHistory.h"
#include "pages/overview/TrafficChartView.h"
#include "pages/reputation/ScoreHistogram.h"
#include "pages/throttle/ThrottleTimelineChart.h"
#include "widgets/TableDescription.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace sluice;

class TestAccessibleDescriptions final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void trafficChartSaysNowAndPeak();
    void histogramSaysKeysByTier();
    void throttleTimelineSaysLevelAndChanges();
    void tableSaysRowsAndSort();
};

void TestAccessibleDescriptions::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAccessibleDescriptions::trafficChartSaysNowAndPeak()
{
    ui::TrafficChartView chart;
    chart.setRangeSpan(ui::timeRangeSpan(ui::TimeRange::FiveMinutes));
    ui::RateHistory h;
    h.toSec = 1'000'000;
    h.fromSec = h.toSec - 300;
    for (int i = 0; i < 300; ++i) {
        h.startSec.push_back(static_cast<double>(h.fromSec + i));
        h.seconds.push_back(1);
        h.allowed.push_back(i == 100 ? 1900 : 1234);
        h.denied.push_back(i == 100 ? 100 : 56);
        for (auto& tier : h.deniedByTier) {
            tier.push_back(0);
        }
    }
    QVERIFY(chart.setHistory(h));
    QCOMPARE(chart.accessibleDescription(),
             QStringLiteral("Requests per second, last 5 minutes: now 1,234 allowed and 56 denied per second; peak "
                            "2,000."));
}

void TestAccessibleDescriptions::histogramSaysKeysByTier()
{
    ui::ScoreHistogram histogram;
    ui::ScoreHistogram::Bins bins{};
    bins[0] = 120;    // 0-5: flagged
    bins[10] = 4300;  // 50-55: standard
    bins[19] = 580;   // 95-100: trusted
    histogram.setBins(bins);
    QVERIFY2(histogram.accessibleDescription().endsWith(QStringLiteral(": 120 flagged, 4,300 standard, 580 trusted.")),
             qPrintable(histogram.accessibleDescription()));
    QVERIFY(histogram.accessibleDescription().contains(QStringLiteral("5,000")));
}

void TestAccessibleDescriptions::throttleTimelineSaysLevelAndChanges()
{
    ui::ThrottleTimelineChart chart;
    chart.setRangeSpan(ui::timeRangeSpan(ui::TimeRange::OneHour));
    const qint64 toSec = 1'000'000;
    std::vector<engine::ThrottleSample> samples;
    for (const auto level : {engine::ThrottleLevel::None, engine::ThrottleLevel::Medium, engine::ThrottleLevel::Medium,
                             engine::ThrottleLevel::Low}) {
        engine::ThrottleSample s;
        s.at = (toSec - 40 + 10 * static_cast<qint64>(samples.size())) * engine::kNsPerSec;
        s.level = level;
        s.load.cpuPercent = 81;
        samples.push_back(s);
    }
    QVERIFY(chart.setSamples(samples, 10, toSec - 3600, toSec));
    const QString text = chart.accessibleDescription();
    QVERIFY2(text.startsWith(QStringLiteral("Throttle level, last hour: now Low (×0.8)")) &&
                 text.contains(QStringLiteral("CPU 81 %")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" 2 level change")), qPrintable(text));
}

void TestAccessibleDescriptions::tableSaysRowsAndSort()
{
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Key"), QStringLiteral("Score")});
    QTableView view;
    view.setModel(&model);
    view.setSortingEnabled(true);
    view.sortByColumn(1, Qt::DescendingOrder);
    ui::TableDescription::attach(&view, QStringLiteral("Keys"),
                                 [](int rows) { return QStringLiteral("%1 keys").arg(QLocale().toString(rows)); });
    QCOMPARE(view.accessibleName(), QStringLiteral("Keys"));
    QCOMPARE(view.accessibleDescription(), QStringLiteral("0 keys, sorted by Score, descending"));
    for (int i = 0; i < 1234; ++i) {
        model.appendRow({new QStandardItem(QStringLiteral("k%1").arg(i)), new QStandardItem(QString::number(i))});
    }
    QCOMPARE(view.accessibleDescription(), QStringLiteral("1,234 keys, sorted by Score, descending"));
    view.horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    QCOMPARE(view.accessibleDescription(), QStringLiteral("1,234 keys, sorted by Key, ascending"));
    model.removeRows(0, 1000);
    QCOMPARE(view.accessibleDescription(), QStringLiteral("234 keys, sorted by Key, ascending"));
}

QTEST_MAIN(TestAccessibleDescriptions)
#include "tst_accessible_descriptions.moc"
