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
        return {"window/lastPageId", [] { return QVariant(QString()); }};
    case AppSettings::Key::LastPageIndex:
        return {"window/lastPage", [] { return QVariant(-1); }};
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

int AppSettings::legacyLastPageIndex() const
{
    bool ok = false;
    const int index = value(Key::LastPageIndex).toInt(&ok);
    return ok ? index : -1;
}

}  // namespace sluice::app
