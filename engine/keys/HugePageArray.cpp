// SPDX-License-Identifier: Apache-2.0
#include "keys/HugePageArray.h"

#include <cstdint>
#include <new>

#include <sys/mman.h>

namespace sluice::engine {

namespace {
constexpr std::size_t kHugePage = 2U << 20U;
}

HugePageBuffer::HugePageBuffer(std::size_t bytes)
{
    if (bytes == 0) {
        return;
    }
    const bool huge = bytes >= kHugePage;
    const std::size_t rounded = huge ? (bytes + kHugePage - 1) / kHugePage * kHugePage : bytes;
    // Map one huge page more than needed so the data can start on a huge-page boundary.
    m_mapped = huge ? rounded + kHugePage : rounded;
    m_base = mmap(nullptr, m_mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m_base == MAP_FAILED) {
        m_base = nullptr;
        throw std::bad_alloc();
    }
    auto address = reinterpret_cast<std::uintptr_t>(m_base);
    if (huge) {
        address = (address + kHugePage - 1) / kHugePage * kHugePage;
        madvise(reinterpret_cast<void*>(address), rounded, MADV_HUGEPAGE);  // a hint; fine if refused
    }
    m_data = reinterpret_cast<void*>(address);
    m_bytes = rounded;
}

HugePageBuffer::~HugePageBuffer()
{
    if (m_base != nullptr) {
        munmap(m_base, m_mapped);
    }
}

}  // namespace sluice::engine
