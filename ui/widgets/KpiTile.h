// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

namespace sluice::ui {

class ElidedLabel;

// One key figure: a caption and a large value, read out by screen readers as "caption: value".
class KpiTile final : public QFrame {
    Q_OBJECT

public:
    explicit KpiTile(const QString& caption, QWidget* parent = nullptr);
    void setValue(const QString& value);
    QString value() const;

private:
    ElidedLabel* m_caption;
    ElidedLabel* m_value;
};

}  // namespace sluice::ui
