// SPDX-License-Identifier: Apache-2.0
// The page contract: a page draws only while visible, a hidden one marks itself stale and catches up once
// when shown, and its repeating work runs only while it is visible.
#include "Page.h"
#include "PageRegistry.h"

#include <QSet>
#include <QtTest>

#include <memory>

using namespace sluice;

namespace {

class CountingPage final : public ui::Page {
public:
    using Page::Page;
    int renders = 0;
    int catchUps = 0;
    int ticks = 0;
    int relabels = 0;
    void repeatEvery(int ms)
    {
        refreshWhileVisible(ms, [this] { ++ticks; });
    }

protected:
    void render() override { ++renders; }
    void catchUp() override
    {
        ++catchUps;
        render();
    }
    void timeRangeChanged() override { ++relabels; }
};

engine::SnapshotPtr snapshotAt(engine::TimeNs at)
{
    auto s = std::make_shared<engine::Snapshot>();
    s->at = at;
    return s;
}

}  // namespace

class TestPage final : public QObject {
    Q_OBJECT

private slots:
    void aVisiblePageDrawsEachSnapshot();
    void aHiddenPageCatchesUpOnceWhenShown();
    void aPageThatDrawsOnRequestIgnoresSnapshots();
    void repeatingWorkRunsOnlyWhileVisible();
    void everyRegisteredPageHasAUniqueIdAndATitle();
};

void TestPage::aVisiblePageDrawsEachSnapshot()
{
    CountingPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const engine::SnapshotPtr s = snapshotAt(1);
    page.apply(s);
    page.apply(snapshotAt(2));
    QCOMPARE(page.renders, 2);
    QCOMPARE(s.use_count(), 1);  // the page holds the newest snapshot only, shared, never a copy
    page.setTimeRange(ui::TimeRange::OneDay);
    QCOMPARE(page.relabels, 1);
    QCOMPARE(page.renders, 3);
    page.setTimeRange(ui::TimeRange::OneDay);  // the same range again changes nothing
    QCOMPARE(page.renders, 3);
    QCOMPARE(page.catchUps, 0);
}

void TestPage::aHiddenPageCatchesUpOnceWhenShown()
{
    CountingPage page;
    page.setTimeRange(ui::TimeRange::FiveMinutes);  // no snapshot yet: relabels, nothing to draw
    QCOMPARE(page.relabels, 1);
    page.apply(snapshotAt(1));
    page.apply(snapshotAt(2));
    page.setTimeRange(ui::TimeRange::OneWeek);
    QCOMPARE(page.renders, 0);  // hidden pages do no work
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.catchUps, 1);
    QCOMPARE(page.renders, 1);
    page.hide();
    page.show();  // nothing arrived in between
    QCOMPARE(page.renders, 1);
}

void TestPage::aPageThatDrawsOnRequestIgnoresSnapshots()
{
    CountingPage page(nullptr, ui::Page::Draws::OnRequest);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.apply(snapshotAt(1));
    page.setTimeRange(ui::TimeRange::OneDay);
    QCOMPARE(page.renders, 0);
    page.hide();
    page.apply(snapshotAt(2));
    page.show();
    QCOMPARE(page.renders, 0);
}

void TestPage::repeatingWorkRunsOnlyWhileVisible()
{
    CountingPage page(nullptr, ui::Page::Draws::OnRequest);
    page.repeatEvery(20);
    page.apply(snapshotAt(1));
    QCoreApplication::processEvents();
    QCOMPARE(page.ticks, 0);
    QVERIFY(!page.refreshing());  // nothing scheduled that could tick while hidden
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.refreshing());
    QTRY_VERIFY(page.ticks >= 3);  // once when shown, then every period
    page.hide();
    QVERIFY(!page.refreshing());
    const int ticks = page.ticks;
    QCoreApplication::processEvents();
    QCOMPARE(page.ticks, ticks);
}

void TestPage::everyRegisteredPageHasAUniqueIdAndATitle()
{
    QSet<QString> ids;
    for (const ui::PageEntry& entry : ui::registeredPages()) {
        QVERIFY(!entry.id.isEmpty());
        QVERIFY(entry.title != nullptr && *entry.title != '\0');
        QVERIFY2(!ids.contains(entry.id), qPrintable(entry.id));
        ids.insert(entry.id);
    }
    QCOMPARE(ids.size(), 12);
}

QTEST_MAIN(TestPage)
#include "tst_page.moc"
