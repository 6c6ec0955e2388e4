// SPDX-License-Identifier: Apache-2.0
#include "LogSourceSettings.h"

#include "core/TextCheck.h"

#include <QCoreApplication>
#include <QStringList>

namespace sluice::ui {

std::optional<engine::logs::IngestOptions> ingestOptionsOf(const LogSourceSettings& settings, QString& error)
{
    std::string problem;
    auto format = engine::logs::logFormatFromText(settings.format.toStdString(), problem);
    if (!format) {
        error = QCoreApplication::translate("sluice::ui::AddLogSourceDialog", "Format: %1")
                    .arg(QString::fromStdString(problem));
        return std::nullopt;
    }
    auto key = engine::logs::keySpecFromText(settings.key.toStdString(), problem);
    if (!key) {
        error = QCoreApplication::translate("sluice::ui::AddLogSourceDialog", "Key: %1")
                    .arg(QString::fromStdString(problem));
        return std::nullopt;
    }
    engine::logs::IngestOptions options{std::move(*format), std::move(*key), {}};
    for (const auto& [prefix, route] : settings.routes) {
        options.routes.add(prefix.toStdString(), route.toStdString());
    }
    return options;
}

std::optional<QList<QPair<QString, QString>>> routesFromText(const QString& text, QString& error)
{
    QList<QPair<QString, QString>> routes;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString prefix = item.left(eq).trimmed();
        const QString route = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        if (eq < 0 || prefix.isEmpty() || route.isEmpty()) {
            error =
                QCoreApplication::translate("routes", "'%1' is not PREFIX=ROUTE, such as /api=api").arg(item.trimmed());
            return std::nullopt;
        }
        if (const auto problem = engine::TextCheck::check(route.toStdString(), engine::TextCheck::Kind::Key)) {
            error = QCoreApplication::translate("routes", "the route '%1' cannot be used: %2")
                        .arg(route, QString::fromStdString(problem->reason));
            return std::nullopt;
        }
        routes.append({prefix, route});
    }
    return routes;
}

QString routesText(const QList<QPair<QString, QString>>& routes)
{
    QStringList items;
    for (const auto& [prefix, route] : routes) {
        items << prefix + QLatin1Char('=') + route;
    }
    return items.join(QStringLiteral(", "));
}

}  // namespace sluice::ui
