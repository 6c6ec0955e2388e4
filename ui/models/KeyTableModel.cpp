// SPDX-License-Identifier: Apache-2.0
#include "models/KeyTableModel.h"

#include "EngineClient.h"
#include "Format.h"
#include "charts/ChartColors.h"
#include "models/KeyTimeFormat.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace sluice::ui {

namespace {
std::optional<engine::KeySort> sortFor(int column)
{
    switch (column) {
    case KeyTableModel::KeyColumn:
        return engine::KeySort::Key;
    case KeyTableModel::ScoreColumn:
    case KeyTableModel::TierColumn:  // the tier follows from the score, so score order is tier order
        return engine::KeySort::Score;
    case KeyTableModel::AllowedColumn:
        return engine::KeySort::Allowed;
    case KeyTableModel::DeniedColumn:
        return engine::KeySort::Denied;
    case KeyTableModel::LastSeenColumn:
        return engine::KeySort::LastSeen;
    case KeyTableModel::VipColumn:
        return engine::KeySort::Vip;
    default:
        return std::nullopt;
    }
}
}  // namespace

KeyTableModel::KeyTableModel(EngineClient* engine, QObject* parent)
    : QAbstractTableModel(parent),
      m_requests(engine, this, [this](quint64 id, const Asked& asked, const engine::KeyPage& answer) {
          onKeysReady(id, asked, answer);
      })
{
    m_query.limit = kPageRows;
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(0);  // collects what one paint asked for into few requests
    connect(&m_fetchTimer, &QTimer::timeout, this, &KeyTableModel::fetchWanted);
    restart();
}

int KeyTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows; }
int KeyTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : kColumnCount; }

bool KeyTableModel::isSortable(int column) { return sortFor(column).has_value(); }

QString KeyTableModel::search() const { return QString::fromStdString(m_query.contains); }

void KeyTableModel::setSearch(const QString& text)
{
    const std::string contains = text.trimmed().toStdString();
    if (contains != m_query.contains) {
        m_query.contains = contains;
        restart();
    }
}

void KeyTableModel::setTierFilter(std::optional<engine::ReputationTier> tier)
{
    if (tier != m_query.tier) {
        m_query.tier = tier;
        restart();
    }
}

void KeyTableModel::sort(int column, Qt::SortOrder order)
{
    const auto by = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (by && (*by != m_query.sort || descending != m_query.descending)) {
        m_query.sort = *by;
        m_query.descending = descending;
        restart();
    }
}

void KeyTableModel::restart()
{
    beginResetModel();
    m_pages.clear();
    m_wanted.clear();
    m_requests.forget();  // answers still on their way are dropped
    m_pageRequest.clear();
    m_rows = 0;
    m_answered = false;
    endResetModel();
    request(0, 1);
}

void KeyTableModel::refresh()
{
    std::vector<int> used;
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it->second.lastUse > m_refreshTick) {
            used.push_back(it->first);
            ++it;
        } else {
            it = m_pages.erase(it);  // out of sight: fetched again when the view asks
        }
    }
    m_refreshTick = m_useTick;
    if (used.empty()) {
        used.push_back(0);  // keeps the row count current
    }
    requestRuns(used);
}

void KeyTableModel::want(int page) const
{
    m_wanted[page] = ++m_useTick;
    if (!m_fetchTimer.isActive()) {
        m_fetchTimer.start();
    }
}

void KeyTableModel::fetchWanted()
{
    std::vector<std::pair<quint64, int>> recent;  // (use tick, page), pages not already on their way
    for (const auto& [page, tick] : m_wanted) {
        if (m_pageRequest.count(page) == 0) {
            recent.emplace_back(tick, page);
        }
    }
    m_wanted.clear();
    std::sort(recent.begin(), recent.end(), std::greater<>());
    recent.resize(std::min<std::size_t>(recent.size(), kMaxPagesPerFetch));
    std::vector<int> pages;
    for (const auto& entry : recent) {
        pages.push_back(entry.second);
    }
    std::sort(pages.begin(), pages.end());
    requestRuns(pages);
}

void KeyTableModel::requestRuns(const std::vector<int>& pages)
{
    std::size_t start = 0;  // one question per run of consecutive pages
    for (std::size_t i = 1; i <= pages.size(); ++i) {
        if (i == pages.size() || pages[i] != pages[i - 1] + 1) {
            request(pages[start], static_cast<int>(i - start));
            start = i;
        }
    }
}

void KeyTableModel::request(int firstPage, int pageCount)
{
    engine::KeyQuery q = m_query;
    q.offset = static_cast<std::size_t>(firstPage) * kPageRows;
    q.limit = static_cast<std::size_t>(pageCount) * kPageRows;
    const quint64 id = m_requests.ask(KeyPageQuery{q}, Asked{firstPage, pageCount});
    for (int p = firstPage; p < firstPage + pageCount; ++p) {
        m_pageRequest[p] = id;
    }
}

void KeyTableModel::onKeysReady(quint64 id, const Asked& asked, const engine::KeyPage& answer)
{
    resize(static_cast<qint64>(std::min<std::uint64_t>(answer.totalMatching, std::numeric_limits<int>::max())));
    for (int i = 0; i < asked.pageCount; ++i) {
        const int page = asked.firstPage + i;
        const auto latest = m_pageRequest.find(page);
        if (latest == m_pageRequest.end() || latest->second != id) {
            continue;  // a newer question about this page is on its way
        }
        m_pageRequest.erase(latest);
        const int first = page * kPageRows;
        if (first >= m_rows) {
            m_pages.erase(page);
            continue;
        }
        const std::size_t from = std::min(answer.rows.size(), static_cast<std::size_t>(i) * kPageRows);
        const std::size_t to = std::min(answer.rows.size(), from + kPageRows);
        Page& cached = m_pages[page];
        cached.rows.assign(answer.rows.begin() + static_cast<std::ptrdiff_t>(from),
                           answer.rows.begin() + static_cast<std::ptrdiff_t>(to));
        cached.lastUse = std::max(cached.lastUse, m_refreshTick + 1);
        const int last = std::min(m_rows, first + kPageRows) - 1;
        emit dataChanged(index(first, 0), index(last, kColumnCount - 1));
    }
    evictPages();
    if (!m_answered) {
        m_answered = true;
        emit queryAnswered();
    }
}

void KeyTableModel::resize(qint64 total)
{
    const int rows = static_cast<int>(total);
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            const int first = it->first * kPageRows;
            if (first >= rows) {
                it = m_pages.erase(it);
            } else {
                it->second.rows.resize(std::min<std::size_t>(it->second.rows.size(), rows - first));
                ++it;
            }
        }
        endRemoveRows();
    }
}

void KeyTableModel::evictPages()
{
    while (m_pages.size() > kMaxCachedPages) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(), [](const auto& a, const auto& b) {
            return a.second.lastUse < b.second.lastUse;
        });
        m_pages.erase(oldest);
    }
}

int KeyTableModel::loadedRowOf(const QString& key) const
{
    const std::string wanted = key.toStdString();
    for (const auto& [page, cached] : m_pages) {
        for (std::size_t i = 0; i < cached.rows.size(); ++i) {
            if (cached.rows[i].key == wanted) {
                return page * kPageRows + static_cast<int>(i);
            }
        }
    }
    return -1;
}

const engine::KeyRow* KeyTableModel::row(int index) const
{
    const int page = index / kPageRows;
    const auto it = m_pages.find(page);
    const std::size_t offset = static_cast<std::size_t>(index % kPageRows);
    if (it == m_pages.end() || offset >= it->second.rows.size()) {
        want(page);
        return nullptr;
    }
    it->second.lastUse = ++m_useTick;
    return &it->second.rows[offset];
}

QVariant KeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const engine::KeyRow* r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (r == nullptr) {
            return index.column() == KeyColumn ? tr("Loading…") : QVariant();
        }
        return display(*r, index.column());
    case Qt::ToolTipRole:
        if (r != nullptr && index.column() == KeyColumn) {
            return QString::fromStdString(r->key);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == KeyColumn || index.column() == TierColumn || index.column() == VipColumn) {
            return QVariant::fromValue(int(Qt::AlignLeft | Qt::AlignVCenter));
        }
        return QVariant::fromValue(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DecorationRole:
        if (r != nullptr && index.column() == TierColumn) {
            return tierColor(r->tier);
        }
        return {};
    case kKeyRole:
        return r != nullptr ? QString::fromStdString(r->key) : QString();
    case kLoadedRole:
        return r != nullptr;
    default:
        return {};
    }
}

QVariant KeyTableModel::display(const engine::KeyRow& r, int column) const
{
    switch (column) {
    case KeyColumn:
        return QString::fromStdString(r.key);
    case ScoreColumn:
        return QLocale().toString(r.score, 'f', 1);
    case TierColumn:
        return tierName(r.tier);
    case VipColumn:
        return QString::fromStdString(r.vipTier);
    case AllowedColumn:
        return formatCount(r.allowed);
    case DeniedColumn:
        return formatCount(r.denied);
    case LastSeenColumn:
        if (r.lastSeen == 0) {
            return QString();
        }
        return formatKeyTime(r.lastSeen / engine::kNsPerMs);
    default:
        return {};
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole && !isSortable(section)) {
        return tr("This column cannot be sorted.");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ScoreColumn:
        return tr("Score");
    case TierColumn:
        return tr("Tier");
    case VipColumn:
        return tr("VIP");
    case AllowedColumn:
        return tr("Allowed");
    case DeniedColumn:
        return tr("Denied");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        return {};
    }
}

}  // namespace sluice::ui
