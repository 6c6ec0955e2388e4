// SPDX-License-Identifier: Apache-2.0
#include "notify/NotificationCenter.h"

namespace sluice::engine::notify {

// Placeholder until delivery exists: nothing starts.
struct NotificationCenter::Impl {};

std::unique_ptr<NotificationCenter> NotificationCenter::start(const CenterOptions&, std::string& error)
{
    error = "notification delivery is not available yet";
    return nullptr;
}
NotificationCenter::~NotificationCenter() = default;
bool NotificationCenter::offer(Notification&) { return false; }
void NotificationCenter::noteSpilled(std::size_t) {}
void NotificationCenter::configure(const NotifyConfig&) {}
void NotificationCenter::setSecrets(const NotifySecrets&) {}
void NotificationCenter::retryNow(std::uint64_t, Channel) {}
void NotificationCenter::sendTest(Channel, const std::string&, TestDone done)
{
    if (done) {
        done(false, "notification delivery is not available yet");
    }
}
NotifyView NotificationCenter::view() const { return {}; }
void NotificationCenter::stop() {}

}  // namespace sluice::engine::notify
