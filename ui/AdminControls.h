// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QAction;
class QWidget;

namespace sluice::ui {

class EngineClient;

// Every control that changes what the engine does (VIP, throttle, policies, reputation settings, feature
// gates) is marked with one of these, right where it is created. In a read-only console the control stays
// disabled, whatever the page later does with it, and its tooltip says why. Controls that only change what
// is shown, the simulated traffic included, are not admin controls. Pages declare theirs through
// Page::adminControl(), which calls these.
QString readOnlyExplanation();
void markAdminControl(QWidget* control, const EngineClient& engine, const QString& reason = readOnlyExplanation());
void markAdminControl(QAction* action, const EngineClient& engine, const QString& reason = readOnlyExplanation());

// The name of the property that marks an admin control (for tests).
inline constexpr const char* kAdminControlProperty = "sluiceAdminControl";

}  // namespace sluice::ui
