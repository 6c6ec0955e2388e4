// SPDX-License-Identifier: Apache-2.0
#include "Format.h"
#include "charts/ChartExport.h"
#include "pages/overview/RateHistory.h"
#include "pages/overview/TierDenialsChartView.h"
#include "pages/overview/TrafficChartView.h"
#include "pages/reputation/ScoreHistogram.h"
#include "pages/reputation/ScoreHistoryChart.h"
#include "pages/throttle/ThrottleTimelineChart.h"

#include "decision/Engine.h"

#include <QAction>
#include <QCategoryAxis>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

#include <string>

using namespace sluice;

namespace {

// 2027-01-15 08:00:00 UTC, on a whole hour so that ten-minute buckets start on round times.
constexpr engine::TimeNs kT0 = 1'800'000'000LL * engine::kNsPerSec;
constexpr int kTrafficSec = 2 * 3600;
constexpr int kBurstSec = 5400;  // 90 minutes in: inside the last hour and inside one ten-minute bucket
constexpr int kBurstRequests = 6000;

// Two hours of light traffic (three requests a second from a handful of keys) with a one-second burst.
engine::Snapshot burstSnapshot()
{
    engine::EngineConfig config;
    config.policies = {engine::Policy{"", 600, engine::kNsPerMin, 100}};
    engine::Engine e(config);
    std::string key;
    for (int sec = 0; sec < kTrafficSec; ++sec) {
        const engine::TimeNs at = kT0 + sec * engine::kNsPerSec;
        const int count = sec == kBurstSec ? kBurstRequests : 3;
        for (int i = 0; i < count; ++i) {
            key = sec == kBurstSec ? "bot" : "user-" + std::to_string((sec * 3 + i) % 40);
            engine::Request r;
            r.key = key;
            r.timestamp = at;
            e.decide(r);
        }
    }
    const engine::TimeNs end = kT0 + kTrafficSec * engine::kNsPerSec;
    e.tick(end);
    engine::Snapshot s;
    e.fillSnapshot(end, s);
    return s;
}

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A developer who wants to look at the charts sets SLUICE_CHART_SHOTS to a directory.
void saveShot(QWidget* chart, const char* name)
{
    const QString dir = qEnvironmentVariable("SLUICE_CHART_SHOTS");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();  // the chart lays out its axes' labels on a posted event
        QVERIFY(chart->grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png"))));
    }
}

// Ten minutes of throttle samples every ten seconds from kT0, each filled in by `fill(index, sample)`.
template <typename Fill>
std::vector<engine::ThrottleSample> tenMinutesOfSamples(Fill fill)
{
    std::vector<engine::ThrottleSample> samples;
    for (int i = 0; i < 60; ++i) {
        engine::ThrottleSample s;
        s.at = kT0 + i * 10 * engine::kNsPerSec;
        fill(i, s);
        samples.push_back(s);
    }
    return samples;
}

}  // namespace

class TestCharts final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void peakSurvivesTheWeekRange();
    void hoverShowsTheExactValuesAndTime();
    void dragZoomsAndLiveUpdatesKeepTheZoom();
    void markersAreDrawnWithTheirDetailAsTooltip();
    void chartsSaveAsPngAndSvg();
    void cpuAndMemoryStayApartWhenEqual();
    void concurrencyAxisFitsTheWindowShown();
    void smallHistogramBinsStayVisible();
    void scoreHistoryTicksFallOnRoundTimes();

private:
    void showChart(QWidget* chart);

    engine::Snapshot m_snapshot;
    ui::RateHistory m_hour;
    ui::RateHistory m_week;
};

void TestCharts::initTestCase()
{
    m_snapshot = burstSnapshot();
    m_hour.assign(m_snapshot, ui::TimeRange::OneHour);
    m_week.assign(m_snapshot, ui::TimeRange::OneWeek);
    QVERIFY(!m_week.startSec.empty());
}

void TestCharts::showChart(QWidget* chart)
{
    chart->resize(900, 320);
    chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(chart));
    auto* view = static_cast<QChartView*>(chart);
    QTRY_VERIFY(view->chart()->plotArea().width() > 500);
}

void TestCharts::peakSurvivesTheWeekRange()
{
    ui::TrafficChartView chart;
    showChart(&chart);
    QVERIFY(chart.setHistory(m_hour));
    saveShot(&chart, "traffic-hour");
    const double hourPeak = chart.shownPeak();
    QVERIFY(!chart.peakSeries()->isVisible());  // one-second samples: the areas are the peaks
    QVERIFY(chart.setHistory(m_week));
    saveShot(&chart, "traffic-week");
    const double weekPeak = chart.shownPeak();
    QVERIFY(chart.peakSeries()->isVisible());

    QCOMPARE(hourPeak, double{kBurstRequests});
    QCOMPARE(std::lround(weekPeak), std::lround(hourPeak));
    QVERIFY(chart.valueAxis()->max() >= weekPeak);
    // The ten-minute average alone would show a tenth of it: the burst is one second of six hundred.
    double averagePeak = 0;
    for (std::size_t i = 0; i < m_week.allowed.size(); ++i) {
        averagePeak = std::max(averagePeak, m_week.allowed[i] + m_week.denied[i]);
    }
    QVERIFY(averagePeak < weekPeak / 10);
    QVERIFY(chart.accessibleDescription().contains(QLocale().toString(kBurstRequests)));
}

void TestCharts::hoverShowsTheExactValuesAndTime()
{
    ui::TrafficChartView chart;
    showChart(&chart);
    chart.setHistory(m_week);
    // A week over 800 pixels puts about a bucket under each pixel: hovering the spike reads its bucket.
    const double burstAt = static_cast<double>(kT0 / engine::kNsPerSec + kBurstSec);
    const double bucketStart = std::floor(burstAt / 600) * 600;
    const QString tip = chart.toolTipAt(chart.viewPosOfX(burstAt - static_cast<double>(m_week.toSec)));
    const QTime start = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(bucketStart)).time();
    QVERIFY2(tip.contains(QLocale().toString(start, QStringLiteral("HH:mm:ss"))) ||
                 tip.contains(QLocale().toString(start, QStringLiteral("h:mm:ss"))),
             qPrintable(tip));
    QVERIFY2(tip.contains(QLocale().toString(kBurstRequests)), qPrintable(tip));  // the busiest second
    QVERIFY(chart.toolTipAt(QPoint(1, 1)).isEmpty());                             // off the plot

    ui::TierDenialsChartView tiers;
    showChart(&tiers);
    tiers.setHistory(m_hour);
    const QString tierTip = tiers.toolTipAt(tiers.viewPosOfX(burstAt - static_cast<double>(m_hour.toSec)));
    QVERIFY2(tierTip.contains(ui::tierName(engine::ReputationTier::Standard)), qPrintable(tierTip));
}

void TestCharts::dragZoomsAndLiveUpdatesKeepTheZoom()
{
    ui::TrafficChartView chart;
    showChart(&chart);
    ui::RateHistory shown = m_hour;
    connect(&chart, &ui::TimeSeriesChartView::pointBudgetChanged, &chart, [&] { chart.setHistory(shown); });
    chart.setHistory(shown);
    QCOMPARE(chart.timeAxis()->min(), -3600.0);

    // A drag across the middle third of the plot.
    const QRectF plot = chart.chart()->plotArea();
    const QPoint from(static_cast<int>(plot.left() + plot.width() / 3), static_cast<int>(plot.center().y()));
    const QPoint to(static_cast<int>(plot.left() + 2 * plot.width() / 3), from.y());
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(chart.viewport(), to);
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, to);
    QVERIFY(chart.isZoomed());
    saveShot(&chart, "traffic-zoomed");
    QVERIFY(chart.resetZoomAction()->isEnabled());
    const double zoomedMin = chart.timeAxis()->min();
    const double zoomedMax = chart.timeAxis()->max();
    QVERIFY(zoomedMin > -2600 && zoomedMin < -2200);
    QVERIFY(zoomedMax > -1400 && zoomedMax < -1000);
    const qint64 origin = chart.timeOrigin();

    // The next live update moves the end of the range on; the zoomed clock times stay where they were.
    shown.fromSec += 5;
    shown.toSec += 5;
    chart.setHistory(shown);
    QCOMPARE(chart.timeOrigin(), origin + 5);
    QCOMPARE(chart.timeAxis()->min(), zoomedMin - 5);
    QCOMPARE(chart.timeAxis()->max(), zoomedMax - 5);
    QVERIFY(chart.isZoomed());

    // Escape, a double-click and the context menu's action each return to following the range.
    chart.setFocus();
    QTest::keyClick(&chart, Qt::Key_Escape);
    QVERIFY(!chart.isZoomed());
    QCOMPARE(chart.timeAxis()->min(), -3600.0);
    QCOMPARE(chart.timeAxis()->max(), 0.0);
    chart.zoomToX(-600, -300);
    QVERIFY(chart.isZoomed());
    QTest::mouseDClick(chart.viewport(), Qt::LeftButton, {}, from);
    QVERIFY(!chart.isZoomed());
    chart.zoomToX(-600, -300);
    chart.resetZoomAction()->trigger();
    QVERIFY(!chart.isZoomed());
    QCOMPARE(chart.timeAxis()->min(), -3600.0);
    // Too narrow a drag is a click, not a zoom.
    chart.zoomToX(-600, -598);
    QVERIFY(!chart.isZoomed());
}

void TestCharts::markersAreDrawnWithTheirDetailAsTooltip()
{
    ui::TrafficChartView chart;
    showChart(&chart);
    chart.setHistory(m_hour);
    const qint64 atMs = (m_hour.toSec - 1200) * 1000;
    const QColor magenta(0xff, 0x00, 0xff);
    chart.setMarkers({ui::ChartMarker{atMs, QStringLiteral("Override: High"),
                                      QStringLiteral("alice set the throttle to High: load test"), magenta},
                      ui::ChartMarker{(m_hour.toSec - 7200) * 1000, QStringLiteral("Out of range"), {}, magenta}});
    saveShot(&chart, "traffic-markers");
    const QImage image = chart.grab().toImage();
    const QPoint at = chart.viewPosOfX(-1200);
    QCOMPARE(chart.toolTipAt(at), QStringLiteral("alice set the throttle to High: load test"));
    QCOMPARE(chart.toolTipAt(at + QPoint(2, 0)), QStringLiteral("alice set the throttle to High: load test"));
    QVERIFY(!chart.toolTipAt(at + QPoint(40, 0)).contains(QStringLiteral("alice")));
    int marked = 0;
    for (int y = 0; y < image.height(); ++y) {
        marked += image.pixelColor(at.x(), y) == magenta ? 1 : 0;
    }
    QVERIFY2(marked > 20, qPrintable(QString::number(marked)));  // a dashed line down the plot
}

void TestCharts::chartsSaveAsPngAndSvg()
{
    const QTemporaryDir dir;
    ui::TrafficChartView traffic;
    showChart(&traffic);
    traffic.setHistory(m_week);
    ui::ScoreHistogram histogram;
    showChart(&histogram);
    for (QChartView* view : std::initializer_list<QChartView*>{&traffic, &histogram}) {
        const QString png = dir.filePath(view->objectName() + QStringLiteral(".png"));
        const QString svg = dir.filePath(view->objectName() + QStringLiteral(".svg"));
        QVERIFY(ui::saveChartImage(view, png, ui::ChartImageFormat::Png));
        QVERIFY(ui::saveChartImage(view, svg, ui::ChartImageFormat::Svg));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= view->width());
        const QString text = readAll(svg);
        QVERIFY(text.contains(QStringLiteral("<svg")));
        QVERIFY(text.size() > 1000);
    }
    QVERIFY(!traffic.savePngAction()->text().isEmpty());
    QVERIFY(!traffic.saveSvgAction()->text().isEmpty());
    QVERIFY(
        !ui::saveChartImage(&traffic, dir.filePath(QStringLiteral("missing/dir/x.png")), ui::ChartImageFormat::Png));
}

void TestCharts::cpuAndMemoryStayApartWhenEqual()
{
    ui::ThrottleTimelineChart chart;
    showChart(&chart);
    const qint64 toSec = kT0 / engine::kNsPerSec + 600;
    const auto samples = tenMinutesOfSamples([](int i, engine::ThrottleSample& s) {
        s.level = i < 30 ? engine::ThrottleLevel::None : engine::ThrottleLevel::High;
        s.load.cpuPercent = 72;
        s.load.memoryPercent = 72;
    });
    QVERIFY(chart.setSamples(samples, 10, toSec - 600, toSec));
    QCOMPARE(chart.cpuSeries()->points(), chart.memorySeries()->points());
    saveShot(&chart, "throttle-equal-load");
    // Same place, different strokes: memory is dashed over the solid CPU line.
    QCOMPARE(chart.cpuSeries()->pen().style(), Qt::SolidLine);
    QCOMPARE(chart.memorySeries()->pen().style(), Qt::CustomDashLine);
    QVERIFY(chart.cpuSeries()->pen().color() != chart.memorySeries()->pen().color());
    const QString tip = chart.toolTipAt(chart.viewPosOfX(-100));
    QVERIFY2(tip.contains(ui::throttleName(engine::ThrottleLevel::High)), qPrintable(tip));
    QVERIFY2(tip.contains(QLocale().toString(72.0, 'f', 1)), qPrintable(tip));
}

// After an attack has scrolled out of the window, the concurrency axis fits what is left rather than the
// peak nobody can see any more, which flattened the line at the bottom.
void TestCharts::concurrencyAxisFitsTheWindowShown()
{
    ui::ThrottleTimelineChart chart;
    showChart(&chart);
    const qint64 toSec = kT0 / engine::kNsPerSec + 600;
    const auto samples =
        tenMinutesOfSamples([](int i, engine::ThrottleSample& s) { s.load.concurrency = i < 10 ? 80000 : 111; });
    const auto axisTop = [&chart] {
        for (QAbstractAxis* axis : chart.chart()->axes(Qt::Vertical)) {
            if (axis->alignment() == Qt::AlignRight) {
                return qobject_cast<QValueAxis*>(axis)->max();
            }
        }
        return -1.0;
    };
    QVERIFY(chart.setSamples(samples, 10, toSec - 600, toSec));
    QVERIFY2(axisTop() >= 80000, qPrintable(QString::number(axisTop())));
    QVERIFY(chart.setSamples(samples, 10, toSec - 300, toSec));
    QVERIFY2(axisTop() >= 111 && axisTop() <= 200, qPrintable(QString::number(axisTop())));
}

void TestCharts::smallHistogramBinsStayVisible()
{
    ui::ScoreHistogram histogram;
    showChart(&histogram);
    ui::ScoreHistogram::Bins bins{};
    bins[1] = 13;      // flagged
    bins[10] = 20000;  // standard
    bins[18] = 400;    // trusted
    histogram.setBins(bins);
    saveShot(&histogram, "histogram-small-bins");
    QCOMPARE(histogram.shownHeight(10), 20000.0);
    QCOMPARE(histogram.shownHeight(18), 400.0);
    QVERIFY(histogram.shownHeight(1) >= 20000 * 0.02);  // a few pixels, not a hundredth of one
    QCOMPARE(histogram.shownHeight(2), 0.0);
    QVERIFY(histogram.toolTipAt(histogram.viewPosOfX(1)).contains(QStringLiteral("13")));
    QVERIFY(histogram.toolTipAt(histogram.viewPosOfX(10)).contains(QLocale().toString(20000)));
}

void TestCharts::scoreHistoryTicksFallOnRoundTimes()
{
    ui::ScoreHistoryChart chart;
    showChart(&chart);
    // Events at odd seconds, as violations happen: ticks still fall on round clock times.
    const qint64 base = QDateTime(QDate(2027, 1, 15), QTime(17, 23, 5)).toMSecsSinceEpoch();
    QList<ui::ReputationEvent> events;
    for (int i = 0; i < 4; ++i) {
        ui::ReputationEvent e;
        e.atMs = base + i * 3'347'000;  // the last at 20:10:56
        e.scoreBefore = 60 - 10 * i;
        e.scoreAfter = 55 - 10 * i;
        events.prepend(e);  // newest first
    }
    chart.setHistory(events, 30, base + 3 * 3'347'000 + 1000);
    QVERIFY(!chart.ticks().isEmpty());
    saveShot(&chart, "score-history");
    for (const ui::TimeTick& tick : chart.ticks()) {
        const QTime t = QDateTime::fromSecsSinceEpoch(tick.sec).time();
        QCOMPARE(t.second(), 0);
        QCOMPARE(t.minute() % 15, 0);
    }
    const QString tip = chart.toolTipAt(chart.viewPosOfX(static_cast<double>(base + 3'347'000)));
    QVERIFY2(tip.contains(QStringLiteral("→")), qPrintable(tip));
    QVERIFY2(tip.contains(QLocale().toString(50.0, 'f', 1)), qPrintable(tip));
    // Zoom on the first hour and back.
    chart.zoomToX(static_cast<double>(base), static_cast<double>(base + 3'600'000));
    QVERIFY(chart.isZoomed());
    QVERIFY(chart.ticks().front().sec * 1000 >= base);
    chart.resetZoom();
    QVERIFY(!chart.isZoomed());
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
