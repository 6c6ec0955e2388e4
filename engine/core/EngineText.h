// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

// The texts the engine writes for people (refusals, validation errors, throttle reasons) come from one
// catalogue. The engine stays free of Qt and writes English with the arguments filled in; that text is
// what goes into the database, the logs and the reports. The console finds the catalogue entry again by
// its shape and shows it in the user's language (ui/EngineTextTranslator), which also works for texts
// read back from the database long after they were written.
//
// SLUICE_TEXT marks an entry for lupdate, which is told to read it as QT_TRANSLATE_NOOP, so a new entry
// without a translation fails the translation check like any new tr() string.
#define SLUICE_TEXT(context, text) text

namespace sluice::engine {

inline constexpr const char* kEngineTextContext = "EngineText";

// Placeholders are %1..%9, as in QString::arg. Entries must differ in their fixed words, not only in
// their arguments, so that a written text leads back to exactly one entry.
enum class Text : std::uint8_t {
    // Why the throttle changed level; kept in the throttle history.
    ThrottleCalm,
    ThrottleCpuAbove,
    ThrottleMemoryAbove,
    ThrottleConcurrencyAbove,
    ThrottleOverrideCleared,
    ThrottleOverrideExpired,
    ThrottleEngineStarted,
    ThrottleOverrideExpiredWhileStopped,
    // Refused admin commands.
    ReadOnlyRefused,
    WatchRefused,
    NoActorRefused,
    UnknownThrottleLevel,
    OverrideNeedsReason,
    OverrideNeedsActor,
    OverrideEndInPast,
    NoOverrideToClear,
    UnknownVipTier,
    VipTierInUseByOne,  // English and German need no more plural forms than these two
    VipTierInUse,
    VipKeyLength,
    VipExpiryInPast,
    VipNotesTooLong,
    VipExpiringLead,
    VipNotAssigned,
    RolloutPercentage,
    VipTierNeedsName,
    VipTierNameTooLong,
    VipTierNameStart,
    VipTierNameCharacters,
    VipTierMultiplier,
    VipTierMultiplierNotPositive,
    VipTierCaseClash,
    VipCatalogFull,
    // VIP CSV files.
    CsvAtLine,
    CsvAtLineColumn,
    CsvQuoteNotClosed,
    CsvTextAfterQuote,
    CsvQuoteInUnquotedField,
    CsvEmptyFile,
    CsvHeaderMissing,
    CsvFieldCount,
    CsvKeyEmpty,
    CsvKeyTooLong,
    CsvDuplicateKey,
    CsvBadTime,
    CsvYearOutOfRange,
    CsvTooManyRows,
    VipImportEmpty,
    // Text checked at the door (core/TextCheck).
    TextInvalidUtf8,
    TextControlCharacter,
    TextSurroundingSpace,
    VipKeyUnusable,
    VipNotesUnusable,
    // Throttle and engine settings.
    ThrottleThresholdsRise,
    ThrottleThresholdsPercent,
    ThrottleSampleInterval,
    ThrottleCooldown,
    ThrottleHysteresis,
    PolicyNeedsRoute,
    DefaultPolicyLimit,
    DefaultPolicyPeriod,
    DefaultPolicyBurst,
    RoutePolicyLimit,
    RoutePolicyPeriod,
    RoutePolicyBurst,
    NoDefaultPolicy,
    ReputationMultiplier,
    ReputationThresholds,
    ReputationScores,
    ReputationDecayFactor,
    ReputationIntervals,
    ReputationCleanRequests,
    ReputationSeverities,
    IdleEviction,
    // Access log lines (engine/logs): why a line was rejected, and format and key errors.
    LogBadTime,
    LogBadStatus,
    LogBadNumber,
    LogNoTime,
    LogLineMismatch,
    LogMissingQuote,
    LogJsonSyntax,
    LogLineTooLong,
    LogNulByte,
    LogNoKey,
    LogKeyNotText,
    LogAddressNotText,
    LogPatternAdjacent,
    LogPatternNoVariable,
    LogPatternNoTime,
    LogJsonFieldUnknown,
    LogFormatUnknown,
    LogKeyHeaderName,
    LogKeyRegexInvalid,
    LogKeyRegexNoGroup,
    LogKeyUnknown,
    // Watching a database another Sluice writes (RuntimeOptions::watch).
    WatchFileGone,
    WatchCannotRead,
    // Anomaly alerts: refused alert commands, what the engine did on its own, and the anomaly settings.
    AlertUnknown,
    AlertAlreadyResolved,
    AlertAlreadyAcknowledged,
    AlertNothingToUndo,
    AlertResponseAlreadyUndone,
    AlertResponseReason,
    AlertNotice,
    AnomalySampleInterval,
    AnomalyAlertThreshold,
    AnomalyMinDataDays,
    AnomalyAutoResolve,
    AnomalySensitivity,
    AnomalyResponseThrottleFor,
    AnomalyResponsePenalty,
    // Notification delivery: why an attempt failed (libcurl's own words are passed on as they are).
    NotifyNoOpsWebhook,
    NotifyNoSmsGateway,
    NotifyNoOpsPhones,
    NotifyHttpStatus,
    NotifyHttpStatusSaying,
    // Notifications: key owners' contacts (commands and the contacts CSV) and refused notification commands.
    ContactCsvEmptyFile,
    ContactCsvHeaderMissing,
    ContactCsvFieldCount,
    ContactNeedsAddress,
    ContactBadEmail,
    ContactBadPhone,
    ContactBadWebhook,
    ContactFieldTooLong,
    ContactImportEmpty,
    NotifyRecipientUnusable,
    NotifyNothingChosen,
    NotifyCleanupDays,
    // What a notification says (its title, then its body): written in English, shown in the console's language.
    NoticeTierChangeTitle,
    NoticeTierChangeBody,
    NoticeTierDecayBody,
    NoticeFlaggedTitle,
    NoticeFlaggedBody,
    NoticeTrustedTitle,
    NoticeTrustedBody,
    NoticeViolationTitle,
    NoticeViolationBody,
    NoticeLowTitle,
    NoticeLowBody,
    NoticeVipAssignedTitle,
    NoticeVipAssignedBody,
    NoticeVipExpiringTitle,
    NoticeVipExpiringBody,
    NoticeVipExpiredTitle,
    NoticeVipExpiredBody,
    NoticeAnomalyTitle,
    NoticeAnomalyKeyTitle,
    NoticeThrottleRaisedTitle,
    NoticeThrottleLoweredTitle,
    NoticeThrottleRaisedAuto,
    NoticeThrottleLoweredAuto,
    NoticeThrottleRaisedBy,
    NoticeThrottleLoweredBy,
    NoticeReportTitle,
    NoticeReportBody,
    ReportNoFiles,
    ReportFileNotAbsolute,
    ReportNoPeriod,
    ReportChannelsUnknown,
    NotifyAttachmentUnreadable,
    NotifyAttachmentTooLarge,
    Count
};

inline constexpr std::size_t kTextCount = static_cast<std::size_t>(Text::Count);

// The English source of an entry, placeholders unfilled.
std::string_view sourceOf(Text id);

// The entry in English with %1, %2, ... replaced by the arguments in order.
std::string say(Text id, std::initializer_list<std::string_view> args = {});

// What each placeholder of an entry holds, one letter per placeholder from %1 on: 'v' a name or a value
// as given, 'n' a number the console may write the user's way, 't' another engine text, 'l' a throttle level's
// stored name (none, low, ...) the console names in the user's language. Shorter than the placeholders (or
// empty): the rest are 'v'.
std::string_view argumentKindsOf(Text id);

// A number for an argument, with a decimal point whatever the C locale says: `decimals` digits after
// it, or (-1) as few as write the value exactly, never in exponent form.
std::string numberText(double value, int decimals = -1);

// `source` with %1..%9 replaced by args[0..8] in one pass, so a "%2" inside an argument is never taken for
// a placeholder; a placeholder without an argument stays as it is. say() uses it, and so does the console
// for a translated entry.
std::string fillPlaceholders(std::string_view source, std::span<const std::string_view> args);

// Every entry's source, indexed by Text.
std::span<const std::string_view> allTextSources();

}  // namespace sluice::engine
