// SPDX-License-Identifier: Apache-2.0
#include "pages/sources/LogPreview.h"

#include "EngineTextTranslator.h"

#include "logs/LineIngest.h"
#include "logs/LineSplitter.h"
#include "logs/LogFileReader.h"
#include "traffic/RequestBatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sluice::ui {

namespace {
// Texts of the page they appear on, so they are translated there.
struct PreviewText {
    Q_DECLARE_TR_FUNCTIONS(sluice::ui::AddLogSourceDialog)
};

QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())); }

// How much of the file a preview reads at most: the first lines are all it shows.
constexpr std::size_t kPreviewBytes = 256 * 1024;
}  // namespace

LogPreviewResult previewLog(const LogSourceSettings& settings, int maxLines)
{
    LogPreviewResult result;
    auto options = ingestOptionsOf(settings, result.error);
    if (!options) {
        return result;
    }
    std::string error;
    auto reader = engine::logs::LogFileReader::open(settings.path.toStdString(), error);
    if (!reader) {
        result.error = QString::fromStdString(error);
        return result;
    }
    engine::logs::LineIngest ingest(std::move(*options));
    engine::logs::LineSplitter splitter;
    engine::RequestBatch batch;
    batch.bytes.reserve(kPreviewBytes * 2);  // the views stored in it stay valid
    const auto onLine = [&](std::string_view line, std::uint64_t number, bool tooLong) {
        if (result.lines.size() >= maxLines) {
            return;
        }
        PreviewLine shown;
        shown.number = number;
        const std::size_t before = ingest.rejected().first().size();
        if (tooLong) {
            ingest.addTooLong(line, number);
        } else if (ingest.add(line, number, batch)) {
            const engine::Request& request = batch.requests.back();
            shown.time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(request.timestamp / engine::kNsPerMs),
                                            QLocale::ShortFormat);
            shown.key = fromView(request.key);
            shown.route = fromView(request.route);
            shown.status = ingest.lastRecord().status;
            result.lines << shown;
            return;
        }
        const auto& kept = ingest.rejected().first();
        shown.rejection = kept.size() > before ? localizedEngineText(kept.back().reason) : PreviewText::tr("rejected");
        result.lines << shown;
    };
    std::size_t readBytes = 0;
    while (result.lines.size() < maxLines && readBytes < kPreviewBytes) {
        const std::string_view chunk = reader->read();
        if (chunk.empty()) {
            splitter.finish(onLine);
            break;
        }
        readBytes += chunk.size();
        splitter.feed(chunk, onLine);
    }
    if (!reader->error().empty()) {
        result.error = QString::fromStdString(reader->error());
    }
    return result;
}

}  // namespace sluice::ui
