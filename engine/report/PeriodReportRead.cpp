// SPDX-License-Identifier: Apache-2.0
// Reads one period of a Sluice database into a PeriodReport. Every section is one or two aggregate queries over
// an index on time, so a month of history reads in well under a second; the traffic minutes are summed here.
#include "report/PeriodReport.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <algorithm>
#include <array>

namespace sluice::engine::report {

namespace {

using store::Statement;

constexpr int kAnomalySchema = 7;
constexpr int kNotifySchema = 8;

std::uint64_t count(std::int64_t n) { return static_cast<std::uint64_t>(std::max<std::int64_t>(n, 0)); }

// The smallest step of whole minutes, from a list people read easily, that fits the period in kMaxPoints.
TimeNs stepFor(TimeNs span)
{
    static constexpr std::array<TimeNs, 13> kMinutes{1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 10080};
    for (TimeNs minutes : kMinutes) {
        if (span <= minutes * kNsPerMin * static_cast<TimeNs>(PeriodReport::kMaxPoints)) {
            return minutes * kNsPerMin;
        }
    }
    return (span / static_cast<TimeNs>(PeriodReport::kMaxPoints) / kNsPerMin + 1) * kNsPerMin;
}

class Reader final {
public:
    Reader(store::Database& db, PeriodReport& out) : m_db(db), m_out(out) {}

    std::optional<store::StoreError> traffic()
    {
        std::vector<store::TrafficMinuteRow> rows;
        if (auto error = m_db.readTrafficMinutes(m_out.from, m_out.to, rows)) {
            return error;
        }
        const TimeNs span = m_out.to - m_out.from;
        m_out.step = stepFor(span);
        const auto points = static_cast<std::size_t>((span + m_out.step - 1) / m_out.step);
        m_out.traffic.resize(points);
        for (std::size_t i = 0; i < points; ++i) {
            m_out.traffic[i].start = m_out.from + static_cast<TimeNs>(i) * m_out.step;
        }
        for (const store::TrafficMinuteRow& row : rows) {
            PeriodReport::TrafficPoint& point =
                m_out.traffic[static_cast<std::size_t>((row.start - m_out.from) / m_out.step)];
            for (std::size_t t = 0; t < row.allowed.size(); ++t) {
                m_out.allowedByTier[t] += row.allowed[t];
                m_out.deniedByTier[t] += row.denied[t];
                point.allowed += row.allowed[t];
                point.denied += row.denied[t];
            }
            m_out.peakPerSecond = std::max(m_out.peakPerSecond, row.peakTotal);
            m_out.peakDeniedPerSecond = std::max(m_out.peakDeniedPerSecond, row.peakDenied);
            ++m_out.minutesWithTraffic;
        }
        for (std::size_t t = 0; t < m_out.allowedByTier.size(); ++t) {
            m_out.allowed += m_out.allowedByTier[t];
            m_out.denied += m_out.deniedByTier[t];
        }
        return std::nullopt;
    }

    std::optional<store::StoreError> reputation()
    {
        auto error = read("SELECT min(max(CAST(score / 10 AS INTEGER), 0), 9), count(*) FROM keys GROUP BY 1",
                          [&](const Statement& st) {
                              m_out.scoreBands[static_cast<std::size_t>(st.columnInt64(0))] = count(st.columnInt64(1));
                          });
        if (!error) {
            error = read("SELECT tier, count(*) FROM keys WHERE tier BETWEEN 0 AND 2 GROUP BY tier",
                         [&](const Statement& st) {
                             m_out.keysByTier[static_cast<std::size_t>(st.columnInt64(0))] = count(st.columnInt64(1));
                         });
        }
        if (!error) {
            error = readInPeriod("SELECT tier_before, tier_after, count(*) FROM reputation_events WHERE kind = "
                                 "'tier_changed' AND at >= ?1 AND at < ?2 GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2",
                                 [&](const Statement& st) {
                                     PeriodReport::TierMove move;
                                     move.keys = count(st.columnInt64(2));
                                     // The engine writes tier names; a row it did not write is left out.
                                     if (parseReputationTier(st.columnText(0), move.from) &&
                                         parseReputationTier(st.columnText(1), move.to)) {
                                         m_out.tierMoves.push_back(move);
                                     }
                                 });
        }
        if (!error) {
            error =
                readInPeriod("SELECT count(*) FROM reputation_events WHERE kind = 'violation' AND at >= ?1 AND at < ?2",
                             [&](const Statement& st) { m_out.violations = count(st.columnInt64(0)); });
        }
        if (!error) {
            error = readInPeriod(
                "SELECT v.key, v.n, v.worst, coalesce(k.tier, 1) FROM (SELECT key, count(*) AS n, max(severity) AS "
                "worst FROM reputation_events WHERE kind = 'violation' AND at >= ?1 AND at < ?2 GROUP BY key "
                "ORDER BY n DESC, key LIMIT 20) v LEFT JOIN keys k ON k.key = v.key ORDER BY v.n DESC, v.key",
                [&](const Statement& st) {
                    const auto tier = std::clamp<std::int64_t>(st.columnInt64(3), 0, kReputationTierCount - 1);
                    m_out.topDenied.push_back(PeriodReport::DeniedKey{st.columnText(0), count(st.columnInt64(1)),
                                                                      static_cast<int>(st.columnInt64(2)),
                                                                      static_cast<ReputationTier>(tier)});
                });
        }
        return error;
    }

    std::optional<store::StoreError> throttle()
    {
        return readInPeriod(
            "SELECT at, coalesce(ended_at, 0), level, coalesce(multiplier, 1), automatic, actor, coalesce(reason, '') "
            "FROM throttle_events WHERE at < ?2 AND (ended_at IS NULL OR ended_at > ?1) ORDER BY at, id",
            [&](const Statement& st) {
                PeriodReport::ThrottlePeriod p{fromUnixMs(st.columnInt64(0)),
                                               fromUnixMs(st.columnInt64(1)),
                                               st.columnText(2),
                                               st.columnDouble(3),
                                               st.columnInt64(4) != 0,
                                               st.columnText(5),
                                               st.columnText(6)};
                ThrottleLevel level = ThrottleLevel::None;
                if (parseThrottleLevel(p.level, level)) {
                    const TimeNs start = std::max(p.start, m_out.from);
                    const TimeNs end = std::min(p.end == 0 ? m_out.to : p.end, m_out.to);
                    if (end > start) {
                        m_out.secondsAtLevel[static_cast<std::size_t>(level)] +=
                            static_cast<double>(end - start) / static_cast<double>(kNsPerSec);
                    }
                }
                m_out.throttle.push_back(std::move(p));
            });
    }

    std::optional<store::StoreError> alerts()
    {
        if (m_db.schemaVersion() < kAnomalySchema) {
            return std::nullopt;
        }
        return readInPeriod(
            "SELECT id, kind, metric, start_at, end_at, state, confidence, value, expected FROM anomaly_alerts "
            "WHERE start_at < ?2 AND (end_at = 0 OR end_at >= ?1) ORDER BY start_at, id",
            [&](const Statement& st) {
                m_out.alerts.push_back(PeriodReport::Alert{count(st.columnInt64(0)), st.columnText(1), st.columnText(2),
                                                           fromUnixMs(st.columnInt64(3)), fromUnixMs(st.columnInt64(4)),
                                                           st.columnText(5), st.columnDouble(6), st.columnDouble(7),
                                                           st.columnDouble(8)});
            });
    }

    std::optional<store::StoreError> notifications()
    {
        if (m_db.schemaVersion() < kNotifySchema) {
            return std::nullopt;
        }
        auto error = readInPeriod(
            "SELECT type, count(*) FROM notifications WHERE created_at >= ?1 AND created_at < ?2 GROUP BY type "
            "ORDER BY 2 DESC, 1",
            [&](const Statement& st) {
                m_out.notificationsByType.push_back({st.columnText(0), count(st.columnInt64(1))});
            });
        if (!error) {
            static constexpr std::array<const char*, 3> kSeverities{"info", "warning", "critical"};
            std::array<std::uint64_t, 3> bySeverity{};
            error = readInPeriod("SELECT min(max(severity, 0), 2), count(*) FROM notifications WHERE created_at >= ?1 "
                                 "AND created_at < ?2 GROUP BY 1",
                                 [&](const Statement& st) {
                                     bySeverity[static_cast<std::size_t>(st.columnInt64(0))] +=
                                         count(st.columnInt64(1));
                                 });
            for (std::size_t i = 0; i < kSeverities.size(); ++i) {
                m_out.notificationsBySeverity.push_back({kSeverities[i], bySeverity[i]});
            }
        }
        if (!error) {
            error = readInPeriod(
                "SELECT d.channel, d.state, count(*) FROM notification_deliveries d JOIN notifications n ON n.id = "
                "d.notification_id WHERE n.created_at >= ?1 AND n.created_at < ?2 GROUP BY 1, 2 ORDER BY 1, 2",
                [&](const Statement& st) {
                    m_out.deliveries.push_back({st.columnText(0), st.columnText(1), count(st.columnInt64(2))});
                });
        }
        return error;
    }

    // VIP and flag changes are listed up to 1,000 rows each; the audit summary counts them all.
    std::optional<store::StoreError> changes()
    {
        auto error = readInPeriod(
            "SELECT at, key, kind, coalesce(tier, '') FROM vip_events WHERE at >= ?1 AND at < ?2 ORDER BY at, id "
            "LIMIT 1000",
            [&](const Statement& st) {
                m_out.vipChanges.push_back(
                    {fromUnixMs(st.columnInt64(0)), st.columnText(1), st.columnText(2), st.columnText(3)});
            });
        if (!error) {
            error =
                readInPeriod("SELECT coalesce(engine_at, at), actor, action, target, reason FROM audit_log WHERE "
                             "action LIKE 'flag.%' AND coalesce(engine_at, at) >= ?1 AND coalesce(engine_at, at) "
                             "< ?2 ORDER BY 1, id LIMIT 1000",
                             [&](const Statement& st) {
                                 m_out.flagChanges.push_back({fromUnixMs(st.columnInt64(0)), st.columnText(1),
                                                              st.columnText(2), st.columnText(3), st.columnText(4)});
                             });
        }
        if (!error) {
            error = readInPeriod("SELECT action, count(*) FROM audit_log WHERE coalesce(engine_at, at) >= ?1 AND "
                                 "coalesce(engine_at, at) < ?2 GROUP BY action ORDER BY 2 DESC, 1",
                                 [&](const Statement& st) {
                                     const std::uint64_t n = count(st.columnInt64(1));
                                     m_out.auditByAction.push_back({st.columnText(0), n});
                                     m_out.auditTotal += n;
                                 });
        }
        if (!error) {
            error = readInPeriod("SELECT count(DISTINCT actor) FROM audit_log WHERE coalesce(engine_at, at) >= ?1 AND "
                                 "coalesce(engine_at, at) < ?2",
                                 [&](const Statement& st) { m_out.auditActors = count(st.columnInt64(0)); });
        }
        return error;
    }

private:
    std::optional<store::StoreError> read(const char* sql, const std::function<void(const Statement&)>& row)
    {
        return m_db.readRows(sql, row);
    }
    std::optional<store::StoreError> readInPeriod(const char* sql, const std::function<void(const Statement&)>& row)
    {
        return m_db.readRows(sql, row, [&](Statement& st) {
            st.bind(1, toUnixMs(m_out.from));
            st.bind(2, toUnixMs(m_out.to));
        });
    }

    store::Database& m_db;
    PeriodReport& m_out;
};

}  // namespace

std::optional<std::string> readPeriodReport(const std::string& path, TimeNs from, TimeNs to, PeriodReport& out,
                                            const ReportProgress& progress)
{
    out = PeriodReport{};
    if (to <= from) {
        return std::string("The report's period ends before it starts.");
    }
    out.from = from;
    out.to = to;
    out.database = path;
    store::StoreError openError;
    const std::unique_ptr<store::Database> db = store::Database::openReadOnly(path, openError);
    if (!db) {
        return openError.message;
    }
    Reader reader(*db, out);
    using Section = std::optional<store::StoreError> (Reader::*)();
    static constexpr std::array<Section, 6> kSections{&Reader::traffic, &Reader::reputation,    &Reader::throttle,
                                                      &Reader::alerts,  &Reader::notifications, &Reader::changes};
    for (std::size_t i = 0; i < kSections.size(); ++i) {
        if (progress.cancelled()) {
            return std::string("cancelled");
        }
        if (auto error = (reader.*kSections[i])()) {
            return error->message;
        }
        if (progress.progress) {
            progress.progress(static_cast<double>(i + 1) / static_cast<double>(kSections.size()));
        }
    }
    return std::nullopt;
}

}  // namespace sluice::engine::report
