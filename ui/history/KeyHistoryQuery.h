// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "history/ReadOnlyConnection.h"
#include "history/ReputationEvent.h"

namespace sluice::ui {

// The newest `limit` reputation events of `key`, newest first. Runs on a DatabaseReader's thread.
KeyHistory readKeyHistory(ReadOnlyConnection& connection, const QString& key, int limit);

}  // namespace sluice::ui
