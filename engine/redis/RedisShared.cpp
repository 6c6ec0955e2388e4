// SPDX-License-Identifier: Apache-2.0
#include "redis/RedisShared.h"

namespace sluice::engine::redis {

namespace {

class OwningRedisLimiter final : public SharedLimiter {
public:
    OwningRedisLimiter(RedisOptions options, std::string prefix, RedisLease lease)
        : m_client(std::move(options)), m_limiter(m_client, std::move(prefix), true, lease)
    {
    }
    void decide(std::span<const SharedCheck> checks, std::span<SharedVerdict> verdicts) override
    {
        m_limiter.decide(checks, verdicts);
    }
    void maintain() override { m_limiter.maintain(); }
    SharedView view() const override { return m_limiter.view(); }

private:
    RedisClient m_client;  // before the limiter, which uses it
    RedisLimiter m_limiter;
};

}  // namespace

std::unique_ptr<SharedLimiter> makeRedisLimiter(RedisOptions options, std::string prefix, RedisLease lease)
{
    return std::make_unique<OwningRedisLimiter>(std::move(options), std::move(prefix), lease);
}

}  // namespace sluice::engine::redis
