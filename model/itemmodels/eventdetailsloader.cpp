// SPDX-License-Identifier: MIT
#include "eventdetailsloader.h"

#include "store/eventstore.h"

#include <nlohmann/json.hpp>

namespace Chronoscope {

/// Lives on the loader's thread with the store connection it reads from.
class EventDetailsWorker : public QObject
{
    Q_OBJECT
public:
    explicit EventDetailsWorker(EventDetailsLoader* loader)
        : m_loader(loader)
    { }

    void configure(const QString& storeSpec, const IndexPtr& index)
    {
        m_index = index;
        if (storeSpec == m_storeSpec && m_store)
            return; // a newer snapshot of the same store
        m_store.reset();
        m_storeSpec = storeSpec;
        if (storeSpec.isEmpty())
            return;
        auto store = openStore(storeSpec);
        if (store)
            m_store = std::move(store).value();
    }

    void read(quint64 request, const QList<qint64>& positions)
    {
        if (request != m_loader->m_latest.load() || !m_store || !m_index)
            return;
        QList<qint64> done;
        QList<EventDetailsLoader::Details> details;
        for (const qint64 position : positions) {
            if (position < 0 || position >= m_index->size())
                continue;
            auto event = m_store->readEvent(m_index->rowId(position));
            EventDetailsLoader::Details row;
            if (event) {
                row.correlationId = event->correlationId;
                row.preview = EventDetailsLoader::preview(event->data);
            } else {
                row.preview = tr("(unreadable: %1)").arg(event.error().reason);
            }
            done << position;
            details << row;
        }
        Q_EMIT ready(request, done, details);
    }

Q_SIGNALS:
    void ready(quint64 request, const QList<qint64>& positions,
        const QList<Chronoscope::EventDetailsLoader::Details>& details);

private:
    EventDetailsLoader* m_loader;
    QString m_storeSpec;
    StorePtr m_store;
    IndexPtr m_index;
};

EventDetailsLoader::EventDetailsLoader(QObject* parent)
    : QObject(parent)
    , m_worker(new EventDetailsWorker(this))
{
    qRegisterMetaType<QList<Details>>();
    m_thread.setObjectName(QStringLiteral("chronoscope-event-details"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Answers for a superseded request or an earlier source are dropped on arrival.
    connect(m_worker, &EventDetailsWorker::ready, this,
        [this](quint64 request, const QList<qint64>& positions, const QList<Details>& details) {
            if (request == m_latest.load() && !positions.isEmpty())
                Q_EMIT detailsReady(positions, details);
        });
    m_thread.start();
}

EventDetailsLoader::~EventDetailsLoader()
{
    ++m_latest;
    m_thread.quit();
    m_thread.wait();
}

void EventDetailsLoader::setSource(const QString& storeSpec, IndexPtr index)
{
    ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, storeSpec, index = std::move(index)] { worker->configure(storeSpec, index); },
        Qt::QueuedConnection);
}

void EventDetailsLoader::request(const QList<qint64>& positions)
{
    const quint64 request = ++m_latest;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request, positions] { worker->read(request, positions); }, Qt::QueuedConnection);
}

QString EventDetailsLoader::preview(const QByteArray& json, int characters)
{
    // A huge payload is not parsed for a one-line preview: its start is shown as stored.
    constexpr qsizetype kParseLimit = 64 * 1024;
    if (json.size() > kParseLimit) {
        return tr("(%1 bytes) %2")
            .arg(json.size())
            .arg(QString::fromUtf8(json.left(characters * 4)).simplified().left(characters - 1) + u'…');
    }
    const auto parsed = nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    QString text = parsed.is_discarded()
        ? QString::fromUtf8(json.left(characters * 4)).simplified()
        : QString::fromStdString(parsed.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    if (text.size() > characters)
        text = text.left(characters - 1) + u'…';
    return text;
}

} // namespace Chronoscope

#include "eventdetailsloader.moc"
