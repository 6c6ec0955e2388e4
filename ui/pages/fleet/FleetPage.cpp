// SPDX-License-Identifier: Apache-2.0
#include "pages/fleet/FleetPage.h"

#include "Format.h"
#include "fleet/FleetClient.h"
#include "fleet/FleetFeed.h"
#include "pages/flags/FlagEditorDialog.h"
#include "pages/fleet/FleetFlagsFile.h"
#include "pages/fleet/FleetModel.h"
#include "pages/overview/TrafficChartView.h"
#include "pages/reputation/ScoreHistogram.h"
#include "widgets/KpiTile.h"
#include "widgets/PageParts.h"
#include "widgets/TileGridLayout.h"

#include "flags/FlagsJson.h"
#include "redis/FleetChanges.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <utility>

namespace sluice::ui {

namespace {
constexpr int kPollMs = 1000;
constexpr const char* kOverridePath = "/api/throttle/override";

// A key in the admin API's path: percent-encoded, so a key with '/', '?' or '%' is still one segment.
QString vipPath(const QString& key)
{
    return QStringLiteral("/api/vip/") + QString::fromLatin1(QUrl::toPercentEncoding(key));
}

// A flag's definition, or its switch or slider, in the admin API's path, the name percent-encoded as one segment.
QString flagPath(const QString& name, const char* what = nullptr)
{
    const QString path = QStringLiteral("/api/flags/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
    return what != nullptr ? path + QLatin1Char('/') + QLatin1String(what) : path;
}

// The flags' names of GET /api/flags, as flags with nothing but a name; false when the answer has no list.
bool readFlagNames(const QByteArray& body, std::vector<engine::flags::FeatureFlag>& out)
{
    const auto flags = FleetClient::flagsOf(QJsonDocument::fromJson(body).object());
    if (!flags) {
        return false;
    }
    for (const FleetFlag& flag : *flags) {
        out.emplace_back().name = flag.name.toStdString();
    }
    return true;
}

// The segments of GET /api/segments; false when the answer is not that.
bool readSegments(const QByteArray& body, std::vector<engine::flags::Segment>& out)
{
    const QJsonValue list = QJsonDocument::fromJson(body).object().value(QLatin1String("segments"));
    if (!list.isArray()) {
        return false;
    }
    for (const QJsonValue& item : list.toArray()) {
        std::string error;
        auto segment = engine::flags::readSegment(
            QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact).toStdString(), error);
        if (!segment) {
            return false;
        }
        out.push_back(std::move(*segment));
    }
    return true;
}
}  // namespace

FleetPage::FleetPage(EngineClient* engine, FleetFeed* fleet, QWidget* parent)
    : Page(parent, Draws::OnRequest), m_feed(fleet), m_model(new FleetModel(this)), m_server(new QLineEdit(this)),
      m_token(new QLineEdit(this)), m_attach(new QPushButton(tr("Attach"), this)),
      m_detach(new QPushButton(tr("Forget"), this)), m_status(new QLabel(this)),
      m_engines(new KpiTile(tr("Engines answering"), this)), m_decisions(new KpiTile(tr("Decisions per second"), this)),
      m_denied(new KpiTile(tr("Denied per second"), this)), m_degraded(new KpiTile(tr("Redis degraded"), this)),
      m_traffic(new TrafficChartView(this)), m_scores(new ScoreHistogram(this)), m_scoresHeading(sectionHeading(this)),
      m_table(new QTableView(this)), m_empty(new QLabel(this)), m_level(new QComboBox(this)),
      m_reason(new QLineEdit(this)), m_hold(new QPushButton(tr("Hold"), this)),
      m_release(new QPushButton(tr("Release"), this)), m_vipKey(new QLineEdit(this)), m_vipTier(new QLineEdit(this)),
      m_vipNotes(new QLineEdit(this)), m_assign(new QPushButton(tr("Assign"), this)),
      m_revoke(new QPushButton(tr("Revoke"), this)), m_flag(new QComboBox(this)), m_rollout(new QSpinBox(this)),
      m_rollOut(new QPushButton(tr("Roll out"), this)), m_flagOn(new QPushButton(tr("Switch on"), this)),
      m_flagOff(new QPushButton(tr("Switch off"), this)), m_define(new QPushButton(tr("Definition…"), this)),
      m_importFlags(new QPushButton(tr("Import…"), this)), m_flagsFile(new FleetFlagsFile(this)),
      m_applied(new QLabel(this))
{
    build();
    if (engine != nullptr) {
        const QString readOnly = tr("The console is read-only: it changes nothing in the fleet either.");
        for (QWidget* control : std::initializer_list<QWidget*>{
                 m_level, m_reason, m_hold, m_release, m_vipKey, m_vipTier, m_vipNotes, m_assign, m_revoke, m_flag,
                 m_rollout, m_rollOut, m_flagOn, m_flagOff, m_define, m_importFlags}) {
            adminControl(control, *engine, readOnly);
        }
    }
    connect(m_hold, &QPushButton::clicked, this, &FleetPage::holdThrottle);
    connect(m_release, &QPushButton::clicked, this, &FleetPage::releaseThrottle);
    connect(m_assign, &QPushButton::clicked, this, &FleetPage::assignVip);
    connect(m_revoke, &QPushButton::clicked, this, &FleetPage::revokeVip);
    connect(m_vipNotes, &QLineEdit::returnPressed, this, &FleetPage::assignVip);
    connect(m_rollOut, &QPushButton::clicked, this, &FleetPage::rollOutFlag);
    connect(m_flagOn, &QPushButton::clicked, this, [this] { switchFlag(true); });
    connect(m_flagOff, &QPushButton::clicked, this, [this] { switchFlag(false); });
    connect(m_define, &QPushButton::clicked, this, &FleetPage::defineFlag);
    connect(m_importFlags, &QPushButton::clicked, m_flagsFile, &FleetFlagsFile::choose);
    connect(m_flagsFile, &FleetFlagsFile::refused, this, &FleetPage::refuse);
    connect(m_flagsFile, &FleetFlagsFile::confirmed, this,
            [this](const QString& query, const QString& what, const QByteArray& body) {
                sendChange("POST", QStringLiteral("/api/flags.json"), what, body, query);
            });
    connect(m_flag, &QComboBox::currentTextChanged, this, &FleetPage::showChosenFlag);
    FleetClient* client = m_feed->client();
    connect(client, &FleetClient::changeSent, this, [this](const QString& id) {
        m_changeId = id;
        m_applied->setText(id.isEmpty() ? tr("%1: done on %2, which shares it with no other engine (no Redis).")
                                              .arg(m_changeWhat, m_feed->server().toString())
                                        : tr("%1: sent; waiting for the engines…").arg(m_changeWhat));
        m_applied->setStyleSheet({});
        m_feed->client()->poll();
        m_feed->client()->askFlags();  // where the flags are now, for the form
    });
    connect(client, &FleetClient::changeFailed, this, [this](const QString& reason) {
        m_changeId.clear();
        m_applied->setText(tr("%1: not done. %2").arg(m_changeWhat, reason));
        m_applied->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    });
    connect(m_feed, &FleetFeed::answered, this, &FleetPage::showAnswer);
    connect(client, &FleetClient::tiersAnswered, this, [this](const QStringList& names) {
        m_tiers->setStringList(names);
        if (!names.isEmpty()) {
            m_vipTier->setPlaceholderText(tr("Tier: %1").arg(QStringList(names.mid(0, 3)).join(QStringLiteral(", "))));
        }
    });
    connect(client, &FleetClient::flagsAnswered, this, &FleetPage::showFlags);
    connect(m_feed, &FleetFeed::failed, this, &FleetPage::showProblem);
    connect(m_feed, &FleetFeed::problem, this, [this](const QString& text) { setStatus(text, false); });
    connect(m_feed, &FleetFeed::restoring, this, [this](const QString& address, const QString& token) {
        m_server->setText(address);
        if (token.isEmpty()) {
            setStatus(tr("Reading the token of %1 from the keychain…").arg(address), true);
            return;
        }
        m_token->setText(token);
        setStatus(tr("Asking %1…").arg(address), true);
    });
    connect(m_attach, &QPushButton::clicked, this, &FleetPage::attach);
    connect(m_detach, &QPushButton::clicked, this, &FleetPage::detach);
    connect(m_token, &QLineEdit::returnPressed, this, &FleetPage::attach);
    refreshWhileVisible(kPollMs, [this] {
        m_feed->restore();  // at most once; the window asks first when it is shown
        m_feed->client()->poll();
    });
}

void FleetPage::build()
{
    auto* intro = new QLabel(tr("Watch a fleet of <b>sluice serve</b> engines that share their limits and keys' "
                                "scores through Redis: give the address of any one of them and an API token of scope "
                                "read or admin. The token is kept in the system keychain."),
                             this);
    intro->setWordWrap(true);
    m_server->setObjectName(QStringLiteral("fleetServer"));
    m_server->setPlaceholderText(QStringLiteral("127.0.0.1:9090"));
    m_server->setAccessibleName(tr("Server"));
    m_token->setObjectName(QStringLiteral("fleetToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("sluice_… token"));
    m_token->setAccessibleName(tr("Token"));
    m_attach->setObjectName(QStringLiteral("fleetAttach"));
    m_detach->setObjectName(QStringLiteral("fleetForget"));
    m_detach->setToolTip(tr("Stop watching this fleet and remove its token from the keychain"));
    auto* serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_server);
    auto* tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    auto* form = new QHBoxLayout;
    form->addWidget(serverLabel);
    form->addWidget(m_server, 2);
    form->addWidget(tokenLabel);
    form->addWidget(m_token, 3);
    form->addWidget(m_attach);
    form->addWidget(m_detach);
    m_status->setObjectName(QStringLiteral("fleetStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* tiles = new TileGridLayout;
    for (KpiTile* tile : {m_engines, m_decisions, m_denied, m_degraded}) {
        tiles->addWidget(tile);
    }
    // The fleet as one: its requests per second as this page heard them, and every engine's keys by score.
    m_traffic->setObjectName(QStringLiteral("fleetTraffic"));
    m_traffic->setRangeSpan(tr("last 5 minutes"));
    m_scores->setObjectName(QStringLiteral("fleetScores"));
    m_scoresHeading->setObjectName(QStringLiteral("fleetScoresHeading"));
    m_scoresHeading->setText(tr("Reputation across the fleet"));
    for (QWidget* chart : std::initializer_list<QWidget*>{m_traffic, m_scores}) {
        chart->setMinimumHeight(170);
    }
    auto* charts = new QGridLayout;
    charts->addWidget(sectionHeading(this, tr("Fleet requests per second, last 5 minutes")), 0, 0);
    charts->addWidget(m_scoresHeading, 0, 1);
    charts->addWidget(m_traffic, 1, 0);
    charts->addWidget(m_scores, 1, 1);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    m_table->setObjectName(QStringLiteral("fleetEngines"));
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    stretchColumnWithFloor(m_table, FleetModel::Engine, 160);
    m_table->setAccessibleName(tr("Engines of the fleet"));
    m_empty->setText(tr("Not attached to a fleet."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    // Holding the whole fleet's throttle: the override every engine applies.
    m_level->setObjectName(QStringLiteral("fleetLevel"));
    for (int level = 0; level < engine::kThrottleLevelCount; ++level) {
        const auto l = static_cast<engine::ThrottleLevel>(level);
        const std::string_view name = engine::nameOf(l);
        m_level->addItem(throttleName(l), QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
    }
    m_level->setCurrentIndex(engine::kThrottleLevelCount - 2);  // high: the usual answer to an incident
    m_level->setAccessibleName(tr("Level"));
    m_reason->setObjectName(QStringLiteral("fleetReason"));
    m_reason->setPlaceholderText(tr("Reason (required), e.g. incident 42"));
    m_reason->setAccessibleName(tr("Reason"));
    m_hold->setObjectName(QStringLiteral("fleetHold"));
    m_hold->setToolTip(tr("Hold the throttle of every engine of the fleet at this level (needs an admin token)"));
    m_release->setObjectName(QStringLiteral("fleetRelease"));
    m_release->setToolTip(tr("Hand every engine's throttle back to its automatic controller"));
    m_applied->setObjectName(QStringLiteral("fleetApplied"));
    m_applied->setWordWrap(true);
    auto* levelLabel = new QLabel(tr("Throttle the whole fleet at &level:"), this);
    levelLabel->setBuddy(m_level);
    auto* actions = new QGridLayout;
    actions->addWidget(levelLabel, 0, 0);
    auto* throttle = new QHBoxLayout;
    throttle->addWidget(m_level);
    throttle->addWidget(m_reason, 1);
    throttle->addWidget(m_hold);
    throttle->addWidget(m_release);
    actions->addLayout(throttle, 0, 1);

    // A VIP tier on every engine: the assignment each engine makes in the admin's name.
    m_vipKey->setObjectName(QStringLiteral("fleetVipKey"));
    m_vipKey->setPlaceholderText(tr("Key, e.g. partner-7"));
    m_vipKey->setAccessibleName(tr("Key"));
    m_vipKey->setMaxLength(255);
    m_vipTier->setObjectName(QStringLiteral("fleetVipTier"));
    m_vipTier->setPlaceholderText(tr("Tier, e.g. gold"));
    m_vipTier->setAccessibleName(tr("Tier"));
    m_vipTier->setMaxLength(100);
    m_tiers = new QStringListModel(this);
    auto* completer = new QCompleter(m_tiers, m_vipTier);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_vipTier->setCompleter(completer);
    m_vipNotes->setObjectName(QStringLiteral("fleetVipNotes"));
    m_vipNotes->setPlaceholderText(tr("Notes (optional)"));
    m_vipNotes->setAccessibleName(tr("Notes"));
    m_vipNotes->setMaxLength(500);
    m_assign->setObjectName(QStringLiteral("fleetVipAssign"));
    m_assign->setToolTip(tr("Give the key this VIP tier on every engine of the fleet (needs an admin token)"));
    m_revoke->setObjectName(QStringLiteral("fleetVipRevoke"));
    m_revoke->setToolTip(tr("Take the key's VIP tier away on every engine of the fleet"));
    auto* vipLabel = new QLabel(tr("VIP on the whole fleet, &key:"), this);
    vipLabel->setBuddy(m_vipKey);
    actions->addWidget(vipLabel, 1, 0);
    auto* vip = new QHBoxLayout;
    vip->addWidget(m_vipKey, 2);
    vip->addWidget(m_vipTier, 1);
    vip->addWidget(m_vipNotes, 2);
    vip->addWidget(m_assign);
    vip->addWidget(m_revoke);
    actions->addLayout(vip, 1, 1);

    // A flag's rollout or switch on every engine: the change each engine makes in the admin's name.
    m_flag->setObjectName(QStringLiteral("fleetFlag"));
    m_flag->setEditable(true);
    m_flag->setInsertPolicy(QComboBox::NoInsert);
    m_flag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_flag->setMinimumContentsLength(8);
    m_flag->lineEdit()->setPlaceholderText(tr("Flag, e.g. new-checkout"));
    m_flag->lineEdit()->setMaxLength(255);
    m_flag->setAccessibleName(tr("Flag"));
    m_rollout->setObjectName(QStringLiteral("fleetRollout"));
    m_rollout->setRange(0, 100);
    m_rollout->setSuffix(QStringLiteral(" %"));
    m_rollout->setValue(100);
    m_rollout->setAccessibleName(tr("Rollout"));
    m_rollOut->setObjectName(QStringLiteral("fleetRollOut"));
    m_rollOut->setToolTip(tr("Move the flag's rollout slider to this percentage on every engine of the fleet"));
    m_flagOn->setObjectName(QStringLiteral("fleetFlagOn"));
    m_flagOn->setToolTip(tr("Switch the flag on on every engine of the fleet"));
    m_flagOff->setObjectName(QStringLiteral("fleetFlagOff"));
    m_flagOff->setToolTip(tr("Switch the flag off on every engine of the fleet"));
    m_define->setObjectName(QStringLiteral("fleetFlagDefinition"));
    m_define->setToolTip(tr("Edit the flag's whole definition, or define a new one, on every engine of the fleet"));
    m_importFlags->setObjectName(QStringLiteral("fleetFlagsImport"));
    m_importFlags->setToolTip(tr("Import a flags file (Unleash client features) on every engine of the fleet"));
    auto* flagLabel = new QLabel(tr("Feature fla&g on the whole fleet:"), this);
    flagLabel->setBuddy(m_flag);
    actions->addWidget(flagLabel, 2, 0);
    auto* flag = new QHBoxLayout;
    flag->addWidget(m_flag, 2);
    flag->addWidget(m_define);
    flag->addWidget(m_importFlags);  // a whole flags file, beside the one flag's definition
    flag->addWidget(m_rollout);
    flag->addWidget(m_rollOut);
    flag->addStretch(1);
    flag->addWidget(m_flagOn);
    flag->addWidget(m_flagOff);
    actions->addLayout(flag, 2, 1);
    actions->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(tiles);
    layout->addLayout(charts, 2);
    layout->addWidget(sectionHeading(this, tr("Engines")));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(actions);
    layout->addWidget(m_applied);
    setStatus(tr("Not attached."), true);
    render();
}

void FleetPage::attach()
{
    QString error;
    const QUrl url = FleetClient::serverUrl(m_server->text(), error);
    if (!url.isValid()) {
        setStatus(error, false);
        return;
    }
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        setStatus(tr("Give a token of that server (sluice token create NAME --scope read)."), false);
        return;
    }
    if (url != m_feed->server()) {
        // Another fleet: nothing of the one before stays on screen.
        m_traffic->setHistory({});
        m_scores->setBins({});
        m_tiers->setStringList({});
        m_vipTier->setPlaceholderText(tr("Tier, e.g. gold"));
        showFlags({});
    }
    m_tiersAsked = false;
    setStatus(tr("Asking %1…").arg(url.toString()), true);
    m_feed->attach(url, token.toUtf8());
}

void FleetPage::detach()
{
    m_feed->detach();
    m_traffic->setHistory({});
    m_scores->setBins({});
    m_tiers->setStringList({});
    showFlags({});
    m_tiersAsked = false;
    m_token->clear();
    m_model->setEngines({});
    setStatus(tr("Not attached."), true);
    render();
}

QString FleetPage::status() const { return m_status->text(); }

void FleetPage::setStatus(const QString& text, bool good)
{
    m_status->setText(text);
    m_status->setStyleSheet(good ? QString() : QStringLiteral("QLabel { color: #b3261e; }"));
}

void FleetPage::showAnswer(const engine::http::FleetAnswer& answer)
{
    if (!std::exchange(m_tiersAsked, true)) {
        m_feed->client()->askTiers();  // once an attach is known to answer
        m_feed->client()->askFlags();
    }
    showApplied(answer);
    m_model->setEngines(answer.engines);
    m_engines->setValue(
        tr("%1 of %2").arg(formatCount(static_cast<quint64>(answer.answering)), formatCount(answer.engines.size())));
    m_decisions->setValue(formatRate(answer.decisionsPerSec));
    m_denied->setValue(formatRate(answer.deniedPerSec));
    m_scoresHeading->setText(tr("Reputation across the fleet: %1 active keys").arg(formatCount(answer.activeKeys)));
    m_degraded->setValue(formatCount(static_cast<quint64>(answer.degraded)));
    m_traffic->setHistory(m_feed->history().history());
    ScoreHistogram::Bins bins{};
    std::copy_n(answer.histogram.begin(), std::min(answer.histogram.size(), bins.size()), bins.begin());
    m_scores->setBins(bins);
    const int silent = static_cast<int>(answer.engines.size()) - answer.answering;
    QString text = tr("Attached to %1: %n engine(s)", nullptr, static_cast<int>(answer.engines.size()))
                       .arg(m_feed->server().toString());
    if (silent > 0) {
        text += tr(", %n silent", nullptr, silent);
    }
    if (answer.degraded > 0) {
        text += tr("; Redis is degraded on %n of them", nullptr, answer.degraded);
    }
    text += QLatin1Char('.');
    const QString keychainProblem = m_feed->keychainProblem();
    if (!keychainProblem.isEmpty()) {
        text += QLatin1Char(' ') + keychainProblem;
    }
    setStatus(text, silent == 0 && answer.degraded == 0 && keychainProblem.isEmpty());
    markStale();
}

void FleetPage::showProblem(const QString& reason) { setStatus(reason, false); }

void FleetPage::holdThrottle()
{
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        refuse(tr("Give a reason: the audit log of every engine keeps it."));
        return;
    }
    const QJsonObject body{{QStringLiteral("level"), m_level->currentData().toString()},
                           {QStringLiteral("reason"), reason}};
    sendChange("PUT", QString::fromLatin1(kOverridePath), tr("Throttle held at %1").arg(m_level->currentText()),
               QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void FleetPage::releaseThrottle()
{
    const QJsonObject body{{QStringLiteral("reason"), m_reason->text().trimmed()}};
    sendChange("DELETE", QString::fromLatin1(kOverridePath), tr("Throttle released"),
               QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void FleetPage::assignVip()
{
    const QString key = m_vipKey->text().trimmed();
    const QString tier = m_vipTier->text().trimmed();
    if (key.isEmpty() || tier.isEmpty()) {
        refuse(tr("Give the key and its VIP tier."));
        return;
    }
    QJsonObject body{{QStringLiteral("tier"), tier}};
    if (const QString notes = m_vipNotes->text().trimmed(); !notes.isEmpty()) {
        body.insert(QStringLiteral("notes"), notes);
    }
    sendChange("PUT", vipPath(key), tr("VIP tier %1 for %2").arg(tier, key),
               QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void FleetPage::revokeVip()
{
    const QString key = m_vipKey->text().trimmed();
    if (key.isEmpty()) {
        refuse(tr("Give the key whose VIP tier goes."));
        return;
    }
    sendChange("DELETE", vipPath(key), tr("VIP tier of %1 revoked").arg(key), {});
}

void FleetPage::showFlags(const QList<FleetFlag>& flags)
{
    m_flags = flags;
    const QString chosen = m_flag->currentText();
    const QSignalBlocker quiet(m_flag);
    m_flag->clear();
    for (const FleetFlag& f : flags) {
        m_flag->addItem(f.name);
    }
    m_flag->setEditText(chosen);
    showChosenFlag();
}

void FleetPage::showChosenFlag()
{
    const QString name = m_flag->currentText().trimmed();
    const auto known = std::find_if(m_flags.begin(), m_flags.end(), [&](const FleetFlag& f) { return f.name == name; });
    // The slider follows the flag chosen, not every answer: a percentage being typed is not taken away.
    if (known != m_flags.end() && known->rollout >= 0 && name != m_shownFlag) {
        m_rollout->setValue(known->rollout);
    }
    m_shownFlag = known != m_flags.end() ? name : QString();
    if (!m_rollOut->isEnabled()) {
        return;  // read-only: its tooltip says why, and stays
    }
    if (known == m_flags.end()) {
        m_rollOut->setToolTip(tr("Move the flag's rollout slider to this percentage on every engine of the fleet"));
    } else if (known->rollout >= 0) {
        m_rollOut->setToolTip(
            tr("Move the flag's rollout slider to this percentage on every engine of the fleet (now %1 %)")
                .arg(known->rollout));
    } else {
        m_rollOut->setToolTip(tr("This flag has no rollout strategy: it is only switched on or off"));
    }
}

void FleetPage::rollOutFlag()
{
    const QString name = m_flag->currentText().trimmed();
    if (name.isEmpty()) {
        refuse(tr("Choose the flag to roll out."));
        return;
    }
    const QJsonObject body{{QStringLiteral("percent"), m_rollout->value()}};
    sendChange("PUT", flagPath(name, "rollout"),
               tr("Flag %1 rolled out to %2 %").arg(name, QString::number(m_rollout->value())),
               QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void FleetPage::switchFlag(bool on)
{
    const QString name = m_flag->currentText().trimmed();
    if (name.isEmpty()) {
        refuse(tr("Choose the flag to switch."));
        return;
    }
    const QJsonObject body{{QStringLiteral("enabled"), on}};
    sendChange("PUT", flagPath(name, "enabled"),
               on ? tr("Flag %1 switched on").arg(name) : tr("Flag %1 switched off").arg(name),
               QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void FleetPage::defineFlag()
{
    if (m_defining || (m_editor && m_editor->isVisible())) {
        return;  // one editor at a time: two could each put their own definition
    }
    const QString name = m_flag->currentText().trimmed();
    m_defining = true;
    m_define->setEnabled(false);
    // What the fleet holds now, not the list the form last had: the segments, which strategies may use; every flag's
    // name, which a new flag must not take and a dependency must name; then the flag itself, new only when the server
    // has none of that name (404).
    FleetClient* client = m_feed->client();
    const auto failed = [this](const QString& problem) {
        m_defining = false;
        m_define->setEnabled(true);
        refuse(tr("The flag cannot be edited: %1").arg(problem));
    };
    client->read(QStringLiteral("/api/segments"), this, [=, this](int, const QByteArray& body, const QString& problem) {
        auto set = std::make_shared<engine::flags::FlagSet>();
        if (!problem.isEmpty() || !readSegments(body, set->segments)) {
            failed(problem.isEmpty() ? tr("the server's segments do not read.") : problem);
            return;
        }
        client->read(
            QStringLiteral("/api/flags"), this, [=, this](int, const QByteArray& list, const QString& listProblem) {
                if (!listProblem.isEmpty() || !readFlagNames(list, set->features)) {
                    failed(listProblem.isEmpty() ? tr("the server's flags do not read.") : listProblem);
                    return;
                }
                if (name.isEmpty()) {
                    editFlag(*set, std::nullopt, name);
                    return;
                }
                client->read(flagPath(name), this,
                             [=, this](int status, const QByteArray& flagBody, const QString& flagProblem) {
                                 if (status == 404) {
                                     editFlag(*set, std::nullopt, name);
                                     return;
                                 }
                                 const engine::flags::FlagRead read =
                                     flagProblem.isEmpty() ? engine::flags::readFeature(flagBody.toStdString())
                                                           : engine::flags::FlagRead{};
                                 if (!read.flag) {
                                     failed(flagProblem.isEmpty() ? QString::fromStdString(read.error) : flagProblem);
                                     return;
                                 }
                                 editFlag(*set, read.flag, name);
                             });
            });
    });
}

void FleetPage::editFlag(const engine::flags::FlagSet& set, const std::optional<engine::flags::FeatureFlag>& existing,
                         const QString& name)
{
    m_defining = false;
    m_define->setEnabled(true);
    // A fleet's engines run on the wall clock, which its schedules are written in.
    const engine::TimeNs now = QDateTime::currentMSecsSinceEpoch() * engine::kNsPerMs;
    auto* dialog = new FlagEditorDialog(nullptr, set, existing ? &*existing : nullptr, now, this);
    m_editor = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(existing ? tr("Flag %1 on the whole fleet").arg(name) : tr("New flag on the whole fleet"));
    if (!existing) {
        dialog->proposeName(name);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (auto flag = dialog->flag(error)) {
            const QString flagName = QString::fromStdString(flag->name);
            sendChange("PUT", flagPath(flagName), tr("Flag %1 defined").arg(flagName),
                       QByteArray::fromStdString(engine::flags::writeFeature(*flag)));
        }
    });
    dialog->open();
}

void FleetPage::refuse(const QString& text)
{
    m_applied->setText(text);
    m_applied->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
}

void FleetPage::sendChange(const QByteArray& method, const QString& path, const QString& what, const QByteArray& body,
                           const QString& query)
{
    m_changeWhat = what;
    m_changeId.clear();
    m_applied->setStyleSheet({});
    m_applied->setText(tr("%1: sending…").arg(what));
    m_feed->client()->sendChange(method, path, body, query);
}

void FleetPage::showApplied(const engine::http::FleetAnswer& answer)
{
    if (m_changeId.isEmpty()) {
        return;
    }
    int answering = 0;
    int reached = 0;
    const std::string id = m_changeId.toStdString();
    std::string newest;
    for (const engine::FleetEntry& e : answer.engines) {
        if (!e.silent) {
            ++answering;
            reached += engine::redis::changeReached(id, e.summary.changeCursor) ? 1 : 0;
            // Only a version that reads can be the newest: one that does not ("", "1.0~rc1") is compared with none.
            const std::string& version = e.summary.version;
            if (engine::http::versionReads(version) &&
                (newest.empty() || engine::http::versionBefore(newest, version))) {
                newest = version;
            }
        }
    }
    if (answering > 0 && reached == answering) {
        // An engine of an older Sluice passes over a kind of change it does not know and still moves on: taken, it may
        // not have made it.
        QStringList older;
        for (const engine::FleetEntry& e : answer.engines) {
            if (!e.silent && engine::http::versionBefore(e.summary.version, newest)) {
                older << tr("%1 (Sluice %2)")
                             .arg(QString::fromStdString(e.summary.id), QString::fromStdString(e.summary.version));
            }
        }
        m_applied->setText(
            older.isEmpty()
                ? tr("%1: applied by every engine (%2 of %3).").arg(m_changeWhat).arg(reached).arg(answering)
                : tr("%1: taken by every engine (%2 of %3), but one running a Sluice older than %5 may have passed "
                     "over it: %4.")
                      .arg(m_changeWhat)
                      .arg(reached)
                      .arg(answering)
                      .arg(older.join(QStringLiteral(", ")), QString::fromStdString(newest)));
        m_applied->setStyleSheet(older.isEmpty() ? QString() : QStringLiteral("QLabel { color: #b3261e; }"));
        m_changeId.clear();  // done: nothing more to follow
        return;
    }
    m_applied->setText(tr("%1: applied by %2 of %3 engines so far…").arg(m_changeWhat).arg(reached).arg(answering));
}

void FleetPage::render()
{
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    if (!any) {
        m_scoresHeading->setText(tr("Reputation across the fleet"));
        for (KpiTile* tile : {m_engines, m_decisions, m_denied, m_degraded}) {
            tile->setValue(QStringLiteral("–"));
        }
    }
}

}  // namespace sluice::ui
