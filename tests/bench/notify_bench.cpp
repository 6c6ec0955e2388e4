// SPDX-License-Identifier: Apache-2.0
// Notification delivery: what handing a notification to delivery costs the engine thread (enqueue_ns_p99: offers
// the queue takes while the dispatcher drains it; .overrun: every offer of a stream far faster than the database
// takes it, refusals included), and how many notifications a
// second reach the inbox and a webhook on 127.0.0.1 (the project's own HTTP server). Real database file, the
// store writer holding it as in a running Sluice. Prints one `name value unit` line per figure.
#include "NotifyTestSupport.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <unistd.h>

using namespace sluice::engine;
using namespace sluice::engine::notify;
using namespace sluice::engine::testing;
using SteadyClock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

void print(const char* name, double value, const char* unit) { std::printf("%s %.6g %s\n", name, value, unit); }

struct Setup {
    fs::path dir;
    std::unique_ptr<store::StoreWriter> writer;
    std::unique_ptr<NotificationCenter> center;
};

Setup startDelivery(const std::string& name, NotifyConfig config, const NotifySecrets& secrets = {})
{
    Setup setup;
    setup.dir = fs::temp_directory_path() / ("sluice-notify-bench-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(setup.dir);
    fs::create_directories(setup.dir);
    const std::string path = (setup.dir / "bench.db").string();
    std::string error;
    setup.writer = openWriter(path, error);
    CenterOptions options;
    options.databasePath = path;
    options.config = config;
    options.secrets = secrets;
    if (setup.writer) {
        setup.center = NotificationCenter::start(options, error);
    }
    if (!setup.center) {
        std::fprintf(stderr, "notify_bench: %s\n", error.c_str());
        std::exit(1);
    }
    return setup;
}

void finish(Setup& setup)
{
    setup.center->stop();
    setup.writer->close();
    fs::remove_all(setup.dir);
}

std::vector<Notification> stream(std::size_t count, std::vector<Destination> destinations)
{
    std::vector<Notification> out;
    out.reserve(count);
    for (std::size_t i = 1; i <= count; ++i) {
        out.push_back(notificationFor(i, destinations));
    }
    return out;
}

// Offers every notification as the engine thread would (what is refused is spilled through the writer), and
// returns the 99th percentile of the offer() calls in nanoseconds.
double offerAll(Setup& setup, std::vector<Notification>& notifications)
{
    std::vector<std::int64_t> costs;
    costs.reserve(notifications.size());
    std::vector<Notification> spill;
    for (Notification& n : notifications) {
        const auto before = SteadyClock::now();
        const bool taken = setup.center->offer(n);
        const auto after = SteadyClock::now();
        costs.push_back(std::chrono::duration_cast<std::chrono::nanoseconds>(after - before).count());
        if (!taken) {
            spill.push_back(std::move(n));
        }
        if (spill.size() == 1024) {
            const std::size_t count = spill.size();
            setup.writer->submitSpilledNotifications(std::move(spill));
            setup.center->noteSpilled(count);
            spill = {};
        }
    }
    const std::size_t count = spill.size();
    setup.writer->submitSpilledNotifications(std::move(spill));
    setup.center->noteSpilled(count);
    std::sort(costs.begin(), costs.end());
    return static_cast<double>(costs[costs.size() * 99 / 100]);
}

// Notifications a second through `channel`, from the first offer until the last is delivered.
double deliveredPerSec(Setup& setup, std::vector<Notification>& notifications, Channel channel)
{
    const std::uint64_t target = notifications.size();
    const auto start = SteadyClock::now();
    offerAll(setup, notifications);
    const auto deadline = start + std::chrono::minutes(5);
    while (setup.center->view().channels[static_cast<std::size_t>(channel)].sent < target) {
        if (SteadyClock::now() > deadline) {
            std::fprintf(stderr, "notify_bench: %s did not deliver everything in 5 minutes\n",
                         std::string(nameOf(channel)).c_str());
            std::exit(1);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    const double seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
    return static_cast<double>(target) / seconds;
}

// The cost of offers the queue takes, while the dispatcher drains it beside them: bursts of half the queue, each
// offered once the previous one is drained (the waits are not timed).
double acceptedOfferP99(Setup& setup, std::vector<Notification>& notifications, std::size_t burst)
{
    std::vector<std::int64_t> costs;
    costs.reserve(notifications.size());
    for (std::size_t at = 0; at < notifications.size(); at += burst) {
        while (setup.center->view().queued != 0) {
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
        for (std::size_t i = at; i < std::min(at + burst, notifications.size()); ++i) {
            const auto before = SteadyClock::now();
            const bool taken = setup.center->offer(notifications[i]);
            const auto after = SteadyClock::now();
            if (taken) {
                costs.push_back(std::chrono::duration_cast<std::chrono::nanoseconds>(after - before).count());
            }
        }
    }
    std::sort(costs.begin(), costs.end());
    return static_cast<double>(costs[costs.size() * 99 / 100]);
}

}  // namespace

int main()
{
    NotifyConfig config;
    config.webhook.enabled = true;
    {
        Setup setup = startDelivery("enqueue", config);
        auto notifications = stream(100'000, {{Channel::InApp, ""}});
        print("enqueue_ns_p99", acceptedOfferP99(setup, notifications, config.queueCapacity / 2), "ns");
        finish(setup);
    }
    {
        // Far more than the database takes at once: most offers find the queue full and are refused.
        Setup setup = startDelivery("refused", config);
        auto notifications = stream(200'000, {{Channel::InApp, ""}});
        const double p99 = offerAll(setup, notifications);
        print("enqueue_ns_p99.overrun", p99, "ns");
        print("enqueue_refused_share.overrun", static_cast<double>(setup.center->view().spilled) / 200'000.0, "ratio");
        finish(setup);
    }
    {
        NotifyConfig roomy = config;
        roomy.queueCapacity = 50'000;
        Setup setup = startDelivery("in_app", roomy);
        auto notifications = stream(50'000, {{Channel::InApp, ""}});
        print("delivered_per_sec.in_app", deliveredPerSec(setup, notifications, Channel::InApp), "1/s");
        finish(setup);
    }
    {
        Receiver receiver;
        if (!receiver.running()) {
            std::fprintf(stderr, "notify_bench: %s\n", receiver.error().c_str());
            return 1;
        }
        NotifySecrets secrets;
        secrets.webhookUrl = receiver.url();
        NotifyConfig roomy = config;
        roomy.queueCapacity = 10'000;
        Setup setup = startDelivery("webhook", roomy, secrets);
        auto notifications = stream(10'000, {{Channel::InApp, ""}, {Channel::Webhook, ""}});
        print("delivered_per_sec.webhook", deliveredPerSec(setup, notifications, Channel::Webhook), "1/s");
        finish(setup);
    }
    return 0;
}
