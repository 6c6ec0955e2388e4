// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineTestSupport.h"

#include "runtime/EngineRuntime.h"
#include "shard/EngineShards.h"

#include <QString>

#include <sqlite3.h>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <string>

// Helpers shared by the tests that run an EngineRuntime on a real database file.
namespace sluice::engine::testing {

inline std::unique_ptr<RuntimeOptions> optionsFor(const QString& path)
{
    auto o = std::make_unique<RuntimeOptions>();
    o->databasePath = path.toStdString();
    o->config = smallConfig();
    o->snapshotInterval = std::chrono::milliseconds(20);
    return o;
}

inline std::unique_ptr<RequestBatch> batchOf(std::string_view key, TimeNs at, int count)
{
    auto b = std::make_unique<RequestBatch>();
    b->bytes.reserve(key.size());
    const std::string_view stored = b->store(key);
    for (int i = 0; i < count; ++i) {
        b->requests.push_back(request(stored, at));
    }
    return b;
}

// Sends `c` as `actor` and waits for the answer.
inline CommandResult run(EngineRuntime& rt, Command c, const std::string& actor = "tester")
{
    auto promise = std::make_shared<std::promise<CommandResult>>();
    auto future = promise->get_future();
    rt.command(std::move(c), AdminContext{actor, {}}, [promise](const CommandResult& r) { promise->set_value(r); });
    if (future.wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
        return CommandResult{false, "command timed out"};
    }
    return future.get();
}

// Asks the engine thread and waits for the answer.
template <typename T>
T query(EngineRuntime& rt, std::function<T(const EngineShards&)> fn)
{
    auto promise = std::make_shared<std::promise<T>>();
    auto future = promise->get_future();
    rt.post([promise, fn](const EngineShards& e) { promise->set_value(fn(e)); });
    return future.get();
}

// Reads with a connection of its own, as another process would see the file.
inline int countRows(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    int n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        n = sqlite3_column_int(st, 0);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

// Every row `sql` returns, columns joined by '|' and rows by '\n': a whole table compared in one go.
inline std::string dumpRows(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
                out.append(c == 0 ? "" : "|").append(text != nullptr ? text : "NULL");
            }
            out.push_back('\n');
        }
    } else {
        out = "cannot read: ";
        out.append(sqlite3_errmsg(db));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

}  // namespace sluice::engine::testing
