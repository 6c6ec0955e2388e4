// SPDX-License-Identifier: Apache-2.0
#include "pages/whatif/WhatIfText.h"

#include <QLocale>

namespace sluice::ui {

QString WhatIfText::percent(double value) { return QLocale().toString(value, 'f', 2) + QStringLiteral(" %"); }

QString WhatIfText::verdict(const engine::whatif::Comparison& c)
{
    using engine::whatif::Verdict;
    const QString figures =
        tr("abusive requests allowed %1 → %2; legitimate requests denied %3 → %4")
            .arg(percent(c.sides[0].abusiveAllowedPercent), percent(c.sides[1].abusiveAllowedPercent),
                 percent(c.sides[0].legitimateDeniedPercent), percent(c.sides[1].legitimateDeniedPercent));
    switch (c.verdict) {
    case Verdict::Same:
        return tr("A and B protect alike (%1).").arg(figures);
    case Verdict::BBetter:
        return tr("B protects better at no cost to legitimate users (%1).").arg(figures);
    case Verdict::ABetter:
        return tr("A protects better: B is worse for both (%1).").arg(figures);
    case Verdict::BStricter:
        return tr("B stops more abuse at a cost to legitimate users (%1).").arg(figures);
    case Verdict::BLooser:
        return tr("B spares legitimate users but lets more abuse through (%1).").arg(figures);
    }
    return {};
}

QString WhatIfText::verdict(const engine::whatif::WhatIfResult& result)
{
    const engine::whatif::Comparison c = engine::whatif::compare(result);
    if (result.log.empty()) {
        return verdict(c);
    }
    // Every request of a log counts as legitimate: these are its denials.
    const QLocale locale;
    return tr("Replayed log: A denies %1 requests (%2), B %3 (%4); %n key(s) of %5 are denied a different number of "
              "times.",
              nullptr, static_cast<int>(result.keysChanged))
        .arg(locale.toString(static_cast<qulonglong>(c.sides[0].legitimateDenied)),
             percent(c.sides[0].legitimateDeniedPercent),
             locale.toString(static_cast<qulonglong>(c.sides[1].legitimateDenied)),
             percent(c.sides[1].legitimateDeniedPercent), locale.toString(static_cast<qulonglong>(result.keysSeen)));
}

}  // namespace sluice::ui
