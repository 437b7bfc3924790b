<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Chronoscope</name>
    <message>
        <source>%1: no index to export from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command %1
1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command %1
%2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing cause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(id unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more events not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz &apos;%1&apos; could not be started (%2); install Graphviz (package graphviz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz &apos;%1&apos; took longer than %2 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz &apos;%1&apos; failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected output from Graphviz: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown edge %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated edge line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 nodes placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 reverses event &apos;%2&apos;, which is not in the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event at position %1 (positions go from 0 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named by causation ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids no event has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::AxisTicks</name>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::CodeEditor</name>
    <message>
        <source>Line numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at line %2, column %3&lt;br&gt;%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::CommandLine</name>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (table %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of table, jsonl, csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time (use ISO-8601, e.g. 2024-01-15T14:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no stream &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no event type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a whole number ≥ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 of %2 events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 events in %2 streams to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies listed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --stream ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-limit &apos;%1&apos; is not a number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a version (a whole number ≥ 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --version or --at, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at &apos;%1&apos; is not a time (use ISO-8601, e.g. 2024-01-15T14:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs a projection; stored snapshots are asked for by --version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --path /json/pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blame needs a projection to replay, not stored snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of patch, tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --from V1 --to V2, or --version N --projection A --vs B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 of %2 events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1  %2 v%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes in %4 events (%5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of text, json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--projection needs a JavaScript file; merge handles every event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: chronoscope [STORE]                 open the GUI (on STORE)
       chronoscope info STORE [--json]     counts, time span, mapping, problems
       chronoscope events STORE [--stream ID] [--type T] [--from TIME] [--to TIME]
                              [--limit N] [--format table|jsonl|csv]
       chronoscope sample --out FILE [--events N] [--streams M] [--seed S] [--anomalies]
       chronoscope state STORE --stream ID [--version N | --at TIME] [--projection FILE[#NAME]]
       chronoscope diff STORE --stream ID --from V1 --to V2 [--projection SPEC] [--format patch|tree]
       chronoscope diff STORE --stream ID --version N --projection A --vs B [--format patch|tree]
       chronoscope blame STORE --stream ID --path /json/pointer [--projection SPEC] [--json]
       chronoscope graph STORE (--event ID | --position N | --correlation ID) [--format dot|json|svg]
                             [--limit N] [--direction TB|LR]
       chronoscope verify STORE [--projection FILE[#NAME]] [--format text|json]
       chronoscope report STORE (--stream ID | --correlation ID | --aggregate-type T)
                              (--at TIME | --version N) --format html|json|csv -o FILE
                              [--projection FILE[#NAME]] [--generated-at TIME]
                              [--redact /p,/q --salt S] [--title TEXT] [--no-findings]
       chronoscope verify-report REPORT STORE
Exit codes: 0 success, 1 verify found errors or warnings (verify-report: mismatch),
            2 bad input, 3 the projection failed (its file:line and the event).
Options for STORE commands: --no-cache (do not read or write the index cache)
Environment: CHRONOSCOPE_CACHE_DIR overrides where index caches live.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing %1 of %2 events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a STORE (an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes one STORE, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--position &apos;%1&apos; is not a position of %2 (0 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no event &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no event with correlation &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one of --event ID, --position N or --correlation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of dot, json, svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction &apos;%1&apos; is not TB or LR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one of --stream ID, --correlation ID or --aggregate-type T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection&apos;s id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one of --at TIME or --version N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version &apos;%1&apos; is not a version (a whole number ≥ 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs --format html|json|csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of html, json, csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redact: &apos;%1&apos; is not a JSON pointer (it starts with &apos;/&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redact needs at least one JSON pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--redact needs --salt S (without it the hashes could be guessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--salt is only used with --redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 events, digest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a REPORT and a STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mismatch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match: %1 events, digest %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::DiffColors</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed inside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::DiffView</name>
    <message>
        <source>initial state · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this event changed</source>
        <translation type="unfinished">Was dieses Ereignis geändert hat</translation>
    </message>
    <message>
        <source>Against another version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against another projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored snapshot against replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the state at the playhead is compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the stream&apos;s events applied on the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose projection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the two states next to each other instead of one tree with old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the fields that are the same on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the projection to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial state: no event applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored snapshot at version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Before:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;After:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the playhead to see what its event changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::EventDetailsLoader</name>
    <message>
        <source>(%1 bytes) %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::EventDetailsWorker</name>
    <message>
        <source>(unreadable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::EventTableModel</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (relative to #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished">Nutzdaten</translation>
    </message>
</context>
<context>
    <name>Chronoscope::EventTableView</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in &amp;Local Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times &amp;Relative to the Reference Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Times &amp;Relative to This Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::Finding</name>
    <message>
        <source>Version gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unparseable timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing stream id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dangling causation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causation ids name commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correlation without root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensated event missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type not handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::FindingsModel</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>finding title (count)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s) of %2</source>
        <comment>severity: count of code</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished">Stream</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::FindingsView</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the whole store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1, version %2, position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings (message, stream, code, position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <comment>counts (shown by the filter)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Select one to see its event and evidence.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphCanvas</name>
    <message>
        <source>Event graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphNodeItem</name>
    <message>
        <source>(no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 (%3) version %4
%5
position %6
event id %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command %1: the causation id of 1 event; no event has this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command %1: the causation id of %2 events; no event has this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causation id %1 names no event of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more events of this group are not drawn; click to draw them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(id not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click to draw more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of real time left out here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphOverview</name>
    <message>
        <source>Graph overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole graph; click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphScene</name>
    <message>
        <source>reverses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slowest +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(id not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation %1 · %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphView</name>
    <message>
        <source>Correlation graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes above effects, laid out by Graphviz dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swimlanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One lane per stream along real time, with the critical path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Building the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see what it caused, across streams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n stream(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slowest %1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical path %1 in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical path %1 over %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>causation ids name commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings, the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled; showing the previous graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::IndexBuilder</name>
    <message>
        <source>indexing was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains no events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::IndexCache</name>
    <message>
        <source>the store changed while it was being indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the cache directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cache yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read or is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be mapped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a cache of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to another store or mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated or damaged (checksum mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is not the one that was cached (first or last row differs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::IndexProblem</name>
    <message>
        <source>timestamp &apos;%1&apos; cannot be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no stream id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not a whole number from 0 to 2147483647</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event type &apos;%1&apos; exceeds the limit of 65535 distinct types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsProjection</name>
    <message>
        <source>%1: does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: loading the script took longer than %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: defines no projection (call projection({...}) or fromAll()/fromCategory()…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no projection &apos;%2&apos;; it defines: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none of its projections (%2) applies to stream &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the projection ran longer than %1 ms and was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init() ran longer than %1 ms and was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsonChecker</name>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to check (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsonTreeModel</name>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{1 key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>children of an object or array</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>children of an object or array</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>children of an object or array</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsonTreeView</name>
    <message>
        <source>Field History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::MainWindow</name>
    <message>
        <source>Chronoscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop indexing; the events read so far stay visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an event store to begin (File &gt; Open Store…)</source>
        <translation>Öffnen Sie einen Event-Store (Datei &gt; Event-Store öffnen…)</translation>
    </message>
    <message>
        <source>Indexing cancelled; showing the first %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projection cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>State Inspector</source>
        <translation>Zustandsinspektor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>Event-Store ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Load &amp;Projection…</source>
        <translation>&amp;Projektion laden…</translation>
    </message>
    <message>
        <source>Use &amp;Merge Projection</source>
        <translation>&amp;Merge-Projektion verwenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;First Event</source>
        <translation>&amp;Erstes Ereignis</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>&amp;Vorheriges Ereignis</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>&amp;Nächstes Ereignis</translation>
    </message>
    <message>
        <source>&amp;Last Event</source>
        <translation>&amp;Letztes Ereignis</translation>
    </message>
    <message>
        <source>Go to &amp;Version…</source>
        <translation>Gehe zu &amp;Version…</translation>
    </message>
    <message>
        <source>Go to &amp;Time…</source>
        <translation>Gehe zu &amp;Zeitpunkt…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Chronoscope</source>
        <translation>&amp;Über Chronoscope</translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection…</source>
        <translation>Projektion…</translation>
    </message>
    <message>
        <source>Open Event Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite event stores (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript projections (*.js);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Chronoscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing %1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no stream &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events in %2 streams, indexed in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from cache, %1 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be indexed as stored; they are shown with what could be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n event(s) · projection %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The state appears when indexing has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events applied (version):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (ISO-8601, UTC unless an offset is given):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (e.g. 2024-10-15T14:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Scrubber: previous / next event&lt;/td&gt;&lt;td&gt;&lt;b&gt;Left / Right&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Scrubber: jump 5%&lt;/td&gt;&lt;td&gt;&lt;b&gt;Page Up / Page Down&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Scrubber: first / last event&lt;/td&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Chronoscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chronoscope %1&lt;/h3&gt;&lt;p&gt;A time-travel debugger for event-sourced systems.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3), SQLite %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the events that changed %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if: replaying the unsaved edits of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causation Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1 errors, %2 warnings, %3 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the audit found in the store (View &gt; Findings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 to %2 (the timeline&apos;s range filter; View &gt; Timeline &gt; Undo or Reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export is possible once the store is indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an export never overwrites the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting events to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 event of this type in the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Event of This &amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Event of This T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Projection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::MergeProjection</name>
    <message>
        <source>a saved state is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::PayloadCache</name>
    <message>
        <source>has no event at position %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory the replay keeps for checkpoints; more makes jumps in long streams faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A projection call running longer is stopped, so a script that loops never hangs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;times in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkpoint memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection time &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::ProjectionChecks</name>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit needs a JavaScript projection; merge folds every payload and handles every type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projection %1 has no handler for %2 events (%3 in the streams it folds); it leaves the state as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored snapshot at version %1 is not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored snapshot at version %1 differs from the replay by %2 at %3 (stored %4, replayed %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; they part after the event at version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no replayed state since version %1 holds the stored values, so they part after one of the events from version %2 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more events)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::ProjectionDock</name>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Discard them and open %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (while applying %1 at version %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (what-if: replaying unsaved edits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::ProjectionEditor</name>
    <message>
        <source>Projection editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay with the edited projection without saving it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the projection to its file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the edits since the file was opened or saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection editor toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 MiB, too large for a projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: no file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::ReplayService</name>
    <message>
        <source>projection %1 does not apply to stream &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no store is open for replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stream &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::Replayer</name>
    <message>
        <source>%1: no stream &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projection %1 keeps one state for the whole store; ask for a position instead of a stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projection %1 does not apply to stream &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stream number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projection %1 keeps a state per stream; ask for a stream and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON pointer (use /field/0/child)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::SqliteStore</name>
    <message>
        <source>no store given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, not an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (0 bytes), not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an SQLite database (no SQLite header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tables at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no &apos;%1&apos; table (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the columns of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &apos;%1&apos; lacks the required column(s) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table &apos;%1&apos; cannot be read by rowid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains no events (table &apos;%1&apos; is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find the last event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> after row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no event at row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the event at row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot look up events by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the snapshots table (it needs aggregate_id, aggregate_version, snapshot_data and created_date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is corrupt (the database disk image is malformed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a query failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::StateInspector</name>
    <message>
        <source>First event (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous event (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>State inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version scrubber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to travel through the stream&apos;s history; arrows, Page Up/Down, Home and End work too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the stream&apos;s events applied (its version when versions have no gaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to time, e.g. 2024-10-15T14:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcast payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>As the projection sees it</source>
        <translation>Wie die Projektion es sieht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; use ISO-8601, e.g. 2024-10-15T14:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream selected</source>
        <translation>Kein Stream ausgewählt</translation>
    </message>
    <message>
        <source>Pick a stream in the Streams dock or an event in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying to event %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 bytes; the first %2 shown)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not valid JSON)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial state, before the stream&apos;s first event · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2 · position %3 · %4 · user %5 · correlation %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the projection has no upcasters; it sees the payload as stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished">Zeit (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished">Benutzer</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys and values (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this event changed, or the state against another version, projection or snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After event %1 of %2 (version %3) · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::StoreScan</name>
    <message>
        <source>the audit was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store changed since it was indexed (row %2 is not where the index has it); index it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 was never written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions %1 to %2 were never written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts at version %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jumps from version %2 to %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has version %2 twice; the first is at position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes back from version %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes back in time by %2 s: this event is dated %3, the one before it %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is not valid JSON at byte %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event id %1 is used twice; the first event with it is at position %2 (%3 version %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 causation ids name no event of the store: they name commands (or events kept elsewhere), so causation is not checked event by event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the causation id %1 names the event at position %2, which comes after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the causation id %1 names no event of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation %1 has no root: every event in it names a cause, the first one the event at position %2 of another correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this compensating event names original event %1, which is not in the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::StoredSnapshots</name>
    <message>
        <source>%1: no stream &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store keeps no snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream &apos;%1&apos; has no stored snapshot at or before version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::StreamsModel</name>
    <message>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>aggregate type (streams)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>aggregate type (matching streams of all)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no stream id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::StreamsView</name>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Find a stream (type part of its id)</source>
        <translation>Stream suchen (Teil der ID eingeben)</translation>
    </message>
    <message>
        <source>Stream filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams by aggregate type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::TimelineLanes</name>
    <message>
        <source>(no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished">Stream</translation>
    </message>
    <message>
        <source>Aggregate type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished">Benutzer</translation>
    </message>
</context>
<context>
    <name>Chronoscope::TimelineStack</name>
    <message>
        <source>Undo Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Time Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Time Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the range shown before the last zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the last time filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop every time filter: all views show the whole store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chronoscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events over time in lanes. Wheel or plus and minus zoom, drag or arrow keys pan, drag the playhead to travel in time, shift-drag selects a range, right-drag zooms to a range, click an event to select it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the selected time range in every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space Events Evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space events by position instead of time, to see inside bursts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no valid timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom in to see each event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store to see its events over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
