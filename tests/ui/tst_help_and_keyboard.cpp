// SPDX-License-Identifier: Apache-2.0
// The console without a mouse: pages by Ctrl+1..9 from the View menu, the Help menu's guide (F1) and About.
#include "EngineHost.h"
#include "MainWindow.h"
#include "help/AboutDialog.h"
#include "help/UserGuideDialog.h"
#include "pages/throttle/ThrottleOverrideDialog.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <sqlite3.h>

using namespace sluice;

namespace {
// Ctrl+1 is the first page, Ctrl+9 the ninth and Ctrl+0 the tenth, as the digits lie on the keyboard; beyond,
// Ctrl+Shift and the digits again.
Qt::Key digitFor(int page)
{
    return page < 9    ? static_cast<Qt::Key>(Qt::Key_1 + page)
           : page == 9 ? Qt::Key_0
                       : static_cast<Qt::Key>(Qt::Key_1 + page - 10);
}
Qt::KeyboardModifiers modifiersFor(int page)
{
    return page < 10 ? Qt::ControlModifier : Qt::ControlModifier | Qt::ShiftModifier;
}
}  // namespace

class TestHelpAndKeyboard final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyPageHasAMenuActionWithItsShortcut();
    void ctrlDigitsSwitchPages();
    void f1OpensTheUserGuide();
    void aboutNamesVersionLicenseAndLibraries();
    void overrideDialogWorksFromTheKeyboardAlone();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::EngineHost> m_host;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestHelpAndKeyboard::init()
{
    QCoreApplication::setApplicationVersion(QStringLiteral(SLUICE_VERSION));  // as main() does
    m_dir = std::make_unique<QTemporaryDir>();
    engine::RuntimeOptions o;
    o.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    m_host = std::make_unique<app::EngineHost>(o);
    m_window = std::make_unique<ui::MainWindow>(m_host.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
}

void TestHelpAndKeyboard::cleanup()
{
    m_window.reset();
    m_host.reset();
}

void TestHelpAndKeyboard::everyPageHasAMenuActionWithItsShortcut()
{
    auto* view = m_window->findChild<QMenu*>(QStringLiteral("viewMenu"));
    QVERIFY(view != nullptr);
    QCOMPARE(view->actions().size(), m_window->pageCount());
    for (int i = 0; i < m_window->pageCount(); ++i) {
        QAction* go = view->actions().at(i);
        QCOMPARE(go->shortcut(), QKeySequence(QKeyCombination(modifiersFor(i), digitFor(i))));
        QVERIFY(!go->text().isEmpty());
    }
}

void TestHelpAndKeyboard::ctrlDigitsSwitchPages()
{
    QVERIFY(m_window->pageCount() >= 2);
    for (int i = m_window->pageCount() - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), digitFor(i), modifiersFor(i));
        QCOMPARE(m_window->currentPage(), i);
        QVERIFY(m_window->pageWidget(i)->isVisible());
    }
}

void TestHelpAndKeyboard::f1OpensTheUserGuide()
{
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    ui::UserGuideDialog* guide = nullptr;
    QTRY_VERIFY((guide = m_window->findChild<ui::UserGuideDialog*>()) != nullptr && guide->isVisible());
    const QString text = guide->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Sluice user guide")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("Read-only mode")));
    // Escape closes it again: the keyboard gets in and out.
    QTest::keyClick(guide, Qt::Key_Escape);
    QTRY_VERIFY(m_window->findChild<ui::UserGuideDialog*>() == nullptr);
}

void TestHelpAndKeyboard::aboutNamesVersionLicenseAndLibraries()
{
    ui::AboutDialog about(m_window.get());
    QStringList texts;
    for (auto* label : about.findChildren<QLabel*>()) {
        texts << label->text();
    }
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Sluice %1").arg(QStringLiteral(SLUICE_VERSION))));
    QVERIFY(all.contains(QStringLiteral("Apache License 2.0")));
    QVERIFY(all.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
    QVERIFY(all.contains(QStringLiteral("SQLite %1").arg(QString::fromLatin1(sqlite3_libversion()))));
    QVERIFY(about.details().contains(QStringLiteral("nlohmann/json")));
    // It promises only what the console does: there is no what-if simulation of policy changes.
    QVERIFY2(!all.contains(QStringLiteral("what-if")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("simulated traffic")));
}

void TestHelpAndKeyboard::overrideDialogWorksFromTheKeyboardAlone()
{
    ui::ThrottleOverrideDialog dialog(engine::ThrottleLevel::None);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    // The reason has the focus first: it is the one field without a default.
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("overrideReason"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("database failover"));
    // Alt+L reaches the level through its label's mnemonic; arrows choose.
    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("overrideLevel"));
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    }
    // Tab walks on to the reason, then to the duration, in reading order.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("overrideReason"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("overrideForDuration"));
    // Enter accepts with the default button.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.level(), engine::ThrottleLevel::High);
    QCOMPARE(dialog.reason(), QStringLiteral("database failover"));
    QVERIFY(dialog.durationMinutes().has_value());
}

QTEST_MAIN(TestHelpAndKeyboard)
#include "tst_help_and_keyboard.moc"
