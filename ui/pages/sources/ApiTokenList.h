// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/DatabaseReader.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace sluice::ui {

// A token of the check API as an operator may see it: never its secret or its hash.
struct ApiTokenRow {
    QString name;
    QString scopes;
    QDateTime created;  // invalid when the database does not say
};

struct ApiTokenAnswer {
    QList<ApiTokenRow> tokens;
    QString error;  // why the list could not be read; empty when it was
};

// Reads the check API's tokens from the engine's database on a thread of its own (refresh() → ready).
class ApiTokenList final : public QObject {
    Q_OBJECT

public:
    explicit ApiTokenList(const QString& databasePath, QObject* parent = nullptr);

    bool hasDatabase() const { return m_reader.hasDatabase(); }
    void refresh();

signals:
    void ready(const sluice::ui::ApiTokenAnswer& answer);

private:
    DatabaseReader m_reader;
};

}  // namespace sluice::ui
