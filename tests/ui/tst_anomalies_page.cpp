// SPDX-License-Identifier: Apache-2.0
// The Anomalies page fed snapshots that carry a hand-built AnomalyView: the alert list and its filters, the
// unread count on the sidebar, the buttons per alert state, commands reaching the engine, the chart's band and
// markers, and an affected key opening its reputation details.
#include "AdminControls.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "pages/anomalies/AlertTableModel.h"
#include "pages/anomalies/AnomaliesPage.h"
#include "pages/anomalies/AnomalyChart.h"
#include "pages/anomalies/AnomalySettingsDialog.h"
#include "pages/reputation/KeyDetailPane.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace sluice;

namespace {

constexpr engine::TimeNs kT0 = 1'760'000'000LL * engine::kNsPerSec;  // the first sample
constexpr int kSamples = 60;

engine::TimeNs minute(int m) { return kT0 + m * engine::kNsPerMin; }

engine::MetricSeries series(const std::string& metric, int spikeAt, float spike)
{
    engine::MetricSeries s{metric, {}};
    for (int m = 0; m < kSamples; ++m) {
        s.points.push_back({minute(m), m == spikeAt ? spike : 100.0F, 100.0F, 10.0F});
    }
    return s;
}

// Three incidents: a resolved spike whose response took the throttle up and lowered two keys, an acknowledged
// run on /login with its keys, and an open flood of new keys that nothing was done about yet.
std::shared_ptr<engine::AnomalyView> threeAlerts()
{
    auto view = std::make_shared<engine::AnomalyView>();
    view->enabled = true;
    view->learnedDays = 2.5;
    view->minDataDays = 7;

    engine::AnomalyAlert spike;
    spike.id = 1;
    spike.kind = engine::AnomalyKind::Spike;
    spike.metric = "requests";
    spike.confidence = 0.95;
    spike.start = minute(50);
    spike.end = minute(53);
    spike.value = 400;
    spike.expected = 100;
    spike.spread = 10;
    spike.state = engine::AlertState::Resolved;
    spike.resolvedAt = minute(53);
    spike.response.throttleRaised = true;
    spike.response.throttleLevel = engine::ThrottleLevel::Low;
    spike.response.throttleUntil = minute(60);
    spike.response.keysLowered = {"bot-1", "bot-2"};
    spike.response.reputationPenalty = 10;

    engine::AnomalyAlert stuffing;
    stuffing.id = 2;
    stuffing.kind = engine::AnomalyKind::RouteStuffing;
    stuffing.metric = "route:/login";
    stuffing.confidence = 0.85;
    stuffing.start = minute(54);
    stuffing.value = 900;
    stuffing.expected = 100;
    stuffing.spread = 10;
    stuffing.affectedKeys = {{"bot-7", 420}, {"bot-8", 300}};
    stuffing.state = engine::AlertState::Acknowledged;
    stuffing.acknowledgedBy = "alice";
    stuffing.acknowledgedAt = minute(56);
    stuffing.response.throttleRaised = true;
    stuffing.response.throttleLevel = engine::ThrottleLevel::Medium;
    stuffing.response.throttleUntil = minute(64);

    engine::AnomalyAlert flood;
    flood.id = 3;
    flood.kind = engine::AnomalyKind::NewKeyFlood;
    flood.metric = "new_keys";
    flood.confidence = 0.6;
    flood.start = minute(58);
    flood.value = 80;
    flood.expected = 5;
    flood.spread = 2;

    view->alerts = {flood, stuffing, spike};  // newest first, as the engine keeps them
    view->openAlerts = 2;
    view->series = {series("requests", 50, 400), series("route:/login", 54, 900), series("new_keys", 58, 80)};
    return view;
}

engine::SnapshotPtr snapshotWith(std::shared_ptr<const engine::AnomalyView> view, engine::TimeNs at = minute(kSamples))
{
    auto s = std::make_shared<engine::Snapshot>();
    s->at = at;
    s->anomaly = std::move(view);
    return s;
}

engine::RuntimeOptions optionsIn(const QTemporaryDir& dir)
{
    engine::RuntimeOptions o;
    o.databasePath = dir.filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    return o;
}

// Watches through a real engine but may not change anything, as `sluice --read-only` does.
class ReadOnlyClient final : public ui::EngineClient {
public:
    quint64 sendCommand(engine::Command) override { return 0; }
    quint64 ask(ui::EngineQuery) override { return 0; }
    QString databasePath() const override { return {}; }
    QList<engine::SourceState> sources() const override { return {}; }
    void controlSource(const QString&, const engine::SourceControl&) override {}
    bool readOnly() const override { return true; }
};

}  // namespace

class TestAnomaliesPage final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsAlertsNewestFirstAndFilters();
    void waitsForTheEngineWithoutAView();
    void buttonsFollowTheAlertsState();
    void acknowledgeAndSettingsReachTheEngine();
    void chartShowsTheBandAndWhereAlertsFired();
    void unreadCountAppearsAndClears();
    void affectedKeyOpensItsReputationDetails();
    void readOnlyConsoleDisablesTheActions();

private:
    void showPage();
    void select(quint64 id);
    QTableView* table() const { return m_page->findChild<QTableView*>(QStringLiteral("alertTable")); }
    QPushButton* button(const char* name) const { return m_page->findChild<QPushButton*>(QString::fromLatin1(name)); }
    QString label(const char* name) const { return m_page->findChild<QLabel*>(QString::fromLatin1(name))->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::EngineHost> m_host;
    std::unique_ptr<ui::AnomaliesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAnomaliesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_host = std::make_unique<app::EngineHost>(optionsIn(*m_dir));
}

void TestAnomaliesPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    if (m_host) {
        m_host->stop();
    }
    m_host.reset();
    m_dir.reset();
}

void TestAnomaliesPage::showPage()
{
    m_page = std::make_unique<ui::AnomaliesPage>(m_host.get());
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(table()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAnomaliesPage::select(quint64 id)
{
    auto* model = static_cast<ui::AlertTableModel*>(table()->model());
    const int row = model->rowOf(QString(), id);
    QVERIFY(row >= 0);
    table()->setFocus();
    table()->selectionModel()->setCurrentIndex(model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_page->selectedAlert(), std::optional<quint64>(id));
}

void TestAnomaliesPage::listsAlertsNewestFirstAndFilters()
{
    showPage();
    QVERIFY(!table()->isVisible());  // nothing yet: the page says so instead of an empty table
    m_page->apply(snapshotWith(threeAlerts()));
    QAbstractItemModel* model = table()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QVERIFY(table()->isVisible());
    using Col = ui::AlertTableModel;
    QCOMPARE(model->index(0, Col::KindColumn).data().toString(), QStringLiteral("New-key flood"));
    QCOMPARE(model->index(1, Col::KindColumn).data().toString(), QStringLiteral("Route stuffing"));
    QCOMPARE(model->index(2, Col::KindColumn).data().toString(), QStringLiteral("Spike"));
    QCOMPARE(model->index(1, Col::MetricColumn).data().toString(), QStringLiteral("Requests to /login"));
    QCOMPARE(model->index(1, Col::StateColumn).data().toString(), QStringLiteral("Acknowledged"));
    QCOMPARE(model->index(1, Col::StateColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Acknowledged by alice"));
    QCOMPARE(model->index(2, Col::ConfidenceColumn).data().toString(), QStringLiteral("95.0 %"));
    QCOMPARE(model->index(2, Col::ValueColumn).data().toString(), QStringLiteral("400 (expected 100)"));
    QCOMPARE(model->index(2, Col::DurationColumn).data().toString(), QStringLiteral("3 min 0 s"));
    QVERIFY(model->index(0, Col::DurationColumn).data().toString().endsWith(QStringLiteral("ongoing")));
    QVERIFY(model->index(2, Col::ResponseColumn).data().toString().contains(QStringLiteral("2 key(s) lowered")));
    QCOMPARE(model->index(0, Col::ResponseColumn).data().toString(), QStringLiteral("None"));
    QCOMPARE(label("anomalySummary"),
             QStringLiteral("2 open alert(s) · baselines have 2.5 of the 7 days that seasonal alerts wait for"));

    auto* kind = m_page->findChild<QComboBox*>(QStringLiteral("alertKindFilter"));
    auto* state = m_page->findChild<QComboBox*>(QStringLiteral("alertStateFilter"));
    auto* confidence = m_page->findChild<QComboBox*>(QStringLiteral("alertConfidenceFilter"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(engine::AnomalyKind::RouteStuffing)));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, Col::MetricColumn).data().toString(), QStringLiteral("Requests to /login"));
    kind->setCurrentIndex(0);
    state->setCurrentIndex(state->findData(static_cast<int>(engine::AlertState::Open)));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, Col::KindColumn).data().toString(), QStringLiteral("New-key flood"));
    state->setCurrentIndex(0);
    confidence->setCurrentIndex(confidence->findData(0.8));
    QCOMPARE(model->rowCount(), 2);
    // Filters that leave nothing say so rather than showing an empty table.
    state->setCurrentIndex(state->findData(static_cast<int>(engine::AlertState::Open)));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!table()->isVisible());
    QCOMPARE(label("noAlerts"), QStringLiteral("No alerts match the filters."));
}

void TestAnomaliesPage::waitsForTheEngineWithoutAView()
{
    showPage();
    QCOMPARE(label("anomalySummary"), QStringLiteral("Waiting for the engine…"));
    // Before the monitor fills its first view, a snapshot carries none.
    m_page->apply(snapshotWith(nullptr));
    QCOMPARE(label("anomalySummary"), QStringLiteral("Waiting for the first report of anomaly detection…"));
    QCOMPARE(label("noAlerts"), QStringLiteral("No alerts so far."));
    auto* chart = m_page->findChild<ui::AnomalyChart*>();
    QVERIFY(chart->valuePoints().isEmpty());
    QVERIFY(!button("acknowledgeAlertButton")->isEnabled());
    m_page->apply(snapshotWith(std::make_shared<engine::AnomalyView>()));
    QCOMPARE(label("anomalySummary"), QStringLiteral("Anomaly detection is off: its feature gate is closed."));
}

void TestAnomaliesPage::buttonsFollowTheAlertsState()
{
    showPage();
    m_page->apply(snapshotWith(threeAlerts()));
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    auto* acknowledge = button("acknowledgeAlertButton");
    auto* resolve = button("resolveAlertButton");
    auto* undo = button("undoResponseButton");
    QVERIFY(!acknowledge->isEnabled() && !resolve->isEnabled() && !undo->isEnabled());  // nothing chosen

    select(3);  // open, nothing done about it
    QVERIFY(acknowledge->isEnabled() && resolve->isEnabled() && !undo->isEnabled());
    QCOMPARE(label("alertState"), QStringLiteral("Open"));
    QCOMPARE(label("alertResponse"), QStringLiteral("None"));
    select(2);  // acknowledged, its throttle still raised
    QVERIFY(!acknowledge->isEnabled() && resolve->isEnabled() && undo->isEnabled());
    QVERIFY(label("alertState").startsWith(QStringLiteral("Acknowledged by alice at ")));
    select(1);  // resolved on its own; its response can still be taken back
    QVERIFY(!acknowledge->isEnabled() && !resolve->isEnabled() && undo->isEnabled());
    QVERIFY(label("alertState").startsWith(QStringLiteral("Resolved automatically at ")));
    QVERIFY(label("alertResponse").contains(QStringLiteral("Reputation of 2 key(s) lowered by 10 points")));

    // An admin undid it: the engine's next view says so, and the button follows with the selection kept.
    auto view = threeAlerts();
    view->alerts[2].response.undone = true;
    view->alerts[2].response.undoneBy = "bob";
    m_page->apply(snapshotWith(view));
    QTRY_VERIFY(!undo->isEnabled());
    QCOMPARE(m_page->selectedAlert(), std::optional<quint64>(1));
    QVERIFY(label("alertResponse").contains(QStringLiteral("Undone by bob")));
}

void TestAnomaliesPage::acknowledgeAndSettingsReachTheEngine()
{
    QSignalSpy started(m_host.get(), &app::EngineHost::started);
    m_host->start();
    QVERIFY(started.wait(10000));
    showPage();
    m_page->apply(snapshotWith(threeAlerts()));
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    select(3);

    // The engine never raised this hand-made alert, so it refuses it, and the page shows the engine's words.
    QSignalSpy finished(m_host.get(), &ui::EngineClient::commandFinished);
    button("acknowledgeAlertButton")->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.at(0).at(1).toBool());
    auto* status = m_page->findChild<QLabel*>(QStringLiteral("alertCommandStatus"));
    QTRY_VERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("The engine refused: %1").arg(finished.at(0).at(2).toString()));

    m_page->openSettings();
    auto* dialog = m_page->findChild<ui::AnomalySettingsDialog*>(QStringLiteral("anomalySettingsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->loaded());  // starts from the settings in force
    auto* threshold = dialog->findChild<QSpinBox*>(QStringLiteral("alertThreshold"));
    QCOMPARE(threshold->value(), 80);
    threshold->setValue(90);
    QCOMPARE(dialog->config().alertThreshold, 0.9);
    finished.clear();
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QTRY_COMPARE(status->text(), QStringLiteral("Anomaly detection settings saved."));
}

void TestAnomaliesPage::chartShowsTheBandAndWhereAlertsFired()
{
    showPage();
    m_page->apply(snapshotWith(threeAlerts()));
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    auto* chart = m_page->findChild<ui::AnomalyChart*>();
    // No alert chosen: the request rate, with the spike's marker where it fired.
    QVERIFY(label("anomalyChartHeading").startsWith(QStringLiteral("Requests ")));
    QCOMPARE(chart->bandUpperPoints().size(), kSamples);
    QCOMPARE(chart->bandUpperPoints().first().y(), 130.0);  // expected 100 + 3 x 10
    QCOMPARE(chart->bandLowerPoints().first().y(), 70.0);
    QCOMPARE(chart->markerPoints().size(), 1);
    QCOMPARE(chart->markerPoints().first().y(), 400.0);
    const QList<QPointF> values = chart->valuePoints();
    QVERIFY(std::any_of(values.begin(), values.end(), [](const QPointF& p) { return p.y() == 400.0; }));

    select(2);
    QCOMPARE(label("anomalyChartHeading"), QStringLiteral("Requests to /login against its expected band"));
    QCOMPARE(chart->markerPoints().size(), 1);
    QCOMPARE(chart->markerPoints().first().y(), 900.0);
    // The marker sits where the alert started, on the chart's time axis (x = seconds before the newest).
    const double startX = static_cast<double>(minute(54) - minute(kSamples)) / engine::kNsPerSec;
    QCOMPARE(chart->markerPoints().first().x(), startX);
    QVERIFY(chart->accessibleDescription().contains(QStringLiteral("1 alert(s)")));
}

void TestAnomaliesPage::unreadCountAppearsAndClears()
{
    ui::MainWindow window(m_host.get());
    window.resize(1024, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int index = window.pageIndex(QStringLiteral("anomalies"));
    QVERIFY(index >= 0);
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->item(index)->text(), QStringLiteral("Anomalies"));

    // The host is not started: these are the only snapshots, delivered as the engine delivers its own.
    emit m_host->snapshotReady(snapshotWith(threeAlerts()));
    QTRY_COMPARE(sidebar->item(index)->text(), QStringLiteral("Anomalies (3)"));
    QCOMPARE(sidebar->item(index)->toolTip(), QStringLiteral("3 new since you last looked"));

    window.setCurrentPageId(QStringLiteral("anomalies"));
    QTRY_COMPARE(sidebar->item(index)->text(), QStringLiteral("Anomalies"));
    QVERIFY(sidebar->item(index)->toolTip().isEmpty());

    // Seen while shown: a new alert then is no news.
    auto view = threeAlerts();
    engine::AnomalyAlert fourth = view->alerts.front();
    fourth.id = 4;
    view->alerts.insert(view->alerts.begin(), fourth);
    emit m_host->snapshotReady(snapshotWith(view));
    QCOMPARE(sidebar->item(index)->text(), QStringLiteral("Anomalies"));

    window.setCurrentPageId(QStringLiteral("overview"));
    auto later = std::make_shared<engine::AnomalyView>(*view);
    fourth.id = 5;
    later->alerts.insert(later->alerts.begin(), fourth);
    emit m_host->snapshotReady(snapshotWith(later));
    QTRY_COMPARE(sidebar->item(index)->text(), QStringLiteral("Anomalies (1)"));
    // The same view again (republished unchanged) adds nothing.
    emit m_host->snapshotReady(snapshotWith(later));
    QCOMPARE(sidebar->item(index)->text(), QStringLiteral("Anomalies (1)"));
    // Many: the entry keeps its width, the tooltip has the number.
    auto many = std::make_shared<engine::AnomalyView>(*later);
    for (quint64 id = 6; id < 18; ++id) {
        fourth.id = id;
        many->alerts.insert(many->alerts.begin(), fourth);
    }
    emit m_host->snapshotReady(snapshotWith(many));
    QTRY_COMPARE(sidebar->item(index)->text(), QStringLiteral("Anomalies (9+)"));
    QCOMPARE(sidebar->item(index)->toolTip(), QStringLiteral("13 new since you last looked"));
}

void TestAnomaliesPage::affectedKeyOpensItsReputationDetails()
{
    ui::MainWindow window(m_host.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    emit m_host->snapshotReady(snapshotWith(threeAlerts()));
    window.setCurrentPageId(QStringLiteral("anomalies"));
    auto* page = window.findChild<ui::AnomaliesPage*>();
    auto* alerts = page->findChild<QTableView*>(QStringLiteral("alertTable"));
    QTRY_COMPARE(alerts->model()->rowCount(), 3);
    alerts->selectionModel()->setCurrentIndex(alerts->model()->index(1, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto* keys = page->findChild<QListWidget*>(QStringLiteral("affectedKeys"));
    QTRY_VERIFY(keys->isVisible());
    QCOMPARE(keys->count(), 2);
    QCOMPARE(keys->item(0)->text(), QStringLiteral("bot-7 · 420 request(s)"));

    const QRect first = keys->visualItemRect(keys->item(0));
    QTest::mouseClick(keys->viewport(), Qt::LeftButton, {}, first.center());
    QTRY_COMPARE(window.pageId(window.currentPage()), QStringLiteral("reputation"));
    auto* detail = window.pageWidget(window.currentPage())->findChild<ui::KeyDetailPane*>();
    QVERIFY(detail && detail->isVisible());
    QCOMPARE(detail->key(), QStringLiteral("bot-7"));
}

void TestAnomaliesPage::readOnlyConsoleDisablesTheActions()
{
    ReadOnlyClient client;
    ui::AnomaliesPage page(&client);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.apply(snapshotWith(threeAlerts()));
    auto* alerts = page.findChild<QTableView*>(QStringLiteral("alertTable"));
    QTRY_COMPARE(alerts->model()->rowCount(), 3);
    alerts->selectionModel()->setCurrentIndex(alerts->model()->index(0, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (const char* name :
         {"acknowledgeAlertButton", "resolveAlertButton", "undoResponseButton", "anomalySettingsButton"}) {
        auto* b = page.findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(!b->isEnabled(), name);
        QCOMPARE(b->toolTip(), ui::readOnlyExplanation());
        QVERIFY(page.adminControls().contains(b));
    }
}

QTEST_MAIN(TestAnomaliesPage)
#include "tst_anomalies_page.moc"
