projection({
    name: "loops",
    when: { $any(state, event) { while (true) {} } },
});
