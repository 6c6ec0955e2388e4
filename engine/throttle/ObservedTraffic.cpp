// SPDX-License-Identifier: Apache-2.0
#include "throttle/ObservedTraffic.h"

#include <algorithm>
#include <cmath>

namespace sluice::engine {

namespace {
constexpr auto kRelaxed = std::memory_order_relaxed;

bool isError(int status) { return status >= 500 && status <= 599; }

std::uint64_t microsecondsOf(double seconds) { return static_cast<std::uint64_t>(std::min(seconds, 1e9) * 1e6); }
}  // namespace

int ResponseTally::bucketOf(double seconds)
{
    const double ms = seconds * 1000.0;
    if (!(ms > kFirstBucketMs)) {
        return 0;
    }
    const double b = std::ceil(std::log(ms / kFirstBucketMs) / std::log(kBucketGrowth) - 1e-9);
    return b >= kBuckets - 1 ? kBuckets - 1 : static_cast<int>(b);
}

double ResponseTally::bucketUpperMs(int bucket) { return kFirstBucketMs * std::pow(kBucketGrowth, bucket); }

void ResponseTally::add(int status, double seconds)
{
    ++responses;
    errors += isError(status) ? 1 : 0;
    if (seconds >= 0 && std::isfinite(seconds)) {
        ++timed;
        microseconds += microsecondsOf(seconds);
        ++buckets[static_cast<std::size_t>(bucketOf(seconds))];
    }
}

double ResponseTally::percentileMs(double fraction) const
{
    std::uint64_t count = 0;
    for (const std::uint64_t n : buckets) {
        count += n;
    }
    if (count == 0) {
        return -1;
    }
    const auto rank = static_cast<std::uint64_t>(std::ceil(fraction * static_cast<double>(count)));
    std::uint64_t below = 0;
    for (int b = 0; b < kBuckets; ++b) {
        below += buckets[static_cast<std::size_t>(b)];
        if (below >= rank) {
            return bucketUpperMs(b);
        }
    }
    return bucketUpperMs(kBuckets - 1);
}

void ObservedTraffic::add(int status, double seconds)
{
    m_responses.fetch_add(1, kRelaxed);
    if (isError(status)) {
        m_errors.fetch_add(1, kRelaxed);
    }
    if (seconds >= 0 && std::isfinite(seconds)) {
        m_timed.fetch_add(1, kRelaxed);
        m_microseconds.fetch_add(microsecondsOf(seconds), kRelaxed);
        m_buckets[static_cast<std::size_t>(ResponseTally::bucketOf(seconds))].fetch_add(1, kRelaxed);
    }
}

void ObservedTraffic::add(const ResponseTally& tally)
{
    m_responses.fetch_add(tally.responses, kRelaxed);
    m_errors.fetch_add(tally.errors, kRelaxed);
    m_timed.fetch_add(tally.timed, kRelaxed);
    m_microseconds.fetch_add(tally.microseconds, kRelaxed);
    for (std::size_t b = 0; b < tally.buckets.size(); ++b) {
        if (tally.buckets[b] != 0) {
            m_buckets[b].fetch_add(tally.buckets[b], kRelaxed);
        }
    }
}

ResponseTally ObservedTraffic::take()
{
    ResponseTally out;
    out.responses = m_responses.exchange(0, kRelaxed);
    out.errors = m_errors.exchange(0, kRelaxed);
    out.timed = m_timed.exchange(0, kRelaxed);
    out.microseconds = m_microseconds.exchange(0, kRelaxed);
    for (std::size_t b = 0; b < out.buckets.size(); ++b) {
        out.buckets[b] = m_buckets[b].exchange(0, kRelaxed);
    }
    return out;
}

}  // namespace sluice::engine
