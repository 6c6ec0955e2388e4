// SPDX-License-Identifier: Apache-2.0
#include "http/MetricsText.h"

#include "runtime/EngineRuntime.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace sluice::engine::http {

namespace {

// Appends metric families in the exposition format. Label values are escaped as the format asks.
class Writer final {
public:
    explicit Writer(std::string& out) : m_out(out) {}

    void family(std::string_view name, std::string_view type, std::string_view help)
    {
        m_out.append("# HELP ").append(name).append(" ").append(help).append("\n");
        m_out.append("# TYPE ").append(name).append(" ").append(type).append("\n");
    }

    // `labels` is the already-escaped text between the braces, or empty.
    void sample(std::string_view name, std::string_view labels, double value)
    {
        m_out.append(name);
        if (!labels.empty()) {
            m_out.append("{").append(labels).append("}");
        }
        m_out.append(" ");
        number(value);
        m_out.append("\n");
    }

    void number(double value)
    {
        if (std::isinf(value)) {
            m_out.append(value > 0 ? "+Inf" : "-Inf");
            return;
        }
        if (std::isnan(value)) {
            m_out.append("NaN");
            return;
        }
        char text[32];
        const auto end = std::to_chars(text, text + sizeof text, value).ptr;
        m_out.append(text, end);
    }

    static std::string label(std::string_view name, std::string_view value)
    {
        std::string out(name);
        out += "=\"";
        for (const char c : value) {
            switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '"':
                out += "\\\"";
                break;
            case '\n':
                out += "\\n";
                break;
            default:
                out += c;
            }
        }
        out += '"';
        return out;
    }

private:
    std::string& m_out;
};

std::string_view kindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Simulation:
        return "simulation";
    case SourceKind::LogTail:
        return "log_tail";
    case SourceKind::LogReplay:
        return "log_replay";
    case SourceKind::HttpListener:
        return "http_listener";
    }
    return "unknown";
}

// Bucket bounds as people write them ("0.0005", not the shorter "5e-04").
std::string formatLabel(double value)
{
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value, std::chars_format::general).ptr;
    return {text, end};
}

// One series pair per route name: the default policy is "default", as RateLimit-Policy names it; a configured
// route of the same name, or a second policy for one route, shares its series rather than repeat it.
void routeDecisions(Writer& w, const std::vector<RouteDecisions>& routes)
{
    if (routes.empty()) {
        return;
    }
    std::vector<RouteDecisions> byName;
    for (const RouteDecisions& r : routes) {
        const std::string_view name = r.route.empty() ? kDefaultPolicyName : std::string_view(r.route);
        auto it = std::find_if(byName.begin(), byName.end(), [&](const RouteDecisions& b) { return b.route == name; });
        if (it == byName.end()) {
            it = byName.insert(byName.end(), RouteDecisions{std::string(name)});
        }
        it->allowed += r.allowed;
        it->denied += r.denied;
    }
    w.family("sluice_route_decisions_total", "counter",
             "Requests decided since the engine started, by route policy (\"default\" for the default policy) and "
             "result.");
    for (const RouteDecisions& r : byName) {
        const std::string route = Writer::label("route", r.route);
        w.sample("sluice_route_decisions_total", route + ",result=\"allowed\"", double(r.allowed));
        w.sample("sluice_route_decisions_total", route + ",result=\"denied\"", double(r.denied));
    }
}

void decisions(Writer& w, const Snapshot& s, const TierTally* tiers)
{
    w.family("sluice_decisions_total", "counter", "Requests decided since the engine started, by result.");
    w.sample("sluice_decisions_total", "result=\"allowed\"", double(s.allowed));
    w.sample("sluice_decisions_total", "result=\"denied\"", double(s.denied));
    routeDecisions(w, s.routeDecisions);
    if (tiers != nullptr) {
        w.family("sluice_tier_decisions_total", "counter",
                 "Requests decided by the reputation tier of their key, counted per closed second since this "
                 "process began serving metrics.");
        for (const auto tier : {ReputationTier::Flagged, ReputationTier::Standard, ReputationTier::Trusted}) {
            const std::string name = Writer::label("tier", nameOf(tier));
            w.sample("sluice_tier_decisions_total", name + ",result=\"allowed\"", double(tiers->allowed(tier)));
            w.sample("sluice_tier_decisions_total", name + ",result=\"denied\"", double(tiers->denied(tier)));
        }
    }
}

void throttle(Writer& w, const Snapshot& s)
{
    w.family("sluice_throttle_level", "gauge", "Throttle level in force: 0 none, 1 low, 2 medium, 3 high, 4 critical.");
    w.sample("sluice_throttle_level", {}, double(static_cast<int>(s.throttle.level)));
    w.family("sluice_throttle_multiplier", "gauge", "Factor the throttle applies to every limit (1 = unthrottled).");
    w.sample("sluice_throttle_multiplier", {}, s.throttle.multiplier);
    w.family("sluice_throttle_automatic", "gauge", "1 while the auto-throttle decides the level, 0 under an override.");
    w.sample("sluice_throttle_automatic", {}, s.throttle.automatic ? 1.0 : 0.0);
}

void keys(Writer& w, const Snapshot& s)
{
    w.family("sluice_keys", "gauge",
             "Keys the engine knows: active in the hot table, dormant when evicted with their reputation kept.");
    w.sample("sluice_keys", "state=\"active\"", double(s.activeKeys));
    w.sample("sluice_keys", "state=\"dormant\"", double(s.dormantKeys));
    w.family("sluice_reputation_keys", "gauge",
             "Active keys by reputation score, in bins of 5 points: score_min <= score < score_max (the last "
             "bin includes 100).");
    constexpr double kBinWidth = 100.0 / kHistogramBins;
    for (int bin = 0; bin < kHistogramBins; ++bin) {
        const std::string labels = Writer::label("score_min", formatLabel(bin * kBinWidth)) + "," +
                                   Writer::label("score_max", formatLabel((bin + 1) * kBinWidth));
        w.sample("sluice_reputation_keys", labels, double(s.histogram[bin]));
    }
    w.family("sluice_reputation_tier_keys", "gauge", "Active keys by reputation tier.");
    for (const auto tier : {ReputationTier::Flagged, ReputationTier::Standard, ReputationTier::Trusted}) {
        w.sample("sluice_reputation_tier_keys", Writer::label("tier", nameOf(tier)),
                 double(s.tierCounts[static_cast<int>(tier)]));
    }
    w.family("sluice_vip_assignments", "gauge", "VIP assignments in force.");
    w.sample("sluice_vip_assignments", {}, double(s.vipAssignments));
    w.family("sluice_engine_memory_bytes", "gauge", "Memory the engine's tables hold.");
    w.sample("sluice_engine_memory_bytes", {}, double(s.memoryBytes));
}

void store(Writer& w, const Snapshot& s, double checkpointAgeSec)
{
    const StoreHealth& h = s.store;
    w.family("sluice_store_queue_depth", "gauge",
             "History events and key checkpoints handed to the store and not yet written.");
    w.sample("sluice_store_queue_depth", "kind=\"events\"", double(h.eventsPending.total()));
    w.sample("sluice_store_queue_depth", "kind=\"keys\"", double(h.keysPending));
    w.family("sluice_store_dropped_total", "counter", "History never stored: beyond the memory bound while failing.");
    w.sample("sluice_store_dropped_total", "kind=\"events\"", double(h.eventsDropped.total()));
    w.sample("sluice_store_dropped_total", "kind=\"keys\"", double(h.keysDropped));
    w.family("sluice_store_failing", "gauge", "1 while writes to the database fail and are retried.");
    w.sample("sluice_store_failing", {}, h.failing() ? 1.0 : 0.0);
    if (checkpointAgeSec >= 0) {
        w.family("sluice_store_checkpoint_age_seconds", "gauge",
                 "Seconds since the engine last handed key reputations to the store.");
        w.sample("sluice_store_checkpoint_age_seconds", {}, checkpointAgeSec);
    }
}

// The limiter shared with other engines (Redis), when there is one: whether it is degraded, each node's breaker,
// and how the requests were decided.
void shared(Writer& w, const SharedView& v)
{
    if (!v.configured) {
        return;
    }
    w.family("sluice_redis_degraded", "gauge",
             "1 while some keys cannot reach their Redis node and their policy's failure rule decides them.");
    w.sample("sluice_redis_degraded", {}, v.degraded ? 1.0 : 0.0);
    w.family("sluice_redis_node_up", "gauge", "1 while a Redis node's circuit breaker is closed.");
    for (const SharedNodeView& node : v.nodes) {
        const std::string labels =
            Writer::label("node", node.address) + "," + Writer::label("role", node.master ? "master" : "replica");
        w.sample("sluice_redis_node_up", labels, node.breaker == BreakerState::Closed ? 1.0 : 0.0);
    }
    w.family("sluice_redis_decisions_total", "counter",
             "Requests by who decided them: Redis, a lease of Redis' units, or a failure rule (open, closed, local) "
             "while Redis could not.");
    w.sample("sluice_redis_decisions_total", "by=\"redis\"", double(v.decided - v.leased));
    w.sample("sluice_redis_decisions_total", "by=\"lease\"", double(v.leased));
    w.sample("sluice_redis_decisions_total", "by=\"open\"", double(v.failedOpen));
    w.sample("sluice_redis_decisions_total", "by=\"closed\"", double(v.failedClosed));
    w.sample("sluice_redis_decisions_total", "by=\"local\"", double(v.failedLocal));
    if (v.scoresShared) {
        w.family("sluice_redis_score_changes_total", "counter",
                 "Changes of keys' reputation scores by where they were made: on the fleet's score in Redis, or here "
                 "alone while Redis could not take them.");
        w.sample("sluice_redis_score_changes_total", "by=\"redis\"", double(v.scoreChanges));
        w.sample("sluice_redis_score_changes_total", "by=\"local\"", double(v.scoreChangesAlone));
        w.family("sluice_redis_score_listening", "gauge",
                 "1 while other engines' changes of a key's reputation tier are heard.");
        w.sample("sluice_redis_score_listening", {}, v.scoresListening ? 1.0 : 0.0);
    }
}

void sources(Writer& w, std::span<const SourceState> all)
{
    if (all.empty()) {
        return;
    }
    struct Counter {
        const char* name;
        const char* type;
        const char* help;
        double (*value)(const SourceState&);
    };
    static constexpr Counter kCounters[] = {
        {"sluice_source_lines_read_total", "counter", "Lines (or HTTP requests) a source read, understood or not.",
         [](const SourceState& s) { return double(s.read); }},
        {"sluice_source_lines_rejected_total", "counter", "Lines (or HTTP requests) a source read but could not use.",
         [](const SourceState& s) { return double(s.rejected); }},
        {"sluice_source_requests_total", "counter", "Requests a source handed to the engine.",
         [](const SourceState& s) { return double(s.requests); }},
        {"sluice_source_lag_seconds", "gauge", "How far a source is behind its pacing or its file's end.",
         [](const SourceState& s) { return double(s.lagNs) / double(kNsPerSec); }},
        {"sluice_source_running", "gauge", "1 while a source runs and is not paused.",
         [](const SourceState& s) { return s.running && !s.paused ? 1.0 : 0.0; }},
    };
    for (const Counter& c : kCounters) {
        w.family(c.name, c.type, c.help);
        for (const SourceState& s : all) {
            w.sample(c.name, Writer::label("source", s.id) + "," + Writer::label("kind", kindName(s.kind)), c.value(s));
        }
    }
}

void http(Writer& w, const HttpCounters& c)
{
    w.family("sluice_http_requests_total", "counter", "HTTP requests answered, by status code.");
    if (!c.byCode.empty()) {
        for (const auto& [code, count] : c.byCode) {
            w.sample("sluice_http_requests_total", Writer::label("code", std::to_string(code)), double(count));
        }
    } else {
        static constexpr std::string_view kClasses[] = {"other", "1xx", "2xx", "3xx", "4xx", "5xx"};
        for (std::size_t i = 0; i < c.byStatusClass.size(); ++i) {
            w.sample("sluice_http_requests_total", Writer::label("code", kClasses[i]), double(c.byStatusClass[i]));
        }
    }
    w.family("sluice_http_malformed_requests_total", "counter", "Requests refused as malformed or too large.");
    w.sample("sluice_http_malformed_requests_total", {}, double(c.malformed));
    w.family("sluice_http_unauthorized_requests_total", "counter",
             "Requests refused for a missing, wrong or revoked token, or one whose scope does not allow them.");
    w.sample("sluice_http_unauthorized_requests_total", {}, double(c.unauthorized));
    w.family("sluice_http_timeouts_total", "counter", "Connections closed by the read or idle timeout.");
    w.sample("sluice_http_timeouts_total", {}, double(c.timedOut));
    w.family("sluice_http_refused_connections_total", "counter", "Connections refused at the connection limit.");
    w.sample("sluice_http_refused_connections_total", {}, double(c.refused));

    w.family("sluice_http_request_duration_seconds", "histogram", "Time from a request read to its answer queued.");
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < c.latencyBoundsSec.size(); ++i) {
        cumulative += i < c.latencyCounts.size() ? c.latencyCounts[i] : 0;
        w.sample("sluice_http_request_duration_seconds_bucket", Writer::label("le", formatLabel(c.latencyBoundsSec[i])),
                 double(cumulative));
    }
    for (std::size_t i = c.latencyBoundsSec.size(); i < c.latencyCounts.size(); ++i) {
        cumulative += c.latencyCounts[i];
    }
    w.sample("sluice_http_request_duration_seconds_bucket", "le=\"+Inf\"", double(cumulative));
    w.sample("sluice_http_request_duration_seconds_sum", {}, c.latencySumSec);
    w.sample("sluice_http_request_duration_seconds_count", {}, double(cumulative));
}

// One engine decides one batch at a time, whichever thread it is on: its busy time's rate says how close the
// server is to what one engine can decide.
void engineUse(Writer& w, const EngineUse& use)
{
    w.family("sluice_engine_busy_seconds_total", "counter",
             "Seconds the engine was in use: its thread's CPU time and the time HTTP loops held it to decide checks.");
    w.sample("sluice_engine_busy_seconds_total", {}, use.busySec);
    w.family("sluice_engine_loop_batches_total", "counter",
             "Check batches an HTTP loop decided itself while the engine was free, rather than through its thread.");
    w.sample("sluice_engine_loop_batches_total", {}, double(use.batchesOnLoops));
    w.family("sluice_engines", "gauge",
             "Engines the keys are split over, each deciding its own keys: busy seconds a second can reach this many.");
    w.sample("sluice_engines", {}, double(use.engines));
}

}  // namespace

EngineUse engineUseOf(const EngineRuntime& runtime)
{
    return EngineUse{std::chrono::duration<double>(runtime.engineThreadCpu() + runtime.decidedNowTime()).count(),
                     runtime.batchesDecidedNow(), runtime.options().engines};
}

std::string metricsText(const MetricsInput& input)
{
    std::string out;
    out.reserve(8192);
    Writer w(out);
    if (const Snapshot* s = input.snapshot) {
        decisions(w, *s, input.tiers);
        throttle(w, *s);
        keys(w, *s);
        store(w, *s, input.checkpointAgeSec);
        shared(w, s->shared);
    }
    if (input.engine != nullptr) {
        engineUse(w, *input.engine);
    }
    sources(w, input.sources);
    if (input.http != nullptr) {
        http(w, *input.http);
    }
    return out;
}

}  // namespace sluice::engine::http
