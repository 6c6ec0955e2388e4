// SPDX-License-Identifier: Apache-2.0
#include "sim/PopulationJson.h"

#include <charconv>

namespace sluice::engine::sim {

namespace {
using J = JsonRead;
using nlohmann::json;

constexpr double kMaxKeys = 10'000'000;
constexpr double kMaxWeight = 1e9;
constexpr std::size_t kMaxRouteLength = 128;
constexpr std::size_t kMaxPrefixLength = 64;

std::vector<Weighted> decodeWeights(const json& j, const std::string& path, bool countries)
{
    if (!j.is_object() || j.empty()) {
        J::fail(path, countries ? "expected an object of country codes to weights, e.g. {\"US\": 3, \"DE\": 1}"
                                : "expected an object of routes to weights, e.g. {\"/api\": 9, \"/login\": 1}");
    }
    std::vector<Weighted> out;
    for (const auto& item : j.items()) {
        const std::string& name = item.key();
        const std::string where = path + "[\"" + name + "\"]";
        if (countries && !(name.size() == 2 && name[0] >= 'A' && name[0] <= 'Z' && name[1] >= 'A' && name[1] <= 'Z')) {
            J::fail(where, "expected an ISO 3166 alpha-2 country code such as \"US\"");
        }
        if (!countries && (name.empty() || name.size() > kMaxRouteLength)) {
            J::fail(where, "a route must have 1 to " + std::to_string(kMaxRouteLength) + " characters");
        }
        out.push_back(Weighted{name, J::number(item.value(), where, 0, kMaxWeight)});
    }
    double total = 0;
    for (const Weighted& w : out) {
        total += w.weight;
    }
    if (!(total > 0)) {
        J::fail(path, "at least one weight must be above 0");
    }
    return out;
}

std::uint32_t parseIpv4(const json& j, const std::string& path)
{
    const std::string s = J::text(j, path, 15, false);
    std::uint32_t address = 0;
    const char* at = s.data();
    const char* end = s.data() + s.size();
    for (int octet = 0; octet < 4; ++octet) {
        unsigned value = 256;
        const auto [next, ec] = std::from_chars(at, end, value);
        const bool separatorOk = octet == 3 ? next == end : next != end && *next == '.';
        if (ec != std::errc() || value > 255 || next - at > 3 || !separatorOk) {
            J::fail(path, "expected an IPv4 address such as \"10.1.0.0\"");
        }
        address = (address << 8) | value;
        at = octet == 3 ? end : next + 1;
    }
    return address;
}

IpPool decodeIpPool(const json& j, const std::string& path, std::uint32_t firstIp)
{
    J::requireObject(j, path, {"prefix", "size"});
    IpPool pool{firstIp, 0};
    if (j.contains("prefix")) {
        pool.first = parseIpv4(j.at("prefix"), J::field(path, "prefix"));
    }
    if (j.contains("size")) {
        const double room = 4294967296.0 - pool.first;
        pool.size = static_cast<std::uint32_t>(J::whole(j.at("size"), J::field(path, "size"), 1, room));
    }
    return pool;
}
}  // namespace

RateDistribution PopulationJson::decodeRate(const json& j, const std::string& path)
{
    RateDistribution r;
    if (j.is_number()) {
        r.value = J::number(j, path, 1e-6, kMaxRatePerKey);
        return r;
    }
    if (!j.is_object()) {
        J::fail(path, "expected a number or an object such as {\"distribution\": \"lognormal\", \"mean\": 0.2, "
                      "\"sigma\": 1}");
    }
    const json& d = J::required(j, path, "distribution");
    const std::string kind = d.is_string() ? d.get<std::string>() : std::string();
    if (kind == "constant") {
        J::requireObject(j, path, {"distribution", "value"});
        r.value = J::number(J::required(j, path, "value"), J::field(path, "value"), 1e-6, kMaxRatePerKey);
    } else if (kind == "uniform") {
        J::requireObject(j, path, {"distribution", "min", "max"});
        r.kind = RateDistribution::Kind::Uniform;
        r.min = J::number(J::required(j, path, "min"), J::field(path, "min"), 0, kMaxRatePerKey);
        r.max = J::number(J::required(j, path, "max"), J::field(path, "max"), 1e-6, kMaxRatePerKey);
        if (r.max < r.min) {
            J::fail(J::field(path, "max"), "must not be below min");
        }
    } else if (kind == "lognormal") {
        J::requireObject(j, path, {"distribution", "mean", "sigma", "max"});
        r.kind = RateDistribution::Kind::LogNormal;
        r.value = J::number(J::required(j, path, "mean"), J::field(path, "mean"), 1e-6, kMaxRatePerKey);
        r.sigma = J::number(J::required(j, path, "sigma"), J::field(path, "sigma"), 0, 4);
        if (j.contains("max")) {
            r.max = J::number(j.at("max"), J::field(path, "max"), r.value, kMaxRatePerKey);
        }
    } else {
        J::fail(J::field(path, "distribution"), "expected one of constant, uniform, lognormal");
    }
    return r;
}

TrafficShape PopulationJson::decodeShape(const json& j, const std::string& path, std::uint32_t firstIp)
{
    TrafficShape shape;
    shape.routes = j.contains("routes") ? decodeWeights(j.at("routes"), J::field(path, "routes"), false)
                                        : std::vector<Weighted>{Weighted{"/", 1}};
    shape.countries = j.contains("countries") ? decodeWeights(j.at("countries"), J::field(path, "countries"), true)
                                              : std::vector<Weighted>{Weighted{"US", 1}};
    shape.ipPool =
        j.contains("ip_pool") ? decodeIpPool(j.at("ip_pool"), J::field(path, "ip_pool"), firstIp) : IpPool{firstIp, 0};
    return shape;
}

Population PopulationJson::decode(const json& j, const std::string& path, std::size_t index)
{
    if (!j.is_object()) {
        J::fail(path, "expected an object");
    }
    Population p;
    const json& c = J::required(j, path, "class");
    const auto cls = c.is_string() ? parsePopulationClass(c.get<std::string>()) : std::nullopt;
    if (!cls) {
        J::fail(J::field(path, "class"),
                "expected one of normal, bursty, heavy, abusive, credential_stuffing, scraper");
    }
    p.trafficClass = *cls;
    // Class-specific fields on another class are most likely a mistake in the class, so say which one.
    const std::pair<const char*, TrafficClass> specific[] = {{"burst", TrafficClass::Bursty},
                                                             {"requests_per_key", TrafficClass::CredentialStuffing},
                                                             {"ramp", TrafficClass::Scraper}};
    for (const auto& [name, owner] : specific) {
        if (j.contains(name) && owner != p.trafficClass) {
            J::fail(J::field(path, name), "only a " + std::string(nameOf(owner)) + " population has this field");
        }
    }
    J::requireObject(j, path,
                     {"class", "keys", "key_prefix", "rate_per_key", "routes", "countries", "ip_pool", "diurnal",
                      "burst", "requests_per_key", "ramp"});

    p.keys = static_cast<std::uint32_t>(J::whole(J::required(j, path, "keys"), J::field(path, "keys"), 1, kMaxKeys));
    p.keyPrefix = j.contains("key_prefix")
                      ? J::text(j.at("key_prefix"), J::field(path, "key_prefix"), kMaxPrefixLength, false)
                      : std::string(nameOf(p.trafficClass)) + "-";
    p.ratePerKey = decodeRate(J::required(j, path, "rate_per_key"), J::field(path, "rate_per_key"));
    // Each population's addresses start in a block of their own unless the file says otherwise.
    p.shape = decodeShape(j, path, 0x0A000000U + (static_cast<std::uint32_t>(index % 64) << 18));
    p.followsDiurnal = p.trafficClass == TrafficClass::Normal || p.trafficClass == TrafficClass::Bursty;
    if (j.contains("diurnal")) {
        p.followsDiurnal = J::boolean(j.at("diurnal"), J::field(path, "diurnal"));
    }
    if (j.contains("burst")) {
        const std::string bp = J::field(path, "burst");
        J::requireObject(j.at("burst"), bp, {"on_s", "off_s"});
        p.onS = J::number(J::required(j.at("burst"), bp, "on_s"), J::field(bp, "on_s"), 0.001, 86400);
        p.offS = J::number(J::required(j.at("burst"), bp, "off_s"), J::field(bp, "off_s"), 0, 86400);
    }
    if (j.contains("requests_per_key")) {
        p.requestsPerKey =
            static_cast<std::uint32_t>(J::whole(j.at("requests_per_key"), J::field(path, "requests_per_key"), 1, 1e6));
    }
    if (j.contains("ramp")) {
        const std::string rp = J::field(path, "ramp");
        J::requireObject(j.at("ramp"), rp, {"factor", "over_s"});
        p.rampFactor = J::number(J::required(j.at("ramp"), rp, "factor"), J::field(rp, "factor"), 1, 1000);
        if (j.at("ramp").contains("over_s")) {
            p.rampS = J::number(j.at("ramp").at("over_s"), J::field(rp, "over_s"), 1, 365 * 86400.0);
        }
    }
    return p;
}

}  // namespace sluice::engine::sim
