// SPDX-License-Identifier: Apache-2.0
#include "widgets/TableDescription.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

namespace sluice::ui {

TableDescription* TableDescription::attach(QAbstractItemView* view, const QString& name, CountText count,
                                           const QString& fixedOrder)
{
    view->setAccessibleName(name);
    auto* description = new TableDescription(view, std::move(count), fixedOrder);
    description->update();
    return description;
}

TableDescription::TableDescription(QAbstractItemView* view, CountText count, QString fixedOrder)
    : QObject(view), m_widget(view), m_count(std::move(count)), m_fixedOrder(std::move(fixedOrder))
{
    if (QHeaderView* h = header(view)) {
        connect(h, &QHeaderView::sortIndicatorChanged, this, &TableDescription::update);
    }
    QAbstractItemModel* model = view->model();
    if (model == nullptr) {
        return;
    }
    // Values changing in place (dataChanged) leave the count and the order as they were: not followed.
    connect(model, &QAbstractItemModel::modelReset, this, &TableDescription::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableDescription::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TableDescription::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TableDescription::update);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &TableDescription::update);
}

QHeaderView* TableDescription::header(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view)) {
        return table->horizontalHeader();
    }
    if (auto* tree = qobject_cast<QTreeView*>(view)) {
        return tree->header();
    }
    return nullptr;
}

QString TableDescription::orderText(QAbstractItemView* view) const
{
    const QHeaderView* h = header(view);
    const bool sortable = h != nullptr && h->isSortIndicatorShown() && h->sortIndicatorSection() >= 0;
    if (!sortable || view->model() == nullptr) {
        return m_fixedOrder;
    }
    const QString column = view->model()->headerData(h->sortIndicatorSection(), Qt::Horizontal).toString();
    return h->sortIndicatorOrder() == Qt::AscendingOrder ? tr("sorted by %1, ascending").arg(column)
                                                         : tr("sorted by %1, descending").arg(column);
}

void TableDescription::update()
{
    auto* view = qobject_cast<QAbstractItemView*>(m_widget);
    if (view == nullptr) {
        return;  // the view is being destroyed
    }
    const int rows = view->model() != nullptr ? view->model()->rowCount() : 0;
    const QString count = m_count(rows);
    const QString order = orderText(view);
    const QString text = order.isEmpty() ? count : tr("%1, %2", "row count, order").arg(count, order);
    if (text != view->accessibleDescription()) {  // a change is announced: announce only changes
        view->setAccessibleDescription(text);
    }
}

}  // namespace sluice::ui
