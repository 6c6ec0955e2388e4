// SPDX-License-Identifier: Apache-2.0
#include "redis/GcraScript.h"

namespace sluice::engine::redis {

std::string_view gcraScript()
{
    // string.format('%.0f') stores the TAT exactly: tostring() would write 1.7e+15. The TTL runs on the server's
    // clock: with a caller's time (a replay, a test) it is at least a minute, so a key does not vanish while its
    // own time stands still.
    static constexpr std::string_view kScript = R"lua(
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local now = tonumber(ARGV[4])
local callerTime = now > 0
if now <= 0 then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000000 + tonumber(t[2])
end
local tat = tonumber(redis.call('GET', KEYS[1]) or 0) or 0
local base = math.max(tat, now)
local charge = interval * cost
local newTat = base + charge
local allowAt = newTat - tolerance
local allowed = 1
local retry = 0
local kept = base
if now < allowAt then
  allowed = 0
  if charge > tolerance then retry = -1 else retry = allowAt - now end
else
  kept = newTat
end
local function whole(room)
  if room <= 0 then return 0 end
  local n = math.floor(room / interval)
  if n * interval > room then n = n - 1 end
  return n
end
local granted = 0
local extra = tonumber(ARGV[5] or 0) or 0
if allowed == 1 and extra > 0 then
  granted = math.min(extra, whole(now + tolerance - kept))
  if granted > 0 then
    kept = kept + granted * interval
  end
end
if allowed == 1 and kept > now then
  local ttl = math.ceil((kept - now) / 1000)
  if callerTime then ttl = math.max(ttl, 60000) end
  redis.call('SET', KEYS[1], string.format('%.0f', kept), 'PX', ttl)
end
return {allowed, whole(now + tolerance - kept), retry, kept - now, granted}
)lua";
    return kScript;
}

}  // namespace sluice::engine::redis
