// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace sluice::app {

namespace {
struct KeySpec {
    const char* name;
    QVariant (*defaultValue)();
};

KeySpec specOf(AppSettings::Key key)
{
    switch (key) {
    case AppSettings::Key::DatabasePath:
        return {"engine/databasePath", [] { return QVariant(AppSettings::defaultDatabasePath()); }};
    case AppSettings::Key::WindowGeometry:
        return {"window/geometry", [] { return QVariant(QByteArray()); }};
    case AppSettings::Key::LastPage:
        return {"window/lastPageId", [] { return QVariant(QString()); }};
    case AppSettings::Key::LastPageIndex:
        return {"window/lastPage", [] { return QVariant(-1); }};
    case AppSettings::Key::LogSources:
        return {"sources/logs", [] { return QVariant(QString()); }};
    case AppSettings::Key::HttpListenerOn:
        return {"sources/httpListenerOn", [] { return QVariant(false); }};
    case AppSettings::Key::HttpListenerAddress:
        return {"sources/httpListenerAddress", [] { return QVariant(QStringLiteral("127.0.0.1:9090")); }};
    }
    return {"", [] { return QVariant(); }};
}
}  // namespace

AppSettings::AppSettings(QObject* parent) : QObject(parent) {}

AppSettings::AppSettings(const QString& iniPath, QObject* parent)
    : QObject(parent), m_settings(iniPath, QSettings::IniFormat)
{
}

QString AppSettings::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sluice.db"));
}

QVariant AppSettings::value(Key key) const
{
    const KeySpec spec = specOf(key);
    return m_settings.value(QLatin1String(spec.name), spec.defaultValue());
}

void AppSettings::setValue(Key key, const QVariant& v)
{
    m_settings.setValue(QLatin1String(specOf(key).name), v);
    emit changed(key);
}

QString AppSettings::databasePath() const { return value(Key::DatabasePath).toString(); }
void AppSettings::setDatabasePath(const QString& path) { setValue(Key::DatabasePath, path); }
QByteArray AppSettings::windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& geometry) { setValue(Key::WindowGeometry, geometry); }
QString AppSettings::lastPage() const { return value(Key::LastPage).toString(); }

void AppSettings::setLastPage(const QString& pageId)
{
    m_settings.remove(QLatin1String(specOf(Key::LastPageIndex).name));
    setValue(Key::LastPage, pageId);
}

// Stored as JSON text: readable in the settings file and the same on every platform.
QList<ui::LogSourceSettings> AppSettings::logSources() const
{
    QList<ui::LogSourceSettings> sources;
    const QJsonArray stored = QJsonDocument::fromJson(value(Key::LogSources).toString().toUtf8()).array();
    for (const QJsonValue& entry : stored) {
        const QJsonObject o = entry.toObject();
        ui::LogSourceSettings s;
        s.path = o.value(QLatin1String("path")).toString();
        s.format = o.value(QLatin1String("format")).toString(s.format);
        s.key = o.value(QLatin1String("key")).toString(s.key);
        s.follow = o.value(QLatin1String("follow")).toBool(true);
        for (const QJsonValue& route : o.value(QLatin1String("routes")).toArray()) {
            const QJsonArray pair = route.toArray();
            s.routes.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        if (!s.path.isEmpty()) {
            sources << s;
        }
    }
    return sources;
}

void AppSettings::setLogSources(const QList<ui::LogSourceSettings>& sources)
{
    QJsonArray stored;
    for (const ui::LogSourceSettings& s : sources) {
        QJsonArray routes;
        for (const auto& [prefix, route] : s.routes) {
            routes.append(QJsonArray{prefix, route});
        }
        stored.append(QJsonObject{{QStringLiteral("path"), s.path},
                                  {QStringLiteral("format"), s.format},
                                  {QStringLiteral("key"), s.key},
                                  {QStringLiteral("follow"), s.follow},
                                  {QStringLiteral("routes"), routes}});
    }
    setValue(Key::LogSources, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
}

bool AppSettings::httpListenerOn() const { return value(Key::HttpListenerOn).toBool(); }
QString AppSettings::httpListenerAddress() const { return value(Key::HttpListenerAddress).toString(); }

void AppSettings::setHttpListener(bool on, const QString& address)
{
    if (on != httpListenerOn()) {
        setValue(Key::HttpListenerOn, on);
    }
    if (address != httpListenerAddress()) {
        setValue(Key::HttpListenerAddress, address);
    }
}

int AppSettings::legacyLastPageIndex() const
{
    bool ok = false;
    const int index = value(Key::LastPageIndex).toInt(&ok);
    return ok ? index : -1;
}

}  // namespace sluice::app
