// SPDX-License-Identifier: Apache-2.0
// The admin API's flags file (`/api/flags.json`), with a real database and real tokens: every flag and segment goes
// out as a client-features file and comes back whole; an import takes every flag and segment of a file or none,
// replaces the flags it names (and with replace=true removes the ones it lacks, Sluice's own aside), is audited in the
// token's name, and a bad file is a 400 naming the field.
#include "AdminApiFixture.h"
#include "FlagTestSupport.h"
#include "flags/FlagsJson.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace sluice::engine;
using sluice::engine::testing::ClientResponse;
using json = nlohmann::json;

namespace {

// A file of a flag on segment 3 and that segment.
std::string fileOfSearchOnSegment()
{
    return R"({"version": 2,
        "segments": [{"id": 3, "name": "beta", "constraints":
            [{"contextName": "userId", "operator": "IN", "values": ["ann", "bo"]}]}],
        "features": [
            {"name": "search-v2", "enabled": true, "strategies": [{"name": "default", "segments": [3]}]},
            {"name": "checkout", "description": "from the file", "enabled": true,
             "strategies": [{"name": "flexibleRollout", "parameters": {"rollout": "20", "stickiness": "default",
                                                                       "groupId": "checkout"}}]}]})";
}

std::vector<std::string> namesOf(const json& list)
{
    std::vector<std::string> out;
    for (const json& f : list.at("flags")) {
        out.push_back(f.at("name").get<std::string>());
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

class TestAdminApiFlagsFile final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_f = std::make_unique<sluice::engine::testing::AdminApiFixture>();
        QVERIFY(m_f->service != nullptr);
    }
    void cleanup() { m_f.reset(); }

    void aFileIsImportedWholeAndExportedBack()
    {
        QVERIFY(m_f->command(cmd::PutFlag{flags::test::rolloutFlag("checkout", 50), "tester"}));
        QVERIFY(m_f->command(cmd::PutFlag{flags::test::rolloutFlag("old-banner", 100), "tester"}));

        const ClientResponse imported = m_f->call("POST", "/api/flags.json", m_f->admin, fileOfSearchOnSegment());
        QVERIFY2(imported.status == 200, imported.body.c_str());
        const json answer = json::parse(imported.body);
        QCOMPARE(answer.at("flags").get<int>(), 2);
        QCOMPARE(answer.at("segments").get<int>(), 1);
        QCOMPARE(answer.at("replaced").get<bool>(), false);
        QCOMPARE(answer.at("warnings").size(), std::size_t{0});
        QCOMPARE(m_f->lastAudit("flag.import"), std::string("ops-script 2 flags"));
        // Replaced by name, kept otherwise.
        const json checkout = m_f->callJson("GET", "/api/flags/checkout", m_f->reader);
        QCOMPARE(checkout.at("description").get<std::string>(), std::string("from the file"));
        QCOMPARE(namesOf(m_f->callJson("GET", "/api/flags", m_f->reader)),
                 (std::vector<std::string>{"adaptive_limiting", "anomaly_detection", "checkout", "old-banner",
                                           "reputation_system", "search-v2"}));
        QCOMPARE(m_f->callJson("GET", "/api/segments", m_f->reader).at("segments").at(0).at("name").get<std::string>(),
                 std::string("beta"));

        // What goes out reads back as the flags in force, and comes back as the same flags.
        const ClientResponse exported = m_f->call("GET", "/api/flags.json", m_f->reader);
        QCOMPARE(exported.status, 200);
        const flags::FlagsRead read = flags::readClientFeatures(exported.body);
        QVERIFY2(read.flags.has_value(), read.error.c_str());
        QCOMPARE(read.flags->features.size(), std::size_t{6});
        QCOMPARE(read.flags->segments.size(), std::size_t{1});
        QVERIFY(read.flags->find("search-v2") != nullptr);
        QCOMPARE(m_f->call("POST", "/api/flags.json", m_f->admin, exported.body).status, 200);
        QCOMPARE(m_f->call("GET", "/api/flags.json", m_f->reader).body, exported.body);

        // replace=true: the flags the file lacks go, Sluice's own stay, and so does the segment.
        const ClientResponse replaced =
            m_f->call("POST", "/api/flags.json?replace=true", m_f->admin, fileOfSearchOnSegment());
        QVERIFY2(replaced.status == 200 && json::parse(replaced.body).at("replaced") == true, replaced.body.c_str());
        QCOMPARE(namesOf(m_f->callJson("GET", "/api/flags", m_f->reader)),
                 (std::vector<std::string>{"adaptive_limiting", "anomaly_detection", "checkout", "reputation_system",
                                           "search-v2"}));
        QCOMPARE(m_f->call("GET", "/api/flags/old-banner", m_f->reader).status, 404);
    }

    void aBadFileChangesNothingAndSaysWhy()
    {
        const auto flagsNow = [&] { return namesOf(m_f->callJson("GET", "/api/flags", m_f->reader)); };
        std::vector<std::string> before = flagsNow();
        before.push_back("base");  // put by the test below
        std::sort(before.begin(), before.end());

        const ClientResponse badName = m_f->call("POST", "/api/flags.json", m_f->admin,
                                                 R"({"version": 2, "features": [{"name": "ok"}, {"name": 5}]})");
        QVERIFY2(badName.status == 400 && badName.body.find("features[1].name") != std::string::npos,
                 badName.body.c_str());
        const ClientResponse notJson = m_f->call("POST", "/api/flags.json", m_f->admin, "features: none");
        QVERIFY2(notJson.status == 400 && notJson.body.find("body: ") != std::string::npos, notJson.body.c_str());
        const ClientResponse badReplace =
            m_f->call("POST", "/api/flags.json?replace=yes", m_f->admin, fileOfSearchOnSegment());
        QVERIFY2(badReplace.status == 400 && badReplace.body.find("replace: true or false") != std::string::npos,
                 badReplace.body.c_str());
        // The engine refuses a flag that depends on one it does not have: the whole file, not the rest of it.
        const ClientResponse dangling =
            m_f->call("POST", "/api/flags.json", m_f->admin,
                      R"({"version": 2, "features": [{"name": "fine", "enabled": true},)"
                      R"( {"name": "child", "enabled": true, "dependencies": [{"feature": "missing"}]}]})");
        QVERIFY2(dangling.status == 422 && dangling.body.find("missing") != std::string::npos, dangling.body.c_str());
        // Nor may "replace all" remove a flag that a flag of the file depends on.
        QVERIFY(m_f->command(cmd::PutFlag{flags::test::rolloutFlag("base", 50), "tester"}));
        const ClientResponse orphaned =
            m_f->call("POST", "/api/flags.json?replace=true", m_f->admin,
                      R"({"version": 2, "features": [{"name": "child", "dependencies": [{"feature": "base"}]}]})");
        QVERIFY2(orphaned.status == 422 && orphaned.body.find("base") != std::string::npos, orphaned.body.c_str());
        QVERIFY(m_f->call("GET", "/api/flags/base", m_f->reader).status == 200);
        // A segment needs an id above 0, as one put alone does.
        const ClientResponse noId =
            m_f->call("POST", "/api/flags.json", m_f->admin,
                      R"({"version": 2, "segments": [{"id": 0, "name": "zero"}], "features": []})");
        QVERIFY2(noId.status == 422 && noId.body.find("id above 0") != std::string::npos, noId.body.c_str());
        // Scopes: a read token imports nothing, and no token is not let in.
        QCOMPARE(m_f->call("POST", "/api/flags.json", m_f->reader, fileOfSearchOnSegment()).status, 403);
        QCOMPARE(m_f->call("POST", "/api/flags.json", "", fileOfSearchOnSegment()).status, 401);
        QCOMPARE(m_f->call("GET", "/api/flags.json", "").status, 401);
        QCOMPARE(flagsNow(), before);
        QCOMPARE(m_f->lastAudit("flag.import"), std::string());

        // A strategy Sluice does not know is taken, and named.
        const ClientResponse unknown =
            m_f->call("POST", "/api/flags.json", m_f->admin,
                      R"({"version": 2, "features": [{"name": "vendor", "strategies": [{"name": "vendorOnly"}]}]})");
        QVERIFY2(unknown.status == 200, unknown.body.c_str());
        const json warnings = json::parse(unknown.body).at("warnings");
        QVERIFY2(warnings.size() == 1 && warnings.at(0).get<std::string>().starts_with("features[0].strategies[0]"),
                 unknown.body.c_str());
    }

private:
    std::unique_ptr<sluice::engine::testing::AdminApiFixture> m_f;
};

QTEST_GUILESS_MAIN(TestAdminApiFlagsFile)
#include "tst_admin_api_flags_file.moc"
