// SPDX-License-Identifier: Apache-2.0
// The check API under load: wrk (keep-alive, 2 threads, 64 connections) against GET /v1/check over 100 k keys
// with a bearer token, served by this process's HttpServer and a real EngineRuntime; then, in the same run, the
// same wrk against nginx serving a static 204 as the yardstick. Prints one `name value unit` line per figure.
// Skips (exit 0, with a message) when wrk or nginx is missing.
#include "LocalServer.h"

#include "core/Clock.h"
#include "http/CheckEndpoint.h"
#include "http/HttpServer.h"
#include "runtime/EngineRuntime.h"

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <thread>

using namespace sluice::engine;
namespace fs = std::filesystem;

namespace {

constexpr int kKeys = 100'000;
constexpr std::string_view kToken = "bench-token";

std::optional<std::string> findProgram(const std::string& name)
{
    std::string path = std::getenv("PATH") ? std::getenv("PATH") : "";
    path += ":/usr/sbin:/sbin";
    std::size_t at = 0;
    while (at <= path.size()) {
        const std::size_t colon = std::min(path.find(':', at), path.size());
        const fs::path candidate = fs::path(path.substr(at, colon - at)) / name;
        if (!candidate.empty() && access(candidate.c_str(), X_OK) == 0) {
            return candidate.string();
        }
        at = colon + 1;
    }
    return std::nullopt;
}

struct WrkResult {
    double rps = 0;
    double p99Ms = 0;
    std::string errors;
    double engineCpuNsPerCheck = 0;   // the engine thread's CPU time over the checks wrk made
    double engineBusyNsPerCheck = 0;  // that and the time the loops held the engine to decide checks themselves
    double batchesOnLoops = 0;        // per second: batches the loops decided themselves
};

double toMs(double value, const std::string& unit)
{
    if (unit == "us") {
        return value / 1000;
    }
    if (unit == "s") {
        return value * 1000;
    }
    return value;
}

// The load the issue names: 2 threads, 64 connections. On two cores wrk then competes with the server for the
// CPU, and the tail latency is mostly the scheduler's (nginx's own p99 is several ms there too).
struct Load {
    int threads = 2;
    int connections = 64;
};
// A light load beside it: one thread, four connections, so the latency is the server's own.
constexpr Load kLightLoad{1, 4};

std::optional<WrkResult> runWrk(const std::string& wrk, const std::string& url, const std::string& script, int seconds,
                                Load load = {})
{
    std::string command = wrk + " -t" + std::to_string(load.threads) + " -c" + std::to_string(load.connections) +
                          " -d" + std::to_string(seconds) + "s --latency";
    if (!script.empty()) {
        command += " -s " + script;
    }
    command += " " + url + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return std::nullopt;
    }
    WrkResult result;
    bool haveRps = false;
    char line[512];
    while (std::fgets(line, sizeof line, pipe) != nullptr) {
        double value = 0;
        char unit[8] = {};
        if (std::sscanf(line, " 99%% %lf%7[a-z]", &value, unit) == 2) {
            result.p99Ms = toMs(value, unit);
        } else if (std::sscanf(line, "Requests/sec: %lf", &value) == 1) {
            result.rps = value;
            haveRps = true;
        } else if (std::string_view(line).find("errors") != std::string_view::npos ||
                   std::string_view(line).find("Non-2xx") != std::string_view::npos) {
            result.errors += line;
        }
    }
    pclose(pipe);
    if (!haveRps) {
        return std::nullopt;
    }
    return result;
}

// Runs nginx in the foreground from a private prefix; stops it when destroyed.
class StaticNginx {
public:
    StaticNginx(const std::string& nginx, const fs::path& dir)
    {
        const int port = LocalServer::freePort();
        fs::create_directories(dir / "logs");
        const std::string d = dir.string();
        std::ofstream(dir / "nginx.conf")
            << "worker_processes auto;\nerror_log " << d << "/logs/error.log;\npid " << d << "/nginx.pid;\n"
            << "events { worker_connections 1024; }\nhttp {\n  access_log off;\n  keepalive_requests 1000000;\n"
            << "  client_body_temp_path " << d << "/tmp; proxy_temp_path " << d << "/tmp;\n"
            << "  fastcgi_temp_path " << d << "/tmp; uwsgi_temp_path " << d << "/tmp; scgi_temp_path " << d
            << "/tmp;\n  server { listen 127.0.0.1:" << port << "; location / { return 204; } }\n}\n";
        fs::create_directories(dir / "tmp");
        m_server = std::make_unique<LocalServer>(std::vector<std::string>{nginx, "-p", d, "-e", d + "/logs/error.log",
                                                                          "-c", d + "/nginx.conf", "-g", "daemon off;"},
                                                 port);
    }
    bool running() const { return m_server->running(); }
    std::uint16_t port() const { return static_cast<std::uint16_t>(m_server->port()); }

private:
    std::unique_ptr<LocalServer> m_server;
};

void print(const char* name, double value, const char* unit) { std::printf("%s %.6g %s\n", name, value, unit); }

}  // namespace

// Optional argument: seconds per wrk run (default 10). Five runs: the check API on one event loop and nginx, each
// under the load and under a light one, and the check API on one loop per core under the load.
int main(int argc, char** argv)
{
    const int seconds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    const auto wrk = findProgram("wrk");
    const auto nginx = findProgram("nginx");
    if (!wrk || !nginx) {
        std::fprintf(stderr, "http_bench skipped: %s not found (Debian packages wrk and nginx-light)\n",
                     !wrk ? "wrk" : "nginx");
        return 0;
    }
    const fs::path dir = fs::temp_directory_path() / ("sluice-http-bench-" + std::to_string(getpid()));
    fs::create_directories(dir);

    SystemClock clock;
    RuntimeOptions options;
    options.config.policies = {Policy{"", 30, kNsPerMin, 5}};
    std::string error;
    auto runtime = EngineRuntime::start(options, clock, {}, error);
    if (!runtime) {
        std::fprintf(stderr, "engine: %s\n", error.c_str());
        return 1;
    }
    // Every key known to the engine before the run, as on a server that has been up for a while.
    {
        auto batch = std::make_unique<RequestBatch>();
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        for (int k = 0; k < kKeys; ++k) {
            std::string key = std::to_string(k);
            key.insert(key.begin(), 'k');
            spans.emplace_back(batch->bytes.size(), key.size());
            batch->store(key);
        }
        for (const auto& [at, length] : spans) {
            Request r;
            r.key = std::string_view(batch->bytes.data() + at, length);
            r.timestamp = clock.now();
            batch->requests.push_back(r);
        }
        runtime->submitWait(batch, std::chrono::seconds(10));
        runtime->sync();
    }
    const fs::path script = dir / "check.lua";
    std::ofstream(script) << "local n = 0\n"
                          << "request = function()\n"
                          << "  n = n + 1\n"
                          << "  return wrk.format('GET', '/v1/check?key=k' .. math.random(0, " << kKeys - 1
                          << "), {['Authorization'] = 'Bearer " << kToken << "'})\n"
                          << "end\n";
    // The check API on `loops` event loops sharing the port; the endpoint gives each loop a lane of its own.
    const auto measure = [&](std::size_t loops, Load load, http::CheckEndpoint::Counters* counters) {
        http::CheckOptions checkOptions;
        checkOptions.policies = options.config.policies;
        http::CheckEndpoint endpoint(
            *runtime, clock, checkOptions, [](std::string_view token, http::Scope) { return token == kToken; }, loops);
        http::ServerOptions serverOptions;
        serverOptions.loops = loops;
        auto server = http::HttpServer::start(
            serverOptions,
            [&](std::size_t lane) {
                return http::LoopParts{endpoint.handler(lane), endpoint.roundDone(lane)};
            },
            error);
        if (!server) {
            std::fprintf(stderr, "server: %s\n", error.c_str());
            return std::optional<WrkResult>();
        }
        const auto cpuBefore = runtime->engineThreadCpu();
        const auto heldBefore = runtime->decidedNowTime();
        const std::uint64_t nowBefore = runtime->batchesDecidedNow();
        auto result = runWrk(*wrk, "http://127.0.0.1:" + std::to_string(server->port()) + "/v1/check", script.string(),
                             seconds, load);
        const http::CheckEndpoint::Counters decided = endpoint.counters();
        if (result && decided.allowed + decided.denied > 0) {
            // The checks the engine decided while the figures ran (not wrk's other answers, 401 or 503).
            const double checks = static_cast<double>(decided.allowed + decided.denied);
            const auto used = runtime->engineThreadCpu() - cpuBefore;
            const auto held = runtime->decidedNowTime() - heldBefore;
            result->engineCpuNsPerCheck = static_cast<double>(used.count()) / checks;
            result->engineBusyNsPerCheck = static_cast<double>((used + held).count()) / checks;
            result->batchesOnLoops = static_cast<double>(runtime->batchesDecidedNow() - nowBefore) / seconds;
        }
        if (counters != nullptr) {
            *counters = endpoint.counters();
        }
        server.reset();  // before the endpoint it calls
        return result;
    };
    const std::size_t cores = std::max(2U, std::thread::hardware_concurrency());
    // The light load first, and again after the heavy runs: once those have driven every key over its limit, their
    // violations are assessed when the keys' windows close, in passes of at most a few thousand.
    const auto checkLight = measure(1, kLightLoad, nullptr);
    // The yardstick for the engine's own figures: every batch handed to the engine thread and back. It runs first
    // of the heavy runs, so the violation passes it leaves are counted against the loops' figures that follow.
    runtime->setDecideNow(false);
    const auto checkHandedOver = measure(1, {}, nullptr);
    runtime->setDecideNow(true);
    http::CheckEndpoint::Counters counters;
    const auto check = measure(1, {}, &counters);
    const auto checkAllCores = measure(cores, {}, nullptr);
    // Right after: the keys' windows close while it runs, and their violations are assessed in passes.
    const auto checkLightAfter = measure(1, kLightLoad, nullptr);
    runtime.reset();

    std::optional<WrkResult> yardstick;
    std::optional<WrkResult> yardstickLight;
    {
        StaticNginx staticNginx(*nginx, dir / "nginx");
        if (staticNginx.running()) {
            const std::string url = "http://127.0.0.1:" + std::to_string(staticNginx.port()) + "/";
            yardstick = runWrk(*wrk, url, "", seconds);
            yardstickLight = runWrk(*wrk, url, "", seconds, kLightLoad);
        } else {
            std::fprintf(stderr, "nginx did not start (see %s)\n", (dir / "nginx/logs/error.log").c_str());
        }
    }
    std::error_code ignored;
    fs::remove_all(dir, ignored);
    if (!check) {
        std::fprintf(stderr, "wrk against the check API gave no figures\n");
        return 1;
    }
    print("check_rps", check->rps, "requests/s");
    print("check_p99_ms", check->p99Ms, "ms");
    // How long the engine is in use per check: its thread's CPU time, and the (wall) time the loops held it to decide
    // batches themselves, which on two cores shared with wrk includes a loop preempted while holding it. One engine
    // decides one batch at a time, so this bounds the checks a second one server can decide however many loops bring
    // them (capacity). The yardstick hands every batch to the engine thread.
    print("engine_busy_ns_per_check", check->engineBusyNsPerCheck, "ns");
    print("engine_thread_cpu_ns_per_check", check->engineCpuNsPerCheck, "ns");
    print("batches_decided_on_loops_per_sec", check->batchesOnLoops, "batches/s");
    if (check->engineBusyNsPerCheck > 0) {
        print("engine_capacity_checks_per_sec", 1e9 / check->engineBusyNsPerCheck, "checks/s");
        print("engine_capacity_over_check_rps_ratio", 1e9 / check->engineBusyNsPerCheck / check->rps, "x");
    }
    if (checkHandedOver && checkHandedOver->engineBusyNsPerCheck > 0 && check->engineBusyNsPerCheck > 0) {
        print("check_rps.handed_over", checkHandedOver->rps, "requests/s");
        print("engine_busy_ns_per_check.handed_over", checkHandedOver->engineBusyNsPerCheck, "ns");
        print("engine_capacity_checks_per_sec.handed_over", 1e9 / checkHandedOver->engineBusyNsPerCheck, "checks/s");
        print("engine_busy_handed_over_over_on_loops_ratio",
              checkHandedOver->engineBusyNsPerCheck / check->engineBusyNsPerCheck, "x");
    }
    std::fprintf(stderr, "(checks allowed %llu, denied %llu, unauthorized %llu, unavailable %llu)\n%s",
                 static_cast<unsigned long long>(counters.allowed), static_cast<unsigned long long>(counters.denied),
                 static_cast<unsigned long long>(counters.unauthorized),
                 static_cast<unsigned long long>(counters.unavailable), check->errors.c_str());
    if (yardstick) {
        print("nginx_static_rps", yardstick->rps, "requests/s");
        print("nginx_static_p99_ms", yardstick->p99Ms, "ms");
        print("check_to_nginx_ratio", check->rps / yardstick->rps, "x");
    }
    if (checkLight) {
        print("check_p99_ms.light", checkLight->p99Ms, "ms");
    }
    if (checkLight && checkLightAfter) {
        print("check_p99_ms.light_after_heavy", checkLightAfter->p99Ms, "ms");
        print("light_after_heavy_over_light_ratio", checkLightAfter->p99Ms / checkLight->p99Ms, "x");
    }
    if (checkAllCores) {
        print("check_rps.all_cores", checkAllCores->rps, "requests/s");
        print("check_p99_ms.all_cores", checkAllCores->p99Ms, "ms");
        print("http_loops.all_cores", static_cast<double>(cores), "loops");
        print("check_all_cores_over_one_loop_ratio", checkAllCores->rps / check->rps, "x");
        print("engine_busy_ns_per_check.all_cores", checkAllCores->engineBusyNsPerCheck, "ns");
        if (yardstick) {
            print("check_all_cores_to_nginx_ratio", checkAllCores->rps / yardstick->rps, "x");
        }
    }
    if (yardstickLight) {
        print("nginx_static_p99_ms.light", yardstickLight->p99Ms, "ms");
    }
    return 0;
}
