// SPDX-License-Identifier: Apache-2.0
#include "widgets/TileGridLayout.h"

#include <QWidget>

#include <algorithm>

namespace sluice::ui {

TileGridLayout::TileGridLayout(QWidget* parent) : QLayout(parent) { setContentsMargins(0, 0, 0, 0); }

TileGridLayout::~TileGridLayout()
{
    while (QLayoutItem* item = takeAt(0)) {
        delete item;
    }
}

void TileGridLayout::addItem(QLayoutItem* item) { m_items.append(item); }

int TileGridLayout::count() const { return static_cast<int>(m_items.size()); }

QLayoutItem* TileGridLayout::itemAt(int index) const
{
    return index >= 0 && index < count() ? m_items[index] : nullptr;
}

QLayoutItem* TileGridLayout::takeAt(int index)
{
    return index >= 0 && index < count() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations TileGridLayout::expandingDirections() const { return Qt::Horizontal; }

bool TileGridLayout::hasHeightForWidth() const { return true; }

int TileGridLayout::tileMinimumWidth() const
{
    int widest = 0;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty()) {
            widest = std::max(widest, item->minimumSize().width());
        }
    }
    return widest;
}

int TileGridLayout::tileHeight() const
{
    int tallest = 0;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty()) {
            tallest = std::max(tallest, item->sizeHint().height());
        }
    }
    return tallest;
}

int TileGridLayout::shownCount() const
{
    return static_cast<int>(
        std::count_if(m_items.begin(), m_items.end(), [](const QLayoutItem* item) { return !item->isEmpty(); }));
}

int TileGridLayout::columnsFor(int width) const
{
    const int shown = shownCount();
    const int tile = std::max(1, tileMinimumWidth());
    const int fit = std::clamp((width + spacing()) / (tile + spacing()), 1, std::max(1, shown));
    // As few rows as fit, filled evenly: six tiles that need two rows sit three and three, not five and one.
    const int rows = (shown + fit - 1) / fit;
    return std::max(1, (shown + rows - 1) / std::max(1, rows));
}

int TileGridLayout::heightOf(int columns) const
{
    const int shown = shownCount();
    const int rows = std::max(1, (shown + columns - 1) / columns);
    const QMargins m = contentsMargins();
    return rows * tileHeight() + (rows - 1) * spacing() + m.top() + m.bottom();
}

int TileGridLayout::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    return heightOf(columnsFor(width - m.left() - m.right()));
}

QSize TileGridLayout::sizeHint() const
{
    // Wide enough for every tile in one row at its preferred width.
    const QMargins m = contentsMargins();
    int width = 0;
    int shown = 0;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty()) {
            width += item->sizeHint().width();
            ++shown;
        }
    }
    width += std::max(0, shown - 1) * spacing() + m.left() + m.right();
    return {width, heightOf(std::max(1, shown))};
}

QSize TileGridLayout::minimumSize() const
{
    // One column at its narrowest, one row high: the rows a width needs come from heightForWidth(), which the
    // enclosing layout asks once it knows the width.
    const QMargins m = contentsMargins();
    return {tileMinimumWidth() + m.left() + m.right(), tileHeight() + m.top() + m.bottom()};
}

void TileGridLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int columns = columnsFor(area.width());
    const int tileWidth = std::max(1, (area.width() - (columns - 1) * spacing()) / columns);
    const int height = tileHeight();
    int index = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty()) {
            continue;
        }
        const int row = index / columns;
        const int column = index % columns;
        item->setGeometry(QRect(area.left() + column * (tileWidth + spacing()), area.top() + row * (height + spacing()),
                                tileWidth, height));
        ++index;
    }
}

}  // namespace sluice::ui
