// A store-wide projection: one state for every event of the store.
fromAll().when({
    $init() { return { events: 0, streams: {} }; },
    $any(s, e) { s.events += 1; s.streams[e.streamId] = e.sequenceNumber; },
});
