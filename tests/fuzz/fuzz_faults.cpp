// SPDX-License-Identifier: Apache-2.0
// The faults reader (`sluice whatif --faults <file>`, the Simulation page): any bytes give a schedule or a
// message, never a crash, and an accepted schedule yields a backend the model can use at any moment.
#include "FuzzTarget.h"

#include "sim/BackendModel.h"
#include "sim/Faults.h"

#include <cmath>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sluice::engine::sim;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    FaultSchedule schedule;
    std::string error;
    if (!parseFaults(text, "fuzz.json", schedule, error)) {
        sluice::fuzz::require(!error.empty(), "a refused faults file comes with a message");
        return 0;
    }
    const BackendModel calm{BackendConfig{}};
    for (const Fault& f : schedule.faults()) {
        for (const double at : {static_cast<double>(f.atS), static_cast<double>(f.atS + f.durationS) - 0.5}) {
            const BackendModel model(schedule.backendAt(BackendConfig{}, at));
            const LoadSample s = model.sample(1000, 100);
            sluice::fuzz::require(std::isfinite(s.cpuPercent) && s.cpuPercent >= 0 && s.cpuPercent <= 100,
                                  "CPU stays a percentage under any faults");
            sluice::fuzz::require(std::isfinite(s.concurrency) && s.concurrency >= calm.sample(1000, 100).concurrency,
                                  "faults never lower the requests in flight");
        }
    }
    return 0;
}
