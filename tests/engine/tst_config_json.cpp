// SPDX-License-Identifier: Apache-2.0
// ConfigJson on hostile text: --config documents, settings rows and the stored rows a runtime starts from.
// Every problem is an error naming where it is; a bad stored row is reported and skipped, never fatal.
#include "RuntimeTestSupport.h"
#include "StoreTestSupport.h"

#include "config/ConfigJson.h"
#include "core/InputFile.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <string>

#include <unistd.h>

using namespace sluice::engine;
using namespace sluice::engine::testing;

namespace {

std::string deepObjects(int levels)
{
    std::string text;
    for (int i = 0; i < levels; ++i) {
        text += R"({"a":)";
    }
    return text + "1" + std::string(static_cast<std::size_t>(levels), '}');
}

// Appended piece by piece: GCC 12 warns wrongly (-Wrestrict) about "literal" + std::string.
std::string cat(std::initializer_list<std::string_view> parts)
{
    std::string out;
    for (const std::string_view part : parts) {
        out += part;
    }
    return out;
}

QString q(const std::optional<std::string>& s) { return s ? QString::fromStdString(*s) : QStringLiteral("(none)"); }

// Writes a settings row as another program (or a hand edit) would, bypassing every check.
bool putRow(const QString& path, const std::string& name, const std::string& value)
{
    const store::testing::RawDb db = store::testing::openRaw(path.toStdString());
    sqlite3_stmt* st = nullptr;
    const char* sql = "INSERT INTO settings (name, value) VALUES (?1, ?2) "
                      "ON CONFLICT (name) DO UPDATE SET value = excluded.value";
    bool ok = sqlite3_prepare_v2(db.get(), sql, -1, &st, nullptr) == SQLITE_OK &&
              sqlite3_bind_text(st, 1, name.c_str(), -1, SQLITE_TRANSIENT) == SQLITE_OK &&
              sqlite3_bind_text(st, 2, value.c_str(), static_cast<int>(value.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    ok = ok && sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    return ok;
}

// What the code under test writes to stderr while `fn` runs.
template <typename Fn>
std::string capturedStderr(Fn fn)
{
    std::fflush(stderr);
    std::FILE* sink = std::tmpfile();
    const int saved = dup(STDERR_FILENO);
    dup2(fileno(sink), STDERR_FILENO);
    fn();
    std::fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    std::string text;
    std::rewind(sink);
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, sink)) > 0;) {
        text.append(buffer, n);
    }
    std::fclose(sink);
    return text;
}

}  // namespace

class TestConfigJson final : public QObject {
    Q_OBJECT

private slots:
    void aValidDocumentStillDecodes();
    void configTextErrorsNameThePath_data();
    void configTextErrorsNameThePath();
    void settingRowErrorsNameTheSetting_data();
    void settingRowErrorsNameTheSetting();
    void aBadOverrideRowIsNone();
    void invalidUtf8FromAnAdminIsWrittenReadably();
    void badStoredRowsAreReportedAndSkipped();
};

void TestConfigJson::aValidDocumentStillDecodes()
{
    EngineConfig base;
    base.policies = {Policy{"", 5, kNsPerSec, 5}};
    EngineConfig config;
    QVERIFY(!ConfigJson::decode(ConfigJson::encode(base), config));
    QCOMPARE(config.policies.at(0).limit, 5U);
    QVERIFY(!ConfigJson::applySetting("engine.policies", ConfigJson::settingValue("engine.policies", base).value(),
                                      config));
    std::optional<ThrottleOverride> o;
    QVERIFY(!ConfigJson::decodeOverride("null", o));
    QVERIFY(!o);

    // A fleet's failure rules survive the settings row they are stored in; a policy without them is written as
    // before, so its audit rows read as they always did.
    base.policies.push_back(Policy{"/login", 10, kNsPerMin, 10, SharedFailure::Closed, 0.5});
    const std::string row = ConfigJson::settingValue("engine.policies", base).value();
    QVERIFY2(row.find(R"("redis_failure":"closed")") != std::string::npos, row.c_str());
    // The default policy keeps the defaults, so only /login names a rule and a fraction.
    QCOMPARE(row.find("redis_failure"), row.rfind("redis_failure"));
    QCOMPARE(row.find("local_fraction"), row.rfind("local_fraction"));
    QVERIFY(row.find(R"("local_fraction":0.5)") != std::string::npos);
    QVERIFY(!ConfigJson::applySetting("engine.policies", row, config));
    QCOMPARE(config.policies.at(0).sharedFailure, SharedFailure::Local);
    QCOMPARE(config.policies.at(0).localFraction, 1.0);
    QCOMPARE(config.policies.at(1).sharedFailure, SharedFailure::Closed);
    QCOMPARE(config.policies.at(1).localFraction, 0.5);
}

void TestConfigJson::configTextErrorsNameThePath_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1e400") << R"({"reputation": {"decay_factor": 1e400}})"
                           << "reputation.decay_factor: number out of range (1e400)";
    QTest::newRow("deep burst") << QString::fromStdString(
                                       cat({R"({"policies": [{"burst": )", deepObjects(100000), "}]}"}))
                                << "policies[0].burst.a.a.a.";
    QTest::newRow("syntax") << "{\n\"policies\": [}"
                            << "not valid JSON (line 2, column 14: ";
    QTest::newRow("invalid UTF-8") << QString::fromLatin1("{\"policies\": [{\"route\": \"/caf\xe9\"}]}")
                                   << "not valid JSON (line 1, column 31: syntax error while parsing value - "
                                      "invalid string: ill-formed UTF-8 byte";
    QTest::newRow("redis failure") << R"({"policies": [{"limit": 5, "redis_failure": "fail-open"}]})"
                                   << R"(policies[0].redis_failure: expected "local", "open" or "closed")";
    QTest::newRow("local fraction") << R"({"policies": [{"limit": 5}, {"route": "/a", "local_fraction": 0}]})"
                                    << "policies[1].local_fraction: ";
    QTest::newRow("too large") << QString::fromStdString(cat(
                                      {R"({"policies": [{"route": ")", std::string(kMaxConfigBytes, 'x'), R"("}]})"}))
                               << "larger than 1 MiB, the limit for a configuration";
}

void TestConfigJson::configTextErrorsNameThePath()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    EngineConfig config;
    config.idleEviction = 7 * kNsPerHour;
    // Latin-1 keeps a stray byte as it is; every other row is ASCII.
    const QByteArray bytes =
        QTest::currentDataTag() == QByteArrayLiteral("invalid UTF-8") ? text.toLatin1() : text.toUtf8();
    const QString error = q(ConfigJson::decode(bytes.toStdString(), config));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QCOMPARE(config.idleEviction, 7 * kNsPerHour);  // untouched
}

void TestConfigJson::settingRowErrorsNameTheSetting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1e400") << "engine.reputation"
                           << R"({"decay_factor": 1e400})"
                           << "setting engine.reputation.decay_factor: number out of range (1e400)";
    QTest::newRow("bare 1e400") << "engine.vip_expiring_lead_s"
                                << "1e400"
                                << "setting engine.vip_expiring_lead_s: number out of range (1e400)";
    QTest::newRow("deep policies") << "engine.policies" << QString::fromStdString(cat({"[", deepObjects(100000), "]"}))
                                   << "setting engine.policies[0].a.a.";
    QTest::newRow("deep override") << "engine.throttle_override" << QString::fromStdString(deepObjects(100000))
                                   << "setting engine.throttle_override.a.a.";
    QTest::newRow("override 1e400") << "engine.throttle_override"
                                    << R"({"level": "high", "reason": "x", "actor": "y", "expires_at_ms": 1e400})"
                                    << "setting engine.throttle_override.expires_at_ms: number out of range (1e400)";
    QTest::newRow("wrong type") << "engine.throttle"
                                << R"("high")"
                                << "setting engine.throttle: expected an object";
    QTest::newRow("not JSON") << "engine.feature.reputation_system"
                              << "{enabled: true}"
                              << "setting engine.feature.reputation_system: not valid JSON (line 1, column 2: ";
    QTest::newRow("too large") << "engine.policies"
                               << QString::fromStdString(cat({"[\"", std::string(kMaxConfigBytes, ' '), "\"]"}))
                               << "setting engine.policies: larger than 1 MiB, the limit for a setting";
}

void TestConfigJson::settingRowErrorsNameTheSetting()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    EngineConfig config = smallConfig();
    const QString error = q(ConfigJson::applySetting(name.toStdString(), value.toStdString(), config));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QCOMPARE(config.policies.at(0).limit, smallConfig().policies.at(0).limit);
}

void TestConfigJson::aBadOverrideRowIsNone()
{
    std::optional<ThrottleOverride> o;
    QVERIFY(!ConfigJson::decodeOverride(R"({"level": "high", "reason": "r", "actor": "a", "expires_at_ms": 0})", o));
    QVERIFY(o.has_value());
    QVERIFY(ConfigJson::decodeOverride(deepObjects(100000), o));
    QVERIFY(!o.has_value());
    QVERIFY(
        ConfigJson::decodeOverride(R"({"level": "high", "reason": "r", "actor": "a", "expires_at_ms": -1e999})", o));
    QVERIFY(!o.has_value());
}

void TestConfigJson::invalidUtf8FromAnAdminIsWrittenReadably()
{
    // The row is written even so (never an exception on the engine thread), and reads back.
    const auto rows = ConfigJson::settingsFor(cmd::SetThrottleOverride{ThrottleLevel::High, "car\xffol", 0, "ops"});
    QCOMPARE(rows.size(), std::size_t{1});
    std::optional<ThrottleOverride> o;
    QVERIFY(!ConfigJson::decodeOverride(rows[0].second, o));
    QCOMPARE(o.value().reason, std::string("car\xef\xbf\xbdol"));  // U+FFFD in place of the stray byte
}

void TestConfigJson::badStoredRowsAreReportedAndSkipped()
{
    for (const std::string& badOverride :
         {deepObjects(100000),
          std::string(R"({"level": "high", "reason": "r", "actor": "a", "expires_at_ms": 1e400})")}) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sluice.db"));
        ManualClock clock(kT0);
        std::string error;
        EngineRuntime::start(*optionsFor(path), clock, {}, error).reset();  // a fresh database, closed again
        QVERIFY(putRow(path, "engine.policies", cat({"[", deepObjects(100000), "]"})));
        QVERIFY(putRow(path, "engine.reputation", R"({"decay_factor": 1e400})"));
        QVERIFY(putRow(path, "engine.throttle", "[1, 2"));
        QVERIFY(putRow(path, "engine.throttle_override", badOverride));
        QVERIFY(putRow(path, "engine.feature.anomaly_detection", R"({"enabled": true, "percentage": 40})"));

        std::unique_ptr<EngineRuntime> rt;
        const std::string report =
            capturedStderr([&] { rt = EngineRuntime::start(*optionsFor(path), clock, {}, error); });
        QVERIFY2(rt, error.c_str());
        for (const char* where :
             {"setting engine.policies[0].a.a.", "setting engine.reputation.decay_factor: number out of range",
              "setting engine.throttle: not valid JSON (line 1, column 6", "setting engine.throttle_override"}) {
            QVERIFY2(report.find(where) != std::string::npos, (where + std::string(" not in: ") + report).c_str());
        }
        const EngineConfig defaults = smallConfig();
        QCOMPARE(query<std::uint32_t>(*rt, [](const EngineShards& e) { return e.config().policies.at(0).limit; }),
                 defaults.policies.at(0).limit);
        QCOMPARE(query<double>(*rt, [](const EngineShards& e) { return e.config().reputation.decayFactor; }),
                 defaults.reputation.decayFactor);
        QCOMPARE(query<bool>(*rt, [](const EngineShards& e) { return e.throttle().override().has_value(); }), false);
        QCOMPARE(query<int>(*rt,
                            [](const EngineShards& e) {
                                return int(featureGate(e.config(), Feature::AnomalyDetection).percentage);
                            }),
                 40);
    }
}

QTEST_APPLESS_MAIN(TestConfigJson)
#include "tst_config_json.moc"
