// SPDX-License-Identifier: Apache-2.0
#include "flags/SemVer.h"

#include <algorithm>
#include <charconv>

namespace sluice::engine::flags {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isIdentifierChar(char c) { return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-'; }

bool isNumeric(std::string_view id) { return !id.empty() && std::all_of(id.begin(), id.end(), isDigit); }

// A numeric part: digits, no leading zero unless it is "0".
std::optional<std::uint64_t> number(std::string_view digits)
{
    if (!isNumeric(digits) || (digits.size() > 1 && digits.front() == '0')) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size()) {
        return std::nullopt;
    }
    return value;
}

// Dot-separated identifiers, none empty; numeric ones without leading zeros when `strictNumbers`.
bool validIdentifiers(std::string_view list, bool strictNumbers)
{
    while (true) {
        const std::size_t dot = list.find('.');
        const std::string_view id = list.substr(0, dot);
        if (id.empty() || !std::all_of(id.begin(), id.end(), isIdentifierChar)) {
            return false;
        }
        if (strictNumbers && isNumeric(id) && id.size() > 1 && id.front() == '0') {
            return false;
        }
        if (dot == std::string_view::npos) {
            return true;
        }
        list.remove_prefix(dot + 1);
    }
}

std::string_view nextIdentifier(std::string_view& list)
{
    const std::size_t dot = list.find('.');
    const std::string_view id = list.substr(0, dot);
    list = dot == std::string_view::npos ? std::string_view() : list.substr(dot + 1);
    return id;
}

int compareIdentifiers(std::string_view a, std::string_view b)
{
    const bool aNumeric = isNumeric(a);
    const bool bNumeric = isNumeric(b);
    if (aNumeric && bNumeric) {
        // No leading zeros (checked when read), so the longer number is the larger.
        if (a.size() != b.size()) {
            return a.size() < b.size() ? -1 : 1;
        }
        return a.compare(b);
    }
    if (aNumeric != bNumeric) {
        return aNumeric ? -1 : 1;
    }
    return a.compare(b);
}

}  // namespace

std::optional<SemVer> SemVer::parse(std::string_view text)
{
    const std::size_t plus = text.find('+');
    if (plus != std::string_view::npos) {
        if (!validIdentifiers(text.substr(plus + 1), false)) {
            return std::nullopt;
        }
        text = text.substr(0, plus);
    }
    SemVer version;
    const std::size_t dash = text.find('-');
    if (dash != std::string_view::npos) {
        version.prerelease = text.substr(dash + 1);
        if (!validIdentifiers(version.prerelease, true)) {
            return std::nullopt;
        }
        text = text.substr(0, dash);
    }
    const std::size_t firstDot = text.find('.');
    const std::size_t secondDot = firstDot == std::string_view::npos ? firstDot : text.find('.', firstDot + 1);
    if (secondDot == std::string_view::npos) {
        return std::nullopt;
    }
    const auto major = number(text.substr(0, firstDot));
    const auto minor = number(text.substr(firstDot + 1, secondDot - firstDot - 1));
    const auto patch = number(text.substr(secondDot + 1));
    if (!major || !minor || !patch) {
        return std::nullopt;
    }
    version.major = *major;
    version.minor = *minor;
    version.patch = *patch;
    return version;
}

int compare(const SemVer& a, const SemVer& b)
{
    if (a.major != b.major) {
        return a.major < b.major ? -1 : 1;
    }
    if (a.minor != b.minor) {
        return a.minor < b.minor ? -1 : 1;
    }
    if (a.patch != b.patch) {
        return a.patch < b.patch ? -1 : 1;
    }
    if (a.prerelease.empty() || b.prerelease.empty()) {
        return a.prerelease.empty() == b.prerelease.empty() ? 0 : (a.prerelease.empty() ? 1 : -1);
    }
    std::string_view left = a.prerelease;
    std::string_view right = b.prerelease;
    while (!left.empty() && !right.empty()) {
        const int order = compareIdentifiers(nextIdentifier(left), nextIdentifier(right));
        if (order != 0) {
            return order < 0 ? -1 : 1;
        }
    }
    if (left.empty() == right.empty()) {
        return 0;
    }
    return left.empty() ? -1 : 1;
}

}  // namespace sluice::engine::flags
