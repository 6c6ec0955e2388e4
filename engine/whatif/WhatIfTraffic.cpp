// SPDX-License-Identifier: Apache-2.0
#include "whatif/WhatIfTraffic.h"

#include "logs/LogParser.h"

#include <algorithm>
#include <limits>

namespace sluice::engine::whatif {

SimulatedTraffic::SimulatedTraffic(const sim::Scenario& scenario, std::uint64_t seed, TimeNs duration)
    : m_sim(scenario, seed)
{
    m_sim.setDuration(duration);
    m_now = m_sim.start();
}

bool SimulatedTraffic::fill(RequestBatch& batch)
{
    const bool more = m_sim.fill(batch, kFullBatch);
    if (!batch.requests.empty()) {
        m_now = batch.requests.back().timestamp;
    }
    const auto keys = m_sim.keysPerClass();
    for (std::size_t c = 0; c < keys.size(); ++c) {
        m_keys[c].store(keys[c], std::memory_order_relaxed);
    }
    return more;
}

double SimulatedTraffic::progress() const
{
    const TimeNs span = m_sim.end() - m_sim.start();
    if (span <= 0) {
        return 1.0;
    }
    return std::clamp(static_cast<double>(m_now - m_sim.start()) / static_cast<double>(span), 0.0, 1.0);
}

std::array<std::uint64_t, sim::kTrafficClassCount> SimulatedTraffic::keysPerClass() const
{
    std::array<std::uint64_t, sim::kTrafficClassCount> out{};
    for (std::size_t c = 0; c < out.size(); ++c) {
        out[c] = m_keys[c].load(std::memory_order_relaxed);
    }
    return out;
}

std::optional<std::pair<TimeNs, TimeNs>> LogTraffic::span(const LogInput& input, std::string& error)
{
    auto reader = logs::LogFileReader::open(input.path, error);
    if (!reader) {
        return std::nullopt;
    }
    logs::LogParser parser(input.ingest.format);
    logs::LogRecord record;
    logs::LineSplitter splitter;
    TimeNs first = std::numeric_limits<TimeNs>::max();
    TimeNs last = std::numeric_limits<TimeNs>::min();
    const auto onLine = [&](std::string_view line, std::uint64_t, bool tooLong) {
        if (!tooLong && parser.parse(line, record).empty()) {
            first = std::min(first, record.time);
            last = std::max(last, record.time);
        }
    };
    for (std::string_view chunk = reader->read(); !chunk.empty(); chunk = reader->read()) {
        splitter.feed(chunk, onLine);
    }
    splitter.finish(onLine);
    if (!reader->error().empty()) {
        error = reader->error();
        return std::nullopt;
    }
    if (first > last) {
        error = input.path + ": no line of the log could be read in the format given";
        return std::nullopt;
    }
    return std::make_pair(first, last);
}

std::unique_ptr<LogTraffic> LogTraffic::open(const LogInput& input, TimeNs start, std::string& error)
{
    auto reader = logs::LogFileReader::open(input.path, error);
    if (!reader) {
        return nullptr;
    }
    return std::unique_ptr<LogTraffic>(new LogTraffic(std::move(reader), input, start));
}

LogTraffic::LogTraffic(std::unique_ptr<logs::LogFileReader> reader, const LogInput& input, TimeNs start)
    : m_reader(std::move(reader)), m_ingest(input.ingest), m_start(start)
{
}

bool LogTraffic::fill(RequestBatch& batch)
{
    const auto onLine = [&](std::string_view line, std::uint64_t number, bool tooLong) {
        if (tooLong) {
            m_ingest.addTooLong(line, number);
        } else {
            m_ingest.add(line, number, batch);
        }
    };
    // A chunk is split whole, so a batch may hold a little more than a full one.
    while (!m_ended && batch.requests.size() < kFullBatch) {
        const std::string_view chunk = m_reader->read();
        if (chunk.empty()) {
            m_splitter.finish(onLine);
            m_ended = true;
            break;
        }
        m_splitter.feed(chunk, onLine);
    }
    // No ground truth in a log: every request is counted with the legitimate classes.
    batch.tags.assign(batch.requests.size(), static_cast<std::uint8_t>(sim::TrafficClass::Normal));
    m_progress.store(m_ended ? 1.0 : m_reader->progress(), std::memory_order_relaxed);
    return !m_ended;
}

}  // namespace sluice::engine::whatif
