// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <vector>

namespace sluice::engine {

// A small open-addressing map from 64-bit hashes to plain values (linear probing, backward-shift delete).
// Keys are already well-mixed hashes; 0 is reserved as "empty".
template <typename Value>
class U64Map final {
public:
    Value* find(std::uint64_t key)
    {
        const std::size_t i = slotOf(key);
        return i == kMissing ? nullptr : &m_values[i];
    }
    const Value* find(std::uint64_t key) const
    {
        const std::size_t i = slotOf(key);
        return i == kMissing ? nullptr : &m_values[i];
    }

    Value& operator[](std::uint64_t key)
    {
        if ((m_size + 1) * 10 > m_keys.size() * 7) {
            grow();
        }
        key = normalize(key);
        std::size_t i = key & m_mask;
        for (; m_keys[i] != 0; i = (i + 1) & m_mask) {
            if (m_keys[i] == key) {
                return m_values[i];
            }
        }
        m_keys[i] = key;
        m_values[i] = Value{};
        ++m_size;
        return m_values[i];
    }

    bool erase(std::uint64_t key)
    {
        if (m_size == 0) {
            return false;
        }
        key = normalize(key);
        std::size_t i = key & m_mask;
        for (; m_keys[i] != key; i = (i + 1) & m_mask) {
            if (m_keys[i] == 0) {
                return false;
            }
        }
        eraseAt(i);
        return true;
    }

    // Visits every entry once; `fn(key, value)` returns false to erase it.
    template <typename Fn>
    void retainIf(Fn fn)
    {
        if (m_size == 0) {
            return;
        }
        // Start just after an empty slot: no probe chain crosses it, so the shifts of backward-shift
        // deletion never carry an entry from the visited part into the part still to visit.
        std::size_t start = 0;
        while (m_keys[start] != 0) {
            ++start;
        }
        for (std::size_t step = 1; step <= m_keys.size();) {
            const std::size_t i = (start + step) & m_mask;
            if (m_keys[i] != 0 && !fn(m_keys[i], m_values[i])) {
                eraseAt(i);  // a later entry of the same chain may now sit at i: look at i again
            } else {
                ++step;
            }
        }
    }

    std::size_t size() const { return m_size; }
    std::size_t memoryBytes() const { return m_keys.capacity() * (sizeof(std::uint64_t) + sizeof(Value)); }

private:
    static constexpr std::size_t kMissing = ~std::size_t{0};

    std::size_t slotOf(std::uint64_t key) const
    {
        if (m_size == 0) {
            return kMissing;
        }
        key = normalize(key);
        for (std::size_t i = key & m_mask;; i = (i + 1) & m_mask) {
            if (m_keys[i] == key) {
                return i;
            }
            if (m_keys[i] == 0) {
                return kMissing;
            }
        }
    }

    static std::uint64_t normalize(std::uint64_t key) { return key == 0 ? 1 : key; }

    void eraseAt(std::size_t hole)
    {
        for (std::size_t j = (hole + 1) & m_mask; m_keys[j] != 0; j = (j + 1) & m_mask) {
            const std::size_t home = m_keys[j] & m_mask;
            // Move j into the hole unless its home lies cyclically in (hole, j].
            if (((j - home) & m_mask) >= ((j - hole) & m_mask)) {
                m_keys[hole] = m_keys[j];
                m_values[hole] = m_values[j];
                hole = j;
            }
        }
        m_keys[hole] = 0;
        --m_size;
    }

    void grow()
    {
        std::vector<std::uint64_t> oldKeys = std::move(m_keys);
        std::vector<Value> oldValues = std::move(m_values);
        const std::size_t capacity = oldKeys.empty() ? 64 : oldKeys.size() * 2;
        m_keys.assign(capacity, 0);
        m_values.assign(capacity, Value{});
        m_mask = capacity - 1;
        for (std::size_t i = 0; i < oldKeys.size(); ++i) {
            if (oldKeys[i] != 0) {
                std::size_t j = oldKeys[i] & m_mask;
                while (m_keys[j] != 0) {
                    j = (j + 1) & m_mask;
                }
                m_keys[j] = oldKeys[i];
                m_values[j] = oldValues[i];
            }
        }
    }

    std::vector<std::uint64_t> m_keys;
    std::vector<Value> m_values;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

}  // namespace sluice::engine
