// SPDX-License-Identifier: Apache-2.0
#include "Console.h"

#include "AppSettings.h"
#include "EngineHost.h"
#include "HttpListenerPersistence.h"
#include "LogSourcePersistence.h"
#include "MainWindow.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace sluice::app {

Console::Console(ConsoleSetup setup, AppSettings& settings, WatchOffer offer, QObject* parent)
    : QObject(parent), m_setup(std::move(setup)), m_settings(settings), m_offer(std::move(offer))
{
    build();
    if (!m_settings.windowGeometry().isEmpty()) {
        m_window->restoreGeometry(m_settings.windowGeometry());
    }
    if (const QString page = m_settings.lastPage(); !page.isEmpty()) {
        m_window->setCurrentPageId(page);
    } else {
        m_window->setCurrentPage(m_settings.legacyLastPageIndex());  // stored by an older version; an id from now on
    }
}

Console::~Console()
{
    m_window.reset();  // its pages hold the host
    m_host.reset();
}

void Console::build()
{
    m_host = std::make_unique<EngineHost>(m_setup.options, m_setup.simulation);
    m_window = std::make_unique<ui::MainWindow>(m_host.get(), nullptr, m_setup.keychainService);
    connect(m_host.get(), &EngineHost::failed, this, &Console::startFailed);
    keepLogSources(*m_host, m_settings);
    keepHttpListener(*m_host, m_settings);
    if (!m_setup.keychainService.isEmpty() && !m_setup.options.readOnly) {
        m_host->openKeychain(m_setup.keychainService);
    }
}

void Console::start()
{
    m_window->show();
    m_host->start();
}

void Console::finish()
{
    m_settings.setWindowGeometry(m_window->saveGeometry());
    m_settings.setLastPage(m_window->pageId(m_window->currentPage()));
    m_host->stop();  // decides what is queued and writes everything before the process ends
}

void Console::startFailed(const QString& error)
{
    m_window->setEngineState(QCoreApplication::translate("main", "Engine stopped: %1").arg(error));
    if (!m_host->databaseInUse() || m_setup.options.watch) {
        QMessageBox::critical(m_window.get(), QCoreApplication::translate("main", "Sluice cannot start its engine"),
                              error);
        return;
    }
    if (m_offer(m_window.get(), error)) {
        // Not from inside the signal of the host about to be replaced.
        QMetaObject::invokeMethod(this, &Console::watchInstead, Qt::QueuedConnection);
    } else {
        emit gaveUp();
    }
}

void Console::watchInstead()
{
    const QByteArray geometry = m_window->saveGeometry();
    const QString page = m_window->pageId(m_window->currentPage());
    std::unique_ptr<ui::MainWindow> oldWindow = std::move(m_window);
    std::unique_ptr<EngineHost> oldHost = std::move(m_host);
    m_setup.watchInstead();
    build();
    m_window->restoreGeometry(geometry);
    m_window->setCurrentPageId(page);
    m_window->show();  // before the old window goes, so the application never sees its last window close
    oldWindow.reset();
    oldHost.reset();
    m_host->start();
    emit watching();
}

bool Console::askToWatch(QWidget* parent, const QString& error)
{
    QMessageBox box(QMessageBox::Question, tr("The database is in use"),
                    tr("Another Sluice, such as a running sluice serve, has this database open.\n\n%1\n\n"
                       "You can watch it instead: the console then shows what that Sluice stores, follows it as it "
                       "writes, and changes nothing.")
                        .arg(error),
                    QMessageBox::NoButton, parent);
    QPushButton* watch = box.addButton(tr("Watch"), QMessageBox::AcceptRole);
    box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(watch);
    box.exec();
    return box.clickedButton() == watch;
}

}  // namespace sluice::app
