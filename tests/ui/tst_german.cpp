// SPDX-License-Identifier: Apache-2.0
// The console in German, as `sluice --lang de` or LANGUAGE=de shows it: page titles, menus, tiles and
// numbers in German, with German digit grouping.
#include "EngineHost.h"
#include "Format.h"
#include "MainWindow.h"
#include "Translations.h"
#include "widgets/KpiTile.h"

#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace sluice;

class TestGerman final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesMenusAndTilesAreGerman();
    void numbersUseGermanGrouping();
};

void TestGerman::initTestCase()
{
    app::selectLanguage(QStringLiteral("de"));
    app::installTranslations();
    QCOMPARE(app::uiLanguage(), QStringLiteral("de"));
}

void TestGerman::pagesMenusAndTilesAreGerman()
{
    QTemporaryDir dir;
    engine::RuntimeOptions o;
    o.databasePath = dir.filePath(QStringLiteral("sluice.db")).toStdString();
    app::EngineHost host(o);
    ui::MainWindow window(&host);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    const QStringList english{QStringLiteral("Overview"), QStringLiteral("Reputation"), QStringLiteral("Throttle"),
                              QStringLiteral("VIP"), QStringLiteral("Audit")};
    QStringList shown;
    for (int i = 0; i < sidebar->count(); ++i) {
        shown << sidebar->item(i)->text();
    }
    QCOMPARE(shown.size(), english.size());
    QCOMPARE(shown.at(0), QStringLiteral("Übersicht"));
    QCOMPARE(shown.at(2), QStringLiteral("Drosselung"));
    QCOMPARE(shown.at(1), QStringLiteral("Ruf"));

    QStringList menus;
    for (QAction* menu : window.menuBar()->actions()) {
        menus << menu->text();
    }
    QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(QLatin1Char(' '))));
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(' '))));

    // A KPI tile's caption, and the name a screen reader reads out.
    auto* denied = window.findChild<ui::KpiTile*>(QStringLiteral("kpiDenied"));
    QVERIFY(denied);
    QStringList captions;
    for (auto* label : denied->findChildren<QLabel*>()) {
        captions << label->text();
    }
    QVERIFY2(captions.contains(QStringLiteral("Abgelehnt")), qPrintable(captions.join(QLatin1Char('|'))));
}

void TestGerman::numbersUseGermanGrouping()
{
    QCOMPARE(ui::formatCount(1234567), QStringLiteral("1.234.567"));
    QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2,5"));
}

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
