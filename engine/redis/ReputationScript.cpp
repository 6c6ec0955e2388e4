// SPDX-License-Identifier: Apache-2.0
#include "redis/ReputationScript.h"

namespace sluice::engine::redis {

std::string_view reputationScript()
{
    // %.17g keeps a double whole; %.0f writes a time in ms without an exponent. Decay snaps the last hundredth to
    // neutral exactly as ReputationRules::decayed does.
    static constexpr std::string_view kScript = R"lua(
local cfg = {}
for word in string.gmatch(ARGV[5], '%S+') do cfg[#cfg + 1] = word end
local initial = tonumber(cfg[1])
local neutral = tonumber(cfg[2])
local factor = tonumber(cfg[3])
local interval = tonumber(cfg[4])
local flagged = tonumber(cfg[5])
local trusted = tonumber(cfg[6])
local ttl = tonumber(cfg[7])
local origin = cfg[8] or ''
local now = tonumber(ARGV[2])
local function tier(s)
  if s < flagged then return 0 end
  if s > trusted then return 2 end
  return 1
end
local function text(s) return string.format('%.17g', s) end
-- One more than before, and never less than now in µs: a key that vanished and came back still moves forward.
local function bump(v) return string.format('%.0f', math.max(v + 1, now * 1000)) end
local state = redis.call('HMGET', KEYS[1], 's', 't', 'w', 'v')
local version = tonumber(state[4]) or 0
local score = tonumber(state[1])
local at = tonumber(state[2])
local counted = tonumber(state[3])
local window, here = string.match(ARGV[3], '^(%S+) (%S+)$')
window = tonumber(window) or 0
here = tonumber(here) or initial
local known = score ~= nil and at ~= nil
if not known then
  score = math.min(100, math.max(0, here))
  at = now
end
if interval > 0 and now > at then
  local steps = math.floor(now / interval) - math.floor(at / interval)
  if steps > 0 then
    local distance = (score - neutral) * math.pow(factor, steps)
    if math.abs(distance) < 0.01 then score = neutral else score = neutral + distance end
  end
end
local mode = ARGV[1]
if mode == 'read' or mode == 'seed' then
  if not known then
    if mode == 'seed' and score ~= initial then
      redis.call('HSET', KEYS[1], 's', text(score), 't', string.format('%.0f', now))
      version = bump(version)
      redis.call('HSET', KEYS[1], 'v', version)
      redis.call('PEXPIRE', KEYS[1], ttl)
    else
      score = initial
    end
  end
  return {'0', text(score), text(score), known and '1' or '0', string.format('%.0f', tonumber(version))}
end
local before = score
local span = tonumber(ARGV[4]) or 0
if window > 0 then
  if counted ~= nil and window < counted + span then
    return {'0', text(before), text(before), known and '1' or '0', string.format('%.0f', tonumber(version))}
  end
  counted = window
end
score = math.min(100, math.max(0, score + tonumber(mode)))
if counted ~= nil then
  redis.call('HSET', KEYS[1], 's', text(score), 't', string.format('%.0f', math.max(now, at)), 'w', string.format('%.0f', counted))
else
  redis.call('HSET', KEYS[1], 's', text(score), 't', string.format('%.0f', math.max(now, at)))
end
version = bump(version)
redis.call('HSET', KEYS[1], 'v', version)
redis.call('PEXPIRE', KEYS[1], ttl)
if tier(before) ~= tier(score) then
  redis.call('PUBLISH', ARGV[6], origin .. '\n' .. text(score) .. '\n' .. string.format('%.0f', now) .. '\n' ..
    string.format('%.0f', tonumber(version)) .. '\n' .. KEYS[1])
end
return {'1', text(before), text(score), known and '1' or '0', string.format('%.0f', tonumber(version))}
)lua";
    return kScript;
}

}  // namespace sluice::engine::redis
