projection({
    name: "broken",
    when: {
        Created(state, event) { state.x = ; },
    },
});
