// SPDX-License-Identifier: Apache-2.0
#include "history/DatabaseReader.h"

namespace sluice::ui {

DatabaseReader::DatabaseReader(const QString& databasePath, const QString& threadName, QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(threadName);
    if (databasePath.isEmpty()) {
        return;
    }
    m_context = new Context(databasePath);
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DatabaseReader::~DatabaseReader()
{
    m_thread.quit();
    m_thread.wait();
}

}  // namespace sluice::ui
