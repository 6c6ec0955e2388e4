// SPDX-License-Identifier: Apache-2.0
// `sluice --read-only`: the flag reaches the console, admin controls are disabled and say why, and the engine
// refuses an admin command that arrives anyway.
#include "AdminControls.h"
#include "AppSettings.h"
#include "ConsoleArguments.h"
#include "EngineHost.h"
#include "MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace sluice;

namespace {

app::ConsoleSetup parse(const QStringList& arguments, const QTemporaryDir& dir)
{
    QCommandLineParser parser;
    const app::ConsoleArguments options;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        qWarning("%s", qPrintable(parser.errorText()));
    }
    const app::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")), nullptr);
    app::ConsoleSetup setup;
    if (auto problem = options.read(parser, settings, setup)) {
        qWarning("%s", qPrintable(*problem));
    }
    return setup;
}

int auditRows(const std::string& path)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    int n = -1;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM audit_log", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        n = sqlite3_column_int(st, 0);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

}  // namespace

class TestReadOnly final : public QObject {
    Q_OBJECT

private slots:
    void theFlagDisablesAdminControlsWithAReason();
    void withoutTheFlagAdminControlsWork();
};

void TestReadOnly::theFlagDisablesAdminControlsWithAReason()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sluice.db"));
    const app::ConsoleSetup setup =
        parse({QStringLiteral("sluice"), QStringLiteral("--read-only"), QStringLiteral("--db"), db,
               QStringLiteral("--scenario"), QStringLiteral("none")},
              dir);
    QVERIFY(setup.options.readOnly);
    app::EngineHost host(setup.options, setup.simulation);
    QVERIFY(host.readOnly());
    ui::MainWindow window(&host);
    // Admin controls as the pages create them: marked where they are made, enabled later by page logic.
    auto* button = new QPushButton(QStringLiteral("Assign VIP"), &window);
    ui::markAdminControl(button, host);
    auto* action = new QAction(QStringLiteral("Override throttle"), &window);
    ui::markAdminControl(action, host);
    button->setEnabled(true);
    action->setEnabled(true);
    window.show();
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));

    int marked = 0;
    for (QObject* control : window.findChildren<QObject*>()) {
        if (!control->property(ui::kAdminControlProperty).toBool()) {
            continue;
        }
        ++marked;
        if (auto* widget = qobject_cast<QWidget*>(control)) {
            QVERIFY2(!widget->isEnabled(), qPrintable(widget->objectName()));
            QCOMPARE(widget->toolTip(), ui::readOnlyExplanation());
        } else if (auto* a = qobject_cast<QAction*>(control)) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
            QCOMPARE(a->toolTip(), ui::readOnlyExplanation());
        }
    }
    QVERIFY(marked >= 2);
    QVERIFY(ui::readOnlyExplanation().contains(QStringLiteral("--read-only")));
    auto* status = window.findChild<QLabel*>(QStringLiteral("statusReadOnly"));
    QVERIFY(status && status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Read-only"));
    // Viewing stays possible: the time range is not an admin control.
    QVERIFY(window.findChild<QComboBox*>(QStringLiteral("timeRangeCombo"))->isEnabled());

    // A command that arrives anyway is refused by the engine, and nothing reaches the database.
    QSignalSpy finished(&host, &app::EngineHost::commandFinished);
    host.sendCommand(engine::cmd::SetThrottleOverride{engine::ThrottleLevel::High, "should not happen", 0, "ops"});
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(finished.at(0).at(2).toString().contains(QStringLiteral("read-only")));
    host.stop();
    QCOMPARE(auditRows(db.toStdString()), 0);
}

void TestReadOnly::withoutTheFlagAdminControlsWork()
{
    QTemporaryDir dir;
    const app::ConsoleSetup setup =
        parse({QStringLiteral("sluice"), QStringLiteral("--db"), dir.filePath(QStringLiteral("sluice.db")),
               QStringLiteral("--scenario"), QStringLiteral("none")},
              dir);
    QVERIFY(!setup.options.readOnly);
    app::EngineHost host(setup.options, setup.simulation);
    QVERIFY(!host.readOnly());
    ui::MainWindow window(&host);
    auto* button = new QPushButton(QStringLiteral("Assign VIP"), &window);
    ui::markAdminControl(button, host);
    QVERIFY(button->isEnabled());
    QVERIFY(button->toolTip().isEmpty());
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("statusReadOnly")));
}

QTEST_MAIN(TestReadOnly)
#include "tst_read_only.moc"
