// SPDX-License-Identifier: Apache-2.0
// Every action the engine can audit, and every target of its own it names, reads as words in the console.
#include "audit/AdminAudit.h"
#include "audit/AuditActions.h"
#include "flags/FeatureGates.h"
#include "history/AdminActionText.h"
#include "shard/EngineShards.h"

#include <QtTest>

#include <utility>
#include <variant>
#include <vector>

using namespace sluice;

namespace {

// One row of each command type the engine takes, and one setting change per feature gate.
std::vector<engine::store::AuditEntry> everyKindOfRow()
{
    engine::EngineShards engine(engine::EngineConfig{}, 1);
    std::vector<engine::Command> commands;
    [&]<std::size_t... I>(std::index_sequence<I...>) { (commands.emplace_back(std::in_place_index<I>), ...); }
    (std::make_index_sequence<std::variant_size_v<engine::Command>>{});
    std::vector<engine::store::AuditEntry> rows;
    for (const engine::Command& command : commands) {
        rows.push_back(engine::auditEntryFor(command, engine, engine::AdminContext{"ops", ""}, 0));
    }
    return rows;
}

}  // namespace

class TestAuditWords final : public QObject {
    Q_OBJECT

private slots:
    void everyListedActionHasWords();
    void everyRowTheEngineWritesReadsAsWords();
    void keysAndTierNamesStayAsTheyAre();
};

void TestAuditWords::everyListedActionHasWords()
{
    for (const std::string_view id : engine::AuditActions::kAll) {
        const QString action = QString::fromLatin1(id);
        QVERIFY2(ui::hasAdminActionWords(action), qPrintable(action));
        QVERIFY(ui::adminActionWords(action) != action);
    }
    QVERIFY(!ui::hasAdminActionWords(QStringLiteral("vip.teleport")));
    QCOMPARE(ui::adminActionWords(QStringLiteral("vip.teleport")), QStringLiteral("vip.teleport"));
}

void TestAuditWords::everyRowTheEngineWritesReadsAsWords()
{
    QStringList targets;
    for (const engine::store::AuditEntry& row : everyKindOfRow()) {
        const QString action = QString::fromStdString(row.action);
        const QString target = QString::fromStdString(row.target);
        QVERIFY2(ui::hasAdminActionWords(action), qPrintable(action));
        if (row.target.starts_with("engine.")) {  // the engine's own setting or state, not a key or tier name
            const QString words = ui::adminTargetWords(action, target);
            QVERIFY2(words != target && !words.contains(QLatin1Char('_')), qPrintable(target));
            targets << words;
        }
    }
    targets.sort();
    targets.removeDuplicates();
    QCOMPARE(targets, QStringList({QStringLiteral("Anomaly detection settings"), QStringLiteral("Auto-throttle"),
                                   QStringLiteral("Auto-throttle settings"), QStringLiteral("Notification settings"),
                                   QStringLiteral("Rate limit policies"), QStringLiteral("Reputation settings"),
                                   QStringLiteral("VIP expiry warning")}));
    // The words the target column is sized for are those the engine's rows need, and those of the feature-gate
    // rows written before Sluice's features became flags, which an older database still holds.
    QStringList all = ui::adminSettingWords();
    all.sort();
    QStringList needed =
        targets + QStringList({QStringLiteral("Adaptive limiting gate"), QStringLiteral("Anomaly detection gate"),
                               QStringLiteral("Reputation system gate")});
    needed.sort();
    QCOMPARE(all, needed);
    QCOMPARE(ui::adminTargetWords(QStringLiteral("setting.put"), QStringLiteral("engine.feature.anomaly_detection")),
             QStringLiteral("Anomaly detection gate"));
    // The engine's English count, read again as a number (the plural form comes from the translation files).
    QVERIFY(ui::adminTargetWords(QStringLiteral("vip.import"), QStringLiteral("1 assignments"))
                .startsWith(QStringLiteral("1 assignment")));
    QVERIFY(ui::adminTargetWords(QStringLiteral("vip.import"), QStringLiteral("1200 assignments"))
                .startsWith(QStringLiteral("1200 assignment")));
    QVERIFY(ui::adminTargetWords(QStringLiteral("flag.import"), QStringLiteral("3 flags"))
                .startsWith(QStringLiteral("3 flag")));
    QCOMPARE(ui::adminTargetWords(QStringLiteral("flag.segment_put"), QStringLiteral("7")),
             QStringLiteral("Segment 7"));
    // A flag's name is chosen by people, even one that looks like the engine's.
    QCOMPARE(ui::adminTargetWords(QStringLiteral("flag.put"), QStringLiteral("engine.policies")),
             QStringLiteral("engine.policies"));
}

void TestAuditWords::keysAndTierNamesStayAsTheyAre()
{
    // A key may look like a setting's name; only the engine's own targets become words.
    QCOMPARE(ui::adminTargetWords(QStringLiteral("vip.assign"), QStringLiteral("engine.policies")),
             QStringLiteral("engine.policies"));
    QCOMPARE(ui::adminTargetWords(QStringLiteral("vip_tier.put"), QStringLiteral("gold")), QStringLiteral("gold"));
    QCOMPARE(ui::adminTargetWords(QStringLiteral("setting.put"), QStringLiteral("engine.feature.teleport")),
             QStringLiteral("engine.feature.teleport"));
}

QTEST_GUILESS_MAIN(TestAuditWords)
#include "tst_audit_words.moc"
