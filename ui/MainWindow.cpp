// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "EngineClient.h"
#include "EngineTextTranslator.h"
#include "Format.h"
#include "Page.h"
#include "PageRegistry.h"
#include "RecentTraffic.h"
#include "charts/ChartColors.h"
#include "fleet/FleetFeed.h"
#include "fleet/FleetScopeBox.h"
#include "help/AboutDialog.h"
#include "help/UserGuideDialog.h"
#include "widgets/SimulationPaceLabel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <optional>

namespace sluice::ui {

namespace {
// The simulated traffic, which the Simulation toolbar and menu control.
std::optional<engine::SourceState> simulationOf(const QList<engine::SourceState>& sources)
{
    const auto it = std::find_if(sources.begin(), sources.end(),
                                 [](const engine::SourceState& s) { return s.kind == engine::SourceKind::Simulation; });
    return it == sources.end() ? std::nullopt : std::optional(*it);
}

// A moment of the watched file: the time to the second, and the date too when it is not today.
QString watchedMoment(engine::TimeNs at)
{
    const QDateTime moment = QDateTime::fromMSecsSinceEpoch(at / engine::kNsPerMs);
    const QString time = QLocale().toString(moment.time(), QStringLiteral("HH:mm:ss"));
    return moment.date() == QDate::currentDate()
               ? time
               : QLocale().toString(moment.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

// tr()'s plural count is an int; a count past it still reads as "many".
int clampedCount(std::uint64_t n) { return static_cast<int>(std::min<std::uint64_t>(n, INT_MAX)); }

struct SpeedChoice {
    const char* label;
    double speed;
};
constexpr SpeedChoice kSpeeds[] = {{"×1", 1}, {"×10", 10}, {"×100", 100}, {"×1000", 1000}, {"×10000", 10000}};
}  // namespace

MainWindow::MainWindow(EngineClient* engine, QWidget* parent, const QString& keychainService)
    : QMainWindow(parent), m_engine(engine), m_fleet(new FleetFeed(keychainService, this)),
      m_sidebar(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_engineState(new QLabel(tr("Engine starting…"), this)), m_clock(new QLabel(this)), m_rate(new QLabel(this)),
      m_throttle(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Sluice"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.sluice.Sluice.svg")));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    for (const PageEntry& entry : registeredPages()) {
        Page* page = entry.make(m_engine, m_fleet, this);
        page->setIdentity(entry.id, tr(entry.title), entry.icon.isEmpty() ? QIcon() : QIcon(entry.icon));
        addPage(page);
    }
    // As wide as the longest page title, with a count where a page shows one: every pixel more is taken from
    // the pages on a small screen.
    for (std::size_t i = 0; i < m_pageList.size(); ++i) {
        if (m_pageList[i]->countsUnread()) {
            m_sidebar->item(static_cast<int>(i))->setText(sidebarText(m_pageList[i]->title(), kMaxShownUnread + 1));
        }
    }
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() + 24);
    for (std::size_t i = 0; i < m_pageList.size(); ++i) {
        m_sidebar->item(static_cast<int>(i))->setText(m_pageList[i]->title());
    }
    // A page shown after a while catches up by itself (Page): switching only changes what is visible.
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::syncFleetScope);
    m_sidebar->setCurrentRow(0);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    buildToolBar();
    buildMenus();

    m_engineState->setObjectName(QStringLiteral("engineState"));
    m_clock->setObjectName(QStringLiteral("statusClock"));
    m_rate->setObjectName(QStringLiteral("statusRate"));
    m_throttle->setObjectName(QStringLiteral("statusThrottle"));
    statusBar()->addWidget(m_engineState, 1);
    statusBar()->addPermanentWidget(m_clock);
    statusBar()->addPermanentWidget(m_rate);
    statusBar()->addPermanentWidget(m_throttle);
    m_storeWarning = new QLabel(this);
    m_storeWarning->setObjectName(QStringLiteral("statusStoreWarning"));
    // A red that reads on the palette in use: dark red on light windows, a light red on dark ones.
    m_storeWarning->setStyleSheet(
        QStringLiteral("QLabel { color: %1; font-weight: bold; }")
            .arg(ChartColors::isDark(palette()) ? QStringLiteral("#ff8a80") : QStringLiteral("#b00020")));
    m_storeWarning->hide();
    statusBar()->addPermanentWidget(m_storeWarning);
    if (m_engine->readOnly()) {
        m_readOnly = new QLabel(tr("Read-only"), this);
        m_readOnly->setObjectName(QStringLiteral("statusReadOnly"));
        QFont bold = m_readOnly->font();
        bold.setBold(true);
        m_readOnly->setFont(bold);
        m_readOnly->setToolTip(tr("Started with --read-only: this console watches; admin changes are turned off."));
        statusBar()->addPermanentWidget(m_readOnly);
    }

    connect(m_engine, &EngineClient::snapshotReady, this, &MainWindow::applySnapshot);
    connect(m_engine, &EngineClient::sourcesChanged, this, &MainWindow::syncSimulationControls);
    resize(1280, 800);
}

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Simulation"));
    bar->setObjectName(QStringLiteral("simulationToolBar"));
    bar->setMovable(false);
    m_playPause = bar->addAction(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"));
    m_playPause->setObjectName(QStringLiteral("playPauseAction"));
    m_playPause->setCheckable(true);
    m_playPause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    m_playPause->setToolTip(tr("Pause or resume the simulated traffic (%1)")
                                .arg(m_playPause->shortcut().toString(QKeySequence::NativeText)));
    connect(m_playPause, &QAction::toggled, this, [this](bool paused) {
        controlSimulation(engine::control::SetPaused{paused});
        showPaused(paused);
    });

    bar->addWidget(new QLabel(tr(" Speed "), bar));
    m_speed = new QComboBox(bar);
    m_speed->setObjectName(QStringLiteral("speedCombo"));
    m_speed->setAccessibleName(tr("Simulation speed"));
    for (const auto& choice : kSpeeds) {
        m_speed->addItem(QString::fromUtf8(choice.label), choice.speed);
    }
    m_speed->addItem(tr("Max"), 0.0);
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { controlSimulation(engine::control::SetSpeed{m_speed->itemData(index).toDouble()}); });
    bar->addWidget(m_speed);
    // In a box of its own: a toolbar keeps the widgets it holds directly visible whatever they ask.
    auto* paceBox = new QWidget(bar);
    auto* paceLayout = new QHBoxLayout(paceBox);
    paceLayout->setContentsMargins(0, 0, 0, 0);
    m_pace = new SimulationPaceLabel(paceBox);
    paceLayout->addWidget(m_pace);
    bar->addWidget(paceBox);

    bar->addWidget(new QLabel(tr(" Scenario "), bar));
    m_scenario = new QComboBox(bar);
    m_scenario->setObjectName(QStringLiteral("scenarioCombo"));
    m_scenario->setAccessibleName(tr("Scenario"));
    if (const auto simulation = simulationOf(m_engine->sources())) {
        for (const std::string& choice : simulation->choices) {
            m_scenario->addItem(QString::fromStdString(choice));
        }
    }
    connect(m_scenario, &QComboBox::textActivated, this,
            [this](const QString& name) { controlSimulation(engine::control::Choose{name.toStdString()}); });
    bar->addWidget(m_scenario);

    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Time range "), bar));
    m_range = new QComboBox(bar);
    m_range->setObjectName(QStringLiteral("timeRangeCombo"));
    m_range->setAccessibleName(tr("Time range of the charts"));
    for (const TimeRange r : {TimeRange::FiveMinutes, TimeRange::OneHour, TimeRange::OneDay, TimeRange::OneWeek}) {
        m_range->addItem(timeRangeName(r), static_cast<int>(r));
    }
    connect(m_range, &QComboBox::activated, this, [this](int index) {
        m_rangeValue = static_cast<TimeRange>(m_range->itemData(index).toInt());
        for (Page* page : m_pageList) {
            page->setTimeRange(m_rangeValue);
        }
        emit timeRangeChanged(m_rangeValue);
    });
    bar->addWidget(m_range);
    for (Page* page : m_pageList) {
        page->setTimeRange(m_rangeValue);  // the pages start where the selector starts
    }

    // Which engine the dashboards show: only once a fleet is attached (the Fleet page) and has answered.
    m_fleetScope = new FleetScopeBox(m_fleet, bar);
    m_fleetScopeAction = bar->addWidget(m_fleetScope);
    connect(m_fleetScope, &FleetScopeBox::scopeChanged, this, [this](const QString& scope) {
        for (Page* page : m_pageList) {
            page->setFleetScope(scope);
        }
        syncFleetScope();
    });
    connect(m_fleetScope, &FleetScopeBox::offersFleetChanged, this, &MainWindow::syncFleetScope);
    syncFleetScope();
    syncSimulationControls();
}

void MainWindow::syncFleetScope()
{
    if (m_fleetScope == nullptr) {
        return;  // while the toolbar is built
    }
    m_fleetScopeAction->setVisible(m_fleetScope->offersFleet());
    const Page* current = page(currentPage());
    const bool shows = current != nullptr && current->showsFleet();
    m_fleetScope->setHonoured(shows);
    m_fleet->watch(this, shows && !m_fleetScope->scope().isEmpty());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    m_fleet->restore();  // once: a fleet attached before is watched again without a visit to its page
}

void MainWindow::buildMenus()
{
    // Every action the window offers is in a menu with its shortcut, so it can be found and learned.
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (int i = 0; i < pageCount(); ++i) {
        QAction* go = view->addAction(m_pageList[static_cast<std::size_t>(i)]->title());
        go->setObjectName(QStringLiteral("goTo_%1").arg(pageId(i)));
        if (i < 9) {
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        } else if (i == 9) {
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));  // the tenth page, as on the keyboard's row
        } else if (i < 19) {
            // Beyond the number row: Ctrl+Shift and the digits again, the eleventh page on 1.
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | static_cast<Qt::Key>(Qt::Key_1 + i - 10)));
        }
        connect(go, &QAction::triggered, this, [this, i] { setCurrentPage(i); });
    }

    QMenu* simulation = menuBar()->addMenu(tr("&Simulation"));
    simulation->addAction(m_playPause);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] {
        auto* dialog = new UserGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    QAction* about = help->addAction(tr("&About Sluice"), this, [this] {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::controlSimulation(const engine::SourceControl& control)
{
    if (const auto simulation = simulationOf(m_engine->sources())) {
        m_engine->controlSource(QString::fromStdString(simulation->id), control);
    }
}

QString MainWindow::sourcesText() const
{
    QString text;
    for (const engine::SourceState& source : m_engine->sources()) {
        if (source.name.empty()) {
            continue;  // idle: nothing chosen, nothing fed
        }
        const QString name = QString::fromStdString(source.name);
        switch (source.kind) {
        case engine::SourceKind::Simulation:
            text += source.paused ? tr(" · %1 paused").arg(name) : tr(" · simulating %1").arg(name);
            break;
        case engine::SourceKind::LogTail:
            text += source.paused ? tr(" · %1 paused").arg(name) : tr(" · following %1").arg(name);
            break;
        case engine::SourceKind::LogReplay:
            text += source.paused ? tr(" · %1 paused").arg(name) : tr(" · replaying %1").arg(name);
            break;
        case engine::SourceKind::HttpListener:
            text += tr(" · checks on %1").arg(name);
            break;
        }
    }
    return text;
}

void MainWindow::syncSimulationControls()
{
    const engine::SourceState state = simulationOf(m_engine->sources()).value_or(engine::SourceState{});
    const bool simulated = !state.name.empty();
    m_playPause->setEnabled(simulated);
    m_speed->setEnabled(simulated);
    m_scenario->setEnabled(simulated);
    const QSignalBlocker blockPause(m_playPause);
    m_playPause->setChecked(state.paused);
    showPaused(state.paused);
    const int speedIndex = m_speed->findData(state.speed);
    if (speedIndex >= 0) {
        m_speed->setCurrentIndex(speedIndex);
    }
    const int scenarioIndex = m_scenario->findText(QString::fromStdString(state.name));
    if (scenarioIndex >= 0) {
        m_scenario->setCurrentIndex(scenarioIndex);
    }
}

void MainWindow::showPaused(bool paused)
{
    m_playPause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_playPause->setText(paused ? tr("Resume") : tr("Pause"));
}

void MainWindow::addPage(Page* page)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(page->title(), m_sidebar);
    if (!page->icon().isNull()) {
        item->setIcon(page->icon());
    }
    m_pageList.push_back(page);
    connect(page, &Page::keyRequested, this, &MainWindow::passKeyRequest);
    connect(page, &Page::unreadChanged, this, [item, page](int count) {
        item->setText(sidebarText(page->title(), count));
        const QString own = count > 0 ? page->unreadToolTip(count) : QString();
        item->setToolTip(count <= 0      ? QString()
                         : own.isEmpty() ? tr("%n new since you last looked", nullptr, count)
                                         : own);
    });
}

QString MainWindow::sidebarText(const QString& title, int unread)
{
    if (unread <= 0) {
        return title;
    }
    return tr("%1 (%2)").arg(title,
                             unread > kMaxShownUnread ? tr("%1+").arg(kMaxShownUnread) : QString::number(unread));
}

void MainWindow::passKeyRequest(Page::KeyRequest request, const QString& key)
{
    for (std::size_t i = 0; i < m_pageList.size(); ++i) {
        if (m_pageList[i]->takeKeyRequest(request, key)) {
            setCurrentPage(static_cast<int>(i));
            return;
        }
    }
}

int MainWindow::currentPage() const { return m_sidebar->currentRow(); }

void MainWindow::setCurrentPage(int index)
{
    if (index >= 0 && index < m_sidebar->count()) {
        m_sidebar->setCurrentRow(index);
    }
}

int MainWindow::pageCount() const { return m_sidebar->count(); }

QWidget* MainWindow::pageWidget(int index) const { return page(index); }

Page* MainWindow::page(int index) const
{
    return index >= 0 && index < pageCount() ? m_pageList[static_cast<std::size_t>(index)] : nullptr;
}

QString MainWindow::pageId(int index) const
{
    const Page* p = page(index);
    return p != nullptr ? p->id() : QString();
}

int MainWindow::pageIndex(const QString& id) const
{
    const auto it = std::find_if(m_pageList.begin(), m_pageList.end(), [&id](const Page* p) { return p->id() == id; });
    return it == m_pageList.end() ? -1 : static_cast<int>(it - m_pageList.begin());
}

void MainWindow::setCurrentPageId(const QString& id) { setCurrentPage(pageIndex(id)); }

void MainWindow::setEngineState(const QString& text) { m_engineState->setText(text); }

void MainWindow::applySnapshot(const engine::SnapshotPtr& snapshot)
{
    if (snapshot->watch.watching) {
        showWatching(snapshot->watch);
    } else {
        m_engineState->setText(tr("Engine running · %1 active keys").arg(formatCount(snapshot->activeKeys)) +
                               sourcesText());
    }
    m_clock->setText(
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(snapshot->at / engine::kNsPerMs), QLocale::ShortFormat));
    m_rate->setText(formatRate(recentRate(*snapshot, 10)));
    m_pace->update(simulationOf(m_engine->sources()).value_or(engine::SourceState{}));
    const engine::ThrottleView& throttle = snapshot->throttle;
    // An override is the first thing ops ask about when limits look odd, so it shows on every page.
    m_throttle->setText(throttle.automatic
                            ? tr("Throttle: %1").arg(throttleName(throttle.level))
                            : tr("Throttle: %1 (override by %2)")
                                  .arg(throttleName(throttle.level), QString::fromStdString(throttle.actor)));
    showStoreHealth(snapshot->store);
    for (Page* page : m_pageList) {
        page->apply(snapshot);  // a hidden page only keeps it and draws when shown
    }
}

void MainWindow::showWatching(const engine::WatchView& watch)
{
    const QString path = QString::fromStdString(watch.databasePath);
    const QString file = QFileInfo(path).fileName();
    const QString writtenAt = watchedMoment(watch.stateWrittenAt != 0 ? watch.stateWrittenAt : watch.stateReadAt);
    QString tip = tr("Watching %1, which another Sluice writes. The state on show was written at %2 and read at %3; "
                     "it is read again after each change.")
                      .arg(path, writtenAt, watchedMoment(watch.stateReadAt));
    if (watch.error.empty()) {
        m_engineState->setText(tr("Watching %1 · state of %2").arg(file, writtenAt));
    } else {
        m_engineState->setText(tr("Watching %1 · cannot read it · state of %2").arg(file, writtenAt));
        tip += QLatin1Char('\n') + localizedEngineText(watch.error);
    }
    m_engineState->setToolTip(tip);
    if (m_readOnly != nullptr && !m_watching) {
        m_readOnly->setText(tr("Watching"));
        m_readOnly->setToolTip(
            tr("This console watches a database that another Sluice writes: admin changes are made there."));
    }
    m_watching = true;
}

void MainWindow::showStoreHealth(const engine::StoreHealth& health)
{
    // Stays up as long as the store fails, so nobody mistakes the history on screen for the history on disk.
    if (!health.failing()) {
        m_storeWarning->hide();
        return;
    }
    const std::uint64_t unsaved = health.eventsPending.total() + health.eventsDropped.total();
    // Short, so it fits beside the other status figures at 1024 pixels in German too; the cause is in the tooltip.
    m_storeWarning->setText(tr("Not saved: %Ln event(s), retrying", nullptr, clampedCount(unsaved)));
    m_storeWarning->setToolTip(
        tr("%1\nHistory is kept in memory and written as soon as the database takes it. Dropped beyond the "
           "memory bound: %2 events.")
            .arg(QString::fromStdString(health.lastError), formatCount(health.eventsDropped.total())));
    m_storeWarning->show();
}

}  // namespace sluice::ui
