// SPDX-License-Identifier: Apache-2.0
#include "config/NotifyConfigJson.h"

#include "core/JsonRead.h"
#include "core/TextCheck.h"

namespace sluice::engine {

namespace {
using nlohmann::json;

constexpr int kMinutesPerDay = 24 * 60;
constexpr std::size_t kMaxTextBytes = 1024;
constexpr std::size_t kMaxOpsRecipients = 50;

std::string written(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// A single-line text of at most kMaxTextBytes (host names, addresses, field names).
std::string line(const json& j, const std::string& path, bool allowEmpty = true)
{
    std::string value = JsonRead::text(j, path, kMaxTextBytes, allowEmpty);
    if (auto problem = TextCheck::check(value, TextCheck::Kind::SingleLine)) {
        JsonRead::fail(path, problem->reason);
    }
    return value;
}

std::vector<std::string> lines(const json& j, const std::string& path)
{
    if (!j.is_array()) {
        JsonRead::fail(path, "expected an array of strings");
    }
    if (j.size() > kMaxOpsRecipients) {
        JsonRead::fail(path, "at most " + std::to_string(kMaxOpsRecipients) + " entries");
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < j.size(); ++i) {
        out.push_back(line(j[i], JsonRead::index(path, i), false));
    }
    return out;
}

constexpr const char* kSecurityNames[] = {"starttls", "tls", "none"};

json encodeEmail(const EmailChannelConfig& e)
{
    return json{{"host", e.host},         {"port", e.port}, {"security", kSecurityNames[static_cast<int>(e.security)]},
                {"username", e.username}, {"from", e.from}, {"ops_recipients", e.opsRecipients},
                {"ca_file", e.caFile}};
}

EmailChannelConfig decodeEmail(const json& j, const std::string& path, EmailChannelConfig e)
{
    JsonRead::requireObject(j, path, {"host", "port", "security", "username", "from", "ops_recipients", "ca_file"});
    const auto at = [&](const char* name) { return JsonRead::field(path, name); };
    if (j.contains("host")) {
        e.host = line(j.at("host"), at("host"));
    }
    if (j.contains("port")) {
        e.port = static_cast<int>(JsonRead::whole(j.at("port"), at("port"), 1, 65535));
    }
    if (j.contains("security")) {
        const json& s = j.at("security");
        bool known = false;
        for (int i = 0; i < 3 && s.is_string(); ++i) {
            if (s.get<std::string>() == kSecurityNames[i]) {
                e.security = static_cast<EmailChannelConfig::Security>(i);
                known = true;
            }
        }
        if (!known) {
            JsonRead::fail(at("security"), "expected one of starttls, tls, none");
        }
    }
    if (j.contains("username")) {
        e.username = line(j.at("username"), at("username"));
    }
    if (j.contains("from")) {
        e.from = line(j.at("from"), at("from"));
    }
    if (j.contains("ops_recipients")) {
        e.opsRecipients = lines(j.at("ops_recipients"), at("ops_recipients"));
    }
    if (j.contains("ca_file")) {
        e.caFile = line(j.at("ca_file"), at("ca_file"));
    }
    return e;
}

json encodeSms(const SmsChannelConfig& s)
{
    return json{{"url", s.url},
                {"username", s.username},
                {"from", s.from},
                {"to_field", s.toField},
                {"from_field", s.fromField},
                {"body_field", s.bodyField},
                {"ops_recipients", s.opsRecipients}};
}

SmsChannelConfig decodeSms(const json& j, const std::string& path, SmsChannelConfig s)
{
    JsonRead::requireObject(j, path,
                            {"url", "username", "from", "to_field", "from_field", "body_field", "ops_recipients"});
    const auto at = [&](const char* name) { return JsonRead::field(path, name); };
    if (j.contains("url")) {
        s.url = line(j.at("url"), at("url"));
        if (!s.url.empty() && s.url.rfind("http://", 0) != 0 && s.url.rfind("https://", 0) != 0) {
            JsonRead::fail(at("url"), "expected an http:// or https:// URL");
        }
    }
    if (j.contains("username")) {
        s.username = line(j.at("username"), at("username"));
    }
    if (j.contains("from")) {
        s.from = line(j.at("from"), at("from"));
    }
    for (auto [name, field] : {std::pair{"to_field", &s.toField}, std::pair{"from_field", &s.fromField},
                               std::pair{"body_field", &s.bodyField}}) {
        if (j.contains(name)) {
            *field = line(j.at(name), at(name), false);
        }
    }
    if (j.contains("ops_recipients")) {
        s.opsRecipients = lines(j.at("ops_recipients"), at("ops_recipients"));
    }
    return s;
}

int minuteOfDay(const json& j, const std::string& path)
{
    return static_cast<int>(JsonRead::whole(j, path, 0, kMinutesPerDay - 1));
}
}  // namespace

std::optional<std::string> validate(const NotifyConfig& config)
{
    // One set of rules: what a command carries must read back from its own settings row.
    try {
        (void)decodeNotify(encodeNotify(config), "notify", NotifyConfig{});
    } catch (const JsonRead::Error& e) {
        return e.message;
    }
    if (config.backoffMaxMs < config.backoffBaseMs) {
        return std::string("notify.backoff_max_ms: must not be less than backoff_base_ms");
    }
    return std::nullopt;
}

json encodeNotify(const NotifyConfig& c)
{
    return json{{"enabled", c.enabled},
                {"reputation_low_below", c.reputationLowBelow},
                {"violation_window_s", c.violationWindow / kNsPerSec},
                {"queue_capacity", c.queueCapacity},
                {"max_attempts", c.maxAttempts},
                {"backoff_base_ms", c.backoffBaseMs},
                {"backoff_max_ms", c.backoffMaxMs},
                {"breaker_failures", c.breakerFailures},
                {"breaker_open_ms", c.breakerOpenMs},
                {"timeout_ms", c.timeoutMs},
                {"retention_days", c.retentionDays},
                {"digest_minute", c.digestMinute},
                {"email", encodeEmail(c.email)},
                {"webhook", json{{"enabled", c.webhook.enabled}, {"slack", c.webhook.slack}}},
                {"sms", encodeSms(c.sms)}};
}

NotifyConfig decodeNotify(const json& j, const std::string& path, NotifyConfig c)
{
    JsonRead::requireObject(j, path,
                            {"enabled", "reputation_low_below", "violation_window_s", "queue_capacity", "max_attempts",
                             "backoff_base_ms", "backoff_max_ms", "breaker_failures", "breaker_open_ms", "timeout_ms",
                             "retention_days", "digest_minute", "email", "webhook", "sms"});
    const auto at = [&](const char* name) { return JsonRead::field(path, name); };
    const auto whole = [&](const char* name, double min, double max) {
        return JsonRead::whole(j.at(name), at(name), min, max);
    };
    if (j.contains("enabled")) {
        c.enabled = JsonRead::boolean(j.at("enabled"), at("enabled"));
    }
    if (j.contains("reputation_low_below")) {
        c.reputationLowBelow =
            static_cast<float>(JsonRead::number(j.at("reputation_low_below"), at("reputation_low_below"), 0, 100));
    }
    if (j.contains("violation_window_s")) {
        c.violationWindow = whole("violation_window_s", 1, 7 * 86400.0) * kNsPerSec;
    }
    if (j.contains("queue_capacity")) {
        c.queueCapacity = static_cast<std::uint32_t>(whole("queue_capacity", 16, 1e6));
    }
    if (j.contains("max_attempts")) {
        c.maxAttempts = static_cast<std::uint32_t>(whole("max_attempts", 1, 100));
    }
    if (j.contains("backoff_base_ms")) {
        c.backoffBaseMs = whole("backoff_base_ms", 1, 3600e3);
    }
    if (j.contains("backoff_max_ms")) {
        c.backoffMaxMs = whole("backoff_max_ms", 1, 86400e3);
    }
    if (j.contains("breaker_failures")) {
        c.breakerFailures = static_cast<std::uint32_t>(whole("breaker_failures", 1, 1000));
    }
    if (j.contains("breaker_open_ms")) {
        c.breakerOpenMs = whole("breaker_open_ms", 1, 86400e3);
    }
    if (j.contains("timeout_ms")) {
        c.timeoutMs = whole("timeout_ms", 100, 600e3);
    }
    if (j.contains("retention_days")) {
        c.retentionDays = static_cast<std::uint32_t>(whole("retention_days", 1, 3650));
    }
    if (j.contains("digest_minute")) {
        c.digestMinute = minuteOfDay(j.at("digest_minute"), at("digest_minute"));
    }
    if (j.contains("email")) {
        c.email = decodeEmail(j.at("email"), at("email"), c.email);
    }
    if (j.contains("webhook")) {
        const json& w = j.at("webhook");
        const std::string wp = at("webhook");
        JsonRead::requireObject(w, wp, {"enabled", "slack"});
        if (w.contains("enabled")) {
            c.webhook.enabled = JsonRead::boolean(w.at("enabled"), JsonRead::field(wp, "enabled"));
        }
        if (w.contains("slack")) {
            c.webhook.slack = JsonRead::boolean(w.at("slack"), JsonRead::field(wp, "slack"));
        }
    }
    if (j.contains("sms")) {
        c.sms = decodeSms(j.at("sms"), at("sms"), c.sms);
    }
    return c;
}

json encodePreferences(const NotifyPreferences& p)
{
    json channels = json::array();
    for (int c = 0; c < kChannelCount; ++c) {
        if (hasChannel(p.preferredChannels, static_cast<Channel>(c))) {
            channels.push_back(std::string(nameOf(static_cast<Channel>(c))));
        }
    }
    return json{{"enable_tier_notifications", p.enableTierNotifications},
                {"enable_violation_alerts", p.enableViolationAlerts},
                {"enable_vip_notifications", p.enableVipNotifications},
                {"preferred_channels", channels},
                {"notify_on_violation", p.notifyOnViolation},
                {"notify_on_decay", p.notifyOnDecay},
                {"aggregate_daily", p.aggregateDaily},
                {"quiet_start_minute", p.quietStartMinute},
                {"quiet_end_minute", p.quietEndMinute}};
}

NotifyPreferences decodePreferences(const json& j, const std::string& path, NotifyPreferences p)
{
    JsonRead::requireObject(j, path,
                            {"enable_tier_notifications", "enable_violation_alerts", "enable_vip_notifications",
                             "preferred_channels", "notify_on_violation", "notify_on_decay", "aggregate_daily",
                             "quiet_start_minute", "quiet_end_minute"});
    const auto at = [&](const char* name) { return JsonRead::field(path, name); };
    for (auto [name, flag] :
         {std::pair{"enable_tier_notifications", &p.enableTierNotifications},
          std::pair{"enable_violation_alerts", &p.enableViolationAlerts},
          std::pair{"enable_vip_notifications", &p.enableVipNotifications},
          std::pair{"notify_on_violation", &p.notifyOnViolation}, std::pair{"notify_on_decay", &p.notifyOnDecay},
          std::pair{"aggregate_daily", &p.aggregateDaily}}) {
        if (j.contains(name)) {
            *flag = JsonRead::boolean(j.at(name), at(name));
        }
    }
    if (j.contains("preferred_channels")) {
        const json& list = j.at("preferred_channels");
        const std::string lp = at("preferred_channels");
        if (!list.is_array()) {
            JsonRead::fail(lp, "expected an array of channel names");
        }
        p.preferredChannels = 0;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto channel = list[i].is_string() ? parseChannel(list[i].get<std::string>()) : std::nullopt;
            if (!channel) {
                JsonRead::fail(JsonRead::index(lp, i), "expected one of in_app, email, sms, webhook");
            }
            p.preferredChannels |= channelBit(*channel);
        }
    }
    if (j.contains("quiet_start_minute")) {
        p.quietStartMinute = minuteOfDay(j.at("quiet_start_minute"), at("quiet_start_minute"));
    }
    if (j.contains("quiet_end_minute")) {
        p.quietEndMinute = minuteOfDay(j.at("quiet_end_minute"), at("quiet_end_minute"));
    }
    return p;
}

std::string preferencesText(const NotifyPreferences& preferences) { return written(encodePreferences(preferences)); }

std::optional<NotifyPreferences> preferencesFromText(const std::string& text, std::string& error)
{
    try {
        return decodePreferences(JsonRead::parse(text, "preferences"), "preferences", NotifyPreferences{});
    } catch (const JsonRead::Error& e) {
        error = e.message;
    } catch (const json::exception& e) {
        error = std::string("preferences: cannot be read (") + e.what() + ")";
    }
    return std::nullopt;
}

NotifyPreferences defaultPreferences(bool ops)
{
    NotifyPreferences p;
    if (ops) {
        // The ops team hears of what concerns the service (anomaly alerts, throttle changes, VIP assignments). One
        // message per key that changes tier or breaks its limit would bury them during any attack (a botnet is
        // thousands of keys flagged within minutes); the dashboards show those, and the preferences turn them on.
        p.enableTierNotifications = false;
        p.enableViolationAlerts = false;
        p.notifyOnViolation = false;
    }
    return p;
}

}  // namespace sluice::engine
