// SPDX-License-Identifier: Apache-2.0
#include "CurrentUser.h"
#include "EngineHost.h"
#include "pages/throttle/ThrottleClearDialog.h"
#include "pages/throttle/ThrottleOverrideDialog.h"
#include "pages/throttle/ThrottlePage.h"
#include "widgets/KpiTile.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace sluice;

namespace {

engine::RuntimeOptions optionsIn(const QTemporaryDir& dir)
{
    engine::RuntimeOptions o;
    o.databasePath = dir.filePath(QStringLiteral("sluice.db")).toStdString();
    o.snapshotInterval = std::chrono::milliseconds(20);
    return o;
}

}  // namespace

class TestThrottlePage final : public QObject {
    Q_OBJECT

private slots:
    void overrideDialogSendsTheCommandAndThePageFollows();
    void readOnlyDisablesTheOverride();
};

void TestThrottlePage::overrideDialogSendsTheCommandAndThePageFollows()
{
    QTemporaryDir dir;
    app::EngineHost host(optionsIn(dir));
    ui::ThrottlePage page(&host);
    connect(&host, &ui::EngineClient::snapshotReady, &page, [&page](const engine::SnapshotPtr& s) { page.apply(s); });
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));

    auto* level = page.findChild<QLabel*>(QStringLiteral("throttleLevel"));
    auto* control = page.findChild<QLabel*>(QStringLiteral("throttleControl"));
    auto* clear = page.findChild<QPushButton*>(QStringLiteral("clearOverrideButton"));
    QVERIFY(level && control && clear);
    // The periods table as the override and the history readers change it.
    auto* periods = page.findChild<QTableView*>(QStringLiteral("throttleHistoryTable"));
    QVERIFY(periods && periods->model());
    const QAbstractItemModelTester tester(periods->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(control->text().startsWith(QStringLiteral("Automatic")), 10000);
    QCOMPARE(level->text(), QStringLiteral("None"));
    QVERIFY(!clear->isEnabled());

    page.openOverrideDialog();
    auto* dialog = page.findChild<ui::ThrottleOverrideDialog*>(QStringLiteral("throttleOverrideDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("overrideProblem"));
    QVERIFY(!ok->isEnabled());  // no reason yet
    QVERIFY(problem->isVisible());
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("overrideReason"));
    reason->setText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());  // blanks are no reason
    reason->setText(QStringLiteral("database failover"));
    QVERIFY(ok->isEnabled());
    auto* levelCombo = dialog->findChild<QComboBox*>(QStringLiteral("overrideLevel"));
    levelCombo->setCurrentIndex(static_cast<int>(engine::ThrottleLevel::High));
    dialog->findChild<QRadioButton*>(QStringLiteral("overrideUntilCleared"))->setChecked(true);
    QVERIFY(!dialog->durationMinutes());

    QSignalSpy finished(&host, &ui::EngineClient::commandFinished);
    ok->click();
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(level->text(), QStringLiteral("High"), 10000);
    QVERIFY(control->text().contains(ui::currentUserName()));
    QVERIFY(control->text().contains(QStringLiteral("database failover")));
    QVERIFY(clear->isEnabled());

    clear->click();  // asks for an optional reason first
    auto* clearDialog = page.findChild<ui::ThrottleClearDialog*>();
    QVERIFY(clearDialog);
    QTRY_VERIFY(clearDialog->isVisible());
    clearDialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(level->text(), QStringLiteral("None"), 10000);
    // Three periods on record: the start, the override and its end; read from the database off the UI thread.
    auto* table = page.findChild<QTableView*>(QStringLiteral("throttleHistoryTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
    QCOMPARE(table->model()->index(1, 1).data().toString(), QStringLiteral("High (×0.4)"));
    QCOMPARE(table->model()->index(1, 3).data().toString(),
             QStringLiteral("Override by %1").arg(ui::currentUserName()));
    // Statistics over the range, from SQL: up to high and back are two level changes; the start is none.
    auto* transitions = page.findChild<QLabel*>(QStringLiteral("throttleTransitions"));
    QTRY_COMPARE_WITH_TIMEOUT(transitions->text(), QStringLiteral("2 level change(s)"), 10000);
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("timeInhigh"))->text().isEmpty());
    host.stop();
}

void TestThrottlePage::readOnlyDisablesTheOverride()
{
    QTemporaryDir dir;
    engine::RuntimeOptions o = optionsIn(dir);
    o.readOnly = true;  // as `sluice --read-only` starts it
    app::EngineHost host(o);
    ui::ThrottlePage page(&host);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    for (const char* name : {"overrideButton", "clearOverrideButton"}) {
        auto* button = page.findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(QStringLiteral("read-only")));
    }
    page.openOverrideDialog();
    QVERIFY(!page.findChild<ui::ThrottleOverrideDialog*>());
}

QTEST_MAIN(TestThrottlePage)
#include "tst_throttle_page.moc"
