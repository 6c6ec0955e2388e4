// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace sluice::ui {

// A moment in a key's life, short: today's as a time with seconds, older ones with their date.
QString formatKeyTime(qint64 atMs);

}  // namespace sluice::ui
