// SPDX-License-Identifier: MIT
#pragma once

#include "index/eventindex.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>

namespace Chronoscope {

class EventDetailsWorker;

/// The columns of the event table that the index does not hold (the correlation id and a
/// one-line payload preview), read from the store on a worker thread that owns its own
/// connection, for the rows a view is about to show.
///
/// Requests coalesce: a newer request replaces an unanswered one, so scrolling fast reads
/// only the rows where the view stops.
class EventDetailsLoader : public QObject
{
    Q_OBJECT
public:
    /// The preview is compact JSON cut to this many characters (with `…`).
    static constexpr int kPreviewCharacters = 160;

    struct Details
    {
        QString correlationId;
        QString preview;
    };

    explicit EventDetailsLoader(QObject* parent = nullptr);
    ~EventDetailsLoader() override;

    /// Opens `storeSpec` on the worker, for positions of `index`. Empty spec: no store.
    void setSource(const QString& storeSpec, IndexPtr index);
    /// Asks for the details of `positions`; answered by detailsReady().
    void request(const QList<qint64>& positions);

    /// One line of compact JSON from `json` (or its text when it is not JSON), cut to
    /// `characters` with `…`.
    static QString preview(const QByteArray& json, int characters = kPreviewCharacters);

Q_SIGNALS:
    void detailsReady(const QList<qint64>& positions, const QList<Chronoscope::EventDetailsLoader::Details>& details);

private:
    friend class EventDetailsWorker;
    QThread m_thread;
    EventDetailsWorker* m_worker;
    std::atomic<quint64> m_latest { 0 };
};

} // namespace Chronoscope

Q_DECLARE_METATYPE(Chronoscope::EventDetailsLoader::Details)
