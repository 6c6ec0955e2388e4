// SPDX-License-Identifier: Apache-2.0
#include "redis/ClusterTopology.h"

#include "redis/HashSlot.h"

#include <charconv>

namespace sluice::engine::redis {

namespace {

bool parseNumber(std::string_view text, long long& out)
{
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end && !text.empty();
}

// One node of a CLUSTER SLOTS range: [host, port, id, ...].
bool nodeOf(const RedisReply& node, const RedisEndpoint& asked, RedisEndpoint& out)
{
    long long port = 0;
    if (node.kind != RedisReply::Kind::Array || node.elements.size() < 2 ||
        node.elements[0].kind != RedisReply::Kind::String || !node.elements[1].asInteger(port) || port < 0 ||
        port > 65535) {
        return false;
    }
    const std::string& host = node.elements[0].text;
    out.host = host.empty() || host == "?" ? asked.host : host;
    out.port = static_cast<int>(port);
    return true;
}

}  // namespace

std::string RedisEndpoint::text() const { return host + ':' + std::to_string(port); }

std::optional<RedisEndpoint> parseEndpoint(std::string_view text)
{
    // "host:port@cport" in some announcements: the cluster bus port is not ours.
    if (const auto at = text.find('@'); at != std::string_view::npos) {
        text = text.substr(0, at);
    }
    const auto colon = text.rfind(':');
    long long port = 0;
    if (colon == std::string_view::npos || colon == 0 || !parseNumber(text.substr(colon + 1), port) || port <= 0 ||
        port > 65535) {
        return std::nullopt;
    }
    return RedisEndpoint{std::string(text.substr(0, colon)), static_cast<int>(port)};
}

bool parseClusterSlots(const RedisReply& reply, const RedisEndpoint& asked, std::vector<SlotRange>& out,
                       std::string& error)
{
    out.clear();
    if (reply.kind != RedisReply::Kind::Array) {
        error = reply.isError() ? "CLUSTER SLOTS: " + reply.text : "CLUSTER SLOTS: the answer is not a list";
        return false;
    }
    for (std::size_t r = 0; r < reply.elements.size(); ++r) {
        const RedisReply& range = reply.elements[r];
        long long first = 0;
        long long last = 0;
        SlotRange slots;
        if (range.kind != RedisReply::Kind::Array || range.elements.size() < 3 || !range.elements[0].asInteger(first) ||
            !range.elements[1].asInteger(last) || first < 0 || last < first || last >= kHashSlots ||
            !nodeOf(range.elements[2], asked, slots.master)) {
            error = "CLUSTER SLOTS: range " + std::to_string(r + 1) + " is not [first, last, master, replicas…]";
            return false;
        }
        slots.first = static_cast<std::uint16_t>(first);
        slots.last = static_cast<std::uint16_t>(last);
        for (std::size_t n = 3; n < range.elements.size(); ++n) {
            RedisEndpoint replica;
            if (nodeOf(range.elements[n], asked, replica)) {
                slots.replicas.push_back(std::move(replica));
            }
        }
        out.push_back(std::move(slots));
    }
    return true;
}

std::optional<Redirect> parseRedirect(const RedisReply& reply, const RedisEndpoint& asked)
{
    Redirect redirect;
    const std::string_view text(reply.text);
    std::size_t word = 0;
    if (reply.isError("MOVED")) {
        word = 5;
    } else if (reply.isError("ASK")) {
        redirect.ask = true;
        word = 3;
    } else {
        return std::nullopt;
    }
    if (text.size() <= word + 1) {
        return std::nullopt;  // "MOVED" alone names no slot
    }
    const std::string_view rest = text.substr(word + 1);
    const auto space = rest.find(' ');
    long long slot = 0;
    if (space == std::string_view::npos || !parseNumber(rest.substr(0, space), slot) || slot < 0 ||
        slot >= kHashSlots) {
        return std::nullopt;
    }
    std::string_view address = rest.substr(space + 1);
    std::string hostless;
    if (!address.empty() && address.front() == ':') {
        hostless = asked.host + std::string(address);
        address = hostless;
    }
    const auto target = parseEndpoint(address);
    if (!target) {
        return std::nullopt;
    }
    redirect.slot = static_cast<std::uint16_t>(slot);
    redirect.target = *target;
    return redirect;
}

}  // namespace sluice::engine::redis
