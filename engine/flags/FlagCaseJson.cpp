// SPDX-License-Identifier: Apache-2.0
#include "flags/FlagCaseJson.h"

#include "core/InputFile.h"
#include "core/JsonRead.h"
#include "flags/InstantText.h"

namespace sluice::engine::flags {

namespace {
using Json = nlohmann::json;

constexpr std::size_t kMaxFieldBytes = 4096;

std::string contextValue(const Json& j, const std::string& path)
{
    return j.is_number() ? j.dump() : JsonRead::text(j, path, kMaxFieldBytes, true);
}

OwnedContext contextOf(const Json& j, const std::string& path)
{
    JsonRead::requireObject(
        j, path, {"userId", "sessionId", "remoteAddress", "environment", "appName", "currentTime", "properties"});
    OwnedContext c;
    for (auto [key, field] : {std::pair{"userId", &c.userId}, std::pair{"sessionId", &c.sessionId},
                              std::pair{"remoteAddress", &c.remoteAddress}, std::pair{"environment", &c.environment},
                              std::pair{"appName", &c.appName}}) {
        if (j.contains(key)) {
            *field = contextValue(j.at(key), JsonRead::field(path, key));
        }
    }
    if (j.contains("currentTime")) {
        const std::string where = JsonRead::field(path, "currentTime");
        c.currentTime = readInstantText(JsonRead::text(j.at("currentTime"), where, kMaxFieldBytes, false));
        if (!c.currentTime) {
            JsonRead::fail(where, "expected an RFC 3339 instant such as 2026-12-05T17:00:00Z");
        }
    }
    if (j.contains("properties")) {
        const std::string where = JsonRead::field(path, "properties");
        const Json& properties = j.at("properties");
        if (!properties.is_object()) {
            JsonRead::fail(where, "expected an object");
        }
        for (const auto& item : properties.items()) {
            c.properties.emplace_back(item.key(), contextValue(item.value(), JsonRead::field(where, item.key())));
        }
    }
    return c;
}

template <typename T, typename Read>
std::optional<T> readCaseText(std::string_view text, std::string& error, Read read)
{
    if (text.size() > kMaxConfigBytes) {
        error = "larger than " + sizeText(kMaxConfigBytes);
        return std::nullopt;
    }
    try {
        return read(JsonRead::parse(text, ""));
    } catch (const JsonRead::Error& e) {
        error = e.message;
    }
    return std::nullopt;
}
}  // namespace

FlagContext OwnedContext::view() const
{
    FlagContext c;
    c.userId = userId;
    c.sessionId = sessionId;
    c.remoteAddress = remoteAddress;
    c.environment = environment;
    c.appName = appName;
    c.currentTime = currentTime;
    for (const auto& [name, v] : properties) {
        c.properties.emplace_back(name, v);
    }
    return c;
}

std::optional<OwnedContext> readFlagContext(std::string_view text, std::string& error)
{
    return readCaseText<OwnedContext>(text, error, [](const Json& j) { return contextOf(j, "context"); });
}

std::optional<FlagCase> readFlagCase(std::string_view text, std::string& error)
{
    return readCaseText<FlagCase>(text, error, [](const Json& j) {
        JsonRead::requireObject(j, "", {"toggle", "context"});
        FlagCase c;
        c.toggle = JsonRead::text(JsonRead::required(j, "", "toggle"), "toggle", kMaxFieldBytes, false);
        if (j.contains("context")) {
            c.context = contextOf(j.at("context"), "context");
        }
        return c;
    });
}

std::string writeEvaluation(const Evaluation& evaluation)
{
    using ordered = nlohmann::ordered_json;
    ordered variant{{"name", std::string(evaluation.variant.name)},
                    {"enabled", evaluation.variant.enabled},
                    {"feature_enabled", evaluation.variant.featureEnabled}};
    if (const Payload* p = evaluation.variant.payload) {
        variant["payload"] = ordered{{"type", p->type}, {"value", p->value}};
    }
    const ordered out{{"enabled", evaluation.enabled}, {"variant", std::move(variant)}};
    return out.dump(-1, ' ', false, ordered::error_handler_t::replace);
}

}  // namespace sluice::engine::flags
