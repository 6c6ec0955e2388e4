// SPDX-License-Identifier: Apache-2.0
#include "FlagEditText.h"

#include "flags/Constraints.h"

#include <QCoreApplication>
#include <QStringList>

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
