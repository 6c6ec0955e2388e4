// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "EngineClient.h"
#include "Format.h"
#include "pages/overview/OverviewPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

namespace sluice::ui {

MainWindow::MainWindow(EngineClient* engine, QWidget* parent)
    : QMainWindow(parent), m_engine(engine), m_sidebar(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_overview(new OverviewPage(this)), m_engineState(new QLabel(tr("Engine starting…"), this)),
      m_rate(new QLabel(this)), m_throttle(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Sluice"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFixedWidth(170);
    addPage(m_overview, tr("Overview"));
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (m_latest && m_pages->currentWidget() == m_overview) {
            m_overview->applySnapshot(*m_latest);
        }
    });
    m_sidebar->setCurrentRow(0);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_engineState->setObjectName(QStringLiteral("engineState"));
    m_rate->setObjectName(QStringLiteral("statusRate"));
    m_throttle->setObjectName(QStringLiteral("statusThrottle"));
    statusBar()->addWidget(m_engineState, 1);
    statusBar()->addPermanentWidget(m_rate);
    statusBar()->addPermanentWidget(m_throttle);

    connect(m_engine, &EngineClient::snapshotReady, this, &MainWindow::applySnapshot);
    resize(1280, 800);
}

void MainWindow::addPage(QWidget* page, const QString& title)
{
    m_pages->addWidget(page);
    m_sidebar->addItem(title);
}

int MainWindow::currentPage() const { return m_sidebar->currentRow(); }
void MainWindow::setCurrentPage(int index)
{
    if (index >= 0 && index < m_sidebar->count()) {
        m_sidebar->setCurrentRow(index);
    }
}
int MainWindow::pageCount() const { return m_sidebar->count(); }

void MainWindow::setEngineState(const QString& text) { m_engineState->setText(text); }

void MainWindow::applySnapshot(const engine::SnapshotPtr& snapshot)
{
    m_latest = snapshot;
    m_engineState->setText(tr("Engine running · %1 keys").arg(formatCount(snapshot->activeKeys)));
    m_rate->setText(formatRate(OverviewPage::recentRate(*snapshot, 10)));
    m_throttle->setText(tr("Throttle: %1").arg(throttleName(snapshot->throttleLevel)));
    if (m_pages->currentWidget() == m_overview) {  // hidden pages do no work
        m_overview->applySnapshot(*snapshot);
    }
}

}  // namespace sluice::ui
