// SPDX-License-Identifier: Apache-2.0
// The process tst_notify_crash kills in the middle of delivery: `notify_crash_child DB URL COUNT` opens the
// database as a running Sluice does (the store writer and the delivery service), offers COUNT notifications for
// the webhook at URL into a queue of 100 (the rest spill through the writer, as the runtime hands them over) and
// delivers until killed. With COUNT 0 it delivers what the database still holds and exits 0 once nothing waits.
#include "notify/NotificationCenter.h"
#include "store/Database.h"
#include "store/StoreWriter.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

using namespace sluice::engine;

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: notify_crash_child DB URL COUNT\n");
        return 2;
    }
    const std::string path = argv[1];
    const std::uint64_t count = std::strtoull(argv[3], nullptr, 10);
    store::StoreError storeError;
    auto database = store::Database::open(path, storeError);
    if (!database) {
        std::fprintf(stderr, "%s\n", storeError.message.c_str());
        return 1;
    }
    store::StoreWriter writer(std::move(database));
    notify::CenterOptions options;
    options.databasePath = path;
    options.config.queueCapacity = 100;
    options.config.backoffBaseMs = 20;
    options.config.backoffMaxMs = 100;
    options.config.webhook.enabled = true;
    options.secrets.webhookUrl = argv[2];
    std::string error;
    auto center = notify::NotificationCenter::start(options, error);
    if (!center) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    std::vector<Notification> spill;
    for (std::uint64_t id = 1; id <= count; ++id) {
        Notification n;
        n.id = id;
        n.type = NotificationType::Violation;
        n.recipient = "ops";
        n.key = "key-" + std::to_string(id);
        n.title = "Key key-" + std::to_string(id) + " went over its limit";
        n.destinations = {{Channel::InApp, ""}, {Channel::Webhook, ""}};
        if (!center->offer(n)) {
            spill.push_back(std::move(n));
        }
    }
    const std::size_t spilled = spill.size();
    writer.submitSpilledNotifications(std::move(spill));
    center->noteSpilled(spilled);
    writer.flush();
    std::printf("offered %llu, spilled %zu\n", static_cast<unsigned long long>(count), spilled);
    std::fflush(stdout);
    for (;;) {
        const NotifyView view = center->view();
        const ChannelView& webhook = view.channels[static_cast<std::size_t>(Channel::Webhook)];
        if (count == 0 && view.queued == 0 && view.spilledWaiting == 0 && webhook.pending == 0) {
            center->stop();
            return webhook.failed == 0 ? 0 : 1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}
