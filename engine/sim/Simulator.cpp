// SPDX-License-Identifier: Apache-2.0
#include "sim/Simulator.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace sluice::engine::sim {

namespace {
constexpr TimeNs kSegment = kNsPerSec;
constexpr std::size_t kMaxDigits = 20;  // of a 64-bit key number
constexpr std::size_t kMaxIpLength = 15;
constexpr std::size_t kGrowRequests = 256;

// "0." .. "255." with the length of the digits in the last byte: an address is four fixed 4-byte copies.
constexpr std::array<std::array<char, 5>, 256> makeOctets()
{
    std::array<std::array<char, 5>, 256> out{};
    for (int v = 0; v < 256; ++v) {
        int n = 0;
        if (v >= 100) {
            out[v][n++] = static_cast<char>('0' + v / 100);
        }
        if (v >= 10) {
            out[v][n++] = static_cast<char>('0' + v / 10 % 10);
        }
        out[v][n++] = static_cast<char>('0' + v % 10);
        out[v][n] = '.';
        out[v][4] = static_cast<char>(n);
    }
    return out;
}
constexpr auto kOctets = makeOctets();

// Copies `text`, whose buffer has SimulatedPopulation::kTextPadding readable bytes after it; may write as many
// bytes past the end of the copy (the request's byte budget has room for them).
char* copyPadded(char* to, std::string_view text)
{
    if (text.size() <= SimulatedPopulation::kTextPadding) {
        std::memcpy(to, text.data(), SimulatedPopulation::kTextPadding);
    } else {
        std::memcpy(to, text.data(), text.size());
    }
    return to + text.size();
}

// Writes up to one byte past the address (the last octet's dot); the request's byte budget has room for it.
char* writeIp(char* p, std::uint32_t ip)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        const auto& o = kOctets[(ip >> shift) & 0xFF];
        std::memcpy(p, o.data(), 4);
        p += o[4] + 1;
    }
    return p - 1;
}

std::string_view rebased(std::string_view v, std::uintptr_t from, std::size_t size, const char* to)
{
    const auto at = reinterpret_cast<std::uintptr_t>(v.data());
    if (v.empty() || at < from || at >= from + size) {
        return v;
    }
    return {to + (at - from), v.size()};
}
}  // namespace

Simulator::Simulator(const Scenario& scenario, std::uint64_t seed)
    : m_diurnal(scenario.diurnal), m_flashCrowds(scenario.flashCrowds), m_start(fromUnixSec(scenario.startUnixS)),
      m_end(m_start + fromUnixSec(scenario.durationS)), m_rng(mix64(seed) ^ 0x51A7C0DEULL), m_segmentStart(m_start)
{
    // Each source draws from its own salt, so adding an event does not reshuffle the populations' keys.
    m_sources.reserve(scenario.populations.size() + scenario.ddosWaves.size());
    std::uint64_t index = 0;
    for (const Population& p : scenario.populations) {
        m_sources.emplace_back(p, mix64(seed + mix64(++index)), m_start, scenario.durationS);
    }
    index = 1000;
    for (const DdosWave& w : scenario.ddosWaves) {
        m_sources.emplace_back(w, mix64(seed + mix64(++index)), m_start);
    }
    std::size_t longestKey = 0;
    std::size_t longestRoute = 0;
    for (const SimulatedPopulation& s : m_sources) {
        longestKey = std::max(longestKey, s.keyPrefix().size() + kMaxDigits);
        longestRoute = std::max(longestRoute, s.maxRouteLength());
    }
    // Padding: text is copied in fixed-size blocks that may write past the end of the request's bytes.
    m_maxBytesPerRequest = longestKey + longestRoute + kMaxIpLength + 2 + SimulatedPopulation::kTextPadding;
    for (std::uint32_t i = 0; i < m_sources.size(); ++i) {
        for (std::uint32_t lane = 0; lane < m_sources[i].laneCount(); ++lane) {
            m_streams.push_back(Stream{i, lane});
        }
    }
    m_streamRates.resize(m_streams.size());
    beginSegment();
}

void Simulator::setDuration(TimeNs duration)
{
    m_end = m_start + std::max<TimeNs>(0, duration);
    if (m_segmentStart + m_segmentLength > m_end) {
        m_segmentLength = std::max<TimeNs>(0, m_end - m_segmentStart);
        m_segmentSeconds = static_cast<double>(m_segmentLength) / 1e9;
    } else if (m_segmentLength == 0) {
        beginSegment();  // the run had ended and goes on now
    }
}

TimeNs Simulator::now() const
{
    if (m_segmentStart >= m_end) {
        return m_end;
    }
    return std::min(m_end, m_segmentStart + static_cast<TimeNs>(std::min(m_offsetSeconds, m_segmentSeconds) * 1e9));
}

double Simulator::diurnalAt(TimeNs at) const
{
    // Linear between the middles of the hours, so the rate has no steps on the hour.
    const double hours = static_cast<double>(at % kNsPerDay) / static_cast<double>(kNsPerHour) - 0.5;
    const double floorHours = std::floor(hours);
    const auto h0 = static_cast<int>(floorHours + 24) % 24;
    const double frac = hours - floorHours;
    return m_diurnal[h0] * (1 - frac) + m_diurnal[(h0 + 1) % 24] * frac;
}

double Simulator::flashAt(TimeNs at) const
{
    double factor = 1;
    for (const FlashCrowd& f : m_flashCrowds) {
        const TimeNs from = m_start + fromUnixSec(f.atS);
        if (at >= from && at < from + fromUnixSec(f.durationS)) {
            factor *= f.factor;
        }
    }
    return factor;
}

void Simulator::streamRates(TimeNs from, TimeNs to, std::span<double> out) const
{
    const TimeNs mid = from + (to - from) / 2;
    const double diurnal = diurnalAt(mid);
    const double flash = flashAt(mid);
    std::size_t at = 0;
    for (const SimulatedPopulation& s : m_sources) {
        s.laneRates(from, to, diurnal, flash, out.subspan(at, s.laneCount()));
        at += s.laneCount();
    }
}

bool Simulator::beginSegment()
{
    while (m_segmentStart < m_end) {
        // Segments keep to whole seconds from the start, where events begin and end.
        m_segmentLength = std::min(kSegment - (m_segmentStart - m_start) % kSegment, m_end - m_segmentStart);
        m_segmentSeconds = static_cast<double>(m_segmentLength) / 1e9;
        m_offsetSeconds = 0;
        streamRates(m_segmentStart, m_segmentStart + m_segmentLength, m_streamRates);
        double total = 0;
        for (double rate : m_streamRates) {
            total += rate;
        }
        if (total > 0) {
            m_streamPick.build(m_streamRates);
            m_meanGapSeconds = 1 / total;
            return true;
        }
        m_segmentStart += m_segmentLength;
    }
    m_segmentLength = 0;
    m_segmentSeconds = 0;
    return false;
}

std::size_t Simulator::prepare(RequestBatch& batch, std::size_t maxRequests) const
{
    const std::size_t used = batch.bytes.size();
    const auto oldData = reinterpret_cast<std::uintptr_t>(batch.bytes.data());
    const std::size_t need = used + maxRequests * m_maxBytesPerRequest;
    if (batch.bytes.capacity() < need) {
        batch.bytes.reserve(std::max(need, 2 * batch.bytes.capacity()));
    }
    if (reinterpret_cast<std::uintptr_t>(batch.bytes.data()) != oldData && used > 0) {
        // The buffer moved: point the views of requests already in the batch at the new copy.
        for (Request& r : batch.requests) {
            r.key = rebased(r.key, oldData, used, batch.bytes.data());
            r.route = rebased(r.route, oldData, used, batch.bytes.data());
            r.ip = rebased(r.ip, oldData, used, batch.bytes.data());
            r.country = rebased(r.country, oldData, used, batch.bytes.data());
        }
    }
    return used;
}

bool Simulator::fill(RequestBatch& batch, std::size_t maxRequests)
{
    if (m_segmentStart >= m_end) {
        return false;
    }
    const std::size_t used = prepare(batch, maxRequests);
    char* p = batch.bytes.data() + used;
    char* limit = p;
    // Locals, not members: stores through char* may alias anything, which would force the generator's state
    // out of registers on every request.
    Random rng = m_rng;
    double offset = m_offsetSeconds;
    // Sized up front and trimmed at the end: writing through a pointer avoids a capacity check and a reload of
    // the vector's end per request.
    const std::size_t firstRequest = batch.requests.size();
    batch.requests.resize(firstRequest + maxRequests);
    batch.tags.resize(firstRequest + maxRequests);
    Request* out = batch.requests.data() + firstRequest;
    std::uint8_t* tags = batch.tags.data() + firstRequest;
    const Stream* const streams = m_streams.data();
    SimulatedPopulation* const sources = m_sources.data();
    std::size_t emitted = 0;
    bool more = true;
    while (emitted < maxRequests) {
        offset += m_exponential(rng) * m_meanGapSeconds;
        if (offset >= m_segmentSeconds) {
            m_segmentStart += m_segmentLength;
            if (!beginSegment()) {
                more = false;
                break;
            }
            offset = 0;
            continue;
        }
        // min(): rounding must not carry an arrival onto the next segment's first nanosecond.
        const TimeNs at = m_segmentStart + std::min(static_cast<TimeNs>(offset * 1e9), m_segmentLength - 1);
        const Stream stream = streams[m_streamPick.pick(rng.next())];
        SimulatedPopulation& source = sources[stream.source];
        const std::uint64_t keyId = source.pickKey(stream.lane, rng);
        if (static_cast<std::size_t>(limit - p) < m_maxBytesPerRequest) {
            // Grow the written part in steps inside the reserved capacity (which never moves here): resizing for
            // the whole batch at once would zero far more bytes than the requests use.
            const auto written = static_cast<std::size_t>(p - batch.bytes.data());
            batch.bytes.resize(std::min(batch.bytes.capacity(), written + kGrowRequests * m_maxBytesPerRequest));
            limit = batch.bytes.data() + batch.bytes.size();
        }
        Request& r = out[emitted];
        r.timestamp = at;
        char* keyEnd = copyPadded(p, source.keyPrefix());
        // 32-bit arithmetic formats faster; only credential stuffing can go past 2^32 key numbers.
        keyEnd = keyId <= 0xFFFFFFFFU
                     ? std::to_chars(keyEnd, keyEnd + kMaxDigits, static_cast<std::uint32_t>(keyId)).ptr
                     : std::to_chars(keyEnd, keyEnd + kMaxDigits, keyId).ptr;
        r.key = {p, static_cast<std::size_t>(keyEnd - p)};
        p = keyEnd;
        const std::string_view route = source.routes()[source.pickRoute(rng)];
        copyPadded(p, route);
        r.route = {p, route.size()};
        p += route.size();
        const SimulatedPopulation::KeyAttributes a = source.attributesOf(keyId);
        char* ipEnd = writeIp(p, a.ip);
        r.ip = {p, static_cast<std::size_t>(ipEnd - p)};
        p = ipEnd;
        std::memcpy(p, source.countries()[a.country].data(), 2);
        r.country = {p, 2};
        p += 2;
        tags[emitted] = static_cast<std::uint8_t>(source.trafficClass());
        ++emitted;
    }
    batch.requests.resize(firstRequest + emitted);
    batch.tags.resize(firstRequest + emitted);
    m_rng = rng;
    m_offsetSeconds = offset;
    m_generated += emitted;
    batch.bytes.resize(static_cast<std::size_t>(p - batch.bytes.data()));
    return more;
}

std::array<std::uint64_t, kTrafficClassCount> Simulator::keysPerClass() const
{
    std::array<std::uint64_t, kTrafficClassCount> out{};
    const TimeNs reached = now();
    for (const SimulatedPopulation& s : m_sources) {
        out[static_cast<int>(s.trafficClass())] += s.keysSoFar(reached);
    }
    return out;
}

std::array<double, kTrafficClassCount> Simulator::expectedRatePerClass(TimeNs at) const
{
    // The rates of the one-second segment holding `at`, as beginSegment() computes them.
    const TimeNs from = m_start + (at - m_start) / kSegment * kSegment;
    const TimeNs to = std::max(from + 1, std::min(from + kSegment, m_end));
    std::vector<double> rates(m_streams.size());
    streamRates(from, to, rates);
    std::array<double, kTrafficClassCount> out{};
    for (std::size_t i = 0; i < m_streams.size(); ++i) {
        out[static_cast<int>(m_sources[m_streams[i].source].trafficClass())] += rates[i];
    }
    return out;
}

}  // namespace sluice::engine::sim
