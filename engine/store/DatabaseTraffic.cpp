// SPDX-License-Identifier: Apache-2.0
// Traffic by minute (schema 10): what reports read for any period, long after the engine's rings moved on.
#include "store/Database.h"

#include "store/Statement.h"

#include <algorithm>
#include <limits>

namespace sluice::engine::store {

namespace {
// The first schema with traffic_minutes.
constexpr int kTrafficSchema = 10;

std::int64_t column(std::uint64_t n)
{
    constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    return static_cast<std::int64_t>(std::min(n, kMax));
}

std::uint64_t count(std::int64_t n) { return static_cast<std::uint64_t>(std::max<std::int64_t>(n, 0)); }
}  // namespace

std::optional<StoreError> Database::addTrafficMinutes(const std::vector<TrafficMinuteRow>& rows)
{
    if (m_schemaVersion < kTrafficSchema) {
        return invalid("the database has no traffic_minutes table");
    }
    for (const TrafficMinuteRow& row : rows) {
        auto error = runOnce(
            "INSERT INTO traffic_minutes (minute, allowed_flagged, allowed_standard, allowed_trusted, denied_flagged, "
            "denied_standard, denied_trusted, peak_total, peak_denied) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
            "ON CONFLICT (minute) DO UPDATE SET allowed_flagged = allowed_flagged + excluded.allowed_flagged, "
            "allowed_standard = allowed_standard + excluded.allowed_standard, "
            "allowed_trusted = allowed_trusted + excluded.allowed_trusted, "
            "denied_flagged = denied_flagged + excluded.denied_flagged, "
            "denied_standard = denied_standard + excluded.denied_standard, "
            "denied_trusted = denied_trusted + excluded.denied_trusted, "
            "peak_total = max(peak_total, excluded.peak_total), peak_denied = max(peak_denied, excluded.peak_denied)",
            [&](Statement& st) {
                st.bind(1, toUnixMs(row.start));
                for (int t = 0; t < kReputationTierCount; ++t) {
                    st.bind(2 + t, column(row.allowed[static_cast<std::size_t>(t)]));
                    st.bind(5 + t, column(row.denied[static_cast<std::size_t>(t)]));
                }
                st.bind(8, column(row.peakTotal));
                st.bind(9, column(row.peakDenied));
            });
        if (error) {
            return error;
        }
    }
    return std::nullopt;
}

std::optional<StoreError> Database::readTrafficMinutes(TimeNs from, TimeNs to, std::vector<TrafficMinuteRow>& rows)
{
    rows.clear();
    if (m_schemaVersion < kTrafficSchema) {
        return std::nullopt;  // an older file: no traffic history yet
    }
    return readRows(
        "SELECT minute, allowed_flagged, allowed_standard, allowed_trusted, denied_flagged, denied_standard, "
        "denied_trusted, peak_total, peak_denied FROM traffic_minutes WHERE minute >= ?1 AND minute < ?2 "
        "ORDER BY minute",
        [&](const Statement& st) {
            TrafficMinuteRow row;
            row.start = fromUnixMs(st.columnInt64(0));
            for (int t = 0; t < kReputationTierCount; ++t) {
                row.allowed[static_cast<std::size_t>(t)] = count(st.columnInt64(1 + t));
                row.denied[static_cast<std::size_t>(t)] = count(st.columnInt64(4 + t));
            }
            row.peakTotal = count(st.columnInt64(7));
            row.peakDenied = count(st.columnInt64(8));
            rows.push_back(row);
        },
        [&](Statement& st) {
            st.bind(1, toUnixMs(from));
            st.bind(2, toUnixMs(to));
        });
}

}  // namespace sluice::engine::store
