// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <utility>

namespace sluice::engine {

// Zeroed memory for large, randomly accessed arrays, backed by 2 MiB pages where the kernel allows it.
// With millions of keys every lookup lands on a different 4 KiB page; huge pages turn most of those TLB
// misses (each a page-table walk that may itself miss the cache) into hits.
class HugePageBuffer final {
public:
    HugePageBuffer() = default;
    explicit HugePageBuffer(std::size_t bytes);
    ~HugePageBuffer();
    HugePageBuffer(HugePageBuffer&& other) noexcept { swap(other); }
    HugePageBuffer& operator=(HugePageBuffer&& other) noexcept
    {
        swap(other);
        return *this;
    }
    HugePageBuffer(const HugePageBuffer&) = delete;
    HugePageBuffer& operator=(const HugePageBuffer&) = delete;

    void* data() const { return m_data; }
    std::size_t bytes() const { return m_bytes; }

private:
    void swap(HugePageBuffer& other) noexcept
    {
        std::swap(m_base, other.m_base);
        std::swap(m_mapped, other.m_mapped);
        std::swap(m_data, other.m_data);
        std::swap(m_bytes, other.m_bytes);
    }

    void* m_base = nullptr;
    std::size_t m_mapped = 0;
    void* m_data = nullptr;
    std::size_t m_bytes = 0;
};

// A fixed-size array of trivially copyable T in a HugePageBuffer.
template <typename T>
class HugePageArray final {
public:
    HugePageArray() = default;
    explicit HugePageArray(std::size_t count) : m_buffer(count * sizeof(T)), m_count(count) {}

    T* data() const { return static_cast<T*>(m_buffer.data()); }
    T& operator[](std::size_t i) const { return data()[i]; }
    std::size_t size() const { return m_count; }
    std::size_t memoryBytes() const { return m_buffer.bytes(); }

private:
    HugePageBuffer m_buffer;
    std::size_t m_count = 0;
};

}  // namespace sluice::engine
