// SPDX-License-Identifier: Apache-2.0
// The VIP CSV reader (`vip import`, the console's import): any bytes give rows or located errors, never a crash.
#include "FuzzTarget.h"

#include "vip/VipCsv.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine;
    const VipCsvParse parsed = VipCsv::parse(std::string_view(reinterpret_cast<const char*>(data), size));
    sluice::fuzz::require(parsed.errors.size() <= VipCsv::kMaxErrors + 1, "the error list is bounded");
    for (const VipCsvError& e : parsed.errors) {
        sluice::fuzz::require(e.line >= 1 && !e.message().empty(), "an error names its line and what is wrong");
    }
    if (parsed.errors.empty()) {
        (void)VipCsv::toCommand(parsed.rows, "fuzz");
    }
    return 0;
}
