// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace sluice::app {

// The language of the user interface: `--lang <code>` first, then the first entry of LANGUAGE, then the
// system locale. Call before the application object exists; installTranslations() applies it.
void selectLanguage(const QString& language);
// Removes `--lang <code>` (or `--lang=<code>`) from the arguments and selects that language, so every
// command understands it without declaring it. Returns the new argc.
int takeLanguageOption(int argc, char* argv[]);
// What is wrong with the language chosen by `--lang`, e.g. "--lang: 'fr' is not a language Sluice speaks
// (en, de)"; nullopt when it is fine or none was chosen. A typo must not quietly give another language.
std::optional<QString> languageProblem();

// Lists `--lang <code>` in a command's --help. The option itself is taken out of the arguments before any
// parser sees them (takeLanguageOption), so this only tells people it exists.
void addLanguageOption(QCommandLineParser& parser);

// Loads Sluice's translation and Qt's own for the selected language into the running application, and makes
// numbers and dates follow that language (1.234.567 in German). Without a translation the texts stay English.
void installTranslations();

// The language the interface is shown in, e.g. "de" or "en".
QString uiLanguage();

}  // namespace sluice::app
