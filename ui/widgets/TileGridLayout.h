// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLayout>
#include <QList>

namespace sluice::ui {

// Tiles in rows of equal columns: as many columns as the widest tile's minimum allows, so a narrow window
// wraps the tiles onto more rows instead of squeezing or cutting them, and a wide one lines them up in one.
class TileGridLayout final : public QLayout {
public:
    explicit TileGridLayout(QWidget* parent = nullptr);
    ~TileGridLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect& rect) override;

private:
    int shownCount() const;           // tiles not hidden
    int columnsFor(int width) const;  // width without the margins
    int tileMinimumWidth() const;
    int tileHeight() const;
    int heightOf(int columns) const;

    QList<QLayoutItem*> m_items;
};

}  // namespace sluice::ui
