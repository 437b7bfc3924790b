// SPDX-License-Identifier: MIT
// Fuzzes the diff of two states. The input is two JSON texts separated by the first NUL
// byte (or a document against itself). Beyond "no crash": the RFC 6902 patch must turn
// `before` into `after` as JSON data (key order aside, as toJsonPatch documents), with and
// without array matching by key.
#include "diff/jsondiff.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace Chronoscope;

namespace {

Json parse(const char* begin, const char* end)
{
    // States reach the diff as parsed JSON; a text nlohmann rejects never becomes a state.
    return Json::parse(begin, end, nullptr, false);
}

void check(const Json& before, const Json& after, bool byKey)
{
    DiffOptions options;
    options.matchArraysByKey = byKey;
    const DiffNode diff = diffJson(before, after, options);
    const Json patch = toJsonPatch(diff);
    Json patched;
    try {
        patched = before.patch(patch);
    } catch (const Json::exception&) {
        std::abort(); // a patch that cannot even be applied to its own `before`
    }
    // As JSON data: `add` appends keys at the end of their object, so the key order of
    // `patched` may differ from `after` (ordered_json compares it; nlohmann::json does not).
    if (nlohmann::json::parse(patched.dump()) != nlohmann::json::parse(after.dump()))
        std::abort();
    (void)describeDiff(diff, true);
    (void)describeDiff(diffJson(before, after, { byKey, false }));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const char* text = reinterpret_cast<const char*>(data);
    const char* end = text + size;
    const char* split = static_cast<const char*>(std::memchr(text, '\0', size));
    const Json before = parse(text, split ? split : end);
    const Json after = split ? parse(split + 1, end) : before;
    if (before.is_discarded() || after.is_discarded())
        return 0;
    check(before, after, true);
    check(before, after, false);
    return 0;
}
