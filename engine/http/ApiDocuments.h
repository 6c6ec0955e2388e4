// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/EmbeddedFile.h"

#include <span>

namespace sluice::engine::http {

// resources/api/*.json compiled in: the admin API's OpenAPI document ("openapi").
std::span<const EmbeddedFile> embeddedApiDocuments();

}  // namespace sluice::engine::http
