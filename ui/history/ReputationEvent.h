// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace sluice::ui {

// One row of reputation_events: a violation or a tier change of one key.
struct ReputationEvent {
    qint64 id = 0;
    qint64 atMs = 0;  // Unix milliseconds
    QString kind;     // "violation" or "tier_changed"
    int severity = 0;
    double scoreBefore = 0;
    double scoreAfter = 0;
    QString tierBefore;
    QString tierAfter;
};

// What the database holds about one key, newest event first; `error` is a sentence when it could not be read.
struct KeyHistory {
    QString key;
    QList<ReputationEvent> events;
    QString error;
};

}  // namespace sluice::ui

Q_DECLARE_METATYPE(sluice::ui::KeyHistory)
