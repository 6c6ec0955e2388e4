// SPDX-License-Identifier: Apache-2.0
#include "FlagsPage.h"

#include "CurrentUser.h"
#include "EngineClient.h"
#include "pages/flags/FlagEditorDialog.h"
#include "pages/flags/FlagRow.h"
#include "pages/flags/RolloutSlider.h"
#include "widgets/PageParts.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cstdlib>

namespace sluice::ui {

namespace {
std::string actor() { return currentUserName().toStdString(); }
}  // namespace

FlagsPage::FlagsPage(EngineClient* engine, QWidget* parent)
    : Page(parent), m_engine(engine), m_summary(new QLabel(this)), m_new(new QPushButton(tr("New flag…"), this)),
      m_import(new QPushButton(tr("Import…"), this)), m_export(new QPushButton(tr("Export…"), this)),
      m_status(new QLabel(this)), m_empty(new QLabel(this)), m_scroll(new QScrollArea(this)), m_rows(new QVBoxLayout),
      m_setQuestion(engine, this, [this](const engine::flags::FlagSet& set) { onFlagSet(set); }),
      m_exports(engine, this,
                [this](quint64, const QString& path, const engine::flags::FlagSet& set) { writeExport(path, set); })
{
    m_summary->setObjectName(QStringLiteral("flagsSummary"));
    m_new->setObjectName(QStringLiteral("newFlagButton"));
    m_import->setObjectName(QStringLiteral("importFlagsButton"));
    m_export->setObjectName(QStringLiteral("exportFlagsButton"));
    m_status->setObjectName(QStringLiteral("flagsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_empty->setObjectName(QStringLiteral("flagsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Waiting for the engine…"));
    m_import->setToolTip(tr("Read an Unleash client-features file (JSON): every flag and segment in it, or none"));
    m_export->setToolTip(tr("Write every flag and segment as an Unleash client-features file (JSON)"));
    const QString readOnly = tr("The console is read-only: flags cannot be changed here.");
    adminControl(m_new, *engine, readOnly);
    adminControl(m_import, *engine, readOnly);
    connect(m_new, &QPushButton::clicked, this, [this] { openEditor({}); });
    connect(m_import, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(m_export, &QPushButton::clicked, this, [this] { chooseFile(true); });

    auto* rows = new QWidget(m_scroll);
    rows->setObjectName(QStringLiteral("flagRows"));
    rows->setLayout(m_rows);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(4);
    m_rows->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("flagScroll"));
    m_scroll->setWidget(rows);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* top = new QHBoxLayout;
    top->addWidget(sectionHeading(this, tr("Feature flags")));
    top->addWidget(m_summary, 1);
    top->addWidget(m_new);
    top->addWidget(m_import);
    top->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_scroll, 1);
    m_scroll->hide();

    connect(m_engine, &EngineClient::commandFinished, this, [this](quint64 id, bool ok, const QString& error) {
        const auto it = m_sent.find(id);
        if (it == m_sent.end()) {
            return;
        }
        const Sent sent = it.value();
        m_sent.erase(it);
        if (!ok) {
            if (FlagRow* r = row(sent.rolloutOf)) {
                r->slider()->revert();
            }
            showStatus(tr("The engine refused: %1").arg(error), false);
            return;
        }
        if (FlagRow* r = row(sent.rolloutOf)) {
            r->slider()->settle();
        }
        if (!sent.done.isEmpty()) {
            showStatus(sent.done, true);
        }
    });
}

FlagRow* FlagsPage::row(const QString& name) const
{
    const auto it = m_rowByName.find(name.toStdString());
    return it != m_rowByName.end() ? it->second : nullptr;
}

void FlagsPage::render()
{
    const engine::FlagsView* view = snapshot() ? snapshot()->flags.get() : nullptr;
    if (view == nullptr) {
        return;  // the engine publishes no flags (yet)
    }
    if (m_revision != view->revision) {
        m_revision = view->revision;
        m_setQuestion.ask(FlagSetQuery{});  // the definitions behind the rows changed
    }
    std::vector<std::string> names;
    names.reserve(view->flags.size());
    for (const engine::FlagRowView& flag : view->flags) {
        names.push_back(flag.name);
    }
    if (names != m_names) {
        rebuildRows(*view);
    } else {
        for (const engine::FlagRowView& flag : view->flags) {
            m_rowByName.at(flag.name)->display(flag);
        }
    }
    int on = 0;
    int killed = 0;
    for (const engine::FlagRowView& flag : view->flags) {
        on += flag.enabled && !flag.killed ? 1 : 0;
        killed += flag.killed ? 1 : 0;
    }
    const int count = static_cast<int>(view->flags.size());
    QString summary = tr("%n flag(s), %1 on", nullptr, count).arg(on);
    if (killed > 0) {
        summary = tr("%1, %2 killed").arg(summary).arg(killed);
    }
    m_summary->setText(summary);
    m_empty->setText(tr("No flags yet. Create one with New flag, or import an Unleash file."));
    m_empty->setVisible(view->flags.empty());
    m_scroll->setVisible(!view->flags.empty());
}

void FlagsPage::rebuildRows(const engine::FlagsView& view)
{
    for (auto& [name, r] : m_rowByName) {
        r->deleteLater();
        m_rows->removeWidget(r);
    }
    m_rowByName.clear();
    m_names.clear();
    for (const engine::FlagRowView& flag : view.flags) {
        auto* r = new FlagRow(flag, *m_engine, m_scroll->widget());
        m_rows->insertWidget(m_rows->count() - 1, r);  // above the closing stretch
        connectRow(r);
        m_rowByName.emplace(flag.name, r);
        m_names.push_back(flag.name);
    }
}

void FlagsPage::connectRow(FlagRow* r)
{
    connect(r, &FlagRow::enabledToggled, this, [this](const QString& name, bool enabled) {
        send(engine::cmd::SetFlagEnabled{name.toStdString(), enabled, actor()});
    });
    connect(r, &FlagRow::rolloutReleased, this, &FlagsPage::onRolloutReleased);
    connect(r, &FlagRow::killClicked, this, [this](const QString& name, bool killed) {
        if (killed) {
            send(engine::cmd::SetFlagKilled{name.toStdString(), false, {}, actor()},
                 tr("The kill switch of %1 is lifted.").arg(name));
        } else {
            askKillReason(name);
        }
    });
    connect(r, &FlagRow::planPauseClicked, this, [this](const QString& name, bool pause) {
        send(engine::cmd::PauseRolloutPlan{name.toStdString(), pause, actor()});
    });
    connect(r, &FlagRow::editClicked, this, &FlagsPage::openEditor);
}

void FlagsPage::onRolloutReleased(const QString& name, int from, int to)
{
    if (std::abs(to - from) <= kConfirmJump) {
        send(engine::cmd::SetFlagRollout{name.toStdString(), to, actor()}, {}, name);
        return;
    }
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Change the rollout"),
                                tr("Move %1 from %2 % to %3 % of keys at once?").arg(name).arg(from).arg(to),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("rolloutConfirm"));
    ask->setInformativeText(
        tr("A jump of more than %1 points changes what many keys get in one step.").arg(kConfirmJump));
    ask->setDefaultButton(QMessageBox::Cancel);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [this, name, to](int result) {
        if (result == QMessageBox::Yes) {
            send(engine::cmd::SetFlagRollout{name.toStdString(), to, actor()}, {}, name);
        } else if (FlagRow* r = row(name)) {
            r->slider()->revert();
        }
    });
    ask->open();
}

void FlagsPage::askKillReason(const QString& name)
{
    auto* ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("killReasonDialog"));
    ask->setWindowTitle(tr("Kill %1").arg(name));
    ask->setLabelText(tr("Turns %1 off for every key until lifted. Why?").arg(name));
    ask->setTextEchoMode(QLineEdit::Normal);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QInputDialog::textValueSelected, this, [this, name](const QString& text) {
        const QString reason = text.trimmed();
        if (reason.isEmpty()) {
            showStatus(tr("%1 was not killed: a reason is required.").arg(name), false);
            return;
        }
        send(engine::cmd::SetFlagKilled{name.toStdString(), true, reason.toStdString(), actor()},
             tr("%1 is killed: off for every key.").arg(name));
    });
    ask->open();
}

void FlagsPage::openEditor(const QString& name)
{
    if (!m_set) {
        m_editWhenLoaded = name;
        m_setQuestion.ask(FlagSetQuery{});
        showStatus(tr("Reading the flags' definitions…"), true);
        return;
    }
    const engine::flags::FeatureFlag* existing = nullptr;
    for (const engine::flags::FeatureFlag& f : m_set->features) {
        if (QString::fromStdString(f.name) == name) {
            existing = &f;
        }
    }
    // Schedules run on the engine's clock, which a simulation moves faster than the wall's.
    const engine::TimeNs engineNow =
        snapshot() ? snapshot()->at : QDateTime::currentMSecsSinceEpoch() * engine::kNsPerMs;
    auto* dialog = new FlagEditorDialog(m_engine, *m_set, existing, engineNow, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (auto flag = dialog->flag(error)) {
            const QString saved = tr("%1 is saved.").arg(QString::fromStdString(flag->name));
            send(engine::cmd::PutFlag{std::move(*flag), actor()}, saved);
        }
    });
    dialog->open();
}

void FlagsPage::onFlagSet(const engine::flags::FlagSet& set)
{
    m_set = set;
    if (m_editWhenLoaded) {
        const QString name = *m_editWhenLoaded;
        m_editWhenLoaded.reset();
        m_status->hide();
        openEditor(name);
    }
}

void FlagsPage::send(engine::Command command, const QString& done, const QString& rolloutOf)
{
    m_status->hide();
    m_sent.insert(m_engine->sendCommand(std::move(command)), Sent{done, rolloutOf});
}

void FlagsPage::showStatus(const QString& text, bool good)
{
    m_status->setText(text);
    m_status->setStyleSheet(good ? QString() : QStringLiteral("QLabel { color: #b3261e; }"));
    m_status->setVisible(!text.isEmpty());
}

}  // namespace sluice::ui
