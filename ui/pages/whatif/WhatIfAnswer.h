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
    // One row of the comparison: the figure's name, A's and B's value, shown with `decimals` and `suffix`.
    struct Figure {
        QString name;
        double a = 0;
        double b = 0;
        int decimals = 0;
        QString suffix;
    };
    // The rows the page shows and the report prints, in the console's language. For a replayed log, `withKeys`
    // adds a row per key treated differently (the report lists those in a table of their own).
    static QList<Figure> figuresOf(const engine::whatif::WhatIfResult& result, bool withKeys = true);
    // A value and B − A as the table writes them ("=" when unchanged, "+" before a rise).
    static QString valueText(const Figure& figure, double value);
    static QString changeText(const Figure& figure);

    explicit WhatIfAnswer(QWidget* parent = nullptr);

    void setResult(const engine::whatif::WhatIfResult& result);
    void setMessage(const QString& message);  // instead of a result: nothing run yet, running, cancelled, failed

    QString verdictText() const;
    const QTableWidget* figures() const { return m_figures; }
    const WhatIfChart* chart() const { return m_chart; }

private:
    void addRow(const Figure& figure);

    QLabel* m_verdict;
    QWidget* m_details = nullptr;  // the figures and the chart, shown with a result
    QTableWidget* m_figures;
    WhatIfChart* m_chart;
};

}  // namespace sluice::ui
