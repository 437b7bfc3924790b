<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Chronoscope</name>
    <message>
        <source>%1: no index to export from</source>
        <translation>%1: no hay índice del que exportar</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>command %1
1 event</source>
        <translation>comando %1
1 evento</translation>
    </message>
    <message>
        <source>command %1
%2 events</source>
        <translation>comando %1
%2 eventos</translation>
    </message>
    <message>
        <source>missing cause %1</source>
        <translation>causa ausente %1</translation>
    </message>
    <message>
        <source>(id unknown)</source>
        <translation>(id desconocido)</translation>
    </message>
    <message>
        <source>%1 more events not drawn</source>
        <translation>%1 eventos más sin dibujar</translation>
    </message>
    <message>
        <source>correlation group</source>
        <translation>grupo de correlación</translation>
    </message>
    <message>
        <source>correlation %1</source>
        <translation>correlación %1</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>posición %1</translation>
    </message>
    <message>
        <source>reverses</source>
        <translation>revierte</translation>
    </message>
    <message>
        <source>Graphviz &apos;%1&apos; could not be started (%2); install Graphviz (package graphviz)</source>
        <translation>No se pudo iniciar Graphviz &apos;%1&apos; (%2); instale Graphviz (paquete graphviz)</translation>
    </message>
    <message>
        <source>layout canceled</source>
        <translation>disposición cancelada</translation>
    </message>
    <message>
        <source>Graphviz &apos;%1&apos; took longer than %2 s and was stopped</source>
        <translation>Graphviz &apos;%1&apos; tardó más de %2 s y se detuvo</translation>
    </message>
    <message>
        <source>Graphviz &apos;%1&apos; failed (exit code %2): %3</source>
        <translation>Graphviz &apos;%1&apos; falló (código de salida %2): %3</translation>
    </message>
    <message>
        <source>unexpected output from Graphviz: %1</source>
        <translation>salida inesperada de Graphviz: %1</translation>
    </message>
    <message>
        <source>unknown node &apos;%1&apos;</source>
        <translation>nodo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown edge %1 → %2</source>
        <translation>arista desconocida %1 → %2</translation>
    </message>
    <message>
        <source>truncated edge line</source>
        <translation>línea de arista truncada</translation>
    </message>
    <message>
        <source>%1 of %2 nodes placed</source>
        <translation>%1 de %2 nodos colocados</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>posición %1: %2</translation>
    </message>
    <message>
        <source>position %1 reverses event &apos;%2&apos;, which is not in the index</source>
        <translation>la posición %1 revierte el evento &apos;%2&apos;, que no está en el índice</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no event at position %1 (positions go from 0 to %2)</source>
        <translation>no hay ningún evento en la posición %1 (las posiciones van de 0 a %2)</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>comandos</translation>
    </message>
    <message>
        <source>missing causes</source>
        <translation>causas ausentes</translation>
    </message>
    <message>
        <source>named by causation ids</source>
        <translation>nombrados por ids de causación</translation>
    </message>
    <message>
        <source>ids no event has</source>
        <translation>ids que ningún evento tiene</translation>
    </message>
    <message>
        <source>not drawn</source>
        <translation>sin dibujar</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>por encima del límite</translation>
    </message>
    <message>
        <source>the filter was cancelled</source>
        <translation>se canceló el filtro</translation>
    </message>
    <message>
        <source>the filter&apos;s SQL failed</source>
        <translation>falló el SQL del filtro</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>no tables at all</source>
        <translation>ninguna tabla</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>encontradas: %1</translation>
    </message>
    <message>
        <source>the connection to the server was lost while reading the schema</source>
        <translation>se perdió la conexión con el servidor al leer el esquema</translation>
    </message>
    <message>
        <source>permission denied: %1</source>
        <translation>permiso denegado: %1</translation>
    </message>
</context>
<context>
    <name>Chronoscope::AxisTicks</name>
    <message>
        <source>position</source>
        <translation>posición</translation>
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
        <translation>d</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
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
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>(note)</source>
        <translation>(nota)</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>Position %1; no notes (Ctrl+M adds one)</source>
        <translation>Posición %1; sin notas (Ctrl+M añade una)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Chronoscope::BookmarksView</name>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>&amp;Go to Event</source>
        <translation>&amp;Ir al evento</translation>
    </message>
    <message>
        <source>Edit &amp;Label</source>
        <translation>Editar &amp;etiqueta</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Color</translation>
    </message>
    <message>
        <source>&amp;Remove Bookmark</source>
        <translation>&amp;Quitar marcador</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n &amp;Note(s)</source>
        <translation>
            <numerusform>Quitar %n &amp;nota</numerusform>
            <numerusform>Quitar %n &amp;notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::CaseController</name>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>&amp;Toggle Bookmark</source>
        <translation>&amp;Alternar marcador</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Añadir &amp;nota…</translation>
    </message>
    <message>
        <source>Show &amp;Bookmarks</source>
        <translation>Mostrar &amp;marcadores</translation>
    </message>
    <message>
        <source>Export &amp;Case…</source>
        <translation>Exportar cas&amp;o…</translation>
    </message>
    <message>
        <source>&amp;Import Case…</source>
        <translation>Impor&amp;tar caso…</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) or note(s) of the case file name events this store does not have; they are kept.</source>
        <translation>
            <numerusform>%n marcador o nota del archivo de caso nombra un evento que este almacén no tiene; se conserva.</numerusform>
            <numerusform>%n marcadores o notas del archivo de caso nombran eventos que este almacén no tiene; se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an event to bookmark</source>
        <translation>Seleccione un evento para marcarlo</translation>
    </message>
    <message>
        <source>Bookmarked %1 (F2 in the Bookmarks dock renames it)</source>
        <translation>%1 marcado (F2 en el panel Marcadores le cambia el nombre)</translation>
    </message>
    <message>
        <source>Bookmark removed</source>
        <translation>Marcador quitado</translation>
    </message>
    <message>
        <source>Select an event to add a note to</source>
        <translation>Seleccione un evento al que añadir una nota</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Note on %1 v%2 (%3), by %4:</source>
        <translation>Nota sobre %1 v%2 (%3), de %4:</translation>
    </message>
    <message>
        <source>Imported the case %1</source>
        <translation>Se importó el caso %1</translation>
    </message>
    <message>
        <source>Export Case</source>
        <translation>Exportar caso</translation>
    </message>
    <message>
        <source>Chronoscope case files (*.chronoscope-case.json *.json)</source>
        <translation>Archivos de caso de Chronoscope (*.chronoscope-case.json *.json)</translation>
    </message>
    <message>
        <source>Case exported to %1</source>
        <translation>Caso exportado a %1</translation>
    </message>
    <message>
        <source>Import Case</source>
        <translation>Importar caso</translation>
    </message>
    <message>
        <source>Chronoscope case files (*.chronoscope-case.json *.json);;All files (*)</source>
        <translation>Archivos de caso de Chronoscope (*.chronoscope-case.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This store already has a case with bookmarks or notes. Merge the imported case into it, or replace it?</source>
        <translation>Este almacén ya tiene un caso con marcadores o notas. ¿Combinar con él el caso importado o reemplazarlo?</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
</context>
<context>
    <name>Chronoscope::CaseFile</name>
    <message>
        <source>The case file %1 cannot be read (%2); changes are saved in %3</source>
        <translation>No se puede leer el archivo de caso %1 (%2); los cambios se guardan en %3</translation>
    </message>
    <message>
        <source>The case file %1 is damaged (%2). It was kept as %3 and a new case was started.</source>
        <translation>El archivo de caso %1 está dañado (%2). Se conservó como %3 y se empezó un caso nuevo.</translation>
    </message>
    <message>
        <source>The case file %1 is damaged (%2) and cannot be moved aside; it is left as it is and changes are saved in %3.</source>
        <translation>El archivo de caso %1 está dañado (%2) y no se puede apartar; se deja como está y los cambios se guardan en %3.</translation>
    </message>
    <message>
        <source>The case file %1 was written by a newer Chronoscope (format version %2; this one writes %3). What could be read is shown; before it is first saved, the original is copied to %4.</source>
        <translation>El archivo de caso %1 lo escribió un Chronoscope más reciente (versión de formato %2; este escribe %3). Se muestra lo que se pudo leer; antes de guardarlo por primera vez, el original se copia a %4.</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: se omitió %2</translation>
    </message>
    <message>
        <source>%1: cannot keep a copy of the newer case file as %2; it was not overwritten</source>
        <translation>%1: no se puede guardar una copia del archivo de caso más reciente como %2; no se sobrescribió</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The case file cannot be written: %1</source>
        <translation>No se puede escribir el archivo de caso: %1</translation>
    </message>
    <message>
        <source>%1: not a Chronoscope case file: %2</source>
        <translation>%1: no es un archivo de caso de Chronoscope: %2</translation>
    </message>
</context>
<context>
    <name>Chronoscope::CaseFormat</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>&apos;format&apos; is not &quot;%1&quot;</source>
        <translation>&apos;format&apos; no es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;version&apos; is not a version number (1 or more)</source>
        <translation>&apos;version&apos; no es un número de versión (1 o más)</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>no es texto</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>no es una lista</translation>
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
        <translation>falta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not text</source>
        <translation>&apos;%1&apos; no es texto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; no es un número entero</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time: %2</source>
        <translation>&apos;%1&apos; no es una hora: %2</translation>
    </message>
    <message>
        <source>&apos;event&apos; is not an object</source>
        <translation>&apos;event&apos; no es un objeto</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>no es una lista</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>no es un objeto</translation>
    </message>
</context>
<context>
    <name>Chronoscope::CaseMarksDelegate</name>
    <message>
        <source>Bookmark: %1</source>
        <translation>Marcador: %1</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::CodeEditor</name>
    <message>
        <source>Line numbers</source>
        <translation>Números de línea</translation>
    </message>
    <message>
        <source>Source editor</source>
        <translation>Editor de código</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at line %2, column %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en la línea %2, columna %3&lt;br&gt;%4</translation>
    </message>
</context>
<context>
    <name>Chronoscope::CommandLine</name>
    <message>
        <source>Checking %1 of %2 events…</source>
        <translation>Comprobando %1 de %2 eventos…</translation>
    </message>
    <message>
        <source>store</source>
        <translation>almacén</translation>
    </message>
    <message>
        <source>position %1  %2 v%3</source>
        <translation>posición %1  %2 v%3</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes in %4 events (%5 s)</source>
        <translation>%1 errores, %2 avisos, %3 notas en %4 eventos (%5 s)</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of text, json</source>
        <translation>--format &apos;%1&apos; no es text ni json</translation>
    </message>
    <message>
        <source>--time-limit &apos;%1&apos; is not a number of milliseconds</source>
        <translation>--time-limit &apos;%1&apos; no es un número de milisegundos</translation>
    </message>
    <message>
        <source>--projection needs a JavaScript file; merge handles every event type</source>
        <translation>--projection necesita un archivo JavaScript; merge trata todos los tipos de evento</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Almacén:</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Mapeo:</translation>
    </message>
    <message>
        <source>%1 (table %2)</source>
        <translation>%1 (tabla %2)</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <source>Streams:</source>
        <translation>Streams:</translation>
    </message>
    <message>
        <source>Aggregate types:</source>
        <translation>Tipos de agregado:</translation>
    </message>
    <message>
        <source>Event types:</source>
        <translation>Tipos de evento:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Usuarios:</translation>
    </message>
    <message>
        <source>First event:</source>
        <translation>Primer evento:</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Último evento:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>posición %1: %2</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of table, jsonl, csv</source>
        <translation>--format &apos;%1&apos; no es table, jsonl ni csv</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a time (use ISO-8601, e.g. 2024-01-15T14:00:00Z)</source>
        <translation>--%1 &apos;%2&apos; no es una hora (use ISO-8601, p. ej. 2024-01-15T14:00:00Z)</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number ≥ 0</source>
        <translation>--limit &apos;%1&apos; no es un número entero ≥ 0</translation>
    </message>
    <message>
        <source>%1: no stream &apos;%2&apos;</source>
        <translation>%1: no hay ningún stream &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: no event type &apos;%2&apos;</source>
        <translation>%1: no hay ningún tipo de evento &apos;%2&apos;</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSICIÓN</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>HORA (UTC)</translation>
    </message>
    <message>
        <source>STREAM</source>
        <translation>STREAM</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>needs --out FILE</source>
        <translation>necesita --out ARCHIVO</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a whole number ≥ %3</source>
        <translation>--%1 &apos;%2&apos; no es un número entero ≥ %3</translation>
    </message>
    <message>
        <source>Writing %1 of %2 events…</source>
        <translation>Escribiendo %1 de %2 eventos…</translation>
    </message>
    <message>
        <source>Wrote %1 events in %2 streams to %3</source>
        <translation>Se escribieron %1 eventos en %2 streams en %3</translation>
    </message>
    <message>
        <source>Anomalies listed in %1</source>
        <translation>Anomalías listadas en %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Indexing %1 of %2 events…</source>
        <translation>Indexando %1 de %2 eventos…</translation>
    </message>
    <message>
        <source>needs a STORE (an SQLite file)</source>
        <translation>necesita un STORE (un archivo SQLite)</translation>
    </message>
    <message>
        <source>takes one STORE, got %1</source>
        <translation>admite un STORE, recibió %1</translation>
    </message>
    <message>
        <source>--position &apos;%1&apos; is not a position of %2 (0 to %3)</source>
        <translation>--position &apos;%1&apos; no es una posición de %2 (0 a %3)</translation>
    </message>
    <message>
        <source>%1: no event &apos;%2&apos;</source>
        <translation>%1: no hay ningún evento &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: no event with correlation &apos;%2&apos;</source>
        <translation>%1: ningún evento con la correlación &apos;%2&apos;</translation>
    </message>
    <message>
        <source>needs one of --event ID, --position N or --correlation ID</source>
        <translation>necesita --event ID, --position N o --correlation ID</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of dot, json, svg</source>
        <translation>--format &apos;%1&apos; no es dot, json ni svg</translation>
    </message>
    <message>
        <source>--direction &apos;%1&apos; is not TB or LR</source>
        <translation>--direction &apos;%1&apos; no es TB ni LR</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; is not a whole number ≥ 1</source>
        <translation>--limit &apos;%1&apos; no es un número entero ≥ 1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>needs --stream ID</source>
        <translation>necesita --stream ID</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a version (a whole number ≥ 0)</source>
        <translation>--%1 &apos;%2&apos; no es una versión (un número entero ≥ 0)</translation>
    </message>
    <message>
        <source>give --version or --at, not both</source>
        <translation>indique --version o --at, no ambos</translation>
    </message>
    <message>
        <source>--at &apos;%1&apos; is not a time (use ISO-8601, e.g. 2024-01-15T14:00:00Z)</source>
        <translation>--at &apos;%1&apos; no es una hora (use ISO-8601, p. ej. 2024-01-15T14:00:00Z)</translation>
    </message>
    <message>
        <source>--at needs a projection; stored snapshots are asked for by --version</source>
        <translation>--at necesita una proyección; las instantáneas guardadas se piden con --version</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>needs --path /json/pointer</source>
        <translation>necesita --path /json/pointer</translation>
    </message>
    <message>
        <source>blame needs a projection to replay, not stored snapshots</source>
        <translation>blame necesita una proyección que reproducir, no instantáneas guardadas</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of patch, tree</source>
        <translation>--format &apos;%1&apos; no es patch ni tree</translation>
    </message>
    <message>
        <source>give --from V1 --to V2, or --version N --projection A --vs B</source>
        <translation>indique --from V1 --to V2, o --version N --projection A --vs B</translation>
    </message>
    <message>
        <source>needs one of --stream ID, --correlation ID or --aggregate-type T</source>
        <translation>necesita --stream ID, --correlation ID o --aggregate-type T</translation>
    </message>
    <message>
        <source>the selection&apos;s id is empty</source>
        <translation>el id de la selección está vacío</translation>
    </message>
    <message>
        <source>needs one of --at TIME or --version N</source>
        <translation>necesita --at HORA o --version N</translation>
    </message>
    <message>
        <source>--version &apos;%1&apos; is not a version (a whole number ≥ 0)</source>
        <translation>--version &apos;%1&apos; no es una versión (un número entero ≥ 0)</translation>
    </message>
    <message>
        <source>needs -o FILE</source>
        <translation>necesita -o ARCHIVO</translation>
    </message>
    <message>
        <source>--redact: &apos;%1&apos; is not a JSON pointer (it starts with &apos;/&apos;)</source>
        <translation>--redact: &apos;%1&apos; no es un puntero JSON (empieza por &apos;/&apos;)</translation>
    </message>
    <message>
        <source>--redact needs at least one JSON pointer</source>
        <translation>--redact necesita al menos un puntero JSON</translation>
    </message>
    <message>
        <source>--redact needs --salt S (without it the hashes could be guessed)</source>
        <translation>--redact necesita --salt S (sin él se podrían adivinar los hashes)</translation>
    </message>
    <message>
        <source>--salt is only used with --redact</source>
        <translation>--salt solo se usa con --redact</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 events, digest %3</source>
        <translation>Se escribió %1: %2 eventos, resumen %3</translation>
    </message>
    <message>
        <source>needs a REPORT and a STORE</source>
        <translation>necesita un REPORT y un STORE</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>mismatch: %1</source>
        <translation>discrepancia: %1</translation>
    </message>
    <message>
        <source>match: %1 events, digest %2</source>
        <translation>coincide: %1 eventos, resumen %2</translation>
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
        <translation>Uso:   chronoscope [STORE]                 abre la interfaz (con STORE)
       chronoscope info STORE [--json]     recuentos, intervalo, mapeo, problemas
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
       chronoscope mapping STORE            imprime, como archivo, el mapeo con el que se lee STORE
Códigos de salida: 0 éxito, 1 verify encontró errores o avisos (verify-report: discrepancia),
            2 entrada no válida, 3 falló la proyección (su archivo:línea y el evento).
Opciones de los comandos con STORE: --no-cache (no leer ni escribir la caché del índice)
                            --mapping PRESET|FILE (seed, emmett, marten, castore o un
                            archivo de mapeo, véase docs/mappings.md; por defecto: detectado)
Entorno: CHRONOSCOPE_CACHE_DIR indica dónde se guardan las cachés del índice.
</translation>
    </message>
    <message>
        <source>writes the seed schema; --mapping does not apply</source>
        <translation>escribe el esquema seed; --mapping no se aplica</translation>
    </message>
    <message>
        <source>needs --where EXPR (e.g. --where &apos;state.status == &quot;withdrawn&quot;&apos;)</source>
        <translation>necesita --where EXPR (p. ej. --where &apos;state.status == &quot;withdrawn&quot;&apos;)</translation>
    </message>
    <message>
        <source>find-state needs a projection to replay, not stored snapshots</source>
        <translation>find-state necesita una proyección que reproducir, no instantáneas guardadas</translation>
    </message>
    <message>
        <source>%1: no version where %2</source>
        <translation>%1: ninguna versión en la que %2</translation>
    </message>
    <message>
        <source>%1: the initial state (version 0) already satisfies %2</source>
        <translation>%1: el estado inicial (versión 0) ya cumple %2</translation>
    </message>
    <message>
        <source>%1: version %2 (event %3, position %4, %5 at %6)</source>
        <translation>%1: versión %2 (evento %3, posición %4, %5 a las %6)</translation>
    </message>
    <message>
        <source>needs --format pdf|html|json|csv</source>
        <translation>necesita --format pdf|html|json|csv</translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not one of pdf, html, json, csv</source>
        <translation>--format &apos;%1&apos; no es pdf, html, json ni csv</translation>
    </message>
    <message>
        <source>--page-size &apos;%1&apos; is not a4 or letter</source>
        <translation>--page-size &apos;%1&apos; no es a4 ni letter</translation>
    </message>
    <message>
        <source>--page-size is only used with --format pdf</source>
        <translation>--page-size solo se usa con --format pdf</translation>
    </message>
</context>
<context>
    <name>Chronoscope::DiffColors</name>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>changed inside</source>
        <translation>cambiado por dentro</translation>
    </message>
</context>
<context>
    <name>Chronoscope::DiffView</name>
    <message>
        <source>initial state · %1</source>
        <translation>estado inicial · %1</translation>
    </message>
    <message>
        <source>version %1 · %2 · %3</source>
        <translation>versión %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>What this event changed</source>
        <translation>Lo que cambió este evento</translation>
    </message>
    <message>
        <source>Against another version</source>
        <translation>Frente a otra versión</translation>
    </message>
    <message>
        <source>Against another projection</source>
        <translation>Frente a otra proyección</translation>
    </message>
    <message>
        <source>Stored snapshot against replay</source>
        <translation>Instantánea guardada frente a reproducción</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>What the state at the playhead is compared with</source>
        <translation>Con qué se compara el estado en el cabezal</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Otra versión</translation>
    </message>
    <message>
        <source>The number of the stream&apos;s events applied on the other side</source>
        <translation>El número de eventos del stream aplicados en el otro lado</translation>
    </message>
    <message>
        <source>events: </source>
        <translation>eventos: </translation>
    </message>
    <message>
        <source>Choose projection…</source>
        <translation>Elegir proyección…</translation>
    </message>
    <message>
        <source>Other projection</source>
        <translation>Otra proyección</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Show the two states next to each other instead of one tree with old → new</source>
        <translation>Mostrar los dos estados uno junto al otro en lugar de un árbol con antiguo → nuevo</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Solo cambios</translation>
    </message>
    <message>
        <source>Hide the fields that are the same on both sides</source>
        <translation>Ocultar los campos iguales en ambos lados</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>Choose the projection to compare with.</source>
        <translation>Elija la proyección con la que comparar.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>The initial state: no event applied yet.</source>
        <translation>El estado inicial: aún no se ha aplicado ningún evento.</translation>
    </message>
    <message>
        <source>before this event</source>
        <translation>antes de este evento</translation>
    </message>
    <message>
        <source>stored snapshot at version %1</source>
        <translation>instantánea guardada en la versión %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Antes:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;After:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Después:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No differences · %1</source>
        <translation>Sin diferencias · %1</translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed · %4</source>
        <translation>%1 cambiados, %2 añadidos, %3 eliminados · %4</translation>
    </message>
    <message>
        <source>Move the playhead to see what its event changed.</source>
        <translation>Mueva el cabezal para ver qué cambió su evento.</translation>
    </message>
</context>
<context>
    <name>Chronoscope::EventDetailsLoader</name>
    <message>
        <source>(%1 bytes) %2</source>
        <translation>(%1 bytes) %2</translation>
    </message>
</context>
<context>
    <name>Chronoscope::EventDetailsWorker</name>
    <message>
        <source>(unreadable: %1)</source>
        <translation>(ilegible: %1)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::EventTableModel</name>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Hora (local)</translation>
    </message>
    <message>
        <source>Time (relative to #%1)</source>
        <translation>Hora (relativa a #%1)</translation>
    </message>
    <message>
        <source>Time (relative)</source>
        <translation>Hora (relativa)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlación</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
</context>
<context>
    <name>Chronoscope::EventTableView</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>Horas en &amp;UTC</translation>
    </message>
    <message>
        <source>Times in &amp;Local Time</source>
        <translation>Horas en hora &amp;local</translation>
    </message>
    <message>
        <source>Times &amp;Relative to the Reference Event</source>
        <translation>Horas &amp;relativas al evento de referencia</translation>
    </message>
    <message>
        <source>Show Times &amp;Relative to This Event</source>
        <translation>Mostrar horas &amp;relativas a este evento</translation>
    </message>
</context>
<context>
    <name>Chronoscope::ExportReportDialog</name>
    <message>
        <source>PDF (for people, paginated)</source>
        <translation>PDF (para personas, paginado)</translation>
    </message>
    <message>
        <source>HTML (one self-contained page)</source>
        <translation>HTML (una página autónoma)</translation>
    </message>
    <message>
        <source>JSON (for machines)</source>
        <translation>JSON (para máquinas)</translation>
    </message>
    <message>
        <source>CSV (the history)</source>
        <translation>CSV (el historial)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Preview: name what to report on, then Refresh Preview</source>
        <translation>Vista previa: indique sobre qué informar y pulse Actualizar vista previa</translation>
    </message>
    <message>
        <source>Report on</source>
        <translation>Informe sobre</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Correlación</translation>
    </message>
    <message>
        <source>Aggregate type</source>
        <translation>Tipo de agregado</translation>
    </message>
    <message>
        <source>Selection id</source>
        <translation>Id de la selección</translation>
    </message>
    <message>
        <source>&amp;Selection:</source>
        <translation>&amp;Selección:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>merge (each payload merged into the state)</source>
        <translation>merge (cada carga útil se combina en el estado)</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>Proyección:</translation>
    </message>
    <message>
        <source>As of (defaults to the playhead)</source>
        <translation>A fecha de (por defecto, el cabezal)</translation>
    </message>
    <message>
        <source>&amp;Time (UTC):</source>
        <translation>&amp;Hora (UTC):</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>Stream … as of … (default)</source>
        <translation>Stream … a fecha de … (por defecto)</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Archivo del informe</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>Redaction (optional)</source>
        <translation>Ocultación (opcional)</translation>
    </message>
    <message>
        <source>/familyName, /children/0/birthDate</source>
        <translation>/familyName, /children/0/birthDate</translation>
    </message>
    <message>
        <source>JSON pointers into each state whose values are replaced by salted hashes in every format; the digest still verifies against the store</source>
        <translation>Punteros JSON en cada estado cuyos valores se sustituyen por hashes con sal en todos los formatos; el resumen sigue verificándose contra el almacén</translation>
    </message>
    <message>
        <source>needed with redaction; keep it to check a value later</source>
        <translation>necesaria con ocultación; consérvela para comprobar un valor más tarde</translation>
    </message>
    <message>
        <source>&amp;Hide values at:</source>
        <translation>&amp;Ocultar valores en:</translation>
    </message>
    <message>
        <source>S&amp;alt:</source>
        <translation>S&amp;al:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Refresh Preview</source>
        <translation>Ac&amp;tualizar vista previa</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>family-000005</source>
        <translation>family-000005</translation>
    </message>
    <message>
        <source>the correlation id of the selected event</source>
        <translation>el id de correlación del evento seleccionado</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (use ISO-8601, e.g. 2024-10-15T14:00:00Z).</source>
        <translation>&apos;%1&apos; no es una hora (use ISO-8601, p. ej. 2024-10-15T14:00:00Z).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON pointer (it starts with &apos;/&apos;).</source>
        <translation>&apos;%1&apos; no es un puntero JSON (empieza por &apos;/&apos;).</translation>
    </message>
    <message>
        <source>Redaction needs a salt (without one the hashes could be guessed).</source>
        <translation>La ocultación necesita una sal (sin ella se podrían adivinar los hashes).</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que escribir.</translation>
    </message>
    <message>
        <source>%1: a report never overwrites the store.</source>
        <translation>%1: un informe nunca sobrescribe el almacén.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file.</source>
        <translation>%1 es una carpeta; indique un archivo.</translation>
    </message>
    <message>
        <source>Preview: building the report…</source>
        <translation>Vista previa: generando el informe…</translation>
    </message>
    <message>
        <source>Preview: the first %1 of %2 events (the export has them all)</source>
        <translation>Vista previa: los primeros %1 de %2 eventos (la exportación los tiene todos)</translation>
    </message>
    <message>
        <source>Preview: the whole report (history rows: %1), digest %2</source>
        <translation>Vista previa: el informe completo (filas del historial: %1), resumen %2</translation>
    </message>
    <message>
        <source>&amp;Stop Export</source>
        <translation>&amp;Detener exportación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Preview: stopped for the export (Refresh Preview rebuilds it)</source>
        <translation>Vista previa: detenida para la exportación (Actualizar vista previa la regenera)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 events, digest %3</source>
        <translation>Se escribió %1: %2 eventos, resumen %3</translation>
    </message>
    <message>
        <source>Name the stream to report on.</source>
        <translation>Indique el stream sobre el que informar.</translation>
    </message>
    <message>
        <source>Name the correlation to report on.</source>
        <translation>Indique la correlación sobre la que informar.</translation>
    </message>
    <message>
        <source>Name the aggregate type to report on.</source>
        <translation>Indique el tipo de agregado sobre el que informar.</translation>
    </message>
    <message>
        <source>Name what to report on.</source>
        <translation>Indique sobre qué informar.</translation>
    </message>
</context>
<context>
    <name>Chronoscope::FilterBar</name>
    <message>
        <source>&amp;Filter Language</source>
        <translation>Lenguaje de &amp;filtros</translation>
    </message>
    <message>
        <source>Filter events, e.g. type == PaymentOverdue and data.amountDue &gt; 400 (Ctrl+Shift+F)</source>
        <translation>Filtrar eventos, p. ej. type == PaymentOverdue and data.amountDue &gt; 400 (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Filtro de eventos</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <source>Saved filters: save the current one under a name, apply or delete one</source>
        <translation>Filtros guardados: guardar el actual con un nombre, aplicar uno o eliminarlo</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>The filter language (Help &gt; Filter Language)</source>
        <translation>El lenguaje de filtros (Ayuda &gt; Lenguaje de filtros)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the payload filter; the table keeps the previous result</source>
        <translation>Detener el filtro de carga útil; la tabla conserva el resultado anterior</translation>
    </message>
    <message>
        <source>Filter progress</source>
        <translation>Progreso del filtro</translation>
    </message>
    <message>
        <source>Filter summary</source>
        <translation>Resumen del filtro</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Error del filtro</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Events the filter matches, of all events</source>
        <translation>Eventos que cumplen el filtro, de todos los eventos</translation>
    </message>
    <message>
        <source>Reading payloads…</source>
        <translation>Leyendo cargas útiles…</translation>
    </message>
    <message>
        <source>Save Current Filter…</source>
        <translation>Guardar el filtro actual…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>Nombre para %1:</translation>
    </message>
    <message>
        <source>Filter Language</source>
        <translation>Lenguaje de filtros</translation>
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
        <translation>&lt;p&gt;Una línea elige eventos. Pulse Intro para aplicarla; una línea vacía los muestra todos.&lt;/p&gt;&lt;pre&gt;filter     := or
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
            | 2024-10-01[T14:00:00Z] | -2h | -30m | -7d (relativo a ahora)&lt;/pre&gt;&lt;p&gt;Ejemplos: &lt;code&gt;type == PaymentOverdue and data.amountDue &amp;gt; 400&lt;/code&gt;, &lt;code&gt;stream ~ &quot;family-12*&quot; and time &amp;gt; 2024-10-01&lt;/code&gt;, &lt;code&gt;user != system and exists data.currency&lt;/code&gt;, &lt;code&gt;data.items[0].sku == &quot;SKU-10000&quot;&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Ctrl+Mayús+F pone el foco en la barra; Arriba/Abajo recorren el historial; Tab o Intro aceptan una sugerencia; Esc cancela un filtro de carga útil. Los detalles están en docs/filter-language.md.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Chronoscope::FilterError</name>
    <message>
        <source>column %1: %2</source>
        <translation>columna %1: %2</translation>
    </message>
</context>
<context>
    <name>Chronoscope::FilterEvaluator</name>
    <message>
        <source>the filter reads payloads, but no store is open</source>
        <translation>el filtro lee cargas útiles, pero no hay ningún almacén abierto</translation>
    </message>
</context>
<context>
    <name>Chronoscope::Finding</name>
    <message>
        <source>Version gap</source>
        <translation>Hueco de versiones</translation>
    </message>
    <message>
        <source>Duplicate version</source>
        <translation>Versión duplicada</translation>
    </message>
    <message>
        <source>Version out of order</source>
        <translation>Versión fuera de orden</translation>
    </message>
    <message>
        <source>Duplicate event id</source>
        <translation>Id de evento duplicado</translation>
    </message>
    <message>
        <source>Timestamp goes back</source>
        <translation>La marca de tiempo retrocede</translation>
    </message>
    <message>
        <source>Unparseable timestamp</source>
        <translation>Marca de tiempo ilegible</translation>
    </message>
    <message>
        <source>Missing timestamp</source>
        <translation>Falta la marca de tiempo</translation>
    </message>
    <message>
        <source>Missing stream id</source>
        <translation>Falta el id del stream</translation>
    </message>
    <message>
        <source>Bad version</source>
        <translation>Versión no válida</translation>
    </message>
    <message>
        <source>Too many event types</source>
        <translation>Demasiados tipos de evento</translation>
    </message>
    <message>
        <source>Dangling causation</source>
        <translation>Causación colgante</translation>
    </message>
    <message>
        <source>Causation ids name commands</source>
        <translation>Los ids de causación nombran comandos</translation>
    </message>
    <message>
        <source>Correlation without root</source>
        <translation>Correlación sin raíz</translation>
    </message>
    <message>
        <source>Malformed payload</source>
        <translation>Carga útil mal formada</translation>
    </message>
    <message>
        <source>Malformed metadata</source>
        <translation>Metadatos mal formados</translation>
    </message>
    <message>
        <source>Compensated event missing</source>
        <translation>Falta el evento compensado</translation>
    </message>
    <message>
        <source>Event type not handled</source>
        <translation>Tipo de evento no tratado</translation>
    </message>
    <message>
        <source>Projection error</source>
        <translation>Error de proyección</translation>
    </message>
    <message>
        <source>Snapshot drift</source>
        <translation>Deriva de instantánea</translation>
    </message>
    <message>
        <source>Malformed snapshot</source>
        <translation>Instantánea mal formada</translation>
    </message>
</context>
<context>
    <name>Chronoscope::FindingsModel</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
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
            <numerusform>%1: %n hallazgo de %2</numerusform>
            <numerusform>%1: %n hallazgos de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(store)</source>
        <translation>(almacén)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
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
        <translation>Sobre todo el almacén</translation>
    </message>
    <message>
        <source>Stream %1, version %2, position %3</source>
        <translation>Stream %1, versión %2, posición %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Event id %1</source>
        <translation>Id de evento %1</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Hora %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Pruebas:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Filter findings (message, stream, code, position)</source>
        <translation>Filtrar hallazgos (mensaje, stream, código, posición)</translation>
    </message>
    <message>
        <source>Findings filter</source>
        <translation>Filtro de hallazgos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avisos y errores</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Minimum severity</source>
        <translation>Gravedad mínima</translation>
    </message>
    <message>
        <source>Findings by code</source>
        <translation>Hallazgos por código</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Detalles del hallazgo</translation>
    </message>
    <message>
        <source>Select a finding to see its evidence.</source>
        <translation>Seleccione un hallazgo para ver sus pruebas.</translation>
    </message>
    <message>
        <source>Findings summary</source>
        <translation>Resumen de hallazgos</translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation>Estado de la auditoría</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Progreso de la auditoría</translation>
    </message>
    <message>
        <source>Cancel audit</source>
        <translation>Cancelar auditoría</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Sin hallazgos</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
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
            <numerusform>%1 (%n mostrado)</numerusform>
            <numerusform>%1 (%n mostrados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Select one to see its event and evidence.</source>
        <translation>
            <numerusform>%n hallazgo. Seleccione uno para ver su evento y sus pruebas.</numerusform>
            <numerusform>%n hallazgos. Seleccione uno para ver su evento y sus pruebas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphCanvas</name>
    <message>
        <source>Event graph</source>
        <translation>Grafo de eventos</translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphNavigator</name>
    <message>
        <source>Highlighted event %1 of stream %2, version %3, at %4; %5</source>
        <translation>Evento resaltado %1 del stream %2, versión %3, hora %4; %5</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphNodeItem</name>
    <message>
        <source>(no time)</source>
        <translation>(sin hora)</translation>
    </message>
    <message>
        <source>%1
%2 (%3) version %4
%5
position %6
event id %7</source>
        <translation>%1
%2 (%3) versión %4
%5
posición %6
id de evento %7</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(no leído)</translation>
    </message>
    <message>
        <source>Command %1: the causation id of 1 event; no event has this id</source>
        <translation>Comando %1: el id de causación de 1 evento; ningún evento tiene este id</translation>
    </message>
    <message>
        <source>Command %1: the causation id of %2 events; no event has this id</source>
        <translation>Comando %1: el id de causación de %2 eventos; ningún evento tiene este id</translation>
    </message>
    <message>
        <source>Causation id %1 names no event of this store</source>
        <translation>El id de causación %1 no nombra ningún evento de este almacén</translation>
    </message>
    <message>
        <source>%1 more events of this group are not drawn; click to draw them</source>
        <translation>%1 eventos más de este grupo no están dibujados; haga clic para dibujarlos</translation>
    </message>
    <message>
        <source>%1 · v%2</source>
        <translation>%1 · v%2</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>Missing cause</source>
        <translation>Causa ausente</translation>
    </message>
    <message>
        <source>(id not read)</source>
        <translation>(id no leído)</translation>
    </message>
    <message>
        <source>%1 more events</source>
        <translation>%1 eventos más</translation>
    </message>
    <message>
        <source>click to draw more</source>
        <translation>haga clic para dibujar más</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of real time left out here</source>
        <translation>%1 de tiempo real omitido aquí</translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphOverview</name>
    <message>
        <source>Graph overview</source>
        <translation>Vista general del grafo</translation>
    </message>
    <message>
        <source>The whole graph; click or drag to move the view</source>
        <translation>El grafo completo; haga clic o arrastre para mover la vista</translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphScene</name>
    <message>
        <source>reverses</source>
        <translation>revierte</translation>
    </message>
    <message>
        <source>slowest +%1</source>
        <translation>más lento +%1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>(id not read)</source>
        <translation>(id no leído)</translation>
    </message>
    <message>
        <source>correlation %1 · %2 events</source>
        <translation>correlación %1 · %2 eventos</translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphView</name>
    <message>
        <source>Correlation graph</source>
        <translation>Grafo de correlación</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Causes above effects, laid out by Graphviz dot</source>
        <translation>Causas sobre efectos, dispuestas por Graphviz dot</translation>
    </message>
    <message>
        <source>Swimlanes</source>
        <translation>Carriles</translation>
    </message>
    <message>
        <source>One lane per stream along real time, with the critical path</source>
        <translation>Un carril por stream a lo largo del tiempo real, con la ruta crítica</translation>
    </message>
    <message>
        <source>Top-down</source>
        <translation>Descendente</translation>
    </message>
    <message>
        <source>Left-right</source>
        <translation>Izquierda-derecha</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole graph (0)</source>
        <translation>Mostrar el grafo completo (0)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Building the graph…</source>
        <translation>Construyendo el grafo…</translation>
    </message>
    <message>
        <source>Select an event to see what it caused, across streams.</source>
        <translation>Seleccione un evento para ver lo que causó, a través de los streams.</translation>
    </message>
    <message>
        <source>No graph: %1</source>
        <translation>Sin grafo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n stream(s)</source>
        <translation>
            <numerusform>en %n stream</numerusform>
            <numerusform>en %n streams</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more not drawn</source>
        <translation>%1 más sin dibujar</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>slowest %1 → %2 (%3)</source>
        <translation>paso más lento %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>critical path %1 in one step</source>
        <translation>ruta crítica %1 en un paso</translation>
    </message>
    <message>
        <source>critical path %1 over %2 steps</source>
        <translation>ruta crítica %1 en %2 pasos</translation>
    </message>
    <message>
        <source>causation ids name commands</source>
        <translation>los ids de causación nombran comandos</translation>
    </message>
    <message>
        <source>Layers unavailable: %1</source>
        <translation>Capas no disponibles: %1</translation>
    </message>
    <message>
        <source>Store not read: %1</source>
        <translation>Almacén no leído: %1</translation>
    </message>
    <message>
        <source>1 warning: %1</source>
        <translation>1 aviso: %1</translation>
    </message>
    <message>
        <source>%1 warnings, the first: %2</source>
        <translation>%1 avisos, el primero: %2</translation>
    </message>
    <message>
        <source>Canceled; showing the previous graph.</source>
        <translation>Cancelado; se muestra el grafo anterior.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>Chronoscope::IndexBuilder</name>
    <message>
        <source>indexing was cancelled</source>
        <translation>se canceló la indexación</translation>
    </message>
    <message>
        <source>contains no events</source>
        <translation>no contiene eventos</translation>
    </message>
    <message>
        <source>there is no index to extend</source>
        <translation>no hay ningún índice que ampliar</translation>
    </message>
</context>
<context>
    <name>Chronoscope::IndexCache</name>
    <message>
        <source>the store changed while it was being indexed</source>
        <translation>el almacén cambió mientras se indexaba</translation>
    </message>
    <message>
        <source>%1: cannot create the cache directory</source>
        <translation>%1: no se puede crear el directorio de caché</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>no cache yet</source>
        <translation>aún no hay caché</translation>
    </message>
    <message>
        <source>%1: cannot be read or is truncated</source>
        <translation>%1: no se puede leer o está truncado</translation>
    </message>
    <message>
        <source>%1: cannot be mapped: %2</source>
        <translation>%1: no se puede mapear: %2</translation>
    </message>
    <message>
        <source>not a cache of this version</source>
        <translation>no es una caché de esta versión</translation>
    </message>
    <message>
        <source>belongs to another store or mapping</source>
        <translation>pertenece a otro almacén o mapeo</translation>
    </message>
    <message>
        <source>truncated or damaged (checksum mismatch)</source>
        <translation>truncado o dañado (la suma de comprobación no coincide)</translation>
    </message>
    <message>
        <source>inconsistent contents</source>
        <translation>contenido incoherente</translation>
    </message>
    <message>
        <source>the store is not the one that was cached (first or last row differs)</source>
        <translation>el almacén no es el que se guardó en caché (la primera o la última fila difiere)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::IndexProblem</name>
    <message>
        <source>timestamp &apos;%1&apos; cannot be parsed</source>
        <translation>no se puede interpretar la marca de tiempo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the event has no timestamp</source>
        <translation>el evento no tiene marca de tiempo</translation>
    </message>
    <message>
        <source>the event has no stream id</source>
        <translation>el evento no tiene id de stream</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; is not a whole number from 0 to 2147483647</source>
        <translation>la versión &apos;%1&apos; no es un número entero de 0 a 2147483647</translation>
    </message>
    <message>
        <source>event type &apos;%1&apos; exceeds the limit of 65535 distinct types</source>
        <translation>el tipo de evento &apos;%1&apos; supera el límite de 65535 tipos distintos</translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsProjection</name>
    <message>
        <source>%1: does not exist</source>
        <translation>%1: no existe</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: loading the script took longer than %2 ms</source>
        <translation>%1: cargar el script tardó más de %2 ms</translation>
    </message>
    <message>
        <source>%1: defines no projection (call projection({...}) or fromAll()/fromCategory()…)</source>
        <translation>%1: no define ninguna proyección (llame a projection({...}) o fromAll()/fromCategory()…)</translation>
    </message>
    <message>
        <source>%1 has no projection &apos;%2&apos;; it defines: %3</source>
        <translation>%1 no tiene ninguna proyección &apos;%2&apos;; define: %3</translation>
    </message>
    <message>
        <source>%1: none of its projections (%2) applies to stream &apos;%3&apos;</source>
        <translation>%1: ninguna de sus proyecciones (%2) se aplica al stream &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the projection ran longer than %1 ms and was interrupted</source>
        <translation>la proyección se ejecutó más de %1 ms y se interrumpió</translation>
    </message>
    <message>
        <source>init() ran longer than %1 ms and was interrupted</source>
        <translation>init() se ejecutó más de %1 ms y se interrumpió</translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsonChecker</name>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>anidado a más de %1 niveles</translation>
    </message>
    <message>
        <source>too large to check (%1 bytes)</source>
        <translation>demasiado grande para comprobarlo (%1 bytes)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsonPath</name>
    <message>
        <source>a JSON path starts with &apos;$&apos; (as in &quot;$.correlationId&quot;)</source>
        <translation>una ruta JSON empieza por &apos;$&apos; (como en &quot;$.correlationId&quot;)</translation>
    </message>
    <message>
        <source>unclosed quote at character %1</source>
        <translation>comillas sin cerrar en el carácter %1</translation>
    </message>
    <message>
        <source>a key is expected after &apos;.&apos; at character %1</source>
        <translation>se espera una clave después de &apos;.&apos; en el carácter %1</translation>
    </message>
    <message>
        <source>an array index [N] is expected at character %1</source>
        <translation>se espera un índice de array [N] en el carácter %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at character %2 (steps are .key, .&quot;key&quot; or [N])</source>
        <translation>&apos;%1&apos; inesperado en el carácter %2 (los pasos son .key, .&quot;key&quot; o [N])</translation>
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
        <translation>booleano</translation>
    </message>
    <message>
        <source>number</source>
        <comment>JSON type</comment>
        <translation>número</translation>
    </message>
    <message>
        <source>string</source>
        <comment>JSON type</comment>
        <translation>cadena</translation>
    </message>
    <message>
        <source>object</source>
        <comment>JSON type</comment>
        <translation>objeto</translation>
    </message>
    <message>
        <source>array</source>
        <comment>JSON type</comment>
        <translation>array</translation>
    </message>
    <message>
        <source>{1 key}</source>
        <translation>{1 clave}</translation>
    </message>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n clave}</numerusform>
            <numerusform>{%n claves}</numerusform>
        </translation>
    </message>
    <message>
        <source>[1 item]</source>
        <translation>[1 elemento]</translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>children of an object or array</comment>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>children of an object or array</comment>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>children of an object or array</comment>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(raíz)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsonTreeView</name>
    <message>
        <source>Field History</source>
        <translation>Historial del campo</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy JSON Pointer</source>
        <translation>Copiar puntero JSON</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Contraer todo</translation>
    </message>
</context>
<context>
    <name>Chronoscope::LastRowIdWatch</name>
    <message>
        <source>polling the last position</source>
        <translation>consultando la última posición</translation>
    </message>
</context>
<context>
    <name>Chronoscope::LiveFollowControl</name>
    <message>
        <source>&amp;Follow Live Updates</source>
        <translation>&amp;Seguir actualizaciones en vivo</translation>
    </message>
    <message>
        <source>Show events as other programs append them to the store (Ctrl+Shift+L pauses and resumes)</source>
        <translation>Mostrar los eventos a medida que otros programas los añaden al almacén (Ctrl+Mayús+L pausa y reanuda)</translation>
    </message>
    <message>
        <source>Live follow state</source>
        <translation>Estado del seguimiento en vivo</translation>
    </message>
    <message>
        <source>Pause or follow live updates</source>
        <translation>Pausar o seguir las actualizaciones en vivo</translation>
    </message>
    <message>
        <source>could not be read any more (%1)</source>
        <translation>ya no se pudo leer (%1)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Live follow unavailable</source>
        <translation>Seguimiento en vivo no disponible</translation>
    </message>
    <message>
        <source>Live follow is unavailable: the store %1</source>
        <translation>El seguimiento en vivo no está disponible: el almacén %1</translation>
    </message>
    <message>
        <source>Watching the store for appended events (%1)</source>
        <translation>Vigilando el almacén por si se añaden eventos (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Following — %n new event(s)</source>
        <translation>
            <numerusform>Siguiendo — %n evento nuevo</numerusform>
            <numerusform>Siguiendo — %n eventos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n new event(s) waiting</source>
        <translation>
            <numerusform>En pausa — %n evento nuevo en espera</numerusform>
            <numerusform>En pausa — %n eventos nuevos en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>Chronoscope::LiveFollower</name>
    <message>
        <source>has not been indexed yet</source>
        <translation>aún no se ha indexado</translation>
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
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop indexing; the events read so far stay visible</source>
        <translation>Detener la indexación; los eventos leídos hasta ahora siguen visibles</translation>
    </message>
    <message>
        <source>Audit summary</source>
        <translation>Resumen de la auditoría</translation>
    </message>
    <message>
        <source>Open an event store to begin (File &gt; Open Store…)</source>
        <translation>Abra un almacén de eventos para empezar (Archivo &gt; Abrir almacén…)</translation>
    </message>
    <message>
        <source>Indexing cancelled; showing the first %1 events</source>
        <translation>Indexación cancelada; se muestran los primeros %1 eventos</translation>
    </message>
    <message>
        <source>Finding the events that changed %1…</source>
        <translation>Buscando los eventos que cambiaron %1…</translation>
    </message>
    <message>
        <source>The projection cannot be used: %1</source>
        <translation>No se puede usar la proyección: %1</translation>
    </message>
    <message>
        <source>What-if: replaying the unsaved edits of %1</source>
        <translation>Hipótesis: reproduciendo los cambios sin guardar de %1</translation>
    </message>
    <message>
        <source>Projection: %1</source>
        <translation>Proyección: %1</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>State Inspector</source>
        <translation>Inspector de estado</translation>
    </message>
    <message>
        <source>Causation Graph</source>
        <translation>Grafo de causación</translation>
    </message>
    <message>
        <source>Graph: %1</source>
        <translation>Grafo: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Sin hallazgos</translation>
    </message>
    <message>
        <source>Findings: %1 errors, %2 warnings, %3 notes</source>
        <translation>Hallazgos: %1 errores, %2 avisos, %3 notas</translation>
    </message>
    <message>
        <source>What the audit found in the store (View &gt; Findings)</source>
        <translation>Lo que encontró la auditoría en el almacén (Ver &gt; Hallazgos)</translation>
    </message>
    <message>
        <source>Audit stopped</source>
        <translation>Auditoría detenida</translation>
    </message>
    <message>
        <source>Showing every time</source>
        <translation>Se muestran todas las horas</translation>
    </message>
    <message>
        <source>Showing %1 to %2 (the timeline&apos;s range filter; View &gt; Timeline &gt; Undo or Reset)</source>
        <translation>Se muestra de %1 a %2 (el filtro de rango de la línea de tiempo; Ver &gt; Línea de tiempo &gt; Deshacer o Restablecer)</translation>
    </message>
    <message>
        <source>Export is possible once the store is indexed.</source>
        <translation>Se puede exportar cuando el almacén esté indexado.</translation>
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
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>%1: an export never overwrites the store</source>
        <translation>%1: una exportación nunca sobrescribe el almacén</translation>
    </message>
    <message>
        <source>Exporting events to %1…</source>
        <translation>Exportando eventos a %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportación cancelada; no se escribió nada</translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation>Se exportaron %1 eventos a %2</translation>
    </message>
    <message>
        <source>Auditing the store…</source>
        <translation>Auditando el almacén…</translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation>Auditando…</translation>
    </message>
    <message>
        <source>No %1 event of this type in the stream</source>
        <translation>No hay ningún evento %1 de este tipo en el stream</translation>
    </message>
    <message>
        <source>later</source>
        <translation>posterior</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>Edit Projection</source>
        <translation>Editar proyección</translation>
    </message>
    <message>
        <source>JavaScript projections (*.js);;All files (*)</source>
        <translation>Proyecciones JavaScript (*.js);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Abrir almacén…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Load &amp;Projection…</source>
        <translation>Cargar &amp;proyección…</translation>
    </message>
    <message>
        <source>&amp;Edit Projection</source>
        <translation>&amp;Editar proyección</translation>
    </message>
    <message>
        <source>Use &amp;Merge Projection</source>
        <translation>Usar proyección &amp;merge</translation>
    </message>
    <message>
        <source>&amp;Export Events…</source>
        <translation>E&amp;xportar eventos…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>Prefere&amp;ncias…</translation>
    </message>
    <message>
        <source>&amp;Close Store</source>
        <translation>&amp;Cerrar almacén</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Línea de tiempo</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;First Event</source>
        <translation>&amp;Primer evento</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>Evento &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>Evento &amp;siguiente</translation>
    </message>
    <message>
        <source>Previous Event of This &amp;Type</source>
        <translation>Evento anterior de este &amp;tipo</translation>
    </message>
    <message>
        <source>Next Event of This T&amp;ype</source>
        <translation>Evento siguiente de este t&amp;ipo</translation>
    </message>
    <message>
        <source>&amp;Last Event</source>
        <translation>Ú&amp;ltimo evento</translation>
    </message>
    <message>
        <source>Go to &amp;Version…</source>
        <translation>Ir a la &amp;versión…</translation>
    </message>
    <message>
        <source>Go to &amp;Time…</source>
        <translation>Ir al &amp;momento…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Chronoscope</source>
        <translation>&amp;Acerca de Chronoscope</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Projection…</source>
        <translation>Proyección…</translation>
    </message>
    <message>
        <source>Open Event Store</source>
        <translation>Abrir almacén de eventos</translation>
    </message>
    <message>
        <source>SQLite event stores (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Almacenes de eventos SQLite (*.db *.sqlite *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load Projection</source>
        <translation>Cargar proyección</translation>
    </message>
    <message>
        <source>Compare with Projection</source>
        <translation>Comparar con proyección</translation>
    </message>
    <message>
        <source>%1 — Chronoscope</source>
        <translation>%1 — Chronoscope</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Indexing %1 of %2 events</source>
        <translation>Indexando %1 de %2 eventos</translation>
    </message>
    <message>
        <source>, %1 events/s</source>
        <translation>, %1 eventos/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, quedan unos %1 s</translation>
    </message>
    <message>
        <source>%1 has no stream &apos;%2&apos;</source>
        <translation>%1 no tiene ningún stream &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 events in %2 streams, indexed in %3 s</source>
        <translation>%1 eventos en %2 streams, indexados en %3 s</translation>
    </message>
    <message>
        <source> (from cache, %1 new)</source>
        <translation> (de la caché, %1 nuevos)</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>posición %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be indexed as stored; they are shown with what could be read.</source>
        <translation>
            <numerusform>%n evento no se pudo indexar tal como está guardado; se muestra con lo que se pudo leer.</numerusform>
            <numerusform>%n eventos no se pudieron indexar tal como están guardados; se muestran con lo que se pudo leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>merge</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n event(s) · projection %3</source>
        <translation>
            <numerusform>%1 · %2 · %n evento · proyección %3</numerusform>
            <numerusform>%1 · %2 · %n eventos · proyección %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The state appears when indexing has finished.</source>
        <translation>El estado aparece cuando termina la indexación.</translation>
    </message>
    <message>
        <source>Go to Version</source>
        <translation>Ir a la versión</translation>
    </message>
    <message>
        <source>Events applied (version):</source>
        <translation>Eventos aplicados (versión):</translation>
    </message>
    <message>
        <source>Go to Time</source>
        <translation>Ir al momento</translation>
    </message>
    <message>
        <source>Time (ISO-8601, UTC unless an offset is given):</source>
        <translation>Hora (ISO-8601, UTC salvo que se indique un desfase):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (e.g. 2024-10-15T14:00:00Z)</source>
        <translation>&apos;%1&apos; no es una hora (p. ej. 2024-10-15T14:00:00Z)</translation>
    </message>
    <message>
        <source>About Chronoscope</source>
        <translation>Acerca de Chronoscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chronoscope %1&lt;/h3&gt;&lt;p&gt;A time-travel debugger for event-sourced systems.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3), SQLite %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chronoscope %1&lt;/h3&gt;&lt;p&gt;Un depurador con viaje en el tiempo para sistemas basados en eventos.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado con %3), SQLite %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Reports are possible once the store is indexed.</source>
        <translation>Los informes son posibles cuando el almacén está indexado.</translation>
    </message>
    <message>
        <source>Wrote the report %1: %2 events, digest %3</source>
        <translation>Se escribió el informe %1: %2 eventos, resumen %3</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Filter &amp;Events</source>
        <translation>Filtrar &amp;eventos</translation>
    </message>
    <message>
        <source>Find Version &amp;Where…</source>
        <translation>Buscar versión &amp;donde…</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Pick a stream first; the search runs once the store is indexed.</source>
        <translation>Elija primero un stream; la búsqueda se ejecuta cuando el almacén está indexado.</translation>
    </message>
    <message>
        <source>No version of %1 where %2</source>
        <translation>Ninguna versión de %1 donde %2</translation>
    </message>
    <message>
        <source>The initial state already satisfies it</source>
        <translation>El estado inicial ya lo cumple</translation>
    </message>
    <message>
        <source>First at version %1 (event %2 of %3): %4 at %5</source>
        <translation>Primero en la versión %1 (evento %2 de %3): %4 a las %5</translation>
    </message>
</context>
<context>
    <name>Chronoscope::MappingDetector</name>
    <message>
        <source>has no &apos;events&apos; table (%1), nor Emmett&apos;s emt_messages, Marten&apos;s mt_events or Castore&apos;s event table; describe its table with --mapping FILE (see docs/mappings.md)</source>
        <translation>no tiene tabla &apos;events&apos; (%1), ni emt_messages de Emmett, mt_events de Marten o la tabla de eventos de Castore; describa su tabla con --mapping FILE (véase docs/mappings.md)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; lacks the required column(s) %2</source>
        <translation>a la tabla &apos;%1&apos; le faltan las columnas necesarias %2</translation>
    </message>
    <message>
        <source>has no table &apos;%1&apos; (named by the mapping&apos;s &quot;table&quot;; %2)</source>
        <translation>no tiene la tabla &apos;%1&apos; (nombrada por &quot;table&quot; del mapeo; %2)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; has no column &apos;%2&apos; (named by the mapping&apos;s &quot;%3&quot;)</source>
        <translation>la tabla &apos;%1&apos; no tiene la columna &apos;%2&apos; (nombrada por &quot;%3&quot; del mapeo)</translation>
    </message>
    <message>
        <source>has no table &apos;%1&apos; (named by the mapping&apos;s &quot;%2.lookup.table&quot;; %3)</source>
        <translation>no tiene la tabla &apos;%1&apos; (nombrada por &quot;%2.lookup.table&quot; del mapeo; %3)</translation>
    </message>
    <message>
        <source>has no table &apos;%1&apos; (named by the mapping&apos;s &quot;snapshots.table&quot;; %2)</source>
        <translation>no tiene la tabla &apos;%1&apos; (nombrada por &quot;snapshots.table&quot; del mapeo; %2)</translation>
    </message>
    <message>
        <source>has no table &apos;%1&apos; (the %2 preset&apos;s table; %3)</source>
        <translation>no tiene la tabla &apos;%1&apos; (la tabla del preajuste %2; %3)</translation>
    </message>
    <message>
        <source>has no table &apos;%1&apos; (named by ?table=; %2)</source>
        <translation>no tiene la tabla &apos;%1&apos; (nombrada por ?table=; %2)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; has the columns of none of the presets (%2): describe it with --mapping FILE (see docs/mappings.md)</source>
        <translation>la tabla &apos;%1&apos; no tiene las columnas de ningún preajuste (%2): descríbala con --mapping ARCHIVO (véase docs/mappings.md)</translation>
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
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at byte %2</source>
        <translation>no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>a mapping file holds one JSON object (see docs/mappings.md)</source>
        <translation>un archivo de mapeo contiene un objeto JSON (véase docs/mappings.md)</translation>
    </message>
    <message>
        <source>mapping file does not exist</source>
        <translation>el archivo de mapeo no existe</translation>
    </message>
    <message>
        <source>is a directory, not a mapping file</source>
        <translation>es un directorio, no un archivo de mapeo</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is neither a preset (%1) nor a mapping file</source>
        <translation>no es ni un preajuste (%1) ni un archivo de mapeo</translation>
    </message>
</context>
<context>
    <name>Chronoscope::MappingFile::Reader</name>
    <message>
        <source>key &apos;%1&apos;: %2</source>
        <translation>clave &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>unknown key (known here: %1)</source>
        <translation>clave desconocida (conocidas aquí: %1)</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>falta una clave obligatoria</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be a column name or an object, not %1</source>
        <translation>debe ser un nombre de columna o un objeto, no %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <source>must be an array of at least two column names</source>
        <translation>debe ser un array de al menos dos nombres de columna</translation>
    </message>
    <message>
        <source>must hold column names (strings), found %1</source>
        <translation>debe contener nombres de columna (cadenas); se encontró %1</translation>
    </message>
    <message>
        <source>must be an object like {&quot;column&quot;: &quot;is_archived&quot;, &quot;equals&quot;: true}, not %1</source>
        <translation>debe ser un objeto como {&quot;column&quot;: &quot;is_archived&quot;, &quot;equals&quot;: true}, no %1</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;equals&quot; and &quot;notEquals&quot;</source>
        <translation>necesita exactamente uno de &quot;equals&quot; y &quot;notEquals&quot;</translation>
    </message>
    <message>
        <source>must be a whole number, a string, a boolean or null</source>
        <translation>debe ser un número entero, una cadena, un booleano o null</translation>
    </message>
    <message>
        <source>must be a string, a whole number, a boolean or null, not %1</source>
        <translation>debe ser una cadena, un número entero, un booleano o null, no %1</translation>
    </message>
    <message>
        <source>must be an object or null, not %1</source>
        <translation>debe ser un objeto o null, no %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (known: auto, iso8601, sql-datetime-utc, timestamptz, epoch-s, epoch-ms, epoch-us, epoch-ns)</source>
        <translation>formato desconocido &apos;%1&apos; (conocidos: auto, iso8601, sql-datetime-utc, timestamptz, epoch-s, epoch-ms, epoch-us, epoch-ns)</translation>
    </message>
    <message>
        <source>must be an array of rules, not %1</source>
        <translation>debe ser un array de reglas, no %1</translation>
    </message>
</context>
<context>
    <name>Chronoscope::MergeProjection</name>
    <message>
        <source>a saved state is not valid JSON</source>
        <translation>un estado guardado no es JSON válido</translation>
    </message>
</context>
<context>
    <name>Chronoscope::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PaneNavigator</name>
    <message>
        <source>Go to &amp;Pane</source>
        <translation>Ir al &amp;panel</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>P&amp;revious Pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
</context>
<context>
    <name>Chronoscope::Parser</name>
    <message>
        <source>expected a filter, e.g. type == &quot;PaymentOverdue&quot; and data.amountDue &gt; 400</source>
        <translation>se esperaba un filtro, p. ej. type == &quot;PaymentOverdue&quot; and data.amountDue &gt; 400</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; inesperado sin el &apos;(&apos; correspondiente</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the filter, found &apos;%1&apos;</source>
        <translation>se esperaba &apos;and&apos;, &apos;or&apos; o el final del filtro; se encontró &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <source>expected a condition after &apos;%1&apos;</source>
        <translation>se esperaba una condición después de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a condition after &apos;not&apos;</source>
        <translation>se esperaba una condición después de &apos;not&apos;</translation>
    </message>
    <message>
        <source>expected a condition</source>
        <translation>se esperaba una condición</translation>
    </message>
    <message>
        <source>expected a condition after &apos;(&apos;</source>
        <translation>se esperaba una condición después de &apos;(&apos;</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found &apos;%2&apos;</source>
        <translation>se esperaba &apos;)&apos; para cerrar el &apos;(&apos; de la columna %1; se encontró &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;exists&apos; needs a path into data or metadata, e.g. exists data.currency</source>
        <translation>&apos;exists&apos; necesita una ruta dentro de data o metadata, p. ej. exists data.currency</translation>
    </message>
    <message>
        <source>expected a field name (position, eventId, stream, aggregateType, version, type, schemaVersion, time, user, correlation, causation, data.…, metadata.…), found &apos;%1&apos;</source>
        <translation>se esperaba un nombre de campo (position, eventId, stream, aggregateType, version, type, schemaVersion, time, user, correlation, causation, data.…, metadata.…); se encontró &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (expected position, eventId, stream, aggregateType, version, type, schemaVersion, time, user, correlation, causation, data.… or metadata.…)</source>
        <translation>campo desconocido &apos;%1&apos; (se esperaba position, eventId, stream, aggregateType, version, type, schemaVersion, time, user, correlation, causation, data.… o metadata.…)</translation>
    </message>
    <message>
        <source>expected a key after &apos;.&apos;</source>
        <translation>se esperaba una clave después de &apos;.&apos;</translation>
    </message>
    <message>
        <source>array index &apos;%1&apos; is too large</source>
        <translation>el índice de array &apos;%1&apos; es demasiado grande</translation>
    </message>
    <message>
        <source>expected an array index or a quoted key after &apos;[&apos;</source>
        <translation>se esperaba un índice de array o una clave entre comillas después de &apos;[&apos;</translation>
    </message>
    <message>
        <source>expected &apos;]&apos;</source>
        <translation>se esperaba &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;.&apos; and a key after &apos;%1&apos;, e.g. %1.amount</source>
        <translation>se esperaba &apos;.&apos; y una clave después de &apos;%1&apos;, p. ej. %1.amount</translation>
    </message>
    <message>
        <source>this text has no closing %1</source>
        <translation>a este texto le falta el %1 de cierre</translation>
    </message>
    <message>
        <source>expected an operator after &apos;%1&apos; (==, !=, &lt;, &lt;=, &gt;, &gt;=, in, ~, matches)</source>
        <translation>se esperaba un operador después de &apos;%1&apos; (==, !=, &lt;, &lt;=, &gt;, &gt;=, in, ~, matches)</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; after &apos;not&apos;</source>
        <translation>se esperaba &apos;in&apos; después de &apos;not&apos;</translation>
    </message>
    <message>
        <source>expected an operator after &apos;%1&apos; (==, !=, &lt;, &lt;=, &gt;, &gt;=, in, ~, matches), found &apos;%2&apos;</source>
        <translation>se esperaba un operador después de &apos;%1&apos; (==, !=, &lt;, &lt;=, &gt;, &gt;=, in, ~, matches); se encontró &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected &apos;[&apos; after &apos;in&apos;, e.g. type in [&quot;A&quot;, &quot;B&quot;]</source>
        <translation>se esperaba &apos;[&apos; después de &apos;in&apos;, p. ej. type in [&quot;A&quot;, &quot;B&quot;]</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found &apos;%1&apos;</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; en la lista; se encontró &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matches text, but %2 is a %3</source>
        <translation>&apos;%1&apos; compara texto, pero %2 es de tipo %3</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>this regular expression has no closing &apos;/&apos;</source>
        <translation>a esta expresión regular le falta la &apos;/&apos; de cierre</translation>
    </message>
    <message>
        <source>unknown regular expression flag &apos;%1&apos; (only i is known)</source>
        <translation>modificador de expresión regular desconocido &apos;%1&apos; (solo se conoce i)</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>expresión regular no válida: %1</translation>
    </message>
    <message>
        <source>expected a &quot;glob*&quot; in quotes or a /regular expression/ after &apos;%1&apos;</source>
        <translation>se esperaba un &quot;glob*&quot; entre comillas o una /expresión regular/ después de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>se esperaba un valor después de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>se esperaba un valor después de &apos;%1&apos;; se encontró &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid time (use 2024-10-01 or 2024-10-01T14:00:00Z)</source>
        <translation>&apos;%1&apos; no es una hora válida (use 2024-10-01 o 2024-10-01T14:00:00Z)</translation>
    </message>
    <message>
        <source>a relative time needs a sign: -%1 for the past, +%1 for the future</source>
        <translation>una hora relativa necesita signo: -%1 para el pasado, +%1 para el futuro</translation>
    </message>
    <message>
        <source>relative time &apos;%1&apos; is not within ten thousand years</source>
        <translation>la hora relativa &apos;%1&apos; no está dentro de diez mil años</translation>
    </message>
    <message>
        <source>unknown time unit &apos;%1&apos; in &apos;%2&apos; (use us, ms, s, m, h, d or w)</source>
        <translation>unidad de tiempo desconocida &apos;%1&apos; en &apos;%2&apos; (use us, ms, s, m, h, d o w)</translation>
    </message>
    <message>
        <source>expected a number for %1</source>
        <translation>se esperaba un número para %1</translation>
    </message>
    <message>
        <source>expected a text value for %1 (in quotes, e.g. &quot;%2&quot;)</source>
        <translation>se esperaba un texto para %1 (entre comillas, p. ej. &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>expected a time for time (2024-10-01, 2024-10-01T14:00:00Z or -2h)</source>
        <translation>se esperaba una hora para time (2024-10-01, 2024-10-01T14:00:00Z o -2h)</translation>
    </message>
    <message>
        <source>a relative time compares only with time, not with %1</source>
        <translation>una hora relativa solo se compara con time, no con %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a number or text to compare with</source>
        <translation>&apos;%1&apos; necesita un número o un texto con el que comparar</translation>
    </message>
    <message>
        <source>the filter nests &apos;not&apos; and parentheses deeper than %1 levels</source>
        <translation>el filtro anida el filtro anida &apos;not&apos; y paréntesis más de %1 nivelesapos;notel filtro anida &apos;not&apos; y paréntesis más de %1 nivelesapos; y paréntesis a más de %1 niveles de profundidad</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PayloadCache</name>
    <message>
        <source>has no event at position %1</source>
        <translation>no tiene ningún evento en la posición %1</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PostgresConnInfo</name>
    <message>
        <source>is not a valid libpq connection string (expected key=value pairs)</source>
        <translation>no es una cadena de conexión libpq válida (se esperaban pares key=value)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>is not a valid PostgreSQL connection string: %1</source>
        <translation>no es una cadena de conexión de PostgreSQL válida: %1</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PostgresNotifyWatch</name>
    <message>
        <source>notifications (LISTEN %1)</source>
        <translation>notificaciones (LISTEN %1)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PostgresSchema</name>
    <message>
        <source>cannot read the schema</source>
        <translation>no se puede leer el esquema</translation>
    </message>
    <message>
        <source>cannot read the columns of &apos;%1&apos;</source>
        <translation>no se pueden leer las columnas de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; has no position column &apos;%2&apos;</source>
        <translation>la tabla &apos;%1&apos; no tiene la columna de posición &apos;%2&apos;</translation>
    </message>
    <message>
        <source>position column &apos;%1&apos; of table &apos;%2&apos; is not an integer column (it is %3)</source>
        <translation>la columna de posición &apos;%1&apos; de la tabla &apos;%2&apos; no es una columna entera (es %3)</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; has no position column: events are read in the order of an integer column named position, global_position, seq_id or id (name another with ?position=COLUMN)</source>
        <translation>la tabla &apos;%1&apos; no tiene columna de posición: los eventos se leen en el orden de una columna entera llamada position, global_position, seq_id o id (indique otra con ?position=COLUMN)</translation>
    </message>
    <message>
        <source>has no table &apos;%1&apos; the session can read</source>
        <translation>no tiene ninguna tabla &apos;%1&apos; que la sesión pueda leer</translation>
    </message>
    <message>
        <source>position column &apos;%1&apos; of table &apos;%2&apos; is not an integer column (named by the mapping&apos;s &quot;position&quot;)</source>
        <translation>la columna de posición &apos;%1&apos; de la tabla &apos;%2&apos; no es una columna de enteros (nombrada por &quot;position&quot; del mapeo)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PostgresStore</name>
    <message>
        <source>cannot read table &apos;%1&apos;</source>
        <translation>no se puede leer la tabla &apos;%1&apos;</translation>
    </message>
    <message>
        <source>contains no events (table &apos;%1&apos; is empty)</source>
        <translation>no contiene eventos (la tabla &apos;%1&apos; está vacía)</translation>
    </message>
    <message>
        <source>cannot connect (out of memory)</source>
        <translation>no se puede conectar (memoria agotada)</translation>
    </message>
    <message>
        <source>cannot make the session read-only</source>
        <translation>no se puede poner la sesión en solo lectura</translation>
    </message>
    <message>
        <source>the server did not make the session read-only; not reading</source>
        <translation>el servidor no puso la sesión en solo lectura; no se lee</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>falló la autenticación</translation>
    </message>
    <message>
        <source>authentication failed for user &apos;%1&apos;</source>
        <translation>falló la autenticación del usuario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>database &apos;%1&apos; does not exist</source>
        <translation>la base de datos &apos;%1&apos; no existe</translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL server at %1 port %2 (is it running and accepting connections?)</source>
        <translation>no se puede conectar con el servidor PostgreSQL en %1, puerto %2 (¿está en marcha y acepta conexiones?)</translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL server</source>
        <translation>no se puede conectar con el servidor PostgreSQL</translation>
    </message>
    <message>
        <source>the connection to the server was lost: %1</source>
        <translation>se perdió la conexión con el servidor: %1</translation>
    </message>
    <message>
        <source>a query took longer than the statement timeout: %1</source>
        <translation>una consulta tardó más que el límite de tiempo de la sentencia: %1</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>se canceló la lectura</translation>
    </message>
    <message>
        <source>permission denied: %1</source>
        <translation>permiso denegado: %1</translation>
    </message>
    <message>
        <source>a table is missing: %1</source>
        <translation>falta una tabla: %1</translation>
    </message>
    <message>
        <source>a column is missing: %1</source>
        <translation>falta una columna: %1</translation>
    </message>
    <message>
        <source>cannot find the last event</source>
        <translation>no se encuentra el último evento</translation>
    </message>
    <message>
        <source>cannot read the setting %1</source>
        <translation>no se puede leer el ajuste %1</translation>
    </message>
    <message>
        <source>cannot read the events after position %1</source>
        <translation>no se pueden leer los eventos posteriores a la posición %1</translation>
    </message>
    <message>
        <source>reading stopped after position %1 (%2 events read in this query)</source>
        <translation>la lectura se detuvo tras la posición %1 (%2 eventos leídos en esta consulta)</translation>
    </message>
    <message>
        <source>the server sent rows of an unexpected shape</source>
        <translation>el servidor envió filas de una forma inesperada</translation>
    </message>
    <message>
        <source>the server sent a truncated row</source>
        <translation>el servidor envió una fila truncada</translation>
    </message>
    <message>
        <source>cannot read events</source>
        <translation>no se pueden leer eventos</translation>
    </message>
    <message>
        <source>cannot read the event at position %1</source>
        <translation>no se puede leer el evento de la posición %1</translation>
    </message>
    <message>
        <source>has no event at position %1</source>
        <translation>no tiene ningún evento en la posición %1</translation>
    </message>
    <message>
        <source>cannot read %1 events from position %2</source>
        <translation>no se pueden leer %1 eventos desde la posición %2</translation>
    </message>
    <message>
        <source>cannot look up events by id</source>
        <translation>no se pueden buscar eventos por id</translation>
    </message>
    <message>
        <source>cannot read the snapshots table (it needs aggregate_id, aggregate_version, snapshot_data and created_date)</source>
        <translation>no se puede leer la tabla de instantáneas (necesita aggregate_id, aggregate_version, snapshot_data y created_date)</translation>
    </message>
    <message>
        <source>contains no events (table &apos;%1&apos; has no rows the mapping&apos;s skip rules keep)</source>
        <translation>no contiene eventos (la tabla &apos;%1&apos; no tiene filas que conserven las reglas de omisión del mapeo)</translation>
    </message>
    <message>
        <source>cannot look for the live-follow trigger</source>
        <translation>no se puede buscar el disparador del seguimiento en vivo</translation>
    </message>
    <message>
        <source>cannot listen for notifications</source>
        <translation>no se puede escuchar notificaciones</translation>
    </message>
</context>
<context>
    <name>Chronoscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Mostrar las horas en</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Checkpoint memory</source>
        <translation>Memoria de puntos de control</translation>
    </message>
    <message>
        <source>Memory the replay keeps for checkpoints; more makes jumps in long streams faster</source>
        <translation>Memoria que la reproducción reserva para puntos de control; más memoria acelera los saltos en streams largos</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Projection time limit</source>
        <translation>Límite de tiempo de la proyección</translation>
    </message>
    <message>
        <source>A projection call running longer is stopped, so a script that loops never hangs</source>
        <translation>Una llamada de proyección que dure más se detiene, así un script en bucle nunca se cuelga</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Show &amp;times in:</source>
        <translation>Mostrar las &amp;horas en:</translation>
    </message>
    <message>
        <source>&amp;Checkpoint memory:</source>
        <translation>Memoria de &amp;puntos de control:</translation>
    </message>
    <message>
        <source>Projection time &amp;limit:</source>
        <translation>Lí&amp;mite de tiempo de la proyección:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>El idioma cambia en el próximo inicio.</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>Hora local (%1)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>The size of all text in the window; the lowest value keeps the system&apos;s</source>
        <translation>El tamaño de todo el texto de la ventana; el valor más bajo mantiene el del sistema</translation>
    </message>
    <message>
        <source>&amp;Font size:</source>
        <translation>Tamaño de &amp;letra:</translation>
    </message>
</context>
<context>
    <name>Chronoscope::ProjectionChecks</name>
    <message>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>the audit needs a JavaScript projection; merge folds every payload and handles every type</source>
        <translation>la auditoría necesita una proyección JavaScript; merge pliega todas las cargas útiles y trata todos los tipos</translation>
    </message>
    <message>
        <source>the audit was cancelled</source>
        <translation>se canceló la auditoría</translation>
    </message>
    <message>
        <source>projection %1 has no handler for %2 events (%3 in the streams it folds); it leaves the state as it was</source>
        <translation>la proyección %1 no tiene manejador para los eventos %2 (%3 en los streams que pliega); deja el estado como estaba</translation>
    </message>
    <message>
        <source>the stored snapshot at version %1 is not valid JSON at byte %2: %3</source>
        <translation>la instantánea guardada en la versión %1 no es JSON válido en el byte %2: %3</translation>
    </message>
    <message>
        <source>%1 and %2 more paths</source>
        <translation>%1 y %2 rutas más</translation>
    </message>
    <message>
        <source>the stored snapshot at version %1 differs from the replay by %2 at %3 (stored %4, replayed %5)</source>
        <translation>la instantánea guardada en la versión %1 difiere de la reproducción en %2 en %3 (guardado %4, reproducido %5)</translation>
    </message>
    <message>
        <source>; they part after the event at version %1</source>
        <translation>; se separan tras el evento de la versión %1</translation>
    </message>
    <message>
        <source>; no replayed state since version %1 holds the stored values, so they part after one of the events from version %2 on</source>
        <translation>; ningún estado reproducido desde la versión %1 contiene los valores guardados, así que se separan tras uno de los eventos desde la versión %2</translation>
    </message>
    <message>
        <source> (and %1 more events)</source>
        <translation> (y %1 eventos más)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::ProjectionDock</name>
    <message>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Unsaved Projection</source>
        <translation>Proyección sin guardar</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Discard them and open %2?</source>
        <translation>%1 tiene cambios sin guardar. ¿Descartarlos y abrir %2?</translation>
    </message>
    <message>
        <source> (while applying %1 at version %2 of %3)</source>
        <translation> (al aplicar %1 en la versión %2 de %3)</translation>
    </message>
    <message>
        <source>Projection — %1</source>
        <translation>Proyección — %1</translation>
    </message>
    <message>
        <source> (what-if: replaying unsaved edits)</source>
        <translation> (hipótesis: reproduciendo cambios sin guardar)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::ProjectionEditor</name>
    <message>
        <source>Projection editor</source>
        <translation>Editor de proyecciones</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Replay with the edited projection without saving it (%1)</source>
        <translation>Reproducir con la proyección editada sin guardarla (%1)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Write the projection to its file (%1)</source>
        <translation>Escribir la proyección en su archivo (%1)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Discard the edits since the file was opened or saved</source>
        <translation>Descartar los cambios desde que se abrió o guardó el archivo</translation>
    </message>
    <message>
        <source>Projection editor toolbar</source>
        <translation>Barra de herramientas del editor de proyecciones</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>it is %1 MiB, too large for a projection</source>
        <translation>ocupa %1 MiB, demasiado para una proyección</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>Cannot save: no file is open.</source>
        <translation>No se puede guardar: no hay ningún archivo abierto.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2.</source>
        <translation>No se puede guardar %1: %2.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Línea %1, columna %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modificado)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::ReplayService</name>
    <message>
        <source>no store is open for replay</source>
        <translation>no hay ningún almacén abierto para reproducir</translation>
    </message>
    <message>
        <source>no stream &apos;%1&apos;</source>
        <translation>no hay ningún stream &apos;%1&apos;</translation>
    </message>
    <message>
        <source>projection %1 does not apply to stream &apos;%2&apos; (%3)</source>
        <translation>la proyección %1 no se aplica al stream &apos;%2&apos; (%3)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::Replayer</name>
    <message>
        <source>replay was cancelled</source>
        <translation>se canceló la reproducción</translation>
    </message>
    <message>
        <source>%1: no stream &apos;%2&apos;</source>
        <translation>%1: no hay ningún stream &apos;%2&apos;</translation>
    </message>
    <message>
        <source>projection %1 keeps one state for the whole store; ask for a position instead of a stream</source>
        <translation>la proyección %1 mantiene un estado para todo el almacén; pida una posición en lugar de un stream</translation>
    </message>
    <message>
        <source>projection %1 does not apply to stream &apos;%2&apos; (%3)</source>
        <translation>la proyección %1 no se aplica al stream &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>version %1 is not a version</source>
        <translation>la versión %1 no es una versión</translation>
    </message>
    <message>
        <source>no stream number %1</source>
        <translation>no hay ningún stream número %1</translation>
    </message>
    <message>
        <source>projection %1 keeps a state per stream; ask for a stream and version</source>
        <translation>la proyección %1 mantiene un estado por stream; pida un stream y una versión</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON pointer (use /field/0/child)</source>
        <translation>&apos;%1&apos; no es un puntero JSON (use /campo/0/hijo)</translation>
    </message>
</context>
<context>
    <name>Chronoscope::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter by action, key or place</source>
        <translation>Filtrar por acción, tecla o lugar</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every action with a keyboard shortcut: its name, its keys and where it is</source>
        <translation>Cada acción con atajo de teclado: su nombre, sus teclas y dónde está</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Ventana principal</translation>
    </message>
</context>
<context>
    <name>Chronoscope::SqliteDataVersionWatch</name>
    <message>
        <source>cannot open a connection to watch for new events</source>
        <translation>no se puede abrir una conexión para vigilar si hay eventos nuevos</translation>
    </message>
    <message>
        <source>cannot read the data version to watch for new events</source>
        <translation>no se puede leer la versión de datos para vigilar si hay eventos nuevos</translation>
    </message>
    <message>
        <source>cannot read the data version</source>
        <translation>no se puede leer la versión de datos</translation>
    </message>
    <message>
        <source>SQLite data version</source>
        <translation>versión de datos de SQLite</translation>
    </message>
</context>
<context>
    <name>Chronoscope::SqliteStore</name>
    <message>
        <source>is not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>is corrupt (the database disk image is malformed)</source>
        <translation>está dañado (la imagen de la base de datos está mal formada)</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>se canceló la lectura</translation>
    </message>
    <message>
        <source>cannot be opened for reading</source>
        <translation>no se puede abrir para lectura</translation>
    </message>
    <message>
        <source>a query failed</source>
        <translation>falló una consulta</translation>
    </message>
    <message>
        <source>no store given</source>
        <translation>no se indicó ningún almacén</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>is a directory, not an SQLite file</source>
        <translation>es un directorio, no un archivo SQLite</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is empty (0 bytes), not an SQLite database</source>
        <translation>está vacío (0 bytes), no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>is not an SQLite database (no SQLite header)</source>
        <translation>no es una base de datos SQLite (sin cabecera SQLite)</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <source>cannot read the schema</source>
        <translation>no se puede leer el esquema</translation>
    </message>
    <message>
        <source>cannot read the columns of &apos;%1&apos;</source>
        <translation>no se pueden leer las columnas de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>contains no events (table &apos;%1&apos; is empty)</source>
        <translation>no contiene eventos (la tabla &apos;%1&apos; está vacía)</translation>
    </message>
    <message>
        <source>cannot read table &apos;%1&apos;</source>
        <translation>no se puede leer la tabla &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot find the last event</source>
        <translation>no se encuentra el último evento</translation>
    </message>
    <message>
        <source>cannot read the events</source>
        <translation>no se pueden leer los eventos</translation>
    </message>
    <message>
        <source> after row %1</source>
        <translation> después de la fila %1</translation>
    </message>
    <message>
        <source>cannot read events</source>
        <translation>no se pueden leer eventos</translation>
    </message>
    <message>
        <source>has no event at row %1</source>
        <translation>no tiene ningún evento en la fila %1</translation>
    </message>
    <message>
        <source>cannot read the event at row %1</source>
        <translation>no se puede leer el evento de la fila %1</translation>
    </message>
    <message>
        <source>cannot look up events by id</source>
        <translation>no se pueden buscar eventos por id</translation>
    </message>
    <message>
        <source>cannot read the snapshots</source>
        <translation>no se pueden leer las instantáneas</translation>
    </message>
    <message>
        <source>cannot read table &apos;%1&apos; with this mapping</source>
        <translation>no se puede leer la tabla &apos;%1&apos; con este mapeo</translation>
    </message>
    <message>
        <source>table &apos;%1&apos; cannot be read by %2</source>
        <translation>%2 no puede leer la tabla &apos;%1&apos;</translation>
    </message>
    <message>
        <source>contains no events (table &apos;%1&apos; has no rows the mapping keeps)</source>
        <translation>no contiene eventos (la tabla &apos;%1&apos; no tiene filas que el mapeo conserve)</translation>
    </message>
    <message>
        <source>cannot read the %1 table (it needs %2, %3, %4 and %5)</source>
        <translation>no se puede leer la tabla %1 (necesita %2, %3, %4 y %5)</translation>
    </message>
    <message>
        <source>is read as immutable, so SQLite would not see appended events (a WAL store without its -wal and -shm files, in a folder Chronoscope cannot write to, is read that way). Reopen it while the writing application has it open</source>
        <translation>se lee como inmutable, así que SQLite no vería los eventos añadidos (un almacén WAL sin sus archivos -wal y -shm, en una carpeta en la que Chronoscope no puede escribir, se lee así). Vuelva a abrirlo mientras la aplicación que escribe lo tiene abierto</translation>
    </message>
</context>
<context>
    <name>Chronoscope::StateInspector</name>
    <message>
        <source>First event (Home)</source>
        <translation>Primer evento (Inicio)</translation>
    </message>
    <message>
        <source>Previous event (Left)</source>
        <translation>Evento anterior (Izquierda)</translation>
    </message>
    <message>
        <source>Next event (Right)</source>
        <translation>Evento siguiente (Derecha)</translation>
    </message>
    <message>
        <source>Last event (End)</source>
        <translation>Último evento (Fin)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>State inspector</source>
        <translation>Inspector de estado</translation>
    </message>
    <message>
        <source>Version scrubber</source>
        <translation>Deslizador de versiones</translation>
    </message>
    <message>
        <source>Drag to travel through the stream&apos;s history; arrows, Page Up/Down, Home and End work too</source>
        <translation>Arrastre para recorrer la historia del stream; también funcionan las flechas, Re Pág/Av Pág, Inicio y Fin</translation>
    </message>
    <message>
        <source>Events applied</source>
        <translation>Eventos aplicados</translation>
    </message>
    <message>
        <source>Number of the stream&apos;s events applied (its version when versions have no gaps)</source>
        <translation>Número de eventos del stream aplicados (su versión si las versiones no tienen huecos)</translation>
    </message>
    <message>
        <source>Go to time, e.g. 2024-10-15T14:00Z</source>
        <translation>Hora, p. ej. 2024-10-15T14:00Z</translation>
    </message>
    <message>
        <source>Go to time</source>
        <translation>Ir al momento</translation>
    </message>
    <message>
        <source>Search keys and values (Ctrl+F)</source>
        <translation>Buscar claves y valores (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search in state</source>
        <translation>Buscar en el estado</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expandir todo</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Contraer todo</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>What this event changed, or the state against another version, projection or snapshot</source>
        <translation>Lo que cambió este evento, o el estado frente a otra versión, proyección o instantánea</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Field history</source>
        <translation>Historial del campo</translation>
    </message>
    <message>
        <source>Raw payload</source>
        <translation>Carga útil sin procesar</translation>
    </message>
    <message>
        <source>Upcast payload</source>
        <translation>Carga útil tras upcasting</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>As the projection sees it</source>
        <translation>Tal como la ve la proyección</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; use ISO-8601, e.g. 2024-10-15T14:00:00Z</source>
        <translation>&apos;%1&apos; no es una hora; use ISO-8601, p. ej. 2024-10-15T14:00:00Z</translation>
    </message>
    <message>
        <source>No stream selected</source>
        <translation>Ningún stream seleccionado</translation>
    </message>
    <message>
        <source>Pick a stream in the Streams dock or an event in the table.</source>
        <translation>Elija un stream en el panel Streams o un evento en la tabla.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>Replaying to event %1…</source>
        <translation>Reproduciendo hasta el evento %1…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(%1 bytes; the first %2 shown)
</source>
        <translation>(%1 bytes; se muestran los primeros %2)
</translation>
    </message>
    <message>
        <source>(not valid JSON)
</source>
        <translation>(no es JSON válido)
</translation>
    </message>
    <message>
        <source>Initial state, before the stream&apos;s first event · %1</source>
        <translation>Estado inicial, antes del primer evento del stream · %1</translation>
    </message>
    <message>
        <source>After event %1 of %2 (version %3) · %4 · %5</source>
        <translation>Tras el evento %1 de %2 (versión %3) · %4 · %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2 · position %3 · %4 · user %5 · correlation %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · versión %2 · posición %3 · %4 · usuario %5 · correlación %6</translation>
    </message>
    <message>
        <source>(the projection has no upcasters; it sees the payload as stored)</source>
        <translation>(la proyección no tiene upcasters; ve la carga útil tal como está guardada)</translation>
    </message>
    <message>
        <source>No event applied yet.</source>
        <translation>Aún no se ha aplicado ningún evento.</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>History of %1 (%2)</source>
        <translation>Historial de %1 (%2)</translation>
    </message>
    <message>
        <source>State views</source>
        <translation>Vistas del estado</translation>
    </message>
    <message>
        <source>Event payload views</source>
        <translation>Vistas de la carga útil del evento</translation>
    </message>
</context>
<context>
    <name>Chronoscope::StatePredicate</name>
    <message>
        <source>the expression is empty (e.g. state.status == &quot;withdrawn&quot;)</source>
        <translation>la expresión está vacía (p. ej. state.status == &quot;withdrawn&quot;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an expression</source>
        <translation>&apos;%1&apos; no es una expresión</translation>
    </message>
    <message>
        <source>%1 ran longer than %2 ms after %3 events</source>
        <translation>%1 tardó más de %2 ms tras %3 eventos</translation>
    </message>
    <message>
        <source>%1, after %2 events</source>
        <translation>%1, tras %2 eventos</translation>
    </message>
</context>
<context>
    <name>Chronoscope::StateSearchBar</name>
    <message>
        <source>Find first version where… e.g. state.status == &quot;withdrawn&quot;</source>
        <translation>Buscar la primera versión donde… p. ej. state.status == &quot;withdrawn&quot;</translation>
    </message>
    <message>
        <source>Find first version where</source>
        <translation>Buscar la primera versión donde</translation>
    </message>
    <message>
        <source>A JavaScript expression about the state (state.…); Enter finds the first version where it holds, Shift+Enter the next one after the playhead</source>
        <translation>Una expresión JavaScript sobre el estado (state.…); Intro busca la primera versión en la que se cumple, Mayús+Intro la siguiente tras el cabezal</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>First version where the expression holds (Enter)</source>
        <translation>Primera versión en la que se cumple la expresión (Intro)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next version after the playhead where it holds (Shift+Enter)</source>
        <translation>Siguiente versión tras el cabezal en la que se cumple (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>Detener la búsqueda</translation>
    </message>
    <message>
        <source>State search progress</source>
        <translation>Progreso de la búsqueda de estado</translation>
    </message>
    <message>
        <source>State search result</source>
        <translation>Resultado de la búsqueda de estado</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Búsqueda cancelada</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
</context>
<context>
    <name>Chronoscope::StoreScan</name>
    <message>
        <source>the audit was cancelled</source>
        <translation>se canceló la auditoría</translation>
    </message>
    <message>
        <source>%1: the store changed since it was indexed (row %2 is not where the index has it); index it again</source>
        <translation>%1: el almacén cambió desde que se indexó (la fila %2 no está donde la tiene el índice); vuelva a indexarlo</translation>
    </message>
    <message>
        <source>version %1 was never written</source>
        <translation>la versión %1 nunca se escribió</translation>
    </message>
    <message>
        <source>versions %1 to %2 were never written</source>
        <translation>las versiones %1 a %2 nunca se escribieron</translation>
    </message>
    <message>
        <source>%1 starts at version %2; %3</source>
        <translation>%1 empieza en la versión %2; %3</translation>
    </message>
    <message>
        <source>%1 jumps from version %2 to %3; %4</source>
        <translation>%1 salta de la versión %2 a la %3; %4</translation>
    </message>
    <message>
        <source>%1 has version %2 twice; the first is at position %3</source>
        <translation>%1 tiene la versión %2 dos veces; la primera está en la posición %3</translation>
    </message>
    <message>
        <source>%1 goes back from version %2 to %3</source>
        <translation>%1 retrocede de la versión %2 a la %3</translation>
    </message>
    <message>
        <source>%1 goes back in time by %2 s: this event is dated %3, the one before it %4</source>
        <translation>%1 retrocede %2 s en el tiempo: este evento tiene fecha %3, el anterior %4</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>carga útil</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>metadatos</translation>
    </message>
    <message>
        <source>the %1 is not valid JSON at byte %2 of %3: %4</source>
        <translation>%1: no es JSON válido en el byte %2 de %3: %4</translation>
    </message>
    <message>
        <source>the %1 is not valid JSON: %2</source>
        <translation>%1: no es JSON válido: %2</translation>
    </message>
    <message>
        <source>event id %1 is used twice; the first event with it is at position %2 (%3 version %4)</source>
        <translation>el id de evento %1 se usa dos veces; el primer evento con él está en la posición %2 (%3 versión %4)</translation>
    </message>
    <message>
        <source>%1 of the %2 causation ids name no event of the store: they name commands (or events kept elsewhere), so causation is not checked event by event</source>
        <translation>%1 de los %2 ids de causación no nombran ningún evento del almacén: nombran comandos (o eventos guardados en otro sitio), así que la causación no se comprueba evento por evento</translation>
    </message>
    <message>
        <source>the causation id %1 names the event at position %2, which comes after this one</source>
        <translation>el id de causación %1 nombra el evento de la posición %2, que viene después de este</translation>
    </message>
    <message>
        <source>the causation id %1 names no event of the store</source>
        <translation>el id de causación %1 no nombra ningún evento del almacén</translation>
    </message>
    <message>
        <source>correlation %1 has no root: every event in it names a cause, the first one the event at position %2 of another correlation</source>
        <translation>la correlación %1 no tiene raíz: cada evento nombra una causa, el primero el evento de la posición %2 de otra correlación</translation>
    </message>
    <message>
        <source>this compensating event names original event %1, which is not in the store</source>
        <translation>este evento compensatorio nombra el evento original %1, que no está en el almacén</translation>
    </message>
</context>
<context>
    <name>Chronoscope::StoredSnapshots</name>
    <message>
        <source>%1: no stream &apos;%2&apos;</source>
        <translation>%1: no hay ningún stream &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: the store keeps no snapshots</source>
        <translation>%1: el almacén no guarda instantáneas</translation>
    </message>
    <message>
        <source>stream &apos;%1&apos; has no stored snapshot at or before version %2</source>
        <translation>el stream &apos;%1&apos; no tiene ninguna instantánea guardada en la versión %2 o antes</translation>
    </message>
</context>
<context>
    <name>Chronoscope::StreamsModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(sin tipo)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>aggregate type (streams)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>aggregate type (matching streams of all)</comment>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>(no stream id)</source>
        <translation>(sin id de stream)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation>Primero (UTC)</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation>Último (UTC)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
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
        <translation>Buscar un stream (escriba parte de su id)</translation>
    </message>
    <message>
        <source>Stream filter</source>
        <translation>Filtro de streams</translation>
    </message>
    <message>
        <source>Streams by aggregate type</source>
        <translation>Streams por tipo de agregado</translation>
    </message>
</context>
<context>
    <name>Chronoscope::TimelineLanes</name>
    <message>
        <source>(no user)</source>
        <translation>(sin usuario)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Aggregate type</source>
        <translation>Tipo de agregado</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
</context>
<context>
    <name>Chronoscope::TimelineStack</name>
    <message>
        <source>Undo Zoom</source>
        <translation>Deshacer zoom</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Restablecer zoom</translation>
    </message>
    <message>
        <source>Undo Time Filter</source>
        <translation>Deshacer filtro de tiempo</translation>
    </message>
    <message>
        <source>Reset Time Filter</source>
        <translation>Restablecer filtro de tiempo</translation>
    </message>
    <message>
        <source>Go back to the range shown before the last zoom</source>
        <translation>Volver al rango mostrado antes del último zoom</translation>
    </message>
    <message>
        <source>Show the whole store</source>
        <translation>Mostrar todo el almacén</translation>
    </message>
    <message>
        <source>Drop the last time filter</source>
        <translation>Quitar el último filtro de tiempo</translation>
    </message>
    <message>
        <source>Drop every time filter: all views show the whole store</source>
        <translation>Quitar todos los filtros de tiempo: todas las vistas muestran el almacén completo</translation>
    </message>
</context>
<context>
    <name>Chronoscope::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Events over time in lanes. Wheel or plus and minus zoom, drag or arrow keys pan, drag the playhead to travel in time, shift-drag selects a range, right-drag zooms to a range, click an event to select it.</source>
        <translation>Eventos a lo largo del tiempo en carriles. La rueda o más y menos hacen zoom, arrastrar o las flechas desplazan, arrastrar el cabezal viaja en el tiempo, Mayús+arrastrar selecciona un rango, arrastrar con el botón derecho amplía un rango, un clic en un evento lo selecciona.</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Ajustar todo</translation>
    </message>
    <message>
        <source>Zoom to Stream</source>
        <translation>Zoom al stream</translation>
    </message>
    <message>
        <source>Zoom to Selection</source>
        <translation>Zoom a la selección</translation>
    </message>
    <message>
        <source>Filter to Selection</source>
        <translation>Filtrar a la selección</translation>
    </message>
    <message>
        <source>Show only the selected time range in every view</source>
        <translation>Mostrar solo el rango de tiempo seleccionado en todas las vistas</translation>
    </message>
    <message>
        <source>Space Events Evenly</source>
        <translation>Espaciar eventos uniformemente</translation>
    </message>
    <message>
        <source>Space events by position instead of time, to see inside bursts</source>
        <translation>Espaciar los eventos por posición en lugar de por tiempo, para ver dentro de las ráfagas</translation>
    </message>
    <message>
        <source>Local Time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>(no valid timestamp)</source>
        <translation>(sin marca de tiempo válida)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation>usuario: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>posición %1</translation>
    </message>
    <message>
        <source>has findings</source>
        <translation>tiene hallazgos</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom in to see each event</source>
        <translation>Acerque para ver cada evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>Open a store to see its events over time</source>
        <translation>Abra un almacén para ver sus eventos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>This store has no events</source>
        <translation>Este almacén no tiene eventos</translation>
    </message>
    <message>
        <source>Preparing the timeline…</source>
        <translation>Preparando la línea de tiempo…</translation>
    </message>
    <message>
        <source>Selected event %1 of stream %2, version %3, at %4</source>
        <translation>Evento seleccionado %1 del stream %2, versión %3, hora %4</translation>
    </message>
    <message>
        <source>Playhead at %1</source>
        <translation>Cabezal en %1</translation>
    </message>
    <message>
        <source>Range selected from %1 to %2</source>
        <translation>Rango seleccionado de %1 a %2</translation>
    </message>
    <message>
        <source>Time filter from %1 to %2</source>
        <translation>Filtro de tiempo de %1 a %2</translation>
    </message>
    <message>
        <source>Lanes by stream</source>
        <translation>Carriles por stream</translation>
    </message>
    <message>
        <source>Lanes by aggregate type</source>
        <translation>Carriles por tipo de agregado</translation>
    </message>
    <message>
        <source>Lanes by event type</source>
        <translation>Carriles por tipo de evento</translation>
    </message>
    <message>
        <source>Lanes by user</source>
        <translation>Carriles por usuario</translation>
    </message>
    <message>
        <source>Start Selection at Playhead</source>
        <translation>Empezar la selección en el cabezal</translation>
    </message>
    <message>
        <source>End Selection at Playhead</source>
        <translation>Terminar la selección en el cabezal</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Time-travel debugger for event-sourced systems</source>
        <translation>Depurador con viaje en el tiempo para sistemas basados en eventos</translation>
    </message>
    <message>
        <source>The event store to open (an SQLite file).</source>
        <translation>El almacén de eventos que abrir (un archivo SQLite).</translation>
    </message>
    <message>
        <source>Open at this stream.</source>
        <translation>Abrir en este stream.</translation>
    </message>
    <message>
        <source>Open at this time (ISO-8601).</source>
        <translation>Abrir en este momento (ISO-8601).</translation>
    </message>
    <message>
        <source>Replay with FILE[#NAME] (a JavaScript projection) or &apos;merge&apos;.</source>
        <translation>Reproducir con ARCHIVO[#NOMBRE] (una proyección JavaScript) o &apos;merge&apos;.</translation>
    </message>
    <message>
        <source>Read the store with PRESET (seed, emmett, marten, castore) or a mapping FILE.</source>
        <translation>Leer el almacén con PRESET (seed, emmett, marten, castore) o con un ARCHIVO de mapeo.</translation>
    </message>
</context>
</TS>
