// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "report/ReportDocument.h"

#include "report/PeriodReport.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sluice::ui {

// The operations report of a period, laid out in the console's language: key figures, traffic and denials,
// reputation, throttle, alerts, notifications, VIP and flag changes, top denied keys and the audit summary.
class PeriodDocument final {
    Q_DECLARE_TR_FUNCTIONS(PeriodDocument)

public:
    static ReportDocument build(const engine::report::PeriodReport& report, const QDateTime& generated);
    // "1 Dec 2026 00:00 – 8 Dec 2026 00:00 (UTC)": a period in the locale's words and the local time zone.
    static QString periodText(engine::TimeNs from, engine::TimeNs to, const QLocale& locale);
    static QString moment(engine::TimeNs at, const QLocale& locale);
    // Any report's frame in the console's language and locale: its title, what it covers, when and by which Sluice
    // it was generated, and the page foot. Sections are the caller's.
    static ReportDocument frame(const QString& title, const QString& period, const QDateTime& generated);
};

}  // namespace sluice::ui
