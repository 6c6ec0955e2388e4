// SPDX-License-Identifier: Apache-2.0
#include "charts/ChartExport.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QStandardPaths>
#include <QSvgGenerator>

namespace sluice::ui {

namespace {
QString suggestedName(const QChartView* view, ChartImageFormat format)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString stem = QStringLiteral("sluice-%1-%2")
                             .arg(view->objectName().isEmpty() ? QStringLiteral("chart") : view->objectName(),
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    return QDir(dir).filePath(stem +
                              (format == ChartImageFormat::Svg ? QStringLiteral(".svg") : QStringLiteral(".png")));
}
}  // namespace

bool saveChartImage(QChartView* view, const QString& path, ChartImageFormat format)
{
    if (format == ChartImageFormat::Png) {
        return view->grab().toImage().save(path, "PNG");
    }
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(view->size());
    svg.setViewBox(QRect(QPoint(0, 0), view->size()));
    svg.setTitle(view->accessibleName());
    svg.setDescription(view->accessibleDescription());
    QPainter painter;
    if (!painter.begin(&svg)) {
        return false;
    }
    view->render(&painter, QRectF(QPointF(0, 0), view->size()), view->viewport()->rect());
    return painter.end();
}

void askAndSaveChart(QChartView* view, ChartImageFormat format)
{
    const bool svg = format == ChartImageFormat::Svg;
    auto* dialog =
        new QFileDialog(view->window(), svg ? QCoreApplication::translate("ChartExport", "Save chart as SVG")
                                            : QCoreApplication::translate("ChartExport", "Save chart as PNG"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNameFilter(svg ? QCoreApplication::translate("ChartExport", "SVG image (*.svg)")
                              : QCoreApplication::translate("ChartExport", "PNG image (*.png)"));
    dialog->setDefaultSuffix(svg ? QStringLiteral("svg") : QStringLiteral("png"));
    dialog->selectFile(suggestedName(view, format));
    QPointer<QChartView> target(view);
    QObject::connect(dialog, &QFileDialog::fileSelected, view, [target, format](const QString& path) {
        if (target && !saveChartImage(target, path, format)) {
            QMessageBox::warning(
                target->window(), QCoreApplication::translate("ChartExport", "Chart not saved"),
                QCoreApplication::translate("ChartExport", "Could not write %1.").arg(QDir::toNativeSeparators(path)));
        }
    });
    dialog->open();
}

}  // namespace sluice::ui
