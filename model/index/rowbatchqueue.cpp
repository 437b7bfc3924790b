// SPDX-License-Identifier: MIT
#include "rowbatchqueue.h"

namespace Chronoscope {

void RowBatch::clear()
{
    m_arena.clear();
    m_rows.clear();
}

RowBatch::Text RowBatch::keep(std::string_view text)
{
    const Text kept { static_cast<quint32>(m_arena.size()), static_cast<quint32>(text.size()) };
    m_arena.append(text);
    return kept;
}

void RowBatch::add(const RawEventRow& row)
{
    Row& copy = m_rows.emplace_back();
    copy.rowId = row.rowId;
    const std::string_view texts[7]
        = { row.eventId, row.streamId, row.aggregateType, row.type, row.userId, row.correlationId, row.causationId };
    for (int i = 0; i < 7; ++i)
        copy.texts[i] = keep(texts[i]);
    const RawValue* values[3] = { &row.version, &row.schemaVersion, &row.timestamp };
    for (int i = 0; i < 3; ++i) {
        copy.values[i] = *values[i];
        copy.values[i].text = {};
        copy.valueTexts[i] = keep(values[i]->text);
    }
}

RawEventRow RowBatch::at(std::size_t i) const
{
    const Row& stored = m_rows[i];
    RawEventRow row;
    row.rowId = stored.rowId;
    row.eventId = view(stored.texts[0]);
    row.streamId = view(stored.texts[1]);
    row.aggregateType = view(stored.texts[2]);
    row.type = view(stored.texts[3]);
    row.userId = view(stored.texts[4]);
    row.correlationId = view(stored.texts[5]);
    row.causationId = view(stored.texts[6]);
    RawValue* values[3] = { &row.version, &row.schemaVersion, &row.timestamp };
    for (int v = 0; v < 3; ++v) {
        *values[v] = stored.values[v];
        values[v]->text = view(stored.valueTexts[v]);
    }
    return row;
}

RowBatchQueue::RowBatchQueue(std::size_t depth)
    : m_depth(depth)
{ }

std::unique_ptr<RowBatch> RowBatchQueue::emptyBatch()
{
    QMutexLocker lock(&m_mutex);
    while (!m_cancelled && m_free.empty() && m_created >= m_depth)
        m_changed.wait(&m_mutex);
    if (m_cancelled)
        return nullptr;
    if (m_free.empty()) {
        ++m_created;
        return std::make_unique<RowBatch>();
    }
    std::unique_ptr<RowBatch> batch = std::move(m_free.back());
    m_free.pop_back();
    batch->clear();
    return batch;
}

bool RowBatchQueue::push(std::unique_ptr<RowBatch> batch)
{
    QMutexLocker lock(&m_mutex);
    if (m_cancelled)
        return false;
    m_full.push_back(std::move(batch));
    m_changed.wakeAll();
    return true;
}

void RowBatchQueue::finish(std::optional<StoreError> error)
{
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_error = std::move(error);
    m_changed.wakeAll();
}

std::unique_ptr<RowBatch> RowBatchQueue::pop()
{
    QMutexLocker lock(&m_mutex);
    while (m_full.empty() && !m_finished && !m_cancelled)
        m_changed.wait(&m_mutex);
    if (m_full.empty() || m_cancelled)
        return nullptr;
    std::unique_ptr<RowBatch> batch = std::move(m_full.front());
    m_full.pop_front();
    return batch;
}

void RowBatchQueue::recycle(std::unique_ptr<RowBatch> batch)
{
    QMutexLocker lock(&m_mutex);
    m_free.push_back(std::move(batch));
    m_changed.wakeAll();
}

void RowBatchQueue::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    m_changed.wakeAll();
}

std::optional<StoreError> RowBatchQueue::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

} // namespace Chronoscope
