// SPDX-License-Identifier: Apache-2.0
#include "EngineHost.h"
#include "models/KeyTableModel.h"
#include "pages/reputation/KeyEventsList.h"
#include "pages/reputation/ReputationPage.h"
#include "pages/reputation/ScoreHistogram.h"
#include "pages/reputation/ScoreHistoryChart.h"
#include "widgets/KpiTile.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <array>

#include <chrono>
#include <memory>

using namespace sluice;

namespace {
constexpr int kUsers = 3000;
constexpr int kWindows = 8;
constexpr engine::TimeNs kWindow = 10 * engine::kNsPerSec;

// Requests key `i` sends in one 10 s window: most keys stay within the burst of 10 and earn points, some go
// a little over and a few flood, so scores spread over the whole range. Deterministic.
int requestsFor(int i, int window)
{
    const auto h = static_cast<unsigned>(i) * 2654435761U;
    const unsigned kind = h % 100;
    if (kind < 6) {
        return 25 + static_cast<int>((h >> 8) % 16);
    }
    if (kind < 15) {
        return 12 + static_cast<int>((h >> 8) % 5);
    }
    return static_cast<int>((h >> 8) % 11) - ((i + window) % 3 == 0 ? 4 : 0);
}

void addRequests(engine::RequestBatch& batch, std::string_view key, engine::TimeNs at, int count)
{
    engine::Request r;
    r.key = batch.store(key);  // the buffer is reserved up front, so earlier views stay valid
    r.timestamp = at;
    for (int k = 0; k < count; ++k) {
        batch.requests.push_back(r);
    }
}

void feedWindows(app::EngineHost& host, engine::TimeNs t0)
{
    for (int w = 0; w < kWindows; ++w) {
        auto batch = std::make_unique<engine::RequestBatch>();
        batch->bytes.reserve(64 * 1024);
        const engine::TimeNs at = t0 + w * kWindow;
        for (int i = 0; i < kUsers; ++i) {
            char key[32];
            const int n = std::snprintf(key, sizeof key, "user-%05d", i);
            addRequests(*batch, std::string_view(key, static_cast<std::size_t>(n)), at, requestsFor(i, w));
        }
        if (w < 5) {
            addRequests(*batch, "mallory", at, 100);  // ten times its allowance, in five windows
        }
        if (w == 0) {
            addRequests(*batch, "vip-key", at, 1);
        }
        QVERIFY(host.runtime()->submitWait(batch, std::chrono::seconds(30)));
    }
    auto closing = std::make_unique<engine::RequestBatch>();
    closing->bytes.reserve(64);
    addRequests(*closing, "closer", t0 + kWindows * kWindow, 1);  // ends the last windows
    QVERIFY(host.runtime()->submitWait(closing, std::chrono::seconds(30)));
    host.runtime()->sync();
}

// Every bar is drawn at its bin's height (raised to the visible minimum for small bins), and the bins hold
// every active key.
quint64 drawnTotal(ui::ScoreHistogram* histogram)
{
    std::array<double, engine::kHistogramBins> drawn{};
    for (QAbstractSeries* series : histogram->chart()->series()) {
        for (QBarSet* set : static_cast<QStackedBarSeries*>(series)->barSets()) {
            for (int b = 0; b < set->count(); ++b) {
                drawn[static_cast<std::size_t>(b)] += set->at(b);
            }
        }
    }
    for (int b = 0; b < engine::kHistogramBins; ++b) {
        if (drawn[static_cast<std::size_t>(b)] != histogram->shownHeight(b)) {
            return 0;
        }
    }
    return histogram->total();
}
}  // namespace

class TestReputationPage final : public QObject {
    Q_OBJECT

private slots:
    void showsReputationOfLiveKeys();
};

void TestReputationPage::showsReputationOfLiveKeys()
{
    QTemporaryDir dir;
    engine::RuntimeOptions o;
    o.databasePath = dir.filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    o.followRequestTime = true;
    o.config.policies = {engine::Policy{"", 60, engine::kNsPerMin, 10}};
    // Fast-moving reputation so a few windows spread the scores: every allowed request earns a point and
    // a violation costs 6 points per severity.
    o.config.reputation.cleanRequestsPerPoint = 1;
    o.config.reputation.pointsPerSeverity = 6.0;
    app::EngineHost host(o);
    ui::ReputationPage page(&host);
    auto* keys = page.findChild<QTableView*>(QStringLiteral("keyTable"));
    QVERIFY(keys && keys->model());
    // The key table as the engine's pages of keys arrive, are sorted, searched and refreshed.
    const QAbstractItemModelTester tester(keys->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    engine::SnapshotPtr latest;
    connect(&host, &ui::EngineClient::snapshotReady, &page, [&](const engine::SnapshotPtr& s) {
        latest = s;
        page.apply(s);
    });
    page.resize(1110, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));

    const engine::TimeNs t0 = host.clock().now();
    feedWindows(host, t0);
    QSignalSpy finished(&host, &ui::EngineClient::commandFinished);
    host.sendCommand(engine::cmd::AssignVip{"vip-key", "gold", t0 + 30 * engine::kNsPerDay, "test", "tester"});
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    host.runtime()->sync();

    // Tier counts and the histogram follow the snapshots; the bars drawn add up to the active keys.
    auto* histogram = page.findChild<ui::ScoreHistogram*>(QStringLiteral("reputationHistogram"));
    auto* flagged = page.findChild<ui::KpiTile*>(QStringLiteral("tierFlagged"));
    QVERIFY(histogram && flagged);
    QTRY_VERIFY_WITH_TIMEOUT(latest && latest->activeKeys > kUsers / 2 && drawnTotal(histogram) == latest->activeKeys,
                             10000);
    QCOMPARE(histogram->total(), latest->activeKeys);
    QCOMPARE(flagged->value(), QLocale().toString(latest->tierCounts[0]));
    QVERIFY(latest->tierCounts[0] > 0 && latest->tierCounts[2] > 0);  // the data spans all three tiers

    auto* search = page.findChild<QLineEdit*>(QStringLiteral("keySearch"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("keyTable"));
    auto* title = page.findChild<QLabel*>(QStringLiteral("detailKey"));
    auto* breakdown = page.findChild<QLabel*>(QStringLiteral("limitBreakdown"));
    auto* vip = page.findChild<QLabel*>(QStringLiteral("detailVip"));
    QVERIFY(search && table && title && breakdown && vip);
    auto* model = table->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), static_cast<int>(latest->activeKeys), 10000);

    // Sorting by denials puts the flooding key first; sorting by VIP tier puts the VIP key first.
    table->horizontalHeader()->setSortIndicator(ui::KeyTableModel::DeniedColumn, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 0).data().toString(), QStringLiteral("mallory"), 10000);
    table->horizontalHeader()->setSortIndicator(ui::KeyTableModel::VipColumn, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data().toString().startsWith(QStringLiteral("vip-k")), 10000);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ui::KeyTableModel::VipColumn));

    // Search (debounced) and select: the VIP key shows gold and its limit 60/min x 1.0 x 1.5 x 1.0 = 90/min.
    QTest::keyClicks(search, QStringLiteral("vip-k"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 0).data().toString(), QStringLiteral("vip-key"), 10000);
    table->setCurrentIndex(model->index(0, 0));
    QCOMPARE(title->text(), QStringLiteral("vip-key"));
    const QLocale l;
    const QString expected = QStringLiteral("%1/min × %2 × %3 × %4 = %5/min")
                                 .arg(l.toString(60), l.toString(1.0, 'f', 1), l.toString(1.5, 'f', 1),
                                      l.toString(1.0, 'f', 1), l.toString(90));
    QTRY_COMPARE_WITH_TIMEOUT(breakdown->text(), expected, 10000);
    QVERIFY(vip->text().contains(QStringLiteral("gold")));

    // The flooding key: its violations and tier changes come from the database, newest first.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("mallory"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, 0).data().toString(), QStringLiteral("mallory"), 10000);
    table->setCurrentIndex(model->index(0, 0));
    auto* events = page.findChild<ui::KeyEventsList*>(QStringLiteral("keyEvents"));
    auto* chart = page.findChild<ui::ScoreHistoryChart*>(QStringLiteral("scoreHistory"));
    QVERIFY(events && chart);
    QTRY_VERIFY_WITH_TIMEOUT(events->topLevelItemCount() >= 6, 10000);
    int violations = 0;
    bool becameFlagged = false;
    for (int i = 0; i < events->topLevelItemCount(); ++i) {
        const QString what = events->topLevelItem(i)->text(1);
        violations += what.startsWith(QStringLiteral("Violation")) ? 1 : 0;
        becameFlagged = becameFlagged || what.endsWith(QStringLiteral("→ Flagged"));
    }
    QCOMPARE(violations, 5);
    QVERIFY(becameFlagged);
    QTRY_VERIFY_WITH_TIMEOUT(chart->points().size() >= 6, 10000);
    QCOMPARE(chart->points().front().y(), 60.0);  // before the first violation: 50 + ten allowed requests
    for (qsizetype i = 1; i < chart->points().size(); ++i) {
        QVERIFY(chart->points()[i].x() >= chart->points()[i - 1].x());
    }

    // The whole table again, the flooding key still in the detail pane.
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), static_cast<int>(latest->activeKeys), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data(ui::KeyTableModel::kLoadedRole).toBool(), 10000);
    QCOMPARE(title->text(), QStringLiteral("mallory"));
    // A file of this run's own unless a developer asks for one to look at.
    const QTemporaryDir shots;
    const QString shot = qEnvironmentVariable("SLUICE_SCREENSHOT", shots.filePath(QStringLiteral("reputation.png")));
    QVERIFY(page.grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));

    // A dark palette reaches the charts too.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
    dark.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xE6, 0xE6, 0xE6));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    page.setPalette(dark);
    QCOMPARE(histogram->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    QCOMPARE(chart->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    const QString darkShot = QFileInfo(shot).dir().filePath(QStringLiteral("reputation-dark.png"));
    QVERIFY(page.grab().save(darkShot));
}

QTEST_MAIN(TestReputationPage)
#include "tst_reputation_page.moc"
