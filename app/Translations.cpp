// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <array>

#include <cstring>

namespace sluice::app {

namespace {
// The languages with a catalogue in translations/ (English is the source language).
constexpr std::array kLanguages{"en", "de"};

QString& selected()
{
    static QString language;
    return language;
}

QLocale chosenLocale()
{
    if (!selected().isEmpty()) {
        return QLocale(selected());
    }
    // LANGUAGE is GNU gettext's list of preferred UI languages ("de:en"); a user who sets it expects the
    // whole interface, numbers included, in that language even when LANG says otherwise.
    const QString preferred = qEnvironmentVariable("LANGUAGE").section(QLatin1Char(':'), 0, 0);
    if (!preferred.isEmpty() && preferred != QLatin1String("C")) {
        return QLocale(preferred);
    }
    return QLocale::system();
}
}  // namespace

void selectLanguage(const QString& language) { selected() = language; }

int takeLanguageOption(int argc, char* argv[])
{
    int out = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            selectLanguage(QString::fromLocal8Bit(argv[++i]));
        } else if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            selectLanguage(QString::fromLocal8Bit(argv[i] + 7));
        } else {
            argv[out++] = argv[i];
        }
    }
    argv[out] = nullptr;
    return out;
}

std::optional<QString> languageProblem()
{
    const QString chosen = selected();
    if (chosen.isEmpty()) {
        return std::nullopt;
    }
    // "de", "de_AT", "de-CH" and "de_DE.UTF-8" all mean German; the region only shapes numbers and dates.
    static const QRegularExpression form(QStringLiteral("^([a-z]{2})(?:[_-][A-Z]{2})?(?:\\.[A-Za-z0-9-]+)?$"));
    const auto match = form.match(chosen);
    QStringList known;
    for (const char* language : kLanguages) {
        known << QLatin1String(language);
    }
    if (match.hasMatch() && known.contains(match.captured(1))) {
        return std::nullopt;
    }
    QString shown = chosen;
    for (QChar& c : shown) {
        if (!c.isPrint()) {
            c = QChar(u'?');
        }
    }
    return QStringLiteral("--lang: '%1' is not a language Sluice speaks (%2)")
        .arg(shown, known.join(QStringLiteral(", ")));
}

void installTranslations()
{
    const QLocale locale = chosenLocale();
    QLocale::setDefault(locale);
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    // A language without a catalogue of its own sees the English texts, so it gets their plural forms too.
    if (own->load(locale, QStringLiteral("sluice"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("sluice_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    // Qt's own texts (standard buttons, file dialogs) when the system has them (qt6-translations-l10n).
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

QString uiLanguage() { return QLocale().name().section(QLatin1Char('_'), 0, 0); }

void addLanguageOption(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "The language of the interface (en, de); by default the system's."),
        QStringLiteral("code")));
}

}  // namespace sluice::app
