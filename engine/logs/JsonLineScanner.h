// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logs/LogRecord.h"
#include "logs/LogVariable.h"
#include "logs/RecordBuilder.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::engine::logs {

// Reads one flat JSON object per line ({"remote_addr":"1.2.3.4","status":200,...}) without building a
// document: a general JSON library allocates per value, this scanner only unescapes strings into scratch
// memory reserved once for the longest line. Nested values are skipped; fields not mapped are ignored.
class JsonLineScanner final {
public:
    // `fields`: (variable name, JSON field name); empty = every variable under its own name.
    explicit JsonLineScanner(const std::vector<std::pair<std::string, std::string>>& fields);

    std::string_view parse(std::string_view line, LogRecord& out);

private:
    struct Mapping {
        std::string field;
        LogVariable variable = LogVariable::Skip;
        std::string headerName;
    };

    const Mapping* mappingOf(std::string_view field) const;
    bool readString(std::string_view line, std::size_t& pos, std::string_view& value);
    static bool skipNested(std::string_view line, std::size_t& pos);

    std::vector<Mapping> m_mappings;
    bool m_anyHeader = false;  // unmapped "http_<name>" fields are headers (the default mapping)
    std::string m_scratch;
    RecordBuilder m_builder;
};

}  // namespace sluice::engine::logs
