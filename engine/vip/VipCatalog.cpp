// SPDX-License-Identifier: Apache-2.0
#include "vip/VipCatalog.h"

#include "core/EngineText.h"
#include "core/TextCheck.h"

#include <algorithm>
#include <cctype>

namespace sluice::engine {

namespace {
bool sameIgnoringCase(std::string_view a, std::string_view b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}
}  // namespace

std::optional<std::string> VipCatalog::checkName(std::string_view name)
{
    if (name.empty()) {
        return say(Text::VipTierNeedsName);
    }
    // The name is quoted back as it came (from a file, a dialog or a command line): shown safely, and cut
    // short when it is long.
    const std::string shown = TextCheck::escapeForTerminal(name, 2 * kMaxNameBytes);
    if (name.size() > kMaxNameBytes) {
        return say(Text::VipTierNameTooLong, {shown});
    }
    // ASCII only, whatever the C locale says a letter is.
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (!letter(name.front())) {
        return say(Text::VipTierNameStart, {shown});
    }
    const bool allowed = std::all_of(
        name.begin(), name.end(), [&](char c) { return letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_'; });
    if (!allowed) {
        return say(Text::VipTierNameCharacters, {shown});
    }
    return std::nullopt;
}

bool VipCatalog::put(std::string_view name, double multiplier, std::string& error)
{
    if (auto problem = checkName(name)) {
        error = *problem;
        return false;
    }
    if (!(multiplier >= kMinMultiplier && multiplier <= kMaxMultiplier)) {
        error = say(Text::VipTierMultiplier, {name});
        return false;
    }
    for (const auto& tier : m_tiers) {
        if (!tier.name.empty() && tier.name != name && sameIgnoringCase(tier.name, name)) {
            error = say(Text::VipTierCaseClash, {name, tier.name});
            return false;
        }
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
        error = say(Text::VipCatalogFull);
        return false;
    }
    m_tiers.push_back(VipTier{std::string(name), multiplier});
    return true;
}

bool VipCatalog::load(std::string_view name, double multiplier)
{
    if (name.empty() || !(multiplier > 0 && multiplier < 1e6) || indexOf(name) ||
        m_tiers.size() >= static_cast<std::size_t>(kMaxVipTiers)) {
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
