// SPDX-License-Identifier: Apache-2.0
// The console in German, as `sluice --lang de` or LANGUAGE=de shows it: page titles, menus, tiles and
// numbers in German, with German digit grouping.
#include "EngineHost.h"
#include "EngineTextTranslator.h"
#include "Format.h"
#include "MainWindow.h"
#include "Translations.h"
#include "core/EngineText.h"
#include "help/UserGuideDialog.h"
#include "pages/vip/VipTimeFormat.h"
#include "widgets/CheckedDialog.h"
#include "widgets/KpiTile.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace sluice;

class TestGerman final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesMenusAndTilesAreGerman();
    void numbersUseGermanGrouping();
    void engineTextsAreGerman();
    void aRefusalFromTheEngineIsGerman();
    void qtsOwnButtonsAreGerman();
    void theUserGuideIsGerman();
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
    const QStringList english{QStringLiteral("Overview"),  QStringLiteral("Reputation"),    QStringLiteral("Throttle"),
                              QStringLiteral("VIP"),       QStringLiteral("Audit"),         QStringLiteral("Sources"),
                              QStringLiteral("Anomalies"), QStringLiteral("Notifications"), QStringLiteral("Flags"),
                              QStringLiteral("What-if"),   QStringLiteral("Reports"),       QStringLiteral("Fleet")};
    QStringList shown;
    for (int i = 0; i < sidebar->count(); ++i) {
        shown << sidebar->item(i)->text();
    }
    QCOMPARE(shown.size(), english.size());
    QCOMPARE(shown.at(0), QStringLiteral("Übersicht"));
    QCOMPARE(shown.at(2), QStringLiteral("Drosselung"));
    QCOMPARE(shown.at(1), QStringLiteral("Ruf"));
    QCOMPARE(shown.at(8), QStringLiteral("Flags"));  // the same word in German, and short
    QCOMPARE(shown.at(9), QStringLiteral("Was-wäre-wenn"));
    QCOMPARE(shown.at(10), QStringLiteral("Berichte"));
    QCOMPARE(shown.at(11), QStringLiteral("Flotte"));

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
    // VIP expiry: the date the German way, days spelled out.
    const engine::TimeNs now = engine::fromUnixSec(1'800'000'000);
    const QString expiry = ui::formatExpiry(now + 11 * engine::kNsPerDay + engine::kNsPerHour, now);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{2} \\d{2}:\\d{2} \\(in 11 Tagen\\)$"))
                 .match(expiry)
                 .hasMatch(),
             qPrintable(expiry));
}

void TestGerman::engineTextsAreGerman()
{
    using engine::Text;
    // Every entry has a German text that keeps each argument.
    for (std::size_t i = 0; i < engine::kTextCount; ++i) {
        const std::string english = engine::say(static_cast<Text>(i), {"arg-a", "arg-b", "arg-c", "arg-d"});
        const QString shown = ui::localizedEngineText(english);
        QVERIFY2(shown != QString::fromStdString(english), english.c_str());
        const std::string_view source = engine::sourceOf(static_cast<Text>(i));
        for (const char* arg : {"arg-a", "arg-b", "arg-c", "arg-d"}) {
            const bool used = source.find(std::string("%") + char('1' + (arg[4] - 'a'))) != std::string_view::npos;
            QVERIFY2(!used || shown.contains(QLatin1String(arg)), qPrintable(shown));
        }
    }
    QCOMPARE(ui::localizedEngineText(engine::say(Text::ThrottleCpuAbove, {"93.5", "90"})),
             QStringLiteral("CPU bei 93,5 %, Schwelle 90 %"));
    const std::string csv =
        engine::say(Text::CsvAtLineColumn, {"3", "2", "tier", engine::say(Text::UnknownVipTier, {"gold"})});
    QCOMPARE(ui::localizedEngineText(csv), QStringLiteral("Zeile 3, Spalte 2 (tier): unbekannte VIP-Stufe „gold“"));
}

void TestGerman::aRefusalFromTheEngineIsGerman()
{
    QTemporaryDir dir;
    engine::RuntimeOptions o;
    o.databasePath = dir.filePath(QStringLiteral("sluice.db")).toStdString();
    app::EngineHost host(o);
    QSignalSpy started(&host, &app::EngineHost::started);
    host.start();
    QVERIFY(started.wait(10000));
    QSignalSpy finished(&host, &ui::EngineClient::commandFinished);
    const quint64 id = host.sendCommand(engine::cmd::RemoveVipTier{"nonesuch"});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toULongLong(), id);
    QVERIFY(!finished.at(0).at(1).toBool());
    QCOMPARE(finished.at(0).at(2).toString(), QStringLiteral("unbekannte VIP-Stufe „nonesuch“"));
}

namespace {
class AnyDialog final : public ui::CheckedDialog {
public:
    AnyDialog()
    {
        auto* form = new QFormLayout;
        form->addRow(QStringLiteral("x"), new QLabel(this));
        finish(form, QStringLiteral("anyError"));
    }
    QString problem() const override { return {}; }
};
}  // namespace

// Texts Qt draws itself (standard buttons of every dialog) come from Qt's catalogue, a dependency of Sluice.
void TestGerman::qtsOwnButtonsAreGerman()
{
    AnyDialog dialog;
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QVERIFY(buttons->button(QDialogButtonBox::Cancel));
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
    QDialogButtonBox close(QDialogButtonBox::Close);
    QCOMPARE(close.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')), QStringLiteral("Schließen"));
}

// The guide in the language of the interface, naming the shortcuts the window has (one per page, five pages).
void TestGerman::theUserGuideIsGerman()
{
    ui::UserGuideDialog guide;
    const QString text = guide.browser()->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("Sluice-Benutzerhandbuch")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("Schreibgeschützter Modus")));
    QVERIFY(!text.contains(QStringLiteral("Read-only mode")));
    QVERIFY(text.contains(QStringLiteral("Strg+1 … Strg+9")));
    QVERIFY(!text.contains(QStringLiteral("Strg+10")));
    // The German names of what the guide describes, as the interface shows them.
    for (const char* term : {"Übersteuerung aufheben", "Stufenkatalog", "Prüfprotokoll", "CSV importieren…"}) {
        QVERIFY2(text.contains(QString::fromUtf8(term)), term);
    }
}

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
