// SPDX-License-Identifier: Apache-2.0
#include "flags/FlagsJson.h"

#include "core/InputFile.h"
#include "core/JsonRead.h"
#include "flags/Constraints.h"
#include "flags/FlagsJsonReader.h"
#include "flags/InstantText.h"

namespace sluice::engine::flags {

namespace {
using json = nlohmann::ordered_json;

constexpr std::size_t kMaxTextBytes = 10 * kMiB;

std::string dumped(const json& j, int indent) { return j.dump(indent, ' ', false, json::error_handler_t::replace); }

json constraintJson(const Constraint& c)
{
    json j{{"contextName", c.contextName},
           {"operator", c.op == Operator::Unknown ? c.operatorName : std::string(nameOf(c.op))},
           {"values", c.values}};
    if (!c.value.empty()) {
        j["value"] = c.value;  // only the single-value operators carry one, as Unleash writes them
    }
    j["inverted"] = c.inverted;
    j["caseInsensitive"] = c.caseInsensitive;
    return j;
}

json constraintsJson(const std::vector<Constraint>& constraints)
{
    json out = json::array();
    for (const Constraint& c : constraints) {
        out.push_back(constraintJson(c));
    }
    return out;
}

json variantsJson(const std::vector<Variant>& variants)
{
    json out = json::array();
    for (const Variant& v : variants) {
        json j{{"name", v.name}, {"weight", v.weight}, {"weightType", v.weightType}, {"stickiness", v.stickiness}};
        if (v.payload) {
            j["payload"] = json{{"type", v.payload->type}, {"value", v.payload->value}};
        }
        json overrides = json::array();
        for (const VariantOverride& o : v.overrides) {
            overrides.push_back(json{{"contextName", o.contextName}, {"values", o.values}});
        }
        j["overrides"] = std::move(overrides);
        out.push_back(std::move(j));
    }
    return out;
}

json strategyJson(const Strategy& s)
{
    json parameters = json::object();
    for (const auto& [key, value] : s.parameters) {
        parameters[key] = value;
    }
    return json{{"name", s.name},
                {"parameters", std::move(parameters)},
                {"constraints", constraintsJson(s.constraints)},
                {"segments", s.segments},
                {"variants", variantsJson(s.variants)},
                {"disabled", s.disabled}};
}

bool hasAdditions(const FeatureFlag& f)
{
    return f.killed || !f.schedule.empty() || f.plan || f.effect.kind != EffectKind::None || !f.effect.target.empty();
}

json planJson(const RolloutPlan& p)
{
    json j{{"stepPercent", p.stepPercent},
           {"stepEverySeconds", p.stepEvery / kNsPerSec},
           {"targetPercent", p.targetPercent}};
    if (p.nextStepAt != 0) {
        j["nextStepAt"] = instantText(p.nextStepAt);
    }
    j["paused"] = p.paused;
    j["haltOn"] = p.haltOn;
    j["halted"] = p.halted;
    if (p.haltedAt != 0) {
        j["haltedAt"] = instantText(p.haltedAt);
    }
    j["haltedBy"] = p.haltedBy;
    return j;
}

// Sluice's own fields, under a key Unleash clients skip; absent when the flag uses none of them, so a plain
// Unleash flag is exported as Unleash wrote it.
json additionsJson(const FeatureFlag& f)
{
    json schedule = json::array();
    for (const ScheduleEntry& e : f.schedule) {
        schedule.push_back(json{{"at", instantText(e.at)}, {"enable", e.enable}});
    }
    json j{{"killed", f.killed}, {"schedule", std::move(schedule)}};
    if (f.plan) {
        j["plan"] = planJson(*f.plan);
    }
    j["effect"] = json{{"kind", std::string(kEffectKindNames[static_cast<std::size_t>(f.effect.kind)])},
                       {"target", f.effect.target}};
    return j;
}

json featureJson(const FeatureFlag& f)
{
    json strategies = json::array();
    for (const Strategy& s : f.strategies) {
        strategies.push_back(strategyJson(s));
    }
    json dependencies = json::array();
    for (const Dependency& d : f.dependencies) {
        dependencies.push_back(json{{"feature", d.feature}, {"enabled", d.enabled}, {"variants", d.variants}});
    }
    json j{{"name", f.name},
           {"description", f.description},
           {"type", f.type},
           {"project", f.project},
           {"enabled", f.enabled},
           {"stale", f.stale},
           {"impressionData", f.impressionData},
           {"strategies", std::move(strategies)},
           {"variants", variantsJson(f.variants)},
           {"dependencies", std::move(dependencies)}};
    if (hasAdditions(f)) {
        j["sluice"] = additionsJson(f);
    }
    return j;
}

json segmentJson(const Segment& s)
{
    return json{{"id", s.id}, {"name", s.name}, {"constraints", constraintsJson(s.constraints)}};
}

// Parses with JsonRead (syntax errors with line and column, depth and number range by path), then reads the
// ordered document. Returns the error, or "" when `read` got a document.
template <typename Read>
std::string readText(std::string_view text, const std::string& where, Read read)
{
    if (text.size() > kMaxTextBytes) {
        return "larger than " + sizeText(kMaxTextBytes) + ", the limit for flags";
    }
    try {
        (void)JsonRead::parse(text, where);
        read(json::parse(text.begin(), text.end()));
    } catch (const JsonRead::Error& e) {
        return e.message;
    } catch (const json::exception&) {
        return (where.empty() ? std::string() : where + ": ") + "not valid JSON";  // not expected once checked
    }
    return {};
}
}  // namespace

FlagsRead readClientFeatures(std::string_view text)
{
    FlagsRead result;
    FlagsJsonReader reader;
    result.error = readText(text, "", [&](const json& j) { result.flags = reader.document(j); });
    if (result.error.empty()) {
        result.warnings = reader.takeWarnings();
    } else {
        result.flags.reset();
    }
    return result;
}

std::string writeClientFeatures(const FlagSet& flags)
{
    json features = json::array();
    for (const FeatureFlag& f : flags.features) {
        features.push_back(featureJson(f));
    }
    json segments = json::array();
    for (const Segment& s : flags.segments) {
        segments.push_back(segmentJson(s));
    }
    const json j{{"version", flags.version}, {"features", std::move(features)}, {"segments", std::move(segments)}};
    std::string text = dumped(j, 2) + "\n";
    // Indentation can take a large set past what the reader accepts: then it goes without, so it reads back.
    return text.size() <= kMaxTextBytes ? text : dumped(j, -1) + "\n";
}

FlagRead readFeature(std::string_view text)
{
    FlagRead result;
    FlagsJsonReader reader;
    result.error = readText(text, "feature", [&](const json& j) { result.flag = reader.feature(j, "feature"); });
    if (result.error.empty()) {
        result.warnings = reader.takeWarnings();
    } else {
        result.flag.reset();
    }
    return result;
}

std::string writeFeature(const FeatureFlag& flag) { return dumped(featureJson(flag), -1); }

std::optional<Segment> readSegment(std::string_view text, std::string& error)
{
    std::optional<Segment> segment;
    FlagsJsonReader reader;
    error = readText(text, "segment", [&](const json& j) { segment = reader.segment(j, "segment"); });
    if (!error.empty()) {
        segment.reset();
    }
    return segment;
}

std::string writeSegment(const Segment& segment) { return dumped(segmentJson(segment), -1); }

}  // namespace sluice::engine::flags
