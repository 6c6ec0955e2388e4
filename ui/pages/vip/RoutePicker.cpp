// SPDX-License-Identifier: Apache-2.0
#include "pages/vip/RoutePicker.h"

#include "LimitFormat.h"

#include <algorithm>

namespace sluice::ui {

RoutePicker::RoutePicker(const QString& objectName, const QString& accessibleName, QWidget* parent)
    : QComboBox(parent), m_routes{std::string()}
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addItem(routeName({}), QString());
}

void RoutePicker::setRoutes(const std::vector<std::string>& routes)
{
    if (routes != m_routes) {
        m_routes = routes;
        putFirst(m_first);
    }
}

void RoutePicker::putFirst(const std::vector<std::string>& keyRoutes)
{
    m_first = keyRoutes;
    std::vector<std::pair<QString, QString>> items;
    for (const std::string& route : keyRoutes) {
        items.emplace_back(tr("%1 (used by the key)").arg(routeName(route)), QString::fromStdString(route));
    }
    for (const std::string& route : m_routes) {
        const QString value = QString::fromStdString(route);
        if (std::none_of(items.begin(), items.end(), [&](const auto& item) { return item.second == value; })) {
            items.emplace_back(routeName(route), value);
        }
    }
    show(items);
}

void RoutePicker::show(const std::vector<std::pair<QString, QString>>& items)
{
    bool same = static_cast<int>(items.size()) == count();
    for (int i = 0; same && i < count(); ++i) {
        same = itemText(i) == items[static_cast<std::size_t>(i)].first &&
               itemData(i).toString() == items[static_cast<std::size_t>(i)].second;
    }
    if (same) {
        return;
    }
    const QString chosen = currentData().toString();
    const QSignalBlocker quiet(this);  // the route chosen stays the same
    clear();
    for (const auto& [text, route] : items) {
        addItem(text, route);
    }
    setCurrentIndex(std::max(0, findData(chosen)));
}

}  // namespace sluice::ui
