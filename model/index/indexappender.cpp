// SPDX-License-Identifier: MIT
#include "indexappender.h"

namespace Chronoscope {

IndexAppender::IndexAppender(StorePtr store, IndexOptions options)
    : m_store(std::move(store))
{
    m_builder = std::make_unique<IndexBuilder>(*m_store, std::move(options));
}

} // namespace Chronoscope
