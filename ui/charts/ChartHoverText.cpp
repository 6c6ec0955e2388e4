// SPDX-License-Identifier: Apache-2.0
#include "charts/ChartHoverText.h"

#include "models/KeyTimeFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace sluice::ui {

std::optional<std::size_t> sampleAt(const std::vector<double>& startSec, const std::vector<double>& lengthSec,
                                    double atSec)
{
    if (startSec.empty() || lengthSec.size() != startSec.size()) {
        return std::nullopt;
    }
    const auto after = std::upper_bound(startSec.begin(), startSec.end(), atSec);
    if (after == startSec.begin()) {
        return 0;
    }
    const auto i = static_cast<std::size_t>(after - startSec.begin()) - 1;
    // Past the end of its interval (a gap between samples): the nearer neighbour.
    if (i + 1 < startSec.size() && atSec >= startSec[i] + lengthSec[i] &&
        startSec[i + 1] - atSec < atSec - (startSec[i] + lengthSec[i])) {
        return i + 1;
    }
    return i;
}

std::optional<std::size_t> busiestSampleIn(const std::vector<double>& startSec, const std::vector<double>& lengthSec,
                                           const std::vector<double>& value, double fromSec, double toSec)
{
    std::optional<std::size_t> best = sampleAt(startSec, lengthSec, (fromSec + toSec) / 2);
    if (!best || value.size() != startSec.size()) {
        return best;
    }
    const auto first = std::upper_bound(startSec.begin(), startSec.end(), fromSec);
    auto i = static_cast<std::size_t>(first - startSec.begin());
    i = i > 0 ? i - 1 : 0;
    for (; i < startSec.size() && startSec[i] <= toSec; ++i) {
        if (startSec[i] + lengthSec[i] > fromSec && value[i] > value[*best]) {
            best = i;
        }
    }
    return best;
}

QString sampleTime(double startSec, double lengthSec)
{
    const auto startMs = static_cast<qint64>(std::llround(startSec * 1000));
    if (lengthSec <= 1) {
        return formatKeyTime(startMs);
    }
    const auto endMs = static_cast<qint64>(std::llround((startSec + lengthSec) * 1000));
    return QCoreApplication::translate("ChartHoverText", "%1 – %2").arg(formatKeyTime(startMs), formatKeyTime(endMs));
}

QString exactRate(double perSecond)
{
    const double size = std::abs(perSecond);
    const int decimals = size == 0 || size >= 100 ? 0 : size >= 10 ? 1 : 2;
    const QLocale locale;
    QString number = locale.toString(perSecond, 'f', decimals);
    if (decimals > 0) {
        while (number.endsWith(locale.zeroDigit())) {
            number.chop(1);
        }
        if (number.endsWith(locale.decimalPoint())) {
            number.chop(locale.decimalPoint().size());
        }
    }
    return QCoreApplication::translate("Format", "%1/s").arg(number);
}

}  // namespace sluice::ui
