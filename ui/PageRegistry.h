// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>
#include <type_traits>
#include <vector>

class QWidget;

namespace sluice::ui {

class EngineClient;
class FleetFeed;
class Page;

// One page of the console as the window lists it. `title` is translated in the MainWindow context, so
// write it with QT_TRANSLATE_NOOP("sluice::ui::MainWindow", ...); `icon` is a resource path, empty for none.
struct PageEntry {
    QString id;
    const char* title;
    QString icon;
    std::function<Page*(EngineClient* engine, FleetFeed* fleet, QWidget* parent)> make;
};

// Every page in sidebar order (Ctrl+1 is the first). Adding a page is a folder under ui/pages/ and one
// line in ui/pages/Pages.cpp.
const std::vector<PageEntry>& registeredPages();

// An entry for a page class made as T(engine, fleet, parent) when it shows the fleet the console is attached to,
// T(engine, parent), or T(parent) when it needs no engine.
template <typename T>
PageEntry pageEntry(const char* id, const char* title, const char* icon = "")
{
    return PageEntry{QString::fromLatin1(id), title, QString::fromLatin1(icon),
                     [](EngineClient* engine, FleetFeed* fleet, QWidget* parent) -> Page* {
                         if constexpr (std::is_constructible_v<T, EngineClient*, FleetFeed*, QWidget*>) {
                             return new T(engine, fleet, parent);
                         } else if constexpr (std::is_constructible_v<T, EngineClient*, QWidget*>) {
                             return new T(engine, parent);
                         } else {
                             return new T(parent);
                         }
                     }};
}

}  // namespace sluice::ui
