// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/LogPreview.h"

#include <QThread>

#include <memory>

namespace sluice::ui {

LogPreviewer::~LogPreviewer()
{
    if (m_running != nullptr) {
        m_running->wait();
        delete m_running;
    }
}

void LogPreviewer::request(const LogSourceSettings& settings)
{
    m_waiting = settings;
    if (m_running == nullptr) {
        startNext();
    }
}

void LogPreviewer::startNext()
{
    if (!m_waiting) {
        return;
    }
    auto result = std::make_shared<LogPreviewResult>();
    m_running = QThread::create([settings = *m_waiting, result] { *result = previewLog(settings, kLines); });
    m_waiting.reset();
    connect(m_running, &QThread::finished, this, [this, result] {
        m_running->deleteLater();
        m_running = nullptr;
        // An answer already overtaken by newer settings is not shown.
        if (!m_waiting) {
            emit ready(*result);
        }
        startNext();
    });
    m_running->start();
}

}  // namespace sluice::ui
