// SPDX-License-Identifier: Apache-2.0
#include "pages/anomalies/AnomalyText.h"

#include "Format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <string_view>

namespace sluice::ui {

namespace {
// The part of `metric` after `prefix`, when it starts with it.
bool suffixAfter(const std::string& metric, std::string_view prefix, QString& rest)
{
    if (metric.rfind(prefix, 0) != 0) {
        return false;
    }
    rest = QString::fromStdString(metric.substr(prefix.size()));
    return true;
}
}  // namespace

QString anomalyKindName(engine::AnomalyKind kind)
{
    switch (kind) {
    case engine::AnomalyKind::Spike:
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Spike");
    case engine::AnomalyKind::Drop:
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Drop");
    case engine::AnomalyKind::LevelShift:
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Level shift");
    case engine::AnomalyKind::KeySurge:
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Key surge");
    case engine::AnomalyKind::NewKeyFlood:
        return QCoreApplication::translate("sluice::ui::AnomalyText", "New-key flood");
    case engine::AnomalyKind::RouteStuffing:
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Route stuffing");
    case engine::AnomalyKind::CountryShift:
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Country shift");
    }
    return {};
}

QString alertStateName(engine::AlertState state)
{
    switch (state) {
    case engine::AlertState::Open:
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Open");
    case engine::AlertState::Acknowledged:
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Acknowledged");
    case engine::AlertState::Resolved:
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Resolved");
    }
    return {};
}

QString metricName(const std::string& metric)
{
    QString rest;
    if (metric == "requests") {
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Requests");
    }
    if (metric == "denials") {
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Denials");
    }
    if (metric == "active_keys") {
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Active keys");
    }
    if (metric == "new_keys") {
        return QCoreApplication::translate("sluice::ui::AnomalyText", "New keys");
    }
    if (suffixAfter(metric, "route:", rest)) {
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Requests to %1").arg(rest);
    }
    if (suffixAfter(metric, "country:", rest)) {
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Share from %1").arg(rest);
    }
    if (suffixAfter(metric, "key:", rest)) {
        return QCoreApplication::translate("sluice::ui::AnomalyText", "Requests of key %1").arg(rest);
    }
    return QString::fromStdString(metric);
}

QString metricValue(double value)
{
    const double size = std::abs(value);
    return formatNumber(value, size < 10 ? 2 : size < 100 ? 1 : 0);
}

QString valueAgainstExpected(double value, double expected)
{
    return QCoreApplication::translate("sluice::ui::AnomalyText", "%1 (expected %2)")
        .arg(metricValue(value), metricValue(expected));
}

QString responseSummary(const engine::AlertResponse& response)
{
    QStringList parts;
    if (response.throttleRaised) {
        parts << QCoreApplication::translate("sluice::ui::AnomalyText", "throttle %1 until %2")
                     .arg(throttleName(response.throttleLevel),
                          QLocale().toString(
                              QDateTime::fromMSecsSinceEpoch(response.throttleUntil / engine::kNsPerMs).time(),
                              QLocale::ShortFormat));
    }
    if (!response.keysLowered.empty()) {
        const int lowered = static_cast<int>(response.keysLowered.size());
        parts << QCoreApplication::translate("sluice::ui::AnomalyText", "%n key(s) lowered", nullptr, lowered);
    }
    if (response.notified) {
        parts << QCoreApplication::translate("sluice::ui::AnomalyText", "notified");
    }
    if (parts.isEmpty()) {
        return QCoreApplication::translate("sluice::ui::AnomalyText", "None");
    }
    QString text = parts.join(QStringLiteral(", "));
    text[0] = text[0].toUpper();
    if (response.undone) {
        text = QCoreApplication::translate("sluice::ui::AnomalyText", "%1; undone by %2")
                   .arg(text, QString::fromStdString(response.undoneBy));
    }
    return text;
}

QString alertMoment(engine::TimeNs at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at / engine::kNsPerMs), QLocale::ShortFormat);
}

QString alertDuration(const engine::AnomalyAlert& alert, engine::TimeNs now)
{
    if (alert.end != 0) {
        return formatDuration((alert.end - alert.start) / engine::kNsPerMs);
    }
    return QCoreApplication::translate("sluice::ui::AnomalyText", "%1, ongoing")
        .arg(formatDuration(std::max<engine::TimeNs>(0, now - alert.start) / engine::kNsPerMs));
}

}  // namespace sluice::ui
