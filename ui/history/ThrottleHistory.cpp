// SPDX-License-Identifier: Apache-2.0
#include "history/ThrottleHistory.h"

#include "history/ThrottleHistoryQuery.h"

#include <QMetaObject>

namespace sluice::ui {

ThrottleHistory::ThrottleHistory(const QString& databasePath, QObject* parent)
    : QObject(parent), m_reader(databasePath, QStringLiteral("throttle-history"))
{
    qRegisterMetaType<ThrottleHistoryData>();
}

quint64 ThrottleHistory::request(qint64 fromMs, qint64 toMs)
{
    const quint64 id = m_nextId++;
    if (!m_reader.hasDatabase()) {
        // Nothing is persisted: every answer is empty, still given asynchronously.
        ThrottleHistoryData empty;
        empty.fromMs = fromMs;
        empty.toMs = toMs;
        QMetaObject::invokeMethod(
            this, [this, id, empty] { emit ready(id, empty); }, Qt::QueuedConnection);
        return id;
    }
    m_reader.read<ThrottleHistoryData>(
        [fromMs, toMs](ReadOnlyConnection& c) { return readThrottleHistory(c, fromMs, toMs, kMaxPeriods); },
        [this, id](const ThrottleHistoryData& data) { emit ready(id, data); });
    return id;
}

}  // namespace sluice::ui
