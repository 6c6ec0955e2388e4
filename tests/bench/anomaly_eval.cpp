// SPDX-License-Identifier: Apache-2.0
// Anomaly detection measured. The single-series detector against labelled data nobody here made: the Numenta
// Anomaly Benchmark series found next to the source tree (../shared/data/nab), scored as NAB scores a detector,
// plus its speed; without the data it says so. Then the engine's detection against the simulator's ground truth
// (SimAnomalyEval). Prints one `name value unit` line per figure.
#include "NabScore.h"
#include "SimAnomalyEval.h"

#include "anomaly/AnomalyDetector.h"
#include "anomaly/SeriesCsv.h"
#include "core/InputFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

using namespace sluice::engine;
using namespace sluice::bench;
namespace fs = std::filesystem;

namespace {

struct Series {
    std::string name;  // folder/file.csv, as the label file names it
    std::vector<anomaly::SeriesRow> rows;
    Windows windows;
};

// A window's end points are time stamps of the file ("2014-04-10 07:15:00.000000"); it covers every row from
// the first at or after its start to the last at or before its end.
Windows windowRows(const nlohmann::json& list, const std::vector<anomaly::SeriesRow>& rows)
{
    Windows windows;
    for (const auto& pair : list) {
        TimeNs start = 0, end = 0;
        if (!anomaly::SeriesCsv::parseTime(pair.at(0).get<std::string>(), start) ||
            !anomaly::SeriesCsv::parseTime(pair.at(1).get<std::string>(), end)) {
            continue;
        }
        std::size_t first = rows.size(), last = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].time >= start && rows[i].time <= end) {
                first = std::min(first, i);
                last = i;
            }
        }
        if (first < rows.size()) {
            windows.emplace_back(first, last);
        }
    }
    return windows;
}

bool load(const fs::path& dir, std::vector<Series>& out)
{
    std::ifstream labelFile(dir / "combined_windows.json");
    if (!labelFile) {
        return false;
    }
    const nlohmann::json labels = nlohmann::json::parse(labelFile);
    for (const auto& [name, list] : labels.items()) {
        std::string text;
        if (const auto problem = readInputFile((dir / name).string(), kMaxCsvBytes, text, "series file")) {
            std::fprintf(stderr, "%s\n", problem->c_str());
            continue;
        }
        const anomaly::SeriesParse parsed = anomaly::SeriesCsv::parse(text);
        if (!parsed.ok()) {
            std::fprintf(stderr, "%s: line %zu is not a series row\n", name.c_str(), parsed.line);
            continue;
        }
        Series s{name, parsed.rows, {}};
        s.windows = windowRows(list, s.rows);
        out.push_back(std::move(s));
    }
    return !out.empty();
}

std::vector<bool> alertsOf(const Series& s)
{
    anomaly::AnomalyDetector detector;
    std::vector<bool> alerts(s.rows.size());
    for (std::size_t i = 0; i < s.rows.size(); ++i) {
        alerts[i] = detector.observe(s.rows[i].time, s.rows[i].value).alert;
    }
    return alerts;
}

void print(const std::string& prefix, const NabTally& t)
{
    // A folder without windows (the false-positive check) has only false alerts to show.
    if (t.windows > 0) {
        std::printf("%s.window_recall %.3f ratio\n", prefix.c_str(),
                    static_cast<double>(t.windowsDetected) / static_cast<double>(t.windows));
    }
    std::printf("%s.fp_per_1k_rows %.3f rows\n", prefix.c_str(),
                1000.0 * static_cast<double>(t.falseAlertRows) /
                    static_cast<double>(std::max<std::size_t>(1, t.scoredRows)));
    if (t.windows > 0) {
        std::printf("%s.standard_score %.1f points\n", prefix.c_str(), t.normalised());
    }
}

double nsPerSample(const std::vector<Series>& all)
{
    double best = 1e18;
    for (int run = 0; run < 5; ++run) {
        std::size_t samples = 0;
        double sink = 0;
        const auto t0 = std::chrono::steady_clock::now();
        for (const Series& s : all) {
            anomaly::AnomalyDetector detector;
            for (const auto& row : s.rows) {
                sink += detector.observe(row.time, row.value).score;
            }
            samples += s.rows.size();
        }
        const auto t1 = std::chrono::steady_clock::now();
        std::fprintf(stderr, "(checksum %.3f)\n", sink);
        best = std::min(best, std::chrono::duration<double, std::nano>(t1 - t0).count() / static_cast<double>(samples));
    }
    return best;
}

// On the simulator's built-in scenarios: attack incidents alerted, alerts in ordinary traffic, time to alert.
void printSimulation(const SimEvalOptions& options)
{
    const SimEvalFigures f = evaluateScenarios(options);
    for (const std::string& line : f.lines) {
        std::fprintf(stderr, "%s\n", line.c_str());
    }
    std::printf("sim.recall %.3f ratio\n", f.incidents > 0 ? static_cast<double>(f.alerted) / f.incidents : 0.0);
    std::printf("sim.false_alerts_per_day %.2f alerts\n", f.falseAlertsPerDay);
    std::printf("sim.detection_latency_s %.0f s\n", f.medianLatencyS);
    std::printf("sim.unmatched_attack_run_alerts %d alerts\n", f.unmatchedAttackRunAlerts);
}

// On the labelled NAB series; false when the data is not there.
bool printNab(const fs::path& dir, bool verbose)
{
    std::vector<Series> all;
    if (!load(dir, all)) {
        std::printf("skipped: no NAB data (combined_windows.json and the series) in %s\n", dir.string().c_str());
        return false;
    }
    NabTally total, lowFp, lowFn;
    std::map<std::string, NabTally> folders;
    for (const Series& s : all) {
        const std::vector<bool> alerts = alertsOf(s);
        const NabTally t = nabScore(alerts, s.windows);
        total.add(t);
        lowFp.add(nabScore(alerts, s.windows, kNabRewardLowFp));
        lowFn.add(nabScore(alerts, s.windows, kNabRewardLowFn));
        folders[s.name.substr(0, s.name.find('/'))].add(t);
        if (verbose) {
            std::fprintf(stderr, "%-60s windows %zu/%zu false %zu raw %.2f\n", s.name.c_str(), t.windowsDetected,
                         t.windows, t.falseAlertRows, t.raw);
        }
    }
    print("nab", total);
    std::printf("nab.reward_low_fp_score %.1f points\n", lowFp.normalised(kNabRewardLowFp));
    std::printf("nab.reward_low_fn_score %.1f points\n", lowFn.normalised(kNabRewardLowFn));
    for (const auto& [folder, t] : folders) {
        print("nab." + folder, t);
    }
    std::printf("detect_ns_per_sample %.1f ns\n", nsPerSample(all));
    return true;
}

}  // namespace

// Arguments: [--files] [--alerts] [--no-sim] [--no-nab] [--days N] [NAB data folder]. The folder defaults to
// ../shared/data/nab next to the source tree; --files lists each NAB file's windows found and false alerts, and
// --alerts every alert of the simulated runs, on standard error; --days sets the days of normal-day (default 3).
int main(int argc, char** argv)
{
    bool verbose = false;
    bool sim = true;
    bool nab = true;
    SimEvalOptions options;
    fs::path dir = fs::path(SLUICE_SOURCE_DIR) / ".." / "shared" / "data" / "nab";
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--files") {
            verbose = true;
        } else if (arg == "--alerts") {
            options.verbose = true;
        } else if (arg == "--no-sim") {
            sim = false;
        } else if (arg == "--no-nab") {
            nab = false;
        } else if (arg == "--days" && i + 1 < argc) {
            options.normalDays = std::max(0.1, std::atof(argv[++i]));
        } else {
            dir = argv[i];
        }
    }
    if (nab) {
        printNab(dir, verbose);
    }
    if (sim) {
        printSimulation(options);
    }
    return 0;
}
