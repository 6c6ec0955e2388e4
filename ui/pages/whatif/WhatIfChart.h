// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "whatif/WhatIfRun.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace sluice::ui {

// Both runs over time, overlaid: requests denied per second under A and under B, and of those the legitimate
// ones, against minutes from the start of the run.
class WhatIfChart final : public QChartView {
    Q_OBJECT

public:
    explicit WhatIfChart(QWidget* parent = nullptr);

    void setResult(const engine::whatif::WhatIfResult& result);
    void clear();
    int pointCount() const;  // of each series; for tests

private:
    std::array<QLineSeries*, 4> m_series{};  // A denied, B denied, A legitimate denied, B legitimate denied
    QValueAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
};

}  // namespace sluice::ui
