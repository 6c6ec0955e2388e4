// SPDX-License-Identifier: Apache-2.0
// Access log lines (a followed or replayed log): any bytes split into lines and parsed in every format become
// requests with usable keys or rejected lines with reasons, never a crash. The first byte picks the format and
// the key, the second the chunk size the bytes arrive in.
#include "FuzzTarget.h"

#include "core/TextCheck.h"
#include "logs/LineIngest.h"
#include "logs/LineSplitter.h"

#include <string>
#include <string_view>

namespace {

using namespace sluice::engine;
using namespace sluice::engine::logs;

constexpr std::string_view kFormats[] = {
    "combined",
    "common",
    "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_x_forwarded_for\" "
    "$request_time $http_x_user_id",
    "$time_iso8601|$remote_addr|$request_method|$request_uri|$status|$upstream_response_time|$msec",
    "json",
    "json:remote_addr=ip,msec=ts,request=req,status=code,http_x_user_id=user",
};
constexpr std::string_view kKeys[] = {"ip", "xff-first", "xff-last", "user", "header:X-User-Id", "path:^/([a-z]+)/"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2) {
        return 0;
    }
    const std::size_t formatCount = std::size(kFormats);
    const std::size_t keyCount = std::size(kKeys);
    std::string error;
    IngestOptions options;
    options.format = *logFormatFromText(kFormats[data[0] % formatCount], error);
    options.key = *keySpecFromText(kKeys[(data[0] / formatCount) % keyCount], error);
    options.routes.add("/api", "api");
    options.routes.add("/api/login", "login");
    LineIngest ingest(std::move(options));
    const std::size_t chunk = 1 + data[1] % 64;
    const std::string_view bytes(reinterpret_cast<const char*>(data + 2), size - 2);

    RequestBatch batch;
    LineSplitter splitter(512);
    auto onLine = [&](std::string_view line, std::uint64_t number, bool tooLong) {
        sluice::fuzz::require(number == splitter.linesSeen(), "lines are numbered in order");
        if (tooLong) {
            sluice::fuzz::require(line.size() <= 512, "only the head of a long line is handed over");
            ingest.addTooLong(line, number);
        } else {
            sluice::fuzz::require(line.find('\n') == std::string_view::npos, "a line holds no line feed");
            ingest.add(line, number, batch);
        }
    };
    for (std::size_t at = 0; at < bytes.size(); at += chunk) {
        splitter.feed(bytes.substr(at, chunk), onLine);
    }
    splitter.finish(onLine);

    sluice::fuzz::require(ingest.read() == splitter.linesSeen(), "every line is read once");
    sluice::fuzz::require(ingest.read() == ingest.parsed() + ingest.rejected().count(),
                          "every line becomes a request or a rejection");
    sluice::fuzz::require(batch.requests.size() == ingest.parsed(), "every parsed line is a request");
    for (const Request& r : batch.requests) {
        sluice::fuzz::require(!r.key.empty() && !TextCheck::check(r.key, TextCheck::Kind::Key), "a key is usable text");
        sluice::fuzz::require(r.cost == 1, "a logged request costs one");
    }
    for (const RejectedLine& r : ingest.rejected().first()) {
        sluice::fuzz::require(!r.reason.empty() && r.number >= 1, "a rejection names its line and reason");
        sluice::fuzz::require(TextCheck::isValidUtf8(r.head), "a rejected line is shown as valid text");
    }
    return 0;
}
