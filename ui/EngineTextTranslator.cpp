// SPDX-License-Identifier: Apache-2.0
#include "EngineTextTranslator.h"

#include "Format.h"

#include "core/EngineText.h"
#include "core/Tiers.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace sluice::ui {

namespace {

struct Pattern {
    QRegularExpression shape;
    std::vector<int> placeholders;  // the %N each capture group holds, in the order they appear
    std::string_view kinds;         // what each %N holds (core/EngineText.h: argumentKindsOf)
    QByteArray source;
    qsizetype fixedLength = 0;
};

class Catalogue {
public:
    Catalogue()
    {
        const QRegularExpression placeholder(QStringLiteral("%([1-9])"));
        const auto sources = engine::allTextSources();
        for (std::size_t id = 0; id < sources.size(); ++id) {
            const QByteArray source(sources[id].data(), static_cast<qsizetype>(sources[id].size()));
            const QString text = QString::fromUtf8(source);
            Pattern p;
            p.source = source;
            p.kinds = engine::argumentKindsOf(static_cast<engine::Text>(id));
            QString regex = QStringLiteral("^");
            qsizetype at = 0;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                regex += QRegularExpression::escape(text.mid(at, m.capturedStart() - at));
                regex += QStringLiteral("(.*?)");
                p.placeholders.push_back(m.captured(1).toInt());
                p.fixedLength += m.capturedStart() - at;
                at = m.capturedEnd();
            }
            if (p.placeholders.empty()) {
                m_fixed.insert(text, source);
                continue;
            }
            regex += QRegularExpression::escape(text.mid(at)) + QStringLiteral("$");
            p.fixedLength += text.size() - at;
            p.shape = QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption);
            p.shape.optimize();
            m_patterns.push_back(std::move(p));
        }
        // The entry with the most fixed words wins: "line 3, column 2 (key): ..." is the line-and-column
        // entry, not "line %1: %2" with "3, column 2 (key)" as its line.
        std::stable_sort(m_patterns.begin(), m_patterns.end(),
                         [](const Pattern& a, const Pattern& b) { return a.fixedLength > b.fixedLength; });
    }

    QString localize(const QString& english, int depth) const
    {
        if (const auto fixed = m_fixed.constFind(english); fixed != m_fixed.constEnd()) {
            return translated(*fixed);
        }
        for (const Pattern& p : m_patterns) {
            const QRegularExpressionMatch m = p.shape.match(english);
            if (!m.hasMatch()) {
                continue;
            }
            std::array<std::string, 9> args;  // by placeholder: args[0] fills %1
            for (std::size_t g = 0; g < p.placeholders.size(); ++g) {
                const auto n = static_cast<std::size_t>(p.placeholders[g] - 1);
                args[n] =
                    localizeArgument(m.captured(static_cast<int>(g) + 1), n < p.kinds.size() ? p.kinds[n] : 'v', depth)
                        .toStdString();
            }
            const std::array<std::string_view, 9> views{args[0], args[1], args[2], args[3], args[4],
                                                        args[5], args[6], args[7], args[8]};
            return QString::fromStdString(engine::fillPlaceholders(translated(p.source).toStdString(), views));
        }
        return english;
    }

private:
    static QString translated(const QByteArray& source)
    {
        return QCoreApplication::translate(engine::kEngineTextContext, source.constData());
    }

    // Names, keys and values from a file stay exactly as written: only what the catalogue marks as a number
    // or as another engine text is changed.
    QString localizeArgument(const QString& arg, char kind, int depth) const
    {
        if (kind == 'n') {
            static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.(\\d+))?$"));
            const QRegularExpressionMatch m = number.match(arg);
            if (!m.hasMatch()) {
                return arg;
            }
            return m.hasCaptured(2) ? QLocale().toString(arg.toDouble(), 'f', static_cast<int>(m.capturedLength(2)))
                                    : QLocale().toString(arg.toLongLong());
        }
        if (kind == 'l') {
            engine::ThrottleLevel level{};
            return engine::parseThrottleLevel(arg.toStdString(), level) ? throttleName(level) : arg;
        }
        // One level is enough for the texts that wrap another (a CSV line and its problem).
        return kind == 't' && depth == 0 ? localize(arg, depth + 1) : arg;
    }

    QHash<QString, QByteArray> m_fixed;
    std::vector<Pattern> m_patterns;
};

const Catalogue& catalogue()
{
    static const Catalogue instance;
    return instance;
}

}  // namespace

QString localizedEngineText(const QString& english) { return catalogue().localize(english, 0); }

QString localizedEngineText(std::string_view english)
{
    return localizedEngineText(QString::fromUtf8(english.data(), static_cast<qsizetype>(english.size())));
}

}  // namespace sluice::ui
