// SPDX-License-Identifier: Apache-2.0
// `sluice --watch`: the console beside a running `sluice serve` shows what the server stores, says so in the
// status bar, offers no admin control and simulates nothing; and a console whose database another Sluice holds
// offers to watch it instead.
#include "ConsoleTestSupport.h"
#include "PlainHttp.h"
#include "ServeProcess.h"

#include "AppSettings.h"
#include "Console.h"
#include "ConsoleArguments.h"
#include "EngineHost.h"
#include "MainWindow.h"
#include "Page.h"
#include "Translations.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <numeric>

using namespace sluice;
using namespace sluice::testing;

namespace {

app::ConsoleSetup parse(const QStringList& arguments, const QString& settingsFile)
{
    return consoleSetup(arguments, settingsFile);
}

QString engineState(const ui::MainWindow& window)
{
    const auto* label = window.findChild<QLabel*>(QStringLiteral("engineState"));
    return label != nullptr ? label->text() : QString();
}

// Every admin control of every page is off, and the simulation cannot be started.
void checkNothingCanBeChanged(ui::MainWindow& window)
{
    int controls = 0;
    for (int i = 0; i < window.pageCount(); ++i) {
        for (const QPointer<QObject>& control : window.page(i)->adminControls()) {
            ++controls;
            const bool enabled = qobject_cast<QWidget*>(control.data()) != nullptr
                                     ? qobject_cast<QWidget*>(control.data())->isEnabled()
                                     : qobject_cast<QAction*>(control.data())->isEnabled();
            QVERIFY2(!enabled, qPrintable(control->objectName()));
        }
    }
    QVERIFY(controls > 10);
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("playPauseAction"))->isEnabled());
    const auto* mark = window.findChild<QLabel*>(QStringLiteral("statusReadOnly"));
    QVERIFY(mark != nullptr);
    QTRY_COMPARE(mark->text(), QStringLiteral("Watching"));
}

// Keys in the histogram's lower half: scores below the neutral 50.
std::uint64_t keysBelowNeutral(const engine::Snapshot& s)
{
    return std::accumulate(s.histogram.begin(), s.histogram.begin() + engine::kHistogramBins / 2, std::uint64_t{0});
}

}  // namespace

class TestWatchConsole final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void watchesARunningServer();
    void offersToWatchADatabaseInUse();
    void declinedTheConsoleGivesUp();
    void rendersTheWatchingWindow();

private:
    // A console's engine holding the database, as another Sluice would; isRunning() once it started.
    std::unique_ptr<app::EngineHost> startWriter() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_settingsFile;
};

void TestWatchConsole::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("sluice.db"));
    m_settingsFile = m_dir->filePath(QStringLiteral("console.ini"));
}

void TestWatchConsole::watchesARunningServer()
{
    ServeProcess serve(m_db);
    const QString serveSettings = m_dir->filePath(QStringLiteral("settings.json"));
    QVERIFY(ServeProcess::writeSettings(serveSettings, 5));
    const QByteArray token = serve.createToken(QStringLiteral("proxy"));
    QVERIFY(!token.isEmpty());
    const quint16 port = serve.start({QStringLiteral("--config"), serveSettings});
    QVERIFY2(port != 0, serve.log().constData());

    app::ConsoleSetup setup =
        parse({QStringLiteral("sluice"), QStringLiteral("--watch"), QStringLiteral("--db"), m_db}, m_settingsFile);
    QVERIFY(setup.options.watch && setup.options.readOnly);
    QVERIFY(setup.simulation.scenario.isEmpty());
    app::AppSettings settings(m_settingsFile, nullptr);
    app::Console console(std::move(setup), settings, [](QWidget*, const QString& error) {
        qWarning("unexpected offer: %s", qPrintable(error));
        return false;
    });
    engine::SnapshotPtr latest;
    QObject::connect(&console.host(), &app::EngineHost::snapshotReady, &console,
                     [&latest](const engine::SnapshotPtr& s) { latest = s; });
    console.start();
    ui::MainWindow& window = console.window();
    QTRY_VERIFY_WITH_TIMEOUT(engineState(window).startsWith(QStringLiteral("Watching sluice.db · state of ")), 20000);
    checkNothingCanBeChanged(window);

    // Traffic the server decides: over the limit, so the key's reputation drops at the server's next checkpoint,
    // and the console shows it without deciding anything itself.
    for (int i = 0; i < 8; ++i) {
        QVERIFY(get(port, "/v1/check?key=greedy", token).status != 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(latest && keysBelowNeutral(*latest) == 1, 30000);
    QCOMPARE(latest->requests, 0U);
    QVERIFY(latest->watch.error.empty());

    // The history pages read the database beside the running server: the audit log holds its settings.
    window.setCurrentPageId(QStringLiteral("audit"));
    QAbstractItemView* table = nullptr;
    for (QAbstractItemView* view :
         window.page(window.pageIndex(QStringLiteral("audit")))->findChildren<QAbstractItemView*>()) {
        if (qobject_cast<QHeaderView*>(view) == nullptr && view->isVisible() && view->model() != nullptr) {
            table = view;
        }
    }
    QVERIFY(table != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);

    console.finish();
    QCOMPARE(serve.stop(SIGTERM), 0);  // the server kept its database to itself and stopped cleanly
}

void TestWatchConsole::offersToWatchADatabaseInUse()
{
    // Another Sluice holds the database: here an engine in this process, as a console would run it.
    const auto writer = startWriter();
    QVERIFY(writer->isRunning());
    QSignalSpy assigned(writer.get(), &app::EngineHost::commandFinished);
    writer->sendCommand(engine::cmd::AssignVip{"partner-a", "gold", 0, "launch", "ann"});
    QVERIFY(assigned.wait(20000));
    QVERIFY(assigned.at(0).at(1).toBool());

    app::AppSettings settings(m_settingsFile, nullptr);
    QString offered;
    app::Console console(parse({QStringLiteral("sluice"), QStringLiteral("--db"), m_db, QStringLiteral("--scenario"),
                                QStringLiteral("none")},
                               m_settingsFile),
                         settings, [&offered](QWidget*, const QString& error) {
                             offered = error;
                             return true;
                         });
    QSignalSpy watching(&console, &app::Console::watching);
    console.start();
    QVERIFY(watching.wait(20000));
    QVERIFY2(offered.contains(QStringLiteral("is in use by another Sluice process")), qPrintable(offered));
    QVERIFY(console.host().readOnly());
    engine::SnapshotPtr latest;
    QObject::connect(&console.host(), &app::EngineHost::snapshotReady, &console,
                     [&latest](const engine::SnapshotPtr& s) { latest = s; });
    QTRY_VERIFY_WITH_TIMEOUT(engineState(console.window()).startsWith(QStringLiteral("Watching sluice.db")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(latest && latest->vipAssignments == 1, 20000);
    checkNothingCanBeChanged(console.window());
    console.finish();
}

void TestWatchConsole::declinedTheConsoleGivesUp()
{
    const auto writer = startWriter();
    QVERIFY(writer->isRunning());

    app::AppSettings settings(m_settingsFile, nullptr);
    int offers = 0;
    app::Console console(parse({QStringLiteral("sluice"), QStringLiteral("--db"), m_db}, m_settingsFile), settings,
                         [&offers](QWidget*, const QString&) {
                             ++offers;
                             return false;
                         });
    QSignalSpy gaveUp(&console, &app::Console::gaveUp);
    console.start();
    QVERIFY(gaveUp.wait(20000));
    QCOMPARE(offers, 1);
    QVERIFY(!console.host().readOnly());
    QVERIFY(engineState(console.window()).contains(QStringLiteral("in use by another Sluice")));
    console.finish();
}

// The Overview and Reputation pages of a watching console at 1024x640, in English and German, after a simulated
// attack was stored. With SLUICE_SCREENSHOT_DIR set they are written there as watch-<page>-<lang>.png to look at.
void TestWatchConsole::rendersTheWatchingWindow()
{
    {
        const app::ConsoleSetup setup =
            parse({QStringLiteral("sluice"), QStringLiteral("--db"), m_db, QStringLiteral("--scenario"),
                   QStringLiteral("ddos-wave"), QStringLiteral("--speed"), QStringLiteral("max")},
                  m_settingsFile);
        app::EngineHost writer(setup.options, setup.simulation);
        engine::SnapshotPtr latest;
        QObject::connect(&writer, &app::EngineHost::snapshotReady, &writer,
                         [&latest](const engine::SnapshotPtr& s) { latest = s; });
        writer.start();
        QTRY_VERIFY_WITH_TIMEOUT(latest && latest->activeKeys > 500 && latest->tierCounts[0] > 0, 60000);
        QSignalSpy done(&writer, &app::EngineHost::commandFinished);
        writer.sendCommand(engine::cmd::AssignVip{"partner-a", "gold", 0, "launch", "ann"});
        writer.sendCommand(engine::cmd::SetThrottleOverride{engine::ThrottleLevel::Medium, "attack", 0, "ann"});
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 20000);
        writer.stop();  // a final checkpoint
    }
    const QString folder = qEnvironmentVariable("SLUICE_SCREENSHOT_DIR");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        app::selectLanguage(language);
        app::installTranslations();
        app::AppSettings settings(m_settingsFile, nullptr);
        app::Console console(
            parse({QStringLiteral("sluice"), QStringLiteral("--watch"), QStringLiteral("--db"), m_db}, m_settingsFile),
            settings, [](QWidget*, const QString&) { return false; });
        engine::SnapshotPtr latest;
        QObject::connect(&console.host(), &app::EngineHost::snapshotReady, &console,
                         [&latest](const engine::SnapshotPtr& s) { latest = s; });
        console.window().resize(1024, 640);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(latest && latest->activeKeys > 500 && latest->vipAssignments == 1, 20000);
        for (const QString& page : {QStringLiteral("overview"), QStringLiteral("reputation")}) {
            ui::MainWindow& window = console.window();
            window.setCurrentPageId(page);
            // The key table fills from an engine answer, and the status bar lays out its new texts.
            for (QAbstractItemView* view : window.page(window.pageIndex(page))->findChildren<QAbstractItemView*>()) {
                if (qobject_cast<QHeaderView*>(view) == nullptr && view->isVisible() && view->model() != nullptr &&
                    page == QLatin1String("reputation")) {
                    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 20000);
                }
            }
            auto* throttle = window.findChild<QLabel*>(QStringLiteral("statusThrottle"));
            QTRY_VERIFY(throttle->width() >= throttle->sizeHint().width());
            const QImage shot = console.window().grab().toImage();
            QCOMPARE(shot.size(), QSize(1024, 640));
            if (!folder.isEmpty()) {
                QVERIFY(shot.save(QStringLiteral("%1/watch-%2-%3.png").arg(folder, page, language)));
            }
        }
        console.finish();
    }
}

std::unique_ptr<app::EngineHost> TestWatchConsole::startWriter() const
{
    auto writer = std::make_unique<app::EngineHost>(parse({QStringLiteral("sluice"), QStringLiteral("--db"), m_db,
                                                           QStringLiteral("--scenario"), QStringLiteral("none")},
                                                          m_settingsFile)
                                                        .options);
    QSignalSpy started(writer.get(), &app::EngineHost::started);
    writer->start();
    started.wait(20000);
    return writer;
}

QTEST_MAIN(TestWatchConsole)
#include "tst_watch_console.moc"
