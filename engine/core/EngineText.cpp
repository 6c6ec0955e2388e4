// SPDX-License-Identifier: Apache-2.0
#include "core/EngineText.h"

#include <array>
#include <charconv>
#include <system_error>

namespace sluice::engine {

namespace {
struct Entry {
    Text id;
    std::string_view source;
    // One letter per placeholder, %1 first: 'v' a name or a value as given (the default), 'n' a number
    // the console may write the user's way, 't' another engine text to translate as well, 'l' a throttle level's
    // stored name, which the console names in the user's language.
    std::string_view arguments = {};
};

// clang-format off
constexpr std::array<Entry, kTextCount> kEntries{{
    {Text::ThrottleCalm, SLUICE_TEXT("EngineText", "calm for %1 s"), "n"},
    {Text::ThrottleCpuAbove, SLUICE_TEXT("EngineText", "CPU at %1 %, threshold %2 %"), "nn"},
    {Text::ThrottleMemoryAbove, SLUICE_TEXT("EngineText", "memory at %1 %, threshold %2 %"), "nn"},
    {Text::ThrottleConcurrencyAbove, SLUICE_TEXT("EngineText", "%1 requests in flight, threshold %2"), "nn"},
    {Text::ThrottleOverrideCleared, SLUICE_TEXT("EngineText", "override cleared")},
    {Text::ThrottleOverrideExpired, SLUICE_TEXT("EngineText", "override expired")},
    {Text::ThrottleEngineStarted, SLUICE_TEXT("EngineText", "engine started")},
    {Text::ThrottleOverrideExpiredWhileStopped,
     SLUICE_TEXT("EngineText", "override expired while stopped; engine started")},
    {Text::ReadOnlyRefused,
     SLUICE_TEXT("EngineText", "This Sluice runs read-only: admin changes are refused, and nothing was changed")},
    {Text::WatchRefused,
     SLUICE_TEXT("EngineText", "This Sluice watches a database another Sluice writes: make admin changes there; "
                               "nothing was changed")},
    {Text::NoActorRefused,
     SLUICE_TEXT("EngineText", "An admin command must say who sends it (no actor given); nothing was changed")},
    {Text::UnknownThrottleLevel, SLUICE_TEXT("EngineText", "unknown throttle level")},
    {Text::OverrideNeedsReason, SLUICE_TEXT("EngineText", "a throttle override needs a reason")},
    {Text::OverrideNeedsActor, SLUICE_TEXT("EngineText", "a throttle override must name who sets it")},
    {Text::OverrideEndInPast, SLUICE_TEXT("EngineText", "the end of a throttle override must be in the future")},
    {Text::NoOverrideToClear, SLUICE_TEXT("EngineText", "there is no throttle override to clear")},
    {Text::UnknownVipTier, SLUICE_TEXT("EngineText", "unknown VIP tier '%1'")},
    {Text::VipTierInUseByOne,
     SLUICE_TEXT("EngineText", "VIP tier '%1' is still assigned to 1 key; revoke or change it first")},
    {Text::VipTierInUse,
     SLUICE_TEXT("EngineText", "VIP tier '%1' is still assigned to %2 keys; revoke or change them first"), "vn"},
    {Text::VipKeyLength, SLUICE_TEXT("EngineText", "a VIP key must be 1 to 255 bytes long")},
    {Text::VipExpiryInPast,
     SLUICE_TEXT("EngineText", "the expiry of the VIP assignment for '%1' must be in the future")},
    {Text::VipNotesTooLong, SLUICE_TEXT("EngineText", "notes are limited to 1000 bytes")},
    {Text::VipExpiringLead,
     SLUICE_TEXT("EngineText", "the VIP expiry warning lead time must be between one minute and 90 days")},
    {Text::VipNotAssigned, SLUICE_TEXT("EngineText", "key '%1' has no VIP assignment")},
    {Text::RolloutPercentage, SLUICE_TEXT("EngineText", "a rollout percentage must be within 0..100")},
    {Text::VipTierNeedsName, SLUICE_TEXT("EngineText", "a VIP tier needs a name")},
    {Text::VipTierNameTooLong, SLUICE_TEXT("EngineText", "VIP tier name '%1' is longer than 32 characters")},
    {Text::VipTierNameStart, SLUICE_TEXT("EngineText", "VIP tier name '%1' must start with a letter")},
    {Text::VipTierNameCharacters,
     SLUICE_TEXT("EngineText", "VIP tier name '%1' may only hold letters, digits, '-' and '_' (no spaces)")},
    {Text::VipTierMultiplier,
     SLUICE_TEXT("EngineText", "VIP tier '%1': the multiplier must be between 1.0 and 5.0")},
    {Text::VipTierMultiplierNotPositive,
     SLUICE_TEXT("EngineText", "VIP tier '%1' needs a multiplier above 0, not %2"), "vn"},
    {Text::VipTierCaseClash,
     SLUICE_TEXT("EngineText", "VIP tier '%1' differs from the existing tier '%2' only in case; use that name or "
                               "another one")},
    {Text::VipCatalogFull,
     SLUICE_TEXT("EngineText", "the VIP catalog is full (at most 15 tiers); remove an unused tier first")},
    {Text::CsvAtLine, SLUICE_TEXT("EngineText", "line %1: %2"), "vt"},
    {Text::CsvAtLineColumn, SLUICE_TEXT("EngineText", "line %1, column %2 (%3): %4"), "vvvt"},
    {Text::CsvQuoteNotClosed, SLUICE_TEXT("EngineText", "a quoted field is never closed")},
    {Text::CsvTextAfterQuote, SLUICE_TEXT("EngineText", "text follows the closing quote of a field")},
    {Text::CsvQuoteInUnquotedField,
     SLUICE_TEXT("EngineText", "a quote inside an unquoted field; quote the field and double the quote")},
    {Text::CsvEmptyFile, SLUICE_TEXT("EngineText", "the file is empty; it needs the header key,tier,expires,notes")},
    {Text::CsvHeaderMissing, SLUICE_TEXT("EngineText", "the first line must be the header key,tier,expires,notes")},
    {Text::CsvFieldCount, SLUICE_TEXT("EngineText", "expected 4 fields (key, tier, expires, notes), found %1"), "n"},
    {Text::CsvKeyEmpty, SLUICE_TEXT("EngineText", "the key is empty")},
    {Text::CsvKeyTooLong, SLUICE_TEXT("EngineText", "the key is longer than 255 bytes")},
    {Text::CsvDuplicateKey, SLUICE_TEXT("EngineText", "key '%1' already appears on line %2")},
    {Text::CsvBadTime,
     SLUICE_TEXT("EngineText", "'%1' is not an ISO 8601 time such as 2027-03-01T12:00:00Z (empty: never expires)")},
    {Text::CsvYearOutOfRange,
     SLUICE_TEXT("EngineText", "'%1' is a valid time, but an expiry must lie in the years 1970 to 2200")},
    {Text::CsvTooManyRows,
     SLUICE_TEXT("EngineText", "the file has more than %1 assignments; split it into smaller files"), "n"},
    {Text::VipImportEmpty, SLUICE_TEXT("EngineText", "the file has no assignments, only the header")},
    {Text::TextInvalidUtf8, SLUICE_TEXT("EngineText", "invalid UTF-8 at byte %1 (%2)"), "nv"},
    {Text::TextControlCharacter,
     SLUICE_TEXT("EngineText", "control character %1 at character %2; only printable text is allowed"), "vn"},
    {Text::TextSurroundingSpace,
     SLUICE_TEXT("EngineText",
                 "'%1' starts or ends with white space, which would make it a different key; remove the space")},
    {Text::VipKeyUnusable, SLUICE_TEXT("EngineText", "the VIP key cannot be used: %1"), "t"},
    {Text::VipNotesUnusable, SLUICE_TEXT("EngineText", "the notes cannot be used: %1"), "t"},
    {Text::ThrottleThresholdsRise,
     SLUICE_TEXT("EngineText", "throttle thresholds for %1 must be positive and rise strictly from low to critical")},
    {Text::ThrottleThresholdsPercent,
     SLUICE_TEXT("EngineText", "throttle thresholds for %1 are percentages and cannot exceed 100")},
    {Text::ThrottleSampleInterval,
     SLUICE_TEXT("EngineText", "the throttle sampling interval must be between 1 second and 1 hour")},
    {Text::ThrottleCooldown,
     SLUICE_TEXT("EngineText", "the throttle recovery cooldown must be between 0 and 24 hours")},
    {Text::ThrottleHysteresis,
     SLUICE_TEXT("EngineText", "the throttle hysteresis margin must be at least 0 % and below 100 % of a threshold")},
    {Text::PolicyNeedsRoute, SLUICE_TEXT("EngineText", "policy %1: a non-default policy needs a route")},
    {Text::DefaultPolicyLimit, SLUICE_TEXT("EngineText", "default policy: limit must be at least 1")},
    {Text::DefaultPolicyPeriod, SLUICE_TEXT("EngineText", "default policy: period must be positive")},
    {Text::DefaultPolicyBurst, SLUICE_TEXT("EngineText", "default policy: burst must be at least 1")},
    {Text::RoutePolicyLimit, SLUICE_TEXT("EngineText", "policy for route '%1': limit must be at least 1")},
    {Text::RoutePolicyPeriod, SLUICE_TEXT("EngineText", "policy for route '%1': period must be positive")},
    {Text::RoutePolicyBurst, SLUICE_TEXT("EngineText", "policy for route '%1': burst must be at least 1")},
    {Text::NoDefaultPolicy, SLUICE_TEXT("EngineText", "at least the default policy is needed")},
    {Text::ReputationMultiplier,
     SLUICE_TEXT("EngineText", "reputation multiplier for tier '%1' must be between 0.5 and 2.0")},
    {Text::ReputationThresholds,
     SLUICE_TEXT("EngineText", "reputation thresholds must satisfy 0 <= flagged < trusted <= 100")},
    {Text::ReputationScores,
     SLUICE_TEXT("EngineText", "initial and neutral reputation scores must be within 0..100")},
    {Text::ReputationDecayFactor, SLUICE_TEXT("EngineText", "reputation decay factor must be in (0, 1]")},
    {Text::ReputationIntervals,
     SLUICE_TEXT("EngineText", "reputation decay interval and violation window must be at least one second")},
    {Text::ReputationCleanRequests,
     SLUICE_TEXT("EngineText", "clean requests per reputation point must be at least 1")},
    {Text::ReputationSeverities,
     SLUICE_TEXT("EngineText", "violation severity ratios must satisfy 1 < severity2 <= severity3")},
    {Text::IdleEviction,
     SLUICE_TEXT("EngineText", "idle eviction must be at least a minute and maintenance at least a second")},
    {Text::LogBadTime, SLUICE_TEXT("EngineText", "bad time")},
    {Text::LogBadStatus, SLUICE_TEXT("EngineText", "bad status")},
    {Text::LogBadNumber, SLUICE_TEXT("EngineText", "bad number")},
    {Text::LogNoTime, SLUICE_TEXT("EngineText", "no time")},
    {Text::LogLineMismatch, SLUICE_TEXT("EngineText", "the line does not match the format")},
    {Text::LogMissingQuote, SLUICE_TEXT("EngineText", "missing quote")},
    {Text::LogJsonSyntax, SLUICE_TEXT("EngineText", "not a flat JSON object")},
    {Text::LogLineTooLong, SLUICE_TEXT("EngineText", "line too long")},
    {Text::LogNulByte, SLUICE_TEXT("EngineText", "NUL byte")},
    {Text::LogNoKey, SLUICE_TEXT("EngineText", "no key")},
    {Text::LogKeyNotText, SLUICE_TEXT("EngineText", "the key is not valid text")},
    {Text::LogAddressNotText, SLUICE_TEXT("EngineText", "the client address is not valid text")},
    {Text::LogPatternAdjacent, SLUICE_TEXT("EngineText", "two variables without text between them at %1")},
    {Text::LogPatternNoVariable, SLUICE_TEXT("EngineText", "the log format has no variable such as $remote_addr")},
    {Text::LogPatternNoTime, SLUICE_TEXT("EngineText", "the log format has no time: add $time_local, $time_iso8601 or $msec")},
    {Text::LogJsonFieldUnknown, SLUICE_TEXT("EngineText", "'%1' is not VARIABLE=FIELD with a known variable such as remote_addr")},
    {Text::LogFormatUnknown, SLUICE_TEXT("EngineText", "unknown log format '%1': use combined, common, json or a pattern with $variables")},
    {Text::LogKeyHeaderName, SLUICE_TEXT("EngineText", "header: needs a header name, such as header:X-User-Id")},
    {Text::LogKeyRegexInvalid, SLUICE_TEXT("EngineText", "'%1' is not a valid regular expression: %2")},
    {Text::LogKeyRegexNoGroup, SLUICE_TEXT("EngineText", "'%1' has no group ( ) to take the key from")},
    {Text::LogKeyUnknown, SLUICE_TEXT("EngineText", "unknown key '%1': use ip, xff-first, xff-last, user, header:NAME or path:REGEX")},
    {Text::WatchFileGone, SLUICE_TEXT("EngineText", "the database %1 is gone; the state shown is the last one read")},
    {Text::WatchCannotRead, SLUICE_TEXT("EngineText", "cannot read the database %1 (%2); the state shown is the last one read")},
    {Text::AlertUnknown, SLUICE_TEXT("EngineText", "there is no anomaly alert %1")},
    {Text::AlertAlreadyResolved, SLUICE_TEXT("EngineText", "anomaly alert %1 is already resolved")},
    {Text::AlertAlreadyAcknowledged, SLUICE_TEXT("EngineText", "anomaly alert %1 is already acknowledged")},
    {Text::AlertNothingToUndo, SLUICE_TEXT("EngineText", "anomaly alert %1 has no automatic response to undo")},
    {Text::AlertResponseAlreadyUndone, SLUICE_TEXT("EngineText", "the automatic response to anomaly alert %1 was already undone")},
    {Text::AlertResponseReason, SLUICE_TEXT("EngineText", "automatic response to anomaly alert %1 (%2 on %3)")},
    {Text::AlertNotice, SLUICE_TEXT("EngineText", "anomaly alert %1: %2 on %3, confidence %4"), "vvvn"},
    {Text::AnomalySampleInterval, SLUICE_TEXT("EngineText", "the anomaly sampling interval must be between 1 second and 1 hour")},
    {Text::AnomalyAlertThreshold, SLUICE_TEXT("EngineText", "the anomaly alert threshold must be above 0 and at most 1")},
    {Text::AnomalyMinDataDays, SLUICE_TEXT("EngineText", "the history seasonal alerts wait for must be between 0 and 90 days")},
    {Text::AnomalyAutoResolve, SLUICE_TEXT("EngineText", "an anomaly alert must resolve after between 1 minute and 7 days of normal traffic")},
    {Text::AnomalySensitivity, SLUICE_TEXT("EngineText", "the sensitivity of detector '%1' must be between 0 and 10")},
    {Text::AnomalyResponseThrottleFor, SLUICE_TEXT("EngineText", "an automatic throttle response must last between 1 minute and 24 hours")},
    {Text::AnomalyResponsePenalty, SLUICE_TEXT("EngineText", "an automatic reputation penalty must be between 0 and 100 points")},
    {Text::NotifyNoOpsWebhook, SLUICE_TEXT("EngineText", "no ops webhook URL is set (it is kept in the keychain)")},
    {Text::NotifyNoSmsGateway, SLUICE_TEXT("EngineText", "no SMS gateway URL is set")},
    {Text::NotifyNoOpsPhones, SLUICE_TEXT("EngineText", "the ops team has no phone numbers for SMS")},
    {Text::NotifyHttpStatus, SLUICE_TEXT("EngineText", "HTTP status %1 from the server"), "n"},
    {Text::NotifyHttpStatusSaying, SLUICE_TEXT("EngineText", "the server answered HTTP status %1: %2"), "nv"},
    {Text::ContactCsvEmptyFile, SLUICE_TEXT("EngineText", "the file is empty; it needs the header key,email,phone,webhook")},
    {Text::ContactCsvHeaderMissing, SLUICE_TEXT("EngineText", "the first line must be the header key,email,phone,webhook")},
    {Text::ContactCsvFieldCount, SLUICE_TEXT("EngineText", "expected 4 fields (key, email, phone, webhook), found %1"), "n"},
    {Text::ContactNeedsAddress, SLUICE_TEXT("EngineText", "a contact needs an email address, a phone number or a webhook URL")},
    {Text::ContactBadEmail, SLUICE_TEXT("EngineText", "'%1' is not an email address")},
    {Text::ContactBadPhone, SLUICE_TEXT("EngineText", "'%1' is not a phone number (digits, spaces and + - ( ) only)")},
    {Text::ContactBadWebhook, SLUICE_TEXT("EngineText", "'%1' is not an http:// or https:// URL")},
    {Text::ContactFieldTooLong, SLUICE_TEXT("EngineText", "longer than %1 bytes"), "n"},
    {Text::ContactImportEmpty, SLUICE_TEXT("EngineText", "the contacts file holds no contacts")},
    {Text::NotifyRecipientUnusable, SLUICE_TEXT("EngineText", "a recipient is ops or a key: %1"), "t"},
    {Text::NotifyNothingChosen, SLUICE_TEXT("EngineText", "no notifications were chosen")},
    {Text::NotifyCleanupDays, SLUICE_TEXT("EngineText", "a cleanup removes notifications older than at least 1 day")},
    {Text::NoticeTierChangeTitle, SLUICE_TEXT("EngineText", "Key %1 moved from %2 to %3 (score %4)"), "vvvn"},
    {Text::NoticeTierChangeBody, SLUICE_TEXT("EngineText", "The reputation score of key %1 went from %2 to %3, so its tier is %4 instead of %5. Its rate limits follow the tier."), "vnnvv"},
    {Text::NoticeTierDecayBody, SLUICE_TEXT("EngineText", "The reputation score of key %1 went from %2 to %3 as it decayed towards neutral, so its tier is %4 instead of %5. Its rate limits follow the tier."), "vnnvv"},
    {Text::NoticeFlaggedTitle, SLUICE_TEXT("EngineText", "Key %1 is now flagged (score %2)"), "vn"},
    {Text::NoticeFlaggedBody, SLUICE_TEXT("EngineText", "The reputation score of key %1 fell to %2, into the flagged tier: its rate limits are lowered until the score recovers with clean traffic."), "vn"},
    {Text::NoticeTrustedTitle, SLUICE_TEXT("EngineText", "Key %1 is now trusted (score %2)"), "vn"},
    {Text::NoticeTrustedBody, SLUICE_TEXT("EngineText", "The reputation score of key %1 rose to %2, into the trusted tier: its rate limits are raised while it stays there."), "vn"},
    {Text::NoticeViolationTitle, SLUICE_TEXT("EngineText", "Key %1 went over its rate limit (severity %2)"), "vn"},
    {Text::NoticeViolationBody, SLUICE_TEXT("EngineText", "Key %1 sent more requests than its limit allows. Severity %2 of 3; its reputation score went from %3 to %4. Further violation notices for this key wait %5 minutes."), "vnnnn"},
    {Text::NoticeLowTitle, SLUICE_TEXT("EngineText", "Key %1 has a low reputation (score %2)"), "vn"},
    {Text::NoticeLowBody, SLUICE_TEXT("EngineText", "The reputation score of key %1 fell under %2 to %3. Repeated violations lower it further; clean traffic raises it again."), "vnn"},
    {Text::NoticeVipAssignedTitle, SLUICE_TEXT("EngineText", "Key %1 is now VIP (%2)"), "vv"},
    {Text::NoticeVipAssignedBody, SLUICE_TEXT("EngineText", "Key %1 was given the VIP tier %2, which raises its rate limits."), "vv"},
    {Text::NoticeVipExpiringTitle, SLUICE_TEXT("EngineText", "The VIP tier of key %1 expires soon (%2)"), "vv"},
    {Text::NoticeVipExpiringBody, SLUICE_TEXT("EngineText", "The VIP assignment of key %1 (tier %2) ends soon; after that the key has its usual limits again unless it is renewed."), "vv"},
    {Text::NoticeVipExpiredTitle, SLUICE_TEXT("EngineText", "The VIP tier of key %1 has expired (%2)"), "vv"},
    {Text::NoticeVipExpiredBody, SLUICE_TEXT("EngineText", "The VIP assignment of key %1 (tier %2) has ended; the key has its usual rate limits again."), "vv"},
    {Text::NoticeAnomalyTitle, SLUICE_TEXT("EngineText", "Anomaly alert %1"), "n"},
    {Text::NoticeAnomalyKeyTitle, SLUICE_TEXT("EngineText", "Anomaly alert %1 (key %2)"), "nv"},
    {Text::NoticeThrottleRaisedTitle, SLUICE_TEXT("EngineText", "Throttle raised to %1"), "l"},
    {Text::NoticeThrottleLoweredTitle, SLUICE_TEXT("EngineText", "Throttle lowered to %1"), "l"},
    {Text::NoticeThrottleRaisedAuto, SLUICE_TEXT("EngineText", "Raised from %1 to %2 by the auto-throttle: %3"), "llt"},
    {Text::NoticeThrottleLoweredAuto, SLUICE_TEXT("EngineText", "Lowered from %1 to %2 by the auto-throttle: %3"), "llt"},
    {Text::NoticeThrottleRaisedBy, SLUICE_TEXT("EngineText", "Raised from %1 to %2 by %3: %4"), "llvt"},
    {Text::NoticeThrottleLoweredBy, SLUICE_TEXT("EngineText", "Lowered from %1 to %2 by %3: %4"), "llvt"},
    {Text::NoticeReportTitle, SLUICE_TEXT("EngineText", "Operations report for %1"), "v"},
    {Text::NoticeReportBody, SLUICE_TEXT("EngineText", "The operations report for %1 is written: %2 requests, %3 of them denied (%4 %), and %5 anomaly alerts.\nFiles: %6"), "vnnnnv"},
    {Text::ReportNoFiles, SLUICE_TEXT("EngineText", "a report names no file")},
    {Text::ReportFileNotAbsolute, SLUICE_TEXT("EngineText", "the report file \"%1\" is not an absolute path"), "v"},
    {Text::ReportNoPeriod, SLUICE_TEXT("EngineText", "a report says no period")},
    {Text::ReportChannelsUnknown, SLUICE_TEXT("EngineText", "a report goes to the inbox, email, SMS or a webhook; nothing else")},
    {Text::NotifyAttachmentUnreadable, SLUICE_TEXT("EngineText", "the attached file %1 cannot be read"), "v"},
    {Text::NotifyAttachmentTooLarge, SLUICE_TEXT("EngineText", "the attached files hold %1 MB, more than the %2 MB one email carries"), "nn"},
}};
// clang-format on

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kEntries.size(); ++i) {
        if (static_cast<std::size_t>(kEntries[i].id) != i) {
            return false;
        }
    }
    return true;
}
static_assert(inEnumOrder(), "kEntries must list every Text once, in the order of the enum");

constexpr std::array<std::string_view, kTextCount> sources()
{
    std::array<std::string_view, kTextCount> out{};
    for (std::size_t i = 0; i < kEntries.size(); ++i) {
        out[i] = kEntries[i].source;
    }
    return out;
}
constexpr std::array<std::string_view, kTextCount> kSources = sources();
}  // namespace

std::string_view sourceOf(Text id) { return kSources[static_cast<std::size_t>(id)]; }

std::string_view argumentKindsOf(Text id) { return kEntries[static_cast<std::size_t>(id)].arguments; }

std::string numberText(double value, int decimals)
{
    // std::to_chars ignores the C locale: the engine's texts keep a decimal point whatever LC_NUMERIC says.
    char buffer[64];
    const auto [end, error] =
        decimals < 0 ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
                     : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return error == std::errc() ? std::string(buffer, end) : std::string("?");
}

std::span<const std::string_view> allTextSources() { return kSources; }

std::string say(Text id, std::initializer_list<std::string_view> args)
{
    return fillPlaceholders(sourceOf(id), std::span<const std::string_view>(args.begin(), args.size()));
}

std::string fillPlaceholders(std::string_view source, std::span<const std::string_view> args)
{
    std::string out;
    out.reserve(source.size() + 32);
    for (std::size_t i = 0; i < source.size(); ++i) {
        const char c = source[i];
        if (c == '%' && i + 1 < source.size() && source[i + 1] >= '1' && source[i + 1] <= '9') {
            const auto n = static_cast<std::size_t>(source[i + 1] - '1');
            if (n < args.size()) {
                out.append(args[n]);
                ++i;
                continue;
            }
        }
        out.push_back(c);
    }
    return out;
}

}  // namespace sluice::engine
