// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/AdminActionRecord.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sluice::ui {

// One row of audit_log, as the chart markers read it too.
using AuditRecord = AdminActionRecord;

// Which rows to show. Empty strings and zero times mean "any".
struct AuditFilter {
    QString action;
    QString actor;
    QString text;        // found anywhere in the target or the reason
    qint64 sinceMs = 0;  // engine time, as the rows are shown (AdminActionRecord::shownAtMs)
    qint64 untilMs = 0;

    bool isEmpty() const
    {
        return action.isEmpty() && actor.isEmpty() && text.isEmpty() && sinceMs == 0 && untilMs == 0;
    }
};

// One page of rows, newest first, and what the filters can choose from.
struct AuditRows {
    QList<AuditRecord> rows;
    qint64 totalMatching = 0;
    bool more = false;  // rows older than the last one also match
    bool first = true;  // answers a fresh query rather than "more"
    QStringList actions;
    QStringList actors;
    QString error;  // a sentence when the log could not be read
};

}  // namespace sluice::ui

Q_DECLARE_METATYPE(sluice::ui::AuditRows)
