// SPDX-License-Identifier: Apache-2.0
#include "pages/audit/AuditStateText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace sluice::ui {

namespace {
QString valueText(const QJsonValue& value, const QString& key, int depth);

QString objectText(const QJsonObject& object, int depth)
{
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString name = it.key();
        if (name.endsWith(QLatin1String("_at_ms"))) {
            name.chop(3);
        }
        name.replace(QLatin1Char('_'), QLatin1Char(' '));
        parts << QStringLiteral("%1: %2").arg(name, valueText(it.value(), it.key(), depth + 1));
    }
    const QString text = parts.join(QLatin1String(", "));
    return depth == 0 ? text : QStringLiteral("(%1)").arg(text);
}

QString valueText(const QJsonValue& value, const QString& key, int depth)
{
    const bool time = key.endsWith(QLatin1String("_at_ms"));
    switch (value.type()) {
    case QJsonValue::Null:
        return time ? QCoreApplication::translate("AuditStateText", "never") : QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("AuditStateText", "yes")
                              : QCoreApplication::translate("AuditStateText", "no");
    case QJsonValue::Double:
        if (time) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.toDouble())),
                                      QLocale::ShortFormat);
        }
        return QLocale().toString(value.toDouble(), 'g', 6);
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("\"\"") : value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            items << valueText(item, {}, depth + 1);
        }
        return QStringLiteral("[%1]").arg(items.join(QLatin1String("; ")));
    }
    case QJsonValue::Object:
        return objectText(value.toObject(), depth);
    default:
        return {};
    }
}
}  // namespace

QString auditStateText(const QString& json)
{
    if (json.isNull()) {
        return QStringLiteral("—");
    }
    // Wrapped in an array: a state may be a bare string or number, which QJsonDocument does not take alone.
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(json).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1) {
        return json;  // not ours to reinterpret: show it as written
    }
    return valueText(document.array().at(0), {}, 0);
}

}  // namespace sluice::ui
