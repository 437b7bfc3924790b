// SPDX-License-Identifier: MIT
#pragma once

#include "store/eventstore.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Chronoscope {

/// Scanned rows copied out of SQLite's buffers, so that one thread can step the store while
/// another indexes what it read. Text lives in one arena; rows keep offsets into it.
class RowBatch
{
public:
    void clear();
    void add(const RawEventRow& row);
    std::size_t size() const { return m_rows.size(); }
    /// The row with views into this batch; valid until the batch is cleared.
    RawEventRow at(std::size_t i) const;
    qint64 lastRowId() const { return m_rows.empty() ? 0 : m_rows.back().rowId; }

private:
    struct Text
    {
        quint32 offset = 0;
        quint32 length = 0;
    };
    struct Row
    {
        qint64 rowId = 0;
        Text texts[7];
        RawValue values[3]; ///< version, schema version, timestamp; text held in `valueTexts`
        Text valueTexts[3];
    };
    Text keep(std::string_view text);
    std::string_view view(Text text) const { return { m_arena.data() + text.offset, text.length }; }

    std::string m_arena;
    std::vector<Row> m_rows;
};

/// A bounded hand-over of row batches from the thread that reads the store to the thread
/// that indexes, recycling batches so that a ten-million-row scan allocates a few.
/// Either side may stop it: the reader by finish() (with or without an error), the
/// indexer by cancel(), which makes the reader's next push() return false.
class RowBatchQueue
{
public:
    explicit RowBatchQueue(std::size_t depth = 4);

    /// Reader: an empty batch to fill (blocks while all are in flight); null once cancelled.
    std::unique_ptr<RowBatch> emptyBatch();
    /// Reader: hands a filled batch over; false once cancelled.
    bool push(std::unique_ptr<RowBatch> batch);
    /// Reader: no more batches; `error` if reading failed.
    void finish(std::optional<StoreError> error = std::nullopt);

    /// Indexer: the next filled batch, or null when the reader has finished.
    std::unique_ptr<RowBatch> pop();
    /// Indexer: gives a processed batch back for reuse.
    void recycle(std::unique_ptr<RowBatch> batch);
    void cancel();
    std::optional<StoreError> error() const;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<std::unique_ptr<RowBatch>> m_full;
    std::vector<std::unique_ptr<RowBatch>> m_free;
    std::size_t m_depth;
    std::size_t m_created = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    std::optional<StoreError> m_error;
};

} // namespace Chronoscope
