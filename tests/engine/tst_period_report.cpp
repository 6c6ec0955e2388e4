// SPDX-License-Identifier: Apache-2.0
// Traffic history by minute (what the engine hands the store) and the period report read back from a database.
#include "report/PeriodReport.h"

#include "EngineTestSupport.h"
#include "ReportTestSupport.h"
#include "decision/Engine.h"
#include "store/StoreWriter.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <atomic>

using namespace sluice::engine;
using namespace sluice::engine::report::testing;

class TestPeriodReport final : public QObject {
    Q_OBJECT

private slots:
    void theEngineHandsOverEachClosedMinute();
    void minutesHandedOverInPartsAddUp();
    void aReportSaysWhatTheDayHeld();
    void theTrafficFitsInAtMostTwoHundredFortyPoints();
    void theJsonHasTheDocumentedShape();
    void badPeriodsAndFilesAreRefused();
    void aCancelledReadSaysSo();
};

void TestPeriodReport::theEngineHandsOverEachClosedMinute()
{
    Engine e(testing::smallConfig());
    // Three minutes of traffic: 5 requests a second for key a (some denied once its burst is spent).
    std::uint64_t allowed = 0;
    std::uint64_t all = 0;
    for (int sec = 0; sec < 180; ++sec) {
        e.tick(testing::kT0 + sec * kNsPerSec);
        allowed += static_cast<std::uint64_t>(testing::burst(e, "a", testing::kT0 + sec * kNsPerSec, 5));
        all += 5;
    }
    // A minute closes once the rings take a finished second of the next one.
    e.tick(testing::kT0 + 181 * kNsPerSec);
    e.tick(testing::kT0 + 182 * kNsPerSec);
    std::vector<store::TrafficMinuteRow> rows;
    e.takeTrafficMinutes(rows, false);
    QCOMPARE(rows.size(), std::size_t(3));  // the fourth minute has only begun
    std::uint64_t rowAllowed = 0;
    std::uint64_t rowAll = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].start, testing::kT0 + static_cast<TimeNs>(i) * kNsPerMin);
        QCOMPARE(rows[i].peakTotal, std::uint64_t(5));
        for (std::size_t t = 0; t < rows[i].allowed.size(); ++t) {
            rowAllowed += rows[i].allowed[t];
            rowAll += rows[i].allowed[t] + rows[i].denied[t];
        }
    }
    QCOMPARE(rowAll, all);
    QCOMPARE(rowAllowed, allowed);
    QVERIFY(allowed < all);
    // Nothing twice: a second call has nothing new, and the minute still open goes out only when the engine stops.
    rows.clear();
    e.takeTrafficMinutes(rows, false);
    QVERIFY(rows.empty());
    testing::burst(e, "b", testing::kT0 + 185 * kNsPerSec, 2);
    e.takeTrafficMinutes(rows, true);
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].start, testing::kT0 + 3 * kNsPerMin);
    QCOMPARE(rows[0].allowed[0] + rows[0].allowed[1] + rows[0].allowed[2], std::uint64_t(2));
}

void TestPeriodReport::minutesHandedOverInPartsAddUp()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("t.db")).toStdString();
    store::StoreError error;
    {
        store::StoreWriter writer(store::Database::open(path, error));
        store::TrafficMinuteRow row;
        row.start = kDayStart;
        row.allowed = {1, 2, 3};
        row.denied = {4, 5, 6};
        row.peakTotal = 9;
        row.peakDenied = 4;
        writer.submitTrafficMinutes({row});
        // A restart within the minute hands over the rest of it.
        row.allowed = {10, 20, 30};
        row.denied = {0, 0, 1};
        row.peakTotal = 7;
        row.peakDenied = 6;
        writer.submitTrafficMinutes({row});
        writer.flush();
    }
    const auto db = store::Database::openReadOnly(path, error);
    QVERIFY2(db, error.message.c_str());
    std::vector<store::TrafficMinuteRow> rows;
    QVERIFY(!db->readTrafficMinutes(kDayStart, kDayEnd, rows));
    QCOMPARE(rows.size(), std::size_t(1));
    QCOMPARE(rows[0].allowed, (std::array<std::uint64_t, 3>{11, 22, 33}));
    QCOMPARE(rows[0].denied, (std::array<std::uint64_t, 3>{4, 5, 7}));
    QCOMPARE(rows[0].peakTotal, std::uint64_t(9));
    QCOMPARE(rows[0].peakDenied, std::uint64_t(6));
}

void TestPeriodReport::aReportSaysWhatTheDayHeld()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("r.db")).toStdString();
    QVERIFY(seedReportDatabase(path));
    report::PeriodReport r;
    const auto error = report::readPeriodReport(path, kDayStart, kDayEnd, r);
    QVERIFY2(!error, error ? error->c_str() : "");
    QCOMPARE(r.allowed, kAllowed);
    QCOMPARE(r.denied, kDenied);
    QCOMPARE(r.allowedByTier[1], kAllowed);
    QCOMPARE(r.deniedByTier[0], kDenied);
    QCOMPARE(r.peakPerSecond, kPeak);
    QCOMPARE(r.peakDeniedPerSecond, kPeakDenied);
    QCOMPARE(r.minutesWithTraffic, std::uint64_t(1440));
    // Reputation: bands of the three keys now, the day's two tier changes and nine violations.
    QCOMPARE(r.scoreBands[1], std::uint64_t(1));
    QCOMPARE(r.scoreBands[5], std::uint64_t(1));
    QCOMPARE(r.scoreBands[9], std::uint64_t(1));
    QCOMPARE(r.keysByTier, (std::array<std::uint64_t, 3>{1, 1, 1}));
    QCOMPARE(r.tierMoves.size(), std::size_t(1));
    QCOMPARE(r.tierMoves[0].from, ReputationTier::Standard);
    QCOMPARE(r.tierMoves[0].to, ReputationTier::Flagged);
    QCOMPARE(r.tierMoves[0].keys, std::uint64_t(2));
    QCOMPARE(r.violations, kViolations);
    QCOMPARE(r.topDenied.size(), std::size_t(3));
    QCOMPARE(r.topDenied[0].key, std::string(kFormulaDeniedKey));
    QCOMPARE(r.topDenied[0].violations, std::uint64_t(5));
    QCOMPARE(r.topDenied[0].worstSeverity, 3);
    QCOMPARE(r.topDenied[0].tier, ReputationTier::Flagged);
    QCOMPARE(r.topDenied[2].key, std::string("bot-3"));
    QCOMPARE(r.topDenied[2].violations, std::uint64_t(1));  // its violation of the day before is not counted
    // Throttle: all three periods touch the day; their time inside it only.
    QCOMPARE(r.throttle.size(), std::size_t(3));
    QCOMPARE(r.throttle[1].level, std::string("high"));
    QCOMPARE(r.throttle[2].end, TimeNs(0));
    QCOMPARE(r.secondsAtLevel[static_cast<int>(ThrottleLevel::None)], kSecondsNone);
    QCOMPARE(r.secondsAtLevel[static_cast<int>(ThrottleLevel::High)], kSecondsHigh);
    // The alert of the day and the one still open; not the one two days before.
    QCOMPARE(r.alerts.size(), std::size_t(2));
    QCOMPARE(r.alerts[0].metric, std::string("requests"));
    QCOMPARE(r.alerts[1].state, std::string("open"));
    QCOMPARE(r.notificationsByType.size(), std::size_t(2));
    QCOMPARE(r.notificationsByType[0].name, std::string("throttle_change"));
    QCOMPARE(r.notificationsByType[0].count, std::uint64_t(2));
    QCOMPARE(r.notificationsBySeverity[1].count, std::uint64_t(2));
    QCOMPARE(r.notificationsBySeverity[2].count, std::uint64_t(1));
    QCOMPARE(r.deliveries.size(), std::size_t(2));
    QCOMPARE(r.deliveries[0].channel, std::string("email"));
    QCOMPARE(r.deliveries[0].count, std::uint64_t(2));
    QCOMPARE(r.vipChanges.size(), std::size_t(2));
    QCOMPARE(r.vipChanges[0].key, std::string(kFormulaKey));
    QCOMPARE(r.vipChanges[1].kind, std::string("vip_revoked"));
    QCOMPARE(r.flagChanges.size(), std::size_t(1));
    QCOMPARE(r.flagChanges[0].reason, std::string(kFormulaReason));
    QCOMPARE(r.auditTotal, std::uint64_t(2));
    QCOMPARE(r.auditActors, std::uint64_t(2));
}

void TestPeriodReport::theTrafficFitsInAtMostTwoHundredFortyPoints()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("r.db")).toStdString();
    QVERIFY(seedReportDatabase(path));
    report::PeriodReport r;
    QVERIFY(!report::readPeriodReport(path, kDayStart, kDayEnd, r));
    // A day in 10-minute steps (6 minutes would fit, but steps are round).
    QCOMPARE(r.step, 10 * kNsPerMin);
    QCOMPARE(r.traffic.size(), std::size_t(144));
    QCOMPARE(r.traffic[60].allowed, std::uint64_t(9 * 100 + 1000));  // 10:00 holds the busy minute
    QCOMPARE(r.traffic[0].denied, std::uint64_t(100));
    // Four hours: minute by minute.
    QVERIFY(!report::readPeriodReport(path, kDayStart, kDayStart + 4 * 3600 * kNsPerSec, r));
    QCOMPARE(r.step, kNsPerMin);
    QCOMPARE(r.traffic.size(), std::size_t(240));
    QCOMPARE(r.allowed, std::uint64_t(240 * 100));
}

void TestPeriodReport::theJsonHasTheDocumentedShape()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("r.db")).toStdString();
    QVERIFY(seedReportDatabase(path));
    report::PeriodReport r;
    QVERIFY(!report::readPeriodReport(path, kDayStart, kDayEnd, r));
    const auto doc = nlohmann::json::parse(report::writePeriodJson(r, kDayEnd));
    QCOMPARE(doc["report"].get<std::string>(), std::string("sluice-operations"));
    QCOMPARE(doc["from"].get<std::string>(), std::string("2026-11-30T00:00:00Z"));
    QCOMPARE(doc["to"].get<std::string>(), std::string("2026-12-01T00:00:00Z"));
    QCOMPARE(doc["kpis"]["requests"].get<std::uint64_t>(), kAllowed + kDenied);
    QCOMPARE(doc["kpis"]["denied"].get<std::uint64_t>(), kDenied);
    QCOMPARE(doc["kpis"]["violations"].get<std::uint64_t>(), kViolations);
    QCOMPARE(doc["traffic"]["step_seconds"].get<int>(), 600);
    QCOMPARE(doc["traffic"]["points"].size(), std::size_t(144));
    QCOMPARE(doc["traffic"]["denied_by_tier"]["flagged"].get<std::uint64_t>(), kDenied);
    QCOMPARE(doc["reputation"]["score_bands"].size(), std::size_t(10));
    QCOMPARE(doc["reputation"]["tier_moves"]["standard->flagged"].get<int>(), 2);
    QCOMPARE(doc["throttle"]["seconds_at_level"]["high"].get<double>(), kSecondsHigh);
    QCOMPARE(doc["throttle"]["periods"].size(), std::size_t(3));
    QCOMPARE(doc["alerts"].size(), std::size_t(2));
    QCOMPARE(doc["notifications"]["by_type"]["anomaly_alert"].get<int>(), 1);
    QCOMPARE(doc["vip_changes"][0]["key"].get<std::string>(), std::string(kFormulaKey));
    QCOMPARE(doc["flag_changes"][0]["flag"].get<std::string>(), std::string("checkout"));
    QCOMPARE(doc["top_denied_keys"][0]["violations"].get<int>(), 5);
    QCOMPARE(doc["audit"]["by_action"]["vip.assign"].get<int>(), 1);
}

void TestPeriodReport::badPeriodsAndFilesAreRefused()
{
    QTemporaryDir dir;
    report::PeriodReport r;
    const std::string missing = dir.filePath(QStringLiteral("missing.db")).toStdString();
    auto error = report::readPeriodReport(missing, kDayStart, kDayEnd, r);
    QVERIFY(error);
    QVERIFY2(error->find("missing.db") != std::string::npos, error->c_str());
    const std::string path = dir.filePath(QStringLiteral("r.db")).toStdString();
    QVERIFY(seedReportDatabase(path));
    error = report::readPeriodReport(path, kDayEnd, kDayStart, r);
    QVERIFY(error);
    QVERIFY2(error->find("ends before it starts") != std::string::npos, error->c_str());
}

void TestPeriodReport::aCancelledReadSaysSo()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("r.db")).toStdString();
    QVERIFY(seedReportDatabase(path));
    std::atomic<bool> cancel{false};
    int sections = 0;
    report::ReportProgress progress;
    progress.cancel = &cancel;
    progress.progress = [&](double) {
        ++sections;
        cancel = true;  // after the first section
    };
    report::PeriodReport r;
    const auto error = report::readPeriodReport(path, kDayStart, kDayEnd, r, progress);
    QVERIFY(error);
    QCOMPARE(*error, std::string("cancelled"));
    QCOMPARE(sections, 1);
}

QTEST_GUILESS_MAIN(TestPeriodReport)
#include "tst_period_report.moc"
