// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>

namespace sluice::ui {

// The reason line of the throttle dialogs: the admin's own words for the history and the audit log, of a
// length the database keeps, and wide enough to show its hint whole in every language.
class ThrottleReasonEdit final : public QLineEdit {
    Q_OBJECT

public:
    static constexpr int kMaxLength = 500;

    ThrottleReasonEdit(const QString& hint, QWidget* parent = nullptr);

    // The typed words without surrounding blanks.
    QString reason() const { return text().trimmed(); }

    QSize sizeHint() const override;
};

}  // namespace sluice::ui
