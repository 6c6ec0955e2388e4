// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace sluice::engine {

// Strict reading of JSON written by people (scenarios, engine settings). Every check throws an Error whose
// message starts with the JSON path of the offending value, so the caller only has to prepend where the
// text came from (a file name, a setting's name).
class JsonRead final {
public:
    using json = nlohmann::json;

    struct Error {
        std::string message;
    };

    // Documents nest at most this deep; deeper text is refused while it is read, so no deep document (whose
    // copies and dump() recurse) is ever built.
    static constexpr int kMaxDepth = 64;

    // Reads `text` into a document. `where` is the path of the document itself ("" for a whole file,
    // "setting engine.policies" for a settings row) and starts every message. Throws an Error: a syntax error
    // or invalid UTF-8 names the line and column, a number beyond a double's range and nesting deeper than
    // kMaxDepth name the JSON path ("populations[0].rate_per_key: number out of range (1e400)").
    static json parse(std::string_view text, const std::string& where);

    [[noreturn]] static void fail(const std::string& path, const std::string& what);
    static std::string field(const std::string& path, const std::string& name);
    static std::string index(const std::string& path, std::size_t i);
    static std::string formatNumber(double v);

    // Fails on anything but an object, and on a field outside `allowed` (typos are errors).
    static void requireObject(const json& j, const std::string& path, std::initializer_list<const char*> allowed);
    static const json& required(const json& j, const std::string& path, const char* name);

    static double number(const json& j, const std::string& path, double min, double max);
    static std::int64_t whole(const json& j, const std::string& path, double min, double max);
    static std::string text(const json& j, const std::string& path, std::size_t maxLength, bool allowEmpty);
    static bool boolean(const json& j, const std::string& path);
};

}  // namespace sluice::engine
