projection({
    name: "throws",
    when: {
        ChildAdded(state, event) {
            return state.missing.field; // TypeError on the family's second event
        },
    },
});
