// SPDX-License-Identifier: Apache-2.0
// parseScenario: the top level of a scenario document. Populations and traffic shapes are in PopulationJson.
#include "sim/ScenarioLoader.h"

#include "config/ConfigJson.h"
#include "core/JsonRead.h"
#include "sim/PeakRate.h"
#include "sim/PopulationJson.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numbers>
#include <string_view>
#include <unordered_map>

namespace sluice::engine::sim {

namespace {
using J = JsonRead;
using nlohmann::json;

constexpr double kMaxDurationS = 366 * 86400.0;
constexpr double kMaxSeed = 9007199254740992.0;  // 2^53: every whole number up to here is exact in JSON
constexpr double kMaxDiurnalFactor = 10;

BackendConfig decodeBackend(const json& j, const std::string& path)
{
    J::requireObject(j, path,
                     {"capacity_rps", "base_cpu_percent", "base_memory_percent", "latency_ms", "denied_cost",
                      "memory_percent_per_1k_inflight"});
    BackendConfig b;
    auto read = [&](const char* name, double& out, double min, double max) {
        if (j.contains(name)) {
            out = J::number(j.at(name), J::field(path, name), min, max);
        }
    };
    read("capacity_rps", b.capacityRps, 1, 1e9);
    read("base_cpu_percent", b.baseCpuPercent, 0, 100);
    read("base_memory_percent", b.baseMemoryPercent, 0, 100);
    read("latency_ms", b.latencyMs, 0.001, 60000);
    read("denied_cost", b.deniedCost, 0, 1);
    read("memory_percent_per_1k_inflight", b.memoryPercentPer1kInflight, 0, 100);
    return b;
}

// 24 hourly factors, or {"peak_hour": h, "trough_factor": f}: a cosine that is 1 at the peak hour and f twelve
// hours away, sampled at the middle of each hour.
std::array<double, 24> decodeDiurnal(const json& j, const std::string& path)
{
    std::array<double, 24> out{};
    if (j.is_array()) {
        if (j.size() != out.size()) {
            J::fail(path, "expected 24 hourly factors, found " + std::to_string(j.size()));
        }
        for (std::size_t h = 0; h < out.size(); ++h) {
            out[h] = J::number(j[h], J::index(path, h), 0, kMaxDiurnalFactor);
        }
        return out;
    }
    if (!j.is_object()) {
        J::fail(path, "expected 24 hourly factors or {\"peak_hour\": 14, \"trough_factor\": 0.3}");
    }
    J::requireObject(j, path, {"peak_hour", "trough_factor"});
    const double peak = J::number(J::required(j, path, "peak_hour"), J::field(path, "peak_hour"), 0, 23.999);
    const double trough = J::number(J::required(j, path, "trough_factor"), J::field(path, "trough_factor"), 0, 1);
    for (std::size_t h = 0; h < out.size(); ++h) {
        const double angle = 2 * std::numbers::pi * (static_cast<double>(h) + 0.5 - peak) / 24;
        out[h] = trough + (1 - trough) * (1 + std::cos(angle)) / 2;
    }
    return out;
}

void decodeEvent(const json& j, const std::string& path, std::size_t index, Scenario& s)
{
    if (!j.is_object()) {
        J::fail(path, "expected an object");
    }
    const json& type = J::required(j, path, "type");
    const std::string kind = type.is_string() ? type.get<std::string>() : std::string();
    if (kind == "flash_crowd") {
        J::requireObject(j, path, {"type", "at_s", "duration_s", "factor"});
    } else if (kind == "ddos_wave") {
        J::requireObject(
            j, path,
            {"type", "at_s", "duration_s", "keys", "rate_per_key", "key_prefix", "routes", "countries", "ip_pool"});
    } else {
        J::fail(J::field(path, "type"), "expected flash_crowd or ddos_wave");
    }
    const std::int64_t at = J::whole(J::required(j, path, "at_s"), J::field(path, "at_s"), 0, kMaxDurationS);
    if (at >= s.durationS) {
        J::fail(J::field(path, "at_s"),
                "starts after the scenario ends (duration_s is " + std::to_string(s.durationS) + ")");
    }
    const std::int64_t duration =
        J::whole(J::required(j, path, "duration_s"), J::field(path, "duration_s"), 1, kMaxDurationS);
    if (kind == "flash_crowd") {
        s.flashCrowds.push_back(
            FlashCrowd{at, duration, J::number(J::required(j, path, "factor"), J::field(path, "factor"), 1, 100)});
        return;
    }
    DdosWave w;
    w.atS = at;
    w.durationS = duration;
    w.keys = static_cast<std::uint32_t>(J::whole(J::required(j, path, "keys"), J::field(path, "keys"), 1, 10'000'000));
    w.ratePerKey = J::number(J::required(j, path, "rate_per_key"), J::field(path, "rate_per_key"), 1e-6,
                             PopulationJson::kMaxRatePerKey);
    w.keyPrefix = j.contains("key_prefix") ? J::text(j.at("key_prefix"), J::field(path, "key_prefix"), 64, false)
                                           : "ddos" + std::to_string(index) + "-";
    // Botnet addresses: a block of their own per wave (100.64.0.0/10 onwards) unless the file says otherwise.
    w.shape = PopulationJson::decodeShape(j, path, 0x64400000U + (static_cast<std::uint32_t>(index % 64) << 20));
    s.ddosWaves.push_back(w);
}

// Keys are prefix + decimal number, so prefixes "u" and "u1" would both produce "u12". Reject any pair where
// one prefix extends the other by digits only. Reported as a quadratic scan over the pairs would: the first
// prefix (in document order) with a partner, and its first partner. Only heads that end inside a prefix's
// trailing digits can be partners, so each prefix looks up at most its length in heads.
void checkPrefixes(const std::vector<std::pair<std::string, std::string>>& prefixes)
{
    std::unordered_map<std::string_view, std::size_t> first;
    first.reserve(prefixes.size());
    for (std::size_t i = 0; i < prefixes.size(); ++i) {
        first.try_emplace(prefixes[i].second, i);
    }
    for (std::size_t b = 0; b < prefixes.size(); ++b) {
        const std::string_view pb = prefixes[b].second;
        std::size_t digitsFrom = pb.size();
        while (digitsFrom > 0 && pb[digitsFrom - 1] >= '0' && pb[digitsFrom - 1] <= '9') {
            --digitsFrom;
        }
        std::size_t partner = prefixes.size();
        if (const std::size_t same = first.at(pb); same < b) {
            partner = same;  // an equal prefix collides with the earlier one only
        }
        for (std::size_t length = digitsFrom; length < pb.size(); ++length) {
            if (const auto head = first.find(pb.substr(0, length)); head != first.end()) {
                partner = std::min(partner, head->second);
            }
        }
        if (partner < prefixes.size()) {
            J::fail(prefixes[b].first, "keys could collide with those of " +
                                           prefixes[partner].first.substr(0, prefixes[partner].first.rfind('.')) +
                                           " (key_prefix \"" + prefixes[partner].second + "\")");
        }
    }
}

// "10,000,000": a limit as people read it.
std::string groupedText(std::int64_t v)
{
    std::string digits = std::to_string(v);
    for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3) {
        digits.insert(static_cast<std::size_t>(at), 1, ',');
    }
    return digits;
}

// "1.2e12" for a large figure, the whole number for a small one.
std::string aboutText(double v)
{
    if (v < 1e6) {
        return std::to_string(std::llround(v));
    }
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::scientific, 1).ptr;
    std::string text(buffer, end);  // "1.2e+12"
    const std::size_t e = text.find("e+");
    if (e != std::string::npos) {
        const std::size_t digits = text.find_first_not_of('0', e + 2);
        text = text.substr(0, e + 1) + text.substr(digits);
    }
    return text;
}

// A scenario that asks for more than the Simulator can sensibly generate names the source most responsible.
void checkPeakRate(const Scenario& s, const std::vector<std::size_t>& waveEvents)
{
    const PeakRate peak = peakRate(s);
    if (!(peak.total > kMaxPeakRequestsPerSec)) {
        return;
    }
    const std::string source = peak.largestIsWave ? J::index("events", waveEvents[peak.largestIndex])
                                                  : J::index("populations", peak.largestIndex);
    std::string what = "asks for about " + aboutText(peak.largest) + " requests per simulated second";
    if (peak.largest < 0.99 * peak.total) {
        what += ", the whole scenario about " + aboutText(peak.total) + " at its peak";
    }
    J::fail(source, what + "; the limit is " + groupedText(static_cast<std::int64_t>(kMaxPeakRequestsPerSec)) +
                        " (lower keys or rate_per_key)");
}

// ConfigJson reports "policies[0].limit: must be ..." for a field and a bare sentence for a whole-document
// rule; the first becomes "engine.policies[0].limit: ...", the second "engine: ...".
std::string engineError(const std::string& error)
{
    const std::size_t colon = error.find(": ");
    const bool path = colon != std::string::npos && error.find(' ') > colon;
    return (path ? "engine." : "engine: ") + error;
}

void decode(const json& j, Scenario& s)
{
    J::requireObject(j, "",
                     {"name", "description", "start_unix_s", "duration_s", "seed", "engine", "backend", "diurnal",
                      "populations", "events"});
    if (j.contains("name")) {
        s.name = J::text(j.at("name"), "name", 64, false);
    }
    if (j.contains("description")) {
        s.description = J::text(j.at("description"), "description", 4096, true);
    }
    if (j.contains("start_unix_s")) {
        s.startUnixS = J::whole(j.at("start_unix_s"), "start_unix_s", 0, 4102444800.0);  // up to 2100
    }
    if (j.contains("duration_s")) {
        s.durationS = J::whole(j.at("duration_s"), "duration_s", 1, kMaxDurationS);
    }
    if (j.contains("seed")) {
        const json& seed = j.at("seed");
        s.seed = seed.is_number_unsigned() ? seed.get<std::uint64_t>()
                                           : static_cast<std::uint64_t>(J::whole(seed, "seed", 0, kMaxSeed));
    }
    if (j.contains("engine")) {
        if (!j.at("engine").is_object()) {
            J::fail("engine", "expected an object (an engine configuration document)");
        }
        s.engineJson = j.at("engine").dump();
        EngineConfig probe;
        if (auto error = ConfigJson::decode(s.engineJson, probe)) {
            throw J::Error{engineError(*error)};
        }
    }
    if (j.contains("backend")) {
        s.backend = decodeBackend(j.at("backend"), "backend");
    }
    if (j.contains("diurnal")) {
        s.diurnal = decodeDiurnal(j.at("diurnal"), "diurnal");
    }
    const json& populations = J::required(j, "", "populations");
    if (!populations.is_array() || populations.empty()) {
        J::fail("populations", "expected a non-empty array of populations");
    }
    std::vector<std::pair<std::string, std::string>> prefixes;
    std::vector<std::size_t> waveEvents;  // per ddos wave: its index in "events"
    for (std::size_t i = 0; i < populations.size(); ++i) {
        const std::string path = J::index("populations", i);
        s.populations.push_back(PopulationJson::decode(populations[i], path, i));
        prefixes.emplace_back(J::field(path, "key_prefix"), s.populations.back().keyPrefix);
    }
    if (j.contains("events")) {
        const json& events = j.at("events");
        if (!events.is_array()) {
            J::fail("events", "expected an array of events");
        }
        for (std::size_t i = 0; i < events.size(); ++i) {
            const std::size_t waves = s.ddosWaves.size();
            decodeEvent(events[i], J::index("events", i), i, s);
            if (s.ddosWaves.size() > waves) {
                prefixes.emplace_back(J::field(J::index("events", i), "key_prefix"), s.ddosWaves.back().keyPrefix);
                waveEvents.push_back(i);
            }
        }
    }
    checkPrefixes(prefixes);
    checkPeakRate(s, waveEvents);
}
}  // namespace

bool parseScenario(std::string_view text, std::string_view fileName, Scenario& out, std::string& error)
{
    const std::string file(fileName);
    Scenario s;
    try {
        decode(J::parse(text, ""), s);
    } catch (const J::Error& e) {
        error = file + ": " + e.message;
        return false;
    } catch (const json::exception& e) {
        error = file + ": cannot be read (" + e.what() + ")";  // a check that should have come first is missing
        return false;
    }
    if (s.name.empty()) {
        const std::size_t slash = file.find_last_of("/\\");
        const std::string base = slash == std::string::npos ? file : file.substr(slash + 1);
        s.name = base.size() > 5 && base.ends_with(".json") ? base.substr(0, base.size() - 5) : base;
    }
    out = std::move(s);
    return true;
}

}  // namespace sluice::engine::sim
