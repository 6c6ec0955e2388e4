// SPDX-License-Identifier: Apache-2.0
// Tab reaches everything that takes the keyboard, on every page and in every dialog, in the order a person
// reads it.
//
// The reading order: a window is made of panes (the toolbar, each section of a splitter, each group box, each
// page of a stack) and a person reads one pane as a whole before the next. Among the panes and widgets of one
// pane, and inside each, the order is row by row: top to bottom, and left to right within a row. Rows and
// columns are found by recursive X-Y cut over the widgets' rectangles in window coordinates: split the set at
// every horizontal gap that no rectangle straddles and read the parts top to bottom; where there is none,
// split at the vertical gaps and read the parts left to right; repeat inside each part. So the sidebar, whose
// height spans the page, comes before the page; a row of buttons reads left to right; and two panes side by
// side are read one after the other even where their rows line up.
#include "EngineHost.h"
#include "MainWindow.h"
#include "help/AboutDialog.h"
#include "help/UserGuideDialog.h"
#include "pages/anomalies/AnomalySettingsDialog.h"
#include "pages/audit/AuditTableModel.h"
#include "pages/reputation/KeyDetailPane.h"
#include "pages/throttle/ThrottleOverrideDialog.h"
#include "pages/vip/VipAssignDialog.h"
#include "pages/vip/VipTierDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <map>

using namespace sluice;

namespace {

QString nameOf(const QWidget* w)
{
    if (!w->objectName().isEmpty()) {
        return w->objectName();
    }
    if (!w->accessibleName().isEmpty()) {
        return w->accessibleName();
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(w); button && !button->text().isEmpty()) {
        return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), button->text());
    }
    return QString::fromLatin1(w->metaObject()->className());
}

bool isPane(const QWidget* w)
{
    const QWidget* parent = w->parentWidget();
    return qobject_cast<const QGroupBox*>(w) || qobject_cast<const QToolBar*>(w) ||
           qobject_cast<const QSplitter*>(parent) || qobject_cast<const QStackedWidget*>(parent);
}

// The panes around `w`, outermost first.
QList<QWidget*> panesAround(QWidget* w)
{
    QList<QWidget*> panes;
    for (QWidget* p = w->parentWidget(); p != nullptr && !p->isWindow(); p = p->parentWidget()) {
        if (isPane(p)) {
            panes.prepend(p);
        }
    }
    return panes;
}

struct Unit {
    QWidget* widget;  // a pane or a tab stop
    QRect rect;       // in window coordinates
};

// Splits `units` at the gaps along one axis; one part when there is no gap.
QList<QList<Unit>> bands(QList<Unit> units, bool horizontalCut)
{
    const auto start = [horizontalCut](const Unit& u) { return horizontalCut ? u.rect.top() : u.rect.left(); };
    const auto end = [horizontalCut](const Unit& u) { return horizontalCut ? u.rect.bottom() : u.rect.right(); };
    std::stable_sort(units.begin(), units.end(), [&](const Unit& a, const Unit& b) { return start(a) < start(b); });
    QList<QList<Unit>> parts;
    int reach = 0;
    for (const Unit& u : units) {
        if (parts.isEmpty() || start(u) > reach) {
            parts.append(QList<Unit>());
            reach = end(u);
        }
        parts.last().append(u);
        reach = std::max(reach, end(u));
    }
    return parts;
}

QList<Unit> xyCut(const QList<Unit>& units)
{
    if (units.size() < 2) {
        return units;
    }
    for (const bool horizontalCut : {true, false}) {
        const QList<QList<Unit>> parts = bands(units, horizontalCut);
        if (parts.size() > 1) {
            QList<Unit> ordered;
            for (const QList<Unit>& part : parts) {
                ordered += xyCut(part);
            }
            return ordered;
        }
    }
    return units;  // overlapping rectangles: no order to read
}

// `stops` in reading order; `depth` is how many panes deep they all are.
QList<QWidget*> readingOrder(const QList<QWidget*>& stops, qsizetype depth = 0)
{
    QList<Unit> units;
    QHash<QWidget*, QList<QWidget*>> inside;  // pane -> its stops
    for (QWidget* stop : stops) {
        const QList<QWidget*> panes = panesAround(stop);
        QWidget* unit = panes.size() > depth ? panes[depth] : stop;
        if (!inside.contains(unit)) {
            units.append({unit, QRect(unit->mapTo(unit->window(), QPoint(0, 0)), unit->size())});
        }
        inside[unit].append(stop);
    }
    QList<QWidget*> ordered;
    for (const Unit& u : xyCut(units)) {
        ordered += inside[u.widget].size() == 1 && inside[u.widget].first() == u.widget
                       ? inside[u.widget]
                       : readingOrder(inside[u.widget], depth + 1);
    }
    return ordered;
}

// Tab enters a group of exclusive radio buttons at the checked one; arrows choose within the group.
bool isUncheckedChoice(const QWidget* w)
{
    const auto* radio = qobject_cast<const QRadioButton*>(w);
    if (radio == nullptr || !radio->autoExclusive() || radio->isChecked()) {
        return false;
    }
    const auto siblings = w->parentWidget()->findChildren<QRadioButton*>(Qt::FindDirectChildrenOnly);
    return std::any_of(siblings.begin(), siblings.end(),
                       [](const QRadioButton* r) { return r->autoExclusive() && r->isChecked(); });
}

// What Tab should reach: shown, enabled, taking focus by Tab, and not handing it on to another widget.
QList<QWidget*> tabStops(QWidget* window)
{
    QList<QWidget*> stops;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() == window && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            w->focusProxy() == nullptr && !isUncheckedChoice(w)) {
            stops.append(w);
        }
    }
    return stops;
}

QStringList names(const QList<QWidget*>& widgets)
{
    QStringList out;
    for (const QWidget* w : widgets) {
        out << nameOf(w);
    }
    return out;
}

// Presses Tab from `first` until the focus comes back to it; a widget that keeps the focus for many presses
// in a row (a table walking its cells) ends the walk.
QList<QWidget*> walkTabChain(QWidget* first, int maxPresses)
{
    QList<QWidget*> chain{first};
    int samePresses = 0;
    for (int press = 0; press < maxPresses; ++press) {
        QWidget* from = QApplication::focusWidget();
        QTest::keyClick(from, Qt::Key_Tab);
        QWidget* to = QApplication::focusWidget();
        if (to == nullptr || to == first) {
            break;
        }
        if (to == from) {
            if (++samePresses > 100) {
                break;
            }
            continue;  // a text browser walks its links first
        }
        samePresses = 0;
        chain.append(to);
    }
    return chain;
}

// Empty when Tab walks `window` in reading order, else what is wrong, by widget name.
QString tabOrderProblems(QWidget* window)
{
    const QList<QWidget*> stops = tabStops(window);
    if (stops.isEmpty()) {
        return QStringLiteral("nothing in %1 takes the focus by Tab").arg(nameOf(window));
    }
    QStringList problems;
    for (QWidget* w : stops) {
        const auto* view = qobject_cast<QAbstractItemView*>(w);
        if (view && view->tabKeyNavigation()) {
            problems
                << QStringLiteral("%1 keeps Tab to walk its cells; arrows do that, Tab should leave it").arg(nameOf(w));
        }
    }
    const QList<QWidget*> expected = readingOrder(stops);
    expected.first()->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != expected.first()) {
        return QStringLiteral("%1 does not take the focus").arg(nameOf(expected.first()));
    }
    const QList<QWidget*> actual = walkTabChain(expected.first(), 3 * static_cast<int>(stops.size()) + 200);
    for (QWidget* w : expected) {
        if (!actual.contains(w)) {
            problems << QStringLiteral("never reached by Tab: %1").arg(nameOf(w));
        }
    }
    for (qsizetype i = 1; i < actual.size(); ++i) {
        const qsizetype before = expected.indexOf(actual[i - 1]);
        const qsizetype here = expected.indexOf(actual[i]);
        if (here < 0) {
            problems << QStringLiteral("Tab goes to %1, which is not a visible tab stop").arg(nameOf(actual[i]));
        } else if (before >= 0 && here != before + 1) {
            problems << QStringLiteral("out of order: Tab goes from %1 to %2; the next in reading order is %3")
                            .arg(nameOf(actual[i - 1]), nameOf(actual[i]),
                                 before + 1 < expected.size() ? nameOf(expected[before + 1]) : nameOf(expected[0]));
        }
    }
    if (problems.isEmpty()) {
        return {};
    }
    problems << QStringLiteral("reading order: %1").arg(names(expected).join(QStringLiteral(", ")))
             << QStringLiteral("Tab order:     %1").arg(names(actual).join(QStringLiteral(", ")));
    return problems.join(QLatin1Char('\n'));
}

}  // namespace

class TestTabOrder final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pageFollowsTheLayout_data();
    void pageFollowsTheLayout();
    void dialogFollowsTheLayout_data();
    void dialogFollowsTheLayout();
    void theCheckFindsAnOrderAgainstTheLayout();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::EngineHost> m_host;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestTabOrder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    engine::RuntimeOptions o;
    o.databasePath = m_dir->filePath(QStringLiteral("sluice.db")).toStdString();
    app::SimulationOptions sim;
    sim.scenario = QStringLiteral("normal-day");  // the toolbar's simulation controls are enabled
    m_host = std::make_unique<app::EngineHost>(o, sim);
    m_window = std::make_unique<ui::MainWindow>(m_host.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
}

void TestTabOrder::cleanup()
{
    m_window.reset();
    m_host.reset();
}

void TestTabOrder::pageFollowsTheLayout_data()
{
    QTest::addColumn<QString>("page");
    for (const char* page : {"overview", "reputation", "throttle", "vip", "audit", "sources", "anomalies"}) {
        QTest::newRow(page) << QString::fromLatin1(page);
    }
}

void TestTabOrder::pageFollowsTheLayout()
{
    QFETCH(QString, page);
    int index = 0;
    while (index < m_window->pageCount() && m_window->pageId(index) != page) {
        ++index;
    }
    QVERIFY(index < m_window->pageCount());
    m_window->setCurrentPage(index);
    QWidget* widget = m_window->pageWidget(index);
    QVERIFY(widget->isVisible());
    if (auto* detail = widget->findChild<ui::KeyDetailPane*>()) {
        detail->showKey(QStringLiteral("key-1"));  // its chart and events list show once a key is chosen
    }
    if (auto* audit = widget->findChild<ui::AuditTableModel*>()) {
        // The first answer decides between the table and the empty-log text.
        auto* count = widget->findChild<QLabel*>(QStringLiteral("auditCount"));
        QTRY_VERIFY(!audit->isLoading() && count && !count->text().isEmpty());
    }
    const QString problems = tabOrderProblems(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestTabOrder::dialogFollowsTheLayout_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char* dialog : {"vipAssign", "vipTier", "throttleOverride", "anomalySettings", "about", "userGuide"}) {
        QTest::newRow(dialog) << QString::fromLatin1(dialog);
    }
}

void TestTabOrder::dialogFollowsTheLayout()
{
    QFETCH(QString, dialog);
    const std::vector<engine::VipTierUsage> tiers{{"gold", 1.5, 0}, {"silver", 1.2, 0}};
    const std::map<QString, std::function<QDialog*()>> make{
        {QStringLiteral("vipAssign"), [&] { return new ui::VipAssignDialog(tiers, 0, nullptr); }},
        {QStringLiteral("vipTier"), [] { return new ui::VipTierDialog(QString(), 1.5, false); }},
        {QStringLiteral("throttleOverride"),
         [] { return new ui::ThrottleOverrideDialog(engine::ThrottleLevel::None); }},
        {QStringLiteral("anomalySettings"), [this] { return new ui::AnomalySettingsDialog(m_host.get()); }},
        {QStringLiteral("about"), [] { return new ui::AboutDialog; }},
        {QStringLiteral("userGuide"), [] { return new ui::UserGuideDialog; }},
    };
    const std::unique_ptr<QDialog> shown(make.at(dialog)());
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    shown->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), shown.get());
    const QString problems = tabOrderProblems(shown.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestTabOrder::theCheckFindsAnOrderAgainstTheLayout()
{
    // Three buttons in a row, the middle one made last: Tab jumps from the left to the right one first.
    QWidget window;
    QList<QPushButton*> buttons;
    for (const char* name : {"left", "right", "middle"}) {
        buttons << new QPushButton(QString::fromLatin1(name), &window);
        buttons.last()->setObjectName(QString::fromLatin1(name));
    }
    auto* layout = new QHBoxLayout(&window);
    for (const int i : {0, 2, 1}) {
        layout->addWidget(buttons[i]);
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), &window);
    const QString problems = tabOrderProblems(&window);
    QVERIFY2(problems.contains(
                 QStringLiteral("out of order: Tab goes from left to right; the next in reading order is middle")),
             qPrintable(problems));
    QWidget::setTabOrder(buttons[0], buttons[2]);
    QVERIFY2(tabOrderProblems(&window).isEmpty(), qPrintable(tabOrderProblems(&window)));
}

QTEST_MAIN(TestTabOrder)
#include "tst_tab_order.moc"
