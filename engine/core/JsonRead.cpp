// SPDX-License-Identifier: Apache-2.0
#include "core/JsonRead.h"

#include "core/EngineText.h"

#include <cmath>

namespace sluice::engine {

void JsonRead::fail(const std::string& path, const std::string& what)
{
    throw Error{path.empty() ? what : path + ": " + what};  // an empty path is the whole document
}

std::string JsonRead::field(const std::string& path, const std::string& name)
{
    return path.empty() ? name : path + "." + name;
}

std::string JsonRead::index(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

std::string JsonRead::formatNumber(double v)
{
    // Whole bounds read as people write them ("between 1 and 100"), not as "1.0".
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        return std::to_string(static_cast<long long>(v));
    }
    return numberText(v);
}

void JsonRead::requireObject(const json& j, const std::string& path, std::initializer_list<const char*> allowed)
{
    if (!j.is_object()) {
        fail(path, "expected an object");
    }
    for (const auto& item : j.items()) {
        bool known = false;
        for (const char* name : allowed) {
            known = known || item.key() == name;
        }
        if (!known) {
            fail(field(path, item.key()), "unknown field");
        }
    }
}

const JsonRead::json& JsonRead::required(const json& j, const std::string& path, const char* name)
{
    if (!j.contains(name)) {
        fail(field(path, name), "missing");
    }
    return j.at(name);
}

double JsonRead::number(const json& j, const std::string& path, double min, double max)
{
    if (!j.is_number()) {
        fail(path, "expected a number");
    }
    const double v = j.get<double>();
    if (!(v >= min && v <= max)) {
        fail(path, "must be between " + formatNumber(min) + " and " + formatNumber(max));
    }
    return v;
}

std::int64_t JsonRead::whole(const json& j, const std::string& path, double min, double max)
{
    const double v = number(j, path, min, max);
    if (v != std::floor(v)) {
        fail(path, "expected a whole number");
    }
    return static_cast<std::int64_t>(v);
}

std::string JsonRead::text(const json& j, const std::string& path, std::size_t maxLength, bool allowEmpty)
{
    if (!j.is_string()) {
        fail(path, "expected a string");
    }
    std::string s = j.get<std::string>();
    if (s.empty() && !allowEmpty) {
        fail(path, "must not be empty");
    }
    if (s.size() > maxLength) {
        fail(path, "longer than " + std::to_string(maxLength) + " characters");
    }
    return s;
}

bool JsonRead::boolean(const json& j, const std::string& path)
{
    if (!j.is_boolean()) {
        fail(path, "expected true or false");
    }
    return j.get<bool>();
}

}  // namespace sluice::engine
