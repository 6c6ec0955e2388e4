// SPDX-License-Identifier: Apache-2.0
#include "logs/LineIngest.h"

#include "core/EngineText.h"
#include "core/TextCheck.h"

#include <algorithm>
#include <cstring>

namespace sluice::engine::logs {

namespace {

// Printable ASCII without white space at either end: nearly every key and address, checked without decoding.
bool plainAscii(std::string_view s)
{
    if (s.empty() || s.front() == ' ' || s.back() == ' ') {
        return false;
    }
    for (const char c : s) {
        if (static_cast<unsigned char>(c) - 0x20u > 0x5Eu) {
            return false;
        }
    }
    return true;
}

bool usableKey(std::string_view s) { return plainAscii(s) || !TextCheck::check(s, TextCheck::Kind::Key); }

void rebase(std::string_view& view, const char* oldBegin, const char* oldEnd, const char* newBegin)
{
    if (view.data() >= oldBegin && view.data() < oldEnd) {
        view = std::string_view(newBegin + (view.data() - oldBegin), view.size());
    }
}

// Makes room for `extra` more bytes in the batch's buffer so that RequestBatch::store does not move it; when
// the buffer must grow, the views of the requests already in the batch move along with it.
void reserveText(RequestBatch& batch, std::size_t extra)
{
    std::vector<char>& bytes = batch.bytes;
    if (bytes.size() + extra <= bytes.capacity()) {
        return;
    }
    const char* oldBegin = bytes.data();
    const char* oldEnd = bytes.data() + bytes.size();
    bytes.reserve(std::max({bytes.capacity() * 2, bytes.size() + extra, std::size_t{64} << 10}));
    if (oldBegin == nullptr || oldBegin == bytes.data()) {
        return;
    }
    for (Request& r : batch.requests) {
        rebase(r.key, oldBegin, oldEnd, bytes.data());
        rebase(r.route, oldBegin, oldEnd, bytes.data());
        rebase(r.ip, oldBegin, oldEnd, bytes.data());
        rebase(r.country, oldBegin, oldEnd, bytes.data());
    }
}

}  // namespace

LineIngest::LineIngest(IngestOptions options)
    : m_parser(std::move(options.format)), m_key(std::move(options.key)), m_routes(std::move(options.routes))
{
}

std::string_view LineIngest::reject(std::string_view reason, std::string_view line, std::uint64_t number)
{
    m_rejected.add(number, reason, line);
    return reason;
}

void LineIngest::addTooLong(std::string_view head, std::uint64_t number)
{
    ++m_read;
    reject(sourceOf(Text::LogLineTooLong), head, number);
}

bool LineIngest::add(std::string_view line, std::uint64_t number, RequestBatch& batch)
{
    ++m_read;
    if (std::memchr(line.data(), '\0', line.size()) != nullptr) {
        reject(sourceOf(Text::LogNulByte), line, number);
        return false;
    }
    const std::string_view problem = m_parser.parse(line, m_record);
    if (!problem.empty()) {
        reject(problem, line, number);
        return false;
    }
    const std::string_view key = m_key.keyOf(m_record);
    if (key.empty()) {
        reject(sourceOf(Text::LogNoKey), line, number);
        return false;
    }
    if (!usableKey(key)) {
        reject(sourceOf(Text::LogKeyNotText), line, number);
        return false;
    }
    const std::string_view address = m_record.remoteAddr;
    if (!address.empty() && address.data() != key.data() && !usableKey(address)) {
        reject(sourceOf(Text::LogAddressNotText), line, number);
        return false;
    }
    const std::string_view route = m_routes.routeOf(m_record.path);
    const bool addressIsKey = address == key;
    reserveText(batch, key.size() + (addressIsKey ? 0 : address.size()) + route.size());
    Request request;
    request.key = batch.store(key);
    request.ip = addressIsKey ? request.key : batch.store(address);
    request.route = route.empty() ? std::string_view() : batch.store(route);
    request.cost = 1;
    request.timestamp = m_record.time;
    batch.requests.push_back(request);
    ++m_parsed;
    m_last = m_record;
    return true;
}

}  // namespace sluice::engine::logs
