// SPDX-License-Identifier: Apache-2.0
#include "store/Migrations.h"

#include <charconv>
#include <cstring>

namespace sluice::engine::store {

std::span<const Migration> migrations()
{
    static const std::vector<Migration> all = [] {
        std::vector<Migration> out;
        for (const EmbeddedFile& file : embeddedMigrations()) {
            int version = 0;
            std::from_chars(file.name, file.name + std::strlen(file.name), version);
            out.push_back(Migration{version, file.name, file.text});
        }
        return out;
    }();
    return all;
}

}  // namespace sluice::engine::store
