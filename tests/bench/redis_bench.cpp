// SPDX-License-Identifier: Apache-2.0
// Decisions per second through Redis, against a real redis-server started here on 127.0.0.1 (and a 3-master
// cluster): the limiter (redis/RedisLimiter, batches pipelined per node) and, in the same run, the yardsticks: a
// plain hiredis loop of EVALSHA of the same script, one at a time and pipelined. Prints one `name value unit`
// line per figure. Skips (exit 0, with a message) without redis-server.
#include "LocalServer.h"

#include "limiter/Policy.h"
#include "limiter/RateTable.h"
#include "redis/GcraScript.h"
#include "redis/RedisClient.h"
#include "redis/RedisLimiter.h"
#include "redis/RedisReputation.h"

#include <hiredis/hiredis.h>

#include <algorithm>
#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <netinet/in.h>
#include <random>
#include <string>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace sluice::engine;
using namespace sluice::engine::redis;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

std::string findProgram(const char* name)
{
    for (const char* dir : {"/usr/bin", "/usr/local/bin", "/usr/sbin"}) {
        const fs::path path = fs::path(dir) / name;
        if (fs::exists(path)) {
            return path.string();
        }
    }
    return {};
}

// redis-server in the foreground, nothing saved; stopped when destroyed.
class Server {
public:
    Server(const std::string& program, const fs::path& dir, bool cluster)
    {
        fs::create_directories(dir);
        const int port = LocalServer::freePort();
        std::vector<std::string> argv{program,      "--port",    std::to_string(port), "--bind",     "127.0.0.1",
                                      "--save",     "",          "--appendonly",       "no",         "--dir",
                                      dir.string(), "--logfile", "redis.log",          "--loglevel", "warning"};
        if (cluster) {
            argv.insert(argv.end(),
                        {"--cluster-enabled", "yes", "--cluster-port", std::to_string(LocalServer::freePort())});
        }
        // LocalServer waits until the port takes connections: an empty redis-server answers from then on.
        m_server = std::make_unique<LocalServer>(argv, port);
    }
    int port() const { return m_server->port(); }

private:
    std::unique_ptr<LocalServer> m_server;
};

void print(const std::string& name, double value, const char* unit)
{
    std::printf("%s %.6g %s\n", name.c_str(), value, unit);
    std::fflush(stdout);
}

constexpr std::size_t kKeys = 100'000;
constexpr std::size_t kBatch = 1024;

std::vector<std::string> makeKeys()
{
    std::vector<std::string> keys;
    keys.reserve(kKeys);
    for (std::size_t i = 0; i < kKeys; ++i) {
        keys.push_back("user-" + std::to_string(i));
    }
    return keys;
}

// The yardstick: the same script through plain hiredis, `depth` commands per round trip (1 = a loop).
double yardstick(int port, const std::vector<std::string>& keys, int depth, double seconds)
{
    redisContext* c = redisConnect("127.0.0.1", port);
    auto* loaded =
        static_cast<redisReply*>(redisCommand(c, "SCRIPT LOAD %b", gcraScript().data(), gcraScript().size()));
    const std::string sha(loaded->str, loaded->len);
    freeReplyObject(loaded);
    std::mt19937_64 random(1);
    std::size_t done = 0;
    const auto start = Clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    while (Clock::now() < end) {
        for (int i = 0; i < depth; ++i) {
            const std::string& key = keys[random() % keys.size()];
            redisAppendCommand(c, "EVALSHA %s 1 sluice:gcra:{%s} 60000 6000000 1 0", sha.c_str(), key.c_str());
        }
        for (int i = 0; i < depth; ++i) {
            void* reply = nullptr;
            if (redisGetReply(c, &reply) != REDIS_OK) {
                redisFree(c);
                return 0;
            }
            freeReplyObject(reply);
        }
        done += static_cast<std::size_t>(depth);
    }
    redisFree(c);
    return static_cast<double>(done) / std::chrono::duration<double>(Clock::now() - start).count();
}

// The limiter: batches of kBatch checks of random keys, pipelined per node.
double limiterRate(const std::vector<RedisEndpoint>& seeds, const std::vector<std::string>& keys, double seconds,
                   std::size_t* undecided)
{
    RedisOptions options;
    options.seeds = seeds;
    RedisClient client(options);
    RedisLimiter limiter(client);
    const GcraRate rate = RateTable::compute(Policy{"", 1000, kNsPerMin, 100}, 1.0).gcra;
    std::vector<SharedCheck> checks(kBatch);
    std::vector<SharedVerdict> verdicts(kBatch);
    std::mt19937_64 random(2);
    std::size_t done = 0;
    const auto start = Clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    while (Clock::now() < end) {
        for (SharedCheck& check : checks) {
            check = SharedCheck{keys[random() % keys.size()], {}, rate, 1, 0};
        }
        limiter.decide(checks, verdicts);
        for (const SharedVerdict& verdict : verdicts) {
            *undecided += verdict.decided ? 0 : 1;
        }
        done += kBatch;
    }
    return static_cast<double>(done) / std::chrono::duration<double>(Clock::now() - start).count();
}

TimeNs wallNow()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Shared scores: rounds of 4,096 score changes of random keys (alternately -3 and +1 points, not merged) through
// RedisReputation, each round waited for; the changes the fleet made a second.
double scoreChangeRate(const std::vector<RedisEndpoint>& seeds, const std::vector<std::string>& keys, double seconds,
                       std::size_t* alone)
{
    RedisOptions options;
    options.seeds = seeds;
    RedisReputation fleet(options, "bench", "bench:1");
    const ReputationConfig config;
    std::vector<ScoreChange> changes;
    std::vector<ScoreRead> reads;
    std::vector<FleetScore> answers;
    std::mt19937_64 random(3);
    std::size_t done = 0;
    const auto start = Clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    while (Clock::now() < end) {
        const TimeNs now = wallNow();
        changes.clear();
        for (std::size_t i = 0; i < 4 * kBatch; ++i) {
            changes.push_back(ScoreChange{keys[random() % keys.size()], i % 2 == 0 ? -3.0F : 1.0F,
                                          ScoreChange::Cause::Shift, 0, 0, now, 50.0F});
        }
        fleet.send(changes, reads, config, now);
        if (!fleet.flush(std::chrono::seconds(30))) {
            return 0;
        }
        fleet.take(answers);
        for (const FleetScore& a : answers) {
            done += a.source == FleetScore::Source::Change ? 1 : 0;
            *alone += a.source == FleetScore::Source::Unshared ? 1 : 0;
        }
    }
    return static_cast<double>(done) / std::chrono::duration<double>(Clock::now() - start).count();
}

struct LeaseRun {
    double perSec = 0;          // both engines together
    double overAdmission = -1;  // the most any key got in any one second beyond burst + rate x 1 s, as a share of
                                // that (below 0: under the limit)
    double bound = 0;           // what leases allow: engines x units, as a share of the same
    double leasedShare = 0;     // decisions made from leases
};

// The most admissions within any window of `window` (times sorted).
std::size_t busiestWindow(const std::vector<TimeNs>& times, TimeNs window)
{
    std::size_t most = 0;
    std::size_t from = 0;
    for (std::size_t to = 0; to < times.size(); ++to) {
        while (times[to] - times[from] >= window) {
            ++from;
        }
        most = std::max(most, to - from + 1);
    }
    return most;
}

// Two engines (two clients, two threads) with leases over a few hot keys, each key far above its limit: how fast,
// and how far beyond its limit a key got in all.
LeaseRun leaseRun(const std::vector<RedisEndpoint>& seeds, double seconds, std::uint32_t units)
{
    constexpr std::size_t kHotKeys = 100;
    constexpr std::uint32_t kPerSecond = 100;  // each key's limit, with a burst of as many
    const GcraRate rate = RateTable::compute(Policy{"", kPerSecond * 60, kNsPerMin, kPerSecond}, 1.0).gcra;
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < kHotKeys; ++i) {
        keys.push_back("hot-" + std::to_string(i) + "-" + std::to_string(wallNow()));  // fresh keys every run
    }
    // When each key's requests passed, by engine: a key passes about its limit, so these stay small.
    std::vector<std::vector<std::vector<TimeNs>>> admitted(2, std::vector<std::vector<TimeNs>>(kHotKeys));
    std::vector<std::uint64_t> done(2);
    std::vector<std::uint64_t> leased(2);
    const auto start = Clock::now();
    const auto end = start + std::chrono::duration<double>(seconds);
    std::vector<std::thread> engines;
    for (int e = 0; e < 2; ++e) {
        engines.emplace_back([&, e] {
            RedisOptions options;
            options.seeds = seeds;
            RedisClient client(options);
            RedisLimiter limiter(client, "sluice", true, RedisLease{units, 100 * kNsPerMs});
            std::vector<SharedCheck> checks(kBatch);
            std::vector<SharedVerdict> verdicts(kBatch);
            std::vector<std::size_t> which(kBatch);
            std::mt19937_64 random(static_cast<std::uint64_t>(e) + 5);
            while (Clock::now() < end) {
                const TimeNs now = wallNow();
                for (std::size_t i = 0; i < kBatch; ++i) {
                    which[i] = random() % kHotKeys;
                    checks[i] = SharedCheck{keys[which[i]], {}, rate, 1, now};
                }
                limiter.decide(checks, verdicts);
                for (std::size_t i = 0; i < kBatch; ++i) {
                    if (verdicts[i].allowed) {
                        admitted[static_cast<std::size_t>(e)][which[i]].push_back(now);
                    }
                }
                done[static_cast<std::size_t>(e)] += kBatch;
            }
            leased[static_cast<std::size_t>(e)] = limiter.leasedDecisions();
        });
    }
    for (std::thread& t : engines) {
        t.join();
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    // GCRA lets at most the burst and then the rate through in any second: 2 x kPerSecond.
    const double exact = 2.0 * kPerSecond;
    LeaseRun run;
    for (std::size_t k = 0; k < kHotKeys; ++k) {
        std::vector<TimeNs> times = admitted[0][k];
        times.insert(times.end(), admitted[1][k].begin(), admitted[1][k].end());
        std::sort(times.begin(), times.end());
        const double got = static_cast<double>(busiestWindow(times, kNsPerSec));
        run.overAdmission = std::max(run.overAdmission, (got - exact) / exact);
    }
    run.perSec = static_cast<double>(done[0] + done[1]) / elapsed;
    run.bound = 2.0 * units / exact;
    run.leasedShare = static_cast<double>(leased[0] + leased[1]) / static_cast<double>(done[0] + done[1]);
    return run;
}

bool makeCluster(const std::string& cli, const std::vector<std::unique_ptr<Server>>& nodes)
{
    std::string command = cli + " --cluster create";
    for (const auto& node : nodes) {
        command += " 127.0.0.1:" + std::to_string(node->port());
    }
    command += " --cluster-yes > /dev/null 2>&1";
    if (std::system(command.c_str()) != 0) {
        return false;
    }
    for (int i = 0; i < 400; ++i) {
        bool ok = true;
        for (const auto& node : nodes) {
            redisContext* c = redisConnect("127.0.0.1", node->port());
            auto* info = static_cast<redisReply*>(redisCommand(c, "CLUSTER INFO"));
            ok = ok && info != nullptr && info->type == REDIS_REPLY_STRING &&
                 std::string(info->str, info->len).find("cluster_state:ok") != std::string::npos;
            freeReplyObject(info);
            redisFree(c);
        }
        if (ok) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

}  // namespace

// Optional argument: seconds per figure (default 3).
int main(int argc, char** argv)
{
    const double seconds = argc > 1 ? std::max(0.5, std::atof(argv[1])) : 3.0;
    const std::string server = findProgram("redis-server");
    const std::string cli = findProgram("redis-cli");
    if (server.empty() || cli.empty()) {
        std::fprintf(stderr,
                     "redis_bench skipped: redis-server or redis-cli not found (Debian package redis-server)\n");
        return 0;
    }
    const fs::path dir = fs::temp_directory_path() / ("sluice-redis-bench-" + std::to_string(getpid()));
    const std::vector<std::string> keys = makeKeys();
    {
        Server single(server, dir / "single", false);
        const double loop = yardstick(single.port(), keys, 1, seconds);
        const double pipelined = yardstick(single.port(), keys, static_cast<int>(kBatch), seconds);
        std::size_t undecided = 0;
        const double limiter = limiterRate({{"127.0.0.1", single.port()}}, keys, seconds, &undecided);
        print("redis_yardstick_evalsha_loop_per_sec", loop, "req/s");
        print("redis_yardstick_evalsha_pipelined_per_sec", pipelined, "req/s");
        print("redis_decisions_per_sec.single", limiter, "req/s");
        print("redis_decisions_over_pipelined_yardstick.single", limiter / pipelined, "ratio");
        print("redis_undecided.single", static_cast<double>(undecided), "requests");
        const LeaseRun exact = leaseRun({{"127.0.0.1", single.port()}}, seconds, 0);
        const LeaseRun leases = leaseRun({{"127.0.0.1", single.port()}}, seconds, 50);
        print("redis_hot_keys_per_sec.two_engines", exact.perSec, "req/s");
        print("redis_hot_keys_over_admission.two_engines", exact.overAdmission, "ratio");
        print("redis_hot_keys_per_sec.two_engines_leases_50", leases.perSec, "req/s");
        print("redis_hot_keys_leased_share", leases.leasedShare, "ratio");
        print("redis_hot_keys_over_admission.leases_50", leases.overAdmission, "ratio");
        print("redis_hot_keys_over_admission_bound.leases_50", leases.bound, "ratio");
        print("redis_leases_over_pipelined_yardstick", leases.perSec / pipelined, "ratio");
        std::size_t alone = 0;
        const double scores = scoreChangeRate({{"127.0.0.1", single.port()}}, keys, seconds, &alone);
        print("redis_score_changes_per_sec.single", scores, "changes/s");
        print("redis_score_changes_over_pipelined_yardstick.single", scores / pipelined, "ratio");
        print("redis_score_changes_alone.single", static_cast<double>(alone), "changes");
    }
    {
        std::vector<std::unique_ptr<Server>> nodes;
        for (int i = 0; i < 3; ++i) {
            nodes.push_back(std::make_unique<Server>(server, dir / ("node" + std::to_string(i)), true));
        }
        if (!makeCluster(cli, nodes)) {
            std::fprintf(stderr, "redis_bench: the 3-master cluster did not form\n");
            fs::remove_all(dir);
            return 1;
        }
        std::size_t undecided = 0;
        const double limiter = limiterRate({{"127.0.0.1", nodes[0]->port()}}, keys, seconds, &undecided);
        print("redis_decisions_per_sec.cluster3", limiter, "req/s");
        print("redis_undecided.cluster3", static_cast<double>(undecided), "requests");
        std::size_t alone = 0;
        print("redis_score_changes_per_sec.cluster3",
              scoreChangeRate({{"127.0.0.1", nodes[0]->port()}}, keys, seconds, &alone), "changes/s");
        print("redis_score_changes_alone.cluster3", static_cast<double>(alone), "changes");
    }
    fs::remove_all(dir);
    return 0;
}
