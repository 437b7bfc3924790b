<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Chronoscope</name>
    <message>
        <source>replay was cancelled</source>
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
    <name>Chronoscope::CommandLine</name>
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
Exit codes: 0 success, 2 bad input, 3 the projection failed (its file:line and the event).
Options for STORE commands: --no-cache (do not read or write the index cache)
Environment: CHRONOSCOPE_CACHE_DIR overrides where index caches live.
</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>Chronoscope::CommandLine::Support</name>
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
</context>
<context>
    <name>Chronoscope::EventTableView</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
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
        <source>Find &amp;Stream</source>
        <translation>&amp;Stream suchen</translation>
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
    <name>Chronoscope::ReplayService</name>
    <message>
        <source>projection %1 does not apply to stream &apos;%2&apos; (%3)</source>
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
        <source>Changes</source>
        <translation type="unfinished"></translation>
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
        <source>What this event changed</source>
        <translation>Was dieses Ereignis geändert hat</translation>
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
        <source>After version %1 of %2 · %3 · %4</source>
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
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1 (%2)</source>
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
</TS>
