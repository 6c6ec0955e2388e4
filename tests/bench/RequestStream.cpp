// SPDX-License-Identifier: Apache-2.0
#include "RequestStream.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <random>

namespace sluice::bench {

std::vector<std::uint32_t> uniformKeys(std::size_t count, std::uint32_t keys, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::uint32_t> pick(0, keys - 1);
    std::vector<std::uint32_t> out(count);
    for (auto& k : out) {
        k = pick(rng);
    }
    return out;
}

std::vector<std::uint32_t> zipfKeys(std::size_t count, std::uint32_t keys, double s, std::uint64_t seed)
{
    std::vector<double> cdf(keys);
    double sum = 0;
    for (std::uint32_t i = 0; i < keys; ++i) {
        sum += 1.0 / std::pow(static_cast<double>(i + 1), s);
        cdf[i] = sum;
    }
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, sum);
    std::vector<std::uint32_t> out(count);
    for (auto& k : out) {
        k = static_cast<std::uint32_t>(std::lower_bound(cdf.begin(), cdf.end(), u(rng)) - cdf.begin());
        k = std::min(k, keys - 1);
    }
    return out;
}

RequestStream streamFor(const std::vector<std::uint32_t>& keyNumbers, engine::TimeNs startNs, engine::TimeNs spacingNs)
{
    RequestStream s;
    s.bytes.reserve(keyNumbers.size() * 13);
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    spans.reserve(keyNumbers.size());
    for (const std::uint32_t n : keyNumbers) {
        char buffer[24] = "user-";
        auto [end, ec] = std::to_chars(buffer + 5, buffer + sizeof buffer, n);
        (void)ec;
        spans.emplace_back(s.bytes.size(), static_cast<std::size_t>(end - buffer));
        s.bytes.insert(s.bytes.end(), buffer, end);
    }
    s.requests.resize(keyNumbers.size());
    for (std::size_t i = 0; i < keyNumbers.size(); ++i) {
        engine::Request& r = s.requests[i];
        r.key = std::string_view(s.bytes.data() + spans[i].first, spans[i].second);
        r.timestamp = startNs + static_cast<engine::TimeNs>(i) * spacingNs;
        r.cost = 1;
    }
    return s;
}

void RequestStream::shiftTime(engine::TimeNs by)
{
    for (auto& r : requests) {
        r.timestamp += by;
    }
}

}  // namespace sluice::bench
