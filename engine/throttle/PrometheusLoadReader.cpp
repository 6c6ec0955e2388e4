// SPDX-License-Identifier: Apache-2.0
#include "throttle/PrometheusLoadReader.h"

#include <algorithm>
#include <cmath>

namespace sluice::engine {

namespace {
using Reading = PrometheusSignal::Reading;

bool matches(const PrometheusSample& sample, const PrometheusSignal& signal)
{
    return std::all_of(signal.labels.begin(), signal.labels.end(), [&](const auto& wanted) {
        return std::any_of(sample.labels.begin(), sample.labels.end(), [&](const auto& label) {
            return label.first == wanted.first && label.second == wanted.second;
        });
    });
}

std::string_view wholeMetric(const PrometheusSignal& s)
{
    return s.reading == Reading::IdleCounter && s.total.empty() ? std::string_view(s.metric)
                                                                : std::string_view(s.total);
}

std::string selector(const PrometheusSignal& s)
{
    std::string out = s.metric;
    if (!s.labels.empty()) {
        out += '{';
        for (std::size_t i = 0; i < s.labels.size(); ++i) {
            out.append(i == 0 ? "" : ",")
                .append(s.labels[i].first)
                .append("=\"")
                .append(s.labels[i].second)
                .append("\"");
        }
        out += '}';
    }
    return out;
}

bool usesWhole(Reading r) { return r == Reading::IdleCounter || r == Reading::FreeOfTotal || r == Reading::OfTotal; }
bool isCounter(Reading r) { return r == Reading::Rate || r == Reading::IdleCounter; }

double percent(double v) { return std::clamp(v, 0.0, 100.0); }
}  // namespace

std::optional<LoadSignals> PrometheusLoadReader::read(std::string_view page, TimeNs at, std::string& error)
{
    error.clear();
    std::array<Sums, kLoadSignalCount> sums{};
    const PrometheusText::Counts counts = m_text.parse(page, [&](const PrometheusSample& sample) {
        if (!std::isfinite(sample.value)) {
            return;
        }
        for (int s = 0; s < kLoadSignalCount; ++s) {
            const PrometheusSignal& signal = m_config.perSignal[s];
            if (signal.reading == Reading::Off) {
                continue;
            }
            if (sample.name == signal.metric && matches(sample, signal)) {
                sums[s].part += sample.value;
                sums[s].partSeen = true;
            }
            if (usesWhole(signal.reading) && sample.name == wholeMetric(signal)) {
                sums[s].whole += sample.value;
                sums[s].wholeSeen = true;
            }
        }
    });
    if (counts.samples == 0) {
        error = counts.rejected > 0 ? "no valid sample on the page (line " + std::to_string(counts.firstRejectedLine) +
                                          ": " + std::string(counts.firstReason) + ")"
                                    : "the page has no samples";
        return std::nullopt;
    }
    LoadSignals out;
    bool complete = true;
    const double seconds = static_cast<double>(at - m_previousAt) / kNsPerSec;
    for (int s = 0; s < kLoadSignalCount; ++s) {
        const PrometheusSignal& signal = m_config.perSignal[s];
        const Sums& now = sums[s];
        Previous& before = m_previous[s];
        if (signal.reading == Reading::Off) {
            continue;
        }
        if (!now.partSeen) {
            error = "no series " + selector(signal) + " on the page";
            before.valid = false;
            return std::nullopt;
        }
        if (usesWhole(signal.reading) && (!now.wholeSeen || now.whole <= 0)) {
            error = "no series " + std::string(wholeMetric(signal)) + " above 0 on the page";
            before.valid = false;
            return std::nullopt;
        }
        double value = 0;
        switch (signal.reading) {
        case Reading::Off:
            break;
        case Reading::Gauge:
            value = now.part * signal.scale;
            break;
        case Reading::FreeOfTotal:
            value = percent(100.0 * (1.0 - now.part / now.whole));
            break;
        case Reading::OfTotal:
            value = percent(100.0 * now.part / now.whole);
            break;
        case Reading::Rate:
        case Reading::IdleCounter: {
            const double part = now.part - before.sums.part;
            const double whole = now.whole - before.sums.whole;
            // A counter that went back was reset (the exporter restarted): this page starts over.
            const bool usable = before.valid && seconds > 0 && part >= 0 && whole >= 0 &&
                                (signal.reading == Reading::Rate || whole > 0);
            if (!usable) {
                complete = false;
            } else if (signal.reading == Reading::Rate) {
                value = part / seconds * signal.scale;
            } else {
                value = percent(100.0 * (1.0 - part / whole));
            }
            break;
        }
        }
        if (isCounter(signal.reading)) {
            before.valid = true;
            before.sums = now;
        }
        (s == 0 ? out.cpuPercent : s == 1 ? out.memoryPercent : out.concurrency) = value;
    }
    m_previousAt = at;
    if (!complete) {
        return std::nullopt;  // a counter's first page: no error, the next page gives the reading
    }
    return out;
}

}  // namespace sluice::engine
