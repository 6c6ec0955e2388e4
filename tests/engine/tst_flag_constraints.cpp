// SPDX-License-Identifier: Apache-2.0
#include "FlagTestSupport.h"
#include "flags/Constraints.h"
#include "flags/SemVer.h"

#include <QTest>

#include <string>

using namespace sluice::engine;
using namespace sluice::engine::flags;

namespace {

// One constraint and one context, with the answer worked out by hand from Unleash's documentation and client
// specification (missing fields, exclusive dates, strict semver, numbers as JavaScript's Number reads them).
struct Case {
    const char* tag;
    const char* field;
    const char* op;
    const char* values;  // '|'-separated, for IN, NOT_IN and STR_*
    const char* value;   // for NUM_*, DATE_*, SEMVER_*
    bool inverted;
    bool caseInsensitive;
    const char* context;
    bool expected;
};

// clang-format off
const Case kCases[] = {
    {"in: listed", "userId", "IN", "alice|bob", "", false, false, "userId=alice", true},
    {"in: second listed", "userId", "IN", "alice|bob", "", false, false, "userId=bob", true},
    {"in: not listed", "userId", "IN", "alice|bob", "", false, false, "userId=carol", false},
    {"in: missing field", "userId", "IN", "alice|bob", "", false, false, "", false},
    {"in: inverted listed", "userId", "IN", "alice|bob", "", true, false, "userId=alice", false},
    {"in: inverted not listed", "userId", "IN", "alice|bob", "", true, false, "userId=carol", true},
    {"in: inverted missing", "userId", "IN", "alice", "", true, false, "", true},
    {"in: case matters", "userId", "IN", "Alice", "", false, false, "userId=alice", false},
    {"in: case insensitive", "userId", "IN", "Alice", "", false, true, "userId=alice", true},
    {"in: no values", "environment", "IN", "", "", false, false, "environment=default", false},
    {"in: property", "plan", "IN", "pro|enterprise", "", false, false, "plan=enterprise", true},
    {"in: default environment", "environment", "IN", "default", "", false, false, "", true},
    {"in: whole value only", "userId", "IN", "ali", "", false, false, "userId=alice", false},

    {"not_in: listed", "userId", "NOT_IN", "alice|bob", "", false, false, "userId=alice", false},
    {"not_in: not listed", "userId", "NOT_IN", "alice|bob", "", false, false, "userId=carol", true},
    {"not_in: missing field holds", "userId", "NOT_IN", "alice", "", false, false, "", true},
    {"not_in: inverted listed", "userId", "NOT_IN", "alice|bob", "", true, false, "userId=alice", true},
    {"not_in: inverted missing", "userId", "NOT_IN", "alice", "", true, false, "", false},
    {"not_in: no values", "environment", "NOT_IN", "", "", false, false, "environment=default", true},
    {"not_in: case matters", "userId", "NOT_IN", "Alice", "", false, false, "userId=alice", true},
    {"not_in: case insensitive", "userId", "NOT_IN", "Alice", "", false, true, "userId=alice", false},
    {"not_in: property elsewhere", "region", "NOT_IN", "eu", "", false, false, "region=us", true},
    {"not_in: property listed", "region", "NOT_IN", "eu", "", false, false, "region=eu", false},
    {"not_in: inverted not listed", "region", "NOT_IN", "eu", "", true, false, "region=us", false},

    {"contains: yes", "email", "STR_CONTAINS", "example", "", false, false, "email=x@example.com", true},
    {"contains: no", "email", "STR_CONTAINS", "example", "", false, false, "email=x@test.com", false},
    {"contains: missing", "email", "STR_CONTAINS", "example", "", false, false, "", false},
    {"contains: inverted yes", "email", "STR_CONTAINS", "example", "", true, false, "email=x@example.com", false},
    {"contains: inverted no", "email", "STR_CONTAINS", "example", "", true, false, "email=x@test.com", true},
    {"contains: inverted missing", "email", "STR_CONTAINS", "example", "", true, false, "", true},
    {"contains: case matters", "email", "STR_CONTAINS", "EXAMPLE", "", false, false, "email=x@example.com", false},
    {"contains: case insensitive", "email", "STR_CONTAINS", "EXAMPLE", "", false, true, "email=x@example.com", true},
    {"contains: any value", "email", "STR_CONTAINS", "foo|example", "", false, false, "email=x@example.com", true},
    {"contains: whole value", "email", "STR_CONTAINS", "x@example.com", "", false, false, "email=x@example.com", true},
    {"contains: longer than value", "email", "STR_CONTAINS", "x@example.com.au", "", false, false, "email=x@example.com", false},

    {"starts: yes", "customField", "STR_STARTS_WITH", "some-string", "", false, false, "customField=some-string-is-cool", true},
    {"starts: no", "customField", "STR_STARTS_WITH", "some-string", "", false, false, "customField=some2-is-cool-string", false},
    {"starts: second value", "customField", "STR_STARTS_WITH", "e1|e2", "", false, false, "customField=e2 cool", true},
    {"starts: inside only", "customField", "STR_STARTS_WITH", "e1|e2", "", false, false, "customField=cool e1", false},
    {"starts: case insensitive", "customField", "STR_STARTS_WITH", "TEST", "", false, true, "customField=test@example.com", true},
    {"starts: mixed case insensitive", "customField", "STR_STARTS_WITH", "TEST", "", false, true, "customField=TEsT@example.com", true},
    {"starts: case matters", "customField", "STR_STARTS_WITH", "TEST", "", false, false, "customField=test@example.com", false},
    {"starts: missing", "customField", "STR_STARTS_WITH", "x", "", false, false, "", false},
    {"starts: inverted yes", "customField", "STR_STARTS_WITH", "some", "", true, false, "customField=something", false},
    {"starts: inverted missing", "customField", "STR_STARTS_WITH", "some", "", true, false, "", true},
    {"starts: prefix longer", "customField", "STR_STARTS_WITH", "abcdef", "", false, false, "customField=abc", false},

    {"ends: yes", "email", "STR_ENDS_WITH", "some-email.com", "", false, false, "email=test@some-email.com", true},
    {"ends: case matters", "email", "STR_ENDS_WITH", "some-email.com", "", false, false, "email=test@some-EMAIL.com", false},
    {"ends: case insensitive", "email", "STR_ENDS_WITH", "some-email.com", "", false, true, "email=test@SOME-EMAIL.com", true},
    {"ends: other domain", "email", "STR_ENDS_WITH", "some-email.com", "", false, false, "email=test@another-email.com", false},
    {"ends: missing", "email", "STR_ENDS_WITH", ".com", "", false, false, "", false},
    {"ends: inverted yes", "email", "STR_ENDS_WITH", ".com", "", true, false, "email=a@b.com", false},
    {"ends: inverted no", "email", "STR_ENDS_WITH", ".com", "", true, false, "email=a@b.org", true},
    {"ends: any value", "email", "STR_ENDS_WITH", ".org|.com", "", false, false, "email=a@b.com", true},
    {"ends: suffix longer", "email", "STR_ENDS_WITH", "xa@b.com", "", false, false, "email=a@b.com", false},
    {"ends: whole value", "email", "STR_ENDS_WITH", "a@b.com", "", false, false, "email=a@b.com", true},
    {"ends: inverted missing", "email", "STR_ENDS_WITH", ".com", "", true, false, "", true},

    {"num_eq: equal", "someValue", "NUM_EQ", "", "12", false, false, "someValue=12", true},
    {"num_eq: float context", "someValue", "NUM_EQ", "", "12", false, false, "someValue=12.0", true},
    {"num_eq: float value", "someValue", "NUM_EQ", "", "12.0", false, false, "someValue=12", true},
    {"num_eq: different", "someValue", "NUM_EQ", "", "12", false, false, "someValue=13", false},
    {"num_eq: inverted equal", "someValue", "NUM_EQ", "", "12", true, false, "someValue=12", false},
    {"num_eq: inverted different", "someValue", "NUM_EQ", "", "12", true, false, "someValue=13", true},
    {"num_eq: missing", "someValue", "NUM_EQ", "", "12", false, false, "", false},
    {"num_eq: not a number", "someValue", "NUM_EQ", "", "12", false, false, "someValue=twelve", false},
    {"num_eq: inverted not a number", "someValue", "NUM_EQ", "", "12", true, false, "someValue=twelve", true},
    {"num_eq: blanks around", "someValue", "NUM_EQ", "", "12", false, false, "someValue= 12 ", true},
    {"num_eq: minus zero", "someValue", "NUM_EQ", "", "0", false, false, "someValue=-0", true},
    {"num_eq: exponent", "someValue", "NUM_EQ", "", "10", false, false, "someValue=1e1", true},

    {"num_gt: greater", "someValue", "NUM_GT", "", "12", false, false, "someValue=13", true},
    {"num_gt: equal", "someValue", "NUM_GT", "", "12", false, false, "someValue=12", false},
    {"num_gt: lower", "someValue", "NUM_GT", "", "12", false, false, "someValue=11", false},
    {"num_gt: fraction", "someValue", "NUM_GT", "", "12", false, false, "someValue=12.5", true},
    {"num_gt: negative", "someValue", "NUM_GT", "", "0", false, false, "someValue=-1", false},
    {"num_gt: missing", "someValue", "NUM_GT", "", "12", false, false, "", false},
    {"num_gt: inverted equal", "someValue", "NUM_GT", "", "12", true, false, "someValue=12", true},
    {"num_gt: context not a number", "someValue", "NUM_GT", "", "12", false, false, "someValue=abc", false},
    {"num_gt: value not a number", "someValue", "NUM_GT", "", "x", false, false, "someValue=13", false},
    {"num_gt: exponent", "someValue", "NUM_GT", "", "999", false, false, "someValue=1e3", true},
    {"num_gt: inverted missing", "someValue", "NUM_GT", "", "12", true, false, "", true},

    {"num_gte: equal", "someValue", "NUM_GTE", "", "12", false, false, "someValue=12", true},
    {"num_gte: greater", "someValue", "NUM_GTE", "", "12", false, false, "someValue=13", true},
    {"num_gte: lower", "someValue", "NUM_GTE", "", "12", false, false, "someValue=11", false},
    {"num_gte: just lower", "someValue", "NUM_GTE", "", "12", false, false, "someValue=11.99", false},
    {"num_gte: missing", "someValue", "NUM_GTE", "", "12", false, false, "", false},
    {"num_gte: inverted lower", "someValue", "NUM_GTE", "", "12", true, false, "someValue=11", true},
    {"num_gte: inverted equal", "someValue", "NUM_GTE", "", "12", true, false, "someValue=12", false},
    {"num_gte: empty is missing", "someValue", "NUM_GTE", "", "0", false, false, "someValue=", false},
    {"num_gte: negatives", "someValue", "NUM_GTE", "", "-5", false, false, "someValue=0", true},
    {"num_gte: NaN", "someValue", "NUM_GTE", "", "12", false, false, "someValue=NaN", false},

    {"num_lt: lower", "someValue", "NUM_LT", "", "12", false, false, "someValue=0", true},
    {"num_lt: equal", "someValue", "NUM_LT", "", "12", false, false, "someValue=12", false},
    {"num_lt: greater", "someValue", "NUM_LT", "", "12", false, false, "someValue=13", false},
    {"num_lt: just lower", "someValue", "NUM_LT", "", "12", false, false, "someValue=11.999", true},
    {"num_lt: negative", "someValue", "NUM_LT", "", "12", false, false, "someValue=-3", true},
    {"num_lt: missing", "someValue", "NUM_LT", "", "12", false, false, "", false},
    {"num_lt: inverted equal", "someValue", "NUM_LT", "", "12", true, false, "someValue=12", true},
    {"num_lt: inverted lower", "someValue", "NUM_LT", "", "12", true, false, "someValue=0", false},
    {"num_lt: comma is no decimal point", "someValue", "NUM_LT", "", "12", false, false, "someValue=1,5", false},
    {"num_lt: plus sign", "someValue", "NUM_LT", "", "12", false, false, "someValue=+11", true},

    {"num_lte: equal", "someValue", "NUM_LTE", "", "12", false, false, "someValue=12", true},
    {"num_lte: lower", "someValue", "NUM_LTE", "", "12", false, false, "someValue=0", true},
    {"num_lte: greater", "someValue", "NUM_LTE", "", "12", false, false, "someValue=13", false},
    {"num_lte: just greater", "someValue", "NUM_LTE", "", "12", false, false, "someValue=12.0001", false},
    {"num_lte: missing", "someValue", "NUM_LTE", "", "12", false, false, "", false},
    {"num_lte: inverted greater", "someValue", "NUM_LTE", "", "12", true, false, "someValue=13", true},
    {"num_lte: inverted equal", "someValue", "NUM_LTE", "", "12", true, false, "someValue=12", false},
    {"num_lte: not a number", "someValue", "NUM_LTE", "", "12", false, false, "someValue=abc", false},
    {"num_lte: negative", "someValue", "NUM_LTE", "", "12", false, false, "someValue=-12", true},
    {"num_lte: exponent", "someValue", "NUM_LTE", "", "12", false, false, "someValue=1.2e1", true},

    {"date_after: after", "currentTime", "DATE_AFTER", "", "2022-01-29T13:00:00.000Z", false, false, "currentTime=2022-01-30T13:00:00.000Z", true},
    {"date_after: before", "currentTime", "DATE_AFTER", "", "2022-01-29T13:00:00.000Z", false, false, "currentTime=2022-01-28T13:00:00.000Z", false},
    {"date_after: exclusive", "currentTime", "DATE_AFTER", "", "2022-01-29T13:00:00.000Z", false, false, "currentTime=2022-01-29T13:00:00.000Z", false},
    {"date_after: one ms later", "currentTime", "DATE_AFTER", "", "2022-01-29T13:00:00.000Z", false, false, "currentTime=2022-01-29T13:00:00.001Z", true},
    {"date_after: offset east, after", "currentTime", "DATE_AFTER", "", "2022-01-29T15:00:00.000+02:00", false, false, "currentTime=2022-01-29T13:30:00Z", true},
    {"date_after: offset east, before", "currentTime", "DATE_AFTER", "", "2022-01-29T15:00:00.000+02:00", false, false, "currentTime=2022-01-29T12:30:00Z", false},
    {"date_after: inverted after", "currentTime", "DATE_AFTER", "", "2022-01-29T13:00:00Z", true, false, "currentTime=2022-01-30T13:00:00Z", false},
    {"date_after: inverted before", "currentTime", "DATE_AFTER", "", "2022-01-29T13:00:00Z", true, false, "currentTime=2022-01-28T13:00:00Z", true},
    {"date_after: value not a date", "currentTime", "DATE_AFTER", "", "tomorrow", false, false, "currentTime=2022-01-30T13:00:00Z", false},
    {"date_after: a date property", "signupDate", "DATE_AFTER", "", "2023-01-01T00:00:00Z", false, false, "signupDate=2023-05-01T00:00:00Z", true},
    {"date_after: date property missing", "signupDate", "DATE_AFTER", "", "2023-01-01T00:00:00Z", false, false, "", false},
    {"date_after: wall clock", "currentTime", "DATE_AFTER", "", "2000-01-01T00:00:00Z", false, false, "", true},

    {"date_before: before", "currentTime", "DATE_BEFORE", "", "2022-01-29T13:00:00.000Z", false, false, "currentTime=2022-01-28T13:00:00.000Z", true},
    {"date_before: after", "currentTime", "DATE_BEFORE", "", "2022-01-29T13:00:00.000Z", false, false, "currentTime=2022-01-30T13:00:00.000Z", false},
    {"date_before: exclusive", "currentTime", "DATE_BEFORE", "", "2022-01-29T13:00:00.000Z", false, false, "currentTime=2022-01-29T13:00:00.000Z", false},
    {"date_before: one ms earlier", "currentTime", "DATE_BEFORE", "", "2022-01-29T13:00:00.000Z", false, false, "currentTime=2022-01-29T12:59:59.999Z", true},
    {"date_before: offset west, before", "currentTime", "DATE_BEFORE", "", "2022-01-29T08:00:00-05:00", false, false, "currentTime=2022-01-29T12:59:59Z", true},
    {"date_before: offset west, after", "currentTime", "DATE_BEFORE", "", "2022-01-29T08:00:00-05:00", false, false, "currentTime=2022-01-29T13:00:01Z", false},
    {"date_before: inverted before", "currentTime", "DATE_BEFORE", "", "2022-01-29T13:00:00Z", true, false, "currentTime=2022-01-28T13:00:00Z", false},
    {"date_before: inverted after", "currentTime", "DATE_BEFORE", "", "2022-01-29T13:00:00Z", true, false, "currentTime=2022-01-30T13:00:00Z", true},
    {"date_before: wall clock, past", "currentTime", "DATE_BEFORE", "", "2000-01-01T00:00:00Z", false, false, "", false},
    {"date_before: wall clock, future", "currentTime", "DATE_BEFORE", "", "2199-12-31T00:00:00Z", false, false, "", true},
    {"date_before: date alone is midnight", "currentTime", "DATE_BEFORE", "", "2022-01-29", false, false, "currentTime=2022-01-28T23:59:59Z", true},

    {"semver_eq: equal", "version", "SEMVER_EQ", "", "1.2.2", false, false, "version=1.2.2", true},
    {"semver_eq: different", "version", "SEMVER_EQ", "", "1.2.2", false, false, "version=1.2.0", false},
    {"semver_eq: v in value is no semver", "version", "SEMVER_EQ", "", "v2.0.0", false, false, "version=2.0.0", false},
    {"semver_eq: v in context is no semver", "version", "SEMVER_EQ", "", "1.2.2", false, false, "version=v1.2.2", false},
    {"semver_eq: build ignored", "version", "SEMVER_EQ", "", "1.2.2", false, false, "version=1.2.2+build.7", true},
    {"semver_eq: pre-release differs", "version", "SEMVER_EQ", "", "1.2.2", false, false, "version=1.2.2-rc.1", false},
    {"semver_eq: missing", "version", "SEMVER_EQ", "", "1.2.2", false, false, "", false},
    {"semver_eq: inverted equal", "version", "SEMVER_EQ", "", "1.2.2", true, false, "version=1.2.2", false},
    {"semver_eq: inverted different", "version", "SEMVER_EQ", "", "1.2.2", true, false, "version=1.2.3", true},
    {"semver_eq: not a version", "version", "SEMVER_EQ", "", "1.2.2", false, false, "version=not a semver", false},
    {"semver_eq: leading zero", "version", "SEMVER_EQ", "", "1.2.2", false, false, "version=01.2.2", false},
    {"semver_eq: two numbers", "version", "SEMVER_EQ", "", "1.2.0", false, false, "version=1.2", false},

    {"semver_gt: patch greater", "version", "SEMVER_GT", "", "1.2.2", false, false, "version=1.2.3", true},
    {"semver_gt: lower", "version", "SEMVER_GT", "", "1.2.2", false, false, "version=1.2.0", false},
    {"semver_gt: equal", "version", "SEMVER_GT", "", "1.2.2", false, false, "version=1.2.2", false},
    {"semver_gt: numbers not text", "version", "SEMVER_GT", "", "1.9.0", false, false, "version=1.10.0", true},
    {"semver_gt: beta after alpha", "version", "SEMVER_GT", "", "2.0.0-alpha.1", false, false, "version=2.0.0-beta.1", true},
    {"semver_gt: release after alpha", "version", "SEMVER_GT", "", "2.0.0-alpha.1", false, false, "version=2.0.0", true},
    {"semver_gt: alpha before rc", "version", "SEMVER_GT", "", "2.0.0-rc", false, false, "version=2.0.0-alpha.1", false},
    {"semver_gt: beta before rc", "version", "SEMVER_GT", "", "2.0.0-rc", false, false, "version=2.0.0-beta.1", false},
    {"semver_gt: release after rc", "version", "SEMVER_GT", "", "2.0.0-rc", false, false, "version=2.0.0", true},
    {"semver_gt: numbered after unnumbered", "version", "SEMVER_GT", "", "2.0.0-alpha", false, false, "version=2.0.0-alpha.1", true},
    {"semver_gt: inverted", "version", "SEMVER_GT", "", "1.2.2", true, false, "version=1.2.3", false},
    {"semver_gt: missing", "version", "SEMVER_GT", "", "1.2.2", false, false, "", false},

    {"semver_lt: lower", "version", "SEMVER_LT", "", "1.2.2", false, false, "version=1.2.1", true},
    {"semver_lt: greater", "version", "SEMVER_LT", "", "1.2.2", false, false, "version=1.2.3", false},
    {"semver_lt: alpha.1 before alpha.3", "version", "SEMVER_LT", "", "2.0.0-alpha.3", false, false, "version=2.0.0-alpha.1", true},
    {"semver_lt: alpha.4 after alpha.3", "version", "SEMVER_LT", "", "2.0.0-alpha.3", false, false, "version=2.0.0-alpha.4", false},
    {"semver_lt: alpha.10 after alpha.3", "version", "SEMVER_LT", "", "2.0.0-alpha.3", false, false, "version=2.0.0-alpha.10", false},
    {"semver_lt: old beta", "version", "SEMVER_LT", "", "2.0.0-alpha.1", false, false, "version=1.9.1-beta.1", true},
    {"semver_lt: beta after alpha", "version", "SEMVER_LT", "", "2.0.0-alpha.1", false, false, "version=2.0.0-beta.1", false},
    {"semver_lt: rc before release", "version", "SEMVER_LT", "", "1.0.0", false, false, "version=1.0.0-rc.1", true},
    {"semver_lt: number before word", "version", "SEMVER_LT", "", "1.0.0-alpha.beta", false, false, "version=1.0.0-alpha.1", true},
    {"semver_lt: shorter first", "version", "SEMVER_LT", "", "1.0.0-alpha.1", false, false, "version=1.0.0-alpha", true},
    {"semver_lt: missing", "version", "SEMVER_LT", "", "1.2.2", false, false, "", false},
    {"semver_lt: inverted", "version", "SEMVER_LT", "", "1.2.2", true, false, "version=1.2.1", false},

    {"unknown operator", "someValue", "NOT_A_VALID_OPERATOR", "12", "12", false, false, "someValue=12", false},
    {"unknown operator inverted", "someValue", "NOT_A_VALID_OPERATOR", "12", "12", true, false, "someValue=12", false},
};
// clang-format on

Constraint constraintOf(const Case& c)
{
    Constraint constraint;
    constraint.contextName = c.field;
    constraint.operatorName = c.op;
    constraint.op = parseOperator(c.op).value_or(Operator::Unknown);
    for (std::string_view rest = c.values; !std::string_view(c.values).empty();) {
        const std::size_t bar = rest.find('|');
        constraint.values.emplace_back(rest.substr(0, bar));
        if (bar == std::string_view::npos) {
            break;
        }
        rest.remove_prefix(bar + 1);
    }
    constraint.value = c.value;
    constraint.inverted = c.inverted;
    constraint.caseInsensitive = c.caseInsensitive;
    return constraint;
}

}  // namespace

class TestFlagConstraints final : public QObject {
    Q_OBJECT

private slots:
    void everyOperatorHasItsCases();
    void constraintHoldsAsUnleashSays_data();
    void constraintHoldsAsUnleashSays();
    void invertedIsTheNegationOfEveryKnownOperator();
    void allHoldNeedsEveryConstraint();
    void operatorNamesRoundTrip();
    void instantsReadAsRfc3339_data();
    void instantsReadAsRfc3339();
    void addressesMatchEntriesAndBlocks_data();
    void addressesMatchEntriesAndBlocks();
    void semverOrdersByPrecedence();
};

void TestFlagConstraints::everyOperatorHasItsCases()
{
    for (int op = 0; op < static_cast<int>(Operator::Unknown); ++op) {
        const std::string_view name = nameOf(static_cast<Operator>(op));
        int cases = 0;
        for (const Case& c : kCases) {
            cases += name == c.op ? 1 : 0;
        }
        QVERIFY2(cases >= 10, std::string(name).c_str());
    }
}

void TestFlagConstraints::constraintHoldsAsUnleashSays_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < static_cast<int>(std::size(kCases)); ++i) {
        QTest::newRow(kCases[i].tag) << i;
    }
}

void TestFlagConstraints::constraintHoldsAsUnleashSays()
{
    QFETCH(int, index);
    const Case& c = kCases[index];
    const test::ContextText context(c.context);
    QCOMPARE(holds(constraintOf(c), context.context()), c.expected);
}

void TestFlagConstraints::invertedIsTheNegationOfEveryKnownOperator()
{
    for (const Case& c : kCases) {
        Constraint constraint = constraintOf(c);
        if (constraint.op == Operator::Unknown) {
            continue;
        }
        const test::ContextText context(c.context);
        const bool plain = holds(constraint, context.context());
        constraint.inverted = !constraint.inverted;
        QVERIFY2(holds(constraint, context.context()) == !plain, c.tag);
    }
}

void TestFlagConstraints::allHoldNeedsEveryConstraint()
{
    Constraint prod = constraintOf({"", "environment", "IN", "prod", "", false, false, "", true});
    Constraint pro = constraintOf({"", "plan", "IN", "pro", "", false, false, "", true});
    const std::vector<Constraint> both{prod, pro};
    QVERIFY(allHold(both, test::ContextText("environment=prod;plan=pro").context()));
    QVERIFY(!allHold(both, test::ContextText("environment=prod;plan=free").context()));
    QVERIFY(!allHold(both, test::ContextText("environment=dev;plan=pro").context()));
    QVERIFY(allHold({}, test::ContextText("").context()));
}

void TestFlagConstraints::operatorNamesRoundTrip()
{
    for (int op = 0; op < static_cast<int>(Operator::Unknown); ++op) {
        QCOMPARE(parseOperator(nameOf(static_cast<Operator>(op))), std::optional(static_cast<Operator>(op)));
    }
    QCOMPARE(parseOperator("in"), std::nullopt);  // names are upper case, as Unleash writes them
    QCOMPARE(parseOperator("SEMVER_GTE"), std::nullopt);
    QCOMPARE(parseOperator(""), std::nullopt);
}

void TestFlagConstraints::instantsReadAsRfc3339_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("unixNs");  // -1: not an instant
    constexpr qint64 kJan29At13 = 1643461200LL * kNsPerSec;
    QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0);
    QTest::newRow("utc with ms") << "2022-01-29T13:00:00.000Z" << kJan29At13;
    QTest::newRow("offset east") << "2022-01-29T15:00:00+02:00" << kJan29At13;
    QTest::newRow("offset west") << "2022-01-29T08:00:00.000-05:00" << kJan29At13;
    QTest::newRow("nanoseconds") << "2022-01-29T13:00:00.123456789Z" << kJan29At13 + 123456789;
    QTest::newRow("date alone") << "2022-01-29" << qint64(1643414400LL * kNsPerSec);
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << qint64(1709164800LL * kNsPerSec);
    QTest::newRow("no leap day") << "2023-02-29T00:00:00Z" << qint64(-1);
    QTest::newRow("no zone") << "2022-01-29T13:00:00" << qint64(-1);
    QTest::newRow("no T") << "2022-01-29 13:00:00Z" << qint64(-1);
    QTest::newRow("hour 25") << "2022-01-29T25:00:00Z" << qint64(-1);
    QTest::newRow("two zones") << "2022-01-29T13:00:00Z+01:00" << qint64(-1);
    QTest::newRow("short month") << "2022-1-29T13:00:00Z" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("words") << "tomorrow at noon" << qint64(-1);
}

void TestFlagConstraints::instantsReadAsRfc3339()
{
    QFETCH(QString, text);
    QFETCH(qint64, unixNs);
    const std::string utf8 = text.toStdString();
    const std::optional<TimeNs> read = parseInstant(utf8);
    QCOMPARE(read.value_or(-1), unixNs);
}

void TestFlagConstraints::addressesMatchEntriesAndBlocks_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same v4") << "127.0.0.1"
                             << "127.0.0.1" << true;
    QTest::newRow("v4 /24 inside") << "192.168.0.3"
                                   << "192.168.0.0/24" << true;
    QTest::newRow("v4 /24 outside") << "192.168.1.3"
                                    << "192.168.0.0/24" << false;
    QTest::newRow("v4 /8 inside") << "10.1.2.3"
                                  << "10.0.0.0/8" << true;
    QTest::newRow("v4 /8 outside") << "11.0.0.1"
                                   << "10.0.0.0/8" << false;
    QTest::newRow("v4 /0") << "1.2.3.4"
                           << "0.0.0.0/0" << true;
    QTest::newRow("v4 /32") << "1.2.3.4"
                            << "1.2.3.4/32" << true;
    QTest::newRow("v4 /31 pair") << "1.2.3.5"
                                 << "1.2.3.4/31" << true;
    QTest::newRow("v4 /31 next") << "1.2.3.6"
                                 << "1.2.3.4/31" << false;
    QTest::newRow("v6 /32 inside") << "2001:db8::1"
                                   << "2001:db8::/32" << true;
    QTest::newRow("v6 /32 outside") << "2001:db9::1"
                                    << "2001:db8::/32" << false;
    QTest::newRow("v6 loopback") << "::1"
                                 << "::1" << true;
    QTest::newRow("v6 spelled out") << "0:0:0:0:0:0:0:1"
                                    << "::1" << true;
    QTest::newRow("v6 /10") << "febf::1"
                            << "fe80::/10" << true;
    QTest::newRow("v6 /10 outside") << "fec0::1"
                                    << "fe80::/10" << false;
    QTest::newRow("mapped v4 in v4 block") << "::ffff:10.0.0.1"
                                           << "10.0.0.0/8" << true;
    QTest::newRow("v4 in mapped block") << "10.0.0.1"
                                        << "::ffff:10.0.0.0/104" << true;
    QTest::newRow("v6 not in v4 block") << "2001:db8::1"
                                        << "10.0.0.0/8" << false;
    QTest::newRow("invalid entry") << "192.168.0.1"
                                   << "192.invalid" << false;
    QTest::newRow("prefix too long") << "10.0.0.1"
                                     << "10.0.0.0/33" << false;
    QTest::newRow("octet too big") << "256.0.0.1"
                                   << "0.0.0.0/0" << false;
    QTest::newRow("zone refused") << "fe80::1%eth0"
                                  << "fe80::/10" << false;
    QTest::newRow("two gaps refused") << "1::2::3"
                                      << "::/0" << false;
    QTest::newRow("empty") << ""
                           << "" << false;
}

void TestFlagConstraints::addressesMatchEntriesAndBlocks()
{
    QFETCH(QString, address);
    QFETCH(QString, entry);
    QFETCH(bool, matches);
    QCOMPARE(addressMatches(address.toStdString(), entry.toStdString()), matches);
}

void TestFlagConstraints::semverOrdersByPrecedence()
{
    // The order Semantic Versioning 2.0.0 gives as its example (section 11).
    const char* ordered[] = {"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta",
                             "1.0.0-beta",  "1.0.0-beta.2",  "1.0.0-beta.11",
                             "1.0.0-rc.1",  "1.0.0",         "1.0.1",
                             "1.1.0",       "2.0.0",         "10.0.0"};
    for (std::size_t i = 0; i < std::size(ordered); ++i) {
        for (std::size_t j = 0; j < std::size(ordered); ++j) {
            const auto a = SemVer::parse(ordered[i]);
            const auto b = SemVer::parse(ordered[j]);
            QVERIFY2(a && b, ordered[i]);
            const int expected = i < j ? -1 : (i > j ? 1 : 0);
            QCOMPARE(compare(*a, *b), expected);
        }
    }
    QVERIFY(!SemVer::parse("1.0.0-"));
    QVERIFY(!SemVer::parse("1.0.0-01"));
    QVERIFY(!SemVer::parse("1.0.0+"));
    QVERIFY(SemVer::parse("1.0.0-0a+001"));
}

QTEST_APPLESS_MAIN(TestFlagConstraints)
#include "tst_flag_constraints.moc"
