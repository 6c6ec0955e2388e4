// SPDX-License-Identifier: Apache-2.0
// Every user-visible string has its German translation, and every %n string its English plural forms:
// lupdate runs over the sources into a copy of each catalogue, and any string the file lacks (new in the
// sources), leaves unfinished, or keeps although the sources dropped it fails the check, with the string's
// file and line.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry {
    QString context;
    QString source;
    QString file;
    QString line;
    QString type;  // "", "unfinished", "vanished", "obsolete"
};

QList<Entry> readTs(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&f);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Entry{context, {}, {}, {}, {}};
        } else if (name == QLatin1String("location") && current.file.isEmpty()) {
            current.file = xml.attributes().value(QLatin1String("filename")).toString();
            current.line = xml.attributes().value(QLatin1String("line")).toString();
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (current.type.isEmpty() && text.trimmed().isEmpty()) {
                current.type = QStringLiteral("empty");
            }
            entries.push_back(current);
        }
    }
    return entries;
}

}  // namespace

class TestTranslationsComplete final : public QObject {
    Q_OBJECT

private slots:
    void germanCoversEverySourceString();
    void englishHasEveryPluralForm();

private:
    static void check(const QString& file, const QStringList& extraLupdateArguments);
};

void TestTranslationsComplete::germanCoversEverySourceString() { check(QStringLiteral("sluice_de.ts"), {}); }

void TestTranslationsComplete::englishHasEveryPluralForm()
{
    check(QStringLiteral("sluice_en.ts"), {QStringLiteral("-pluralonly")});
}

void TestTranslationsComplete::check(const QString& file, const QStringList& extraLupdateArguments)
{
    const QString root = QStringLiteral(SLUICE_SOURCE_DIR);
    const QString committed = root + QStringLiteral("/translations/") + file;
    QVERIFY2(QFile::exists(committed), qPrintable(committed + QStringLiteral(" is missing")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("translations/") + file);
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("translations"))));
    QVERIFY(QFile::copy(committed, copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    // The sources and options are the ones `.ci/dev translations` updates the catalogues with.
    QFile argsFile(root + QStringLiteral("/translations/lupdate.args"));
    QVERIFY2(argsFile.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(argsFile.fileName()));
    QStringList arguments = extraLupdateArguments;
    for (const QByteArray& line : argsFile.readAll().split('\n')) {
        if (!line.trimmed().isEmpty()) {
            arguments << QString::fromUtf8(line.trimmed());
        }
    }
    lupdate.start(QStringLiteral(SLUICE_LUPDATE), arguments + QStringList{QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120'000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QStringList problems;
    for (const Entry& e : readTs(copy)) {
        QString what;
        if (e.type == QLatin1String("unfinished")) {
            what = QStringLiteral("has no finished translation in %1").arg(file);
        } else if (e.type == QLatin1String("empty")) {
            what = QStringLiteral("has an empty translation in %1").arg(file);
        } else if (e.type == QLatin1String("vanished") || e.type == QLatin1String("obsolete")) {
            what = QStringLiteral("is no longer in the sources; remove it (lupdate -no-obsolete)");
        } else {
            continue;
        }
        // lupdate writes locations relative to the file it updates, here the copy in the temporary folder.
        const QString absolute = QDir(dir.filePath(QStringLiteral("translations"))).absoluteFilePath(e.file);
        const QString where = QDir(root).relativeFilePath(QDir::cleanPath(absolute));
        problems << QStringLiteral("%1:%2: [%3] \"%4\" %5").arg(where, e.line, e.context, e.source, what);
    }
    if (!problems.isEmpty()) {
        qWarning().noquote() << problems.size() << "translation problem(s); update with "
                             << "`./.ci/dev translations`, then translate in translations/sluice_de.ts:\n"
                             << problems.join(QLatin1Char('\n'));
    }
    QCOMPARE(problems.size(), 0);
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translations_complete.moc"
