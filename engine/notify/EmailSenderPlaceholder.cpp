// SPDX-License-Identifier: Apache-2.0
// Email is not implemented in this file's branch: an unconfigured sender keeps email deliveries pending.
#include "notify/ChannelSender.h"

namespace sluice::engine::notify {

namespace {
class UnconfiguredEmailSender final : public ChannelSender {
public:
    SendResult send(const Notification&, const std::string&) override
    {
        return SendResult{false, false, "email delivery is not available"};
    }
    bool configured() const override { return false; }
};
}  // namespace

std::unique_ptr<ChannelSender> makeEmailSender(const NotifyConfig&, const NotifySecrets&)
{
    return std::make_unique<UnconfiguredEmailSender>();
}

}  // namespace sluice::engine::notify
