// SPDX-License-Identifier: Apache-2.0
#include "http/CheckEndpoint.h"

#include "http/RateLimitFields.h"
#include "runtime/EngineRuntime.h"

#include <atomic>
#include <mutex>

namespace sluice::engine::http {

namespace {

constexpr std::size_t kKeptSpareBatches = 16;
constexpr std::size_t kBatchBytes = 64 * 1024;

std::int64_t steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

HttpResponse plain(int status, std::string body)
{
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

}  // namespace

// What the endpoint shares with the engine thread's `done` callbacks, which may outlive it.
struct CheckEndpoint::Shared {
    std::vector<Policy> policies;
    int deniedStatus = 429;
    std::atomic<std::uint64_t> checks{0}, submitted{0}, allowed{0}, denied{0}, unauthorized{0}, badRequests{0},
        unavailable{0};

    std::mutex mutex;
    std::vector<std::unique_ptr<RequestBatch>> spare;

    std::unique_ptr<RequestBatch> takeSpare()
    {
        {
            std::lock_guard lock(mutex);
            if (!spare.empty()) {
                auto b = std::move(spare.back());
                spare.pop_back();
                return b;
            }
        }
        auto b = std::make_unique<RequestBatch>();
        b->bytes.reserve(kBatchBytes);
        return b;
    }
    void giveBack(std::unique_ptr<RequestBatch> b)
    {
        b->clear();
        b->done = nullptr;
        std::lock_guard lock(mutex);
        if (spare.size() < kKeptSpareBatches) {
            spare.push_back(std::move(b));
        }
    }
};

// The checks of one round: their strings in the batch's bytes (as offsets until the bytes stop growing) and
// whom to answer.
struct CheckEndpoint::Gathered {
    struct Check {
        std::uint32_t keyAt = 0, keyLength = 0, routeAt = 0, routeLength = 0, ipAt = 0, ipLength = 0;
        std::uint32_t cost = 1;
        int deniedStatus = 0;
    };
    std::unique_ptr<RequestBatch> batch;
    std::vector<Check> checks;
    std::vector<Responder> responders;
    std::int64_t waitingSinceNs = 0;

    std::uint32_t store(std::string_view text)
    {
        const auto at = static_cast<std::uint32_t>(batch->bytes.size());
        batch->bytes.insert(batch->bytes.end(), text.begin(), text.end());
        return at;
    }
    std::string_view view(std::uint32_t at, std::uint32_t length) const { return {batch->bytes.data() + at, length}; }
};

CheckEndpoint::CheckEndpoint(EngineRuntime& runtime, const Clock& clock, CheckOptions options, Authorize authorize,
                             std::size_t lanes)
    : m_runtime(runtime), m_clock(clock), m_options(std::move(options)), m_authorize(std::move(authorize)),
      m_shared(std::make_shared<Shared>()), m_lanes(std::max<std::size_t>(1, lanes))
{
    if (m_options.policies.empty()) {
        m_options.policies.emplace_back();
    }
    m_shared->policies = m_options.policies;
    m_shared->deniedStatus = m_options.deniedStatus;
}

CheckEndpoint::~CheckEndpoint()
{
    for (Lane& lane : m_lanes) {
        for (auto& gathered : lane.waiting) {
            answerUnavailable(*gathered);
        }
        if (lane.gathering) {
            answerUnavailable(*lane.gathering);
        }
    }
}

bool CheckEndpoint::handle(const HttpRequest& request, Responder& responder, std::size_t laneIndex)
{
    const std::string_view base = m_options.path;
    const bool ours = request.path.substr(0, base.size()) == base &&
                      (request.path.size() == base.size() || request.path[base.size()] == '/');
    if (!ours) {
        return false;
    }
    const std::string_view below = request.path.substr(base.size());
    Shared& s = *m_shared;
    Lane& lane = m_lanes[laneIndex];
    s.checks.fetch_add(1, std::memory_order_relaxed);
    const std::string_view token = checkToken(request, below.empty(), lane.token);
    if (token.empty() || !m_authorize || !m_authorize(token, Scope::Check)) {
        s.unauthorized.fetch_add(1, std::memory_order_relaxed);
        HttpResponse r = plain(401, "a bearer token with the check scope is required\n");
        r.headers.emplace_back("WWW-Authenticate", token.empty() ? "Bearer realm=\"sluice\""
                                                                 : "Bearer realm=\"sluice\", error=\"invalid_token\"");
        responder.send(std::move(r));
        return true;
    }
    const std::string_view error = lane.query.read(request, below, m_options.keys, m_options.routes);
    if (!error.empty()) {
        s.badRequests.fetch_add(1, std::memory_order_relaxed);
        responder.send(plain(400, std::string(error)));
        return true;
    }
    if (!lane.gathering) {
        startGathering(lane);
    }
    Gathered& g = *lane.gathering;
    Gathered::Check check;
    check.keyAt = g.store(lane.query.key);
    check.keyLength = static_cast<std::uint32_t>(lane.query.key.size());
    check.routeAt = g.store(lane.query.route);
    check.routeLength = static_cast<std::uint32_t>(lane.query.route.size());
    check.ipAt = g.store(lane.query.ip);
    check.ipLength = static_cast<std::uint32_t>(lane.query.ip.size());
    check.cost = lane.query.cost;
    check.deniedStatus = lane.query.deniedStatus;
    g.checks.push_back(check);
    g.responders.push_back(std::move(responder));
    if (g.checks.size() >= m_options.maxBatch) {
        flush(laneIndex);
    }
    return true;
}

void CheckEndpoint::startGathering(Lane& lane)
{
    lane.gathering = std::make_shared<Gathered>();
    lane.gathering->batch = m_shared->takeSpare();
    lane.gathering->checks.reserve(256);
    lane.gathering->responders.reserve(256);
}

void CheckEndpoint::flush(std::size_t laneIndex)
{
    const std::int64_t now = steadyNs();
    Lane& lane = m_lanes[laneIndex];
    while (!lane.waiting.empty() && submit(lane.waiting.front())) {
        lane.waiting.pop_front();
    }
    const std::int64_t patienceNs = std::chrono::duration_cast<std::chrono::nanoseconds>(m_options.queueWait).count();
    while (!lane.waiting.empty() && now - lane.waiting.front()->waitingSinceNs > patienceNs) {
        answerUnavailable(*lane.waiting.front());
        lane.waiting.pop_front();
    }
    if (!lane.gathering || lane.gathering->checks.empty()) {
        return;
    }
    if (!lane.waiting.empty() || !submit(lane.gathering)) {
        lane.gathering->waitingSinceNs = now;
        lane.waiting.push_back(std::move(lane.gathering));
    }
    lane.gathering.reset();
}

bool CheckEndpoint::submit(std::shared_ptr<Gathered>& gathered)
{
    Gathered& g = *gathered;
    RequestBatch& batch = *g.batch;
    const TimeNs now = m_clock.now();
    batch.requests.clear();
    for (const Gathered::Check& c : g.checks) {
        Request r;
        r.key = g.view(c.keyAt, c.keyLength);
        r.route = g.view(c.routeAt, c.routeLength);
        r.ip = g.view(c.ipAt, c.ipLength);
        r.cost = c.cost;
        r.timestamp = now;
        batch.requests.push_back(r);
    }
    batch.done = [shared = m_shared, gathered](std::unique_ptr<RequestBatch> decided) {
        Shared& s = *shared;
        for (std::size_t i = 0; i < decided->requests.size() && i < decided->decisions.size(); ++i) {
            const Decision& d = decided->decisions[i];
            const std::uint32_t policy = policyIndex(s.policies, decided->requests[i].route);
            const std::string_view name = policy == 0 ? kDefaultPolicyName : std::string_view(s.policies[policy].route);
            const int deniedStatus = gathered->checks[i].deniedStatus;
            const RateLimitAnswer answer{deniedStatus != 0 ? deniedStatus : s.deniedStatus};
            (d.allowed ? s.allowed : s.denied).fetch_add(1, std::memory_order_relaxed);
            gathered->responders[i].send(rateLimitResponse(d, name, s.policies[policy].period, answer));
        }
        shared->giveBack(std::move(decided));
    };
    std::unique_ptr<RequestBatch> handed = std::move(g.batch);
    // Decided on this loop when the engine is free (answered before this returns; with several engines, parts of
    // it may be answered later by the engine thread), else queued for its thread. Counted first: a batch decided
    // here may be answered, and counted as allowed or denied, before the call returns.
    const std::size_t checks = g.checks.size();
    m_shared->submitted.fetch_add(checks, std::memory_order_relaxed);
    if (m_runtime.decideNow(handed) || m_runtime.submitWait(handed, std::chrono::milliseconds(0))) {
        return true;
    }
    m_shared->submitted.fetch_sub(checks, std::memory_order_relaxed);
    handed->done = nullptr;  // the callback holds `gathered`, which holds the batch: no cycle while it waits
    g.batch = std::move(handed);
    return false;
}

void CheckEndpoint::answerUnavailable(Gathered& gathered)
{
    m_shared->unavailable.fetch_add(gathered.responders.size(), std::memory_order_relaxed);
    for (Responder& r : gathered.responders) {
        HttpResponse response = plain(503, "the engine is busy; try again\n");
        response.headers.emplace_back("Retry-After", "1");
        r.send(std::move(response));
    }
    gathered.responders.clear();
    gathered.checks.clear();
}

Handler CheckEndpoint::handler(std::size_t lane)
{
    return [this, lane](const HttpRequest& request, Responder responder) {
        if (!handle(request, responder, lane)) {
            m_shared->badRequests.fetch_add(1, std::memory_order_relaxed);
            responder.send(plain(404, "not found\n"));
        }
    };
}

std::function<void()> CheckEndpoint::roundDone(std::size_t lane)
{
    return [this, lane] { flush(lane); };
}

CheckEndpoint::Counters CheckEndpoint::counters() const
{
    const Shared& s = *m_shared;
    Counters c;
    c.checks = s.checks.load(std::memory_order_relaxed);
    c.submitted = s.submitted.load(std::memory_order_relaxed);
    c.allowed = s.allowed.load(std::memory_order_relaxed);
    c.denied = s.denied.load(std::memory_order_relaxed);
    c.unauthorized = s.unauthorized.load(std::memory_order_relaxed);
    c.badRequests = s.badRequests.load(std::memory_order_relaxed);
    c.unavailable = s.unavailable.load(std::memory_order_relaxed);
    return c;
}

SourceState CheckEndpoint::sourceState(const HttpServer& server) const
{
    const Counters c = counters();
    const HttpServer::Counters sc = server.counters();
    SourceState state;
    const std::string address =
        server.address().find(':') != std::string::npos ? "[" + server.address() + "]" : server.address();
    state.name = address + ":" + std::to_string(server.port());
    state.id = "http:" + state.name;
    state.kind = SourceKind::HttpListener;
    state.running = true;
    state.speed = SourceState::kUnpaced;
    state.read = c.checks + sc.malformed + sc.timedOut;
    state.requests = c.submitted;
    state.rejected = c.badRequests + c.unauthorized + sc.malformed + sc.timedOut;
    return state;
}

}  // namespace sluice::engine::http
