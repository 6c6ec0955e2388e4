// SPDX-License-Identifier: Apache-2.0
#include "flags/Numbers.h"

#include "http/HttpMessage.h"

#include <charconv>
#include <cmath>

namespace sluice::engine::flags {

std::optional<double> parseNumber(std::string_view text)
{
    text = http::trimBlanks(text);
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
        if (!text.empty() && text.front() == '-') {
            return std::nullopt;
        }
    }
    if (text.empty()) {
        return std::nullopt;
    }
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

bool startsWithFolded(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && http::equalsIgnoreCase(text.substr(0, prefix.size()), prefix);
}

bool endsWithFolded(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && http::equalsIgnoreCase(text.substr(text.size() - suffix.size()), suffix);
}

bool containsFolded(std::string_view text, std::string_view part)
{
    if (part.size() > text.size()) {
        return false;
    }
    for (std::size_t i = 0; i + part.size() <= text.size(); ++i) {
        if (http::equalsIgnoreCase(text.substr(i, part.size()), part)) {
            return true;
        }
    }
    return false;
}

}  // namespace sluice::engine::flags
