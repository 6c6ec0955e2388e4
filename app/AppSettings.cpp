// SPDX-License-Identifier: Apache-2.0
#include "AppSettings.h"

#include <QDir>
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
        return {"window/lastPage", [] { return QVariant(0); }};
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
int AppSettings::lastPage() const { return value(Key::LastPage).toInt(); }
void AppSettings::setLastPage(int page) { setValue(Key::LastPage, page); }

}  // namespace sluice::app
