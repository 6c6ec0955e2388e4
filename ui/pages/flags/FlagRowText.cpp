// SPDX-License-Identifier: Apache-2.0
#include "FlagRowText.h"

#include "Format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sluice::ui {

QString flagTimeText(engine::TimeNs at)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(at / 1'000'000);
    const QDateTime now = QDateTime::currentDateTime();
    const QLocale locale;
    if (when.date() == now.date()) {
        return locale.toString(when.time(), QLocale::ShortFormat);
    }
    return locale.toString(when, QLocale::ShortFormat);
}

QString flagEffectText(const std::string& effect)
{
    const QString text = QString::fromStdString(effect);
    if (text == QLatin1String("feature")) {
        return QCoreApplication::translate("sluice::ui::FlagRowText", "Sluice feature");
    }
    if (text.startsWith(QLatin1String("route_policy:"))) {
        return QCoreApplication::translate("sluice::ui::FlagRowText", "Route policy %1").arg(text.mid(13));
    }
    if (text.startsWith(QLatin1String("vip_tier:"))) {
        return QCoreApplication::translate("sluice::ui::FlagRowText", "VIP tier %1").arg(text.mid(9));
    }
    return QCoreApplication::translate("sluice::ui::FlagRowText", "Evaluated only");
}

QString flagScheduleText(const engine::FlagRowView& flag)
{
    if (flag.nextScheduleAt == 0) {
        return {};
    }
    return flag.nextScheduleEnables ? QCoreApplication::translate("sluice::ui::FlagRowText", "On at %1")
                                          .arg(flagTimeText(flag.nextScheduleAt))
                                    : QCoreApplication::translate("sluice::ui::FlagRowText", "Off at %1")
                                          .arg(flagTimeText(flag.nextScheduleAt));
}

QString flagPlanText(const engine::FlagRowView& flag)
{
    switch (flag.plan) {
    case engine::PlanState::None:
        return {};
    case engine::PlanState::Running:
        return QCoreApplication::translate("sluice::ui::FlagRowText", "Plan +%1 % to %2 %, next %3")
            .arg(flag.planStep)
            .arg(flag.planTarget)
            .arg(flagTimeText(flag.planNextStepAt));
    case engine::PlanState::Paused:
        return QCoreApplication::translate("sluice::ui::FlagRowText", "Plan paused (+%1 % to %2 %)")
            .arg(flag.planStep)
            .arg(flag.planTarget);
    case engine::PlanState::Halted:
        return QCoreApplication::translate("sluice::ui::FlagRowText", "Plan halted: %1")
            .arg(QString::fromStdString(flag.planHaltedBy));
    case engine::PlanState::Done:
        return QCoreApplication::translate("sluice::ui::FlagRowText", "Plan done at %1 %").arg(flag.planTarget);
    }
    return {};
}

QString flagShareText(const engine::FlagRowView& flag)
{
    if (flag.keysActive == 0) {
        return QCoreApplication::translate("sluice::ui::FlagRowText", "no active keys");
    }
    return QCoreApplication::translate("sluice::ui::FlagRowText", "%1 of %2 keys")
        .arg(formatPercent(static_cast<double>(flag.keysInside) / static_cast<double>(flag.keysActive)),
             formatCount(flag.keysActive));
}

}  // namespace sluice::ui
