// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace sluice::ui {

// Admin actions in words, for the audit log and the chart markers: "Throttle override set" for
// throttle.override, "Auto-throttle" for engine.throttle_override. The ids stay in tooltips and exports.

// The action's words; an id this console does not know (a newer one) is shown as it is.
QString adminActionWords(const QString& action);
// The target's words where the engine names one of its own settings ("Rate limit policies") or counts an
// import ("2 assignments"); keys and tier names are shown as they are.
QString adminTargetWords(const QString& action, const QString& target);
// Whether adminActionWords() has words for `action` rather than echoing it.
bool hasAdminActionWords(const QString& action);
// The words of every target the engine names itself, to size a column for them.
QStringList adminSettingWords();

}  // namespace sluice::ui
