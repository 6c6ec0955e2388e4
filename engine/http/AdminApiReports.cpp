// SPDX-License-Identifier: Apache-2.0
// The admin API's report route: the operations report of a period as JSON, the same document as
// `sluice report --out FILE.json`, read from the database on the reader thread.
#include "http/AdminApi.h"
#include "http/AdminReplies.h"
#include "report/PeriodReport.h"

namespace sluice::engine::http {

namespace {
constexpr TimeNs kLongestPeriod = 366 * kNsPerDay;
}  // namespace

void AdminApi::report(const HttpRequest& request, Responder& responder)
{
    bool ok = true;
    const std::optional<TimeNs> from = queryInstant(request, "from", ok);
    const TimeNs now = m_clock.now();
    const TimeNs to = queryInstant(request, "to", ok).value_or(now);
    if (!ok || !from) {
        responder.send(problem(400, "from, to: RFC 3339 times such as 2027-01-01T00:00:00Z; from is required, to is "
                                    "now when left out"));
        return;
    }
    if (*from >= to || to - *from > kLongestPeriod) {
        responder.send(problem(400, "to: the period must end after it starts and last at most 366 days"));
        return;
    }
    read(responder, [path = m_databasePath, from = *from, to, now](store::Database*, const std::string&) {
        // readPeriodReport opens the file read-only itself, with the report's own queries.
        report::PeriodReport out;
        if (auto error = report::readPeriodReport(path, from, to, out)) {
            return problem(503, *error);
        }
        HttpResponse r;
        r.contentType = "application/json";
        r.body = report::writePeriodJson(out, now);
        return r;
    });
}

}  // namespace sluice::engine::http
