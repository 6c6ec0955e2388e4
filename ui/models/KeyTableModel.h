// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineQueries.h"
#include "OpenQuestions.h"
#include "query/KeyQuery.h"

#include <QAbstractTableModel>
#include <QString>
#include <QTimer>

#include <map>
#include <optional>
#include <vector>

namespace sluice::ui {

// The active keys as a table, however many there are. rowCount() is the engine's count of matching keys;
// rows are fetched from the engine a page at a time (KeyPageQuery) when the view first asks for them, so
// only the pages on screen are held. Answers to an older query (search or sort changed since) are ignored. refresh()
// asks again for the pages in use, so a live table keeps its scroll position.
class KeyTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KeyColumn, ScoreColumn, TierColumn, VipColumn, AllowedColumn, DeniedColumn, LastSeenColumn };
    static constexpr int kColumnCount = 7;
    static constexpr int kKeyRole = Qt::UserRole + 1;     // the key as a QString; empty while loading
    static constexpr int kLoadedRole = Qt::UserRole + 2;  // bool: the row's data has arrived
    static constexpr int kPageRows = 200;
    static constexpr int kMaxCachedPages = 16;
    static constexpr int kMaxPagesPerFetch = 6;  // the most recently wanted pages; a view shows one or two

    explicit KeyTableModel(EngineClient* engine, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    QString search() const;
    void setSearch(const QString& text);
    void setTierFilter(std::optional<engine::ReputationTier> tier);
    const engine::KeyQuery& query() const { return m_query; }
    // Asks again for the pages used since the last refresh; the others are dropped.
    void refresh();
    // Whether a question is still on its way to the engine.
    bool isLoading() const { return !m_requests.empty(); }
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    // The row that holds `key` among the rows loaded now; -1 when it is not among them.
    int loadedRowOf(const QString& key) const;

signals:
    // The first answer to the current query arrived (the row count is known).
    void queryAnswered();

private:
    struct Page {
        std::vector<engine::KeyRow> rows;
        quint64 lastUse = 0;
    };
    struct Asked {
        int firstPage = 0;
        int pageCount = 0;
    };

    void restart();
    void want(int page) const;
    void fetchWanted();
    void requestRuns(const std::vector<int>& sortedPages);
    void request(int firstPage, int pageCount);
    void onKeysReady(quint64 id, const Asked& asked, const engine::KeyPage& answer);
    void resize(qint64 total);
    void evictPages();
    const engine::KeyRow* row(int index) const;
    QVariant display(const engine::KeyRow& r, int column) const;

    engine::KeyQuery m_query;
    bool m_answered = false;
    int m_rows = 0;
    mutable std::map<int, Page> m_pages;
    mutable std::map<int, quint64> m_wanted;  // page -> use tick, pages the view asked for and we lack
    mutable quint64 m_useTick = 0;
    quint64 m_refreshTick = 0;
    OpenQuestions<KeyPageQuery, Asked> m_requests;
    std::map<int, quint64> m_pageRequest;  // page -> the newest request that will answer it
    mutable QTimer m_fetchTimer;
};

}  // namespace sluice::ui
