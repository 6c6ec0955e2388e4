// SPDX-License-Identifier: Apache-2.0
#include "EngineHost.h"
#include "MainWindow.h"
#include "widgets/KpiTile.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>

using namespace sluice;

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void overviewShowsLiveEngineFigures();
};

void TestMainWindow::overviewShowsLiveEngineFigures()
{
    QTemporaryDir dir;
    engine::RuntimeOptions o;
    o.databasePath = dir.filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    o.config.policies = {engine::Policy{"", 60, engine::kNsPerMin, 10}};
    app::EngineHost host(o);
    ui::MainWindow window(&host);
    window.show();
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));

    // Three keys; "greedy" sends 30 requests at once against a burst of 10.
    auto batch = std::make_unique<engine::RequestBatch>();
    batch->bytes.reserve(64);
    const auto now = host.clock().now();
    for (const char* key : {"alice", "bob", "greedy"}) {
        const std::string_view k = batch->store(key);
        const int count = std::string_view(key) == "greedy" ? 30 : 1;
        for (int i = 0; i < count; ++i) {
            engine::Request r;
            r.key = k;
            r.timestamp = now;
            batch->requests.push_back(r);
        }
    }
    QVERIFY(host.runtime()->submit(std::move(batch)));

    auto* active = window.findChild<ui::KpiTile*>(QStringLiteral("kpiActive"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("topDeniedTable"));
    QVERIFY(active && table && table->model());
    QTRY_COMPARE_WITH_TIMEOUT(active->value(), QStringLiteral("3"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("greedy"));
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("20"));
    auto* state = window.findChild<QLabel*>(QStringLiteral("engineState"));
    QVERIFY(state->text().contains(QStringLiteral("3")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
