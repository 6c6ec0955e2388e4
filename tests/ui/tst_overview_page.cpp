// SPDX-License-Identifier: Apache-2.0
#include "EngineHost.h"
#include "Format.h"
#include "RecentTraffic.h"
#include "charts/MinMaxDownsampler.h"
#include "charts/TimeTicks.h"
#include "models/TopDeniedModel.h"
#include "pages/overview/OverviewPage.h"
#include "pages/overview/RateHistory.h"
#include "pages/overview/TierDenialsChartView.h"
#include "pages/overview/TrafficChartView.h"
#include "widgets/KpiTile.h"

#include "core/Clock.h"
#include "sim/ScenarioLoader.h"
#include "sim/Simulator.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <cmath>
#include <memory>

using namespace sluice;

class TestOverviewPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tilesShowSnapshotFigures();
    void trafficSeriesMatchBuckets();
    void longRangesAreDownsampled();
    void tierSeriesMatchBuckets();
    void longRangesShowRatesPerSecond();
    void timeRangeChangesAxisSpan();
    void topDeniedTableOrdersByDenied();
    void topDeniedModelDiffsRows();
    void downsamplingKeepsExtremesAndStacking();
    void timeTicksFallOnRoundTimes();
    void chartsFollowThePalette();
    void adminActionsAreMarkedOnTheCharts();

private:
    template <typename T>
    T* find(const char* name) const
    {
        return m_page->findChild<T*>(QString::fromLatin1(name));
    }
    double sumY(const QList<QPointF>& points) const;

    QTemporaryDir m_dir;
    std::unique_ptr<app::EngineHost> m_host;
    std::unique_ptr<ui::OverviewPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    engine::SnapshotPtr m_latest;
    int m_snapshots = 0;
};

double TestOverviewPage::sumY(const QList<QPointF>& points) const
{
    double sum = 0;
    for (const QPointF& p : points) {
        sum += p.y();
    }
    return sum;
}

// Two minutes of the built-in normal day (about a million requests) through a real engine, at full speed.
// Engine time follows the requests, so every snapshot after the last batch shows the same picture.
void TestOverviewPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto scenario = engine::sim::builtinScenario("normal-day");
    QVERIFY(scenario);
    // Virtual time starts at the next midnight (UTC): the engine's clock runs on wall time until the first
    // request arrives, and its rollups do not go back in time.
    const std::int64_t day = 86400;
    scenario->startUnixS = (engine::toUnixSec(engine::SystemClock().now()) / day + 1) * day;
    engine::RuntimeOptions o;
    o.databasePath = m_dir.filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    o.followRequestTime = true;
    QVERIFY(!engine::sim::applyEngineConfig(*scenario, o.config));
    m_host = std::make_unique<app::EngineHost>(o);
    m_page = std::make_unique<ui::OverviewPage>(m_host.get());
    m_page->resize(1400, 800);
    m_page->show();
    auto* table = find<QTableView>("topDeniedTable");
    QVERIFY(table);
    m_tester = std::make_unique<QAbstractItemModelTester>(table->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_host.get(), &ui::EngineClient::snapshotReady, this, [this](const engine::SnapshotPtr& s) {
        m_latest = s;
        ++m_snapshots;
        m_page->apply(s);
    });
    QSignalSpy started(m_host.get(), &app::EngineHost::started);
    m_host->start();
    QVERIFY(started.wait(10000));

    engine::sim::Simulator sim(*scenario, scenario->seed);
    sim.setDuration(2 * engine::kNsPerMin);
    bool more = true;
    while (more) {
        auto batch = std::make_unique<engine::RequestBatch>();
        more = sim.fill(*batch, 8192);
        QVERIFY(m_host->runtime()->submitWait(batch, std::chrono::seconds(30)));
        QCoreApplication::processEvents();  // the page keeps drawing while traffic flows
    }
    m_host->runtime()->sync();
    QTRY_VERIFY_WITH_TIMEOUT(m_latest && m_latest->requests == sim.generated(), 20000);
    // Snapshots are published on a timer and coalesce while the UI thread is busy feeding, so on a loaded
    // machine the feed can end before the third one arrives: wait for it rather than race it.
    QTRY_VERIFY_WITH_TIMEOUT(m_snapshots >= 3, 10000);
    QVERIFY(m_latest->denied > 0);
    QCOMPARE(engine::toUnixSec(m_latest->at), scenario->startUnixS + 119);
}

void TestOverviewPage::cleanupTestCase()
{
    m_tester.reset();
    m_page.reset();
    m_host.reset();
}

void TestOverviewPage::tilesShowSnapshotFigures()
{
    const engine::Snapshot& s = *m_latest;
    auto value = [this](const char* name) { return find<ui::KpiTile>(name)->value(); };
    QVERIFY(s.activeKeys > 1000);
    QCOMPARE(value("kpiActive"), ui::formatCount(s.activeKeys));
    QCOMPARE(value("kpiRate"), ui::formatRate(ui::recentRate(s, 10)));
    QVERIFY(ui::recentRate(s, 10) > 1000);
    QCOMPARE(value("kpiDenied"), ui::formatPercent(ui::recentDeniedFraction(s, 10)));
    QCOMPARE(value("kpiFlagged"), ui::formatCount(s.tierCounts[0]));
    QCOMPARE(value("kpiTrusted"), ui::formatCount(s.tierCounts[2]));
    QCOMPARE(value("kpiVip"), ui::formatCount(s.vipAssignments));
    QVERIFY(find<ui::KpiTile>("kpiRate")->accessibleDescription().contains(value("kpiRate")));
}

void TestOverviewPage::trafficSeriesMatchBuckets()
{
    m_page->setTimeRange(ui::TimeRange::FiveMinutes);
    const auto buckets = ui::bucketsFor(*m_latest, ui::TimeRange::FiveMinutes);
    double allowed = 0;
    double denied = 0;
    for (const auto& b : buckets) {
        allowed += static_cast<double>(b.totalAllowed());
        denied += static_cast<double>(b.totalDenied());
    }
    auto* chart = find<ui::TrafficChartView>("trafficChart");
    const QList<QPointF> allowedTop = chart->allowedSeries()->upperSeries()->points();
    const QList<QPointF> deniedTop = chart->deniedSeries()->upperSeries()->points();
    const QList<QPointF> deniedBottom = chart->deniedSeries()->lowerSeries()->points();
    // Five minutes of one-second buckets fit the point budget: one point per bucket, one second each.
    QCOMPARE(buckets.size(), std::size_t{300});
    QVERIFY(chart->maxPoints() >= 300);
    QCOMPARE(allowedTop.size(), qsizetype{300});
    QCOMPARE(allowedTop.size(), deniedTop.size());
    QCOMPARE(deniedBottom, allowedTop);
    QCOMPARE(sumY(allowedTop), allowed);
    QCOMPARE(sumY(deniedTop) - sumY(deniedBottom), denied);
    // x is seconds before the end of the window, which is the snapshot's engine time.
    QCOMPARE(chart->timeOrigin(), qint64{engine::toUnixSec(m_latest->at)});
    QCOMPARE(allowedTop.back().x(), static_cast<double>(buckets.back().startSec) - chart->timeOrigin());
    QVERIFY(allowed > 500000);
    QVERIFY(denied > 0);
}

void TestOverviewPage::longRangesAreDownsampled()
{
    m_page->setTimeRange(ui::TimeRange::OneHour);
    auto* chart = find<ui::TrafficChartView>("trafficChart");
    const auto buckets = ui::bucketsFor(*m_latest, ui::TimeRange::OneHour);
    QCOMPARE(buckets.size(), std::size_t{3600});
    double peak = 0;
    for (const auto& b : buckets) {
        peak = std::max(peak, static_cast<double>(b.totalAllowed() + b.totalDenied()));
    }
    const QList<QPointF> top = chart->deniedSeries()->upperSeries()->points();
    QVERIFY(top.size() <= chart->maxPoints());
    QVERIFY(top.size() >= chart->maxPoints() - 2);
    double shownPeak = 0;
    for (const QPointF& p : top) {
        shownPeak = std::max(shownPeak, p.y());
    }
    QCOMPARE(shownPeak, peak);  // the busiest second survives the reduction
    QVERIFY(chart->valueAxis()->max() >= peak);
}

void TestOverviewPage::tierSeriesMatchBuckets()
{
    m_page->setTimeRange(ui::TimeRange::FiveMinutes);
    const auto buckets = ui::bucketsFor(*m_latest, ui::TimeRange::FiveMinutes);
    auto* chart = find<ui::TierDenialsChartView>("tierDenialsChart");
    double all = 0;
    for (int t = 0; t < engine::kReputationTierCount; ++t) {
        double expected = 0;
        for (const auto& b : buckets) {
            expected += b.denied[static_cast<std::size_t>(t)];
        }
        const QList<QPointF> points = chart->tierSeries(static_cast<engine::ReputationTier>(t))->points();
        QCOMPARE(points.size(), static_cast<qsizetype>(buckets.size()));
        QCOMPARE(sumY(points), expected);
        all += expected;
    }
    // The whole run fits in five minutes, but for the second the engine is still in.
    QVERIFY(all > 0 && all <= static_cast<double>(m_latest->denied));
    QVERIFY(chart->valueAxis()->max() > 0);
}

void TestOverviewPage::longRangesShowRatesPerSecond()
{
    for (const ui::TimeRange range : {ui::TimeRange::OneDay, ui::TimeRange::OneWeek}) {
        const ui::TimeRangeSpec spec = ui::specOf(range);
        const auto buckets = ui::bucketsFor(*m_latest, range);
        ui::RateHistory h;
        h.assign(*m_latest, range);
        QCOMPARE(h.allowed.size(), buckets.size());
        QVERIFY(!buckets.empty());
        // A complete bucket is divided by its length; the newest by the seconds it has covered so far.
        for (std::size_t i = 0; i + 1 < buckets.size(); ++i) {
            QCOMPARE(h.allowed[i], static_cast<double>(buckets[i].totalAllowed()) / spec.bucketSeconds);
            QCOMPARE(h.deniedByTier[0][i], static_cast<double>(buckets[i].denied[0]) / spec.bucketSeconds);
        }
        const qint64 covered = engine::toUnixSec(m_latest->at) - buckets.back().startSec;
        QVERIFY(covered >= 1 && covered <= spec.bucketSeconds);
        QCOMPARE(h.allowed.back(), static_cast<double>(buckets.back().totalAllowed()) / static_cast<double>(covered));
        QVERIFY(h.allowed.back() > 1000);  // a rate, not a count per bucket

        m_page->setTimeRange(range);
        auto* chart = find<ui::TrafficChartView>("trafficChart");
        const QList<QPointF> shown = chart->allowedSeries()->upperSeries()->points();
        QVERIFY(!shown.isEmpty() && shown.size() <= chart->maxPoints());
        QCOMPARE(std::max_element(shown.begin(), shown.end(), [](auto a, auto b) { return a.y() < b.y(); })->y(),
                 *std::max_element(h.allowed.begin(), h.allowed.end()));
    }
}

void TestOverviewPage::timeRangeChangesAxisSpan()
{
    auto* traffic = find<ui::TrafficChartView>("trafficChart");
    auto* tiers = find<ui::TierDenialsChartView>("tierDenialsChart");
    const std::pair<ui::TimeRange, double> cases[] = {{ui::TimeRange::FiveMinutes, 300},
                                                      {ui::TimeRange::OneHour, 3600},
                                                      {ui::TimeRange::OneDay, 86400},
                                                      {ui::TimeRange::OneWeek, 7 * 86400}};
    for (const auto& [range, span] : cases) {
        m_page->setTimeRange(range);
        QCOMPARE(m_page->timeRange(), range);
        QCOMPARE(traffic->timeAxis()->max() - traffic->timeAxis()->min(), span);
        QCOMPARE(tiers->timeAxis()->max() - tiers->timeAxis()->min(), span);
        QCOMPARE(traffic->timeAxis()->max(), 0.0);
        QCOMPARE(traffic->timeOrigin(), qint64{engine::toUnixSec(m_latest->at)});
        QVERIFY(traffic->timeAxis()->count() >= 3);  // tick labels on round times
    }
}

void TestOverviewPage::topDeniedTableOrdersByDenied()
{
    const QAbstractItemModel* model = find<QTableView>("topDeniedTable")->model();
    QCOMPARE(model->rowCount(), static_cast<int>(m_latest->topDenied.size()));
    QVERIFY(model->rowCount() > 5);
    quint64 previous = std::numeric_limits<quint64>::max();
    for (int row = 0; row < model->rowCount(); ++row) {
        const quint64 denied =
            model->index(row, ui::TopDeniedModel::DeniedColumn).data(ui::TopDeniedModel::SortRole).toULongLong();
        QVERIFY(denied <= previous);
        previous = denied;
    }
    const auto& top = m_latest->topDenied.front();
    QCOMPARE(model->index(0, 0).data().toString(), QString::fromStdString(top.key));
    QCOMPARE(model->index(0, 1).data().toString(), ui::formatCount(top.denied));
}

void TestOverviewPage::topDeniedModelDiffsRows()
{
    ui::TopDeniedModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    std::vector<engine::TopDeniedEntry> e{{"c", 30}, {"a", 50}, {"e", 10}, {"b", 40}, {"d", 20}, {"f", 5}};
    model.setEntries(e);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("a"));
    QCOMPARE(model.index(5, 0).data().toString(), QStringLiteral("f"));

    e[2].denied = 11;  // "e", row 4
    model.setEntries(e);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 4);
    QCOMPARE(changed[0][1].toModelIndex().row(), 4);

    for (auto& entry : e) {
        entry.denied += 100;
    }
    e[5].denied = 1;  // every row but the last changes: one signal for the whole table
    changed.clear();
    model.setEntries(e);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), model.index(0, 0));
    QCOMPARE(changed[0][1].toModelIndex(), model.index(5, ui::TopDeniedModel::ColumnCount - 1));

    changed.clear();
    model.setEntries(e);
    QCOMPARE(changed.count(), 0);  // nothing changed, nothing emitted

    e.resize(2);
    model.setEntries(e);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 1).data(ui::TopDeniedModel::SortRole).toULongLong(), quint64{130});
    QCOMPARE(model.index(1, 1).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight, int{Qt::AlignRight});
}

void TestOverviewPage::downsamplingKeepsExtremesAndStacking()
{
    std::vector<double> xs(3600);
    std::vector<std::vector<double>> layers(2, std::vector<double>(3600));
    for (std::size_t i = 0; i < xs.size(); ++i) {
        xs[i] = static_cast<double>(i);
        layers[0][i] = 100 + 50 * std::sin(static_cast<double>(i) / 40.0);
        layers[1][i] = layers[0][i] + 10 + 5 * std::cos(static_cast<double>(i) / 7.0);
    }
    layers[0][1234] = 900;  // a one-second spike must survive
    layers[1][1234] = 950;
    layers[1][2000] = 5;  // and so must a dip of the top layer alone
    layers[0][2000] = 4;
    const auto out = ui::downsampleMinMax(xs, layers, 1, 300);
    QCOMPARE(out.size(), std::size_t{2});
    QVERIFY(out[0].size() <= 300 && out[0].size() >= 290);
    QCOMPARE(out[0].size(), out[1].size());
    double top = 0;
    double bottom = 1e9;
    for (qsizetype i = 0; i < out[0].size(); ++i) {
        QCOMPARE(out[0][i].x(), out[1][i].x());
        QVERIFY(out[0][i].y() <= out[1][i].y());
        QVERIFY(i == 0 || out[0][i].x() >= out[0][i - 1].x());
        top = std::max(top, out[1][i].y());
        bottom = std::min(bottom, out[1][i].y());
    }
    QCOMPARE(top, 950.0);
    QCOMPARE(bottom, 5.0);
    const auto small = ui::downsampleMinMax(std::span(xs).first(100), layers, 0, 300);
    QCOMPARE(small[0].size(), qsizetype{100});  // what fits is left alone
}

void TestOverviewPage::timeTicksFallOnRoundTimes()
{
    const qint64 from = 1767571200 + 13 * 3600 + 17 * 60 + 23;  // 13:17:23 UTC on a Monday
    for (const auto& [span, step] : {std::pair<qint64, qint64>{300, 60}, {3600, 600}, {7 * 86400, 86400}}) {
        const QList<ui::TimeTick> ticks = ui::timeTicks(from, from + span, 8);
        QVERIFY(ticks.size() >= 3 && ticks.size() <= 8);
        for (const ui::TimeTick& t : ticks) {
            QVERIFY(t.sec > from && t.sec <= from + span);
            const qint64 local = t.sec + QDateTime::fromSecsSinceEpoch(t.sec).offsetFromUtc();
            QCOMPARE(local % step, qint64{0});
            QVERIFY(!t.label.isEmpty());
        }
    }
}

void TestOverviewPage::chartsFollowThePalette()
{
    auto* chart = find<ui::TrafficChartView>("trafficChart");
    QPalette dark = m_page->palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    const QPalette light = m_page->palette();
    m_page->setPalette(dark);
    QCOMPARE(chart->chart()->backgroundBrush().color(), QColor(0x1e, 0x1f, 0x22));
    QCOMPARE(chart->valueAxis()->labelsColor(), QColor(0xe6, 0xe6, 0xe6));
    const QColor darkDenied = chart->deniedSeries()->pen().color();
    m_page->setPalette(light);
    QCOMPARE(chart->chart()->backgroundBrush().color(), light.color(QPalette::Base));
    QVERIFY(chart->deniedSeries()->pen().color().lightness() < darkDenied.lightness());  // deeper on light
}

// An override set while the charts are shown appears on both as a marker at the engine time it was set, and
// a command the engine refused leaves none.
void TestOverviewPage::adminActionsAreMarkedOnTheCharts()
{
    auto* traffic = m_page->findChild<ui::TrafficChartView*>();
    auto* tiers = m_page->findChild<ui::TierDenialsChartView*>();
    QVERIFY(traffic && tiers);
    QSignalSpy finished(m_host.get(), &ui::EngineClient::commandFinished);
    m_host->sendCommand(engine::cmd::SetThrottleOverride{engine::ThrottleLevel::High, "marker test", 0, "tester"});
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.last().at(1).toBool());
    m_host->sendCommand(engine::cmd::ClearThrottleOverride{"tester", "done"});
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.last().at(1).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(traffic->markers().size(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(tiers->markers().size(), 2, 10000);
    const ui::ChartMarker& set = traffic->markers().first();
    QVERIFY2(set.label.contains(QStringLiteral("High")), qPrintable(set.label));
    QVERIFY2(set.detail.contains(QStringLiteral("marker test")), qPrintable(set.detail));
    // Engine time, not wall time: the scenario runs from the next midnight, hours away from the wall clock.
    const qint64 engineNowMs = m_latest->at / engine::kNsPerMs;
    QVERIFY2(std::abs(set.atMs - engineNowMs) < 60 * 1000, qPrintable(QString::number(set.atMs - engineNowMs)));

    m_host->sendCommand(engine::cmd::ClearThrottleOverride{"tester", "nothing to clear"});
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.last().at(1).toBool());
    QCoreApplication::processEvents();
    QCOMPARE(traffic->markers().size(), 2);
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overview_page.moc"
