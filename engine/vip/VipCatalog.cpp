// SPDX-License-Identifier: Apache-2.0
#include "vip/VipCatalog.h"

namespace sluice::engine {

bool VipCatalog::put(std::string_view name, double multiplier, std::string& error)
{
    if (name.empty()) {
        error = "VIP tier name is empty";
        return false;
    }
    if (!(multiplier >= kMinMultiplier && multiplier <= kMaxMultiplier)) {
        error = "VIP tier '" + std::string(name) + "': multiplier must be between 1.0 and 5.0";
        return false;
    }
    if (auto index = indexOf(name)) {
        m_tiers[static_cast<std::size_t>(*index - 1)].multiplier = multiplier;
        return true;
    }
    for (auto& tier : m_tiers) {
        if (tier.name.empty()) {
            tier = VipTier{std::string(name), multiplier};
            return true;
        }
    }
    if (m_tiers.size() >= static_cast<std::size_t>(kMaxVipTiers)) {
        error = "the VIP catalog is full (at most 15 tiers)";
        return false;
    }
    m_tiers.push_back(VipTier{std::string(name), multiplier});
    return true;
}

bool VipCatalog::remove(std::string_view name)
{
    auto index = indexOf(name);
    if (!index) {
        return false;
    }
    m_tiers[static_cast<std::size_t>(*index - 1)] = VipTier{};
    return true;
}

std::optional<int> VipCatalog::indexOf(std::string_view name) const
{
    for (std::size_t i = 0; i < m_tiers.size(); ++i) {
        if (!m_tiers[i].name.empty() && m_tiers[i].name == name) {
            return static_cast<int>(i + 1);
        }
    }
    return std::nullopt;
}

const VipTier* VipCatalog::at(int index) const
{
    if (index < 1 || static_cast<std::size_t>(index) > m_tiers.size() || m_tiers[index - 1].name.empty()) {
        return nullptr;
    }
    return &m_tiers[static_cast<std::size_t>(index - 1)];
}

void VipCatalog::fillMultipliers(RateTable::Multipliers& out) const
{
    out.vip.fill(1.0);
    for (std::size_t i = 0; i < m_tiers.size(); ++i) {
        out.vip[i + 1] = m_tiers[i].name.empty() ? 1.0 : m_tiers[i].multiplier;
    }
}

}  // namespace sluice::engine
