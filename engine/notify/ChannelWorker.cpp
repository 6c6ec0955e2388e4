// SPDX-License-Identifier: Apache-2.0
#include "notify/ChannelWorker.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace sluice::engine::notify {

namespace {
// The longest a worker sleeps before looking again: a clock that tests move by hand is noticed this soon.
constexpr TimeNs kMaxSleep = 200 * kNsPerMs;
constexpr int kRecordTries = 5;
}  // namespace

ChannelWorker::ChannelWorker(Channel channel, MakeSender makeSender, std::unique_ptr<NotificationStore> store,
                             const NotifyConfig& config, const NotifySecrets& secrets, const Clock& clock,
                             std::uint64_t seed)
    : m_channel(channel), m_makeSender(std::move(makeSender)), m_clock(clock), m_store(std::move(store)),
      m_sender(m_makeSender(config, secrets)), m_retry(config, seed), m_breaker(config)
{
    m_configured = m_sender->configured();
    m_thread = std::thread(&ChannelWorker::run, this);
}

ChannelWorker::~ChannelWorker() { stop(); }

void ChannelWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void ChannelWorker::add(PendingDelivery delivery)
{
    {
        std::lock_guard lock(m_mutex);
        const TimeNs due = delivery.nextAttemptAt;
        m_pending.emplace(due, std::move(delivery));
    }
    m_wake.notify_one();
}

void ChannelWorker::configure(const NotifyConfig& config, const NotifySecrets& secrets)
{
    {
        std::lock_guard lock(m_mutex);
        m_nextConfig.emplace(config, secrets);
        m_breaker.configure(config);
    }
    m_wake.notify_one();
}

void ChannelWorker::retryNow(std::uint64_t notificationId)
{
    {
        std::lock_guard lock(m_mutex);
        m_retryRequests.push_back(notificationId);
    }
    m_wake.notify_one();
}

void ChannelWorker::sendTest(const std::string& address, TestDone done)
{
    {
        std::lock_guard lock(m_mutex);
        m_tests.push_back(Test{address, std::move(done)});
    }
    m_wake.notify_one();
}

ChannelView ChannelWorker::view() const
{
    std::lock_guard lock(m_mutex);
    ChannelView out = m_counts;
    out.configured = m_configured;
    out.breaker = m_breaker.state();
    out.openUntil = m_breaker.openUntil();
    out.pending = m_pending.size() + (m_inFlight != 0 ? 1 : 0);
    return out;
}

void ChannelWorker::applyRetries(std::unique_lock<std::mutex>& lock)
{
    while (!m_retryRequests.empty()) {
        const std::uint64_t id = m_retryRequests.front();
        m_retryRequests.pop_front();
        if (id == m_inFlight) {
            continue;  // under way now
        }
        auto found = std::find_if(m_pending.begin(), m_pending.end(),
                                  [&](const auto& entry) { return entry.second.notification.id == id; });
        if (found != m_pending.end()) {
            PendingDelivery delivery = std::move(found->second);
            m_pending.erase(found);
            m_manual.insert(id);
            m_pending.emplace(0, std::move(delivery));
            continue;
        }
        // Not waiting here: a failed delivery (or one of another run) is read back to try once more.
        lock.unlock();
        std::string error;
        std::optional<PendingDelivery> delivery = m_store->loadDelivery(id, m_channel, error);
        lock.lock();
        if (delivery && delivery->state != DeliveryState::Sent) {
            delivery->nextAttemptAt = 0;
            m_manual.insert(id);
            m_pending.emplace(0, std::move(*delivery));
        } else if (!error.empty()) {
            m_counts.lastError = error;
        }
    }
}

void ChannelWorker::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (m_nextConfig) {
            auto [config, secrets] = std::move(*m_nextConfig);
            m_nextConfig.reset();
            lock.unlock();
            auto sender = m_makeSender(config, secrets);
            m_retry.configure(config);
            const bool configured = sender->configured();
            m_sender = std::move(sender);
            lock.lock();
            m_configured = configured;
            continue;
        }
        if (!m_tests.empty()) {
            Test test = std::move(m_tests.front());
            m_tests.pop_front();
            lock.unlock();
            Notification notification;
            notification.type = NotificationType::Test;
            notification.recipient = std::string(kOpsRecipient);
            notification.at = m_clock.now();
            notification.title = "Sluice test message";
            notification.body = "This is a test of the " + std::string(nameOf(m_channel)) + " channel.";
            const SendResult result = m_sender->send(notification, test.address);
            if (test.done) {
                test.done(result.ok, result.error);
            }
            lock.lock();
            continue;
        }
        applyRetries(lock);
        const TimeNs now = m_clock.now();
        TimeNs sleep = kMaxSleep;
        // Unconfigured (no gateway, no secrets yet): deliveries wait, untried, until a configuration arrives;
        // only a key owner's own webhook needs nothing but its address.
        const auto first = std::find_if(m_pending.begin(), m_pending.end(), [&](const auto& entry) {
            return m_configured || (m_channel == Channel::Webhook && !entry.second.address.empty());
        });
        if (first != m_pending.end()) {
            if (first->first > now) {
                sleep = std::min(sleep, first->first - now);
            } else if (!m_breaker.allow(now)) {
                sleep = std::clamp<TimeNs>(m_breaker.openUntil() - now, kNsPerMs, kMaxSleep);
            } else {
                PendingDelivery delivery = std::move(first->second);
                m_pending.erase(first);
                const bool manual = m_manual.erase(delivery.notification.id) > 0;
                m_inFlight = delivery.notification.id;
                lock.unlock();
                attempt(std::move(delivery), manual);
                lock.lock();
                m_inFlight = 0;
                continue;
            }
        }
        m_wake.wait_for(lock, std::chrono::nanoseconds(sleep));
    }
}

void ChannelWorker::attempt(PendingDelivery delivery, bool manual)
{
    const SendResult result = m_sender->send(delivery.notification, delivery.address);
    const TimeNs after = m_clock.now();
    AttemptRecord outcome;
    outcome.notificationId = delivery.notification.id;
    outcome.channel = m_channel;
    outcome.attempts = delivery.attempts + 1;
    outcome.attemptAt = after;
    if (result.ok) {
        outcome.state = DeliveryState::Sent;
    } else {
        outcome.lastError = result.error;
        // A manual retry is one more attempt beyond the limit; failing it, the delivery is failed again.
        const bool giveUp = result.permanent || manual || m_retry.exhausted(outcome.attempts);
        outcome.state = giveUp ? DeliveryState::Failed : DeliveryState::Pending;
        if (!giveUp) {
            outcome.nextAttemptAt = after + m_retry.delayAfter(outcome.attempts);
        }
    }
    record(outcome);
    std::lock_guard lock(m_mutex);
    ++m_counts.attempts;
    if (result.ok) {
        ++m_counts.sent;
        m_breaker.onSuccess();
    } else {
        m_counts.lastError = result.error;
        // A refused address says nothing about the server; only failures that might pass count toward opening.
        if (!result.permanent) {
            m_breaker.onFailure(after);
        }
        if (outcome.state == DeliveryState::Failed) {
            ++m_counts.failed;
        } else {
            delivery.attempts = outcome.attempts;
            delivery.nextAttemptAt = outcome.nextAttemptAt;
            m_pending.emplace(outcome.nextAttemptAt, std::move(delivery));
        }
    }
}

void ChannelWorker::record(const AttemptRecord& record)
{
    // Each try already waits out SQLite's busy timeout; a database still refusing after these is reported.
    std::optional<std::string> error;
    for (int i = 0; i < kRecordTries; ++i) {
        error = m_store->record(record);
        if (!error) {
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50) * (i + 1));
    }
    std::fprintf(stderr, "sluice: notifications: %s\n", error->c_str());
    std::lock_guard lock(m_mutex);
    m_counts.lastError = *error;
}

}  // namespace sluice::engine::notify
