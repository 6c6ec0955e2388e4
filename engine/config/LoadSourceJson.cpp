// SPDX-License-Identifier: Apache-2.0
#include "config/LoadSourceJson.h"

#include "core/JsonRead.h"

#include <algorithm>

namespace sluice::engine {

namespace {
using nlohmann::json;

bool isMetricName(const std::string& name, bool allowColon)
{
    if (name.empty() || name.size() > 200) {
        return false;
    }
    auto first = [&](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (allowColon && c == ':');
    };
    return first(name[0]) &&
           std::all_of(name.begin() + 1, name.end(), [&](char c) { return first(c) || (c >= '0' && c <= '9'); });
}

std::string metricName(const json& j, const std::string& path)
{
    std::string name = JsonRead::text(j, path, 200, false);
    if (!isMetricName(name, true)) {
        JsonRead::fail(path, "expected a Prometheus metric name ([a-zA-Z_:][a-zA-Z0-9_:]*)");
    }
    return name;
}

PrometheusSignal::Reading decodeReading(const json& j, const std::string& path)
{
    if (j.is_string()) {
        const auto* found =
            std::find(kPrometheusReadingNames.begin(), kPrometheusReadingNames.end(), j.get<std::string>());
        if (found != kPrometheusReadingNames.end()) {
            return static_cast<PrometheusSignal::Reading>(found - kPrometheusReadingNames.begin());
        }
    }
    JsonRead::fail(path, "expected one of off, gauge, rate, idle_counter, free_of_total, of_total");
}

PrometheusSignal decodeSignal(const json& j, const std::string& path, PrometheusSignal s)
{
    using Reading = PrometheusSignal::Reading;
    JsonRead::requireObject(j, path, {"reading", "metric", "labels", "total", "scale"});
    if (j.contains("reading")) {
        const Reading reading = decodeReading(j.at("reading"), JsonRead::field(path, "reading"));
        if (reading != s.reading) {
            s = PrometheusSignal{reading, {}, {}, {}, 1};  // another reading: the old metric names do not apply
        }
    }
    if (j.contains("metric")) {
        s.metric = metricName(j.at("metric"), JsonRead::field(path, "metric"));
    }
    if (j.contains("labels")) {
        const json& labels = j.at("labels");
        const std::string lp = JsonRead::field(path, "labels");
        if (!labels.is_object() || labels.size() > 16) {
            JsonRead::fail(lp, "expected an object of at most 16 label names and values");
        }
        s.labels.clear();
        for (const auto& item : labels.items()) {
            const std::string vp = JsonRead::field(lp, item.key());
            if (!isMetricName(item.key(), false)) {
                JsonRead::fail(vp, "expected a label name ([a-zA-Z_][a-zA-Z0-9_]*)");
            }
            s.labels.emplace_back(item.key(), JsonRead::text(item.value(), vp, 1000, true));
        }
    }
    if (j.contains("total")) {
        s.total = metricName(j.at("total"), JsonRead::field(path, "total"));
    }
    if (j.contains("scale")) {
        s.scale = JsonRead::number(j.at("scale"), JsonRead::field(path, "scale"), 1e-12, 1e12);
    }
    if (s.reading != Reading::Off && s.metric.empty()) {
        JsonRead::fail(JsonRead::field(path, "metric"), "required for this reading");
    }
    if ((s.reading == Reading::FreeOfTotal || s.reading == Reading::OfTotal) && s.total.empty()) {
        JsonRead::fail(JsonRead::field(path, "total"), "required for this reading: the metric of the whole");
    }
    return s;
}

json encodeSignal(const PrometheusSignal& s)
{
    json labels = json::object();
    for (const auto& [name, value] : s.labels) {
        labels[name] = value;
    }
    json out{{"reading", std::string(kPrometheusReadingNames[static_cast<int>(s.reading)])}};
    if (s.reading != PrometheusSignal::Reading::Off) {
        out["metric"] = s.metric;
        out["labels"] = labels;
        if (!s.total.empty()) {
            out["total"] = s.total;
        }
        out["scale"] = s.scale;
    }
    return out;
}

TimeNs milliseconds(const json& j, const std::string& path, double min, double max)
{
    return static_cast<TimeNs>(JsonRead::whole(j, path, min, max)) * kNsPerMs;
}

PrometheusLoadConfig decodePrometheus(const json& j, const std::string& path, PrometheusLoadConfig p)
{
    JsonRead::requireObject(j, path,
                            {"url", "interval_ms", "timeout_ms", "cpu_percent", "memory_percent", "concurrency"});
    if (j.contains("url")) {
        const std::string up = JsonRead::field(path, "url");
        p.url = JsonRead::text(j.at("url"), up, 2000, false);
        if (p.url.rfind("http://", 0) != 0 && p.url.rfind("https://", 0) != 0) {
            JsonRead::fail(up, "expected an http:// or https:// address");
        }
    }
    if (j.contains("interval_ms")) {
        p.interval = milliseconds(j.at("interval_ms"), JsonRead::field(path, "interval_ms"), 100, 3600e3);
    }
    if (j.contains("timeout_ms")) {
        p.timeout = milliseconds(j.at("timeout_ms"), JsonRead::field(path, "timeout_ms"), 100, 60e3);
    }
    for (int s = 0; s < kLoadSignalCount; ++s) {
        const std::string name(kLoadSignalNames[s]);
        if (j.contains(name)) {
            p.perSignal[s] = decodeSignal(j.at(name), JsonRead::field(path, name), p.perSignal[s]);
        }
    }
    return p;
}

json encodePrometheus(const PrometheusLoadConfig& p)
{
    json out{{"interval_ms", p.interval / kNsPerMs}, {"timeout_ms", p.timeout / kNsPerMs}};
    if (!p.url.empty()) {
        out["url"] = p.url;  // none until one is chosen, and an empty one is not a valid address
    }
    for (int s = 0; s < kLoadSignalCount; ++s) {
        out[std::string(kLoadSignalNames[s])] = encodeSignal(p.perSignal[s]);
    }
    return out;
}

std::array<double, 4> decodeThresholds(const json& j, const std::string& path, double max)
{
    if (!j.is_array() || j.size() != 4) {
        JsonRead::fail(path, "expected four thresholds: low, medium, high, critical");
    }
    std::array<double, 4> out{};
    double previous = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        out[i] = JsonRead::number(j[i], JsonRead::index(path, i), 0, max);
        if (out[i] <= previous) {
            JsonRead::fail(path, "expected four rising thresholds above 0");
        }
        previous = out[i];
    }
    return out;
}

TrafficLoadConfig decodeTraffic(const json& j, const std::string& path, TrafficLoadConfig t)
{
    JsonRead::requireObject(j, path, {"latency_p95_ms", "error_percent", "min_requests"});
    if (j.contains("latency_p95_ms")) {
        t.latencyP95Ms = decodeThresholds(j.at("latency_p95_ms"), JsonRead::field(path, "latency_p95_ms"), 3600e3);
    }
    if (j.contains("error_percent")) {
        t.errorPercent = decodeThresholds(j.at("error_percent"), JsonRead::field(path, "error_percent"), 100);
    }
    if (j.contains("min_requests")) {
        t.minRequests = static_cast<std::uint32_t>(
            JsonRead::whole(j.at("min_requests"), JsonRead::field(path, "min_requests"), 1, 1e9));
    }
    return t;
}

LoadSourceKind decodeKind(const json& j, const std::string& path)
{
    // Modelled belongs to simulations: a scenario brings its backend, a configuration cannot choose it.
    for (const LoadSourceKind kind :
         {LoadSourceKind::None, LoadSourceKind::Host, LoadSourceKind::Prometheus, LoadSourceKind::Traffic}) {
        if (j.is_string() && j.get<std::string>() == nameOf(kind)) {
            return kind;
        }
    }
    JsonRead::fail(path, "expected one of none, host, prometheus, traffic");
}
}  // namespace

LoadSourceConfig decodeLoadSource(const json& j, const std::string& path, LoadSourceConfig base)
{
    JsonRead::requireObject(j, path, {"source", "prometheus", "traffic"});
    if (j.contains("source")) {
        base.kind = decodeKind(j.at("source"), JsonRead::field(path, "source"));
    }
    if (j.contains("prometheus")) {
        base.prometheus = decodePrometheus(j.at("prometheus"), JsonRead::field(path, "prometheus"), base.prometheus);
    }
    if (j.contains("traffic")) {
        base.traffic = decodeTraffic(j.at("traffic"), JsonRead::field(path, "traffic"), base.traffic);
    }
    if (base.kind == LoadSourceKind::Prometheus && base.prometheus.url.empty()) {
        JsonRead::fail(JsonRead::field(JsonRead::field(path, "prometheus"), "url"),
                       "required for the prometheus load source");
    }
    return base;
}

json encodeLoadSource(const LoadSourceConfig& config)
{
    return json{{"source", std::string(nameOf(config.kind))},
                {"prometheus", encodePrometheus(config.prometheus)},
                {"traffic",
                 {{"latency_p95_ms", config.traffic.latencyP95Ms},
                  {"error_percent", config.traffic.errorPercent},
                  {"min_requests", config.traffic.minRequests}}}};
}

}  // namespace sluice::engine
