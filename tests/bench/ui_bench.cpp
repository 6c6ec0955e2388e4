// SPDX-License-Identifier: Apache-2.0
// The overview page under load: a real engine fed by the normal-day scenario at full speed from a thread, the
// page shown offscreen at 1280x800, and for each snapshot the time to apply it and render the whole window.
// Then the process's resident memory once the engine holds a million active keys with the UI up. Prints one
// `name value unit` line per figure. Options: --snapshots N, --screenshot PATH (the window after the run),
// --dark (a dark palette, to look at the screenshot in it).
#include "EngineHost.h"
#include "TimeRange.h"
#include "pages/overview/OverviewPage.h"

#include "core/Clock.h"
#include "runtime/ThreadPriority.h"
#include "sim/ScenarioLoader.h"
#include "sim/Simulator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QListWidget>
#include <QPalette>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace sluice;

namespace {

constexpr std::size_t kMillionKeys = 1'000'000;

// A window shaped like the console's: a 170-pixel page list beside the page.
struct Frame {
    QWidget window;
    ui::OverviewPage* page;
    QImage frame{1280, 800, QImage::Format_ARGB32_Premultiplied};  // painted into, like a backing store

    Frame() : page(new ui::OverviewPage(nullptr, &window))
    {
        auto* sidebar = new QListWidget(&window);
        sidebar->addItems({QStringLiteral("Overview"), QStringLiteral("Reputation")});
        sidebar->setFixedWidth(170);
        auto* layout = new QHBoxLayout(&window);
        layout->addWidget(sidebar);
        layout->addWidget(page, 1);
        window.resize(1280, 800);
        window.show();
    }
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Button, QColor(0x33, 0x35, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;  // reported in kB
        }
    }
    return -1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(at, v.size() - 1)];
}

bool startHost(app::EngineHost& host)
{
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&host, &app::EngineHost::started, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&host, &app::EngineHost::failed, &loop, [&](const QString& error) {
        std::fprintf(stderr, "engine failed to start: %s\n", qPrintable(error));
        loop.quit();
    });
    host.start();
    loop.exec();
    return ok;
}

// Runs the event loop until `done` holds, looking every 10 ms (without spinning: the engine and the feeder
// need the cores).
template <typename Pred>
void spinUntil(Pred done)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    check.start(10);
    if (!done()) {
        loop.exec();
    }
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Context switches of the calling thread so far: voluntary (it waited for something) and involuntary (it was
// preempted), which tell where wall time beyond CPU time went.
std::pair<long, long> threadSwitches()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return {u.ru_nvcsw, u.ru_nivcsw};
}

struct Timings {
    long voluntarySwitches = 0;
    long involuntarySwitches = 0;
    std::vector<double> wallMs;
    std::vector<double> cpuMs;  // of the UI thread: what the page costs, whatever else the machine runs
};

// Applies `samples` snapshots from the engine to the page, timing apply + render of the whole window each time
// (into an image of the window's size, as a paint into the backing store would).
Timings measure(app::EngineHost& host, Frame& frame, int samples)
{
    Timings t;
    int skip = 3;  // the first ones also lay the window out
    auto connection =
        QObject::connect(&host, &ui::EngineClient::snapshotReady, &frame.window, [&](const engine::SnapshotPtr& s) {
            QElapsedTimer timer;
            timer.start();
            const double cpu0 = threadCpuMs();
            const auto switches0 = threadSwitches();
            frame.page->apply(s);
            frame.window.render(&frame.frame);
            const double cpu = threadCpuMs() - cpu0;
            const auto switches = threadSwitches();
            const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            if (skip > 0) {
                --skip;
            } else {
                t.wallMs.push_back(wall);
                t.cpuMs.push_back(cpu);
                t.voluntarySwitches += switches.first - switches0.first;
                t.involuntarySwitches += switches.second - switches0.second;
            }
        });
    spinUntil([&] { return static_cast<int>(t.wallMs.size()) >= samples; });
    QObject::disconnect(connection);
    return t;
}

void print(const char* suffix, const Timings& t)
{
    std::printf("ui_snapshot_apply_p50_ms%s %.2f ms\n", suffix, percentile(t.wallMs, 0.50));
    std::printf("ui_snapshot_apply_p99_ms%s %.2f ms\n", suffix, percentile(t.wallMs, 0.99));
    std::printf("ui_snapshot_apply_cpu_p50_ms%s %.2f ms\n", suffix, percentile(t.cpuMs, 0.50));
    std::printf("ui_snapshot_apply_cpu_p99_ms%s %.2f ms\n", suffix, percentile(t.cpuMs, 0.99));
    const double n = std::max<double>(1, static_cast<double>(t.wallMs.size()));
    std::printf("ui_snapshot_apply_waits%s %.2f per_snapshot\n", suffix, static_cast<double>(t.voluntarySwitches) / n);
    std::printf("ui_snapshot_apply_preemptions%s %.2f per_snapshot\n", suffix,
                static_cast<double>(t.involuntarySwitches) / n);
}

int runLatency(const QString& dir, int samples, const QString& screenshot)
{
    auto scenario = engine::sim::builtinScenario("normal-day");
    if (!scenario) {
        std::fprintf(stderr, "the built-in scenario normal-day is missing\n");
        return 1;
    }
    // Virtual time starts at the next midnight (UTC): the engine's clock runs on wall time until the first
    // request arrives, and its rollups do not go back in time.
    constexpr std::int64_t kDay = 86400;
    scenario->startUnixS = (engine::toUnixSec(engine::SystemClock().now()) / kDay + 1) * kDay;
    engine::RuntimeOptions o;
    o.databasePath = (dir + QStringLiteral("/latency.db")).toStdString();
    o.followRequestTime = true;  // virtual time: a whole day passes in minutes
    o.backgroundThreads = true;  // as the console runs its engine
    engine::sim::applyEngineConfig(*scenario, o.config);
    app::EngineHost host(o);
    Frame frame;
    if (!startHost(host)) {
        return 1;
    }
    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> fed{0};
    std::thread feeder([&] {
        // The feeder stands in for clients on other machines: it yields the core to the console's own threads
        // (engine and UI) when they need it, and otherwise generates as fast as the engine takes requests.
        engine::moveThreadToBackground();
        engine::sim::Simulator sim(*scenario, scenario->seed);
        bool more = true;
        while (more && !stop) {
            auto batch = std::make_unique<engine::RequestBatch>();
            more = sim.fill(*batch, 8192);
            const std::size_t n = batch->requests.size();
            while (!stop && !host.runtime()->submitWait(batch, std::chrono::milliseconds(100))) {
            }
            fed += n;
        }
    });
    QElapsedTimer elapsed;
    elapsed.start();
    const Timings main = measure(host, frame, samples);
    std::vector<std::pair<ui::TimeRange, const char*>> others{
        {ui::TimeRange::FiveMinutes, ".5m"}, {ui::TimeRange::OneDay, ".24h"}, {ui::TimeRange::OneWeek, ".7d"}};
    std::vector<std::pair<const char*, Timings>> perRange;
    for (const auto& [range, name] : others) {
        frame.page->setTimeRange(range);
        perRange.emplace_back(name, measure(host, frame, std::max(20, samples / 4)));
    }
    frame.page->setTimeRange(ui::TimeRange::OneHour);
    measure(host, frame, 2);
    if (!screenshot.isEmpty()) {
        frame.window.grab().save(screenshot);
    }
    stop = true;
    feeder.join();
    const double seconds = static_cast<double>(elapsed.nsecsElapsed()) / 1e9;

    print("", main);
    for (const auto& [suffix, timings] : perRange) {
        print(suffix, timings);
    }
    std::printf("ui_bench_requests_fed_per_sec %.0f req/s\n", static_cast<double>(fed.load()) / seconds);
    return 0;
}

int runMemory(const QString& dir)
{
    engine::RuntimeOptions o;
    o.databasePath = (dir + QStringLiteral("/memory.db")).toStdString();
    o.backgroundThreads = true;  // as the console runs its engine
    app::EngineHost host(o);
    Frame frame;
    engine::SnapshotPtr latest;
    QObject::connect(&host, &ui::EngineClient::snapshotReady, &frame.window, [&](const engine::SnapshotPtr& s) {
        latest = s;
        frame.page->apply(s);
    });
    if (!startHost(host)) {
        return 1;
    }
    constexpr std::size_t kBatch = 16384;
    char text[32] = "user-";
    for (std::size_t first = 0; first < kMillionKeys; first += kBatch) {
        auto batch = std::make_unique<engine::RequestBatch>();
        const std::size_t n = std::min(kBatch, kMillionKeys - first);
        batch->bytes.reserve(n * 16);  // views stay valid: the buffer never grows past this
        const engine::TimeNs now = host.clock().now();
        for (std::size_t i = 0; i < n; ++i) {
            const auto end = std::to_chars(text + 5, text + sizeof text, first + i).ptr;
            engine::Request r;
            r.key = batch->store(std::string_view(text, static_cast<std::size_t>(end - text)));
            r.timestamp = now;
            batch->requests.push_back(r);
        }
        host.runtime()->submitWait(batch, std::chrono::seconds(30));
        QCoreApplication::processEvents();
    }
    host.runtime()->sync();
    spinUntil([&] { return latest && latest->activeKeys >= kMillionKeys; });
    spinUntil([&, seen = latest->sequence] { return latest->sequence > seen + 2; });  // the UI keeps drawing
    std::printf("app_rss_mb_1m_keys %.1f MB\n", residentMb());
    std::fprintf(stderr, "(%llu active keys, engine reports %.1f MB)\n",
                 static_cast<unsigned long long>(latest->activeKeys),
                 static_cast<double>(latest->memoryBytes) / (1024.0 * 1024.0));
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    int samples = 200;
    QString screenshot;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--dark")) {
            QApplication::setStyle(QStringLiteral("Fusion"));
            QApplication::setPalette(darkPalette());
        } else if (i + 1 < args.size() && args[i] == QStringLiteral("--snapshots")) {
            samples = std::max(10, args[++i].toInt());
        } else if (i + 1 < args.size() && args[i] == QStringLiteral("--screenshot")) {
            screenshot = args[++i];
        }
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    // Memory first, in a fresh process, so the figure does not carry the latency run's allocations.
    if (const int rc = runMemory(dir.path()); rc != 0) {
        return rc;
    }
    return runLatency(dir.path(), samples, screenshot);
}
