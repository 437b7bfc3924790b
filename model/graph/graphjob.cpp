// SPDX-License-Identifier: MIT
#include "graphjob.h"

#include <QElapsedTimer>

namespace Chronoscope {

void GraphCache::forget(const IndexPtr& index)
{
    if (m_index.lock() == index)
        return;
    m_index = index;
    m_links.reset();
    m_profile.reset();
}

ReverseLinksPtr GraphCache::links(const IndexPtr& index, const std::function<bool()>& isCanceled)
{
    const std::lock_guard lock(m_mutex);
    forget(index);
    if (!m_links)
        m_links = ReverseLinks::build(*index, isCanceled);
    return m_links;
}

CausationProfile GraphCache::profile(const IndexPtr& index, const ReverseLinks& links, EventStore* store)
{
    const std::lock_guard lock(m_mutex);
    forget(index);
    if (!store)
        return detectCausationStyle(*index, links, nullptr);
    if (!m_profile)
        m_profile = detectCausationStyle(*index, links, store);
    return *m_profile;
}

void computeGraph(QPromise<GraphResult>& promise, const GraphRequest& request)
{
    const std::function<bool()> isCanceled = [&promise] { return promise.isCanceled(); };
    promise.setProgressRange(0, 4);
    GraphResult result;
    result.generation = request.generation;
    QElapsedTimer clock;
    clock.start();

    StorePtr store;
    if (!request.storeSpec.isEmpty()) {
        auto opened = openStore(request.storeSpec);
        if (opened)
            store = std::move(opened).value();
        else
            result.storeError = opened.error().message(); // the graph is still drawn, without ids
    }

    if (request.graph) {
        result.graph = request.graph;
        result.profile.style = request.graph->causationStyle;
    } else {
        const std::shared_ptr<GraphCache> cache = request.cache ? request.cache : std::make_shared<GraphCache>();
        const ReverseLinksPtr links = cache->links(request.index, isCanceled);
        if (!links || promise.isCanceled())
            return;
        result.linksSeconds = clock.nsecsElapsed() / 1e9;
        promise.setProgressValue(1);
        result.profile = cache->profile(request.index, *links, store.get());
        promise.setProgressValue(2);
        clock.restart();
        auto graph = buildEventGraph(
            *request.index, *links, store.get(), result.profile.style, request.position, request.options, isCanceled);
        if (promise.isCanceled())
            return;
        if (!graph) {
            result.error = graph.error().message;
            promise.addResult(std::move(result));
            return;
        }
        result.graph = std::make_shared<const EventGraph>(std::move(graph).value());
        result.buildSeconds = clock.nsecsElapsed() / 1e9;
    }
    promise.setProgressValue(3);
    result.path = criticalPath(*result.graph);
    result.swimlanes = layoutSwimlanes(*result.graph, request.swimlanes);
    clock.restart();
    auto layout = layoutWithDot(*result.graph, request.dot, isCanceled);
    if (promise.isCanceled())
        return;
    if (layout)
        result.layered = std::move(layout).value();
    else
        result.layoutError = layout.error().message;
    result.layoutSeconds = clock.nsecsElapsed() / 1e9;
    promise.setProgressValue(4);
    promise.addResult(std::move(result));
}

} // namespace Chronoscope
