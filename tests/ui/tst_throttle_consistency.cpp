// SPDX-License-Identifier: Apache-2.0
#include "EngineHost.h"
#include "Format.h"
#include "pages/throttle/ThrottleClearDialog.h"
#include "pages/throttle/ThrottleHistoryModel.h"
#include "pages/throttle/ThrottleOverrideDialog.h"
#include "pages/throttle/ThrottlePage.h"

#include "throttle/LoadSource.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <atomic>
#include <memory>

using namespace sluice;

namespace {

// The CPU reading the test sets, standing in for a host under attack.
class SetLoad final : public engine::LoadSource {
public:
    explicit SetLoad(std::shared_ptr<std::atomic<double>> cpu) : m_cpu(std::move(cpu)) {}
    engine::LoadSignals sample(const engine::TrafficRates&) override
    {
        engine::LoadSignals s;
        s.cpuPercent = m_cpu->load();
        return s;
    }

private:
    std::shared_ptr<std::atomic<double>> m_cpu;
};

engine::RuntimeOptions optionsIn(const QTemporaryDir& dir, std::shared_ptr<std::atomic<double>> cpu)
{
    engine::RuntimeOptions o;
    o.databasePath = dir.filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    o.config.throttle.sampleInterval = engine::kNsPerSec;
    o.makeLoadSource = [cpu] { return std::make_unique<SetLoad>(cpu); };
    return o;
}

QString lastAuditReason(const QString& path, const char* action)
{
    sqlite3* db = nullptr;
    QString reason = QStringLiteral("<no row>");
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT reason FROM audit_log WHERE action = ?1 ORDER BY id DESC LIMIT 1", -1, &st,
                               nullptr) == SQLITE_OK) {
            sqlite3_bind_text(st, 1, action, -1, SQLITE_STATIC);
            if (sqlite3_step(st) == SQLITE_ROW) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
                reason = text ? QString::fromUtf8(text) : QStringLiteral("<null>");
            }
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return reason;
}

// What a person reads on the page, checked against itself: the level in the header is the open period in
// the table and the level the statistics give the current time to; no other period is still ongoing; the
// level changes counted are the ones the table lists; the shares add up to the time on record.
QString disagreement(const ui::ThrottlePage& page)
{
    const QString header = page.findChild<QLabel*>(QStringLiteral("throttleLevel"))->text();
    const ui::ThrottleSummary& s = page.summary();
    const QAbstractItemModel* table = page.findChild<QTableView*>(QStringLiteral("throttleHistoryTable"))->model();
    if (s.periods.empty() || table->rowCount() != static_cast<int>(s.periods.size())) {
        return QStringLiteral("the table has %1 rows for %2 periods").arg(table->rowCount()).arg(s.periods.size());
    }
    const QString level = table->index(0, ui::ThrottleHistoryModel::LevelColumn).data().toString();
    const QString lasted = table->index(0, ui::ThrottleHistoryModel::DurationColumn).data().toString();
    if (!level.startsWith(header + QStringLiteral(" (")) || !lasted.endsWith(QStringLiteral(", ongoing"))) {
        return QStringLiteral("header %1, newest period %2 lasting %3").arg(header, level, lasted);
    }
    for (int row = 1; row < table->rowCount(); ++row) {
        if (table->index(row, ui::ThrottleHistoryModel::DurationColumn)
                .data()
                .toString()
                .contains(QStringLiteral("ongoing"))) {
            return QStringLiteral("row %1 (%2) is still ongoing under %3")
                .arg(row)
                .arg(table->index(row, ui::ThrottleHistoryModel::LevelColumn).data().toString(), header);
        }
    }
    engine::ThrottleLevel live = engine::ThrottleLevel::None;
    engine::parseThrottleLevel(s.periods.front().level.toStdString(), live);
    const double ongoingSeconds = static_cast<double>(s.nowMs - s.periods.front().atMs) / 1000.0;
    if (s.secondsInLevel[static_cast<std::size_t>(live)] + 0.001 < ongoingSeconds) {
        return QStringLiteral("%1 s in %2 though its period has lasted %3 s")
            .arg(s.secondsInLevel[static_cast<std::size_t>(live)])
            .arg(header)
            .arg(ongoingSeconds);
    }
    int changes = 0;
    for (std::size_t i = 0; i + 1 < s.periods.size(); ++i) {
        changes += s.periods[i].level != s.periods[i + 1].level ? 1 : 0;
    }
    if (changes != s.transitions) {
        return QStringLiteral("%1 level changes counted, %2 listed").arg(s.transitions).arg(changes);
    }
    double shares = 0;
    for (int l = 0; l < engine::kThrottleLevelCount; ++l) {
        shares += s.fractionIn(static_cast<engine::ThrottleLevel>(l));
    }
    if (s.coveredSeconds > 0 && std::abs(shares - 1.0) > 1e-9) {
        return QStringLiteral("the shares add up to %1").arg(shares);
    }
    const QString statistic = page.findChild<QLabel*>(QStringLiteral("timeIn%1").arg(s.periods.front().level))->text();
    if (statistic != QStringLiteral("%1 (%2)").arg(ui::formatDuration(static_cast<qint64>(
                                                       s.secondsInLevel[static_cast<std::size_t>(live)] * 1000)),
                                                   ui::formatPercent(s.fractionIn(live)))) {
        return QStringLiteral("the statistics show %1 for %2").arg(statistic, header);
    }
    const QString counted = page.findChild<QLabel*>(QStringLiteral("throttleTransitions"))->text();
    if (counted != QStringLiteral("%1 level change(s)").arg(s.transitions)) {
        return QStringLiteral("the statistics say %1").arg(counted);
    }
    return {};
}

struct Console {
    QTemporaryDir dir;
    std::shared_ptr<std::atomic<double>> cpu = std::make_shared<std::atomic<double>>(5.0);
    app::EngineHost host{optionsIn(dir, cpu)};
    ui::ThrottlePage page{&host};
    QStringList disagreements;  // one line per snapshot after which the page contradicted itself

    bool start()
    {
        QObject::connect(&host, &ui::EngineClient::snapshotReady, &page,
                         [this](const engine::SnapshotPtr& s) { page.apply(s); });
        // Connected after the page: runs once the page has drawn each snapshot.
        QObject::connect(&host, &ui::EngineClient::snapshotReady, &page, [this] {
            if (const QString problem = disagreement(page); !problem.isEmpty()) {
                disagreements << problem;
            }
        });
        page.resize(1100, 700);
        page.show();
        QSignalSpy started(&host, &app::EngineHost::started);
        host.start();
        return QTest::qWaitForWindowExposed(&page) && started.wait(10000);
    }
    QString header() const { return page.findChild<QLabel*>(QStringLiteral("throttleLevel"))->text(); }
};

}  // namespace

class TestThrottleConsistency final : public QObject {
    Q_OBJECT

private slots:
    void headerPeriodsAndStatisticsAgreeThroughLoadOverrideAndClear();
    void escapeKeepsTheOverride();
    void percentagesDivideByTheTimeOnRecord();
};

void TestThrottleConsistency::headerPeriodsAndStatisticsAgreeThroughLoadOverrideAndClear()
{
    Console c;
    QVERIFY(c.start());
    // The engine's first period, on record.
    QTRY_VERIFY_WITH_TIMEOUT(c.page.summary().storedCaughtUp, 10000);
    QCOMPARE(c.header(), QStringLiteral("None"));
    QVERIFY2(disagreement(c.page).isEmpty(), qPrintable(disagreement(c.page)));

    // The attack: the controller goes to Critical. The page agrees the moment the header says so, before
    // the store has written the new period.
    c.cpu->store(97);
    QTRY_COMPARE_WITH_TIMEOUT(c.header(), QStringLiteral("Critical"), 10000);
    QVERIFY2(disagreement(c.page).isEmpty(), qPrintable(disagreement(c.page)));
    QCOMPARE(c.page.summary().transitions, 1);
    QCOMPARE(c.page.summary().periods.size(), std::size_t(2));

    // An override, through the dialog: Enter in the reason sends it.
    c.page.openOverrideDialog();
    auto* set = c.page.findChild<ui::ThrottleOverrideDialog*>();
    QVERIFY(set);
    QTRY_VERIFY(set->isVisible());
    set->findChild<QComboBox*>(QStringLiteral("overrideLevel"))->setCurrentIndex(1);  // Low
    auto* setReason = set->findChild<QLineEdit*>(QStringLiteral("overrideReason"));
    QTest::keyClicks(setReason, QStringLiteral("drill"));
    QTest::keyClick(setReason, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(c.header(), QStringLiteral("Low"), 10000);
    QVERIFY2(disagreement(c.page).isEmpty(), qPrintable(disagreement(c.page)));
    QCOMPARE(c.page.summary().transitions, 2);
    QCOMPARE(c.page.summary().periods.front().reason, QStringLiteral("drill"));

    // The clear, with a reason: the controller's level returns at once, and the override's period is over.
    auto* clearButton = c.page.findChild<QPushButton*>(QStringLiteral("clearOverrideButton"));
    QVERIFY(clearButton->isEnabled());
    clearButton->click();
    auto* clear = c.page.findChild<ui::ThrottleClearDialog*>();
    QVERIFY(clear);
    QTRY_VERIFY(clear->isVisible());
    QVERIFY(clear->findChild<QLabel*>(QStringLiteral("clearEffect"))->text().contains(QStringLiteral("Critical")));
    auto* clearReason = clear->findChild<QLineEdit*>(QStringLiteral("clearReason"));
    QTest::keyClicks(clearReason, QStringLiteral("attack over, handing back"));
    QTest::keyClick(clearReason, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(c.header(), QStringLiteral("Critical"), 10000);
    QVERIFY2(disagreement(c.page).isEmpty(), qPrintable(disagreement(c.page)));
    QCOMPARE(c.page.summary().transitions, 3);
    QVERIFY(c.page.summary().periods.at(1).level == QStringLiteral("low"));
    QVERIFY(c.page.summary().periods.at(1).endedAtMs != 0);

    // Calm again: the controller lowers after its cooldown; meanwhile the store catches up and the open
    // period reads as stored (who cleared the override).
    QTRY_VERIFY_WITH_TIMEOUT(c.page.summary().storedCaughtUp, 10000);
    QVERIFY(c.page.summary().periods.front().actor.size() > 0);
    QVERIFY2(c.disagreements.isEmpty(), qPrintable(c.disagreements.join(QLatin1Char('\n'))));

    // The clear's audit row carries the typed reason.
    c.host.runtime()->sync();
    QCOMPARE(lastAuditReason(c.dir.filePath(QStringLiteral("sluice.db")), "throttle.clear_override"),
             QStringLiteral("attack over, handing back"));
    c.host.stop();
}

void TestThrottleConsistency::escapeKeepsTheOverride()
{
    Console c;
    QVERIFY(c.start());
    QTRY_VERIFY_WITH_TIMEOUT(c.page.summary().storedCaughtUp, 10000);
    QSignalSpy finished(&c.host, &ui::EngineClient::commandFinished);
    c.host.sendCommand(engine::cmd::SetThrottleOverride{engine::ThrottleLevel::High, "drill", 0, "ops"});
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(c.header(), QStringLiteral("High"), 10000);

    c.page.openClearDialog();
    auto* clear = c.page.findChild<ui::ThrottleClearDialog*>();
    QVERIFY(clear);
    QTRY_VERIFY(clear->isVisible());
    QSignalSpy rejected(clear, &QDialog::rejected);
    QTest::keyClick(clear->findChild<QLineEdit*>(QStringLiteral("clearReason")), Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    const QPointer<ui::ThrottleClearDialog> closed(clear);
    QTRY_VERIFY(closed.isNull());  // closed dialogs delete themselves
    // No command went out: the override stands, and a clear without a reason is still possible.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(c.header(), QStringLiteral("High"));
    c.page.openClearDialog();
    clear = c.page.findChild<ui::ThrottleClearDialog*>();
    QTRY_VERIFY(clear && clear->isVisible());
    QTest::keyClick(clear->findChild<QLineEdit*>(QStringLiteral("clearReason")), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(c.header(), QStringLiteral("None"), 10000);
    QVERIFY2(c.disagreements.isEmpty(), qPrintable(c.disagreements.join(QLatin1Char('\n'))));
    c.host.stop();
}

void TestThrottleConsistency::percentagesDivideByTheTimeOnRecord()
{
    Console c;
    c.page.setTimeRange(ui::TimeRange::OneWeek);
    QVERIFY(c.start());
    QTRY_VERIFY_WITH_TIMEOUT(c.page.summary().storedCaughtUp, 10000);
    // Seconds of data in a week's range: all of it at None, not a sliver of the week.
    auto* none = c.page.findChild<QLabel*>(QStringLiteral("timeInnone"));
    QTRY_VERIFY(c.page.summary().coveredSeconds > 0);
    QVERIFY2(none->text().endsWith(QStringLiteral("(%1)").arg(ui::formatPercent(1.0))), qPrintable(none->text()));
    auto* covered = c.page.findChild<QLabel*>(QStringLiteral("throttleCovered"));
    QVERIFY(covered->isVisible());

    c.cpu->store(80);  // Medium
    QTRY_COMPARE_WITH_TIMEOUT(c.header(), QStringLiteral("Medium"), 10000);
    QTRY_VERIFY(c.page.summary().secondsInLevel[static_cast<std::size_t>(engine::ThrottleLevel::Medium)] > 0.05);
    const ui::ThrottleSummary& s = c.page.summary();
    QVERIFY2(s.coveredSeconds < 600, qPrintable(QString::number(s.coveredSeconds)));
    const double none_ = s.fractionIn(engine::ThrottleLevel::None);
    const double medium = s.fractionIn(engine::ThrottleLevel::Medium);
    QVERIFY(none_ > 0.01 && medium > 0.0001);
    QCOMPARE(none_ + medium, 1.0);
    QCOMPARE(none->text(), QStringLiteral("%1 (%2)").arg(
                               ui::formatDuration(static_cast<qint64>(
                                   s.secondsInLevel[static_cast<std::size_t>(engine::ThrottleLevel::None)] * 1000)),
                               ui::formatPercent(none_)));
    QVERIFY2(c.disagreements.isEmpty(), qPrintable(c.disagreements.join(QLatin1Char('\n'))));
    c.host.stop();
}

QTEST_MAIN(TestThrottleConsistency)
#include "tst_throttle_consistency.moc"
