// SPDX-License-Identifier: Apache-2.0
#include "ReportBench.h"

#include "report/ReportJob.h"
#include "store/Database.h"

#include "report/PeriodReport.h"

#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace sluice;
using engine::TimeNs;

constexpr int kDays = 30;
constexpr TimeNs kStart = 1'795'996'800'000LL * engine::kNsPerMs;  // 2026-11-30T00:00:00Z
constexpr int kViolationsPerDay = 20'000;

bool exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "report bench: %s\n", message != nullptr ? message : "?");
        sqlite3_free(message);
        return false;
    }
    return true;
}

// Runs `sql` once per row that `bind` fills (it returns false after the last).
template <typename Bind>
bool insertAll(sqlite3* db, const char* sql, Bind bind)
{
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "report bench: %s\n", sqlite3_errmsg(db));
        return false;
    }
    bool ok = true;
    while (ok && bind(st)) {
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return ok;
}

bool fillMonth(const std::string& path)
{
    {
        engine::store::StoreError error;
        if (!engine::store::Database::open(path, error)) {
            std::fprintf(stderr, "report bench: %s\n", error.message.c_str());
            return false;
        }
    }
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    std::mt19937_64 rng(7);
    bool ok = exec(db, "BEGIN");
    std::int64_t minute = 0;
    ok = ok && insertAll(db,
                         "INSERT INTO traffic_minutes (minute, allowed_standard, allowed_trusted, denied_flagged, "
                         "denied_standard, peak_total, peak_denied) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                         [&](sqlite3_stmt* st) {
                             if (minute == kDays * 24 * 60) {
                                 return false;
                             }
                             const auto base = static_cast<std::int64_t>(200'000 + rng() % 100'000);
                             sqlite3_bind_int64(st, 1, engine::toUnixMs(kStart) + minute * 60'000);
                             sqlite3_bind_int64(st, 2, base);
                             sqlite3_bind_int64(st, 3, base / 10);
                             sqlite3_bind_int64(st, 4, base / 20);
                             sqlite3_bind_int64(st, 5, base / 50);
                             sqlite3_bind_int64(st, 6, base / 40);
                             sqlite3_bind_int64(st, 7, base / 500);
                             ++minute;
                             return true;
                         });
    int event = 0;
    ok =
        ok &&
        insertAll(db,
                  "INSERT INTO reputation_events (at, key, kind, severity, tier_before, tier_after) VALUES "
                  "(?1, ?2, ?3, ?4, 'standard', 'flagged')",
                  [&](sqlite3_stmt* st) {
                      if (event == kDays * kViolationsPerDay) {
                          return false;
                      }
                      const std::string key = "bot-" + std::to_string(rng() % 50'000);
                      sqlite3_bind_int64(
                          st, 1, engine::toUnixMs(kStart) + static_cast<std::int64_t>(rng() % (kDays * 86'400'000ULL)));
                      sqlite3_bind_text(st, 2, key.c_str(), -1, SQLITE_TRANSIENT);
                      sqlite3_bind_text(st, 3, event % 40 == 0 ? "tier_changed" : "violation", -1, SQLITE_STATIC);
                      sqlite3_bind_int(st, 4, 1 + event % 3);
                      ++event;
                      return true;
                  });
    int period = 0;
    ok = ok && insertAll(db,
                         "INSERT INTO throttle_events (at, ended_at, level, multiplier, reason) VALUES (?1, ?2, ?3, "
                         "?4, 'CPU at 91 %')",
                         [&](sqlite3_stmt* st) {
                             if (period == kDays * 24) {
                                 return false;
                             }
                             const std::int64_t at = engine::toUnixMs(kStart) + period * 3'600'000LL;
                             const bool high = period % 2 == 1;
                             sqlite3_bind_int64(st, 1, at);
                             sqlite3_bind_int64(st, 2, at + 3'600'000LL);
                             sqlite3_bind_text(st, 3, high ? "high" : "none", -1, SQLITE_STATIC);
                             sqlite3_bind_double(st, 4, high ? 0.4 : 1.0);
                             ++period;
                             return true;
                         });
    int row = 0;
    ok = ok && insertAll(db,
                         "INSERT INTO anomaly_alerts (kind, metric, confidence, start_at, end_at, last_anomalous_at, "
                         "value, expected, spread, state) VALUES ('spike', 'requests', 0.9, ?1, ?1 + 600000, ?1, 10, "
                         "1, 1, 'resolved')",
                         [&](sqlite3_stmt* st) {
                             if (row == kDays * 10) {
                                 return false;
                             }
                             sqlite3_bind_int64(st, 1, engine::toUnixMs(kStart) + row * 8'640'000LL);
                             ++row;
                             return true;
                         });
    row = 0;
    ok = ok && insertAll(db,
                         "INSERT INTO notifications (type, recipient, created_at, severity, title, body) VALUES "
                         "('throttle_change', 'ops', ?1, 1, 't', 'b')",
                         [&](sqlite3_stmt* st) {
                             if (row == kDays * 100) {
                                 return false;
                             }
                             sqlite3_bind_int64(st, 1, engine::toUnixMs(kStart) + row * 864'000LL);
                             ++row;
                             return true;
                         });
    ok = ok && exec(db, "INSERT INTO notification_deliveries (notification_id, channel, state, created_at) SELECT id, "
                        "'email', 'sent', created_at FROM notifications");
    row = 0;
    ok = ok && insertAll(db,
                         "INSERT INTO audit_log (at, engine_at, actor, action, target) VALUES (0, ?1, 'ann', ?2, "
                         "'checkout')",
                         [&](sqlite3_stmt* st) {
                             if (row == kDays * 20) {
                                 return false;
                             }
                             sqlite3_bind_int64(st, 1, engine::toUnixMs(kStart) + row * 4'320'000LL);
                             sqlite3_bind_text(st, 2, row % 2 == 0 ? "flag.put" : "vip.assign", -1, SQLITE_STATIC);
                             ++row;
                             return true;
                         });
    row = 0;
    ok = ok && insertAll(db, "INSERT INTO vip_events (at, key, kind, tier) VALUES (?1, ?2, 'vip_assigned', 'gold')",
                         [&](sqlite3_stmt* st) {
                             if (row == kDays * 10) {
                                 return false;
                             }
                             const std::string key = "partner-" + std::to_string(row);
                             sqlite3_bind_int64(st, 1, engine::toUnixMs(kStart) + row * 8'640'000LL);
                             sqlite3_bind_text(st, 2, key.c_str(), -1, SQLITE_TRANSIENT);
                             ++row;
                             return true;
                         });
    ok = ok && exec(db, "COMMIT");
    sqlite3_close(db);
    return ok;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

bool runReportBench(int runs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("month.db"));
    if (!fillMonth(path.toStdString())) {
        return false;
    }
    const TimeNs end = kStart + kDays * 24 * 3600 * engine::kNsPerSec;
    std::vector<double> read;
    std::vector<double> pdf;
    std::vector<double> html;
    for (int run = 0; run < runs; ++run) {
        for (auto* times : {&read, &pdf, &html}) {
            const QString out = times == &read  ? QString()
                                : times == &pdf ? dir.filePath(QStringLiteral("month.pdf"))
                                                : dir.filePath(QStringLiteral("month.html"));
            const auto start = std::chrono::steady_clock::now();
            const auto result = sluice::ui::ReportJob::run({path, kStart, end, out}, {}, nullptr);
            times->push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            if (!result.error.isEmpty()) {
                std::fprintf(stderr, "report bench: %s\n", qPrintable(result.error));
                return false;
            }
        }
    }
    std::printf("report_read_seconds_30d %.3f s\n", median(read));
    std::printf("report_pdf_seconds_30d %.3f s\n", median(pdf));
    std::printf("report_html_seconds_30d %.3f s\n", median(html));
    std::printf("report_pdf_over_read_ratio %.2f x\n", median(pdf) / median(read));
    return true;
}
