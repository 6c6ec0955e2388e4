// SPDX-License-Identifier: Apache-2.0
#include "anomaly/AnomalyDetectors.h"

namespace sluice::engine::anomaly {

AnomalyDetectors::AnomalyDetectors(const AnomalyConfig& config) : m_config(config) {}

void AnomalyDetectors::configure(const AnomalyConfig& config) { m_config = config; }

void AnomalyDetectors::sample(TimeNs now, const PartContext& context, std::vector<Finding>& out)
{
    (void)now;
    (void)context;
    (void)out;
}

void AnomalyDetectors::fillView(AnomalyView& out) const { out.minDataDays = m_config.minDataDays; }

std::vector<std::pair<std::string, std::string>> AnomalyDetectors::saveBaselines() const { return {}; }

void AnomalyDetectors::restoreBaselines(const std::vector<std::pair<std::string, std::string>>& rows) { (void)rows; }

}  // namespace sluice::engine::anomaly
