<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Chronoscope::BookmarksView</name>
    <message numerus="yes">
        <source>Remove %n &amp;Note(s)</source>
        <translation>
            <numerusform>Remove %n &amp;Note</numerusform>
            <numerusform>Remove %n &amp;Notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::CaseController</name>
    <message numerus="yes">
        <source>%n bookmark(s) or note(s) of the case file name events this store does not have; they are kept.</source>
        <translation>
            <numerusform>%n bookmark or note of the case file names events this store does not have; it is kept.</numerusform>
            <numerusform>%n bookmarks or notes of the case file name events this store does not have; they are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::FindingsModel</name>
    <message numerus="yes">
        <source>%1: %n finding(s) of %2</source>
        <comment>severity: count of code</comment>
        <translation>
            <numerusform>%1: %n finding of %2</numerusform>
            <numerusform>%1: %n findings of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::FindingsView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n shown)</source>
        <comment>counts (shown by the filter)</comment>
        <translation>
            <numerusform>%1 (%n shown)</numerusform>
            <numerusform>%1 (%n shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s). Select one to see its event and evidence.</source>
        <translation>
            <numerusform>%n finding. Select one to see its event and evidence.</numerusform>
            <numerusform>%n findings. Select one to see its event and evidence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::GraphView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n stream(s)</source>
        <translation>
            <numerusform>in %n stream</numerusform>
            <numerusform>in %n streams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <comment>children of an object or array</comment>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>children of an object or array</comment>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <comment>children of an object or array</comment>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::LiveFollowControl</name>
    <message numerus="yes">
        <source>Following — %n new event(s)</source>
        <translation>
            <numerusform>Following — %n new event</numerusform>
            <numerusform>Following — %n new events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused — %n new event(s) waiting</source>
        <translation>
            <numerusform>Paused — %n new event waiting</numerusform>
            <numerusform>Paused — %n new events waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::MainWindow</name>
    <message numerus="yes">
        <source>%n event(s) could not be indexed as stored; they are shown with what could be read.</source>
        <translation>
            <numerusform>%n event could not be indexed as stored; they are shown with what could be read.</numerusform>
            <numerusform>%n events could not be indexed as stored; they are shown with what could be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n event(s) · projection %3</source>
        <translation>
            <numerusform>%1 · %2 · %n event · projection %3</numerusform>
            <numerusform>%1 · %2 · %n events · projection %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::StreamsModel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::TimelineView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
</TS>
