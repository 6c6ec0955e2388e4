// SPDX-License-Identifier: Apache-2.0
#include "charts/InteractiveChartView.h"

#include "charts/ChartColors.h"
#include "charts/ChartExport.h"

#include <QAction>
#include <QChart>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sluice::ui {

namespace {
constexpr int kMinDragPx = 8;        // a shorter drag is a click
constexpr int kMarkerHitPx = 4;      // how near the cursor must be to a marker line for its tooltip
constexpr int kMarkerLabelPx = 140;  // labels longer than this are elided
}  // namespace

InteractiveChartView::InteractiveChartView(QChart* chart, QWidget* parent)
    : QChartView(chart, parent), m_band(new QRubberBand(QRubberBand::Rectangle, viewport())),
      m_savePng(new QAction(tr("Save as PNG…"), this)), m_saveSvg(new QAction(tr("Save as SVG…"), this)),
      m_resetZoom(new QAction(tr("Reset zoom"), this))
{
    m_band->hide();
    m_savePng->setObjectName(QStringLiteral("chartSavePng"));
    m_saveSvg->setObjectName(QStringLiteral("chartSaveSvg"));
    m_resetZoom->setObjectName(QStringLiteral("chartResetZoom"));
    viewport()->setMouseTracking(true);
    // Focus only by click, so that Escape can undo a zoom; charts are no Tab stops.
    setFocusPolicy(Qt::ClickFocus);
    m_resetZoom->setShortcut(QKeySequence(Qt::Key_Escape));
    m_resetZoom->setEnabled(false);
    connect(m_savePng, &QAction::triggered, this, [this] { askAndSaveChart(this, ChartImageFormat::Png); });
    connect(m_saveSvg, &QAction::triggered, this, [this] { askAndSaveChart(this, ChartImageFormat::Svg); });
    connect(m_resetZoom, &QAction::triggered, this, &InteractiveChartView::resetZoom);
}

void InteractiveChartView::setMarkers(const ChartMarkers& markers)
{
    m_markers = markers;
    viewport()->update();
}

double InteractiveChartView::xOfMs(qint64) const { return std::numeric_limits<double>::quiet_NaN(); }

bool InteractiveChartView::applyZoom(bool, double, double) { return false; }

void InteractiveChartView::setZoomable(bool zoomable)
{
    m_zoomable = zoomable;
    m_resetZoom->setVisible(zoomable);
}

QColor InteractiveChartView::markerColor() const { return palette().color(QPalette::WindowText); }

QRectF InteractiveChartView::plotInView() const
{
    const QRectF scene = chart()->mapToScene(chart()->plotArea()).boundingRect();
    return mapFromScene(scene).boundingRect();
}

double InteractiveChartView::xAtView(double viewX) const
{
    const QPointF chartPos = chart()->mapFromScene(viewportTransform().inverted().map(QPointF(viewX, 0)));
    return chart()->mapToValue(chartPos).x();
}

double InteractiveChartView::viewXOf(double x) const
{
    const QPointF chartPos = chart()->mapToPosition(QPointF(x, 0));
    return viewportTransform().map(chart()->mapToScene(chartPos)).x();
}

QPoint InteractiveChartView::viewPosOfX(double x) const
{
    return QPoint(static_cast<int>(std::lround(viewXOf(x))), static_cast<int>(plotInView().center().y()));
}

const ChartMarker* InteractiveChartView::markerNear(double viewX) const
{
    const QRectF plot = plotInView();
    for (const ChartMarker& m : m_markers) {
        const double at = viewXOf(xOfMs(m.atMs));
        if (at >= plot.left() && at <= plot.right() && std::abs(at - viewX) <= kMarkerHitPx) {  // false for NaN
            return &m;
        }
    }
    return nullptr;
}

QString InteractiveChartView::toolTipAt(const QPoint& viewPos) const
{
    if (chart()->series().isEmpty() || !plotInView().contains(viewPos)) {
        return {};
    }
    if (const ChartMarker* m = markerNear(viewPos.x())) {
        return m->detail.isEmpty() ? m->label : m->detail;
    }
    return hoverText(xAtView(viewPos.x()), xAtView(viewPos.x() - 0.5), xAtView(viewPos.x() + 0.5));
}

void InteractiveChartView::zoomToX(double fromX, double toX)
{
    if (toX < fromX) {
        std::swap(fromX, toX);
    }
    const bool was = m_zoomed;
    m_zoomed = true;  // before applying: the chart redraws inside applyZoom and asks isZoomed()
    if (!applyZoom(true, fromX, toX)) {
        m_zoomed = was;
        return;
    }
    m_resetZoom->setEnabled(true);
    emit zoomChanged();
}

void InteractiveChartView::zoomForgotten()
{
    m_zoomed = false;
    m_resetZoom->setEnabled(false);
}

void InteractiveChartView::resetZoom()
{
    if (m_zoomed) {
        zoomForgotten();
        applyZoom(false, 0, 0);
        emit zoomChanged();
    }
}

void InteractiveChartView::mousePressEvent(QMouseEvent* event)
{
    if (m_zoomable && event->button() == Qt::LeftButton && plotInView().contains(event->position())) {
        m_pressX = static_cast<int>(event->position().x());
        const QRectF plot = plotInView();
        m_band->setGeometry(QRect(m_pressX, static_cast<int>(plot.top()), 0, static_cast<int>(plot.height())));
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void InteractiveChartView::mouseMoveEvent(QMouseEvent* event)
{
    const QRectF plot = plotInView();
    const int x = static_cast<int>(std::clamp(event->position().x(), plot.left(), plot.right()));
    if (m_pressX >= 0) {
        m_band->setGeometry(QRect(std::min(m_pressX, x), static_cast<int>(plot.top()), std::abs(x - m_pressX),
                                  static_cast<int>(plot.height())));
        m_band->setVisible(std::abs(x - m_pressX) >= kMinDragPx);
    }
    const QString tip = toolTipAt(event->position().toPoint());
    if (tip != m_shownTip) {
        m_shownTip = tip;
        if (tip.isEmpty()) {
            QToolTip::hideText();
        } else {
            QToolTip::showText(event->globalPosition().toPoint(), tip, this);
        }
    }
    QChartView::mouseMoveEvent(event);
}

void InteractiveChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_pressX >= 0) {
        const QRectF plot = plotInView();
        const double x = std::clamp(event->position().x(), plot.left(), plot.right());
        const int from = m_pressX;
        m_pressX = -1;
        m_band->hide();
        m_savePng->setObjectName(QStringLiteral("chartSavePng"));
        m_saveSvg->setObjectName(QStringLiteral("chartSaveSvg"));
        m_resetZoom->setObjectName(QStringLiteral("chartResetZoom"));
        if (std::abs(x - from) >= kMinDragPx) {
            zoomToX(xAtView(from), xAtView(x));
        }
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void InteractiveChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void InteractiveChartView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_zoomed) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::keyPressEvent(event);
}

void InteractiveChartView::contextMenuEvent(QContextMenuEvent* event)
{
    // popup, not exec: no nested event loop while the menu is open
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_zoomable) {
        menu->addAction(m_resetZoom);
        menu->addSeparator();
    }
    menu->addAction(m_savePng);
    menu->addAction(m_saveSvg);
    menu->popup(event->globalPos());
}

void InteractiveChartView::leaveEvent(QEvent* event)
{
    m_shownTip.clear();
    QChartView::leaveEvent(event);
}

void InteractiveChartView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_markers.isEmpty() || chart()->series().isEmpty()) {
        return;
    }
    const QRectF plot = chart()->mapToScene(chart()->plotArea()).boundingRect();
    const QFontMetrics metrics(font());
    const QColor background = ChartColors::translucent(palette().color(QPalette::Base), 0.85);
    QList<QRectF> labels;  // where labels went, so that the next one does not cover them
    painter->save();
    painter->setFont(font());
    for (const ChartMarker& m : m_markers) {
        const double x = chart()->mapToScene(chart()->mapToPosition(QPointF(xOfMs(m.atMs), 0))).x();
        if (!(x >= plot.left() && x <= plot.right())) {  // also NaN
            continue;
        }
        const QColor color = m.color.isValid() ? m.color : markerColor();
        QPen pen(color, 1, Qt::DashLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QString text = metrics.elidedText(m.label, Qt::ElideRight, kMarkerLabelPx);
        QRectF box(0, 0, metrics.horizontalAdvance(text) + 6, metrics.height() + 2);
        // Beside the line, on the side with room; stepped down past earlier labels.
        box.moveTopLeft(QPointF(x + box.width() + 3 <= plot.right() ? x + 3 : x - 3 - box.width(), plot.top() + 2));
        while (std::any_of(labels.begin(), labels.end(), [&](const QRectF& r) { return r.intersects(box); }) &&
               box.bottom() + box.height() < plot.bottom()) {
            box.translate(0, box.height() + 1);
        }
        labels.append(box);
        painter->fillRect(box, background);
        painter->setPen(color);
        painter->drawText(box, Qt::AlignCenter, text);
    }
    painter->restore();
}

}  // namespace sluice::ui
