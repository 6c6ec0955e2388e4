// SPDX-License-Identifier: Apache-2.0
#pragma once

// Writes a 30-day database (a month of traffic minutes, violations, throttle periods, alerts, notifications and
// admin changes, as a busy console leaves them) and prints how long its operations report takes as PDF, with the
// read alone and the HTML beside it: report_read_seconds_30d, report_pdf_seconds_30d, report_html_seconds_30d.
// Needs a QGuiApplication. Returns false when a step failed (said on stderr).
bool runReportBench(int runs);
