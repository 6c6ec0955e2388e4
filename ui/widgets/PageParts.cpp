// SPDX-License-Identifier: Apache-2.0
#include "widgets/PageParts.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>

#include <algorithm>

namespace sluice::ui {

namespace {
class PaneMinimums final : public QObject {
public:
    explicit PaneMinimums(QSplitter* splitter) : QObject(splitter), m_splitter(splitter) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest && !m_pending) {
            m_pending = true;
            // After the pane's own layout has taken the request, so its new minimum is known.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_pending = false;
                    m_splitter->refresh();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QSplitter* m_splitter;
    bool m_pending = false;
};
class ColumnFloor final : public QObject {
public:
    ColumnFloor(QTableView* table, int column, int floorWidth)
        : QObject(table), m_table(table), m_column(column), m_floor(floorWidth)
    {
    }

    void fit()
    {
        const QHeaderView* header = m_table->horizontalHeader();
        int others = 0;
        for (int c = 0; c < header->count(); ++c) {
            if (c != m_column && !header->isSectionHidden(c)) {
                others += header->sectionSize(c);
            }
        }
        m_table->setColumnWidth(m_column, std::max(m_floor, m_table->viewport()->width() - others));
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize) {
            fit();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_table;
    int m_column;
    int m_floor;
};
}  // namespace

QLabel* sectionHeading(QWidget* parent, const QString& text)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    // A long heading over a narrow column takes a second line rather than widening the column or being cut.
    label->setWordWrap(true);
    return label;
}

void setUpListTable(QTableView* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
}

void stretchColumnWithFloor(QTableView* table, int column, int floorWidth)
{
    table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    auto* floor = new ColumnFloor(table, column, floorWidth);
    table->viewport()->installEventFilter(floor);
    floor->fit();
}

void followPaneMinimums(QSplitter* splitter)
{
    auto* filter = new PaneMinimums(splitter);
    for (int i = 0; i < splitter->count(); ++i) {
        splitter->widget(i)->installEventFilter(filter);
    }
}

void addPeriodChoices(QComboBox* combo)
{
    struct Period {
        const char* label;
        qint64 seconds;
    };
    static constexpr Period kPeriods[] = {{QT_TRANSLATE_NOOP("sluice::ui::PeriodChoices", "Any time"), 0},
                                          {QT_TRANSLATE_NOOP("sluice::ui::PeriodChoices", "Last hour"), 3600},
                                          {QT_TRANSLATE_NOOP("sluice::ui::PeriodChoices", "Last 24 hours"), 86400},
                                          {QT_TRANSLATE_NOOP("sluice::ui::PeriodChoices", "Last 7 days"), 7 * 86400},
                                          {QT_TRANSLATE_NOOP("sluice::ui::PeriodChoices", "Last 30 days"), 30 * 86400}};
    for (const Period& p : kPeriods) {
        combo->addItem(QCoreApplication::translate("sluice::ui::PeriodChoices", p.label), p.seconds);
    }
}

}  // namespace sluice::ui
