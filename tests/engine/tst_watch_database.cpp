// SPDX-License-Identifier: Apache-2.0
// A runtime that watches a database another Sluice writes (RuntimeOptions::watch): it follows the writer's
// checkpoints, refuses admin commands and traffic, never writes and never takes the writer's lock, and keeps
// the last state it read when the file goes away.
#include "RuntimeTestSupport.h"

#include "core/EngineText.h"
#include "store/Database.h"

#include <QtTest>

#include <condition_variable>
#include <mutex>

#include <sys/stat.h>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

// The snapshots a runtime publishes, waited on with a deadline.
class Snapshots final {
public:
    EngineRuntime::SnapshotSink sink()
    {
        return [this](SnapshotPtr snapshot) {
            {
                std::lock_guard lock(m_mutex);
                m_latest = std::move(snapshot);
            }
            m_changed.notify_all();
        };
    }
    // The first snapshot for which `condition` holds, or null after `timeout`.
    template <typename Condition>
    SnapshotPtr waitFor(Condition condition, std::chrono::milliseconds timeout = std::chrono::seconds(20))
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, timeout, [&] { return m_latest && condition(*m_latest); });
        return m_latest && condition(*m_latest) ? m_latest : nullptr;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    SnapshotPtr m_latest;
};

// What a commit by anyone would change: SQLite's commit counter as a connection of its own sees it, and the
// size and modification time of the database and its write-ahead log.
struct FileState {
    std::int64_t dataVersion = -1;
    std::string files;
    bool operator==(const FileState&) const = default;
};

std::string sizeAndTime(const std::string& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        return "absent;";
    }
    return std::to_string(st.st_size) + "@" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec) + ";";
}

FileState fileState(sqlite3* observer, const std::string& path)
{
    FileState state;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(observer, "PRAGMA data_version", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        state.dataVersion = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    state.files = sizeAndTime(path) + sizeAndTime(path + "-wal");
    return state;
}

// Score 44 lies in the histogram's bin 8 (40 to 45).
bool showsTheAbuser(const Snapshot& s) { return s.histogram[8] == 1; }

}  // namespace

class TestWatchDatabase final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void followsTheWritersCheckpoints();
    void keepsTheLastStateWhileTheFileIsGone();
    void aMissingFileCannotBeWatched();

private:
    std::unique_ptr<RuntimeOptions> watchOptions() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestWatchDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sluice.db"));
}

std::unique_ptr<RuntimeOptions> TestWatchDatabase::watchOptions() const
{
    auto options = optionsFor(m_path);
    options->watch = true;
    options->watchInterval = std::chrono::milliseconds(50);
    return options;
}

void TestWatchDatabase::followsTheWritersCheckpoints()
{
    ManualClock clock(kT0);
    std::string error;
    auto writer = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
    QVERIFY2(writer, error.c_str());
    QVERIFY(run(*writer, cmd::PutVipTier{"gold", 1.5}).ok);

    // Beside the writer, which holds the database's lock.
    Snapshots watched;
    auto watcher = EngineRuntime::start(*watchOptions(), clock, watched.sink(), error);
    QVERIFY2(watcher, error.c_str());
    QVERIFY(watched.waitFor([](const Snapshot& s) { return s.watch.watching && s.vipAssignments == 0; }));

    // The writer decides traffic (a violation costs "abuser" 6 points) and an admin assigns a VIP.
    QVERIFY(writer->submit(batchOf("abuser", kT0, 20)));
    clock.set(kT0 + 11 * kNsPerSec);  // the violation window closes
    QVERIFY(run(*writer, cmd::AssignVip{"vip-user", "gold", 0, "contract 42", "ops"}).ok);
    writer->sync();  // a key checkpoint

    const SnapshotPtr seen = watched.waitFor(
        [](const Snapshot& s) { return s.vipAssignments == 1 && showsTheAbuser(s) && s.watch.error.empty(); });
    QVERIFY2(seen, "the watcher did not show the writer's checkpoint");
    QCOMPARE(seen->watch.databasePath, m_path.toStdString());
    QVERIFY(seen->watch.statesRead >= 2);
    QVERIFY(seen->watch.stateReadAt >= seen->watch.stateWrittenAt);
    QVERIFY(seen->watch.stateWrittenAt > 0);
    QCOMPARE(query<float>(*watcher, [](const EngineShards& e) { return e.inspect("abuser")->score; }), 44.0F);
    QCOMPARE(query<std::string>(*watcher, [](const EngineShards& e) { return e.inspect("vip-user")->vipTier; }),
             std::string("gold"));

    // It never writes: nobody commits while it answers an admin command and traffic (both refused).
    sqlite3* observer = nullptr;
    QCOMPARE(sqlite3_open_v2(m_path.toUtf8().constData(), &observer, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    const FileState before = fileState(observer, m_path.toStdString());
    const CommandResult refused = run(*watcher, cmd::SetThrottleOverride{ThrottleLevel::High, "not here", 0, "ops"});
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error, say(Text::WatchRefused));
    QVERIFY(!watcher->submit(batchOf("abuser", kT0 + 12 * kNsPerSec, 5)));
    watcher->sync();
    QCOMPARE(fileState(observer, m_path.toStdString()), before);
    sqlite3_close(observer);

    // The writer still holds its lock: a second writer is refused.
    store::StoreError inUse;
    QVERIFY(!store::Database::open(m_path.toStdString(), inUse));
    QVERIFY2(inUse.code == store::StoreError::Code::InUse, inUse.message.c_str());

    // An override set at the writer shows up too.
    QVERIFY(run(*writer, cmd::SetThrottleOverride{ThrottleLevel::High, "load test", 0, "ops"}).ok);
    QVERIFY(watched.waitFor([](const Snapshot& s) { return s.throttle.level == ThrottleLevel::High; }));
    watcher->shutdown();
    QVERIFY(writer->storeHealth().lastError.empty());
}

void TestWatchDatabase::keepsTheLastStateWhileTheFileIsGone()
{
    ManualClock clock(kT0);
    std::string error;
    {
        auto writer = EngineRuntime::start(*optionsFor(m_path), clock, {}, error);
        QVERIFY2(writer, error.c_str());
        QVERIFY(run(*writer, cmd::PutVipTier{"gold", 1.5}).ok);
        QVERIFY(run(*writer, cmd::AssignVip{"vip-user", "gold", 0, "contract 42", "ops"}).ok);
    }
    Snapshots watched;
    auto watcher = EngineRuntime::start(*watchOptions(), clock, watched.sink(), error);
    QVERIFY2(watcher, error.c_str());
    const SnapshotPtr first = watched.waitFor([](const Snapshot& s) { return s.vipAssignments == 1; });
    QVERIFY(first);
    sqlite3* observer = nullptr;
    QCOMPARE(sqlite3_open_v2(m_path.toUtf8().constData(), &observer, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    const FileState before = fileState(observer, m_path.toStdString());

    const QString away = m_dir->filePath(QStringLiteral("moved.db"));
    QVERIFY(QFile::rename(m_path, away));
    const SnapshotPtr gone = watched.waitFor([](const Snapshot& s) { return !s.watch.error.empty(); });
    QVERIFY(gone);
    QCOMPARE(gone->watch.error, say(Text::WatchFileGone, {m_path.toStdString()}));
    QCOMPARE(gone->vipAssignments, 1U);  // the last state read stays on show
    QCOMPARE(gone->watch.stateReadAt, first->watch.stateReadAt);

    QVERIFY(QFile::rename(away, m_path));
    const SnapshotPtr back = watched.waitFor(
        [&](const Snapshot& s) { return s.watch.error.empty() && s.watch.statesRead > first->watch.statesRead; });
    QVERIFY2(back, "the watcher did not read the file again once it was back");
    QCOMPARE(back->vipAssignments, 1U);
    QCOMPARE(fileState(observer, m_path.toStdString()), before);  // reopening and reading wrote nothing
    sqlite3_close(observer);
}

void TestWatchDatabase::aMissingFileCannotBeWatched()
{
    ManualClock clock(kT0);
    store::StoreError error;
    QVERIFY(!EngineRuntime::start(*watchOptions(), clock, {}, error));
    QVERIFY(error.code == store::StoreError::Code::Missing);
    QVERIFY(!QFile::exists(m_path));  // and none was created
}

QTEST_APPLESS_MAIN(TestWatchDatabase)
#include "tst_watch_database.moc"
