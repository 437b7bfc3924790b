projection({
    name: "recursion",
    when: { $any(state, event) { function deeper(n) { return deeper(n + 1) + 1; } state.depth = deeper(0); } },
});
