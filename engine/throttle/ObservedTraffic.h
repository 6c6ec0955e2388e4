// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <atomic>
#include <cstdint>

namespace sluice::engine {

// Responses of the protected service counted by status and response time: what `ObservedTraffic` gathers,
// and a tally a source fills without atomics and hands over once per batch.
struct ResponseTally {
    // Response times on a log scale: bucket b holds times up to kFirstBucketMs × kBucketGrowth^b, so a
    // percentile read from it is at most 25 % above the true one. The last bucket holds everything slower.
    static constexpr int kBuckets = 48;
    static constexpr double kFirstBucketMs = 1.0;
    static constexpr double kBucketGrowth = 1.25;

    std::uint64_t responses = 0;
    std::uint64_t errors = 0;        // 5xx
    std::uint64_t timed = 0;         // responses with a response time
    std::uint64_t microseconds = 0;  // their sum
    std::array<std::uint64_t, kBuckets> buckets{};

    static int bucketOf(double seconds);
    static double bucketUpperMs(int bucket);

    // A response with its HTTP status and its time in seconds (below 0: not known, as a log without
    // $request_time).
    void add(int status, double seconds);
    // The response time below which `fraction` of the timed responses fall (bucket bound); -1 without any.
    double percentileMs(double fraction) const;
};

// What the traffic tells about the protected service: responses, 5xx errors and response times as the access
// log shows them ($status, $request_time). Sources add from their own threads without locks; the traffic load
// source takes the totals once per sample and starts over. A response counted while the totals are taken may
// be split between this sample and the next (its count in one, its time in the other), never counted twice.
class ObservedTraffic final {
public:
    void add(int status, double seconds);
    void add(const ResponseTally& tally);
    ResponseTally take();

private:
    std::atomic<std::uint64_t> m_responses{0};
    std::atomic<std::uint64_t> m_errors{0};
    std::atomic<std::uint64_t> m_timed{0};
    std::atomic<std::uint64_t> m_microseconds{0};
    std::array<std::atomic<std::uint64_t>, ResponseTally::kBuckets> m_buckets{};
};

}  // namespace sluice::engine
