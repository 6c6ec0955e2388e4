// SPDX-License-Identifier: Apache-2.0
#include "anomaly/AnomalyDetector.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <type_traits>

namespace sluice::engine::anomaly {

namespace {

constexpr double kMadToSigma = 1.2533;  // sqrt(pi/2): mean absolute deviation to standard deviation (Gaussian)
constexpr double kMaxZ = 1e6;           // beyond this a deviation is just "enormous"

// The saved state: "SLAD", a format version and the total size, then every field in a fixed order,
// little-endian. A change of the fields is a new version; old bytes are then refused, and the detector relearns.
constexpr char kMagic[4] = {'S', 'L', 'A', 'D'};
constexpr std::uint16_t kStateVersion = 1;

// An exponential average that starts as a plain mean: early samples are not drowned by the first one.
double rate(std::uint32_t count, double memory) { return std::max(1.0 / count, 1.0 / memory); }

std::size_t hourOfDay(TimeNs time) { return static_cast<std::size_t>(((time / kNsPerHour) % 24 + 24) % 24); }

template <class T>
constexpr auto bitsOf(T value)
{
    if constexpr (std::is_same_v<T, float>) {
        return std::bit_cast<std::uint32_t>(value);
    } else if constexpr (std::is_same_v<T, double>) {
        return std::bit_cast<std::uint64_t>(value);
    } else if constexpr (std::is_same_v<T, bool>) {
        return static_cast<std::uint8_t>(value ? 1 : 0);
    } else {
        return static_cast<std::make_unsigned_t<T>>(value);
    }
}

template <class U>
void putBits(std::string& out, U bits)
{
    for (std::size_t i = 0; i < sizeof(U); ++i) {
        out.push_back(static_cast<char>((bits >> (8 * i)) & 0xFF));
    }
}

template <class U>
U takeBits(std::string_view& in)
{
    U bits = 0;
    for (std::size_t i = 0; i < sizeof(U); ++i) {
        bits = static_cast<U>(bits | static_cast<U>(static_cast<std::uint8_t>(in[i])) << (8 * i));
    }
    in.remove_prefix(sizeof(U));
    return bits;
}

}  // namespace

template <class Self, class Field>
void AnomalyDetector::forEachField(Self& self, Field&& field)
{
    const auto baseline = [&field](auto& b) {
        field(b.level);
        field(b.spread);
        field(b.peak);
        field(b.count);
    };
    const auto novelty = [&field](auto& n) {
        field(n.recent);
        field(n.mean);
        field(n.var);
    };
    baseline(self.m_flat);
    for (auto& hour : self.m_hours) {
        baseline(hour);
    }
    field(self.m_flatError);
    field(self.m_hourError);
    field(self.m_longSpread);
    field(self.m_peak);
    novelty(self.m_levelNovelty);
    novelty(self.m_stepNovelty);
    field(self.m_previous);
    field(self.m_stepSpread);
    field(self.m_burstRate);
    field(self.m_sinceBurst);
    field(self.m_bursts);
    field(self.m_seen);
    field(self.m_calm);
    field(self.m_open);
}

namespace {

// A detector's saved bytes have one size: every field has a fixed width.
std::size_t stateBytes()
{
    static const std::size_t bytes = AnomalyDetector{}.saveState().size();
    return bytes;
}

}  // namespace

void AnomalyDetector::learn(Baseline& b, double value, double memory)
{
    if (b.count++ == 0) {
        b.level = static_cast<float>(value);
        return;
    }
    const double r = value - b.level;
    // Until the spread means something every deviation counts in full.
    const double limit = b.count <= kWarmupSamples ? std::abs(r) : kClipSigmas * kMadToSigma * b.spread;
    const double clipped = std::clamp(r, -limit, limit);
    b.level = static_cast<float>(b.level + rate(b.count, memory) * clipped);
    b.spread = static_cast<float>(b.spread + rate(b.count, kSpreadSamples) * (std::abs(clipped) - b.spread));
}

double AnomalyDetector::sigmaOf(const Baseline& b) const
{
    const double floor = 1e-9 + 1e-6 * std::abs(b.level);  // a series that never moved
    return std::max({kMadToSigma * b.spread, kSpreadFloor * kMadToSigma * m_longSpread, floor});
}

double AnomalyDetector::Novelty::observe(double surprise, std::uint32_t samples)
{
    recent += (surprise - recent) / kShortSamples;
    const double evidence = (recent - mean) / (kNoveltySigmas * std::max(kNoveltyFloor, std::sqrt(var)));
    const double r = rate(samples, kNoveltySamples);
    const double d = recent - mean;
    mean += r * d;
    var += r * (d * d - var);
    return evidence;
}

double AnomalyDetector::quietEvidence(double stepSigmas)
{
    const bool burst = stepSigmas > kBurstSigmas;
    const bool onset = burst && m_sinceBurst > 0;
    m_burstRate += ((onset ? 1.0 : 0.0) - m_burstRate) / kNoveltySamples;
    m_bursts += onset ? 1 : 0;
    m_sinceBurst = burst ? 0 : m_sinceBurst + 1;
    return m_bursts < kQuietBursts ? 0.0 : m_burstRate * m_sinceBurst / kQuietLimit;
}

AnomalyVerdict AnomalyDetector::observe(TimeNs time, double value)
{
    AnomalyVerdict v;
    Baseline& hour = m_hours[hourOfDay(time)];
    const bool useHour = hour.count >= 3 && m_hourError < m_flatError;
    const Baseline& base = useHour ? hour : m_flat;
    v.expected = base.level;
    v.spread = sigmaOf(base);
    const double z = std::clamp((value - v.expected) / v.spread, -kMaxZ, kMaxZ);
    const double step = std::abs(value - m_previous);

    if (m_seen >= kWarmupSamples) {
        const double usual = std::max({kSpikeSigmas, kPeakMargin * m_peak, kPeakMargin * hour.peak / v.spread});
        const double spike = std::abs(z) / usual;

        const std::uint32_t samples = m_seen - kWarmupSamples + 1;
        const double level = m_levelNovelty.observe(std::min(std::abs(z), kDeviationCap), samples);
        const double stepSpread = std::max(m_stepSpread, 1e-9 + 1e-6 * std::abs(value));
        const double texture = m_stepNovelty.observe(std::min(step / stepSpread, kDeviationCap / 2), samples);
        const double quiet = quietEvidence(step / (kMadToSigma * stepSpread));

        const double novelty = std::max(level, texture);
        const double evidence = m_seen < kLearnSamples ? 0.0 : std::max({spike, novelty, quiet});
        if (spike >= std::max(novelty, quiet)) {
            v.kind = z >= 0 ? AnomalyKind::Spike : AnomalyKind::Drop;
        } else {
            v.kind = quiet > novelty ? AnomalyKind::Drop : AnomalyKind::LevelShift;
        }
        v.score = 1.0 - std::pow(5.0, -evidence * evidence);
        if (!m_open && v.score >= kAlertScore) {
            m_open = true;
            v.alert = true;
            m_calm = 0;
        } else if (m_open) {
            m_calm = v.score < kAlertScore ? m_calm + 1 : 0;
            m_open = m_calm < kCalmSamples;
            m_calm = m_open ? m_calm : 0;
        }
        m_peak = std::max(std::abs(z), m_peak * std::exp(-1.0 / kPeakSamples));
    }
    v.incident = m_open;

    if (m_flat.count > 0) {
        const double a = 1.0 / kSpreadSamples;
        const double flatError = std::abs(value - m_flat.level);
        m_flatError += a * (flatError - m_flatError);
        m_hourError += a * ((hour.count > 0 ? std::abs(value - hour.level) : flatError) - m_hourError);
        m_longSpread += rate(m_flat.count + 1, kLongSpreadSamples) * (flatError - m_longSpread);
    }
    if (m_seen > 0) {
        const double limit = m_seen < kWarmupSamples ? step : kClipSigmas * kMadToSigma * m_stepSpread;
        m_stepSpread += rate(m_seen, kSpreadSamples) * (std::min(step, limit) - m_stepSpread);
    }
    m_previous = value;
    hour.peak = static_cast<float>(std::max(std::abs(value - v.expected), hour.peak * std::exp(-1.0 / kHourSamples)));
    learn(m_flat, value, kLevelSamples);
    learn(hour, value, kHourSamples);
    ++m_seen;
    return v;
}

std::string AnomalyDetector::saveState() const
{
    std::string out(kMagic, sizeof(kMagic));
    putBits(out, kStateVersion);
    putBits(out, std::uint32_t{0});  // the size, once known
    forEachField(*this, [&out](const auto& x) { putBits(out, bitsOf(x)); });
    const auto size = static_cast<std::uint32_t>(out.size());
    for (std::size_t i = 0; i < sizeof(size); ++i) {
        out[sizeof(kMagic) + sizeof(kStateVersion) + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
    }
    return out;
}

// Whatever the bytes say, a restored detector must not divide by a negative spread or count past its limits:
// only values the detector could have learned are taken.
bool AnomalyDetector::plausible() const
{
    bool ok = true;
    forEachField(*this, [&ok](const auto& x) {
        if constexpr (std::is_floating_point_v<std::remove_cvref_t<decltype(x)>>) {
            ok = ok && std::isfinite(x);
        }
    });
    const auto spreadOk = [](const Baseline& b) { return b.spread >= 0 && b.peak >= 0; };
    ok = ok && spreadOk(m_flat) && std::all_of(m_hours.begin(), m_hours.end(), spreadOk);
    ok = ok && m_flatError >= 0 && m_hourError >= 0 && m_longSpread >= 0 && m_peak >= 0 && m_stepSpread >= 0;
    ok = ok && m_levelNovelty.var >= 0 && m_stepNovelty.var >= 0 && m_burstRate >= 0 && m_burstRate <= 1;
    // Every sample teaches the flat baseline and one hour, so the counts agree; far from wrapping around.
    std::uint64_t hourCounts = 0;
    for (const Baseline& b : m_hours) {
        hourCounts += b.count;
    }
    ok = ok && m_seen < (1U << 31) && m_flat.count == m_seen && hourCounts == m_seen;
    ok = ok && m_bursts <= m_seen && m_sinceBurst <= m_seen;
    return ok && m_calm >= 0 && m_calm < kCalmSamples && (m_open || m_calm == 0);
}

bool AnomalyDetector::restoreState(std::string_view bytes)
{
    if (bytes.size() != stateBytes() || bytes.substr(0, sizeof(kMagic)) != std::string_view(kMagic, sizeof(kMagic))) {
        return false;
    }
    bytes.remove_prefix(sizeof(kMagic));
    const auto version = takeBits<std::uint16_t>(bytes);
    const auto size = takeBits<std::uint32_t>(bytes);
    if (version != kStateVersion || size != stateBytes()) {
        return false;
    }
    AnomalyDetector restored;
    bool boolsOk = true;
    forEachField(restored, [&bytes, &boolsOk](auto& x) {
        using T = std::remove_cvref_t<decltype(x)>;
        const auto bits = takeBits<decltype(bitsOf(T{}))>(bytes);
        if constexpr (std::is_same_v<T, bool>) {
            boolsOk = boolsOk && bits <= 1;
            x = bits == 1;
        } else if constexpr (std::is_floating_point_v<T> || std::is_unsigned_v<T>) {
            x = std::bit_cast<T>(bits);
        } else {
            x = static_cast<T>(bits);
        }
    });
    if (!boolsOk || !restored.plausible()) {
        return false;
    }
    *this = restored;
    return true;
}

}  // namespace sluice::engine::anomaly
