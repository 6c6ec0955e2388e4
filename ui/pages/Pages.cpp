// SPDX-License-Identifier: Apache-2.0
// The pages of the console, in sidebar order.
#include "PageRegistry.h"
#include "pages/anomalies/AnomaliesPage.h"
#include "pages/audit/AuditPage.h"
#include "pages/flags/FlagsPage.h"
#include "pages/fleet/FleetPage.h"
#include "pages/notifications/NotificationsPage.h"
#include "pages/overview/OverviewPage.h"
#include "pages/reports/ReportsPage.h"
#include "pages/reputation/ReputationPage.h"
#include "pages/sources/SourcesPage.h"
#include "pages/throttle/ThrottlePage.h"
#include "pages/vip/VipPage.h"
#include "pages/whatif/WhatIfPage.h"

#include <QCoreApplication>

namespace sluice::ui {

const std::vector<PageEntry>& registeredPages()
{
    static const std::vector<PageEntry> pages{
        pageEntry<OverviewPage>("overview", QT_TRANSLATE_NOOP("sluice::ui::MainWindow", "Overview")),
        pageEntry<ReputationPage>("reputation", QT_TRANSLATE_NOOP("sluice::ui::MainWindow", "Reputation")),
        pageEntry<ThrottlePage>("throttle", QT_TRANSLATE_NOOP("sluice::ui::MainWindow", "Throttle")),
        pageEntry<VipPage>("vip", QT_TRANSLATE_NOOP("sluice::ui::MainWindow", "VIP")),
        pageEntry<AuditPage>("audit", QT_TRANSLATE_NOOP("sluice::ui::MainWindow", "Audit")),
        pageEntry<SourcesPage>("sources", QT_TRANSLATE_NOOP("sluice::ui::MainWindow", "Sources")),
        pageEntry<AnomaliesPage>("anomalies", QT_TRANSLATE_NOOP("sluice::ui::MainWindow", "Anomalies")),
        pageEntry<NotificationsPage>("notifications", QT_TRANSLATE_NOOP("sluice::ui::MainWindow", "Notifications")),
        pageEntry<FlagsPage>("flags", QT_TRANSLATE_NOOP("sluice::ui::MainWindow", "Flags")),
        pageEntry<WhatIfPage>("whatif", QT_TRANSLATE_NOOP("sluice::ui::MainWindow", "What-if")),
        pageEntry<ReportsPage>("reports", QT_TRANSLATE_NOOP("sluice::ui::MainWindow", "Reports")),
        pageEntry<FleetPage>("fleet", QT_TRANSLATE_NOOP("sluice::ui::MainWindow", "Fleet")),
    };
    return pages;
}

}  // namespace sluice::ui
