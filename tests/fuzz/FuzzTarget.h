// SPDX-License-Identifier: Apache-2.0
#pragma once
// Every fuzz target defines this entry point: libFuzzer calls it in the fuzz build, CorpusMain.cpp over the
// seed corpus in the normal build. It returns 0; a broken promise of the parser stops the process.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace sluice::fuzz {

// Stops the run when a parser breaks its own contract, so the input is kept as a reproducer.
inline void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz target: %s\n", what);
        std::abort();
    }
}

}  // namespace sluice::fuzz
