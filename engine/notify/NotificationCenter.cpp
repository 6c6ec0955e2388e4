// SPDX-License-Identifier: Apache-2.0
#include "notify/NotificationCenter.h"

#include "notify/ChannelWorker.h"
#include "notify/NotificationQueue.h"
#include "notify/NotificationStore.h"

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>

namespace sluice::engine::notify {

namespace {
constexpr std::size_t kAcceptBatch = 512;  // notifications per transaction at most
constexpr std::size_t kClaimBatch = 512;
constexpr auto kIdleWait = std::chrono::milliseconds(100);
constexpr auto kSpillPoll = std::chrono::milliseconds(20);  // spilled rows may not be committed yet
constexpr auto kFailedWriteWait = std::chrono::milliseconds(200);

constexpr std::array<Channel, 3> kExternal{Channel::Email, Channel::Sms, Channel::Webhook};

ChannelWorker::MakeSender senderFactory(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return makeEmailSender;
    case Channel::Sms:
        return makeSmsSender;
    case Channel::Webhook:
    case Channel::InApp:
        break;
    }
    return makeWebhookSender;
}
}  // namespace

struct NotificationCenter::Impl {
    explicit Impl(const CenterOptions& o) : options(o), queue(o.config.queueCapacity) {}

    CenterOptions options;
    SystemClock systemClock;
    const Clock* clock = nullptr;
    NotificationQueue queue;
    std::unique_ptr<NotificationStore> store;  // the dispatcher's connection
    std::array<std::unique_ptr<ChannelWorker>, kChannelCount> workers;

    std::atomic<std::uint64_t> produced{0};
    std::atomic<std::uint64_t> accepted{0};
    std::atomic<std::uint64_t> spilled{0};
    std::atomic<std::uint64_t> spilledWaiting{0};
    std::atomic<std::uint64_t> inAppSent{0};
    std::atomic<bool> dispatcherSleeping{false};

    mutable std::mutex mutex;
    std::condition_variable wake;
    NotifyConfig config;
    NotifySecrets secrets;
    std::string lastError;  // the dispatcher's latest failed write
    bool stop = false;
    bool stopped = false;
    std::thread dispatcher;

    void run();
    bool acceptBatch(std::vector<Notification>& batch);
    std::size_t claimSpilled();
    void handOut(const std::vector<Notification>& notifications);
    void noteError(const std::string& error);
};

void NotificationCenter::Impl::noteError(const std::string& error)
{
    std::lock_guard lock(mutex);
    if (lastError != error) {
        std::fprintf(stderr, "sluice: notifications: %s\n", error.c_str());
    }
    lastError = error;
}

void NotificationCenter::Impl::handOut(const std::vector<Notification>& notifications)
{
    for (const Notification& notification : notifications) {
        for (const Destination& destination : notification.destinations) {
            if (destination.channel == Channel::InApp) {
                inAppSent.fetch_add(1, std::memory_order_relaxed);
                continue;
            }
            PendingDelivery delivery;
            delivery.notification = notification;
            delivery.notification.destinations.clear();
            delivery.channel = destination.channel;
            delivery.address = destination.address;
            workers[static_cast<std::size_t>(destination.channel)]->add(std::move(delivery));
        }
    }
}

bool NotificationCenter::Impl::acceptBatch(std::vector<Notification>& batch)
{
    if (auto error = store->accept(batch, clock->now())) {
        noteError(*error);
        return false;  // kept for the next round; meanwhile the queue fills and the engine spills
    }
    accepted.fetch_add(batch.size(), std::memory_order_relaxed);
    handOut(batch);
    batch.clear();
    return true;
}

std::size_t NotificationCenter::Impl::claimSpilled()
{
    std::vector<Notification> claimed;
    if (auto error = store->claimSpilled(kClaimBatch, clock->now(), claimed)) {
        noteError(*error);
        return 0;
    }
    // The count may run ahead of what the store writer has committed yet: the rest comes in a later claim.
    std::uint64_t waiting = spilledWaiting.load();
    while (!spilledWaiting.compare_exchange_weak(waiting, waiting - std::min<std::uint64_t>(waiting, claimed.size()))) {
    }
    handOut(claimed);
    return claimed.size();
}

void NotificationCenter::Impl::run()
{
    std::vector<Notification> batch;
    Notification next;
    for (;;) {
        bool stopping = false;
        {
            std::lock_guard lock(mutex);
            stopping = stop;
        }
        while (batch.size() < kAcceptBatch && queue.tryPop(next)) {
            batch.push_back(std::move(next));
        }
        if (!batch.empty()) {
            if (acceptBatch(batch) || !stopping) {
                if (!batch.empty()) {
                    std::this_thread::sleep_for(kFailedWriteWait);
                }
                continue;
            }
            // Stopping and the database refuses: what is left was never made durable.
            std::fprintf(stderr, "sluice: notifications: %zu notifications could not be stored at shutdown\n",
                         batch.size() + queue.size());
            return;
        }
        if (stopping) {
            return;
        }
        std::chrono::milliseconds wait = kIdleWait;
        if (spilledWaiting.load() > 0) {
            if (claimSpilled() == kClaimBatch) {
                continue;
            }
            wait = kSpillPoll;
        }
        std::unique_lock lock(mutex);
        dispatcherSleeping.store(true);
        if (queue.size() == 0 && !stop) {
            wake.wait_for(lock, wait);
        }
        dispatcherSleeping.store(false);
    }
}

std::unique_ptr<NotificationCenter> NotificationCenter::start(const CenterOptions& options, std::string& error)
{
    std::unique_ptr<NotificationCenter> center(new NotificationCenter());
    center->m_impl = std::make_unique<Impl>(options);
    Impl& impl = *center->m_impl;
    impl.clock = options.clock != nullptr ? options.clock : &impl.systemClock;
    impl.config = options.config;
    impl.secrets = options.secrets;
    // The dispatcher's commits make notifications durable: synced. A worker's records are at worst sent again.
    impl.store = NotificationStore::open(options.databasePath, true, error);
    if (!impl.store) {
        return nullptr;
    }
    std::vector<PendingDelivery> pending;
    if (auto e = impl.store->loadPending(pending)) {
        error = *e;
        return nullptr;
    }
    const auto waiting = impl.store->countSpilledWaiting(error);
    if (!waiting) {
        return nullptr;
    }
    impl.spilledWaiting.store(*waiting);
    // Each worker draws its jitter from a stream of its own: seed + 1, + 2, + 3 in the order email, SMS, webhook.
    std::uint64_t seed = options.seed != 0 ? options.seed : std::random_device{}();
    for (const Channel channel : kExternal) {
        auto store = NotificationStore::open(options.databasePath, false, error);
        if (!store) {
            return nullptr;
        }
        impl.workers[static_cast<std::size_t>(channel)] = std::make_unique<ChannelWorker>(
            channel, senderFactory(channel), std::move(store), options.config, options.secrets, *impl.clock, ++seed);
    }
    for (PendingDelivery& delivery : pending) {
        impl.workers[static_cast<std::size_t>(delivery.channel)]->add(std::move(delivery));
    }
    impl.dispatcher = std::thread(&Impl::run, &impl);
    return center;
}

NotificationCenter::~NotificationCenter() { stop(); }

bool NotificationCenter::offer(Notification& notification)
{
    Impl& impl = *m_impl;
    if (!impl.queue.tryPush(notification)) {
        return false;
    }
    impl.produced.fetch_add(1, std::memory_order_relaxed);
    // Only a sleeping dispatcher costs the engine a wake-up; a busy one finds the queue on its next round.
    if (impl.dispatcherSleeping.exchange(false)) {
        impl.wake.notify_one();
    }
    return true;
}

void NotificationCenter::noteSpilled(std::size_t count)
{
    Impl& impl = *m_impl;
    impl.produced.fetch_add(count, std::memory_order_relaxed);
    impl.spilled.fetch_add(count, std::memory_order_relaxed);
    impl.spilledWaiting.fetch_add(count, std::memory_order_relaxed);
}

void NotificationCenter::configure(const NotifyConfig& config)
{
    Impl& impl = *m_impl;
    std::lock_guard lock(impl.mutex);
    impl.config = config;
    for (const Channel channel : kExternal) {
        impl.workers[static_cast<std::size_t>(channel)]->configure(impl.config, impl.secrets);
    }
}

void NotificationCenter::setSecrets(const NotifySecrets& secrets)
{
    Impl& impl = *m_impl;
    std::lock_guard lock(impl.mutex);
    impl.secrets = secrets;
    for (const Channel channel : kExternal) {
        impl.workers[static_cast<std::size_t>(channel)]->configure(impl.config, impl.secrets);
    }
}

void NotificationCenter::retryNow(std::uint64_t notificationId, Channel channel)
{
    if (channel != Channel::InApp) {
        m_impl->workers[static_cast<std::size_t>(channel)]->retryNow(notificationId);
    }
}

void NotificationCenter::sendTest(Channel channel, const std::string& address, TestDone done)
{
    if (channel == Channel::InApp) {
        if (done) {
            done(true, {});  // the inbox needs no server
        }
        return;
    }
    m_impl->workers[static_cast<std::size_t>(channel)]->sendTest(address, std::move(done));
}

NotifyView NotificationCenter::view() const
{
    const Impl& impl = *m_impl;
    NotifyView out;
    {
        std::lock_guard lock(impl.mutex);
        out.running = !impl.stopped;
        out.channels[static_cast<std::size_t>(Channel::InApp)].lastError = impl.lastError;
    }
    out.produced = impl.produced.load(std::memory_order_relaxed);
    out.queued = impl.queue.size();
    out.queueCapacity = impl.queue.capacity();
    out.accepted = impl.accepted.load(std::memory_order_relaxed);
    out.spilled = impl.spilled.load(std::memory_order_relaxed);
    out.spilledWaiting = impl.spilledWaiting.load(std::memory_order_relaxed);
    ChannelView& inApp = out.channels[static_cast<std::size_t>(Channel::InApp)];
    inApp.configured = true;
    inApp.sent = impl.inAppSent.load(std::memory_order_relaxed);
    inApp.attempts = inApp.sent;
    for (const Channel channel : kExternal) {
        out.channels[static_cast<std::size_t>(channel)] = impl.workers[static_cast<std::size_t>(channel)]->view();
    }
    return out;
}

void NotificationCenter::stop()
{
    if (!m_impl) {
        return;
    }
    Impl& impl = *m_impl;
    {
        std::lock_guard lock(impl.mutex);
        if (impl.stopped) {
            return;
        }
        impl.stop = true;
    }
    impl.wake.notify_all();
    if (impl.dispatcher.joinable()) {
        impl.dispatcher.join();  // what the queue holds is made durable first
    }
    for (auto& worker : impl.workers) {
        if (worker) {
            worker->stop();
        }
    }
    std::lock_guard lock(impl.mutex);
    impl.stopped = true;
}

}  // namespace sluice::engine::notify
