// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "flags/FlagModel.h"

#include <QString>

#include <optional>
#include <vector>

namespace sluice::ui {

// The one-line text forms the flag editor's tables use, read back with a sentence naming what is wrong.
//   parameters:  rollout=50, stickiness=default, groupId=beta
//   constraints: appName IN web,ios; !userId STR_STARTS_WITH test- /i; currentTime DATE_AFTER 2026-01-01T00:00:00Z
//                ("!" inverts a constraint, "/i" ignores case)
//   segments:    1, 3
//   payload:     json: {"color": "blue"}
//   strategy variants: blue 50, green 50 (name and weight in percent; the weights add up to 100)
//   dependencies: checkout-v2, !legacy-ui, experiment:blue|green
//                ("!" wants the parent off; ":" names the parent's variants one of which it must give)
QString parametersText(const std::vector<std::pair<std::string, std::string>>& parameters);
std::optional<std::vector<std::pair<std::string, std::string>>> readParameters(const QString& text, QString& error);

QString constraintsText(const std::vector<engine::flags::Constraint>& constraints);
std::optional<std::vector<engine::flags::Constraint>> readConstraints(const QString& text, QString& error);

QString segmentsText(const std::vector<int>& segments);
std::optional<std::vector<int>> readSegments(const QString& text, QString& error);

// Strategy variants keep what the line does not show (stickiness, payload, overrides) from `kept` by name.
QString strategyVariantsText(const std::vector<engine::flags::Variant>& variants);
std::optional<std::vector<engine::flags::Variant>>
readStrategyVariants(const QString& text, const std::vector<engine::flags::Variant>& kept, QString& error);

QString dependenciesText(const std::vector<engine::flags::Dependency>& dependencies);
std::optional<std::vector<engine::flags::Dependency>> readDependencies(const QString& text, QString& error);

QString payloadText(const std::optional<engine::flags::Payload>& payload);
std::optional<std::optional<engine::flags::Payload>> readPayload(const QString& text, QString& error);

}  // namespace sluice::ui
