// Test projection: counts events per type and keeps the last payload; mutates in place.
projection({
    name: "counter",
    init() { return { count: 0, types: {}, last: null }; },
    when: {
        $any(state, event) {
            state.count += 1;
            state.types[event.type] = (state.types[event.type] || 0) + 1;
            state.last = { version: event.version, at: event.timestamp, data: event.data };
        },
    },
});
