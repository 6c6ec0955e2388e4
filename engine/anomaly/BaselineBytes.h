// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace sluice::engine::anomaly {

// What the detectors learned, as bytes for the database and back. Fixed-size fields in machine order, no
// parsing: a reader only takes whole values while bytes remain, and the caller checks each value's range, so
// bytes from another version or from a damaged row are refused, never trusted.
class BaselineWriter final {
public:
    template <class T>
    void put(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        const auto at = m_bytes.size();
        m_bytes.resize(at + sizeof(T));
        std::memcpy(m_bytes.data() + at, &value, sizeof(T));
    }
    void putBytes(std::string_view bytes)
    {
        put(static_cast<std::uint32_t>(bytes.size()));
        m_bytes.append(bytes);
    }
    std::string take() { return std::move(m_bytes); }

private:
    std::string m_bytes;
};

class BaselineReader final {
public:
    explicit BaselineReader(std::string_view bytes) : m_bytes(bytes) {}

    template <class T>
    bool get(T& out)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        if (m_bytes.size() - m_at < sizeof(T)) {
            return false;
        }
        std::memcpy(&out, m_bytes.data() + m_at, sizeof(T));
        m_at += sizeof(T);
        return true;
    }
    // A finite float in [low, high].
    bool getFloat(float& out, float low, float high)
    {
        return get(out) && std::isfinite(out) && out >= low && out <= high;
    }
    bool getBytes(std::string_view& out)
    {
        std::uint32_t size = 0;
        if (!get(size) || m_bytes.size() - m_at < size) {
            return false;
        }
        out = m_bytes.substr(m_at, size);
        m_at += size;
        return true;
    }
    bool atEnd() const { return m_at == m_bytes.size(); }

private:
    std::string_view m_bytes;
    std::size_t m_at = 0;
};

}  // namespace sluice::engine::anomaly
