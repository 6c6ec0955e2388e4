// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/FlagsView.h"

#include <QWidget>

#include <string>
#include <utility>
#include <vector>

namespace sluice::ui {

// A flag's evaluations over the last hour, a bar per minute: the whole bar is how often it was evaluated, the
// filled part how often it was on. Small enough for a row; the numbers, and the split over the variants of a flag
// that has them, are in its tooltip.
class ExposureSparkline final : public QWidget {
    Q_OBJECT

public:
    explicit ExposureSparkline(QWidget* parent = nullptr);

    void setExposure(const std::vector<engine::ExposureBucket>& buckets);
    quint64 totalYes() const { return m_yes; }
    quint64 totalNo() const { return m_no; }

    QSize sizeHint() const override { return {96, 26}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<std::pair<quint64, quint64>> m_bars;          // yes, no per minute, oldest first
    std::vector<std::pair<std::string, quint64>> m_variants;  // decisions per variant over the hour
    quint64 m_yes = 0;
    quint64 m_no = 0;
};

}  // namespace sluice::ui
