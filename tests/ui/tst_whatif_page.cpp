// SPDX-License-Identifier: Apache-2.0
// The What-if page: it starts B from the configuration in force, runs A and B for real (two engines on the same
// simulated traffic, off the UI thread) with progress and cancel, shows the verdict, the figures and both
// timelines, saves the report, and applies B only after a confirmation (never in a read-only console).
// SLUICE_TEST_SHOTS=DIR also writes the window at 1024x640 and 1440x900 in English and German to
// DIR/whatif-LANG[-large].png, to be looked at.
#include "AdminControls.h"
#include "EngineClient.h"
#include "MainWindow.h"
#include "Translations.h"
#include "pages/whatif/FaultTable.h"
#include "pages/whatif/LogTrafficDialog.h"
#include "pages/whatif/PolicyTable.h"
#include "pages/whatif/SettingsTable.h"
#include "pages/whatif/WhatIfAnswer.h"
#include "pages/whatif/WhatIfChart.h"
#include "pages/whatif/WhatIfPage.h"

#include "sim/ScenarioLoader.h"
#include "snapshot/Snapshot.h"

#include <nlohmann/json.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sluice;

namespace {

// The console's engine as the page sees it: it answers the question for the configuration in force (ddos-wave's,
// as a console running that scenario has it) and records the commands it is sent.
class ConfigClient final : public ui::EngineClient {
public:
    std::vector<engine::Command> commands;
    engine::EngineConfig config;
    engine::VipSetup vip;  // the live VIP tiers and assignments
    bool readOnlyConsole = false;

    ConfigClient()
    {
        const auto scenario = engine::sim::builtinScenario("ddos-wave");
        if (!scenario || engine::sim::applyEngineConfig(*scenario, config)) {
            qFatal("ddos-wave is missing");
        }
    }
    quint64 sendCommand(engine::Command command) override
    {
        commands.push_back(std::move(command));
        const quint64 id = ++m_next;
        QMetaObject::invokeMethod(
            this, [this, id] { emit commandFinished(id, true, {}); }, Qt::QueuedConnection);
        return id;
    }
    quint64 ask(ui::EngineQuery query) override
    {
        const quint64 id = ++m_next;
        ui::EngineAnswer answer = std::visit(
            [this](const auto& q) -> ui::EngineAnswer {
                using Q = std::decay_t<decltype(q)>;
                if constexpr (std::is_same_v<Q, ui::EngineConfigQuery>) {
                    return ui::AnswerTo<Q>{config};
                } else if constexpr (std::is_same_v<Q, ui::VipSetupQuery>) {
                    return ui::AnswerTo<Q>{vip};
                } else {
                    return ui::AnswerTo<Q>{};
                }
            },
            query);
        QMetaObject::invokeMethod(
            this, [this, id, answer] { emit answered(id, answer); }, Qt::QueuedConnection);
        return id;
    }
    QString databasePath() const override { return {}; }
    QList<engine::SourceState> sources() const override { return {}; }
    void controlSource(const QString&, const engine::SourceControl&) override {}
    bool readOnly() const override { return readOnlyConsole; }

private:
    quint64 m_next = 0;
};

engine::SnapshotPtr aSnapshot()
{
    auto s = std::make_shared<engine::Snapshot>();
    s->at = 1'767'618'000LL * engine::kNsPerSec;
    s->anomaly = std::make_shared<engine::AnomalyView>();
    s->flags = std::make_shared<engine::FlagsView>();
    return s;
}

QString figure(const ui::WhatIfAnswer& answer, const QString& row, int column)
{
    const QTableWidget* t = answer.figures();
    for (int r = 0; r < t->rowCount(); ++r) {
        // A key's row also gives its requests: "Denied, key alice (12 requests)".
        const QString text = t->item(r, 0) != nullptr ? t->item(r, 0)->text() : QString();
        if (text == row ||
            (row.startsWith(QStringLiteral("Denied, key ")) && text.startsWith(row + QStringLiteral(" (")))) {
            return t->item(r, column + 1)->text();
        }
    }
    return {};
}

// Every row's label (the test runs without a catalogue: plurals read "request(s)").
QStringList figureLabels(const ui::WhatIfAnswer& answer)
{
    QStringList out;
    const QTableWidget* t = answer.figures();
    for (int r = 0; r < t->rowCount(); ++r) {
        out << (t->item(r, 0) != nullptr ? t->item(r, 0)->text() : QString());
    }
    return out;
}

}  // namespace

class TestWhatIfPage final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void bStartsAsTheConfigurationInForce();
    void aRunComparesBothOnTheSameTraffic();
    void aLongRunShowsProgressAndCanBeCancelled();
    void applyingBAsksFirstThenSendsBsLimits();
    void aReadOnlyConsoleCannotApplyB();
    void bsReputationSettingsChangeTheAnswer();
    void bsAnomalyAndFlagSettingsAreComparedAndApplied();
    void theReportIsSavedAsJsonPdfAndHtml();
    void runsAScenarioFileAndReplaysALog();
    void aLogIsReadAsTheDialogSays();
    void bsVipTiersAreComparedAndApplied();
    void shots();

private:
    ui::WhatIfPage* showPage(ui::MainWindow& window);
    void runTenMinutes(ui::WhatIfPage& page);

    std::unique_ptr<ConfigClient> m_client;
};

void TestWhatIfPage::init() { m_client = std::make_unique<ConfigClient>(); }

ui::WhatIfPage* TestWhatIfPage::showPage(ui::MainWindow& window)
{
    window.resize(1024, 640);
    window.show();
    window.setCurrentPageId(QStringLiteral("whatif"));
    emit m_client->snapshotReady(aSnapshot());
    auto* page = window.findChild<ui::WhatIfPage*>();
    // B starts once the engine answered the question for the configuration in force.
    const bool filled = page != nullptr && QTest::qWaitFor([page] { return page->policyTable()->rowCount() > 0; });
    return filled ? page : nullptr;
}

void TestWhatIfPage::runTenMinutes(ui::WhatIfPage& page)
{
    page.durationBox()->setCurrentIndex(0);  // 10 minutes
    QSignalSpy finished(&page, &ui::WhatIfPage::runFinished);
    page.run();
    QVERIFY(page.running());
    QVERIFY(finished.wait(120000));
}

void TestWhatIfPage::bStartsAsTheConfigurationInForce()
{
    ui::MainWindow window(m_client.get());
    ui::WhatIfPage* page = showPage(window);
    QVERIFY(page != nullptr);
    QString error;
    const auto policies = page->policyTable()->policies(error);
    QVERIFY2(policies, qPrintable(error));
    QCOMPARE(policies->size(), m_client->config.policies.size());
    for (std::size_t i = 0; i < policies->size(); ++i) {
        QCOMPARE((*policies)[i].route, m_client->config.policies[i].route);
        QCOMPARE((*policies)[i].limit, m_client->config.policies[i].limit);
        QCOMPARE((*policies)[i].burst, m_client->config.policies[i].burst);
    }
    // Nothing to save or apply before a run.
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("whatIfSave"))->isEnabled());
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("whatIfApply"))->isEnabled());
}

void TestWhatIfPage::aRunComparesBothOnTheSameTraffic()
{
    ui::MainWindow window(m_client.get());
    ui::WhatIfPage* page = showPage(window);
    QVERIFY(page != nullptr);
    page->policyTable()->setValue(0, 1, 30);  // B: a tenth of the default limit
    runTenMinutes(*page);
    QVERIFY(page->hasResult());
    const ui::WhatIfAnswer& answer = *page->answer();
    QVERIFY2(answer.verdictText().contains(QStringLiteral("legitimate requests denied")),
             qPrintable(answer.verdictText()));
    const QString legitimate = QStringLiteral("Legitimate requests denied");
    const double a = QLocale().toDouble(figure(answer, legitimate, 0).remove(QStringLiteral(" %")));
    const double b = QLocale().toDouble(figure(answer, legitimate, 1).remove(QStringLiteral(" %")));
    QVERIFY2(b > a, qPrintable(QStringLiteral("A %1, B %2").arg(a).arg(b)));
    QCOMPARE(answer.chart()->pointCount(), 600);  // ten minutes, a point a second
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("whatIfSave"))->isEnabled());
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("whatIfApply"))->isEnabled());
    QVERIFY(page->status().contains(QStringLiteral("requests judged by each configuration")));
}

void TestWhatIfPage::aLongRunShowsProgressAndCanBeCancelled()
{
    ui::MainWindow window(m_client.get());
    ui::WhatIfPage* page = showPage(window);
    QVERIFY(page != nullptr);
    page->durationBox()->setCurrentIndex(page->durationBox()->count() - 1);  // a day: longer than the test waits
    QSignalSpy finished(page, &ui::WhatIfPage::runFinished);
    page->run();
    auto* progress = window.findChild<QProgressBar*>(QStringLiteral("whatIfProgress"));
    QVERIFY(progress != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000);  // the UI thread is free to show it
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("whatIfCancel"))->isEnabled());
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("whatIfRun"))->isEnabled());
    window.findChild<QPushButton*>(QStringLiteral("whatIfCancel"))->click();
    QVERIFY(finished.wait(30000));
    QVERIFY(!page->hasResult());
    QVERIFY(page->answer()->verdictText().startsWith(QStringLiteral("Cancelled")));
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("whatIfSave"))->isEnabled());
    QVERIFY(window.findChild<QPushButton*>(QStringLiteral("whatIfRun"))->isEnabled());
}

void TestWhatIfPage::applyingBAsksFirstThenSendsBsLimits()
{
    ui::MainWindow window(m_client.get());
    ui::WhatIfPage* page = showPage(window);
    QVERIFY(page != nullptr);
    page->policyTable()->setValue(0, 1, 150);
    runTenMinutes(*page);
    // Edits after the run do not sneak into what is applied: B is what was compared.
    page->policyTable()->setValue(0, 1, 7);
    window.findChild<QPushButton*>(QStringLiteral("whatIfApply"))->click();
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = page->findChild<QMessageBox*>(QStringLiteral("whatIfApplyConfirm"))) != nullptr);
    QVERIFY(m_client->commands.empty());  // nothing before the confirmation
    confirm->button(QMessageBox::Apply)->click();
    QCOMPARE(m_client->commands.size(), std::size_t{1});
    const auto* set = std::get_if<engine::cmd::SetPolicies>(&m_client->commands.back());
    QVERIFY(set != nullptr);
    QCOMPARE(set->policies.front().limit, 150u);
    QCOMPARE(set->policies.size(), m_client->config.policies.size());
    QTRY_VERIFY(page->status().contains(QStringLiteral("in force now")));

    // B's reputation and throttle settings: a changed section goes with the limits, as its own audited command.
    m_client->commands.clear();
    const int flagged = page->settingsTable()->rowOf(QStringLiteral("Flagged keys: limit ×"));
    const int cooldown = page->settingsTable()->rowOf(QStringLiteral("Throttle cooldown (s)"));
    QVERIFY(flagged >= 0 && cooldown >= 0);
    page->settingsTable()->setValue(flagged, 2.0);
    runTenMinutes(*page);
    window.findChild<QPushButton*>(QStringLiteral("whatIfApply"))->click();
    QTRY_VERIFY((confirm = page->findChild<QMessageBox*>(QStringLiteral("whatIfApplyConfirm"))) != nullptr);
    confirm->button(QMessageBox::Apply)->click();
    QCOMPARE(m_client->commands.size(), std::size_t{2});  // limits and reputation; the throttle did not change
    const auto* reputation = std::get_if<engine::cmd::SetReputationConfig>(&m_client->commands.back());
    QVERIFY(reputation != nullptr);
    QCOMPARE(reputation->config.tierMultipliers[0], 2.0);
    QCOMPARE(reputation->config.tierMultipliers[1], m_client->config.reputation.tierMultipliers[1]);
    QTRY_VERIFY(page->status().contains(QStringLiteral("in force now")));
}

void TestWhatIfPage::bsReputationSettingsChangeTheAnswer()
{
    ui::MainWindow window(m_client.get());
    ui::WhatIfPage* page = showPage(window);
    QVERIFY(page != nullptr);
    runTenMinutes(*page);
    const QString row = QStringLiteral("Denied, Standard keys");
    const QString deniedA = figure(*page->answer(), row, 0);
    QCOMPARE(figure(*page->answer(), row, 1), deniedA);  // A against A
    // Standard keys get half their limit: B denies them more.
    page->settingsTable()->setValue(page->settingsTable()->rowOf(QStringLiteral("Standard keys: limit ×")), 0.5);
    runTenMinutes(*page);
    const auto number = [](const QString& text) { return QLocale().toDouble(text); };
    QCOMPARE(figure(*page->answer(), row, 0), deniedA);
    QVERIFY2(number(figure(*page->answer(), row, 1)) > number(deniedA),
             qPrintable(deniedA + QStringLiteral(" → ") + figure(*page->answer(), row, 1)));
    // A value the engine refuses is named before anything runs.
    page->settingsTable()->setValue(page->settingsTable()->rowOf(QStringLiteral("Flagged below score")), 90);
    page->run();
    QVERIFY2(page->status().startsWith(QStringLiteral("B cannot be run:")), qPrintable(page->status()));
    QVERIFY(!page->running());
}

void TestWhatIfPage::bsAnomalyAndFlagSettingsAreComparedAndApplied()
{
    ui::MainWindow window(m_client.get());
    ui::WhatIfPage* page = showPage(window);
    QVERIFY(page != nullptr);
    ui::SettingsTable* settings = page->settingsTable();
    // A's flags decide the flag rows: the three built-in ones, each with its rollout.
    for (const char* flag : {"reputation_system", "adaptive_limiting", "anomaly_detection"}) {
        QVERIFY2(settings->rowOf(QStringLiteral("Flag %1: rollout %").arg(QLatin1String(flag))) >= 0, flag);
    }
    // B switches every detector off: the ddos wave that A alerts on raises nothing in B.
    int detectors = 0;
    for (int row = 0; row < settings->rowCount(); ++row) {
        if (settings->item(row, 0)->text().startsWith(QStringLiteral("Sensitivity: "))) {
            settings->setValue(row, 0);
            ++detectors;
        }
    }
    QCOMPARE(detectors, engine::kAnomalyKindCount);
    settings->setValue(settings->rowOf(QStringLiteral("Flag reputation_system: rollout %")), 40);
    QVERIFY(settings->changed(ui::SettingsTable::Part::Anomaly));
    QVERIFY(!settings->changed(ui::SettingsTable::Part::Reputation));
    // The first ddos wave comes ten minutes in.
    page->durationBox()->setCurrentIndex(1);  // 30 minutes
    QSignalSpy finished(page, &ui::WhatIfPage::runFinished);
    page->run();
    QVERIFY(finished.wait(240000));
    QVERIFY(page->hasResult());
    QVERIFY2(QLocale().toInt(figure(*page->answer(), QStringLiteral("Alerts raised"), 0)) > 0,
             qPrintable(figure(*page->answer(), QStringLiteral("Alerts raised"), 0)));
    QCOMPARE(figure(*page->answer(), QStringLiteral("Alerts raised"), 1), QStringLiteral("0"));

    // Applied: the limits, the anomaly settings and the flag's rollout, each its own audited command.
    window.findChild<QPushButton*>(QStringLiteral("whatIfApply"))->click();
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = page->findChild<QMessageBox*>(QStringLiteral("whatIfApplyConfirm"))) != nullptr);
    confirm->button(QMessageBox::Apply)->click();
    QCOMPARE(m_client->commands.size(), std::size_t{3});
    QVERIFY(std::holds_alternative<engine::cmd::SetPolicies>(m_client->commands[0]));
    const auto* anomaly = std::get_if<engine::cmd::SetAnomalyConfig>(&m_client->commands[1]);
    QVERIFY(anomaly != nullptr);
    for (const double sensitivity : anomaly->config.sensitivity) {
        QCOMPARE(sensitivity, 0.0);
    }
    QCOMPARE(anomaly->config.alertThreshold, m_client->config.anomaly.alertThreshold);
    const auto* rollout = std::get_if<engine::cmd::SetFlagRollout>(&m_client->commands[2]);
    QVERIFY(rollout != nullptr);
    QCOMPARE(rollout->name, std::string("reputation_system"));
    QCOMPARE(rollout->percent, 40);
    QVERIFY(!rollout->actor.empty());
    QTRY_VERIFY(page->status().contains(QStringLiteral("in force now")));
}

void TestWhatIfPage::aReadOnlyConsoleCannotApplyB()
{
    m_client->readOnlyConsole = true;
    ui::MainWindow window(m_client.get());
    ui::WhatIfPage* page = showPage(window);
    QVERIFY(page != nullptr);
    runTenMinutes(*page);
    auto* apply = window.findChild<QPushButton*>(QStringLiteral("whatIfApply"));
    QVERIFY(!apply->isEnabled());
    QVERIFY(apply->toolTip().contains(QStringLiteral("read-only")));
    page->applyB();
    QVERIFY(page->findChild<QMessageBox*>(QStringLiteral("whatIfApplyConfirm")) == nullptr);
    QVERIFY(m_client->commands.empty());
    // Running a comparison changes nothing, so it stays available.
    QVERIFY(page->hasResult());
}

void TestWhatIfPage::theReportIsSavedAsJsonPdfAndHtml()
{
    ui::MainWindow window(m_client.get());
    ui::WhatIfPage* page = showPage(window);
    QVERIFY(page != nullptr);
    engine::sim::Fault outage;
    outage.kind = engine::sim::FaultKind::Outage;
    outage.atS = 120;
    outage.durationS = 240;
    outage.value = 2000;
    page->faultTable()->addFault(outage);
    runTenMinutes(*page);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("whatif.json"));
    QSignalSpy saved(page, &ui::WhatIfPage::reportSaved);
    page->saveReport(path);
    QVERIFY(saved.wait(30000));
    QVERIFY(saved.front().front().toBool());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto doc = nlohmann::json::parse(f.readAll().toStdString());
    QCOMPARE(doc["scenario"].get<std::string>(), std::string("ddos-wave"));
    QCOMPARE(doc["simulated_seconds"].get<int>(), 600);
    QCOMPARE(doc["faults"].size(), std::size_t{1});
    QCOMPARE(doc["faults"][0]["kind"].get<std::string>(), std::string("outage"));
    QCOMPARE(doc["faults"][0]["at_s"].get<int>(), 120);
    // The outage made the throttle react in both runs.
    QVERIFY(doc["sides"]["a"]["figures"]["seconds_in_throttle_level"]["none"].get<double>() < 600);
    // As a PDF and an HTML page: the same figures, for people.
    saved.clear();
    page->saveReport(dir.filePath(QStringLiteral("whatif.html")));
    QVERIFY(saved.wait(30000));
    QVERIFY(saved.front().front().toBool());
    QFile html(dir.filePath(QStringLiteral("whatif.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray page_ = html.readAll();
    QVERIFY(page_.contains("Legitimate requests denied"));
    QCOMPARE(page_.count("<svg"), 1);
    saved.clear();
    page->saveReport(dir.filePath(QStringLiteral("whatif.pdf")));
    QVERIFY(saved.wait(30000));
    QVERIFY(saved.front().front().toBool());
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("whatif.pdf"))).size() > 1000);
    // A path that cannot be written leaves a message and no file.
    saved.clear();
    page->saveReport(dir.filePath(QStringLiteral("missing/whatif.json")));
    QVERIFY(saved.wait(30000));
    QVERIFY(!saved.front().front().toBool());
    QVERIFY(page->status().contains(QStringLiteral("Could not save")));
}

void TestWhatIfPage::runsAScenarioFileAndReplaysALog()
{
    ui::MainWindow window(m_client.get());
    ui::WhatIfPage* page = showPage(window);
    QVERIFY(page != nullptr);
    QTRY_VERIFY(page->policyTable()->rowCount() > 0);
    QTemporaryDir dir;
    // A scenario file: a built-in one copied out, read on the run's thread.
    const QString scenario = dir.filePath(QStringLiteral("mine.json"));
    QVERIFY(QFile::copy(QStringLiteral(SLUICE_SOURCE_DIR "/resources/scenarios/flash-crowd.json"), scenario));
    page->useTrafficFile(ui::WhatIfPage::TrafficFile::Scenario, scenario);
    QCOMPARE(page->scenarioBox()->currentText(), QStringLiteral("mine.json"));
    page->durationBox()->setCurrentIndex(0);
    QSignalSpy finished(page, &ui::WhatIfPage::runFinished);
    page->run();
    QVERIFY(finished.wait(60000));
    QVERIFY2(page->hasResult(), qPrintable(page->answer()->verdictText()));
    // An access log: its requests at their own times, compared by key; no duration, seed or faults apply.
    const QString log = dir.filePath(QStringLiteral("access.log"));
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int sec = 0; sec < 300; ++sec) {
            const QString line = QStringLiteral("10.0.0.%1 - - [30/Nov/2026:12:%2:%3 +0000] \"GET / HTTP/1.1\" 200 1 "
                                                "\"-\" \"t\"\n")
                                     .arg(sec % 3 == 0 ? 1 : 2)
                                     .arg(sec / 60, 2, 10, QLatin1Char('0'))
                                     .arg(sec % 60, 2, 10, QLatin1Char('0'));
            file.write(line.toUtf8());
        }
    }
    page->useTrafficFile(ui::WhatIfPage::TrafficFile::Log, log);
    QVERIFY(!page->durationBox()->isEnabled());
    page->policyTable()->setValue(0, 1, 1);  // B: one request a period on the default policy
    finished.clear();
    page->run();
    QVERIFY(finished.wait(60000));
    QVERIFY(page->hasResult());
    const QString verdict = page->answer()->verdictText();
    QVERIFY2(verdict.startsWith(QStringLiteral("Replayed log:")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("; 2 key")) && verdict.contains(QStringLiteral(" of 2 are denied")),
             qPrintable(verdict));
    // The keys treated differently are rows of the figures: A allowed every request, B denied some of both.
    QCOMPARE(figure(*page->answer(), QStringLiteral("Denied, key 10.0.0.1"), 0), QStringLiteral("0"));
    QVERIFY(QLocale().toInt(figure(*page->answer(), QStringLiteral("Denied, key 10.0.0.2"), 1)) > 0);
    // Each key's row gives its requests: 10.0.0.1 sent every third line of the 300.
    QVERIFY(figureLabels(*page->answer()).contains(QStringLiteral("Denied, key 10.0.0.1 (100 request(s))")));
    QVERIFY(figureLabels(*page->answer()).contains(QStringLiteral("Denied, key 10.0.0.2 (200 request(s))")));
    // A file that is no scenario ends the run with the reason, and the console goes on.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"name\": 5}");
    }
    page->useTrafficFile(ui::WhatIfPage::TrafficFile::Scenario, broken);
    finished.clear();
    page->run();
    QVERIFY(finished.wait(60000));
    QVERIFY(!page->hasResult());
    QVERIFY2(page->answer()->verdictText().contains(QStringLiteral("broken.json")),
             qPrintable(page->answer()->verdictText()));
}

void TestWhatIfPage::aLogIsReadAsTheDialogSays()
{
    ui::MainWindow window(m_client.get());
    ui::WhatIfPage* page = showPage(window);
    QVERIFY(page != nullptr);
    QTemporaryDir dir;
    // One address, two signed-in users: keyed by user, alice and bob are two keys; /api requests take the api route.
    const QString log = dir.filePath(QStringLiteral("users.log"));
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int sec = 0; sec < 120; ++sec) {
            for (const QString& user : {QStringLiteral("alice"), QStringLiteral("bob")}) {
                const QString line =
                    QStringLiteral("10.0.0.9 - %1 [30/Nov/2026:12:%2:%3 +0000] \"GET %4 HTTP/1.1\" 200 1 \"-\" \"t\"\n")
                        .arg(user)
                        .arg(sec / 60, 2, 10, QLatin1Char('0'))
                        .arg(sec % 60, 2, 10, QLatin1Char('0'))
                        .arg(sec % 2 == 0 ? QStringLiteral("/api/items") : QStringLiteral("/"));
                file.write(line.toUtf8());
            }
        }
    }
    // The dialog the traffic list opens: OK only for a reading that can be used, and why not.
    const int choose = page->scenarioBox()->findData(QStringLiteral("choose-log"));
    QVERIFY(choose >= 0);
    emit page->scenarioBox()->activated(choose);
    ui::LogTrafficDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::LogTrafficDialog*>()) != nullptr);
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());  // no file yet
    dialog->findChild<QLineEdit*>(QStringLiteral("logPath"))->setText(log);
    auto* key = dialog->findChild<QComboBox*>(QStringLiteral("logKey"));
    key->setCurrentIndex(key->findData(QStringLiteral("user")));
    auto* routes = dialog->findChild<QLineEdit*>(QStringLiteral("whatIfLogRoutes"));
    routes->setText(QStringLiteral("/api"));
    QVERIFY(!ok->isEnabled());
    const auto* problem = dialog->findChild<QLabel*>(QStringLiteral("whatIfLogProblem"));
    QVERIFY2(problem->text().contains(QStringLiteral("'/api' is not PREFIX=ROUTE")), qPrintable(problem->text()));
    routes->setText(QStringLiteral("/api=api"));
    QVERIFY2(ok->isEnabled(), qPrintable(problem->text()));
    ok->click();
    QCOMPARE(page->scenarioBox()->currentText(), QStringLiteral("users.log (combined, by user)"));
    QVERIFY(page->scenarioBox()->currentData(Qt::ToolTipRole).toString().contains(QStringLiteral("/api=api")));

    // A allows everything; B allows one request a period on every route: both users are denied more by B.
    const int rows = page->policyTable()->rowCount();
    for (int row = 0; row < rows; ++row) {
        page->policyTable()->setValue(row, 1, 1);
    }
    QSignalSpy finished(page, &ui::WhatIfPage::runFinished);
    page->run();
    QVERIFY(finished.wait(60000));
    QVERIFY2(page->hasResult(), qPrintable(page->answer()->verdictText() + page->status()));
    QVERIFY(QLocale().toInt(figure(*page->answer(), QStringLiteral("Denied, key alice"), 1)) > 0);
    QVERIFY(QLocale().toInt(figure(*page->answer(), QStringLiteral("Denied, key bob"), 1)) > 0);
    QVERIFY(figure(*page->answer(), QStringLiteral("Denied, key 10.0.0.9"), 1).isEmpty());
}

void TestWhatIfPage::bsVipTiersAreComparedAndApplied()
{
    // The live engine has a gold tier and one address in it; both runs get them, B with its own multiplier.
    m_client->vip.tiers = {engine::VipTier{"gold", 1.0}};
    m_client->vip.assignments = {engine::store::VipAssignment{"10.0.0.1", "gold", 0, "", "admin", 0}};
    m_client->config.policies = {engine::Policy{"", 120, engine::kNsPerMin, 20}};
    ui::MainWindow window(m_client.get());
    ui::WhatIfPage* page = showPage(window);
    QVERIFY(page != nullptr);
    ui::SettingsTable* settings = page->settingsTable();
    int gold = -1;
    QTRY_VERIFY((gold = settings->rowOf(QStringLiteral("VIP tier gold: limit ×"))) >= 0);
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("vip.log"));
    {
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int sec = 0; sec < 120; ++sec) {
            for (int i = 0; i < 4; ++i) {
                file.write(
                    QStringLiteral("10.0.0.1 - - [30/Nov/2026:12:%1:%2 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"t\"\n")
                        .arg(sec / 60, 2, 10, QLatin1Char('0'))
                        .arg(sec % 60, 2, 10, QLatin1Char('0'))
                        .toUtf8());
            }
        }
    }
    page->useTrafficFile(ui::WhatIfPage::TrafficFile::Log, log);
    // Four a second against two a second, tripled for gold in B only.
    settings->setValue(gold, 3.0);
    QVERIFY(settings->changed(ui::SettingsTable::Part::Vip));
    QSignalSpy finished(page, &ui::WhatIfPage::runFinished);
    page->run();
    QVERIFY(finished.wait(60000));
    QVERIFY2(page->hasResult(), qPrintable(page->answer()->verdictText() + page->status()));
    const int deniedA = QLocale().toInt(figure(*page->answer(), QStringLiteral("Denied, key 10.0.0.1"), 0));
    const int deniedB = QLocale().toInt(figure(*page->answer(), QStringLiteral("Denied, key 10.0.0.1"), 1));
    QVERIFY2(deniedA > 0 && deniedB < deniedA, qPrintable(QStringLiteral("%1 → %2").arg(deniedA).arg(deniedB)));

    window.findChild<QPushButton*>(QStringLiteral("whatIfApply"))->click();
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = page->findChild<QMessageBox*>(QStringLiteral("whatIfApplyConfirm"))) != nullptr);
    confirm->button(QMessageBox::Apply)->click();
    QCOMPARE(m_client->commands.size(), std::size_t{2});  // the limits and the tier
    const auto* tier = std::get_if<engine::cmd::PutVipTier>(&m_client->commands[1]);
    QVERIFY(tier != nullptr);
    QCOMPARE(tier->name, std::string("gold"));
    QCOMPARE(tier->multiplier, 3.0);
}

void TestWhatIfPage::shots()
{
    const QString dir = qEnvironmentVariable("SLUICE_TEST_SHOTS");
    if (dir.isEmpty()) {
        QSKIP("only with SLUICE_TEST_SHOTS");
    }
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        app::selectLanguage(language);
        app::installTranslations();
        ui::MainWindow window(m_client.get());
        ui::WhatIfPage* page = showPage(window);
        QVERIFY(page != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        page->policyTable()->setValue(0, 1, 120);
        engine::sim::Fault outage;
        outage.kind = engine::sim::FaultKind::Capacity;
        outage.atS = 900;
        outage.durationS = 600;
        outage.value = 0.4;
        page->faultTable()->addFault(outage);
        page->durationBox()->setCurrentIndex(1);  // 30 minutes: the first wave of the attack
        QSignalSpy finished(page, &ui::WhatIfPage::runFinished);
        page->run();
        QVERIFY(finished.wait(240000));
        QCoreApplication::sendPostedEvents();
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("whatif-%1.png").arg(language))));
        window.resize(1440, 900);
        QCoreApplication::sendPostedEvents();
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("whatif-%1-large.png").arg(language))));
        // B's reputation and throttle tab, one value changed, at the small size.
        window.resize(1024, 640);
        page->findChild<QTabWidget*>(QStringLiteral("whatIfBTabs"))->setCurrentIndex(1);
        page->settingsTable()->setValue(0, 1.0);
        QCoreApplication::sendPostedEvents();
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("whatif-%1-settings.png").arg(language))));
        // The anomaly and flag rows at the end of that tab, one rollout changed, and the log dialog.
        page->settingsTable()->setValue(page->settingsTable()->rowCount() - 1, 50);
        page->settingsTable()->scrollToBottom();
        emit page->scenarioBox()->activated(page->scenarioBox()->findData(QStringLiteral("choose-log")));
        QTRY_VERIFY(window.findChild<ui::LogTrafficDialog*>() != nullptr);
        QCoreApplication::sendPostedEvents();
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("whatif-%1-settings-end.png").arg(language))));
        auto* dialog = window.findChild<ui::LogTrafficDialog*>();
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("whatif-%1-log-dialog.png").arg(language))));
        dialog->reject();
    }
}

QTEST_MAIN(TestWhatIfPage)
#include "tst_whatif_page.moc"
