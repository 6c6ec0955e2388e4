// SPDX-License-Identifier: Apache-2.0
#include "EngineHost.h"
#include "models/KeyTableModel.h"
#include "shard/EngineShards.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <memory>

using namespace sluice;

namespace {
// Sends `requestsFor(i)` requests at `at` for keys prefix + i, i in [0, count), in batches of ~100,000.
template <typename RequestsFor>
void feed(app::EngineHost& host, int count, const char* prefix, engine::TimeNs at, RequestsFor requestsFor)
{
    constexpr int kKeysPerBatch = 100'000;
    for (int first = 0; first < count; first += kKeysPerBatch) {
        const int last = std::min(count, first + kKeysPerBatch);
        auto batch = std::make_unique<engine::RequestBatch>();
        std::vector<std::pair<std::size_t, std::size_t>> spans;  // text is added first: views come after
        for (int i = first; i < last; ++i) {
            char key[32];
            const int n = std::snprintf(key, sizeof key, "%s%07d", prefix, i);
            spans.emplace_back(batch->bytes.size(), static_cast<std::size_t>(n));
            batch->store(std::string_view(key, static_cast<std::size_t>(n)));
        }
        for (int i = first; i < last; ++i) {
            const auto [offset, size] = spans[static_cast<std::size_t>(i - first)];
            engine::Request r;
            r.key = std::string_view(batch->bytes.data() + offset, size);
            r.timestamp = at;
            for (int k = requestsFor(i); k > 0; --k) {
                batch->requests.push_back(r);
            }
        }
        QVERIFY(host.runtime()->submitWait(batch, std::chrono::seconds(30)));
    }
    host.runtime()->sync();
}

engine::RuntimeOptions options(const QTemporaryDir& dir)
{
    engine::RuntimeOptions o;
    o.databasePath = dir.filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(50);
    o.followRequestTime = true;
    o.config.policies = {engine::Policy{"", 60, engine::kNsPerMin, 10}};
    o.config.reputation.cleanRequestsPerPoint = 1;  // every allowed request earns a point: varied scores
    return o;
}

// Runs queryKeys on the engine thread, as the model's questions do, and waits for the answer.
engine::KeyPage queryOnEngine(app::EngineHost& host, const engine::KeyQuery& query, qint64* elapsedMs = nullptr)
{
    auto page = std::make_shared<engine::KeyPage>();
    auto done = std::make_shared<std::atomic<qint64>>(-1);
    host.runtime()->post([query, page, done](const engine::EngineShards& e) {
        QElapsedTimer timer;
        timer.start();
        *page = e.queryKeys(query);
        done->store(timer.elapsed());
    });
    // The answer is ready when the engine thread has stored its time; nothing else is waited for.
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done->load() >= 0, 60'000); }();
    if (elapsedMs != nullptr) {
        *elapsedMs = done->load();
    }
    return *page;
}

void loadRow(ui::KeyTableModel& model, int row)
{
    const QModelIndex index = model.index(row, 0);
    QTRY_VERIFY_WITH_TIMEOUT(model.data(index, ui::KeyTableModel::kLoadedRole).toBool(), 10000);
}
}  // namespace

class TestKeyTableModel final : public QObject {
    Q_OBJECT

private slots:
    void pagesThroughTwentyThousandKeys();
    void ignoresStaleAnswers();
    void sortsByVipTier();
    void queriesAMillionKeys();
};

void TestKeyTableModel::pagesThroughTwentyThousandKeys()
{
    QTemporaryDir dir;
    app::EngineHost host(options(dir));
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));
    constexpr int kKeys = 20'000;
    feed(host, kKeys, "key-", host.clock().now(), [](int i) { return 1 + (i * 7919) % 14; });

    QSignalSpy answers(&host, &ui::EngineClient::answered);
    ui::KeyTableModel model(&host);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kKeys, 10000);
    QCOMPARE(model.columnCount(), ui::KeyTableModel::kColumnCount);

    // Lazily: a row far down arrives only once something asks for it, and the cache stays bounded.
    const QModelIndex far = model.index(12'345, 0);
    loadRow(model, 12'345);
    QVERIFY(model.data(far, ui::KeyTableModel::kKeyRole).toString().startsWith(QStringLiteral("key-")));
    QVERIFY(model.cachedPageCount() <= ui::KeyTableModel::kMaxCachedPages);
    QVERIFY(answers.count() < kKeys / ui::KeyTableModel::kPageRows);

    // Sorted by score, highest first: the same order as the engine's own query.
    model.sort(ui::KeyTableModel::ScoreColumn, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kKeys, 10000);
    engine::KeyQuery q;
    q.sort = engine::KeySort::Score;
    q.descending = true;
    q.limit = 3 * ui::KeyTableModel::kPageRows;
    const engine::KeyPage expected = queryOnEngine(host, q);
    QCOMPARE(expected.rows.size(), q.limit);
    for (std::size_t i = 1; i < expected.rows.size(); ++i) {
        QVERIFY(expected.rows[i - 1].score >= expected.rows[i].score);
    }
    for (int row = 0; row < static_cast<int>(q.limit); ++row) {
        if (row % ui::KeyTableModel::kPageRows == 0) {
            loadRow(model, row);
        }
        const auto& want = expected.rows[static_cast<std::size_t>(row)];
        QCOMPARE(model.data(model.index(row, ui::KeyTableModel::KeyColumn)).toString(),
                 QString::fromStdString(want.key));
        QCOMPARE(model.data(model.index(row, ui::KeyTableModel::ScoreColumn)).toString(),
                 QLocale().toString(want.score, 'f', 1));
    }

    // Searching filters on the engine: ten keys contain "key-000001" (key-0000010 .. key-0000019).
    model.setSearch(QStringLiteral("key-000001"));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 10, 10000);
    loadRow(model, 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.data(model.index(row, 0)).toString().contains(QStringLiteral("key-000001")));
    }
    // A refresh keeps the rows in place.
    model.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.data(model.index(9, 0), ui::KeyTableModel::kLoadedRole).toBool());
}

void TestKeyTableModel::sortsByVipTier()
{
    QTemporaryDir dir;
    app::EngineHost host(options(dir));
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));
    QSignalSpy finished(&host, &ui::EngineClient::commandFinished);
    const std::vector<engine::Command> commands{
        engine::cmd::PutVipTier{"gold", 1.5},
        engine::cmd::PutVipTier{"platinum", 2.0},
        engine::cmd::AssignVip{"key-0000030", "gold", 0, "", "ops"},
        engine::cmd::AssignVip{"key-0000020", "platinum", 0, "", "ops"},
        engine::cmd::AssignVip{"key-0000010", "gold", 0, "", "ops"},
    };
    for (const auto& command : commands) {
        host.sendCommand(command);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), static_cast<int>(commands.size()), 10000);
    for (const auto& answer : finished) {
        QVERIFY2(answer.at(1).toBool(), qPrintable(answer.at(2).toString()));
    }
    feed(host, 1000, "key-", host.clock().now(), [](int) { return 1; });

    ui::KeyTableModel model(&host);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1000, 10000);
    model.sort(ui::KeyTableModel::VipColumn, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1000, 10000);
    loadRow(model, 0);
    const QStringList expected{QStringLiteral("key-0000020"), QStringLiteral("key-0000010"),
                               QStringLiteral("key-0000030")};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.data(model.index(row, ui::KeyTableModel::KeyColumn)).toString(), expected.at(row));
    }
    QVERIFY(model.data(model.index(3, ui::KeyTableModel::VipColumn)).toString().isEmpty());
    // Ascending puts the keys without a tier first.
    model.sort(ui::KeyTableModel::VipColumn, Qt::AscendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1000, 10000);
    loadRow(model, 999);
    QCOMPARE(model.data(model.index(999, ui::KeyTableModel::KeyColumn)).toString(), QStringLiteral("key-0000020"));
}

void TestKeyTableModel::ignoresStaleAnswers()
{
    QTemporaryDir dir;
    app::EngineHost host(options(dir));
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));
    feed(host, 2'000, "user-", host.clock().now(), [](int) { return 1; });

    ui::KeyTableModel model(&host);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2'000, 10000);

    // Two searches in a row: the answer to the first arrives but belongs to an outdated query.
    QSignalSpy answers(&host, &ui::EngineClient::answered);
    int largest = 0;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { largest = std::max(largest, model.rowCount()); });
    model.setSearch(QStringLiteral("user-00001"));   // 100 keys
    model.setSearch(QStringLiteral("user-000012"));  // 10 keys
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() == 10, 10000);
    quint64 staleId = 0;
    for (const auto& answer : answers) {
        const auto asked = answer.at(1).value<ui::EngineAnswer>();
        const auto* page = ui::answerTo<ui::KeyPageQuery>(asked);
        if (page != nullptr && page->totalMatching == 100) {
            staleId = answer.at(0).value<quint64>();
        }
    }
    QVERIFY(staleId != 0);  // it did arrive ...
    QCOMPARE(largest, 10);  // ... and never showed

    // Replayed or foreign answers change nothing.
    engine::KeyPage forged;
    forged.totalMatching = 3;
    forged.rows.resize(3);
    for (auto& row : forged.rows) {
        row.key = "stale";
    }
    emit host.answered(staleId, ui::AnswerTo<ui::KeyPageQuery>{forged});
    emit host.answered(987'654'321, ui::AnswerTo<ui::KeyPageQuery>{forged});
    QCOMPARE(model.rowCount(), 10);
    loadRow(model, 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.data(model.index(row, 0)).toString().startsWith(QStringLiteral("user-000012")));
    }
}

void TestKeyTableModel::queriesAMillionKeys()
{
    QTemporaryDir dir;
    engine::RuntimeOptions o = options(dir);
    o.databasePath.clear();  // a million checkpointed rows would only test the disk
    app::EngineHost host(o);
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));
    constexpr int kKeys = 1'000'000;
    QElapsedTimer feeding;
    feeding.start();
    feed(host, kKeys, "m", host.clock().now(), [](int i) { return 1 + i % 13; });
    qInfo("fed %d keys in %lld ms", kKeys, feeding.elapsed());

    const std::array<std::pair<const char*, engine::KeyQuery>, 4> queries{{
        {"score, highest first", engine::KeyQuery{{}, std::nullopt, engine::KeySort::Score, true, 0, 200}},
        {"score, a page at offset 500,000",
         engine::KeyQuery{{}, std::nullopt, engine::KeySort::Score, false, 500'000, 200}},
        {"key order", engine::KeyQuery{{}, std::nullopt, engine::KeySort::Key, false, 0, 200}},
        {"search \"12345\"", engine::KeyQuery{"12345", std::nullopt, engine::KeySort::Denied, true, 0, 200}},
    }};
    for (const auto& [name, query] : queries) {
        qint64 ms = -1;
        const engine::KeyPage page = queryOnEngine(host, query, &ms);
        qInfo("queryKeys over %d keys, %s: %lld ms (%llu matching)", kKeys, name, ms,
              static_cast<unsigned long long>(page.totalMatching));
        QVERIFY(ms >= 0);
        QVERIFY(!page.rows.empty());
    }

    ui::KeyTableModel model(&host);
    QElapsedTimer roundTrip;
    roundTrip.start();
    model.sort(ui::KeyTableModel::DeniedColumn, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kKeys, 30000);
    qInfo("model: first page of %d keys by denials after %lld ms (round trip)", kKeys, roundTrip.elapsed());
    loadRow(model, 0);
    QCOMPARE(model.data(model.index(0, ui::KeyTableModel::DeniedColumn)).toString(), QLocale().toString(3));
    loadRow(model, kKeys - 1);  // the last row, without fetching what lies between
    QVERIFY(model.cachedPageCount() <= ui::KeyTableModel::kMaxCachedPages);
}

QTEST_GUILESS_MAIN(TestKeyTableModel)
#include "tst_key_table_model.moc"
