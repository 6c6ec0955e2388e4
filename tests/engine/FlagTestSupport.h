// SPDX-License-Identifier: Apache-2.0
#pragma once
// Flag contexts and strategy parameters written the short way in test tables: "userId=alice;plan=pro".

#include "flags/Constraints.h"
#include "flags/FlagContext.h"
#include "flags/FlagModel.h"

#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::engine::flags::test {

// An enabled flag whose one strategy is a flexibleRollout at `percent`, grouped by the flag's name.
inline FeatureFlag rolloutFlag(const std::string& name, int percent)
{
    FeatureFlag f;
    f.name = name;
    f.enabled = true;
    Strategy s;
    s.name = "flexibleRollout";
    s.parameters = {{"rollout", std::to_string(percent)}, {"stickiness", "default"}, {"groupId", name}};
    f.strategies.push_back(s);
    return f;
}

// "name=value" pairs separated by ';' (a value may hold '=' and ',').
inline std::vector<std::pair<std::string, std::string>> pairs(std::string_view text)
{
    std::vector<std::pair<std::string, std::string>> out;
    while (!text.empty()) {
        const std::size_t end = text.find(';');
        const std::string_view item = text.substr(0, end);
        const std::size_t eq = item.find('=');
        out.emplace_back(std::string(item.substr(0, eq)),
                         eq == std::string_view::npos ? std::string() : std::string(item.substr(eq + 1)));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    }
    return out;
}

// Owns the strings a FlagContext views. Standard fields by their Unleash names, `currentTime` as RFC 3339,
// `random` as the draw 1..100; any other name is a property.
class ContextText final {
public:
    explicit ContextText(std::string_view text)
    {
        for (auto& [name, value] : pairs(text)) {
            const std::string_view v = m_strings.emplace_back(std::move(value));
            if (name == "userId") {
                m_context.userId = v;
            } else if (name == "sessionId") {
                m_context.sessionId = v;
            } else if (name == "remoteAddress") {
                m_context.remoteAddress = v;
            } else if (name == "environment") {
                m_context.environment = v;
            } else if (name == "appName") {
                m_context.appName = v;
            } else if (name == "hostname") {
                m_context.hostname = v;
            } else if (name == "currentTime") {
                m_context.currentTime = parseInstant(v);
            } else if (name == "random") {
                m_context.random = std::stoi(std::string(v));
            } else {
                m_context.properties.emplace_back(m_strings.emplace_back(name), v);
            }
        }
    }
    ContextText(const ContextText&) = delete;
    ContextText& operator=(const ContextText&) = delete;

    const FlagContext& context() const { return m_context; }

private:
    std::deque<std::string> m_strings;  // a deque keeps the views valid as it grows
    FlagContext m_context;
};

}  // namespace sluice::engine::flags::test
