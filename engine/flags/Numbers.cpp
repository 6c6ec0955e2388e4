// SPDX-License-Identifier: Apache-2.0
#include "flags/Numbers.h"

#include <charconv>
#include <cmath>

namespace sluice::engine::flags {

namespace {

char folded(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && isBlank(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isBlank(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

std::optional<double> parseNumber(std::string_view text)
{
    text = trimmed(text);
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

bool equalsFolded(std::string_view a, std::string_view b)
{
    // Compared from the end: a mismatch in a suffix (a domain, a version) shows up first.
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = a.size(); i > 0; --i) {
        if (folded(a[i - 1]) != folded(b[i - 1])) {
            return false;
        }
    }
    return true;
}

bool startsWithFolded(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && equalsFolded(text.substr(0, prefix.size()), prefix);
}

bool endsWithFolded(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() && equalsFolded(text.substr(text.size() - suffix.size()), suffix);
}

bool containsFolded(std::string_view text, std::string_view part)
{
    if (part.size() > text.size()) {
        return false;
    }
    for (std::size_t i = 0; i + part.size() <= text.size(); ++i) {
        if (equalsFolded(text.substr(i, part.size()), part)) {
            return true;
        }
    }
    return false;
}

}  // namespace sluice::engine::flags
