// SPDX-License-Identifier: Apache-2.0
#include "FlagEditText.h"

#include "flags/Constraints.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace sluice::ui {

namespace flags = engine::flags;

namespace {
// The operators that compare with one value; the others take a list.
bool takesOneValue(flags::Operator op) { return op >= flags::Operator::NumEq && op <= flags::Operator::SemverLt; }

QStringList parts(const QString& text, QChar separator)
{
    QStringList out;
    for (const QString& part : text.split(separator, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}

std::string text(const QString& s) { return s.toStdString(); }
}  // namespace

QString parametersText(const std::vector<std::pair<std::string, std::string>>& parameters)
{
    QStringList out;
    for (const auto& [name, value] : parameters) {
        out << QStringLiteral("%1=%2").arg(QString::fromStdString(name), QString::fromStdString(value));
    }
    return out.join(QStringLiteral(", "));
}

std::optional<std::vector<std::pair<std::string, std::string>>> readParameters(const QString& line, QString& error)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const QString& part : parts(line, QLatin1Char(','))) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            error = QCoreApplication::translate("sluice::ui::FlagEditText", "'%1' is not name=value").arg(part);
            return std::nullopt;
        }
        out.emplace_back(text(part.left(equals).trimmed()), text(part.mid(equals + 1).trimmed()));
    }
    return out;
}

QString constraintsText(const std::vector<flags::Constraint>& constraints)
{
    QStringList out;
    for (const flags::Constraint& c : constraints) {
        const bool one = takesOneValue(c.op);
        QStringList values;
        for (const std::string& v : c.values) {
            values << QString::fromStdString(v);
        }
        QString line = QStringLiteral("%1%2 %3 %4")
                           .arg(c.inverted ? QStringLiteral("!") : QString(), QString::fromStdString(c.contextName),
                                QString::fromStdString(c.operatorName),
                                one ? QString::fromStdString(c.value) : values.join(QLatin1Char(',')));
        if (c.caseInsensitive) {
            line += QStringLiteral(" /i");
        }
        out << line;
    }
    return out.join(QStringLiteral("; "));
}

std::optional<std::vector<flags::Constraint>> readConstraints(const QString& line, QString& error)
{
    std::vector<flags::Constraint> out;
    for (QString part : parts(line, QLatin1Char(';'))) {
        flags::Constraint c;
        if (part.startsWith(QLatin1Char('!'))) {
            c.inverted = true;
            part = part.mid(1).trimmed();
        }
        if (part.endsWith(QLatin1String("/i"))) {
            c.caseInsensitive = true;
            part.chop(2);
            part = part.trimmed();
        }
        const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 3) {
            error =
                QCoreApplication::translate("sluice::ui::FlagEditText", "'%1' is not: context field, operator, values")
                    .arg(part);
            return std::nullopt;
        }
        const auto op = flags::parseOperator(text(words[1]));
        if (!op || *op == flags::Operator::Unknown) {
            error = QCoreApplication::translate("sluice::ui::FlagEditText", "'%1' is not an operator (IN, NOT_IN, "
                                                                            "STR_CONTAINS, NUM_GT, DATE_AFTER, ...)")
                        .arg(words[1]);
            return std::nullopt;
        }
        c.contextName = text(words[0]);
        c.op = *op;
        c.operatorName = text(words[1]);
        const QString values = part.section(QLatin1Char(' '), 2, -1, QString::SectionSkipEmpty).trimmed();
        if (takesOneValue(*op)) {
            c.value = text(values);
        } else {
            for (const QString& v : parts(values, QLatin1Char(','))) {
                c.values.push_back(text(v));
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

QString segmentsText(const std::vector<int>& segments)
{
    QStringList out;
    for (const int id : segments) {
        out << QString::number(id);
    }
    return out.join(QStringLiteral(", "));
}

std::optional<std::vector<int>> readSegments(const QString& line, QString& error)
{
    std::vector<int> out;
    for (const QString& part : parts(line, QLatin1Char(','))) {
        bool ok = false;
        const int id = part.toInt(&ok);
        if (!ok) {
            error = QCoreApplication::translate("sluice::ui::FlagEditText", "'%1' is not a segment number").arg(part);
            return std::nullopt;
        }
        out.push_back(id);
    }
    return out;
}

QString strategyVariantsText(const std::vector<flags::Variant>& variants)
{
    QStringList out;
    for (const flags::Variant& v : variants) {
        out << QStringLiteral("%1 %2").arg(QString::fromStdString(v.name), QLocale().toString(v.weight / 10.0, 'g', 4));
    }
    return out.join(QStringLiteral(", "));
}

std::optional<std::vector<flags::Variant>> readStrategyVariants(const QString& line,
                                                                const std::vector<flags::Variant>& kept, QString& error)
{
    constexpr int kTotal = 1000;  // Unleash's weights share 1000
    std::vector<flags::Variant> out;
    int total = 0;
    for (const QString& part : parts(line, QLatin1Char(','))) {
        const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool ok = words.size() == 2;
        double percent = ok ? QLocale().toDouble(words[1], &ok) : 0;
        if (!ok && words.size() == 2) {
            percent = words[1].toDouble(&ok);
        }
        if (!ok || percent < 0 || percent > 100) {
            error =
                QCoreApplication::translate("sluice::ui::FlagEditText", "'%1' is not: variant name, weight in percent")
                    .arg(part);
            return std::nullopt;
        }
        flags::Variant v;
        const auto same =
            std::find_if(kept.begin(), kept.end(), [&](const flags::Variant& k) { return k.name == text(words[0]); });
        if (same != kept.end()) {
            v = *same;
        }
        v.name = text(words[0]);
        v.weight = static_cast<int>(std::lround(percent * 10));
        total += v.weight;
        out.push_back(std::move(v));
    }
    if (!out.empty() && total != kTotal) {
        error = QCoreApplication::translate("sluice::ui::FlagEditText",
                                            "the strategy's variant weights add up to %1 %, not 100 %")
                    .arg(QLocale().toString(total / 10.0, 'f', 1));
        return std::nullopt;
    }
    return out;
}

QString dependenciesText(const std::vector<flags::Dependency>& dependencies)
{
    QStringList out;
    for (const flags::Dependency& d : dependencies) {
        QString item = (d.enabled ? QString() : QStringLiteral("!")) + QString::fromStdString(d.feature);
        if (!d.variants.empty()) {
            QStringList variants;
            for (const std::string& v : d.variants) {
                variants << QString::fromStdString(v);
            }
            item += QLatin1Char(':') + variants.join(QLatin1Char('|'));
        }
        out << item;
    }
    return out.join(QStringLiteral(", "));
}

std::optional<std::vector<flags::Dependency>> readDependencies(const QString& line, QString& error)
{
    std::vector<flags::Dependency> out;
    for (QString part : parts(line, QLatin1Char(','))) {
        const QString written = part;
        flags::Dependency d;
        if (part.startsWith(QLatin1Char('!'))) {
            d.enabled = false;
            part = part.mid(1).trimmed();
        }
        const QString name = part.section(QLatin1Char(':'), 0, 0).trimmed();
        if (name.isEmpty() || name.contains(QLatin1Char(' '))) {
            error = QCoreApplication::translate("sluice::ui::FlagEditText", "'%1' is not a flag's name").arg(written);
            return std::nullopt;
        }
        if (!d.enabled && part.contains(QLatin1Char(':'))) {
            error = QCoreApplication::translate("sluice::ui::FlagEditText",
                                                "'%1': a parent that must be off gives no variant")
                        .arg(written);
            return std::nullopt;
        }
        d.feature = text(name);
        for (const QString& v : parts(part.section(QLatin1Char(':'), 1), QLatin1Char('|'))) {
            d.variants.push_back(text(v));
        }
        out.push_back(std::move(d));
    }
    return out;
}

QString payloadText(const std::optional<flags::Payload>& payload)
{
    if (!payload) {
        return {};
    }
    return QStringLiteral("%1: %2").arg(QString::fromStdString(payload->type), QString::fromStdString(payload->value));
}

std::optional<std::optional<flags::Payload>> readPayload(const QString& line, QString& error)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty()) {
        return std::optional<flags::Payload>{};
    }
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const QString type = trimmed.left(colon).trimmed();
    if (colon <= 0 ||
        !QStringList{QStringLiteral("string"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("number")}
             .contains(type)) {
        error = QCoreApplication::translate("sluice::ui::FlagEditText",
                                            "'%1' is not type: value (string, json, csv or number)")
                    .arg(trimmed);
        return std::nullopt;
    }
    return std::optional<flags::Payload>{flags::Payload{text(type), text(trimmed.mid(colon + 1).trimmed())}};
}

}  // namespace sluice::ui
