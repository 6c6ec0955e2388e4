// SPDX-License-Identifier: Apache-2.0
// A flags file imported on the whole fleet from the console's Fleet page, against two real engines that share a real
// redis-server: a file that would be refused is named with its problem before anything is sent; a file confirmed is
// made on every engine, with the fleet's other flags kept or removed as the admin chose, and the page says when every
// engine has made it.
#include "FleetPageFixture.h"
#include "Translations.h"

#include "../engine/FlagTestSupport.h"

#include "fleet/FleetFeed.h"
#include "pages/fleet/FleetFlagsFile.h"
#include "pages/fleet/FleetPage.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice;
using namespace sluice::engine;
using namespace sluice::testing::fleet;

namespace {

QString written(const QTemporaryDir& dir, const char* name, const QByteArray& text)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() ? path : QString();
}

// The confirmation the page asks for, once it shows.
QMessageBox* confirmation(QWidget& page)
{
    QMessageBox* found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = page.findChild<QMessageBox*>(QStringLiteral("fleetFlagsImportConfirm"));
            return found != nullptr && found->isVisible();
        },
        10000);
    return shown ? found : nullptr;
}

}  // namespace

class TestFleetFlagsFile final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { SLUICE_START_TWO_ENGINE_FLEET(m_server, m_a, m_b); }
    void cleanupTestCase() { stopFleet(m_a, m_b); }

    void aFlagsFileImportedFromTheConsoleAppliesOnEveryEngine()
    {
        QVERIFY(sluice::test::waitUntil(
            [&] { return !m_a->changes->cursor().empty() && !m_b->changes->cursor().empty(); }));
        QVERIFY(
            madeOnEach(cmd::PutFlag{flags::test::rolloutFlag("old-banner", 100), "tester"}, {m_a.get(), m_b.get()}));
        ui::FleetFeed feed(kService);
        ui::FleetPage page(nullptr, &feed);
        QVERIFY(attachShown(page, *m_a, m_a->admin));
        auto* applied = page.findChild<QLabel*>(QStringLiteral("fleetApplied"));
        auto* file = page.findChild<ui::FleetFlagsFile*>();
        QVERIFY(file != nullptr && page.findChild<QPushButton*>(QStringLiteral("fleetFlagsImport"))->isEnabled());
        QTemporaryDir dir;

        // Refused before anything is sent: a field that does not read, and a file larger than one request takes.
        file->importFile(written(dir, "broken.json", R"({"version": 2, "features": [{"name": "ok"}, {"name": 5}]})"));
        QTRY_VERIFY_WITH_TIMEOUT(applied->text().startsWith(
                                     QStringLiteral("broken.json was not imported; nothing changed: features[1].name")),
                                 10000);
        QVERIFY(!file->busy());
        file->importFile(written(dir, "huge.json", QByteArray(100 * 1024, ' ')));
        QTRY_COMPARE_WITH_TIMEOUT(applied->text(),
                                  QStringLiteral("huge.json was not imported; nothing changed: it is larger than the "
                                                 "64 KiB the admin API takes in one request"),
                                  10000);
        QCOMPARE(flagOf(*m_a->runtime, "old-banner"), std::string("on 100 %"));

        // Confirmed with "remove the other flags": every engine holds the file's flag and no other of the fleet's.
        const QString flagsFile = written(
            dir, "flags.json",
            R"({"version": 2, "segments": [{"id": 5, "name": "staff", "constraints": [{"contextName": "userId",)"
            R"( "operator": "IN", "values": ["ann"]}]}], "features": [{"name": "search-v2", "enabled": true,)"
            R"( "strategies": [{"name": "flexibleRollout", "parameters": {"rollout": "40", "stickiness": "default",)"
            R"( "groupId": "search-v2"}, "segments": [5]}]}]})");
        file->importFile(flagsFile);
        QMessageBox* box = confirmation(page);
        QVERIFY(box != nullptr);
        QCOMPARE(box->text(), QStringLiteral("Import 1 flag from flags.json on every engine of the fleet?"));
        QVERIFY2(box->informativeText().startsWith(QStringLiteral("The file brings 1 segment.")),
                 qPrintable(box->informativeText()));
        QVERIFY(file->busy());
        box->findChild<QPushButton*>(QStringLiteral("fleetFlagsImportReplace"))->click();
        for (FleetEngine* e : {m_a.get(), m_b.get()}) {
            QTRY_COMPARE_WITH_TIMEOUT(flagOf(*e->runtime, "search-v2"), std::string("on 40 %"), 15000);
            QTRY_COMPARE_WITH_TIMEOUT(flagOf(*e->runtime, "old-banner"), std::string(), 15000);
            QCOMPARE(flagOf(*e->runtime, flags::kReputationSystem), std::string("on 100 %"));  // Sluice's own stay
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            applied->text(),
            QStringLiteral(
                "1 flag from flags.json imported, the other flags removed: applied by every engine (2 of 2)."),
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(!file->busy(), 5000);

        // Imported again, keeping the others: "later" joins, "search-v2" stays. Cancelled, nothing is sent.
        const QString later = written(dir, "later.json", R"({"version": 2, "features": [{"name": "later"}]})");
        file->importFile(later);
        box = confirmation(page);
        QVERIFY(box != nullptr);
        box->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!file->busy(), 5000);
        file->importFile(later);
        box = confirmation(page);
        QVERIFY(box != nullptr);
        box->findChild<QPushButton*>(QStringLiteral("fleetFlagsImportMerge"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(applied->text(),
                                  QStringLiteral("1 flag from later.json imported: applied by every engine (2 of 2)."),
                                  15000);
        for (FleetEngine* e : {m_a.get(), m_b.get()}) {
            QCOMPARE(flagOf(*e->runtime, "later"), std::string("off"));
            QCOMPARE(flagOf(*e->runtime, "search-v2"), std::string("on 40 %"));
        }
    }

    // SLUICE_TEST_SHOTS=DIR: the confirmation, in English and German, to DIR/fleet-flags-import-*.png.
    void shots()
    {
        const QString shots = qEnvironmentVariable("SLUICE_TEST_SHOTS");
        if (shots.isEmpty()) {
            QSKIP("only with SLUICE_TEST_SHOTS");
        }
        QTemporaryDir dir;
        const QString path = written(dir, "partner-flags.json",
                                     R"({"version": 2, "segments": [{"id": 8, "name": "partners"}], "features": [)"
                                     R"({"name": "invoices-v3", "enabled": true}, {"name": "dark-mode"},)"
                                     R"( {"name": "vendor-test", "strategies": [{"name": "vendorStrategy"}]}]})");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
            app::selectLanguage(language);
            app::installTranslations();
            ui::FleetFeed feed(kService);
            ui::FleetPage page(nullptr, &feed);
            page.resize(1024, 640);
            QVERIFY(attachShown(page, *m_a, m_a->admin));
            page.findChild<ui::FleetFlagsFile*>()->importFile(path);
            QMessageBox* box = confirmation(page);
            QVERIFY(box != nullptr);
            QVERIFY(box->grab().save(QDir(shots).filePath(QStringLiteral("fleet-flags-import-%1.png").arg(language))));
            box->reject();
        }
    }

private:
    std::unique_ptr<sluice::test::RedisServer> m_server;
    std::unique_ptr<FleetEngine> m_a;
    std::unique_ptr<FleetEngine> m_b;
};

QTEST_MAIN(TestFleetFlagsFile)
#include "tst_fleet_flags_file.moc"
