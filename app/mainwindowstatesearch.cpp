// SPDX-License-Identifier: MIT
// MainWindow's "Find first version where…": the inspector's state search bar asks the
// replay worker, which replays the stream with progress; the playhead jumps to the answer.

#include "index/timestampparser.h"
#include "mainwindow.h"
#include "stateinspector.h"
#include "statesearchbar.h"

#include <QSlider>

namespace Chronoscope {

void MainWindow::connectStateSearch()
{
    StateSearchBar* bar = m_inspector->stateSearch();
    connect(bar, &StateSearchBar::findRequested, this, [this, bar](const QString& expression, bool fromPlayhead) {
        if (m_inspectedStream < 0 || !m_indexFinal) {
            bar->setBusy(false);
            bar->showResult(tr("Pick a stream first; the search runs once the store is indexed."), true);
            return;
        }
        m_replay->requestFindState(m_inspector->streamId(), expression, fromPlayhead ? m_inspector->count() + 1 : 0);
    });
    connect(bar, &StateSearchBar::cancelRequested, m_replay, &ReplayService::cancelFindState);
    connect(m_replay, &ReplayService::findStateProgress, bar,
        [bar](quint64, qint64 done, qint64 total) { bar->setProgress(done, total); });
    connect(m_replay, &ReplayService::findStateFinished, this, [this, bar](quint64, const FindStateAnswer& answer) {
        bar->setBusy(false);
        if (answer.streamId != m_inspector->streamId()) {
            bar->showResult({}); // about a stream no longer shown
            return;
        }
        if (!answer.found) {
            bar->showResult(tr("No version of %1 where %2").arg(answer.streamId, answer.expression));
            return;
        }
        const StateResult& state = answer.state;
        if (state.position < 0 || !m_index) {
            bar->showResult(tr("The initial state already satisfies it"));
        } else {
            bar->showResult(
                tr("First at version %1 (event %2 of %3): %4 at %5")
                    .arg(state.version)
                    .arg(state.count)
                    .arg(m_inspector->slider()->maximum())
                    .arg(m_index->types().string(m_index->type(state.position)), TimestampParser::toIso(state.time)));
        }
        m_inspector->setCount(state.count);
    });
    connect(m_replay, &ReplayService::findStateFailed, bar, [bar](quint64, const ReplayError& error) {
        bar->setBusy(false);
        bar->showResult(error.toString(), true);
    });
}

} // namespace Chronoscope
