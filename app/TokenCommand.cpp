// SPDX-License-Identifier: Apache-2.0
#include "TokenCommand.h"

#include "AppSettings.h"
#include "CommandLine.h"
#include "CurrentUser.h"
#include "Translations.h"

#include "core/Clock.h"
#include "http/TokenStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

namespace sluice::app {

namespace {

using engine::http::TokenError;
using engine::http::TokenScope;
using engine::http::TokenStore;

struct TokenText {
    Q_DECLARE_TR_FUNCTIONS(token)
};

struct Options {
    QString action;
    QString name;
    TokenScope scope = TokenScope::Check;
    QString db;
};

int parse(const QCoreApplication& app, Options& o)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TokenText::tr("Creates, revokes and lists the bearer tokens of the HTTP API (sluice serve).\n"
                      "Scopes: check asks /v1/check, read reads /metrics, admin may do both.\n"
                      "A new token is shown once; the database keeps only a salted hash of it.\n"
                      "Example: sluice token create nginx --scope check --db /var/lib/sluice/sluice.db"));
    parser.addHelpOption();
    addLanguageOption(parser);
    parser.addPositionalArgument(QStringLiteral("token"), TokenText::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("create|revoke|list"), TokenText::tr("What to do."));
    parser.addPositionalArgument(QStringLiteral("name"), TokenText::tr("The token's name (create and revoke)."));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   TokenText::tr("What the new token may do: check, read or admin (default: check)."),
                                   QStringLiteral("scope"), QStringLiteral("check"));
    const QCommandLineOption db(QStringLiteral("db"),
                                TokenText::tr("Use the database <file> (default: the console's)."),
                                QStringLiteral("file"));
    parser.addOptions({scope, db});
    if (!parser.parse(app.arguments())) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return -1;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.size() > 1 ? args[1] : QString();
    const bool named = action == QLatin1String("create") || action == QLatin1String("revoke");
    const bool valid = (named && args.size() == 3) || (action == QLatin1String("list") && args.size() == 2);
    if (!valid) {
        return fail(kExitBadInput,
                    TokenText::tr("usage: sluice token create <name> [--scope check|read|admin] | revoke <name> | "
                                  "list [--db <file>]"));
    }
    const auto chosen = engine::http::scopeFromName(parser.value(scope).toStdString());
    if (!chosen) {
        return fail(kExitBadInput,
                    TokenText::tr("unknown scope '%1'; use check, read or admin").arg(parser.value(scope)));
    }
    o.action = action;
    o.name = named ? args[2] : QString();
    o.scope = *chosen;
    o.db = parser.isSet(db) ? parser.value(db) : AppSettings().databasePath();
    return kExitOk;
}

// Creates and migrates the database when no Sluice has it open; a running one has already done so.
int prepareDatabase(const QString& path)
{
    engine::store::StoreError error;
    if (engine::store::Database::open(path.toStdString(), error)) {
        return kExitOk;
    }
    return error.code == engine::store::StoreError::Code::InUse
               ? kExitOk
               : fail(kExitFailure, QString::fromStdString(error.message));
}

int tokenFailure(const QString& name, const TokenError& error)
{
    switch (error.code) {
    case TokenError::Code::BadName:
        return fail(kExitBadInput,
                    TokenText::tr("'%1' is not a token name: use 1 to 64 letters, digits, '.', '_' or '-'").arg(name));
    case TokenError::Code::NameTaken:
        return fail(kExitBadInput, TokenText::tr("a token named '%1' exists; revoke it first to replace it").arg(name));
    case TokenError::Code::NotFound:
        return fail(kExitBadInput, TokenText::tr("no valid token is named '%1'").arg(name));
    case TokenError::Code::NoRandom:
    case TokenError::Code::Store:
        break;
    }
    return fail(kExitFailure, QString::fromStdString(error.message));
}

QString timeText(engine::TimeNs t)
{
    return t == 0 ? QStringLiteral("-")
                  : QDateTime::fromMSecsSinceEpoch(t / engine::kNsPerMs, Qt::UTC).toString(Qt::ISODate);
}

int list(TokenStore& store)
{
    std::vector<engine::http::TokenInfo> tokens;
    if (auto error = store.list(tokens)) {
        return tokenFailure({}, *error);
    }
    const QString row = QStringLiteral("%1  %2  %3  %4\n");
    std::fputs(qPrintable(row.arg(TokenText::tr("NAME"), -24)
                              .arg(TokenText::tr("SCOPE"), -6)
                              .arg(TokenText::tr("CREATED"), -20)
                              .arg(TokenText::tr("REVOKED"))),
               stdout);
    for (const auto& t : tokens) {
        std::fputs(qPrintable(row.arg(QString::fromStdString(t.name), -24)
                                  .arg(QString::fromUtf8(engine::http::scopeName(t.scope)), -6)
                                  .arg(timeText(t.createdAt), -20)
                                  .arg(timeText(t.revokedAt))),
                   stdout);
    }
    return kExitOk;
}

int run(const Options& o)
{
    if (o.action != QLatin1String("list")) {
        if (const int code = prepareDatabase(o.db); code != kExitOk) {
            return code;
        }
    }
    std::string problem;
    auto store = TokenStore::open(o.db.toStdString(), problem);
    if (!store) {
        return fail(kExitFailure, QString::fromStdString(problem));
    }
    if (o.action == QLatin1String("list")) {
        return list(*store);
    }
    const std::string actor = ui::currentUserName().toStdString();
    const engine::TimeNs now = engine::SystemClock().now();
    if (o.action == QLatin1String("revoke")) {
        if (auto error = store->revoke(o.name.toStdString(), actor, now)) {
            return tokenFailure(o.name, *error);
        }
        std::fprintf(stderr, "%s\n", qPrintable(TokenText::tr("revoked token '%1'").arg(o.name)));
        return kExitOk;
    }
    std::string token;
    if (auto error = store->create(o.name.toStdString(), o.scope, actor, now, token)) {
        return tokenFailure(o.name, *error);
    }
    // The token alone on standard output, so a script can capture it; the words around it go to standard error.
    std::printf("%s\n", token.c_str());
    std::fprintf(stderr, "%s\n",
                 qPrintable(TokenText::tr("created token '%1' (scope %2); it is shown only this once")
                                .arg(o.name, QString::fromUtf8(engine::http::scopeName(o.scope)))));
    return kExitOk;
}

}  // namespace

int runToken(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    if (const int code = parse(app, o); code != kExitOk) {
        return code < 0 ? kExitOk : code;
    }
    return run(o);
}

}  // namespace sluice::app
