// SPDX-License-Identifier: Apache-2.0
#include "flags/FlagsJsonReader.h"

#include "core/JsonRead.h"
#include "core/TextCheck.h"
#include "flags/Constraints.h"
#include "flags/InstantText.h"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>

namespace sluice::engine::flags {

namespace {
using json = FlagsJsonReader::json;

constexpr std::array<std::string_view, 8> kKnownStrategies{"default",
                                                           "userWithId",
                                                           "flexibleRollout",
                                                           "gradualRolloutUserId",
                                                           "gradualRolloutSessionId",
                                                           "gradualRolloutRandom",
                                                           "remoteAddress",
                                                           "applicationHostname"};
constexpr int kMaxId = 2'147'483'647;
constexpr TimeNs kMaxStepEverySeconds = 366LL * 24 * 3600;

std::string at(const std::string& path, const char* name) { return JsonRead::field(path, name); }

// A member, or nullptr when absent or null: Unleash writes null for an empty description or stickiness.
const json* member(const json& j, const char* name)
{
    const auto it = j.find(name);
    return it == j.end() || it->is_null() ? nullptr : &*it;
}

const json& object(const json& j, const std::string& path)
{
    if (!j.is_object()) {
        JsonRead::fail(path, "expected an object");
    }
    return j;
}

const json& array(const json& j, const std::string& path)
{
    if (!j.is_array()) {
        JsonRead::fail(path, "expected an array");
    }
    return j;
}

std::string text(const json& j, const std::string& path, TextCheck::Kind kind = TextCheck::Kind::MultiLine)
{
    if (!j.is_string()) {
        JsonRead::fail(path, "expected a string");
    }
    std::string s = j.get<std::string>();
    if (auto problem = TextCheck::check(s, kind)) {
        JsonRead::fail(path, problem->reason);
    }
    return s;
}

std::string name(const json& j, const std::string& path)
{
    std::string s = text(j, path, TextCheck::Kind::SingleLine);
    if (s.empty() || s.size() > FlagsJsonReader::kMaxNameBytes) {
        JsonRead::fail(path, "expected a name of 1 to " + std::to_string(FlagsJsonReader::kMaxNameBytes) + " bytes");
    }
    return s;
}

const json& required(const json& j, const char* key, const std::string& path)
{
    const json* v = member(j, key);
    if (v == nullptr) {
        JsonRead::fail(at(path, key), "missing");
    }
    return *v;
}

std::string requiredName(const json& j, const char* key, const std::string& path)
{
    return name(required(j, key, path), at(path, key));
}

std::string optionalText(const json& j, const char* key, const std::string& path, std::string fallback)
{
    const json* v = member(j, key);
    return v != nullptr ? text(*v, at(path, key)) : std::move(fallback);
}

bool boolean(const json& j, const char* key, const std::string& path, bool fallback)
{
    const json* v = member(j, key);
    if (v == nullptr) {
        return fallback;
    }
    if (!v->is_boolean()) {
        JsonRead::fail(at(path, key), "expected true or false");
    }
    return v->get<bool>();
}

std::int64_t whole(const json& j, const std::string& path, std::int64_t min, std::int64_t max)
{
    const bool tooLarge = j.is_number_unsigned() && j.get<std::uint64_t>() > static_cast<std::uint64_t>(max);
    if (!j.is_number_integer() || tooLarge || j.get<std::int64_t>() < min || j.get<std::int64_t>() > max) {
        JsonRead::fail(path, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    }
    return j.get<std::int64_t>();
}

// Parameters and constraint values are strings in Unleash, but other tools write numbers: both are read, and
// kept as the string Unleash would have written.
std::string scalar(const json& j, const std::string& path)
{
    if (j.is_number()) {
        return j.dump();
    }
    if (!j.is_string()) {
        JsonRead::fail(path, "expected a string or a number");
    }
    return text(j, path);
}

std::vector<std::string> scalars(const json& j, const std::string& path)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < array(j, path).size(); ++i) {
        out.push_back(scalar(j[i], JsonRead::index(path, i)));
    }
    return out;
}

template <typename Read>
auto list(const json& j, const char* key, const std::string& path, Read read)
{
    std::vector<decltype(read(j, path))> out;
    if (const json* v = member(j, key)) {
        const std::string where = at(path, key);
        for (std::size_t i = 0; i < array(*v, where).size(); ++i) {
            out.push_back(read((*v)[i], JsonRead::index(where, i)));
        }
    }
    return out;
}

TimeNs instant(const json& j, const std::string& path)
{
    const std::string s = text(j, path, TextCheck::Kind::SingleLine);
    const auto t = readInstantText(s);
    if (!t) {
        JsonRead::fail(path, "expected an RFC 3339 instant such as 2026-12-05T17:00:00Z, not '" +
                                 TextCheck::escapeForTerminal(s, 40) + "'");
    }
    return *t;
}

// The share parameter the rollout strategies carry: a whole percentage.
void checkPercentage(const Strategy& s, const std::string& path)
{
    const char* key = s.name == "flexibleRollout"              ? "rollout"
                      : s.name.rfind("gradualRollout", 0) == 0 ? "percentage"
                                                               : nullptr;
    if (key == nullptr) {
        return;
    }
    for (const auto& [k, v] : s.parameters) {
        const bool whole =
            !v.empty() && v.size() <= 3 && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (k == key && (!whole || std::stoi(v) > 100)) {
            JsonRead::fail(at(at(path, "parameters"), key), "expected a whole percentage from 0 to 100, not '" +
                                                                TextCheck::escapeForTerminal(v, 40) + "'");
        }
    }
}
}  // namespace

FlagSet FlagsJsonReader::document(const json& j)
{
    object(j, "");
    FlagSet flags;
    if (const json* v = member(j, "version")) {
        flags.version = static_cast<int>(whole(*v, "version", 0, 1000));
    }
    const json* features = &required(j, "features", "");
    if (array(*features, "features").size() > kMaxFeatures) {
        JsonRead::fail("features", "more than " + std::to_string(kMaxFeatures) + " features");
    }
    std::set<std::string, std::less<>> names;
    for (std::size_t i = 0; i < features->size(); ++i) {
        const std::string path = JsonRead::index("features", i);
        flags.features.push_back(feature((*features)[i], path));
        if (!names.insert(flags.features.back().name).second) {
            JsonRead::fail(at(path, "name"), "a second feature named '" + flags.features.back().name + "'");
        }
    }
    std::set<int> ids;
    flags.segments = list(j, "segments", "", [&](const json& s, const std::string& path) {
        Segment segment = this->segment(s, path);
        if (!ids.insert(segment.id).second) {
            JsonRead::fail(at(path, "id"), "a second segment with id " + std::to_string(segment.id));
        }
        return segment;
    });
    checkReferences(flags);
    return flags;
}

FeatureFlag FlagsJsonReader::feature(const json& j, const std::string& path)
{
    object(j, path);
    FeatureFlag f;
    f.name = requiredName(j, "name", path);
    f.description = optionalText(j, "description", path, "");
    f.type = optionalText(j, "type", path, f.type);
    f.project = optionalText(j, "project", path, f.project);
    f.enabled = boolean(j, "enabled", path, false);
    f.stale = boolean(j, "stale", path, false);
    f.impressionData = boolean(j, "impressionData", path, false);
    f.strategies = list(j, "strategies", path, [this](const json& s, const std::string& p) { return strategy(s, p); });
    f.variants = list(j, "variants", path, [this](const json& v, const std::string& p) { return variant(v, p); });
    f.dependencies =
        list(j, "dependencies", path, [this](const json& d, const std::string& p) { return dependency(d, p); });
    if (const json* s = member(j, "sluice")) {
        additions(object(*s, at(path, "sluice")), at(path, "sluice"), f);
    }
    return f;
}

Segment FlagsJsonReader::segment(const json& j, const std::string& path)
{
    object(j, path);
    Segment s;
    s.id = static_cast<int>(whole(required(j, "id", path), at(path, "id"), 0, kMaxId));
    s.name = optionalText(j, "name", path, "");
    s.constraints =
        list(j, "constraints", path, [this](const json& c, const std::string& p) { return constraint(c, p); });
    return s;
}

Strategy FlagsJsonReader::strategy(const json& j, const std::string& path)
{
    object(j, path);
    Strategy s;
    s.name = requiredName(j, "name", path);
    s.known = std::find(kKnownStrategies.begin(), kKnownStrategies.end(), s.name) != kKnownStrategies.end();
    if (!s.known) {
        m_warnings.push_back(at(path, "name") + ": unknown strategy '" + TextCheck::escapeForTerminal(s.name, 64) +
                             "'; it never enables the feature");
    }
    if (const json* params = member(j, "parameters")) {
        const std::string where = at(path, "parameters");
        for (const auto& [key, value] : object(*params, where).items()) {
            if (!value.is_null()) {
                s.parameters.emplace_back(key,
                                          scalar(value, JsonRead::field(where, TextCheck::escapeForTerminal(key, 64))));
            }
        }
    }
    checkPercentage(s, path);
    s.constraints =
        list(j, "constraints", path, [this](const json& c, const std::string& p) { return constraint(c, p); });
    s.segments = list(j, "segments", path,
                      [](const json& id, const std::string& p) { return static_cast<int>(whole(id, p, 0, kMaxId)); });
    s.variants = list(j, "variants", path, [this](const json& v, const std::string& p) { return variant(v, p); });
    s.disabled = boolean(j, "disabled", path, false);
    return s;
}

Constraint FlagsJsonReader::constraint(const json& j, const std::string& path)
{
    object(j, path);
    Constraint c;
    c.contextName = requiredName(j, "contextName", path);
    c.operatorName = requiredName(j, "operator", path);
    if (const auto op = parseOperator(c.operatorName)) {
        c.op = *op;
    } else {
        c.op = Operator::Unknown;
        m_warnings.push_back(at(path, "operator") + ": unknown operator '" +
                             TextCheck::escapeForTerminal(c.operatorName, 64) + "'; the constraint never holds");
    }
    if (const json* v = member(j, "values")) {
        c.values = scalars(*v, at(path, "values"));
    }
    if (const json* v = member(j, "value")) {
        c.value = scalar(*v, at(path, "value"));
    }
    c.inverted = boolean(j, "inverted", path, false);
    c.caseInsensitive = boolean(j, "caseInsensitive", path, false);
    return c;
}

Variant FlagsJsonReader::variant(const json& j, const std::string& path)
{
    object(j, path);
    Variant v;
    v.name = requiredName(j, "name", path);
    if (const json* w = member(j, "weight")) {
        v.weight = static_cast<int>(whole(*w, at(path, "weight"), 0, 1'000'000));
    }
    v.weightType = optionalText(j, "weightType", path, v.weightType);
    v.stickiness = optionalText(j, "stickiness", path, v.stickiness);
    if (const json* p = member(j, "payload")) {
        const std::string where = at(path, "payload");
        object(*p, where);
        Payload payload;
        payload.type = optionalText(*p, "type", where, "");
        if (const json* value = member(*p, "value")) {
            // Unleash keeps a json payload as text; an object written by hand is kept as its text too.
            payload.value = value->is_structured() ? value->dump() : scalar(*value, at(where, "value"));
        }
        v.payload = std::move(payload);
    }
    v.overrides = list(j, "overrides", path, [](const json& o, const std::string& p) {
        object(o, p);
        VariantOverride override;
        override.contextName = requiredName(o, "contextName", p);
        if (const json* values = member(o, "values")) {
            override.values = scalars(*values, at(p, "values"));
        }
        return override;
    });
    return v;
}

Dependency FlagsJsonReader::dependency(const json& j, const std::string& path)
{
    object(j, path);
    Dependency d;
    d.feature = requiredName(j, "feature", path);
    d.enabled = boolean(j, "enabled", path, true);
    if (const json* v = member(j, "variants")) {
        d.variants = scalars(*v, at(path, "variants"));
    }
    return d;
}

void FlagsJsonReader::additions(const json& j, const std::string& path, FeatureFlag& flag)
{
    flag.killed = boolean(j, "killed", path, false);
    flag.schedule = list(j, "schedule", path, [](const json& e, const std::string& p) {
        object(e, p);
        ScheduleEntry entry;
        entry.at = instant(required(e, "at", p), at(p, "at"));
        entry.enable = boolean(e, "enable", p, true);
        return entry;
    });
    std::stable_sort(flag.schedule.begin(), flag.schedule.end(),
                     [](const ScheduleEntry& a, const ScheduleEntry& b) { return a.at < b.at; });
    if (const json* p = member(j, "plan")) {
        flag.plan = plan(object(*p, at(path, "plan")), at(path, "plan"));
    }
    if (const json* e = member(j, "effect")) {
        const std::string where = at(path, "effect");
        object(*e, where);
        const std::string kind = optionalText(*e, "kind", where, "none");
        const auto it = std::find(kEffectKindNames.begin(), kEffectKindNames.end(), kind);
        if (it == kEffectKindNames.end()) {
            JsonRead::fail(at(where, "kind"), "expected none, feature, routePolicy or vipTier");
        }
        flag.effect.kind = static_cast<EffectKind>(it - kEffectKindNames.begin());
        flag.effect.target = optionalText(*e, "target", where, "");
    }
}

RolloutPlan FlagsJsonReader::plan(const json& j, const std::string& path)
{
    RolloutPlan p;
    const auto number = [&](const char* key, std::int64_t min, std::int64_t max, std::int64_t fallback) {
        const json* v = member(j, key);
        return v != nullptr ? whole(*v, at(path, key), min, max) : fallback;
    };
    p.stepPercent = static_cast<int>(number("stepPercent", 1, 100, p.stepPercent));
    p.stepEvery = number("stepEverySeconds", 1, kMaxStepEverySeconds, p.stepEvery / kNsPerSec) * kNsPerSec;
    p.targetPercent = static_cast<int>(number("targetPercent", 0, 100, p.targetPercent));
    if (const json* v = member(j, "nextStepAt")) {
        p.nextStepAt = instant(*v, at(path, "nextStepAt"));
    }
    p.paused = boolean(j, "paused", path, false);
    if (const json* v = member(j, "haltOn")) {
        p.haltOn = scalars(*v, at(path, "haltOn"));
    }
    p.halted = boolean(j, "halted", path, false);
    if (const json* v = member(j, "haltedAt")) {
        p.haltedAt = instant(*v, at(path, "haltedAt"));
    }
    p.haltedBy = optionalText(j, "haltedBy", path, "");
    return p;
}

// Ids and names that lead nowhere are allowed (they never hold), but said, since they are usually a file cut short.
void FlagsJsonReader::checkReferences(const FlagSet& flags)
{
    std::set<int> ids;
    for (const Segment& s : flags.segments) {
        ids.insert(s.id);
    }
    std::set<std::string_view> names;
    for (const FeatureFlag& f : flags.features) {
        names.insert(f.name);
    }
    for (std::size_t i = 0; i < flags.features.size(); ++i) {
        const FeatureFlag& f = flags.features[i];
        const std::string path = JsonRead::index("features", i);
        for (std::size_t s = 0; s < f.strategies.size(); ++s) {
            const std::vector<int>& used = f.strategies[s].segments;
            for (std::size_t k = 0; k < used.size(); ++k) {
                if (ids.count(used[k]) == 0) {
                    m_warnings.push_back(
                        JsonRead::index(at(JsonRead::index(at(path, "strategies"), s), "segments"), k) +
                        ": no segment with id " + std::to_string(used[k]) + "; the strategy never matches");
                }
            }
        }
        for (std::size_t d = 0; d < f.dependencies.size(); ++d) {
            if (names.count(f.dependencies[d].feature) == 0) {
                m_warnings.push_back(at(JsonRead::index(at(path, "dependencies"), d), "feature") +
                                     ": no feature named '" + f.dependencies[d].feature +
                                     "'; the dependency never holds");
            }
        }
    }
}

}  // namespace sluice::engine::flags
