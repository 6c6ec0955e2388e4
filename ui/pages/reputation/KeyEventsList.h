// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ReputationEvent.h"

#include <QTreeWidget>

namespace sluice::ui {

// A key's violations and tier changes, newest first: when, what, and how the score moved.
class KeyEventsList final : public QTreeWidget {
    Q_OBJECT

public:
    explicit KeyEventsList(QWidget* parent = nullptr);

    void setEvents(const QList<ReputationEvent>& events);
    static QString describe(const ReputationEvent& event);
};

}  // namespace sluice::ui
