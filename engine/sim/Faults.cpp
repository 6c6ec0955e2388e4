// SPDX-License-Identifier: Apache-2.0
#include "sim/Faults.h"

#include "core/InputFile.h"
#include "core/JsonRead.h"

#include <algorithm>

namespace sluice::engine::sim {

namespace {
using J = JsonRead;
using nlohmann::json;

constexpr std::size_t kMaxFaultsBytes = 1 << 20;
constexpr std::size_t kMaxFaults = 1000;
constexpr double kMaxSeconds = 366 * 86400.0;

struct KindInfo {
    FaultKind kind;
    const char* name;
    const char* valueField;
    double min;
    double max;
};
// The value field of each kind, and its bounds: a timeout of a minute at most, a share between 0 and 1.
constexpr KindInfo kKinds[] = {
    {FaultKind::Latency, "latency", "added_ms", 0, 60000},
    {FaultKind::Errors, "errors", "rate", 0, 1},
    {FaultKind::Capacity, "capacity", "remaining", 0.01, 1},
    {FaultKind::Outage, "outage", "timeout_ms", 1, 60000},
};

Fault decodeFault(const json& j, const std::string& path)
{
    if (!j.is_object()) {
        J::fail(path, "expected an object");
    }
    const json& kindJson = J::required(j, path, "kind");
    const std::string kindName = kindJson.is_string() ? kindJson.get<std::string>() : std::string();
    const auto info =
        std::find_if(std::begin(kKinds), std::end(kKinds), [&](const KindInfo& k) { return kindName == k.name; });
    if (info == std::end(kKinds)) {
        J::fail(J::field(path, "kind"), "expected latency, errors, capacity or outage");
    }
    J::requireObject(j, path, {"kind", "at_s", "duration_s", info->valueField});
    Fault f;
    f.kind = info->kind;
    f.atS = J::whole(J::required(j, path, "at_s"), J::field(path, "at_s"), 0, kMaxSeconds);
    f.durationS = J::whole(J::required(j, path, "duration_s"), J::field(path, "duration_s"), 1, kMaxSeconds);
    f.value = J::number(J::required(j, path, info->valueField), J::field(path, info->valueField), info->min, info->max);
    return f;
}
}  // namespace

std::string_view nameOf(FaultKind kind)
{
    for (const KindInfo& k : kKinds) {
        if (k.kind == kind) {
            return k.name;
        }
    }
    return "latency";
}

BackendConfig FaultSchedule::backendAt(const BackendConfig& base, double secondsFromStart) const
{
    BackendConfig b = base;
    double failing = 0;  // share of requests that fail
    for (const Fault& f : m_faults) {
        if (secondsFromStart < static_cast<double>(f.atS) ||
            secondsFromStart >= static_cast<double>(f.atS + f.durationS)) {
            continue;
        }
        switch (f.kind) {
        case FaultKind::Latency:
            b.latencyMs += f.value;
            break;
        case FaultKind::Errors:
            failing = 1 - (1 - failing) * (1 - f.value);
            break;
        case FaultKind::Capacity:
            b.capacityRps *= f.value;
            break;
        case FaultKind::Outage:
            b.latencyMs = std::max(b.latencyMs, f.value);
            failing = 1;
            break;
        }
    }
    b.retryShare = failing;
    return b;
}

bool parseFaults(std::string_view text, std::string_view fileName, FaultSchedule& out, std::string& error)
{
    try {
        const json doc = J::parse(text, "");
        J::requireObject(doc, "", {"faults"});
        const json& list = J::required(doc, "", "faults");
        if (!list.is_array()) {
            J::fail("faults", "expected an array");
        }
        if (list.size() > kMaxFaults) {
            J::fail("faults", "at most " + std::to_string(kMaxFaults) + " faults");
        }
        std::vector<Fault> faults;
        for (std::size_t i = 0; i < list.size(); ++i) {
            faults.push_back(decodeFault(list[i], J::index("faults", i)));
        }
        out = FaultSchedule(std::move(faults));
        return true;
    } catch (const J::Error& e) {
        error = std::string(fileName) + ": " + e.message;
        return false;
    }
}

bool loadFaults(const std::string& path, FaultSchedule& out, std::string& error)
{
    std::string text;
    if (auto problem = readInputFile(path, kMaxFaultsBytes, text, "faults file")) {
        error = *problem;
        return false;
    }
    return parseFaults(text, path, out, error);
}

}  // namespace sluice::engine::sim
