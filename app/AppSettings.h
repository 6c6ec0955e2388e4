// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LogSourceSettings.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace sluice::app {

// The one place that reads and writes the console's QSettings: each key declared once with its default.
class AppSettings final : public QObject {
    Q_OBJECT

public:
    enum class Key {
        DatabasePath,
        WindowGeometry,
        LastPage,
        LastPageIndex,
        LogSources,
        HttpListenerOn,
        HttpListenerAddress
    };

    explicit AppSettings(QObject* parent = nullptr);
    // For tests and portable runs: settings in an INI file of one's choosing.
    AppSettings(const QString& iniPath, QObject* parent);

    QString databasePath() const;
    void setDatabasePath(const QString& path);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    // The page shown when the console was last closed, by id ("overview", ...); empty when none is stored.
    QString lastPage() const;
    // Replaces any index an older version stored.
    void setLastPage(const QString& pageId);
    // The sidebar row an older version stored instead of an id, or -1; read once, when no id is stored.
    int legacyLastPageIndex() const;

    // The access logs the console follows, started again at the next start.
    QList<ui::LogSourceSettings> logSources() const;
    void setLogSources(const QList<ui::LogSourceSettings>& sources);

    // The console's HTTP check API: whether it runs (started again at the next start) and where it listens
    // (host:port). Off and 127.0.0.1:9090 until changed.
    bool httpListenerOn() const;
    QString httpListenerAddress() const;
    void setHttpListener(bool on, const QString& address);

    static QString defaultDatabasePath();

signals:
    void changed(sluice::app::AppSettings::Key key);

private:
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    QSettings m_settings;
};

}  // namespace sluice::app
