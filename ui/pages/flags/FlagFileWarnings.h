// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

#include <string>
#include <vector>

namespace sluice::ui {

// The warnings a flags file was read with (unknown strategies and operators, by path) as lines for a person: the
// first eight, then how many more.
QStringList flagFileWarningLines(const std::vector<std::string>& warnings);

}  // namespace sluice::ui
