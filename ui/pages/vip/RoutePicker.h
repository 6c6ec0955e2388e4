// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QComboBox>

#include <string>
#include <vector>

namespace sluice::ui {

// Chooses the route whose policy a limit is worked out for: the configured policies' routes, the default
// route first and chosen until someone picks another. Changing the list keeps the chosen route and sends no
// change of choice; only a person's pick does.
class RoutePicker final : public QComboBox {
    Q_OBJECT

public:
    RoutePicker(const QString& objectName, const QString& accessibleName, QWidget* parent = nullptr);

    // The routes of the configured policies, the default route (empty) first.
    void setRoutes(const std::vector<std::string>& routes);
    // Lists `keyRoutes` (the routes a key sends to) first, marked as the key's.
    void putFirst(const std::vector<std::string>& keyRoutes);
    std::string route() const { return currentData().toString().toStdString(); }

private:
    void show(const std::vector<std::pair<QString, QString>>& items);  // (text, route)

    std::vector<std::string> m_routes;
    std::vector<std::string> m_first;
};

}  // namespace sluice::ui
