<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Chronoscope</name>
    <message>
        <source>%1: no index to export from</source>
        <translation>%1: kein Index zum Exportieren vorhanden</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>command %1
1 event</source>
        <translation>Befehl %1
1 Ereignis</translation>
    </message>
    <message>
        <source>command %1
%2 events</source>
        <translation>Befehl %1
%2 Ereignisse</translation>
    </message>
    <message>
        <source>missing cause %1</source>
        <translation>fehlende Ursache %1</translation>
    </message>
    <message>
        <source>(id unknown)</source>
        <translation>(ID unbekannt)</translation>
    </message>
    <message>
        <source>%1 more events not drawn</source>
        <translation>%1 weitere Ereignisse nicht gezeichnet</translation>
    </message>
    <message>
        <source>correlation group</source>
        <translation>Korrelationsgruppe</translation>
    </message>
    <message>
        <source>correlation %1</source>
        <translation>Korrelation %1</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>reverses</source>
        <translation>macht rückgängig</translation>
    </message>
    <message>
        <source>Graphviz &apos;%1&apos; could not be started (%2); install Graphviz (package graphviz)</source>
        <translation>Graphviz &apos;%1&apos; konnte nicht gestartet werden (%2); installieren Sie Graphviz (Paket graphviz)</translation>
    </message>
    <message>
        <source>layout canceled</source>
        <translation>Layout abgebrochen</translation>
    </message>
    <message>
        <source>Graphviz &apos;%1&apos; took longer than %2 s and was stopped</source>
        <translation>Graphviz &apos;%1&apos; brauchte länger als %2 s und wurde gestoppt</translation>
    </message>
    <message>
        <source>Graphviz &apos;%1&apos; failed (exit code %2): %3</source>
        <translation>Graphviz &apos;%1&apos; ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>unexpected output from Graphviz: %1</source>
        <translation>unerwartete Ausgabe von Graphviz: %1</translation>
    </message>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation>unbekannter Knoten &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown edge %1 → %2</source>
        <translation>unbekannte Kante %1 → %2</translation>
    </message>
    <message>
        <source>truncated edge line</source>
        <translation>abgeschnittene Kantenzeile</translation>
    </message>
    <message>
        <source>%1 of %2 nodes placed</source>
        <translation>%1 von %2 Knoten platziert</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <source>position %1 reverses event &apos;%2&apos;, which is not in the index</source>
        <translation>Position %1 macht Ereignis &apos;%2&apos; rückgängig, das nicht im Index ist</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no event at position %1 (positions go from 0 to %2)</source>
        <translation>kein Ereignis an Position %1 (Positionen gehen von 0 bis %2)</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>missing causes</source>
        <translation>fehlende Ursachen</translation>
    </message>
    <message>
        <source>named by causation ids</source>
        <translation>durch Kausations-IDs benannt</translation>
    </message>
    <message>
        <source>ids no event has</source>
        <translation>IDs, die kein Ereignis hat</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>nicht gezeichnet</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>über dem Limit</translation>
    </message>
    <message>
        <source>the filter was cancelled</source>
        <translation>der Filter wurde abgebrochen</translation>
    </message>
    <message>
        <source>the filter&apos;s SQL failed</source>
        <translation>das SQL des Filters schlug fehl</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>no tables at all</source>
        <translation>überhaupt keine Tabellen</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <source>the connection to the server was lost while reading the schema</source>
        <translation>die Verbindung zum Server ging beim Lesen des Schemas verloren</translation>
    </message>
    <message>
        <source>permission denied: %1</source>
        <translation>Zugriff verweigert: %1</translation>
    </message>
</context>
<context>
    <name>Chronoscope::AxisTicks</name>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>d</source>
        <translation>T</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
</context>
<context>
    <name>Chronoscope::BookmarksModel</name>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>(note)</source>
        <translation>(Notiz)</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>Position %1; no notes (Ctrl+M adds one)</source>
        <translation>Position %1; keine Notizen (Strg+M fügt eine hinzu)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Chronoscope::BookmarksView</name>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>&amp;Go to Event</source>
        <translation>Zum &amp;Ereignis</translation>
    </message>
    <message>
        <source>Edit &amp;Label</source>
        <translation>&amp;Bezeichnung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>&amp;Remove Bookmark</source>
        <translation>Lesezeichen entfe&amp;rnen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n &amp;Note(s)</source>
        <translation>
            <numerusform>%n &amp;Notiz entfernen</numerusform>
            <numerusform>%n &amp;Notizen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::CaseController</name>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Toggle Bookmark</source>
        <translation>Lesezeichen &amp;umschalten</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Show &amp;Bookmarks</source>
        <translation>&amp;Lesezeichen anzeigen</translation>
    </message>
    <message>
        <source>Export &amp;Case…</source>
        <translation>F&amp;all exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Case…</source>
        <translation>Fall &amp;importieren…</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) or note(s) of the case file name events this store does not have; they are kept.</source>
        <translation>
            <numerusform>%n Lesezeichen oder Notiz der Falldatei nennt ein Ereignis, das dieser Store nicht hat; es bleibt erhalten.</numerusform>
            <numerusform>%n Lesezeichen oder Notizen der Falldatei nennen Ereignisse, die dieser Store nicht hat; sie bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an event to bookmark</source>
        <translation>Wählen Sie ein Ereignis für das Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmarked %1 (F2 in the Bookmarks dock renames it)</source>
        <translation>Lesezeichen für %1 gesetzt (F2 im Lesezeichen-Dock benennt es um)</translation>
    </message>
    <message>
        <source>Bookmark removed</source>
        <translation>Lesezeichen entfernt</translation>
    </message>
    <message>
        <source>Select an event to add a note to</source>
        <translation>Wählen Sie ein Ereignis für die Notiz</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Note on %1 v%2 (%3), by %4:</source>
        <translation>Notiz zu %1 v%2 (%3), von %4:</translation>
    </message>
    <message>
        <source>Imported the case %1</source>
        <translation>Fall %1 importiert</translation>
    </message>
    <message>
        <source>Export Case</source>
        <translation>Fall exportieren</translation>
    </message>
    <message>
        <source>Chronoscope case files (*.chronoscope-case.json *.json)</source>
        <translation>Chronoscope-Falldateien (*.chronoscope-case.json *.json)</translation>
    </message>
    <message>
        <source>Case exported to %1</source>
        <translation>Fall nach %1 exportiert</translation>
    </message>
    <message>
        <source>Import Case</source>
        <translation>Fall importieren</translation>
    </message>
    <message>
        <source>Chronoscope case files (*.chronoscope-case.json *.json);;All files (*)</source>
        <translation>Chronoscope-Falldateien (*.chronoscope-case.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This store already has a case with bookmarks or notes. Merge the imported case into it, or replace it?</source>
        <translation>Dieser Store hat bereits einen Fall mit Lesezeichen oder Notizen. Den importierten Fall damit zusammenführen oder ihn ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
</context>
<context>
    <name>Chronoscope::CaseFile</name>
    <message>
        <source>The case file %1 cannot be read (%2); changes are saved in %3</source>
        <translation>Die Falldatei %1 kann nicht gelesen werden (%2); Änderungen werden in %3 gespeichert</translation>
    </message>
    <message>
        <source>The case file %1 is damaged (%2). It was kept as %3 and a new case was started.</source>
        <translation>Die Falldatei %1 ist beschädigt (%2). Sie wurde als %3 aufbewahrt und ein neuer Fall begonnen.</translation>
    </message>
    <message>
        <source>The case file %1 is damaged (%2) and cannot be moved aside; it is left as it is and changes are saved in %3.</source>
        <translation>Die Falldatei %1 ist beschädigt (%2) und kann nicht beiseitegelegt werden; sie bleibt, wie sie ist, und Änderungen werden in %3 gespeichert.</translation>
    </message>
    <message>
        <source>The case file %1 was written by a newer Chronoscope (format version %2; this one writes %3). What could be read is shown; before it is first saved, the original is copied to %4.</source>
        <translation>Die Falldatei %1 wurde von einem neueren Chronoscope geschrieben (Formatversion %2; dieses schreibt %3). Angezeigt wird, was gelesen werden konnte; vor dem ersten Speichern wird das Original nach %4 kopiert.</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: %2 übersprungen</translation>
    </message>
    <message>
        <source>%1: cannot keep a copy of the newer case file as %2; it was not overwritten</source>
        <translation>%1: von der neueren Falldatei kann keine Kopie als %2 angelegt werden; sie wurde nicht überschrieben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The case file cannot be written: %1</source>
        <translation>Die Falldatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: not a Chronoscope case file: %2</source>
        <translation>%1: keine Chronoscope-Falldatei: %2</translation>
    </message>
</context>
<context>
    <name>Chronoscope::CaseFormat</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&apos;format&apos; is not &quot;%1&quot;</source>
        <translation>&apos;format&apos; ist nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;version&apos; is not a version number (1 or more)</source>
        <translation>&apos;version&apos; ist keine Versionsnummer (1 oder mehr)</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
</context>
<context>
    <name>Chronoscope::CaseFormat::Reader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>&apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not text</source>
        <translation>&apos;%1&apos; ist kein Text</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time: %2</source>
        <translation>&apos;%1&apos; ist keine Zeit: %2</translation>
    </message>
    <message>
        <source>&apos;event&apos; is not an object</source>
        <translation>&apos;event&apos; ist kein Objekt</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>Chronoscope::CaseMarksDelegate</name>
    <message>
        <source>Bookmark: %1</source>
        <translation>Lesezeichen: %1</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(keine Bezeichnung)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::CodeEditor</name>
    <message>
        <source>Line numbers</source>
        <translation>Zeilennummern</translation>
    </message>
    <message>
        <source>Source editor</source>
        <translation>Quelltexteditor</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at line %2, column %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in Zeile %2, Spalte %3&lt;br&gt;%4</translation>
    </message>
</context>
<context>
    <name>Chronoscope::CommandLine</name>
    <message>
        <source>Store:</source>
        <translation>Store:</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Mapping:</translation>
    </message>
    <message>
        <source>%1 (table %2)</source>
        <translation>%1 (Tabelle %2)</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>Streams:</source>
        <translation>Streams:</translation>
    </message>
    <message>
        <source>Aggregate types:</source>
        <translation>Aggregattypen:</translation>
    </message>
    <message>
        <source>Event types:</source>
        <translation>Ereignistypen:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>First event:</source>
        <translation>Erstes Ereignis:</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Letztes Ereignis:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of table, jsonl, csv</source>
        <translation>--format &apos;%1&apos; ist nicht table, jsonl oder csv</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time (use ISO-8601, e.g. 2024-01-15T14:00:00Z)</source>
        <translation>--%1 &apos;%2&apos; ist keine Zeitangabe (ISO-8601 verwenden, z. B. 2024-01-15T14:00:00Z)</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number ≥ 0</source>
        <translation>--limit &apos;%1&apos; ist keine ganze Zahl ≥ 0</translation>
    </message>
    <message>
        <source>%1: no stream &apos;%2&apos;</source>
        <translation>%1: kein Stream &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: no event type &apos;%2&apos;</source>
        <translation>%1: kein Ereignistyp &apos;%2&apos;</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <source>STREAM</source>
        <translation>STREAM</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>needs --out FILE</source>
        <translation>benötigt --out DATEI</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a whole number ≥ %3</source>
        <translation>--%1 &apos;%2&apos; ist keine ganze Zahl ≥ %3</translation>
    </message>
    <message>
        <source>Writing %1 of %2 events…</source>
        <translation>Schreibe %1 von %2 Ereignissen…</translation>
    </message>
    <message>
        <source>Wrote %1 events in %2 streams to %3</source>
        <translation>%1 Ereignisse in %2 Streams nach %3 geschrieben</translation>
    </message>
    <message>
        <source>Anomalies listed in %1</source>
        <translation>Anomalien aufgelistet in %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>needs --stream ID</source>
        <translation>benötigt --stream ID</translation>
    </message>
    <message>
        <source>--time-limit &apos;%1&apos; is not a number of milliseconds</source>
        <translation>--time-limit &apos;%1&apos; ist keine Anzahl Millisekunden</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a version (a whole number ≥ 0)</source>
        <translation>--%1 &apos;%2&apos; ist keine Version (eine ganze Zahl ≥ 0)</translation>
    </message>
    <message>
        <source>give --version or --at, not both</source>
        <translation>--version oder --at angeben, nicht beides</translation>
    </message>
    <message>
        <source>--at &apos;%1&apos; is not a time (use ISO-8601, e.g. 2024-01-15T14:00:00Z)</source>
        <translation>--at &apos;%1&apos; ist keine Zeitangabe (ISO-8601 verwenden, z. B. 2024-01-15T14:00:00Z)</translation>
    </message>
    <message>
        <source>--at needs a projection; stored snapshots are asked for by --version</source>
        <translation>--at benötigt eine Projektion; gespeicherte Snapshots werden mit --version abgefragt</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>needs --path /json/pointer</source>
        <translation>benötigt --path /json/pointer</translation>
    </message>
    <message>
        <source>blame needs a projection to replay, not stored snapshots</source>
        <translation>blame benötigt eine Projektion zum Replay, keine gespeicherten Snapshots</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of patch, tree</source>
        <translation>--format &apos;%1&apos; ist nicht patch oder tree</translation>
    </message>
    <message>
        <source>give --from V1 --to V2, or --version N --projection A --vs B</source>
        <translation>--from V1 --to V2 angeben, oder --version N --projection A --vs B</translation>
    </message>
    <message>
        <source>Checking %1 of %2 events…</source>
        <translation>Prüfe %1 von %2 Ereignissen…</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>position %1  %2 v%3</source>
        <translation>Position %1  %2 v%3</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes in %4 events (%5 s)</source>
        <translation>%1 Fehler, %2 Warnungen, %3 Hinweise in %4 Ereignissen (%5 s)</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of text, json</source>
        <translation>--format &apos;%1&apos; ist nicht text oder json</translation>
    </message>
    <message>
        <source>--projection needs a JavaScript file; merge handles every event type</source>
        <translation>--projection benötigt eine JavaScript-Datei; merge behandelt jeden Ereignistyp</translation>
    </message>
    <message>
        <source>Indexing %1 of %2 events…</source>
        <translation>Indiziere %1 von %2 Ereignissen…</translation>
    </message>
    <message>
        <source>needs a STORE (an SQLite file)</source>
        <translation>benötigt einen STORE (eine SQLite-Datei)</translation>
    </message>
    <message>
        <source>takes one STORE, got %1</source>
        <translation>erwartet einen STORE, bekam %1</translation>
    </message>
    <message>
        <source>--position &apos;%1&apos; is not a position of %2 (0 to %3)</source>
        <translation>--position &apos;%1&apos; ist keine Position von %2 (0 bis %3)</translation>
    </message>
    <message>
        <source>%1: no event &apos;%2&apos;</source>
        <translation>%1: kein Ereignis &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: no event with correlation &apos;%2&apos;</source>
        <translation>%1: kein Ereignis mit Korrelation &apos;%2&apos;</translation>
    </message>
    <message>
        <source>needs one of --event ID, --position N or --correlation ID</source>
        <translation>benötigt --event ID, --position N oder --correlation ID</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of dot, json, svg</source>
        <translation>--format &apos;%1&apos; ist nicht dot, json oder svg</translation>
    </message>
    <message>
        <source>--direction &apos;%1&apos; is not TB or LR</source>
        <translation>--direction &apos;%1&apos; ist nicht TB oder LR</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number ≥ 1</source>
        <translation>--limit &apos;%1&apos; ist keine ganze Zahl ≥ 1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>needs one of --stream ID, --correlation ID or --aggregate-type T</source>
        <translation>benötigt --stream ID, --correlation ID oder --aggregate-type T</translation>
    </message>
    <message>
        <source>the selection&apos;s id is empty</source>
        <translation>die ID der Auswahl ist leer</translation>
    </message>
    <message>
        <source>needs one of --at TIME or --version N</source>
        <translation>benötigt --at ZEIT oder --version N</translation>
    </message>
    <message>
        <source>--version &apos;%1&apos; is not a version (a whole number ≥ 0)</source>
        <translation>--version &apos;%1&apos; ist keine Version (eine ganze Zahl ≥ 0)</translation>
    </message>
    <message>
        <source>needs -o FILE</source>
        <translation>benötigt -o DATEI</translation>
    </message>
    <message>
        <source>--redact: &apos;%1&apos; is not a JSON pointer (it starts with &apos;/&apos;)</source>
        <translation>--redact: &apos;%1&apos; ist kein JSON-Pointer (er beginnt mit &apos;/&apos;)</translation>
    </message>
    <message>
        <source>--redact needs at least one JSON pointer</source>
        <translation>--redact benötigt mindestens einen JSON-Pointer</translation>
    </message>
    <message>
        <source>--redact needs --salt S (without it the hashes could be guessed)</source>
        <translation>--redact benötigt --salt S (ohne ließen sich die Hashes erraten)</translation>
    </message>
    <message>
        <source>--salt is only used with --redact</source>
        <translation>--salt wird nur mit --redact verwendet</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht schreiben (%2)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 events, digest %3</source>
        <translation>%1 geschrieben: %2 Ereignisse, Digest %3</translation>
    </message>
    <message>
        <source>needs a REPORT and a STORE</source>
        <translation>benötigt einen REPORT und einen STORE</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: kann nicht lesen (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>mismatch: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>match: %1 events, digest %2</source>
        <translation>Übereinstimmung: %1 Ereignisse, Digest %2</translation>
    </message>
    <message>
        <source>Usage: chronoscope [STORE]                 open the GUI (on STORE)
       chronoscope info STORE [--json]     counts, time span, mapping, problems
       chronoscope events STORE [--stream ID] [--type T] [--from TIME] [--to TIME]
                              [--filter EXPR] [--limit N] [--format table|jsonl|csv]
       chronoscope sample --out FILE [--events N] [--streams M] [--seed S] [--anomalies]
       chronoscope state STORE --stream ID [--version N | --at TIME] [--projection FILE[#NAME]]
       chronoscope diff STORE --stream ID --from V1 --to V2 [--projection SPEC] [--format patch|tree]
       chronoscope diff STORE --stream ID --version N --projection A --vs B [--format patch|tree]
       chronoscope blame STORE --stream ID --path /json/pointer [--projection SPEC] [--json]
       chronoscope find-state STORE --stream ID --where EXPR [--from N] [--projection SPEC] [--json]
       chronoscope graph STORE (--event ID | --position N | --correlation ID) [--format dot|json|svg]
                             [--limit N] [--direction TB|LR]
       chronoscope verify STORE [--projection FILE[#NAME]] [--format text|json]
       chronoscope report STORE (--stream ID | --correlation ID | --aggregate-type T)
                              (--at TIME | --version N) --format pdf|html|json|csv -o FILE
                              [--page-size a4|letter] [--projection FILE[#NAME]] [--generated-at TIME]
                              [--redact /p,/q --salt S] [--title TEXT] [--no-findings]
       chronoscope verify-report REPORT STORE
       chronoscope mapping STORE            print the mapping STORE is read with, as a file
Exit codes: 0 success, 1 verify found errors or warnings (verify-report: mismatch),
            2 bad input, 3 the projection failed (its file:line and the event).
Options for STORE commands: --no-cache (do not read or write the index cache)
                            --mapping PRESET|FILE (seed, emmett, marten, castore or a
                            mapping file, see docs/mappings.md; default: detected)
Environment: CHRONOSCOPE_CACHE_DIR overrides where index caches live.
</source>
        <translation>Aufruf: chronoscope [STORE]                öffnet die Oberfläche (mit STORE)
       chronoscope info STORE [--json]     Anzahlen, Zeitspanne, Mapping, Probleme
       chronoscope events STORE [--stream ID] [--type T] [--from TIME] [--to TIME]
                              [--filter EXPR] [--limit N] [--format table|jsonl|csv]
       chronoscope sample --out FILE [--events N] [--streams M] [--seed S] [--anomalies]
       chronoscope state STORE --stream ID [--version N | --at TIME] [--projection FILE[#NAME]]
       chronoscope diff STORE --stream ID --from V1 --to V2 [--projection SPEC] [--format patch|tree]
       chronoscope diff STORE --stream ID --version N --projection A --vs B [--format patch|tree]
       chronoscope blame STORE --stream ID --path /json/pointer [--projection SPEC] [--json]
       chronoscope find-state STORE --stream ID --where EXPR [--from N] [--projection SPEC] [--json]
       chronoscope graph STORE (--event ID | --position N | --correlation ID) [--format dot|json|svg]
                             [--limit N] [--direction TB|LR]
       chronoscope verify STORE [--projection FILE[#NAME]] [--format text|json]
       chronoscope report STORE (--stream ID | --correlation ID | --aggregate-type T)
                              (--at TIME | --version N) --format pdf|html|json|csv -o FILE
                              [--page-size a4|letter] [--projection FILE[#NAME]] [--generated-at TIME]
                              [--redact /p,/q --salt S] [--title TEXT] [--no-findings]
       chronoscope verify-report REPORT STORE
       chronoscope mapping STORE            gibt das Mapping, mit dem STORE gelesen wird, als Datei aus
Exit-Codes: 0 Erfolg, 1 verify fand Fehler oder Warnungen (verify-report: Abweichung),
            2 ungültige Eingabe, 3 die Projektion schlug fehl (ihre Datei:Zeile und das Ereignis).
Optionen für STORE-Befehle: --no-cache (den Index-Cache weder lesen noch schreiben)
                            --mapping PRESET|FILE (seed, emmett, marten, castore oder eine
                            Mapping-Datei, siehe docs/mappings.md; Standard: erkannt)
Umgebung: CHRONOSCOPE_CACHE_DIR legt fest, wo die Index-Caches liegen.
</translation>
    </message>
    <message>
        <source>writes the seed schema; --mapping does not apply</source>
        <translation>schreibt das Seed-Schema; --mapping gilt hier nicht</translation>
    </message>
    <message>
        <source>needs --where EXPR (e.g. --where &apos;state.status == &quot;withdrawn&quot;&apos;)</source>
        <translation>braucht --where EXPR (z. B. --where &apos;state.status == &quot;withdrawn&quot;&apos;)</translation>
    </message>
    <message>
        <source>find-state needs a projection to replay, not stored snapshots</source>
        <translation>find-state braucht eine Projektion zum Abspielen, keine gespeicherten Snapshots</translation>
    </message>
    <message>
        <source>%1: no version where %2</source>
        <translation>%1: keine Version, in der %2</translation>
    </message>
    <message>
        <source>%1: the initial state (version 0) already satisfies %2</source>
        <translation>%1: der Anfangszustand (Version 0) erfüllt %2 bereits</translation>
    </message>
    <message>
        <source>%1: version %2 (event %3, position %4, %5 at %6)</source>
        <translation>%1: Version %2 (Ereignis %3, Position %4, %5 um %6)</translation>
    </message>
    <message>
        <source>needs --format pdf|html|json|csv</source>
        <translation>braucht --format pdf|html|json|csv</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of pdf, html, json, csv</source>
        <translation>--format &apos;%1&apos; ist keines von pdf, html, json, csv</translation>
    </message>
    <message>
        <source>--page-size &apos;%1&apos; is not a4 or letter</source>
        <translation>--page-size &apos;%1&apos; ist weder a4 noch letter</translation>
    </message>
    <message>
        <source>--page-size is only used with --format pdf</source>
        <translation>--page-size gilt nur mit --format pdf</translation>
    </message>
</context>
<context>
    <name>Chronoscope::DiffColors</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>changed inside</source>
        <translation>innen geändert</translation>
    </message>
</context>
<context>
    <name>Chronoscope::DiffView</name>
    <message>
        <source>initial state · %1</source>
        <translation>Anfangszustand · %1</translation>
    </message>
    <message>
        <source>version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>What this event changed</source>
        <translation>Was dieses Ereignis geändert hat</translation>
    </message>
    <message>
        <source>Against another version</source>
        <translation>Gegen eine andere Version</translation>
    </message>
    <message>
        <source>Against another projection</source>
        <translation>Gegen eine andere Projektion</translation>
    </message>
    <message>
        <source>Stored snapshot against replay</source>
        <translation>Gespeicherter Snapshot gegen Replay</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>What the state at the playhead is compared with</source>
        <translation>Womit der Zustand am Abspielkopf verglichen wird</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <source>The number of the stream&apos;s events applied on the other side</source>
        <translation>Die Anzahl der Stream-Ereignisse, die auf der anderen Seite angewendet sind</translation>
    </message>
    <message>
        <source>events: </source>
        <translation>Ereignisse: </translation>
    </message>
    <message>
        <source>Choose projection…</source>
        <translation>Projektion wählen…</translation>
    </message>
    <message>
        <source>Other projection</source>
        <translation>Andere Projektion</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show the two states next to each other instead of one tree with old → new</source>
        <translation>Die beiden Zustände nebeneinander zeigen statt eines Baums mit alt → neu</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <source>Hide the fields that are the same on both sides</source>
        <translation>Felder ausblenden, die auf beiden Seiten gleich sind</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Choose the projection to compare with.</source>
        <translation>Wählen Sie die Projektion zum Vergleich.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <source>The initial state: no event applied yet.</source>
        <translation>Der Anfangszustand: noch kein Ereignis angewendet.</translation>
    </message>
    <message>
        <source>before this event</source>
        <translation>vor diesem Ereignis</translation>
    </message>
    <message>
        <source>stored snapshot at version %1</source>
        <translation>gespeicherter Snapshot bei Version %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vorher:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;After:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nachher:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No differences · %1</source>
        <translation>Keine Unterschiede · %1</translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed · %4</source>
        <translation>%1 geändert, %2 hinzugefügt, %3 entfernt · %4</translation>
    </message>
    <message>
        <source>Move the playhead to see what its event changed.</source>
        <translation>Bewegen Sie den Abspielkopf, um zu sehen, was sein Ereignis geändert hat.</translation>
    </message>
</context>
<context>
    <name>Chronoscope::EventDetailsLoader</name>
    <message>
        <source>(%1 bytes) %2</source>
        <translation>(%1 Bytes) %2</translation>
    </message>
</context>
<context>
    <name>Chronoscope::EventDetailsWorker</name>
    <message>
        <source>(unreadable: %1)</source>
        <translation>(nicht lesbar: %1)</translation>
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
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <source>Time (relative to #%1)</source>
        <translation>Zeit (relativ zu #%1)</translation>
    </message>
    <message>
        <source>Time (relative)</source>
        <translation>Zeit (relativ)</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
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
        <translation>Zeiten in &amp;UTC</translation>
    </message>
    <message>
        <source>Times in &amp;Local Time</source>
        <translation>Zeiten in &amp;Ortszeit</translation>
    </message>
    <message>
        <source>Times &amp;Relative to the Reference Event</source>
        <translation>Zeiten &amp;relativ zum Bezugsereignis</translation>
    </message>
    <message>
        <source>Show Times &amp;Relative to This Event</source>
        <translation>Zeiten &amp;relativ zu diesem Ereignis zeigen</translation>
    </message>
</context>
<context>
    <name>Chronoscope::ExportReportDialog</name>
    <message>
        <source>PDF (for people, paginated)</source>
        <translation>PDF (für Menschen, mit Seiten)</translation>
    </message>
    <message>
        <source>HTML (one self-contained page)</source>
        <translation>HTML (eine eigenständige Seite)</translation>
    </message>
    <message>
        <source>JSON (for machines)</source>
        <translation>JSON (für Maschinen)</translation>
    </message>
    <message>
        <source>CSV (the history)</source>
        <translation>CSV (die Historie)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Preview: name what to report on, then Refresh Preview</source>
        <translation>Vorschau: nennen Sie den Gegenstand des Berichts, dann Vorschau aktualisieren</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Bericht über</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>Aggregate type</source>
        <translation>Aggregattyp</translation>
    </message>
    <message>
        <source>Selection id</source>
        <translation>Auswahl-ID</translation>
    </message>
    <message>
        <source>&amp;Selection:</source>
        <translation>A&amp;uswahl:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>merge (each payload merged into the state)</source>
        <translation>merge (jede Payload wird in den Zustand gemischt)</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>Projektion:</translation>
    </message>
    <message>
        <source>As of (defaults to the playhead)</source>
        <translation>Stand (Standard: der Abspielkopf)</translation>
    </message>
    <message>
        <source>&amp;Time (UTC):</source>
        <translation>&amp;Zeit (UTC):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Stream … as of … (default)</source>
        <translation>Stream … Stand … (Standard)</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Tite&amp;l:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Redaction (optional)</source>
        <translation>Schwärzung (optional)</translation>
    </message>
    <message>
        <source>/familyName, /children/0/birthDate</source>
        <translation>/familyName, /children/0/birthDate</translation>
    </message>
    <message>
        <source>JSON pointers into each state whose values are replaced by salted hashes in every format; the digest still verifies against the store</source>
        <translation>JSON-Pointer in jeden Zustand, deren Werte in jedem Format durch gesalzene Hashes ersetzt werden; der Digest lässt sich weiter gegen den Store prüfen</translation>
    </message>
    <message>
        <source>needed with redaction; keep it to check a value later</source>
        <translation>nötig bei Schwärzung; bewahren Sie ihn auf, um einen Wert später zu prüfen</translation>
    </message>
    <message>
        <source>&amp;Hide values at:</source>
        <translation>&amp;Werte verbergen bei:</translation>
    </message>
    <message>
        <source>S&amp;alt:</source>
        <translation>S&amp;alz:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Refresh Preview</source>
        <translation>Vorschau a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>family-000005</source>
        <translation>family-000005</translation>
    </message>
    <message>
        <source>the correlation id of the selected event</source>
        <translation>die Korrelations-ID des gewählten Ereignisses</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (use ISO-8601, e.g. 2024-10-15T14:00:00Z).</source>
        <translation>&apos;%1&apos; ist keine Zeit (ISO-8601 verwenden, z. B. 2024-10-15T14:00:00Z).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON pointer (it starts with &apos;/&apos;).</source>
        <translation>&apos;%1&apos; ist kein JSON-Pointer (er beginnt mit &apos;/&apos;).</translation>
    </message>
    <message>
        <source>Redaction needs a salt (without one the hashes could be guessed).</source>
        <translation>Schwärzung braucht ein Salz (ohne eines ließen sich die Hashes erraten).</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>%1: a report never overwrites the store.</source>
        <translation>%1: ein Bericht überschreibt nie den Store.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file.</source>
        <translation>%1 ist ein Ordner; nennen Sie eine Datei.</translation>
    </message>
    <message>
        <source>Preview: building the report…</source>
        <translation>Vorschau: der Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Preview: the first %1 of %2 events (the export has them all)</source>
        <translation>Vorschau: die ersten %1 von %2 Ereignissen (der Export enthält alle)</translation>
    </message>
    <message>
        <source>Preview: the whole report (history rows: %1), digest %2</source>
        <translation>Vorschau: der ganze Bericht (Historienzeilen: %1), Digest %2</translation>
    </message>
    <message>
        <source>&amp;Stop Export</source>
        <translation>Export st&amp;oppen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preview: stopped for the export (Refresh Preview rebuilds it)</source>
        <translation>Vorschau: für den Export angehalten (Vorschau aktualisieren erstellt sie neu)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 events, digest %3</source>
        <translation>%1 geschrieben: %2 Ereignisse, Digest %3</translation>
    </message>
    <message>
        <source>Name the stream to report on.</source>
        <translation>Geben Sie den Stream an, über den berichtet wird.</translation>
    </message>
    <message>
        <source>Name the correlation to report on.</source>
        <translation>Geben Sie die Korrelation an, über die berichtet wird.</translation>
    </message>
    <message>
        <source>Name the aggregate type to report on.</source>
        <translation>Geben Sie den Aggregattyp an, über den berichtet wird.</translation>
    </message>
    <message>
        <source>Name what to report on.</source>
        <translation>Geben Sie an, worüber berichtet wird.</translation>
    </message>
</context>
<context>
    <name>Chronoscope::FilterBar</name>
    <message>
        <source>&amp;Filter Language</source>
        <translation>&amp;Filtersprache</translation>
    </message>
    <message>
        <source>Filter events, e.g. type == PaymentOverdue and data.amountDue &gt; 400 (Ctrl+Shift+F)</source>
        <translation>Ereignisse filtern, z. B. type == PaymentOverdue and data.amountDue &gt; 400 (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Ereignisfilter</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved filters: save the current one under a name, apply or delete one</source>
        <translation>Gespeicherte Filter: den aktuellen unter einem Namen speichern, einen anwenden oder löschen</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>The filter language (Help &gt; Filter Language)</source>
        <translation>Die Filtersprache (Hilfe &gt; Filtersprache)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the payload filter; the table keeps the previous result</source>
        <translation>Den Payload-Filter stoppen; die Tabelle behält das vorige Ergebnis</translation>
    </message>
    <message>
        <source>Filter progress</source>
        <translation>Filterfortschritt</translation>
    </message>
    <message>
        <source>Filter summary</source>
        <translation>Filterübersicht</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Filterfehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Events the filter matches, of all events</source>
        <translation>Ereignisse, auf die der Filter passt, von allen Ereignissen</translation>
    </message>
    <message>
        <source>Reading payloads…</source>
        <translation>Payloads werden gelesen…</translation>
    </message>
    <message>
        <source>Save Current Filter…</source>
        <translation>Aktuellen Filter speichern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>Name für %1:</translation>
    </message>
    <message>
        <source>Filter Language</source>
        <translation>Filtersprache</translation>
    </message>
    <message>
        <source>&lt;p&gt;One line picks events. Press Enter to apply, an empty line shows all.&lt;/p&gt;&lt;pre&gt;filter     := or
or         := and ( (&quot;or&quot; | &quot;||&quot;) and )*
and        := unary ( (&quot;and&quot; | &quot;&amp;amp;&amp;amp;&quot;) unary )*
unary      := (&quot;not&quot; | &quot;!&quot;) unary | &quot;(&quot; or &quot;)&quot; | &quot;exists&quot; path | condition
condition  := field op value | field [&quot;not&quot;] &quot;in&quot; &quot;[&quot; value (&quot;,&quot; value)* &quot;]&quot;
            | field (&quot;~&quot; | &quot;!~&quot; | &quot;matches&quot;) (&quot;glob*&quot; | /regex/[i])
field      := position | eventId | stream | aggregateType | version | type
            | schemaVersion | time | user | correlation | causation | path
path       := (data | metadata) (&quot;.&quot; key | &quot;[&quot; index &quot;]&quot; | &quot;[&quot; &quot;key&quot; &quot;]&quot;)+
op         := == | != | &amp;lt; | &amp;lt;= | &amp;gt; | &amp;gt;=
value      := number | &quot;text&quot; | bare-word | true | false | null
            | 2024-10-01[T14:00:00Z] | -2h | -30m | -7d (relative to now)&lt;/pre&gt;&lt;p&gt;Examples: &lt;code&gt;type == PaymentOverdue and data.amountDue &amp;gt; 400&lt;/code&gt;, &lt;code&gt;stream ~ &quot;family-12*&quot; and time &amp;gt; 2024-10-01&lt;/code&gt;, &lt;code&gt;user != system and exists data.currency&lt;/code&gt;, &lt;code&gt;data.items[0].sku == &quot;SKU-10000&quot;&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Ctrl+Shift+F focuses the bar; Up/Down walk the history; Tab or Enter takes a completion; Esc cancels a payload filter. docs/filter-language.md has the details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Zeile wählt Ereignisse aus. Enter wendet sie an, eine leere Zeile zeigt alle.&lt;/p&gt;&lt;pre&gt;filter     := or
or         := and ( (&quot;or&quot; | &quot;||&quot;) and )*
and        := unary ( (&quot;and&quot; | &quot;&amp;amp;&amp;amp;&quot;) unary )*
unary      := (&quot;not&quot; | &quot;!&quot;) unary | &quot;(&quot; or &quot;)&quot; | &quot;exists&quot; path | condition
condition  := field op value | field [&quot;not&quot;] &quot;in&quot; &quot;[&quot; value (&quot;,&quot; value)* &quot;]&quot;
            | field (&quot;~&quot; | &quot;!~&quot; | &quot;matches&quot;) (&quot;glob*&quot; | /regex/[i])
field      := position | eventId | stream | aggregateType | version | type
            | schemaVersion | time | user | correlation | causation | path
path       := (data | metadata) (&quot;.&quot; key | &quot;[&quot; index &quot;]&quot; | &quot;[&quot; &quot;key&quot; &quot;]&quot;)+
op         := == | != | &amp;lt; | &amp;lt;= | &amp;gt; | &amp;gt;=
value      := number | &quot;text&quot; | bare-word | true | false | null
            | 2024-10-01[T14:00:00Z] | -2h | -30m | -7d (relativ zu jetzt)&lt;/pre&gt;&lt;p&gt;Beispiele: &lt;code&gt;type == PaymentOverdue and data.amountDue &amp;gt; 400&lt;/code&gt;, &lt;code&gt;stream ~ &quot;family-12*&quot; and time &amp;gt; 2024-10-01&lt;/code&gt;, &lt;code&gt;user != system and exists data.currency&lt;/code&gt;, &lt;code&gt;data.items[0].sku == &quot;SKU-10000&quot;&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Strg+Umschalt+F setzt den Fokus in die Leiste; Auf/Ab gehen durch den Verlauf; Tab oder Enter übernimmt eine Vervollständigung; Esc bricht einen Payload-Filter ab. Einzelheiten in docs/filter-language.md.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Chronoscope::FilterError</name>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>Chronoscope::FilterEvaluator</name>
    <message>
        <source>the filter reads payloads, but no store is open</source>
        <translation>der Filter liest Payloads, aber kein Store ist geöffnet</translation>
    </message>
</context>
<context>
    <name>Chronoscope::Finding</name>
    <message>
        <source>Version gap</source>
        <translation>Versionslücke</translation>
    </message>
    <message>
        <source>Duplicate version</source>
        <translation>Doppelte Version</translation>
    </message>
    <message>
        <source>Version out of order</source>
        <translation>Version außer der Reihe</translation>
    </message>
    <message>
        <source>Duplicate event id</source>
        <translation>Doppelte Ereignis-ID</translation>
    </message>
    <message>
        <source>Timestamp goes back</source>
        <translation>Zeitstempel springt zurück</translation>
    </message>
    <message>
        <source>Unparseable timestamp</source>
        <translation>Unlesbarer Zeitstempel</translation>
    </message>
    <message>
        <source>Missing timestamp</source>
        <translation>Fehlender Zeitstempel</translation>
    </message>
    <message>
        <source>Missing stream id</source>
        <translation>Fehlende Stream-ID</translation>
    </message>
    <message>
        <source>Bad version</source>
        <translation>Ungültige Version</translation>
    </message>
    <message>
        <source>Too many event types</source>
        <translation>Zu viele Ereignistypen</translation>
    </message>
    <message>
        <source>Dangling causation</source>
        <translation>Verwaiste Kausation</translation>
    </message>
    <message>
        <source>Causation ids name commands</source>
        <translation>Kausations-IDs benennen Befehle</translation>
    </message>
    <message>
        <source>Correlation without root</source>
        <translation>Korrelation ohne Wurzel</translation>
    </message>
    <message>
        <source>Malformed payload</source>
        <translation>Fehlerhafter Payload</translation>
    </message>
    <message>
        <source>Malformed metadata</source>
        <translation>Fehlerhafte Metadaten</translation>
    </message>
    <message>
        <source>Compensated event missing</source>
        <translation>Kompensiertes Ereignis fehlt</translation>
    </message>
    <message>
        <source>Event type not handled</source>
        <translation>Ereignistyp nicht behandelt</translation>
    </message>
    <message>
        <source>Projection error</source>
        <translation>Projektionsfehler</translation>
    </message>
    <message>
        <source>Snapshot drift</source>
        <translation>Snapshot-Abweichung</translation>
    </message>
    <message>
        <source>Malformed snapshot</source>
        <translation>Fehlerhafter Snapshot</translation>
    </message>
</context>
<context>
    <name>Chronoscope::FindingsModel</name>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>finding title (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s) of %2</source>
        <comment>severity: count of code</comment>
        <translation>
            <numerusform>%1: %n Befund zu %2</numerusform>
            <numerusform>%1: %n Befunde zu %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(store)</source>
        <translation>(Store)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
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
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Chronoscope::FindingsView</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>About the whole store</source>
        <translation>Betrifft den ganzen Store</translation>
    </message>
    <message>
        <source>Stream %1, version %2, position %3</source>
        <translation>Stream %1, Version %2, Position %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Event id %1</source>
        <translation>Ereignis-ID %1</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Zeit %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Filter findings (message, stream, code, position)</source>
        <translation>Befunde filtern (Meldung, Stream, Code, Position)</translation>
    </message>
    <message>
        <source>Findings filter</source>
        <translation>Befundfilter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Mindest-Schweregrad</translation>
    </message>
    <message>
        <source>Findings by code</source>
        <translation>Befunde nach Code</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Befunddetails</translation>
    </message>
    <message>
        <source>Select a finding to see its evidence.</source>
        <translation>Wählen Sie einen Befund, um seine Belege zu sehen.</translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation>Befundübersicht</translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <comment>counts (shown by the filter)</comment>
        <translation>
            <numerusform>%1 (%n angezeigt)</numerusform>
            <numerusform>%1 (%n angezeigt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Select one to see its event and evidence.</source>
        <translation>
            <numerusform>%n Befund. Wählen Sie einen, um sein Ereignis und seine Belege zu sehen.</numerusform>
            <numerusform>%n Befunde. Wählen Sie einen, um sein Ereignis und seine Belege zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphCanvas</name>
    <message>
        <source>Event graph</source>
        <translation>Ereignisgraph</translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphNavigator</name>
    <message>
        <source>Highlighted event %1 of stream %2, version %3, at %4; %5</source>
        <translation>Hervorgehobenes Ereignis %1 von Stream %2, Version %3, Zeit %4; %5</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphNodeItem</name>
    <message>
        <source>(no time)</source>
        <translation>(keine Zeit)</translation>
    </message>
    <message>
        <source>%1
%2 (%3) version %4
%5
position %6
event id %7</source>
        <translation>%1
%2 (%3) Version %4
%5
Position %6
Ereignis-ID %7</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(nicht gelesen)</translation>
    </message>
    <message>
        <source>Command %1: the causation id of 1 event; no event has this id</source>
        <translation>Befehl %1: die Kausations-ID von 1 Ereignis; kein Ereignis hat diese ID</translation>
    </message>
    <message>
        <source>Command %1: the causation id of %2 events; no event has this id</source>
        <translation>Befehl %1: die Kausations-ID von %2 Ereignissen; kein Ereignis hat diese ID</translation>
    </message>
    <message>
        <source>Causation id %1 names no event of this store</source>
        <translation>Kausations-ID %1 benennt kein Ereignis dieses Stores</translation>
    </message>
    <message>
        <source>%1 more events of this group are not drawn; click to draw them</source>
        <translation>%1 weitere Ereignisse dieser Gruppe sind nicht gezeichnet; klicken, um sie zu zeichnen</translation>
    </message>
    <message>
        <source>%1 · v%2</source>
        <translation>%1 · v%2</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>Missing cause</source>
        <translation>Fehlende Ursache</translation>
    </message>
    <message>
        <source>(id not read)</source>
        <translation>(ID nicht gelesen)</translation>
    </message>
    <message>
        <source>%1 more events</source>
        <translation>%1 weitere Ereignisse</translation>
    </message>
    <message>
        <source>click to draw more</source>
        <translation>klicken, um mehr zu zeichnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of real time left out here</source>
        <translation>%1 Echtzeit hier ausgelassen</translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphOverview</name>
    <message>
        <source>Graph overview</source>
        <translation>Graphübersicht</translation>
    </message>
    <message>
        <source>The whole graph; click or drag to move the view</source>
        <translation>Der ganze Graph; klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphScene</name>
    <message>
        <source>reverses</source>
        <translation>macht rückgängig</translation>
    </message>
    <message>
        <source>slowest +%1</source>
        <translation>langsamster +%1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>(id not read)</source>
        <translation>(ID nicht gelesen)</translation>
    </message>
    <message>
        <source>correlation %1 · %2 events</source>
        <translation>Korrelation %1 · %2 Ereignisse</translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphView</name>
    <message>
        <source>Correlation graph</source>
        <translation>Korrelationsgraph</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Causes above effects, laid out by Graphviz dot</source>
        <translation>Ursachen über Wirkungen, angeordnet von Graphviz dot</translation>
    </message>
    <message>
        <source>Swimlanes</source>
        <translation>Bahnen</translation>
    </message>
    <message>
        <source>One lane per stream along real time, with the critical path</source>
        <translation>Eine Bahn pro Stream entlang der Echtzeit, mit dem kritischen Pfad</translation>
    </message>
    <message>
        <source>Top-down</source>
        <translation>Von oben</translation>
    </message>
    <message>
        <source>Left-right</source>
        <translation>Von links</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph (0)</source>
        <translation>Den ganzen Graphen zeigen (0)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Building the graph…</source>
        <translation>Baue den Graphen…</translation>
    </message>
    <message>
        <source>Select an event to see what it caused, across streams.</source>
        <translation>Wählen Sie ein Ereignis, um zu sehen, was es über Streams hinweg ausgelöst hat.</translation>
    </message>
    <message>
        <source>No graph: %1</source>
        <translation>Kein Graph: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n stream(s)</source>
        <translation>
            <numerusform>in %n Stream</numerusform>
            <numerusform>in %n Streams</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more not drawn</source>
        <translation>%1 weitere nicht gezeichnet</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>slowest %1 → %2 (%3)</source>
        <translation>langsamster Schritt %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>critical path %1 in one step</source>
        <translation>kritischer Pfad %1 in einem Schritt</translation>
    </message>
    <message>
        <source>critical path %1 over %2 steps</source>
        <translation>kritischer Pfad %1 über %2 Schritte</translation>
    </message>
    <message>
        <source>causation ids name commands</source>
        <translation>Kausations-IDs benennen Befehle</translation>
    </message>
    <message>
        <source>Layers unavailable: %1</source>
        <translation>Ebenen nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Store not read: %1</source>
        <translation>Store nicht gelesen: %1</translation>
    </message>
    <message>
        <source>1 warning: %1</source>
        <translation>1 Warnung: %1</translation>
    </message>
    <message>
        <source>%1 warnings, the first: %2</source>
        <translation>%1 Warnungen, die erste: %2</translation>
    </message>
    <message>
        <source>Canceled; showing the previous graph.</source>
        <translation>Abgebrochen; der vorige Graph wird gezeigt.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Chronoscope::IndexBuilder</name>
    <message>
        <source>indexing was cancelled</source>
        <translation>Indizierung wurde abgebrochen</translation>
    </message>
    <message>
        <source>contains no events</source>
        <translation>enthält keine Ereignisse</translation>
    </message>
    <message>
        <source>there is no index to extend</source>
        <translation>es gibt keinen Index zum Erweitern</translation>
    </message>
</context>
<context>
    <name>Chronoscope::IndexCache</name>
    <message>
        <source>the store changed while it was being indexed</source>
        <translation>der Store hat sich während der Indizierung geändert</translation>
    </message>
    <message>
        <source>%1: cannot create the cache directory</source>
        <translation>%1: das Cache-Verzeichnis kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no cache yet</source>
        <translation>noch kein Cache</translation>
    </message>
    <message>
        <source>%1: cannot be read or is truncated</source>
        <translation>%1: nicht lesbar oder abgeschnitten</translation>
    </message>
    <message>
        <source>%1: cannot be mapped: %2</source>
        <translation>%1: kann nicht eingeblendet werden: %2</translation>
    </message>
    <message>
        <source>not a cache of this version</source>
        <translation>kein Cache dieser Version</translation>
    </message>
    <message>
        <source>belongs to another store or mapping</source>
        <translation>gehört zu einem anderen Store oder Mapping</translation>
    </message>
    <message>
        <source>truncated or damaged (checksum mismatch)</source>
        <translation>abgeschnitten oder beschädigt (Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>inconsistent contents</source>
        <translation>widersprüchlicher Inhalt</translation>
    </message>
    <message>
        <source>the store is not the one that was cached (first or last row differs)</source>
        <translation>der Store ist nicht der zwischengespeicherte (erste oder letzte Zeile weicht ab)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::IndexProblem</name>
    <message>
        <source>timestamp &apos;%1&apos; cannot be parsed</source>
        <translation>Zeitstempel &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the event has no timestamp</source>
        <translation>das Ereignis hat keinen Zeitstempel</translation>
    </message>
    <message>
        <source>the event has no stream id</source>
        <translation>das Ereignis hat keine Stream-ID</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not a whole number from 0 to 2147483647</source>
        <translation>Version &apos;%1&apos; ist keine ganze Zahl von 0 bis 2147483647</translation>
    </message>
    <message>
        <source>event type &apos;%1&apos; exceeds the limit of 65535 distinct types</source>
        <translation>Ereignistyp &apos;%1&apos; überschreitet die Grenze von 65535 verschiedenen Typen</translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsProjection</name>
    <message>
        <source>%1: does not exist</source>
        <translation>%1: existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: loading the script took longer than %2 ms</source>
        <translation>%1: das Laden des Skripts dauerte länger als %2 ms</translation>
    </message>
    <message>
        <source>%1: defines no projection (call projection({...}) or fromAll()/fromCategory()…)</source>
        <translation>%1: definiert keine Projektion (projection({...}) oder fromAll()/fromCategory()… aufrufen)</translation>
    </message>
    <message>
        <source>%1 has no projection &apos;%2&apos;; it defines: %3</source>
        <translation>%1 hat keine Projektion &apos;%2&apos;; sie definiert: %3</translation>
    </message>
    <message>
        <source>%1: none of its projections (%2) applies to stream &apos;%3&apos;</source>
        <translation>%1: keine ihrer Projektionen (%2) gilt für Stream &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the projection ran longer than %1 ms and was interrupted</source>
        <translation>die Projektion lief länger als %1 ms und wurde unterbrochen</translation>
    </message>
    <message>
        <source>init() ran longer than %1 ms and was interrupted</source>
        <translation>init() lief länger als %1 ms und wurde unterbrochen</translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsonChecker</name>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>too large to check (%1 bytes)</source>
        <translation>zu groß zum Prüfen (%1 Bytes)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsonPath</name>
    <message>
        <source>a JSON path starts with &apos;$&apos; (as in &quot;$.correlationId&quot;)</source>
        <translation>ein JSON-Pfad beginnt mit &apos;$&apos; (wie in &quot;$.correlationId&quot;)</translation>
    </message>
    <message>
        <source>unclosed quote at character %1</source>
        <translation>nicht geschlossenes Anführungszeichen bei Zeichen %1</translation>
    </message>
    <message>
        <source>a key is expected after &apos;.&apos; at character %1</source>
        <translation>nach &apos;.&apos; wird bei Zeichen %1 ein Schlüssel erwartet</translation>
    </message>
    <message>
        <source>an array index [N] is expected at character %1</source>
        <translation>bei Zeichen %1 wird ein Array-Index [N] erwartet</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at character %2 (steps are .key, .&quot;key&quot; or [N])</source>
        <translation>unerwartetes &apos;%1&apos; bei Zeichen %2 (Schritte sind .key, .&quot;key&quot; oder [N])</translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsonTreeModel</name>
    <message>
        <source>null</source>
        <comment>JSON type</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <comment>JSON type</comment>
        <translation>Boolean</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation>Array</translation>
    </message>
    <message>
        <source>{1 key}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>children of an object or array</comment>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>children of an object or array</comment>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>children of an object or array</comment>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
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
        <translation>Feldverlauf</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy JSON Pointer</source>
        <translation>JSON-Pointer kopieren</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Alle zuklappen</translation>
    </message>
</context>
<context>
    <name>Chronoscope::LastRowIdWatch</name>
    <message>
        <source>polling the last position</source>
        <translation>die letzte Position wird abgefragt</translation>
    </message>
</context>
<context>
    <name>Chronoscope::LiveFollowControl</name>
    <message>
        <source>&amp;Follow Live Updates</source>
        <translation>Live-Änderungen &amp;folgen</translation>
    </message>
    <message>
        <source>Show events as other programs append them to the store (Ctrl+Shift+L pauses and resumes)</source>
        <translation>Ereignisse zeigen, während andere Programme sie an den Store anhängen (Strg+Umschalt+L pausiert und setzt fort)</translation>
    </message>
    <message>
        <source>Live follow state</source>
        <translation>Live-Status</translation>
    </message>
    <message>
        <source>Pause or follow live updates</source>
        <translation>Live-Änderungen pausieren oder folgen</translation>
    </message>
    <message>
        <source>could not be read any more (%1)</source>
        <translation>konnte nicht mehr gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Live follow unavailable</source>
        <translation>Live-Folgen nicht verfügbar</translation>
    </message>
    <message>
        <source>Live follow is unavailable: the store %1</source>
        <translation>Live-Folgen ist nicht verfügbar: der Store %1</translation>
    </message>
    <message>
        <source>Watching the store for appended events (%1)</source>
        <translation>Der Store wird auf angehängte Ereignisse beobachtet (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Following — %n new event(s)</source>
        <translation>
            <numerusform>Folgt — %n neues Ereignis</numerusform>
            <numerusform>Folgt — %n neue Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n new event(s) waiting</source>
        <translation>
            <numerusform>Pausiert — %n neues Ereignis wartet</numerusform>
            <numerusform>Pausiert — %n neue Ereignisse warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>Chronoscope::LiveFollower</name>
    <message>
        <source>has not been indexed yet</source>
        <translation>wurde noch nicht indiziert</translation>
    </message>
</context>
<context>
    <name>Chronoscope::MainWindow</name>
    <message>
        <source>Chronoscope</source>
        <translation>Chronoscope</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Indizierungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop indexing; the events read so far stay visible</source>
        <translation>Indizierung stoppen; die bisher gelesenen Ereignisse bleiben sichtbar</translation>
    </message>
    <message>
        <source>Open an event store to begin (File &gt; Open Store…)</source>
        <translation>Öffnen Sie einen Event-Store, um zu beginnen (Datei &gt; Event-Store öffnen…)</translation>
    </message>
    <message>
        <source>Indexing cancelled; showing the first %1 events</source>
        <translation>Indizierung abgebrochen; die ersten %1 Ereignisse werden gezeigt</translation>
    </message>
    <message>
        <source>The projection cannot be used: %1</source>
        <translation>Die Projektion kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Projection: %1</source>
        <translation>Projektion: %1</translation>
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
        <translation>Ü&amp;ber Chronoscope</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Projection…</source>
        <translation>Projektion…</translation>
    </message>
    <message>
        <source>Open Event Store</source>
        <translation>Event-Store öffnen</translation>
    </message>
    <message>
        <source>SQLite event stores (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Event-Stores (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load Projection</source>
        <translation>Projektion laden</translation>
    </message>
    <message>
        <source>JavaScript projections (*.js);;All files (*)</source>
        <translation>JavaScript-Projektionen (*.js);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — Chronoscope</source>
        <translation>%1 — Chronoscope</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>Indexing %1 of %2 events</source>
        <translation>Indiziere %1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>, %1 events/s</source>
        <translation>, %1 Ereignisse/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>%1 has no stream &apos;%2&apos;</source>
        <translation>%1 hat keinen Stream &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 events in %2 streams, indexed in %3 s</source>
        <translation>%1 Ereignisse in %2 Streams, indiziert in %3 s</translation>
    </message>
    <message>
        <source> (from cache, %1 new)</source>
        <translation> (aus dem Cache, %1 neu)</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be indexed as stored; they are shown with what could be read.</source>
        <translation>
            <numerusform>%n Ereignis konnte nicht wie gespeichert indiziert werden; es wird mit dem gezeigt, was lesbar war.</numerusform>
            <numerusform>%n Ereignisse konnten nicht wie gespeichert indiziert werden; sie werden mit dem gezeigt, was lesbar war.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>merge</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n event(s) · projection %3</source>
        <translation>
            <numerusform>%1 · %2 · %n Ereignis · Projektion %3</numerusform>
            <numerusform>%1 · %2 · %n Ereignisse · Projektion %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The state appears when indexing has finished.</source>
        <translation>Der Zustand erscheint, wenn die Indizierung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Go to Version</source>
        <translation>Gehe zu Version</translation>
    </message>
    <message>
        <source>Events applied (version):</source>
        <translation>Angewendete Ereignisse (Version):</translation>
    </message>
    <message>
        <source>Go to Time</source>
        <translation>Gehe zu Zeitpunkt</translation>
    </message>
    <message>
        <source>Time (ISO-8601, UTC unless an offset is given):</source>
        <translation>Zeit (ISO-8601, UTC, sofern kein Versatz angegeben ist):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (e.g. 2024-10-15T14:00:00Z)</source>
        <translation>&apos;%1&apos; ist keine Zeitangabe (z. B. 2024-10-15T14:00:00Z)</translation>
    </message>
    <message>
        <source>About Chronoscope</source>
        <translation>Über Chronoscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chronoscope %1&lt;/h3&gt;&lt;p&gt;A time-travel debugger for event-sourced systems.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3), SQLite %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chronoscope %1&lt;/h3&gt;&lt;p&gt;Ein Zeitreise-Debugger für Event-Sourcing-Systeme.&lt;/p&gt;&lt;p&gt;Qt %2 (gebaut mit %3), SQLite %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finding the events that changed %1…</source>
        <translation>Suche die Ereignisse, die %1 geändert haben…</translation>
    </message>
    <message>
        <source>Audit summary</source>
        <translation>Prüfübersicht</translation>
    </message>
    <message>
        <source>What-if: replaying the unsaved edits of %1</source>
        <translation>Was-wäre-wenn: Replay der ungespeicherten Änderungen an %1</translation>
    </message>
    <message>
        <source>Causation Graph</source>
        <translation>Kausalitätsgraph</translation>
    </message>
    <message>
        <source>Graph: %1</source>
        <translation>Graph: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <source>Findings: %1 errors, %2 warnings, %3 notes</source>
        <translation>Befunde: %1 Fehler, %2 Warnungen, %3 Hinweise</translation>
    </message>
    <message>
        <source>What the audit found in the store (View &gt; Findings)</source>
        <translation>Was die Prüfung im Store gefunden hat (Ansicht &gt; Befunde)</translation>
    </message>
    <message>
        <source>Audit stopped</source>
        <translation>Prüfung gestoppt</translation>
    </message>
    <message>
        <source>Showing every time</source>
        <translation>Alle Zeiten werden gezeigt</translation>
    </message>
    <message>
        <source>Showing %1 to %2 (the timeline&apos;s range filter; View &gt; Timeline &gt; Undo or Reset)</source>
        <translation>Zeige %1 bis %2 (Zeitfilter der Zeitleiste; Ansicht &gt; Zeitleiste &gt; Rückgängig oder Zurücksetzen)</translation>
    </message>
    <message>
        <source>Export is possible once the store is indexed.</source>
        <translation>Exportieren ist möglich, sobald der Store indiziert ist.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>%1: an export never overwrites the store</source>
        <translation>%1: ein Export überschreibt nie den Store</translation>
    </message>
    <message>
        <source>Exporting events to %1…</source>
        <translation>Exportiere Ereignisse nach %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation>%1 Ereignisse nach %2 exportiert</translation>
    </message>
    <message>
        <source>Auditing the store…</source>
        <translation>Prüfe den Store…</translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>No %1 event of this type in the stream</source>
        <translation>Kein %1 Ereignis dieses Typs im Stream</translation>
    </message>
    <message>
        <source>later</source>
        <translation>späteres</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>früheres</translation>
    </message>
    <message>
        <source>Edit Projection</source>
        <translation>Projektion bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Edit Projection</source>
        <translation>Projektion bearbei&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Export Events…</source>
        <translation>Ereignisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Close Store</source>
        <translation>Event-Store &amp;schließen</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Zeit&amp;leiste</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Previous Event of This &amp;Type</source>
        <translation>Vorheriges Ereignis dieses &amp;Typs</translation>
    </message>
    <message>
        <source>Next Event of This T&amp;ype</source>
        <translation>Nächstes Ereignis dieses T&amp;yps</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Compare with Projection</source>
        <translation>Mit Projektion vergleichen</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>Reports are possible once the store is indexed.</source>
        <translation>Berichte sind möglich, sobald der Store indiziert ist.</translation>
    </message>
    <message>
        <source>Wrote the report %1: %2 events, digest %3</source>
        <translation>Bericht %1 geschrieben: %2 Ereignisse, Digest %3</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>Filter &amp;Events</source>
        <translation>Ereignisse f&amp;iltern</translation>
    </message>
    <message>
        <source>Find Version &amp;Where…</source>
        <translation>Version &amp;finden, in der…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Pick a stream first; the search runs once the store is indexed.</source>
        <translation>Wählen Sie zuerst einen Stream; die Suche läuft, sobald der Store indiziert ist.</translation>
    </message>
    <message>
        <source>No version of %1 where %2</source>
        <translation>Keine Version von %1, in der %2</translation>
    </message>
    <message>
        <source>The initial state already satisfies it</source>
        <translation>Der Anfangszustand erfüllt es bereits</translation>
    </message>
    <message>
        <source>First at version %1 (event %2 of %3): %4 at %5</source>
        <translation>Zuerst in Version %1 (Ereignis %2 von %3): %4 um %5</translation>
    </message>
</context>
<context>
    <name>Chronoscope::MappingDetector</name>
    <message>
        <source>has no &apos;events&apos; table (%1), nor Emmett&apos;s emt_messages, Marten&apos;s mt_events or Castore&apos;s event table; describe its table with --mapping FILE (see docs/mappings.md)</source>
        <translation>hat keine Tabelle &apos;events&apos; (%1), auch nicht Emmetts emt_messages, Martens mt_events oder Castores Ereignistabelle; beschreiben Sie seine Tabelle mit --mapping FILE (siehe docs/mappings.md)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; lacks the required column(s) %2</source>
        <translation>Tabelle &apos;%1&apos; fehlen die nötigen Spalten %2</translation>
    </message>
    <message>
        <source>has no table &apos;%1&apos; (named by the mapping&apos;s &quot;table&quot;; %2)</source>
        <translation>hat keine Tabelle &apos;%1&apos; (genannt von &quot;table&quot; des Mappings; %2)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; has no column &apos;%2&apos; (named by the mapping&apos;s &quot;%3&quot;)</source>
        <translation>Tabelle &apos;%1&apos; hat keine Spalte &apos;%2&apos; (genannt von &quot;%3&quot; des Mappings)</translation>
    </message>
    <message>
        <source>has no table &apos;%1&apos; (named by the mapping&apos;s &quot;%2.lookup.table&quot;; %3)</source>
        <translation>hat keine Tabelle &apos;%1&apos; (genannt von &quot;%2.lookup.table&quot; des Mappings; %3)</translation>
    </message>
    <message>
        <source>has no table &apos;%1&apos; (named by the mapping&apos;s &quot;snapshots.table&quot;; %2)</source>
        <translation>hat keine Tabelle &apos;%1&apos; (genannt von &quot;snapshots.table&quot; des Mappings; %2)</translation>
    </message>
    <message>
        <source>has no table &apos;%1&apos; (the %2 preset&apos;s table; %3)</source>
        <translation>hat keine Tabelle &apos;%1&apos; (die Tabelle der Vorlage %2; %3)</translation>
    </message>
    <message>
        <source>has no table &apos;%1&apos; (named by ?table=; %2)</source>
        <translation>hat keine Tabelle &apos;%1&apos; (genannt von ?table=; %2)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; has the columns of none of the presets (%2): describe it with --mapping FILE (see docs/mappings.md)</source>
        <translation>Tabelle &apos;%1&apos; hat die Spalten keiner Vorlage (%2): beschreiben Sie sie mit --mapping DATEI (siehe docs/mappings.md)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::MappingFile</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>a mapping file holds one JSON object (see docs/mappings.md)</source>
        <translation>eine Mapping-Datei enthält ein JSON-Objekt (siehe docs/mappings.md)</translation>
    </message>
    <message>
        <source>mapping file does not exist</source>
        <translation>Mapping-Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a directory, not a mapping file</source>
        <translation>ist ein Verzeichnis, keine Mapping-Datei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is neither a preset (%1) nor a mapping file</source>
        <translation>ist weder eine Vorlage (%1) noch eine Mapping-Datei</translation>
    </message>
</context>
<context>
    <name>Chronoscope::MappingFile::Reader</name>
    <message>
        <source>key &apos;%1&apos;: %2</source>
        <translation>Schlüssel &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>unknown key (known here: %1)</source>
        <translation>unbekannter Schlüssel (hier bekannt: %1)</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>nötiger Schlüssel fehlt</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss ein String sein, nicht %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a column name or an object, not %1</source>
        <translation>muss ein Spaltenname oder ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an array of at least two column names</source>
        <translation>muss ein Array aus mindestens zwei Spaltennamen sein</translation>
    </message>
    <message>
        <source>must hold column names (strings), found %1</source>
        <translation>muss Spaltennamen (Strings) enthalten, gefunden: %1</translation>
    </message>
    <message>
        <source>must be an object like {&quot;column&quot;: &quot;is_archived&quot;, &quot;equals&quot;: true}, not %1</source>
        <translation>muss ein Objekt wie {&quot;column&quot;: &quot;is_archived&quot;, &quot;equals&quot;: true} sein, nicht %1</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;equals&quot; and &quot;notEquals&quot;</source>
        <translation>braucht genau eines von &quot;equals&quot; und &quot;notEquals&quot;</translation>
    </message>
    <message>
        <source>must be a whole number, a string, a boolean or null</source>
        <translation>muss eine ganze Zahl, ein String, ein Wahrheitswert oder null sein</translation>
    </message>
    <message>
        <source>must be a string, a whole number, a boolean or null, not %1</source>
        <translation>muss ein String, eine ganze Zahl, ein Wahrheitswert oder null sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an object or null, not %1</source>
        <translation>muss ein Objekt oder null sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (known: auto, iso8601, sql-datetime-utc, timestamptz, epoch-s, epoch-ms, epoch-us, epoch-ns)</source>
        <translation>unbekanntes Format &apos;%1&apos; (bekannt: auto, iso8601, sql-datetime-utc, timestamptz, epoch-s, epoch-ms, epoch-us, epoch-ns)</translation>
    </message>
    <message>
        <source>must be an array of rules, not %1</source>
        <translation>muss ein Array aus Regeln sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>Chronoscope::MergeProjection</name>
    <message>
        <source>a saved state is not valid JSON</source>
        <translation>ein gespeicherter Zustand ist kein gültiges JSON</translation>
    </message>
</context>
<context>
    <name>Chronoscope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PaneNavigator</name>
    <message>
        <source>Go to &amp;Pane</source>
        <translation>Gehe zu &amp;Bereich</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>P&amp;revious Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
</context>
<context>
    <name>Chronoscope::Parser</name>
    <message>
        <source>expected a filter, e.g. type == &quot;PaymentOverdue&quot; and data.amountDue &gt; 400</source>
        <translation>ein Filter wird erwartet, z. B. type == &quot;PaymentOverdue&quot; and data.amountDue &gt; 400</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>unerwartetes &apos;)&apos; ohne passendes &apos;(&apos;</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter, found &apos;%1&apos;</source>
        <translation>&apos;and&apos;, &apos;or&apos; oder das Ende des Filters erwartet, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>expected a condition after &apos;%1&apos;</source>
        <translation>nach &apos;%1&apos; wird eine Bedingung erwartet</translation>
    </message>
    <message>
        <source>expected a condition after &apos;not&apos;</source>
        <translation>nach &apos;not&apos; wird eine Bedingung erwartet</translation>
    </message>
    <message>
        <source>expected a condition</source>
        <translation>eine Bedingung wird erwartet</translation>
    </message>
    <message>
        <source>expected a condition after &apos;(&apos;</source>
        <translation>nach &apos;(&apos; wird eine Bedingung erwartet</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found &apos;%2&apos;</source>
        <translation>&apos;)&apos; erwartet, um die &apos;(&apos; bei Spalte %1 zu schließen, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;exists&apos; needs a path into data or metadata, e.g. exists data.currency</source>
        <translation>&apos;exists&apos; braucht einen Pfad in data oder metadata, z. B. exists data.currency</translation>
    </message>
    <message>
        <source>expected a field name (position, eventId, stream, aggregateType, version, type, schemaVersion, time, user, correlation, causation, data.…, metadata.…), found &apos;%1&apos;</source>
        <translation>ein Feldname wird erwartet (position, eventId, stream, aggregateType, version, type, schemaVersion, time, user, correlation, causation, data.…, metadata.…), gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (expected position, eventId, stream, aggregateType, version, type, schemaVersion, time, user, correlation, causation, data.… or metadata.…)</source>
        <translation>unbekanntes Feld &apos;%1&apos; (erwartet: position, eventId, stream, aggregateType, version, type, schemaVersion, time, user, correlation, causation, data.… oder metadata.…)</translation>
    </message>
    <message>
        <source>expected a key after &apos;.&apos;</source>
        <translation>nach &apos;.&apos; wird ein Schlüssel erwartet</translation>
    </message>
    <message>
        <source>array index &apos;%1&apos; is too large</source>
        <translation>Array-Index &apos;%1&apos; ist zu groß</translation>
    </message>
    <message>
        <source>expected an array index or a quoted key after &apos;[&apos;</source>
        <translation>nach &apos;[&apos; wird ein Array-Index oder ein Schlüssel in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;]&apos;</source>
        <translation>&apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;.&apos; and a key after &apos;%1&apos;, e.g. %1.amount</source>
        <translation>nach &apos;%1&apos; werden &apos;.&apos; und ein Schlüssel erwartet, z. B. %1.amount</translation>
    </message>
    <message>
        <source>this text has no closing %1</source>
        <translation>diesem Text fehlt das schließende %1</translation>
    </message>
    <message>
        <source>expected an operator after &apos;%1&apos; (==, !=, &lt;, &lt;=, &gt;, &gt;=, in, ~, matches)</source>
        <translation>nach &apos;%1&apos; wird ein Operator erwartet (==, !=, &lt;, &lt;=, &gt;, &gt;=, in, ~, matches)</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; after &apos;not&apos;</source>
        <translation>nach &apos;not&apos; wird &apos;in&apos; erwartet</translation>
    </message>
    <message>
        <source>expected an operator after &apos;%1&apos; (==, !=, &lt;, &lt;=, &gt;, &gt;=, in, ~, matches), found &apos;%2&apos;</source>
        <translation>nach &apos;%1&apos; wird ein Operator erwartet (==, !=, &lt;, &lt;=, &gt;, &gt;=, in, ~, matches), gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected &apos;[&apos; after &apos;in&apos;, e.g. type in [&quot;A&quot;, &quot;B&quot;]</source>
        <translation>nach &apos;in&apos; wird &apos;[&apos; erwartet, z. B. type in [&quot;A&quot;, &quot;B&quot;]</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found &apos;%1&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; in der Liste erwartet, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches text, but %2 is a %3</source>
        <translation>&apos;%1&apos; passt auf Text, aber %2 ist eine %3</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>this regular expression has no closing &apos;/&apos;</source>
        <translation>diesem regulären Ausdruck fehlt das schließende &apos;/&apos;</translation>
    </message>
    <message>
        <source>unknown regular expression flag &apos;%1&apos; (only i is known)</source>
        <translation>unbekanntes Flag &apos;%1&apos; für reguläre Ausdrücke (nur i ist bekannt)</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>expected a &quot;glob*&quot; in quotes or a /regular expression/ after &apos;%1&apos;</source>
        <translation>nach &apos;%1&apos; wird ein &quot;glob*&quot; in Anführungszeichen oder ein /regulärer Ausdruck/ erwartet</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>nach &apos;%1&apos; wird ein Wert erwartet</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>nach &apos;%1&apos; wird ein Wert erwartet, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time (use 2024-10-01 or 2024-10-01T14:00:00Z)</source>
        <translation>&apos;%1&apos; ist keine gültige Zeit (2024-10-01 oder 2024-10-01T14:00:00Z verwenden)</translation>
    </message>
    <message>
        <source>a relative time needs a sign: -%1 for the past, +%1 for the future</source>
        <translation>eine relative Zeit braucht ein Vorzeichen: -%1 für die Vergangenheit, +%1 für die Zukunft</translation>
    </message>
    <message>
        <source>relative time &apos;%1&apos; is not within ten thousand years</source>
        <translation>die relative Zeit &apos;%1&apos; liegt nicht innerhalb von zehntausend Jahren</translation>
    </message>
    <message>
        <source>unknown time unit &apos;%1&apos; in &apos;%2&apos; (use us, ms, s, m, h, d or w)</source>
        <translation>unbekannte Zeiteinheit &apos;%1&apos; in &apos;%2&apos; (us, ms, s, m, h, d oder w verwenden)</translation>
    </message>
    <message>
        <source>expected a number for %1</source>
        <translation>für %1 wird eine Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a text value for %1 (in quotes, e.g. &quot;%2&quot;)</source>
        <translation>für %1 wird ein Textwert erwartet (in Anführungszeichen, z. B. &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>expected a time for time (2024-10-01, 2024-10-01T14:00:00Z or -2h)</source>
        <translation>für time wird eine Zeit erwartet (2024-10-01, 2024-10-01T14:00:00Z oder -2h)</translation>
    </message>
    <message>
        <source>a relative time compares only with time, not with %1</source>
        <translation>eine relative Zeit lässt sich nur mit time vergleichen, nicht mit %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number or text to compare with</source>
        <translation>&apos;%1&apos; braucht eine Zahl oder einen Text zum Vergleichen</translation>
    </message>
    <message>
        <source>the filter nests &apos;not&apos; and parentheses deeper than %1 levels</source>
        <translation>der Filter verschachtelt &apos;not&apos; und Klammern tiefer als %1 Ebenen</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PayloadCache</name>
    <message>
        <source>has no event at position %1</source>
        <translation>hat kein Ereignis an Position %1</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PostgresConnInfo</name>
    <message>
        <source>is not a valid libpq connection string (expected key=value pairs)</source>
        <translation>ist keine gültige libpq-Verbindungszeichenfolge (erwartet werden key=value-Paare)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>is not a valid PostgreSQL connection string: %1</source>
        <translation>ist keine gültige PostgreSQL-Verbindungszeichenfolge: %1</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PostgresNotifyWatch</name>
    <message>
        <source>notifications (LISTEN %1)</source>
        <translation>Benachrichtigungen (LISTEN %1)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PostgresSchema</name>
    <message>
        <source>cannot read the schema</source>
        <translation>das Schema kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the columns of &apos;%1&apos;</source>
        <translation>die Spalten von &apos;%1&apos; können nicht gelesen werden</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; has no position column &apos;%2&apos;</source>
        <translation>Tabelle &apos;%1&apos; hat keine Positionsspalte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>position column &apos;%1&apos; of table &apos;%2&apos; is not an integer column (it is %3)</source>
        <translation>die Positionsspalte &apos;%1&apos; der Tabelle &apos;%2&apos; ist keine Ganzzahlspalte (sie ist %3)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; has no position column: events are read in the order of an integer column named position, global_position, seq_id or id (name another with ?position=COLUMN)</source>
        <translation>Tabelle &apos;%1&apos; hat keine Positionsspalte: Ereignisse werden in der Reihenfolge einer Ganzzahlspalte namens position, global_position, seq_id oder id gelesen (eine andere nennt ?position=COLUMN)</translation>
    </message>
    <message>
        <source>has no table &apos;%1&apos; the session can read</source>
        <translation>hat keine Tabelle &apos;%1&apos;, die die Sitzung lesen kann</translation>
    </message>
    <message>
        <source>position column &apos;%1&apos; of table &apos;%2&apos; is not an integer column (named by the mapping&apos;s &quot;position&quot;)</source>
        <translation>Positionsspalte &apos;%1&apos; der Tabelle &apos;%2&apos; ist keine Ganzzahlspalte (genannt von &quot;position&quot; des Mappings)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PostgresStore</name>
    <message>
        <source>cannot read table &apos;%1&apos;</source>
        <translation>Tabelle &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>contains no events (table &apos;%1&apos; is empty)</source>
        <translation>enthält keine Ereignisse (Tabelle &apos;%1&apos; ist leer)</translation>
    </message>
    <message>
        <source>cannot connect (out of memory)</source>
        <translation>keine Verbindung möglich (kein Speicher mehr frei)</translation>
    </message>
    <message>
        <source>cannot make the session read-only</source>
        <translation>die Sitzung kann nicht schreibgeschützt gemacht werden</translation>
    </message>
    <message>
        <source>the server did not make the session read-only; not reading</source>
        <translation>der Server hat die Sitzung nicht schreibgeschützt gemacht; es wird nicht gelesen</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>authentication failed for user &apos;%1&apos;</source>
        <translation>Authentifizierung für Benutzer &apos;%1&apos; fehlgeschlagen</translation>
    </message>
    <message>
        <source>database &apos;%1&apos; does not exist</source>
        <translation>Datenbank &apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL server at %1 port %2 (is it running and accepting connections?)</source>
        <translation>keine Verbindung zum PostgreSQL-Server auf %1, Port %2 (läuft er und nimmt er Verbindungen an?)</translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL server</source>
        <translation>keine Verbindung zum PostgreSQL-Server</translation>
    </message>
    <message>
        <source>the connection to the server was lost: %1</source>
        <translation>die Verbindung zum Server ging verloren: %1</translation>
    </message>
    <message>
        <source>a query took longer than the statement timeout: %1</source>
        <translation>eine Abfrage dauerte länger als das Statement-Timeout: %1</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>permission denied: %1</source>
        <translation>Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>a table is missing: %1</source>
        <translation>eine Tabelle fehlt: %1</translation>
    </message>
    <message>
        <source>a column is missing: %1</source>
        <translation>eine Spalte fehlt: %1</translation>
    </message>
    <message>
        <source>cannot find the last event</source>
        <translation>das letzte Ereignis ist nicht zu finden</translation>
    </message>
    <message>
        <source>cannot read the setting %1</source>
        <translation>die Einstellung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the events after position %1</source>
        <translation>die Ereignisse nach Position %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>reading stopped after position %1 (%2 events read in this query)</source>
        <translation>das Lesen endete nach Position %1 (%2 Ereignisse in dieser Abfrage gelesen)</translation>
    </message>
    <message>
        <source>the server sent rows of an unexpected shape</source>
        <translation>der Server schickte Zeilen unerwarteter Form</translation>
    </message>
    <message>
        <source>the server sent a truncated row</source>
        <translation>der Server schickte eine abgeschnittene Zeile</translation>
    </message>
    <message>
        <source>cannot read events</source>
        <translation>Ereignisse können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the event at position %1</source>
        <translation>das Ereignis an Position %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>has no event at position %1</source>
        <translation>hat kein Ereignis an Position %1</translation>
    </message>
    <message>
        <source>cannot read %1 events from position %2</source>
        <translation>%1 Ereignisse ab Position %2 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot look up events by id</source>
        <translation>Ereignisse können nicht nach ID gesucht werden</translation>
    </message>
    <message>
        <source>cannot read the snapshots table (it needs aggregate_id, aggregate_version, snapshot_data and created_date)</source>
        <translation>die Snapshot-Tabelle kann nicht gelesen werden (sie braucht aggregate_id, aggregate_version, snapshot_data und created_date)</translation>
    </message>
    <message>
        <source>contains no events (table &apos;%1&apos; has no rows the mapping&apos;s skip rules keep)</source>
        <translation>enthält keine Ereignisse (Tabelle &apos;%1&apos; hat keine Zeilen, die die Auslassregeln des Mappings behalten)</translation>
    </message>
    <message>
        <source>cannot look for the live-follow trigger</source>
        <translation>kann nicht nach dem Trigger für die Live-Verfolgung suchen</translation>
    </message>
    <message>
        <source>cannot listen for notifications</source>
        <translation>kann nicht auf Benachrichtigungen warten</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Zeiten anzeigen in</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Checkpoint memory</source>
        <translation>Checkpoint-Speicher</translation>
    </message>
    <message>
        <source>Memory the replay keeps for checkpoints; more makes jumps in long streams faster</source>
        <translation>Speicher, den das Replay für Checkpoints behält; mehr macht Sprünge in langen Streams schneller</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Projection time limit</source>
        <translation>Zeitlimit der Projektion</translation>
    </message>
    <message>
        <source>A projection call running longer is stopped, so a script that loops never hangs</source>
        <translation>Ein längerer Projektionsaufruf wird gestoppt, damit ein Skript in einer Endlosschleife nie hängt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Show &amp;times in:</source>
        <translation>&amp;Zeiten anzeigen in:</translation>
    </message>
    <message>
        <source>&amp;Checkpoint memory:</source>
        <translation>&amp;Checkpoint-Speicher:</translation>
    </message>
    <message>
        <source>Projection time &amp;limit:</source>
        <translation>Zeit&amp;limit der Projektion:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>Die Sprache wechselt beim nächsten Start.</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>The size of all text in the window; the lowest value keeps the system&apos;s</source>
        <translation>Die Größe aller Texte im Fenster; der kleinste Wert behält die des Systems</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>&amp;Schriftgröße:</translation>
    </message>
</context>
<context>
    <name>Chronoscope::ProjectionChecks</name>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>the audit needs a JavaScript projection; merge folds every payload and handles every type</source>
        <translation>die Prüfung benötigt eine JavaScript-Projektion; merge faltet jeden Payload und behandelt jeden Typ</translation>
    </message>
    <message>
        <source>the audit was cancelled</source>
        <translation>die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>projection %1 has no handler for %2 events (%3 in the streams it folds); it leaves the state as it was</source>
        <translation>Projektion %1 hat keinen Handler für %2-Ereignisse (%3 in den Streams, die sie faltet); sie lässt den Zustand unverändert</translation>
    </message>
    <message>
        <source>the stored snapshot at version %1 is not valid JSON at byte %2: %3</source>
        <translation>der gespeicherte Snapshot bei Version %1 ist kein gültiges JSON an Byte %2: %3</translation>
    </message>
    <message>
        <source>%1 and %2 more paths</source>
        <translation>%1 und %2 weitere Pfade</translation>
    </message>
    <message>
        <source>the stored snapshot at version %1 differs from the replay by %2 at %3 (stored %4, replayed %5)</source>
        <translation>der gespeicherte Snapshot bei Version %1 weicht vom Replay um %2 an %3 ab (gespeichert %4, neu berechnet %5)</translation>
    </message>
    <message>
        <source>; they part after the event at version %1</source>
        <translation>; sie trennen sich nach dem Ereignis bei Version %1</translation>
    </message>
    <message>
        <source>; no replayed state since version %1 holds the stored values, so they part after one of the events from version %2 on</source>
        <translation>; kein neu berechneter Zustand seit Version %1 hat die gespeicherten Werte, also trennen sie sich nach einem der Ereignisse ab Version %2</translation>
    </message>
    <message>
        <source> (and %1 more events)</source>
        <translation> (und %1 weitere Ereignisse)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::ProjectionDock</name>
    <message>
        <source>Projection</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Unsaved Projection</source>
        <translation>Ungespeicherte Projektion</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Discard them and open %2?</source>
        <translation>%1 hat ungespeicherte Änderungen. Verwerfen und %2 öffnen?</translation>
    </message>
    <message>
        <source> (while applying %1 at version %2 of %3)</source>
        <translation> (beim Anwenden von %1 bei Version %2 von %3)</translation>
    </message>
    <message>
        <source>Projection — %1</source>
        <translation>Projektion — %1</translation>
    </message>
    <message>
        <source> (what-if: replaying unsaved edits)</source>
        <translation> (Was-wäre-wenn: Replay ungespeicherter Änderungen)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::ProjectionEditor</name>
    <message>
        <source>Projection editor</source>
        <translation>Projektionseditor</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Replay with the edited projection without saving it (%1)</source>
        <translation>Replay mit der bearbeiteten Projektion, ohne sie zu speichern (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Write the projection to its file (%1)</source>
        <translation>Die Projektion in ihre Datei schreiben (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the edits since the file was opened or saved</source>
        <translation>Die Änderungen seit dem Öffnen oder Speichern der Datei verwerfen</translation>
    </message>
    <message>
        <source>Projection editor toolbar</source>
        <translation>Werkzeugleiste des Projektionseditors</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Trenner</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>it is %1 MiB, too large for a projection</source>
        <translation>sie ist %1 MiB groß, zu groß für eine Projektion</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>es ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>Cannot save: no file is open.</source>
        <translation>Speichern nicht möglich: keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation>%1 kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (geändert)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::ReplayService</name>
    <message>
        <source>projection %1 does not apply to stream &apos;%2&apos; (%3)</source>
        <translation>Projektion %1 gilt nicht für Stream &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>no store is open for replay</source>
        <translation>kein Store für das Replay geöffnet</translation>
    </message>
    <message>
        <source>no stream &apos;%1&apos;</source>
        <translation>kein Stream &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Chronoscope::Replayer</name>
    <message>
        <source>%1: no stream &apos;%2&apos;</source>
        <translation>%1: kein Stream &apos;%2&apos;</translation>
    </message>
    <message>
        <source>projection %1 keeps one state for the whole store; ask for a position instead of a stream</source>
        <translation>Projektion %1 hält einen Zustand für den ganzen Store; fragen Sie nach einer Position statt nach einem Stream</translation>
    </message>
    <message>
        <source>projection %1 does not apply to stream &apos;%2&apos; (%3)</source>
        <translation>Projektion %1 gilt nicht für Stream &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>version %1 is not a version</source>
        <translation>Version %1 ist keine Version</translation>
    </message>
    <message>
        <source>no stream number %1</source>
        <translation>keine Stream-Nummer %1</translation>
    </message>
    <message>
        <source>projection %1 keeps a state per stream; ask for a stream and version</source>
        <translation>Projektion %1 hält einen Zustand pro Stream; fragen Sie nach Stream und Version</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON pointer (use /field/0/child)</source>
        <translation>&apos;%1&apos; ist kein JSON-Pointer (verwenden Sie /feld/0/kind)</translation>
    </message>
    <message>
        <source>replay was cancelled</source>
        <translation>das Replay wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>Chronoscope::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action, key or place</source>
        <translation>Nach Aktion, Taste oder Ort filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action with a keyboard shortcut: its name, its keys and where it is</source>
        <translation>Jede Aktion mit Tastenkürzel: ihr Name, ihre Tasten und wo sie ist</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
</context>
<context>
    <name>Chronoscope::SqliteDataVersionWatch</name>
    <message>
        <source>cannot open a connection to watch for new events</source>
        <translation>keine Verbindung zum Beobachten neuer Ereignisse möglich</translation>
    </message>
    <message>
        <source>cannot read the data version to watch for new events</source>
        <translation>die Datenversion zum Beobachten neuer Ereignisse kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the data version</source>
        <translation>die Datenversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>SQLite data version</source>
        <translation>SQLite-Datenversion</translation>
    </message>
</context>
<context>
    <name>Chronoscope::SqliteStore</name>
    <message>
        <source>no store given</source>
        <translation>kein Store angegeben</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>is a directory, not an SQLite file</source>
        <translation>ist ein Verzeichnis, keine SQLite-Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is empty (0 bytes), not an SQLite database</source>
        <translation>ist leer (0 Bytes), keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>is not an SQLite database (no SQLite header)</source>
        <translation>ist keine SQLite-Datenbank (kein SQLite-Header)</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot read the schema</source>
        <translation>das Schema kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the columns of &apos;%1&apos;</source>
        <translation>die Spalten von &apos;%1&apos; können nicht gelesen werden</translation>
    </message>
    <message>
        <source>contains no events (table &apos;%1&apos; is empty)</source>
        <translation>enthält keine Ereignisse (Tabelle &apos;%1&apos; ist leer)</translation>
    </message>
    <message>
        <source>cannot read table &apos;%1&apos;</source>
        <translation>Tabelle &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot find the last event</source>
        <translation>das letzte Ereignis ist nicht zu finden</translation>
    </message>
    <message>
        <source>cannot read the events</source>
        <translation>die Ereignisse können nicht gelesen werden</translation>
    </message>
    <message>
        <source> after row %1</source>
        <translation> nach Zeile %1</translation>
    </message>
    <message>
        <source>cannot read events</source>
        <translation>Ereignisse können nicht gelesen werden</translation>
    </message>
    <message>
        <source>has no event at row %1</source>
        <translation>hat kein Ereignis in Zeile %1</translation>
    </message>
    <message>
        <source>cannot read the event at row %1</source>
        <translation>das Ereignis in Zeile %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot look up events by id</source>
        <translation>Ereignisse können nicht nach ID gesucht werden</translation>
    </message>
    <message>
        <source>cannot read the snapshots</source>
        <translation>die Snapshots können nicht gelesen werden</translation>
    </message>
    <message>
        <source>is not an SQLite database</source>
        <translation>ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>is corrupt (the database disk image is malformed)</source>
        <translation>ist beschädigt (das Datenbankabbild ist fehlerhaft)</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot be opened for reading</source>
        <translation>kann nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <source>a query failed</source>
        <translation>eine Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot read table &apos;%1&apos; with this mapping</source>
        <translation>Tabelle &apos;%1&apos; kann mit diesem Mapping nicht gelesen werden</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; cannot be read by %2</source>
        <translation>Tabelle &apos;%1&apos; kann von %2 nicht gelesen werden</translation>
    </message>
    <message>
        <source>contains no events (table &apos;%1&apos; has no rows the mapping keeps)</source>
        <translation>enthält keine Ereignisse (Tabelle &apos;%1&apos; hat keine Zeilen, die das Mapping behält)</translation>
    </message>
    <message>
        <source>cannot read the %1 table (it needs %2, %3, %4 and %5)</source>
        <translation>die Tabelle %1 kann nicht gelesen werden (sie braucht %2, %3, %4 und %5)</translation>
    </message>
    <message>
        <source>is read as immutable, so SQLite would not see appended events (a WAL store without its -wal and -shm files, in a folder Chronoscope cannot write to, is read that way). Reopen it while the writing application has it open</source>
        <translation>wird als unveränderlich gelesen, daher sähe SQLite angehängte Ereignisse nicht (ein WAL-Store ohne seine -wal- und -shm-Dateien in einem Ordner, in den Chronoscope nicht schreiben kann, wird so gelesen). Öffnen Sie ihn erneut, während die schreibende Anwendung ihn geöffnet hat</translation>
    </message>
</context>
<context>
    <name>Chronoscope::StateInspector</name>
    <message>
        <source>First event (Home)</source>
        <translation>Erstes Ereignis (Pos1)</translation>
    </message>
    <message>
        <source>Previous event (Left)</source>
        <translation>Vorheriges Ereignis (Links)</translation>
    </message>
    <message>
        <source>Next event (Right)</source>
        <translation>Nächstes Ereignis (Rechts)</translation>
    </message>
    <message>
        <source>Last event (End)</source>
        <translation>Letztes Ereignis (Ende)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>State inspector</source>
        <translation>Zustandsinspektor</translation>
    </message>
    <message>
        <source>Version scrubber</source>
        <translation>Versionsregler</translation>
    </message>
    <message>
        <source>Drag to travel through the stream&apos;s history; arrows, Page Up/Down, Home and End work too</source>
        <translation>Ziehen, um durch die Geschichte des Streams zu reisen; Pfeiltasten, Bild auf/ab, Pos1 und Ende gehen auch</translation>
    </message>
    <message>
        <source>Events applied</source>
        <translation>Angewendete Ereignisse</translation>
    </message>
    <message>
        <source>Number of the stream&apos;s events applied (its version when versions have no gaps)</source>
        <translation>Anzahl der angewendeten Ereignisse des Streams (seine Version, wenn Versionen lückenlos sind)</translation>
    </message>
    <message>
        <source>Go to time, e.g. 2024-10-15T14:00Z</source>
        <translation>Zeit, z. B. 2024-10-15T14:00Z</translation>
    </message>
    <message>
        <source>Go to time</source>
        <translation>Gehe zu Zeitpunkt</translation>
    </message>
    <message>
        <source>Raw payload</source>
        <translation>Roher Payload</translation>
    </message>
    <message>
        <source>Upcast payload</source>
        <translation>Payload nach Upcasting</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>As the projection sees it</source>
        <translation>Wie die Projektion es sieht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; use ISO-8601, e.g. 2024-10-15T14:00:00Z</source>
        <translation>&apos;%1&apos; ist keine Zeitangabe; verwenden Sie ISO-8601, z. B. 2024-10-15T14:00:00Z</translation>
    </message>
    <message>
        <source>No stream selected</source>
        <translation>Kein Stream ausgewählt</translation>
    </message>
    <message>
        <source>Pick a stream in the Streams dock or an event in the table.</source>
        <translation>Wählen Sie einen Stream im Bereich Streams oder ein Ereignis in der Tabelle.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Replaying to event %1…</source>
        <translation>Replay bis Ereignis %1…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>(%1 bytes; the first %2 shown)
</source>
        <translation>(%1 Bytes; die ersten %2 gezeigt)
</translation>
    </message>
    <message>
        <source>(not valid JSON)
</source>
        <translation>(kein gültiges JSON)
</translation>
    </message>
    <message>
        <source>Initial state, before the stream&apos;s first event · %1</source>
        <translation>Anfangszustand, vor dem ersten Ereignis des Streams · %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2 · position %3 · %4 · user %5 · correlation %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Version %2 · Position %3 · %4 · Benutzer %5 · Korrelation %6</translation>
    </message>
    <message>
        <source>(the projection has no upcasters; it sees the payload as stored)</source>
        <translation>(die Projektion hat keine Upcaster; sie sieht den Payload wie gespeichert)</translation>
    </message>
    <message>
        <source>No event applied yet.</source>
        <translation>Noch kein Ereignis angewendet.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Field history</source>
        <translation>Feldverlauf</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>History of %1 (%2)</source>
        <translation>Verlauf von %1 (%2)</translation>
    </message>
    <message>
        <source>Search keys and values (Ctrl+F)</source>
        <translation>Schlüssel und Werte suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search in state</source>
        <translation>Im Zustand suchen</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>What this event changed, or the state against another version, projection or snapshot</source>
        <translation>Was dieses Ereignis geändert hat, oder der Zustand gegen eine andere Version, Projektion oder einen Snapshot</translation>
    </message>
    <message>
        <source>After event %1 of %2 (version %3) · %4 · %5</source>
        <translation>Nach Ereignis %1 von %2 (Version %3) · %4 · %5</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>State views</source>
        <translation>Zustandsansichten</translation>
    </message>
    <message>
        <source>Event payload views</source>
        <translation>Ansichten des Ereignis-Payloads</translation>
    </message>
</context>
<context>
    <name>Chronoscope::StatePredicate</name>
    <message>
        <source>the expression is empty (e.g. state.status == &quot;withdrawn&quot;)</source>
        <translation>der Ausdruck ist leer (z. B. state.status == &quot;withdrawn&quot;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an expression</source>
        <translation>&apos;%1&apos; ist kein Ausdruck</translation>
    </message>
    <message>
        <source>%1 ran longer than %2 ms after %3 events</source>
        <translation>%1 lief nach %3 Ereignissen länger als %2 ms</translation>
    </message>
    <message>
        <source>%1, after %2 events</source>
        <translation>%1, nach %2 Ereignissen</translation>
    </message>
</context>
<context>
    <name>Chronoscope::StateSearchBar</name>
    <message>
        <source>Find first version where… e.g. state.status == &quot;withdrawn&quot;</source>
        <translation>Erste Version finden, in der… z. B. state.status == &quot;withdrawn&quot;</translation>
    </message>
    <message>
        <source>Find first version where</source>
        <translation>Erste Version finden, in der</translation>
    </message>
    <message>
        <source>A JavaScript expression about the state (state.…); Enter finds the first version where it holds, Shift+Enter the next one after the playhead</source>
        <translation>Ein JavaScript-Ausdruck über den Zustand (state.…); Enter findet die erste Version, in der er gilt, Umschalt+Enter die nächste nach dem Abspielkopf</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finden</translation>
    </message>
    <message>
        <source>First version where the expression holds (Enter)</source>
        <translation>Erste Version, in der der Ausdruck gilt (Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next version after the playhead where it holds (Shift+Enter)</source>
        <translation>Nächste Version nach dem Abspielkopf, in der er gilt (Umschalt+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>Suche stoppen</translation>
    </message>
    <message>
        <source>State search progress</source>
        <translation>Fortschritt der Zustandssuche</translation>
    </message>
    <message>
        <source>State search result</source>
        <translation>Ergebnis der Zustandssuche</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Suche abgebrochen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
</context>
<context>
    <name>Chronoscope::StoreScan</name>
    <message>
        <source>the audit was cancelled</source>
        <translation>die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1: the store changed since it was indexed (row %2 is not where the index has it); index it again</source>
        <translation>%1: der Store hat sich seit der Indizierung geändert (Zeile %2 ist nicht dort, wo der Index sie hat); indizieren Sie ihn erneut</translation>
    </message>
    <message>
        <source>version %1 was never written</source>
        <translation>Version %1 wurde nie geschrieben</translation>
    </message>
    <message>
        <source>versions %1 to %2 were never written</source>
        <translation>Versionen %1 bis %2 wurden nie geschrieben</translation>
    </message>
    <message>
        <source>%1 starts at version %2; %3</source>
        <translation>%1 beginnt bei Version %2; %3</translation>
    </message>
    <message>
        <source>%1 jumps from version %2 to %3; %4</source>
        <translation>%1 springt von Version %2 auf %3; %4</translation>
    </message>
    <message>
        <source>%1 has version %2 twice; the first is at position %3</source>
        <translation>%1 hat Version %2 zweimal; die erste ist an Position %3</translation>
    </message>
    <message>
        <source>%1 goes back from version %2 to %3</source>
        <translation>%1 geht von Version %2 auf %3 zurück</translation>
    </message>
    <message>
        <source>%1 goes back in time by %2 s: this event is dated %3, the one before it %4</source>
        <translation>%1 geht um %2 s in der Zeit zurück: dieses Ereignis ist auf %3 datiert, das davor auf %4</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>the %1 is not valid JSON at byte %2 of %3: %4</source>
        <translation>%1: kein gültiges JSON an Byte %2 von %3: %4</translation>
    </message>
    <message>
        <source>the %1 is not valid JSON: %2</source>
        <translation>%1: kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>event id %1 is used twice; the first event with it is at position %2 (%3 version %4)</source>
        <translation>Ereignis-ID %1 wird zweimal verwendet; das erste Ereignis damit ist an Position %2 (%3 Version %4)</translation>
    </message>
    <message>
        <source>%1 of the %2 causation ids name no event of the store: they name commands (or events kept elsewhere), so causation is not checked event by event</source>
        <translation>%1 der %2 Kausations-IDs benennen kein Ereignis des Stores: sie benennen Befehle (oder anderswo gespeicherte Ereignisse), daher wird die Kausation nicht Ereignis für Ereignis geprüft</translation>
    </message>
    <message>
        <source>the causation id %1 names the event at position %2, which comes after this one</source>
        <translation>die Kausations-ID %1 benennt das Ereignis an Position %2, das nach diesem kommt</translation>
    </message>
    <message>
        <source>the causation id %1 names no event of the store</source>
        <translation>die Kausations-ID %1 benennt kein Ereignis des Stores</translation>
    </message>
    <message>
        <source>correlation %1 has no root: every event in it names a cause, the first one the event at position %2 of another correlation</source>
        <translation>Korrelation %1 hat keine Wurzel: jedes Ereignis darin nennt eine Ursache, das erste das Ereignis an Position %2 einer anderen Korrelation</translation>
    </message>
    <message>
        <source>this compensating event names original event %1, which is not in the store</source>
        <translation>dieses kompensierende Ereignis nennt das ursprüngliche Ereignis %1, das nicht im Store ist</translation>
    </message>
</context>
<context>
    <name>Chronoscope::StoredSnapshots</name>
    <message>
        <source>%1: no stream &apos;%2&apos;</source>
        <translation>%1: kein Stream &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the store keeps no snapshots</source>
        <translation>%1: der Store speichert keine Snapshots</translation>
    </message>
    <message>
        <source>stream &apos;%1&apos; has no stored snapshot at or before version %2</source>
        <translation>Stream &apos;%1&apos; hat keinen gespeicherten Snapshot bei oder vor Version %2</translation>
    </message>
</context>
<context>
    <name>Chronoscope::StreamsModel</name>
    <message>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>aggregate type (streams)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>aggregate type (matching streams of all)</comment>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>(no stream id)</source>
        <translation>(keine Stream-ID)</translation>
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
        <translation>Erstes (UTC)</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation>Letztes (UTC)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
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
        <translation>Stream-Filter</translation>
    </message>
    <message>
        <source>Streams by aggregate type</source>
        <translation>Streams nach Aggregattyp</translation>
    </message>
</context>
<context>
    <name>Chronoscope::TimelineLanes</name>
    <message>
        <source>(no user)</source>
        <translation>(kein Benutzer)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Aggregate type</source>
        <translation>Aggregattyp</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>Chronoscope::TimelineStack</name>
    <message>
        <source>Undo Zoom</source>
        <translation>Zoom rückgängig</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Undo Time Filter</source>
        <translation>Zeitfilter rückgängig</translation>
    </message>
    <message>
        <source>Reset Time Filter</source>
        <translation>Zeitfilter zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the range shown before the last zoom</source>
        <translation>Zurück zum Bereich vor dem letzten Zoom</translation>
    </message>
    <message>
        <source>Show the whole store</source>
        <translation>Den ganzen Store zeigen</translation>
    </message>
    <message>
        <source>Drop the last time filter</source>
        <translation>Den letzten Zeitfilter verwerfen</translation>
    </message>
    <message>
        <source>Drop every time filter: all views show the whole store</source>
        <translation>Alle Zeitfilter verwerfen: alle Ansichten zeigen den ganzen Store</translation>
    </message>
</context>
<context>
    <name>Chronoscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Events over time in lanes. Wheel or plus and minus zoom, drag or arrow keys pan, drag the playhead to travel in time, shift-drag selects a range, right-drag zooms to a range, click an event to select it.</source>
        <translation>Ereignisse über die Zeit in Spuren. Mausrad oder Plus und Minus zoomen, Ziehen oder Pfeiltasten verschieben, den Abspielkopf ziehen reist in der Zeit, Umschalt-Ziehen wählt einen Bereich, Rechts-Ziehen zoomt auf einen Bereich, ein Klick auf ein Ereignis wählt es aus.</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <source>Zoom to Stream</source>
        <translation>Auf Stream zoomen</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>Auf Auswahl zoomen</translation>
    </message>
    <message>
        <source>Filter to Selection</source>
        <translation>Auf Auswahl filtern</translation>
    </message>
    <message>
        <source>Show only the selected time range in every view</source>
        <translation>Nur den gewählten Zeitbereich in allen Ansichten zeigen</translation>
    </message>
    <message>
        <source>Space Events Evenly</source>
        <translation>Ereignisse gleichmäßig verteilen</translation>
    </message>
    <message>
        <source>Space events by position instead of time, to see inside bursts</source>
        <translation>Ereignisse nach Position statt nach Zeit verteilen, um in Bursts hineinzusehen</translation>
    </message>
    <message>
        <source>Local Time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>(no valid timestamp)</source>
        <translation>(kein gültiger Zeitstempel)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>has findings</source>
        <translation>hat Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom in to see each event</source>
        <translation>Vergrößern, um jedes Ereignis zu sehen</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>Open a store to see its events over time</source>
        <translation>Öffnen Sie einen Store, um seine Ereignisse über die Zeit zu sehen</translation>
    </message>
    <message>
        <source>This store has no events</source>
        <translation>Dieser Store hat keine Ereignisse</translation>
    </message>
    <message>
        <source>Preparing the timeline…</source>
        <translation>Bereite die Zeitleiste vor…</translation>
    </message>
    <message>
        <source>Selected event %1 of stream %2, version %3, at %4</source>
        <translation>Ausgewähltes Ereignis %1 von Stream %2, Version %3, Zeit %4</translation>
    </message>
    <message>
        <source>Playhead at %1</source>
        <translation>Abspielkopf bei %1</translation>
    </message>
    <message>
        <source>Range selected from %1 to %2</source>
        <translation>Bereich ausgewählt von %1 bis %2</translation>
    </message>
    <message>
        <source>Time filter from %1 to %2</source>
        <translation>Zeitfilter von %1 bis %2</translation>
    </message>
    <message>
        <source>Lanes by stream</source>
        <translation>Spuren nach Stream</translation>
    </message>
    <message>
        <source>Lanes by aggregate type</source>
        <translation>Spuren nach Aggregattyp</translation>
    </message>
    <message>
        <source>Lanes by event type</source>
        <translation>Spuren nach Ereignistyp</translation>
    </message>
    <message>
        <source>Lanes by user</source>
        <translation>Spuren nach Benutzer</translation>
    </message>
    <message>
        <source>Start Selection at Playhead</source>
        <translation>Auswahl am Abspielkopf beginnen</translation>
    </message>
    <message>
        <source>End Selection at Playhead</source>
        <translation>Auswahl am Abspielkopf beenden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Time-travel debugger for event-sourced systems</source>
        <translation>Zeitreise-Debugger für Event-Sourcing-Systeme</translation>
    </message>
    <message>
        <source>The event store to open (an SQLite file).</source>
        <translation>Der zu öffnende Event-Store (eine SQLite-Datei).</translation>
    </message>
    <message>
        <source>Open at this stream.</source>
        <translation>Bei diesem Stream öffnen.</translation>
    </message>
    <message>
        <source>Open at this time (ISO-8601).</source>
        <translation>Zu diesem Zeitpunkt öffnen (ISO-8601).</translation>
    </message>
    <message>
        <source>Replay with FILE[#NAME] (a JavaScript projection) or &apos;merge&apos;.</source>
        <translation>Replay mit DATEI[#NAME] (eine JavaScript-Projektion) oder &apos;merge&apos;.</translation>
    </message>
    <message>
        <source>Read the store with PRESET (seed, emmett, marten, castore) or a mapping FILE.</source>
        <translation>Den Store mit PRESET (seed, emmett, marten, castore) oder einer Mapping-DATEI lesen.</translation>
    </message>
</context>
</TS>
