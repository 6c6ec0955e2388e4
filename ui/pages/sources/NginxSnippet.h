// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace sluice::ui {

// The nginx configuration that puts Sluice in front of a site with auth_request: every request is checked
// at `checkAddress` (host:port of the listener) first, and a denial becomes 429 with Sluice's Retry-After.
QString nginxSnippet(const QString& checkAddress);

}  // namespace sluice::ui
