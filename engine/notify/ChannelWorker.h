// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Clock.h"
#include "core/NotifyView.h"
#include "notify/ChannelSender.h"
#include "notify/CircuitBreaker.h"
#include "notify/NotificationStore.h"
#include "notify/RetryPolicy.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace sluice::engine::notify {

// One external channel's deliveries on a thread of its own, so a slow or dead server holds up nothing but its
// channel. Deliveries wait in time order for their next attempt; each attempt goes through the channel's circuit
// breaker and is recorded in the database before the next one starts, so a delivery recorded as sent is never
// sent again after a restart. Failures wait as the retry policy says, up to its last attempt.
class ChannelWorker final {
public:
    using MakeSender = std::function<std::unique_ptr<ChannelSender>(const NotifyConfig&, const NotifySecrets&)>;
    using TestDone = std::function<void(bool ok, const std::string& error)>;

    ChannelWorker(Channel channel, MakeSender makeSender, std::unique_ptr<NotificationStore> store,
                  const NotifyConfig& config, const NotifySecrets& secrets, const Clock& clock, std::uint64_t seed);
    ~ChannelWorker();  // stop()
    ChannelWorker(const ChannelWorker&) = delete;
    ChannelWorker& operator=(const ChannelWorker&) = delete;

    // Any thread.
    void add(PendingDelivery delivery);
    void configure(const NotifyConfig& config, const NotifySecrets& secrets);
    // The delivery's next attempt is due now; a failed one gets one more attempt (the breaker still applies).
    void retryNow(std::uint64_t notificationId);
    // One attempt to `address`, not stored and not counted; `done` runs on this worker's thread.
    void sendTest(const std::string& address, TestDone done);
    ChannelView view() const;
    // After the attempt under way; what is still pending stays so in the database for the next start.
    void stop();

private:
    struct Test {
        std::string address;
        TestDone done;
    };
    void run();
    void attempt(PendingDelivery delivery, bool manual);
    void applyRetries(std::unique_lock<std::mutex>& lock);
    void record(const AttemptRecord& record);

    const Channel m_channel;
    const MakeSender m_makeSender;
    const Clock& m_clock;
    std::unique_ptr<NotificationStore> m_store;  // worker thread only
    std::unique_ptr<ChannelSender> m_sender;     // worker thread only, replaced when the configuration changes
    RetryPolicy m_retry;                         // worker thread only

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    CircuitBreaker m_breaker;
    std::multimap<TimeNs, PendingDelivery> m_pending;  // by next attempt
    std::set<std::uint64_t> m_manual;                  // "retry now" was asked for these
    std::deque<std::uint64_t> m_retryRequests;
    std::deque<Test> m_tests;
    std::optional<std::pair<NotifyConfig, NotifySecrets>> m_nextConfig;
    std::uint64_t m_inFlight = 0;  // notification id of the attempt under way; 0 = none
    bool m_configured = false;
    bool m_stop = false;
    ChannelView m_counts;  // sent, failed, attempts, lastError
    std::thread m_thread;
};

}  // namespace sluice::engine::notify
