// SPDX-License-Identifier: Apache-2.0
#include "throttle/ThrottleSampler.h"

#include <algorithm>

namespace sluice::engine {

Event throttleChangedEvent(const ThrottleTransition& t)
{
    Event e;
    e.kind = EventKind::ThrottleChanged;
    e.at = t.at;
    e.detail = t.reason;
    e.throttle = ThrottlePeriodStart{t.to, t.from, t.load, t.automatic, t.actor};
    return e;
}

void ThrottleSampler::setLoadSource(std::unique_ptr<LoadSource> source)
{
    m_loadSource = std::move(source);
    m_hasSample = false;
    m_holding = false;
}

void ThrottleSampler::fillSnapshot(Snapshot& out) const
{
    m_throttle.fill(out.throttle);
    LoadSourceView& view = out.throttle.source;
    view = LoadSourceView{};
    if (m_loadSource) {
        m_loadSource->describe(view);
    } else {
        view.measures = {false, false, false};
    }
    view.hasSample = m_hasSample;
    view.sampleAt = m_sampleAt;
    view.sample = m_sample;
    view.holding = m_holding;
}

void ThrottleSampler::startClock(TimeNs now)
{
    const TimeNs interval = m_throttle.config().sampleInterval;
    m_lastSample = now;
    m_nextSample = now - now % interval + interval;
}

TimeNs ThrottleSampler::nextDue() const
{
    TimeNs next = kNever;
    if (m_loadSource) {
        next = m_nextSample;
    }
    if (m_throttle.overrideExpiry() != 0) {
        next = std::min(next, m_throttle.overrideExpiry());
    }
    return next;
}

void ThrottleSampler::runDue(TimeNs now, PartContext& context)
{
    for (;;) {
        const TimeNs expiry = m_throttle.overrideExpiry();
        const bool expiryDue = expiry != 0 && expiry <= now;
        const bool sampleDue = m_loadSource && m_nextSample <= now;
        if (expiryDue && (!sampleDue || expiry <= m_nextSample)) {
            if (m_throttle.expireOverride(now)) {
                context.events.push_back(throttleChangedEvent(m_throttle.lastTransition()));
                context.ratesChanged = true;
            }
        } else if (sampleDue) {
            sample(m_nextSample, context);
        } else {
            return;
        }
    }
}

void ThrottleSampler::sample(TimeNs at, PartContext& context)
{
    const TimeNs interval = m_throttle.config().sampleInterval;
    const double seconds = static_cast<double>(std::max<TimeNs>(at - m_lastSample, 1)) / kNsPerSec;
    TrafficRates rates;
    rates.allowedPerSec = static_cast<double>(context.allowed - m_allowedAtSample) / seconds;
    rates.deniedPerSec = static_cast<double>(context.denied - m_deniedAtSample) / seconds;
    rates.seconds = seconds;
    rates.at = at;
    m_allowedAtSample = context.allowed;
    m_deniedAtSample = context.denied;
    m_lastSample = at;
    // A source without a reading (an endpoint that cannot be reached) holds the level: falling to none would
    // lift every limit just when the service may be too busy to answer.
    m_holding = !m_loadSource->hasReading();
    if (!m_holding) {
        m_sample = m_loadSource->sample(rates);
        m_sampleAt = at;
        m_hasSample = true;
        if (m_throttle.observe(at, m_sample)) {
            context.events.push_back(throttleChangedEvent(m_throttle.lastTransition()));
            context.ratesChanged = true;
        }
    }
    m_nextSample = at + interval;
    // After a long quiet spell (or a restart), skip to the latest due sample instead of replaying each one.
    if (context.latest - m_nextSample > 8 * interval) {
        m_nextSample = context.latest - (context.latest - m_nextSample) % interval;
    }
}

}  // namespace sluice::engine
