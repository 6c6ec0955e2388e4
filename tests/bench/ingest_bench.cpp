// SPDX-License-Identifier: Apache-2.0
// Access log ingest speed: lines of a combined log parsed, keyed and decided by a real Engine, on one parsing
// thread and with parsing spread over every core (decisions still in file order on one thread), against
// GoAccess reading the same file. The file (at least 1 M lines) is made from the real access log in the shared
// data folder, repeated with its times shifted. Prints one `name value unit` line per figure.
#include "decision/Engine.h"
#include "logs/LineIngest.h"
#include "logs/LineSplitter.h"
#include "logs/LogFileReader.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <sys/mman.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace sluice::engine;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMinLines = 1'000'000;
constexpr std::size_t kBatch = 4096;
constexpr int kRuns = 3;
constexpr std::int64_t kCopySec = 10;

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

logs::IngestOptions combinedByIp()
{
    logs::IngestOptions options;
    std::string error;
    options.format = *logs::logFormatFromText("combined", error);
    options.key = *logs::keySpecFromText("ip", error);
    options.routes.add("/presentations", "presentations");
    options.routes.add("/images", "images");
    return options;
}

EngineConfig config()
{
    EngineConfig c;
    c.policies = {Policy{"", 600, kNsPerMin, 100}, Policy{"images", 1200, kNsPerMin, 200}};
    return c;
}

// "[17/May/2015:10:05:03 +0000]" for `t`, in UTC.
std::string timeLocal(std::int64_t unixSec)
{
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::int64_t days = unixSec / 86400;
    const std::int64_t secs = unixSec % 86400;
    // Howard Hinnant's civil_from_days.
    const std::int64_t z = days + 719468;
    const std::int64_t era = z / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const auto y = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (m <= 2 ? 1 : 0);
    char out[40];
    std::snprintf(out, sizeof out, "%02u/%s/%04d:%02d:%02d:%02d +0000", d, kMonths[m - 1], y,
                  static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60));
    return out;
}

// The sample repeated until it has kMinLines lines, each copy shifted past the one before in time. The sample
// spans days at one line every half minute; each copy is squeezed into kCopySec, the density of a busy server
// (about 1,000 lines a second), so the engine sees traffic as a real log of a million lines brings it rather
// than mostly closing silent seconds in its rollups.
bool makeLog(const fs::path& sample, const fs::path& out, std::size_t& lines)
{
    std::ifstream in(sample);
    std::vector<std::string> source;
    std::vector<std::int64_t> times;
    std::string line;
    logs::LogParser parser(combinedByIp().format);
    logs::LogRecord record;
    while (std::getline(in, line)) {
        if (parser.parse(line, record).empty()) {
            source.push_back(line);
            times.push_back(record.time / kNsPerSec);
        }
    }
    if (source.empty()) {
        return false;
    }
    const std::int64_t span = *std::max_element(times.begin(), times.end()) - times.front() + 1;
    std::ofstream o(out, std::ios::binary);
    lines = 0;
    for (std::int64_t copy = 0; lines < kMinLines; ++copy) {
        for (std::size_t i = 0; i < source.size(); ++i) {
            const std::string& s = source[i];
            const std::size_t open = s.find('[');
            const std::size_t close = s.find(']', open);
            const std::int64_t at = times.front() + copy * kCopySec + (times[i] - times.front()) * kCopySec / span;
            o << std::string_view(s).substr(0, open + 1) << timeLocal(at) << std::string_view(s).substr(close) << '\n';
            ++lines;
        }
    }
    return static_cast<bool>(o);
}

struct Totals {
    std::uint64_t requests = 0;
    std::uint64_t allowed = 0;
};

void decide(Engine& engine, RequestBatch& batch, Totals& totals)
{
    batch.decisions.resize(batch.requests.size());
    engine.decide(batch.requests, batch.decisions);
    totals.requests += batch.requests.size();
    for (const Decision& d : batch.decisions) {
        totals.allowed += d.allowed ? 1 : 0;
    }
}

// One thread reads, splits, parses and (unless parseOnly) decides.
double singleThread(const fs::path& file, Totals& totals, bool parseOnly = false)
{
    Engine engine(config());
    logs::LineIngest ingest(combinedByIp());
    logs::LineSplitter splitter;
    RequestBatch batch;
    std::string error;
    const auto t0 = Clock::now();
    auto reader = logs::LogFileReader::open(file.string(), error);
    auto onLine = [&](std::string_view line, std::uint64_t number, bool) {
        ingest.add(line, number, batch);
        if (batch.requests.size() >= kBatch) {
            if (!parseOnly) {
                decide(engine, batch, totals);
            }
            batch.clear();
        }
    };
    for (std::string_view chunk = reader->read(); !chunk.empty(); chunk = reader->read()) {
        splitter.feed(chunk, onLine);
    }
    splitter.finish(onLine);
    decide(engine, batch, totals);
    return static_cast<double>(ingest.read()) / secondsSince(t0);
}

// The file split at line boundaries into one range a core; each range parsed on a thread of its own into
// batches, which one thread decides in file order as they become ready.
struct RangeQueue {
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<std::unique_ptr<RequestBatch>> batches;
    bool done = false;
};

double parallel(const fs::path& file, unsigned workers, Totals& totals, std::uint64_t& lines)
{
    const int fd = ::open(file.c_str(), O_RDONLY);
    const auto size = static_cast<std::size_t>(fs::file_size(file));
    const auto t0 = Clock::now();
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) {
        return 0;
    }
    const std::string_view text(static_cast<const char*>(map), size);
    std::vector<std::size_t> bounds{0};
    for (unsigned w = 1; w < workers; ++w) {
        const std::size_t nl = text.find('\n', size / workers * w);
        bounds.push_back(nl == std::string_view::npos ? size : nl + 1);
    }
    bounds.push_back(size);
    std::vector<RangeQueue> queues(workers);
    std::vector<std::uint64_t> read(workers, 0);
    std::vector<std::thread> threads;
    for (unsigned w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            logs::LineIngest ingest(combinedByIp());
            logs::LineSplitter splitter;
            auto batch = std::make_unique<RequestBatch>();
            auto handOver = [&] {
                std::lock_guard lock(queues[w].mutex);
                queues[w].batches.push_back(std::move(batch));
                queues[w].ready.notify_one();
            };
            auto onLine = [&](std::string_view line, std::uint64_t number, bool) {
                ingest.add(line, number, *batch);
                if (batch->requests.size() >= kBatch) {
                    handOver();
                    batch = std::make_unique<RequestBatch>();
                    batch->bytes.reserve(std::size_t{128} << 10);
                    batch->requests.reserve(kBatch);
                }
            };
            splitter.feed(text.substr(bounds[w], bounds[w + 1] - bounds[w]), onLine);
            splitter.finish(onLine);
            handOver();
            read[w] = ingest.read();
            std::lock_guard lock(queues[w].mutex);
            queues[w].done = true;
            queues[w].ready.notify_one();
        });
    }
    Engine engine(config());
    for (unsigned w = 0; w < workers; ++w) {
        for (;;) {
            std::unique_ptr<RequestBatch> batch;
            {
                std::unique_lock lock(queues[w].mutex);
                queues[w].ready.wait(lock, [&] { return !queues[w].batches.empty() || queues[w].done; });
                if (queues[w].batches.empty()) {
                    break;
                }
                batch = std::move(queues[w].batches.front());
                queues[w].batches.pop_front();
            }
            decide(engine, *batch, totals);
        }
    }
    for (auto& t : threads) {
        t.join();
    }
    const double seconds = secondsSince(t0);
    ::munmap(map, size);
    lines = 0;
    for (const auto r : read) {
        lines += r;
    }
    return static_cast<double>(lines) / seconds;
}

double goaccess(const fs::path& file, const fs::path& dir, std::size_t lines)
{
    const std::string command = "goaccess '" + file.string() + "' --log-format=COMBINED --no-progress -o '" +
                                (dir / "goaccess.json").string() + "' >/dev/null 2>&1";
    const auto t0 = Clock::now();
    const int status = std::system(command.c_str());
    const double seconds = secondsSince(t0);
    return status == 0 ? static_cast<double>(lines) / seconds : 0;
}

}  // namespace

int main()
{
    const fs::path sample = fs::path(SLUICE_SOURCE_DIR) / ".." / "shared" / "data" / "logs" / "apache_logs.log";
    if (!fs::exists(sample)) {
        std::printf("# skipped: no sample access log at %s\n", sample.string().c_str());
        return 0;
    }
    const fs::path dir = fs::temp_directory_path() / ("sluice-ingest-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path file = dir / "access.log";
    std::size_t lines = 0;
    if (!makeLog(sample, file, lines)) {
        std::printf("# skipped: the sample access log has no combined lines\n");
        fs::remove_all(dir);
        return 0;
    }
    std::printf("# %zu lines, %.0f MB\n", lines, static_cast<double>(fs::file_size(file)) / 1e6);

    double single = 0;
    double multi = 0;
    double parseOnly = 0;
    Totals check;
    const unsigned cores = std::max(2u, std::thread::hardware_concurrency());
    for (int run = 0; run < kRuns; ++run) {
        Totals a;
        single = std::max(single, singleThread(file, a));
        Totals unused;
        parseOnly = std::max(parseOnly, singleThread(file, unused, true));
        Totals b;
        std::uint64_t read = 0;
        multi = std::max(multi, parallel(file, cores, b, read));
        // The same requests in the same order; the allowed counts may differ by a few, since the engine runs its
        // timers between batches and the ranges end in batches of their own.
        if (a.requests != b.requests || read != lines) {
            std::printf("# parallel ingest read differently: %llu vs %llu requests\n",
                        static_cast<unsigned long long>(a.requests), static_cast<unsigned long long>(b.requests));
            fs::remove_all(dir);
            return 1;
        }
        check = a;
    }
    std::printf("# %llu requests, %llu allowed; parsing on %u threads\n",
                static_cast<unsigned long long>(check.requests), static_cast<unsigned long long>(check.allowed), cores);
    std::printf("lines_per_sec.combined %.0f lines/s\n", single);
    std::printf("lines_per_sec.combined_parallel %.0f lines/s\n", multi);
    std::printf("lines_per_sec.combined_parse_only %.0f lines/s\n", parseOnly);
    if (std::system("command -v goaccess >/dev/null 2>&1") != 0) {
        std::printf("# goaccess skipped: not installed\n");
    } else {
        const double ga = goaccess(file, dir, lines);
        std::printf("goaccess_lines_per_sec %.0f lines/s\n", ga);
        if (ga > 0) {
            std::printf("ratio.combined_vs_goaccess %.1f x\n", single / ga);
            std::printf("ratio.combined_parallel_vs_goaccess %.1f x\n", multi / ga);
        }
    }
    fs::remove_all(dir);
    return 0;
}
