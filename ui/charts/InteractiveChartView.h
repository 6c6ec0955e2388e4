// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "charts/ChartMarker.h"

#include <QChartView>

class QAction;
class QRubberBand;

namespace sluice::ui {

// A chart people can question: hovering shows the exact values under the cursor, dragging across the time
// axis zooms in (a double-click, Escape or the context menu return), admin actions show as marked vertical
// lines, and the context menu saves the chart as PNG or SVG. Derived charts say what a point means
// (hoverText), where a moment lies on their x axis (xOfMs) and how they zoom.
class InteractiveChartView : public QChartView {
    Q_OBJECT

public:
    InteractiveChartView(QChart* chart, QWidget* parent);

    // Admin actions to mark; those outside the visible window are not drawn.
    void setMarkers(const ChartMarkers& markers);
    const ChartMarkers& markers() const { return m_markers; }
    // What the tooltip says with the cursor at `viewPos` (viewport coordinates); empty off the plot.
    QString toolTipAt(const QPoint& viewPos) const;
    // Where x value `x` lies in viewport coordinates, at the plot's vertical middle.
    QPoint viewPosOfX(double x) const;
    bool isZoomed() const { return m_zoomed; }
    // Zooms to the x values [fromX, toX]; ignored by charts that do not zoom or for too narrow a span.
    void zoomToX(double fromX, double toX);
    void resetZoom();
    QAction* savePngAction() const { return m_savePng; }
    QAction* saveSvgAction() const { return m_saveSvg; }
    QAction* resetZoomAction() const { return m_resetZoom; }

signals:
    void zoomChanged();

protected:
    // The values at x as tooltip text, empty when there are none; [fromX, toX] is what the pixel under the
    // cursor covers, where a long range puts many samples.
    virtual QString hoverText(double x, double fromX, double toX) const = 0;
    // The x value of a moment, in Unix milliseconds of engine time; NaN on charts without a time axis.
    virtual double xOfMs(qint64 atMs) const;
    // Applies a zoom to [fromX, toX] (or the page's range when not zoomed); false when it was not applied.
    virtual bool applyZoom(bool zoomed, double fromX, double toX);
    // Charts that cannot zoom neither draw a rubber band nor offer the reset.
    void setZoomable(bool zoomable);
    QColor markerColor() const;
    // The chart dropped its zoom on its own (its data moved on): updates the state without asking again.
    void zoomForgotten();

    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    QRectF plotInView() const;
    double xAtView(double viewX) const;
    double viewXOf(double x) const;
    const ChartMarker* markerNear(double viewX) const;

    ChartMarkers m_markers;
    QRubberBand* m_band;
    int m_pressX = -1;
    bool m_zoomed = false;
    bool m_zoomable = true;
    QString m_shownTip;
    QAction* m_savePng;
    QAction* m_saveSvg;
    QAction* m_resetZoom;
};

}  // namespace sluice::ui
