// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "whatif/WhatIfRun.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace sluice::ui {

class WhatIfChart;

// The answer to a what-if question: the verdict in words, the figures of A and B side by side with the change,
// and both runs over time.
class WhatIfAnswer final : public QWidget {
    Q_OBJECT

public:
    explicit WhatIfAnswer(QWidget* parent = nullptr);

    void setResult(const engine::whatif::WhatIfResult& result);
    void setMessage(const QString& message);  // instead of a result: nothing run yet, running, cancelled, failed

    QString verdictText() const;
    const QTableWidget* figures() const { return m_figures; }
    const WhatIfChart* chart() const { return m_chart; }

private:
    void addRow(const QString& name, double a, double b, int decimals, const QString& suffix = {});

    QLabel* m_verdict;
    QWidget* m_details = nullptr;  // the figures and the chart, shown with a result
    QTableWidget* m_figures;
    WhatIfChart* m_chart;
};

}  // namespace sluice::ui
