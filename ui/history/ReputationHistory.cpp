// SPDX-License-Identifier: Apache-2.0
#include "history/ReputationHistory.h"

#include "history/KeyHistoryQuery.h"

#include <QMetaObject>

namespace sluice::ui {

ReputationHistory::ReputationHistory(const QString& databasePath, QObject* parent)
    : QObject(parent), m_reader(databasePath, QStringLiteral("reputation-history"))
{
    qRegisterMetaType<KeyHistory>();
}

quint64 ReputationHistory::request(const QString& key)
{
    const quint64 id = m_nextId++;
    if (!m_reader.hasDatabase()) {
        // Nothing is persisted: every answer is an empty history, still given asynchronously.
        QMetaObject::invokeMethod(
            this,
            [this, id, key] {
                emit ready(id, KeyHistory{key, {}, {}});
            },
            Qt::QueuedConnection);
        return id;
    }
    m_reader.read<KeyHistory>([key](ReadOnlyConnection& c) { return readKeyHistory(c, key, kMaxEvents); },
                              [this, id](const KeyHistory& history) { emit ready(id, history); });
    return id;
}

}  // namespace sluice::ui
