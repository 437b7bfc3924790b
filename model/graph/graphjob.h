// SPDX-License-Identifier: MIT
#pragma once

#include "causationstyle.h"
#include "criticalpath.h"
#include "dotlayout.h"
#include "graphbuilder.h"
#include "swimlanelayout.h"

#include <QPromise>

#include <mutex>
#include <optional>

namespace Chronoscope {

/// What only depends on the index and the store, kept between graphs: the reverse links
/// and the causation style. Thread-safe; concurrent callers for one index wait for one
/// build. Holds one index's data at a time (a new index replaces it).
class GraphCache
{
public:
    /// The links of `index`, built now if needed; null if canceled meanwhile.
    ReverseLinksPtr links(const IndexPtr& index, const std::function<bool()>& isCanceled = {});
    /// The causation style of the store behind `index` (sampled from `store` once).
    CausationProfile profile(const IndexPtr& index, const ReverseLinks& links, EventStore* store);

private:
    void forget(const IndexPtr& index);

    std::mutex m_mutex;
    std::weak_ptr<const EventIndex> m_index;
    ReverseLinksPtr m_links;
    std::optional<CausationProfile> m_profile;
};

/// One graph to make: around `position`, or re-laid out from `graph` (direction change).
struct GraphRequest
{
    quint64 generation = 0;
    IndexPtr index;
    QString storeSpec; ///< opened on the worker; empty: no payloads, ids or compensation
    qint64 position = -1;
    GraphOptions options;
    DotOptions dot;
    SwimlaneOptions swimlanes;
    std::shared_ptr<GraphCache> cache;
    std::shared_ptr<const EventGraph> graph; ///< set: skip building, lay this one out again
};

/// Everything the graph view shows, made on a worker; the GUI thread only creates items.
struct GraphResult
{
    quint64 generation = 0;
    std::shared_ptr<const EventGraph> graph;
    CausationProfile profile;
    CriticalPath path;
    GraphLayout layered; ///< invalid when dot failed (see layoutError)
    SwimlaneLayout swimlanes;
    QString error; ///< the graph could not be built
    QString layoutError; ///< dot failed; the swimlanes are still there
    QString storeError; ///< the store could not be opened: no ids, commands or compensation
    double linksSeconds = 0; ///< building ReverseLinks (0 when cached)
    double buildSeconds = 0;
    double layoutSeconds = 0;
};

/// Builds and lays out the graph of `request` (QtConcurrent::run in run-with-promise mode):
/// progress steps 0..4 (links, causation style, graph, layout), cancel checked throughout and
/// passed to dot. Exactly one result is added unless canceled.
void computeGraph(QPromise<GraphResult>& promise, const GraphRequest& request);

} // namespace Chronoscope
