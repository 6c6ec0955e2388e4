// SPDX-License-Identifier: Apache-2.0
// `sluice --read-only`: the flag reaches the console, every page's admin controls are disabled and say why
// (and work without the flag), and the engine refuses an admin command that arrives anyway.
#include "ConsoleTestSupport.h"

#include "AdminControls.h"
#include "AppSettings.h"
#include "ConsoleArguments.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "Page.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using namespace sluice;

namespace {

app::ConsoleSetup parse(const QStringList& arguments, const QTemporaryDir& dir)
{
    return testing::consoleSetup(arguments, dir.filePath(QStringLiteral("settings.ini")));
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

// What each page offers, by object name. A control that sends an engine command or changes what the engine
// does is an admin control; every other button, action or spin box only changes what is shown. A control
// that is in neither list fails the test, so a new one has to be put on one side or the other.
struct PageControls {
    QStringList admin;
    QStringList viewing;
};

const QHash<QString, PageControls>& knownControls()
{
    // Every chart's context menu: saving a picture and undoing a zoom.
    const QStringList charts{QStringLiteral("chartSavePng"), QStringLiteral("chartSaveSvg"),
                             QStringLiteral("chartResetZoom")};
    static const QHash<QString, PageControls> known{
        {QStringLiteral("overview"),
         {{QStringLiteral("keyAssignVipAction")},
          charts + QStringList{QStringLiteral("keyCopyAction"), QStringLiteral("keyAuditAction"),
                               QStringLiteral("keyActionsMenuAction")}}},
        {QStringLiteral("reputation"),
         {{QStringLiteral("keyAssignVipAction")},
          charts + QStringList{QStringLiteral("keyCopyAction"), QStringLiteral("keyAuditAction"),
                               QStringLiteral("keyActionsMenuAction"), QStringLiteral("keyActionsButton"),
                               QStringLiteral("keyActionsButtonMenuAction")}}},
        {QStringLiteral("throttle"),
         {{QStringLiteral("overrideButton"), QStringLiteral("clearOverrideButton")}, charts}},
        {QStringLiteral("vip"),
         {{QStringLiteral("vipAssign"), QStringLiteral("vipChange"), QStringLiteral("vipRevoke"),
           QStringLiteral("vipImport"), QStringLiteral("vipTierAdd"), QStringLiteral("vipTierEdit"),
           QStringLiteral("vipTierRemove"), QStringLiteral("vipLeadApply"), QStringLiteral("vipLeadDays")},
          {QStringLiteral("vipExport"), QStringLiteral("vipPreviewButton"), QStringLiteral("vipExpiringOnly")}}},
        {QStringLiteral("audit"), {{}, {QStringLiteral("auditExport")}}},
        {QStringLiteral("sources"),
         {{QStringLiteral("sourcesAddLog"), QStringLiteral("sourcesPause"), QStringLiteral("sourcesRemove"),
           QStringLiteral("httpListenerAddress"), QStringLiteral("httpListenerStartStop")},
          {QStringLiteral("sourcesReplay"), QStringLiteral("sourcesCopySnippet")}}},
        {QStringLiteral("anomalies"),
         {{QStringLiteral("anomalySettingsButton"), QStringLiteral("acknowledgeAlertButton"),
           QStringLiteral("resolveAlertButton"), QStringLiteral("undoResponseButton")},
          charts}},
        {QStringLiteral("notifications"),
         {{QStringLiteral("notificationRecipientButton"), QStringLiteral("notificationChannelsButton"),
           QStringLiteral("notificationCleanupButton"), QStringLiteral("notificationImportContacts"),
           QStringLiteral("notificationMarkRead"), QStringLiteral("notificationMarkAllRead"),
           QStringLiteral("notificationAcknowledge"), QStringLiteral("notificationDelete"),
           QStringLiteral("notificationRetryButton")},
          {QStringLiteral("notificationExportContacts"), QStringLiteral("notificationShowInbox"),
           QStringLiteral("notificationShowStats"), QStringLiteral("notificationUnreadOnly")}}},
        // A flag row's own controls (switch, rollout, pause, kill, edit) are admin controls too; each row of the
        // three built-in flags has them.
        {QStringLiteral("flags"),
         {{QStringLiteral("newFlagButton"), QStringLiteral("importFlagsButton"), QStringLiteral("flagEnabled"),
           QStringLiteral("flagRollout"), QStringLiteral("flagPlanPause"), QStringLiteral("flagKill"),
           QStringLiteral("flagEdit")},
          {QStringLiteral("exportFlagsButton")}}},
        // Running a comparison changes nothing in force (two engines of its own); applying B does.
        {QStringLiteral("whatif"),
         {{QStringLiteral("whatIfApply")},
          {QStringLiteral("whatIfRun"), QStringLiteral("whatIfCancel"), QStringLiteral("whatIfSave"),
           QStringLiteral("whatIfSeed"), QStringLiteral("policyAddRoute"), QStringLiteral("policyRemoveRoute"),
           QStringLiteral("policyReset"), QStringLiteral("policyLimit"), QStringLiteral("policyPeriod"),
           QStringLiteral("policyBurst"), QStringLiteral("faultAdd"), QStringLiteral("faultRemove"),
           QStringLiteral("faultFrom"), QStringLiteral("faultFor"), QStringLiteral("faultSize"),
           QStringLiteral("settingValue"), QStringLiteral("ScrollLeftButton"),
           QStringLiteral("ScrollRightButton")}}},  // the last two: Qt's own, on the tab bar of B
        // Reports only read the database: a read-only console writes them too, but tells nobody of the daily one.
        {QStringLiteral("reports"),
         {{QStringLiteral("scheduleEmail"), QStringLiteral("scheduleSms"), QStringLiteral("scheduleWebhook")},
          {QStringLiteral("reportPeriod"), QStringLiteral("reportFrom"), QStringLiteral("reportTo"),
           QStringLiteral("reportRefresh"), QStringLiteral("reportFormat"), QStringLiteral("reportExport"),
           QStringLiteral("reportCancel"), QStringLiteral("scheduleEnabled"), QStringLiteral("scheduleAt"),
           QStringLiteral("scheduleFolder"), QStringLiteral("scheduleFormat"), QStringLiteral("scheduleWriteNow"),
           QStringLiteral("scheduleChooseFolder")}}},
        // Watching a fleet changes nothing: a read-only console watches too. Holding the fleet's throttle and giving
        // a VIP tier on the fleet do.
        {QStringLiteral("fleet"),
         {{QStringLiteral("fleetLevel"), QStringLiteral("fleetReason"), QStringLiteral("fleetHold"),
           QStringLiteral("fleetRelease"), QStringLiteral("fleetVipKey"), QStringLiteral("fleetVipTier"),
           QStringLiteral("fleetVipNotes"), QStringLiteral("fleetVipAssign"), QStringLiteral("fleetVipRevoke"),
           QStringLiteral("fleetFlag"), QStringLiteral("fleetRollout"), QStringLiteral("fleetRollOut"),
           QStringLiteral("fleetFlagOn"), QStringLiteral("fleetFlagOff"), QStringLiteral("fleetFlagDefinition"),
           QStringLiteral("fleetFlagsImport")},
          charts + QStringList{QStringLiteral("fleetServer"), QStringLiteral("fleetToken"),
                               QStringLiteral("fleetAttach"), QStringLiteral("fleetForget")}}},
    };
    return known;
}

// Admin controls that act on something that must come first (an alert or a notification chosen, a what-if run
// finished): without it they stay off and their tooltip says what to do first.
bool needsSomethingFirst(const QObject* control)
{
    static const QStringList names{QStringLiteral("acknowledgeAlertButton"),  QStringLiteral("resolveAlertButton"),
                                   QStringLiteral("undoResponseButton"),      QStringLiteral("notificationMarkRead"),
                                   QStringLiteral("notificationAcknowledge"), QStringLiteral("notificationDelete"),
                                   QStringLiteral("notificationRetryButton"), QStringLiteral("whatIfApply")};
    return names.contains(control->objectName());
}

// The controls a person can operate on `page`: buttons, actions and spin boxes the page made. Qt's own parts
// of a widget (a table's corner button, a line edit's clear button) are left out: they have no name of ours.
QList<QObject*> operableControls(QWidget* page)
{
    QList<QObject*> controls;
    for (QObject* o : page->findChildren<QObject*>()) {
        const bool operable = qobject_cast<QAbstractButton*>(o) || qobject_cast<QAction*>(o) ||
                              qobject_cast<QAbstractSpinBox*>(o) || qobject_cast<QSlider*>(o);
        QObject* owner = o->parent();
        const bool insideQtWidget = qobject_cast<QAbstractItemView*>(owner) || qobject_cast<QLineEdit*>(owner) ||
                                    qobject_cast<QAbstractSpinBox*>(owner) || qobject_cast<QComboBox*>(owner);
        const bool qtOwn = o->objectName().startsWith(QLatin1String("_q_")) ||
                           o->objectName().startsWith(QLatin1String("qt_")) ||
                           (o->objectName().isEmpty() && insideQtWidget);
        if (operable && !qtOwn) {
            controls.append(o);
        }
    }
    return controls;
}

bool isEnabled(const QObject* control)
{
    if (const auto* w = qobject_cast<const QWidget*>(control)) {
        return w->isEnabled();
    }
    return qobject_cast<const QAction*>(control)->isEnabled();
}

QString toolTipOf(const QObject* control)
{
    if (const auto* w = qobject_cast<const QWidget*>(control)) {
        return w->toolTip();
    }
    return qobject_cast<const QAction*>(control)->toolTip();
}

void send(app::EngineHost& host, engine::Command command)
{
    QSignalSpy finished(&host, &app::EngineHost::commandFinished);
    host.sendCommand(std::move(command));
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
}

// Shows each page in turn as a user would, lets its tables fill and selects their first rows (which is what
// enables the controls that act on a row), then hands every page's admin controls to `check`.
template <typename Check>
void visitEveryPage(ui::MainWindow& window, Check check)
{
    QCOMPARE(window.pageCount(), static_cast<int>(knownControls().size()));
    for (int i = 0; i < window.pageCount(); ++i) {
        window.setCurrentPage(i);
        ui::Page* page = window.page(i);
        const QString id = window.pageId(i);
        QVERIFY2(knownControls().contains(id), qPrintable(id));
        const PageControls& known = knownControls()[id];
        for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
            if (qobject_cast<QHeaderView*>(view) || !view->isVisible() || view->model() == nullptr) {
                continue;
            }
            if (!known.admin.isEmpty()) {
                // Some tables stay empty; those that fill give rows to select.
                (void)QTest::qWaitFor([view] { return view->model()->rowCount() > 0; }, 5000);
            }
            if (view->model()->rowCount() > 0) {
                view->setCurrentIndex(view->model()->index(0, 0));
            }
        }

        QSet<QString> declared;
        for (const QPointer<QObject>& control : page->adminControls()) {
            QVERIFY(control);
            QVERIFY2(control->property(ui::kAdminControlProperty).toBool(), qPrintable(control->objectName()));
            declared.insert(control->objectName());
        }
        // Controls of rows a page builds from the engine's state (a flag's switch, slider and buttons) are marked one
        // by one rather than declared by the page: they are checked like the declared ones.
        QList<QObject*> checkedControls;
        for (const QPointer<QObject>& control : page->adminControls()) {
            checkedControls.append(control.data());
        }
        for (QObject* control : operableControls(page)) {
            const QString name = control->objectName();
            const bool marked = control->property(ui::kAdminControlProperty).toBool();
            if (marked && !checkedControls.contains(control)) {
                checkedControls.append(control);
                declared.insert(name);
            }
            QVERIFY2(known.admin.contains(name) || known.viewing.contains(name),
                     qPrintable(QStringLiteral("%1: %2 (%3) is neither an admin nor a viewing control")
                                    .arg(id, name, QString::fromLatin1(control->metaObject()->className()))));
            QVERIFY2(marked == known.admin.contains(name),
                     qPrintable(QStringLiteral("%1: %2 is %3").arg(id, name, marked ? "marked" : "not marked")));
        }
        QCOMPARE(declared, QSet<QString>(known.admin.begin(), known.admin.end()));
        for (QObject* control : checkedControls) {
            check(control);
        }
    }
}

}  // namespace

class TestReadOnly final : public QObject {
    Q_OBJECT

private slots:
    void theFlagDisablesEveryAdminControlWithAReason();
    void withoutTheFlagAdminControlsWork();
};

void TestReadOnly::theFlagDisablesEveryAdminControlWithAReason()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sluice.db"));
    {
        // Rows to select: a VIP assignment made before the read-only console opens the same file.
        app::EngineHost writer(parse({QStringLiteral("sluice"), QStringLiteral("--db"), db,
                                      QStringLiteral("--scenario"), QStringLiteral("none")},
                                     dir)
                                   .options);
        QSignalSpy started(&writer, &app::EngineHost::started);
        writer.start();
        QVERIFY(started.wait(10000));
        send(writer, engine::cmd::AssignVip{"partner-a", "gold", 0, "launch", "ann"});
        writer.stop();
    }
    const app::ConsoleSetup setup =
        parse({QStringLiteral("sluice"), QStringLiteral("--read-only"), QStringLiteral("--db"), db,
               QStringLiteral("--scenario"), QStringLiteral("none")},
              dir);
    QVERIFY(setup.options.readOnly);
    app::EngineHost host(setup.options, setup.simulation);
    QVERIFY(host.readOnly());
    ui::MainWindow window(&host);
    window.show();
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));
    const int auditBefore = auditRows(db.toStdString());

    int checked = 0;
    visitEveryPage(window, [&checked](QObject* control) {
        ++checked;
        QVERIFY2(!isEnabled(control), qPrintable(control->objectName()));
        QVERIFY2(toolTipOf(control).contains(QStringLiteral("read-only")), qPrintable(control->objectName()));
    });
    QCOMPARE(checked,
             68);  // 34 on the other pages; New and Import, five on each built-in flag's row; Apply B; the fleet's 16
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
    QCOMPARE(auditRows(db.toStdString()), auditBefore);
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
    window.show();
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));
    // An assignment to select, and an override in force so that it can be cleared.
    send(host, engine::cmd::AssignVip{"partner-a", "gold", 0, "launch", "ann"});
    send(host, engine::cmd::SetThrottleOverride{engine::ThrottleLevel::Low, "maintenance", 0, "ops"});
    // A followed log, the first source listed, to pause and remove.
    QFile log(dir.filePath(QStringLiteral("access.log")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("203.0.113.7 - - [10/Oct/2025:13:55:36 +0000] \"GET / HTTP/1.1\" 200 512 \"-\" \"curl/8\"\n");
    log.close();
    ui::LogSourceSettings followed;
    followed.path = log.fileName();
    QCOMPARE(host.addLogSource(followed), QString());
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("statusReadOnly")));

    int checked = 0;
    visitEveryPage(window, [&checked](QObject* control) {
        ++checked;
        if (needsSomethingFirst(control)) {
            // Enabled once something is chosen (the traffic may already have brought a notification) or run; until
            // then its tooltip says what to do first.
            QVERIFY2(isEnabled(control) || toolTipOf(control).startsWith(QStringLiteral("Choose ")) ||
                         toolTipOf(control).startsWith(QStringLiteral("Run ")),
                     qPrintable(control->objectName()));
            return;
        }
        QTRY_VERIFY2_WITH_TIMEOUT(isEnabled(control), qPrintable(control->objectName()), 5000);
        QVERIFY2(!toolTipOf(control).contains(QStringLiteral("read-only")), qPrintable(control->objectName()));
    });
    QCOMPARE(checked,
             68);  // 34 on the other pages; New and Import, five on each built-in flag's row; Apply B; the fleet's 16
    host.stop();
}

QTEST_MAIN(TestReadOnly)
#include "tst_read_only.moc"
