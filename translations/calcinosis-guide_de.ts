<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BookmarkStore</name>
    <message>
        <source>&quot;%1&quot; is a file, not a folder</source>
        <translation>„%1“ ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>you may not write to &quot;%1&quot;</source>
        <translation>Sie dürfen nicht in „%1“ schreiben</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be opened (%2); bookmarks are off.</source>
        <translation>Die Lesezeichendatei „%1“ kann nicht geöffnet werden (%2); Lesezeichen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; is damaged and could not be moved aside; bookmarks are off.</source>
        <translation>Die Lesezeichendatei „%1“ ist beschädigt und konnte nicht beiseitegelegt werden; Lesezeichen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>The folder for bookmarks &quot;%1&quot; cannot be created (%2); bookmarks are off.</source>
        <translation>Der Ordner für Lesezeichen „%1“ kann nicht angelegt werden (%2); Lesezeichen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file, so bookmarks cannot be kept there; it was left alone.</source>
        <translation>„%1“ ist keine Datei, darum können dort keine Lesezeichen liegen; es wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>It was left unchanged; bookmarks are off.</source>
        <translation>Sie wurde nicht verändert; Lesezeichen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; was written by a newer version of Calcinosis Guide. It was left unchanged; bookmarks are off until you update.</source>
        <translation>Die Lesezeichendatei „%1“ wurde von einer neueren Version von Calcinosis Guide geschrieben. Sie wurde nicht verändert; Lesezeichen sind bis zu einem Update ausgeschaltet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Calcinosis Guide bookmarks file (it belongs to another program). %2 Move it elsewhere to start new bookmarks.</source>
        <translation>„%1“ ist keine Lesezeichendatei von Calcinosis Guide (sie gehört einem anderen Programm). %2 Verschieben Sie sie, um neue Lesezeichen anzulegen.</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; is in use by another program (another Calcinosis Guide?). %2</source>
        <translation>Die Lesezeichendatei „%1“ wird von einem anderen Programm benutzt (einem anderen Calcinosis Guide?). %2</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be read (%2). %3</source>
        <translation>Die Lesezeichendatei „%1“ kann nicht gelesen werden (%2). %3</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be written (%2); bookmarks are off.</source>
        <translation>Die Lesezeichendatei „%1“ kann nicht geschrieben werden (%2); Lesezeichen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Your bookmarks file could not be read, so a new, empty one was started. The old file was kept as &quot;%1&quot;.</source>
        <translation>Ihre Lesezeichendatei konnte nicht gelesen werden, deshalb wurde eine neue, leere angelegt. Die alte Datei wurde als „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file or its folder may not be written</source>
        <translation>die Datei oder ihr Ordner darf nicht geschrieben werden</translation>
    </message>
    <message>
        <source>another program is writing it; try again</source>
        <translation>ein anderes Programm schreibt gerade hinein; versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>The bookmark could not be saved in &quot;%1&quot;: %2.</source>
        <translation>Das Lesezeichen konnte nicht in „%1“ gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Calcinosis Guide explains calcinosis cutis (calcium deposits in or under the skin) to patients and families, and prints handouts in clinic.</source>
        <translation>Calcinosis Guide erklärt Patientinnen, Patienten und Familien die Calcinosis cutis (Kalkablagerungen in oder unter der Haut) und druckt Handzettel in der Praxis oder Klinik.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version zeigen und beenden.</translation>
    </message>
    <message>
        <source>Use the content database at PATH.</source>
        <translation>Die Inhaltsdatenbank unter PATH verwenden.</translation>
    </message>
    <message>
        <source>List the content languages: code, a tab, the language&apos;s own name.</source>
        <translation>Die Sprachen der Inhalte auflisten: Code, ein Tabulator, der Name der Sprache in der Sprache selbst.</translation>
    </message>
    <message>
        <source>Use the language CODE (for example en, es, ar).</source>
        <translation>Die Sprache CODE verwenden (zum Beispiel en, es, ar).</translation>
    </message>
    <message>
        <source>Search the content and print section, topic id and title of each result, best first.</source>
        <translation>Die Inhalte durchsuchen und für jedes Ergebnis Bereich, Themen-ID und Titel ausgeben, das beste zuerst.</translation>
    </message>
    <message>
        <source>Print at most N search results (default 10).</source>
        <translation>Höchstens N Suchergebnisse ausgeben (Standard: 10).</translation>
    </message>
    <message>
        <source>Write a handout to FILE (.pdf or .html) without opening a window.</source>
        <translation>Einen Handzettel in FILE (.pdf oder .html) schreiben, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Handout sections, comma-separated (overview, causes, diagnosis, treatment, living).</source>
        <translation>Bereiche des Handzettels, durch Kommas getrennt (overview, causes, diagnosis, treatment, living).</translation>
    </message>
    <message>
        <source>Handout topics, comma-separated topic ids.</source>
        <translation>Themen des Handzettels, Themen-IDs durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Large print handout (18 pt, wide spacing).</source>
        <translation>Handzettel in Großdruck (18 pt, großer Zeilenabstand).</translation>
    </message>
    <message>
        <source>Add a second language CODE to the handout.</source>
        <translation>Eine zweite Sprache CODE zum Handzettel hinzufügen.</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>(siehe --help)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Unerwartetes Argument „%1“ (siehe --help).</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--limit braucht eine ganze Zahl ab 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>Run as a kiosk: full screen, no files saved, back to the start when idle; Ctrl+Alt+Shift+Q quits.</source>
        <translation>Als Kiosk ausführen: Vollbild, keine Dateien speichern, nach einer Ruhezeit zurück zum Anfang; Strg+Alt+Umschalt+Q beendet.</translation>
    </message>
    <message>
        <source>Clinic name on the handout (default: the clinic settings).</source>
        <translation>Name der Praxis oder Klinik auf dem Handzettel (Standard: die Einstellungen der Praxis).</translation>
    </message>
    <message>
        <source>Clinic phone number on the handout (default: the clinic settings).</source>
        <translation>Telefonnummer der Praxis oder Klinik auf dem Handzettel (Standard: die Einstellungen der Praxis).</translation>
    </message>
    <message>
        <source>%1 cannot be used together: give one command at a time (see --help).</source>
        <translation>%1 können nicht zusammen verwendet werden: Geben Sie einen Befehl nach dem anderen an (siehe --help).</translation>
    </message>
    <message>
        <source>--%1 is used only with --%2 (see --help).</source>
        <translation>--%1 wird nur zusammen mit --%2 verwendet (siehe --help).</translation>
    </message>
    <message>
        <source>the file name given to --%1 is not valid UTF-8 text, so it cannot be used as given; rename the file or choose another name.</source>
        <translation>der bei --%1 angegebene Dateiname ist kein gültiger UTF-8-Text und kann so nicht verwendet werden; benennen Sie die Datei um oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>cannot open the window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or see --help for what works without a window.</source>
        <translation>das Fenster kann nicht geöffnet werden: Es gibt keine Anzeige (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starten Sie das Programm in einer Desktop-Sitzung, oder sehen Sie unter --help nach, was ohne Fenster geht.</translation>
    </message>
    <message>
        <source>The patient&apos;s condition (for example systemic-sclerosis): its usual places on the body map; never stored.</source>
        <translation>Die Erkrankung der Patientin oder des Patienten (zum Beispiel systemic-sclerosis): ihre üblichen Stellen auf der Körperkarte; wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Paper size: a4, letter or auto (the system&apos;s region; default: the clinic settings, else auto).</source>
        <translation>Papierformat: a4, letter oder auto (die Region des Systems; Standard: die Einstellungen der Praxis, sonst auto).</translation>
    </message>
    <message>
        <source>Handout preset: %1 (default: the clinic settings, else %2).</source>
        <translation>Merkblatt-Vorlage: %1 (Standard: die Einstellungen der Praxis, sonst %2).</translation>
    </message>
    <message>
        <source>--kiosk is for the window and cannot be used with %1 (see --help).</source>
        <translation>--kiosk gilt nur für das Fenster und kann nicht mit %1 verwendet werden (siehe --help).</translation>
    </message>
    <message>
        <source>--paper must be a4, letter or auto, not &quot;%1&quot;.</source>
        <translation>--paper muss a4, letter oder auto sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <source>The content database was not found at &quot;%1&quot;. Reinstall Calcinosis Guide, or give the database with --content PATH.</source>
        <translation>Die Inhaltsdatenbank wurde unter „%1“ nicht gefunden. Installieren Sie Calcinosis Guide neu oder geben Sie die Datenbank mit --content PATH an.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; cannot be read. Check that it is a file and that you have permission to read it.</source>
        <translation>Die Inhaltsdatenbank „%1“ kann nicht gelesen werden. Prüfen Sie, ob es eine Datei ist und ob Sie die Berechtigung haben, sie zu lesen.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; is damaged or is not a Calcinosis Guide database (%2). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>Die Inhaltsdatenbank „%1“ ist beschädigt oder keine Datenbank von Calcinosis Guide (%2). Installieren Sie Calcinosis Guide neu oder erstellen Sie die Inhalte mit dem Inhaltscompiler neu.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; has format version %2, but this version of Calcinosis Guide reads only version %3. Install a newer Calcinosis Guide.</source>
        <translation>Die Inhaltsdatenbank „%1“ hat die Formatversion %2, aber diese Version von Calcinosis Guide liest nur Version %3. Installieren Sie eine neuere Version von Calcinosis Guide.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; has format version %2, older than version %3 that this Calcinosis Guide needs. Rebuild the content or reinstall.</source>
        <translation>Die Inhaltsdatenbank „%1“ hat die Formatversion %2. Das ist älter als Version %3, die diese Version von Calcinosis Guide braucht. Erstellen Sie die Inhalte neu oder installieren Sie das Programm neu.</translation>
    </message>
    <message>
        <source>no content version</source>
        <translation>keine Inhaltsversion</translation>
    </message>
    <message>
        <source>The SQLite library on this system was built without full-text search (FTS5), which Calcinosis Guide needs. Install the distribution&apos;s standard SQLite library.</source>
        <translation>Die SQLite-Bibliothek auf diesem System wurde ohne Volltextsuche (FTS5) erstellt, die Calcinosis Guide braucht. Installieren Sie die Standard-SQLite-Bibliothek Ihrer Distribution.</translation>
    </message>
    <message>
        <source>the file is not as long as its pages say</source>
        <translation>die Datei ist nicht so lang, wie ihre Seiten angeben</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; is empty (0 bytes): it was not copied or installed completely. Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>Die Inhaltsdatenbank „%1“ ist leer (0 Byte): Sie wurde nicht vollständig kopiert oder installiert. Installieren Sie Calcinosis Guide neu oder erstellen Sie die Inhalte mit dem Inhaltscompiler neu.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it does not carry the Calcinosis Guide mark</source>
        <translation>sie trägt nicht die Kennung von Calcinosis Guide</translation>
    </message>
    <message>
        <source>it was set up for changes after it was built</source>
        <translation>sie wurde nach dem Erstellen für Änderungen eingerichtet</translation>
    </message>
    <message>
        <source>it has no content digest</source>
        <translation>sie hat keine Prüfsumme der Inhalte</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; was changed after it was built: its content does not match its digest. Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>Die Inhaltsdatenbank „%1“ wurde nach dem Erstellen verändert: Ihre Inhalte passen nicht zu ihrer Prüfsumme. Installieren Sie Calcinosis Guide neu oder erstellen Sie die Inhalte mit dem Inhaltscompiler neu.</translation>
    </message>
    <message>
        <source>Part of the content could not be read from &quot;%1&quot; (%2). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>Ein Teil der Inhalte konnte nicht aus „%1“ gelesen werden (%2). Installieren Sie Calcinosis Guide neu oder erstellen Sie die Inhalte mit dem Inhaltscompiler neu.</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>the name belongs to a device, a pipe or a link to one, not a file, and was left alone; choose another name</source>
        <translation>der Name gehört zu einem Gerät, einer Pipe oder einem Link darauf, nicht zu einer Datei, und wurde nicht angetastet; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>that is a folder; choose a file name inside it</source>
        <translation>das ist ein Ordner; wählen Sie einen Dateinamen darin</translation>
    </message>
    <message>
        <source>that is a link to a file that does not exist; choose another name</source>
        <translation>das ist ein Link auf eine Datei, die es nicht gibt; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the disk is full; free some space or choose another place</source>
        <translation>der Datenträger ist voll; schaffen Sie Platz oder wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <source>your disk quota is used up; free some space or choose another place</source>
        <translation>Ihr Speicherkontingent ist aufgebraucht; schaffen Sie Platz oder wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <source>the file is larger than this disk or folder allows; choose another place</source>
        <translation>die Datei ist größer, als dieser Datenträger oder Ordner erlaubt; wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <source>the disk is read-only; choose another place</source>
        <translation>der Datenträger ist schreibgeschützt; wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <source>permission denied; choose a folder you may write to</source>
        <translation>Zugriff verweigert; wählen Sie einen Ordner, in den Sie schreiben dürfen</translation>
    </message>
    <message>
        <source>the folder does not exist; choose another place</source>
        <translation>der Ordner existiert nicht; wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <source>unknown file type; use a name ending in .pdf or .html</source>
        <translation>unbekannter Dateityp; verwenden Sie einen Namen, der auf .pdf oder .html endet</translation>
    </message>
    <message>
        <source>the handout has no pages</source>
        <translation>der Handzettel hat keine Seiten</translation>
    </message>
</context>
<context>
    <name>ManagedSettings</name>
    <message>
        <source>&quot;%1&quot; is not a4, letter or auto; using auto.</source>
        <translation>&quot;%1&quot; ist weder a4 noch letter noch auto; auto wird verwendet.</translation>
    </message>
    <message>
        <source>%1: the file is not a valid settings file; its values were ignored. Check its [section] and key=value lines.</source>
        <translation>%1: Die Datei ist keine gültige Einstellungsdatei; ihre Werte wurden ignoriert. Prüfen Sie die Zeilen [Abschnitt] und Schlüssel=Wert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; using %2.</source>
        <translation>&quot;%1&quot; ist weder true noch false; %2 wird verwendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds from %2 to %3; using %4.</source>
        <translation>&quot;%1&quot; ist keine Sekundenzahl von %2 bis %3; %4 wird verwendet.</translation>
    </message>
    <message>
        <source>%1: %2 is still read, as %3; move it to %4.</source>
        <translation>%1: %2 wird noch gelesen, als %3; verschieben Sie es nach %4.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>the content database &quot;%1&quot; has no search index; rebuild it with the content compiler.</source>
        <translation>die Inhaltsdatenbank „%1“ hat keinen Suchindex; erstellen Sie sie mit dem Inhaltscompiler neu.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; known languages: %2</source>
        <translation>unbekannte Sprache „%1“; bekannte Sprachen: %2</translation>
    </message>
    <message>
        <source>the content database &quot;%1&quot; has no search index for &quot;%2&quot;; rebuild it with the content compiler.</source>
        <translation>die Inhaltsdatenbank „%1“ hat keinen Suchindex für „%2“; erstellen Sie sie mit dem Inhaltscompiler neu.</translation>
    </message>
    <message>
        <source>the search index in &quot;%1&quot; cannot be read (%2); rebuild it with the content compiler, or reinstall.</source>
        <translation>der Suchindex in „%1“ kann nicht gelesen werden (%2); erstellen Sie ihn mit dem Inhaltscompiler neu oder installieren Sie das Programm neu.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search does not work (%1). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>Die Suche funktioniert nicht (%1). Installieren Sie Calcinosis Guide neu oder erstellen Sie die Inhalte mit dem Inhaltscompiler neu.</translation>
    </message>
</context>
<context>
    <name>SettingsFiles</name>
    <message>
        <source>a FIFO</source>
        <translation>eine FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>%1: this settings file is %2, so it was not read; remove it or replace it with an ordinary settings file.</source>
        <translation>%1: Diese Einstellungsdatei ist %2 und wurde deshalb nicht gelesen; löschen Sie sie oder ersetzen Sie sie durch eine gewöhnliche Einstellungsdatei.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Calcinosis Guide</source>
        <translation>Calcinosis Guide</translation>
    </message>
</context>
<context>
    <name>cg::BodyMapPanel</name>
    <message>
        <source>Show the usual places for:</source>
        <translation>Typische Stellen zeigen für:</translation>
    </message>
    <message>
        <source>Usual places</source>
        <translation>Typische Stellen</translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation>Grundkrankheit</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Von vorn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Von hinten</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperzeichnung</translation>
    </message>
</context>
<context>
    <name>cg::BookmarksDialog</name>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Pages you bookmarked with Ctrl+D or the star:</source>
        <translation>Seiten, die Sie mit Ctrl+D oder dem Stern gemerkt haben:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>cg::CausesView</name>
    <message>
        <source>Show causes for:</source>
        <translation>Ursachen zeigen für:</translation>
    </message>
    <message>
        <source>Underlying condition</source>
        <translation>Grundkrankheit</translation>
    </message>
    <message>
        <source>Show only the causes and risk factors of one condition</source>
        <translation>Nur die Ursachen und Risikofaktoren einer Erkrankung zeigen</translation>
    </message>
    <message>
        <source>All conditions</source>
        <translation>Alle Erkrankungen</translation>
    </message>
    <message>
        <source>Causes summary</source>
        <translation>Ursachen: Zusammenfassung</translation>
    </message>
    <message>
        <source>Causes and risk factors</source>
        <translation>Ursachen und Risikofaktoren</translation>
    </message>
    <message>
        <source>Causes topics</source>
        <translation>Ursachen: Themen</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 werden gezeigt</translation>
    </message>
</context>
<context>
    <name>cg::DiagnosisView</name>
    <message>
        <source>Tests, and what to expect</source>
        <translation>Untersuchungen und was Sie erwartet</translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation>Art der Untersuchung</translation>
    </message>
    <message>
        <source>Diagnosis summary</source>
        <translation>Diagnose: Zusammenfassung</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Untersuchungen</translation>
    </message>
    <message>
        <source>Diagnosis topics</source>
        <translation>Diagnose: Themen</translation>
    </message>
    <message>
        <source>Tick the signs you have noticed, so you remember to mention them.</source>
        <translation>Haken Sie die Anzeichen ab, die Ihnen aufgefallen sind. So denken Sie daran, sie anzusprechen.</translation>
    </message>
</context>
<context>
    <name>cg::FindBar</name>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find in page: the current match and how many there are, e.g. &quot;3 of 12&quot;.</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation>Suche schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
</context>
<context>
    <name>cg::GlossaryView</name>
    <message>
        <source>Find a word:</source>
        <translation>Wort suchen:</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Zum Filtern tippen</translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation>Ein Wort in der Liste der wichtigen Wörter suchen</translation>
    </message>
    <message>
        <source>Glossary words</source>
        <translation>Liste der wichtigen Wörter</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Erklärung des Wortes</translation>
    </message>
    <message>
        <source>Other words for it:</source>
        <translation>Andere Wörter dafür:</translation>
    </message>
</context>
<context>
    <name>cg::HandoutComposerDialog</name>
    <message>
        <source>Print a handout</source>
        <translation>Einen Handzettel drucken</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Inhalt des Handzettels</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Your own choice</source>
        <translation>Eigene Auswahl</translation>
    </message>
    <message>
        <source>Start from a ready-made handout</source>
        <translation>Mit einem fertigen Handzettel beginnen</translation>
    </message>
    <message>
        <source>Topics to include</source>
        <translation>Themen für den Handzettel</translation>
    </message>
    <message>
        <source>Tick a section to include all its topics, or tick single topics.</source>
        <translation>Haken Sie einen Bereich ab, um alle seine Themen aufzunehmen, oder haken Sie einzelne Themen ab.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select all topics</source>
        <translation>Alle Themen auswählen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Alle ab&amp;wählen</translation>
    </message>
    <message>
        <source>Clear all topics</source>
        <translation>Alle Themen abwählen</translation>
    </message>
    <message>
        <source>Choose at least one topic to print a handout.</source>
        <translation>Wählen Sie mindestens ein Thema, um einen Handzettel zu drucken.</translation>
    </message>
    <message>
        <source>&amp;Questions to ask the care team (checklist)</source>
        <translation>F&amp;ragen an Ihr Behandlungsteam (Checkliste)</translation>
    </message>
    <message>
        <source>Include the questions checklist</source>
        <translation>Checkliste mit Fragen aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Teach-back checklist for the care team</source>
        <translation>Checkliste zum &amp;Nacherzählen (für das Behandlungsteam)</translation>
    </message>
    <message>
        <source>Include the teach-back checklist</source>
        <translation>Checkliste zum Nacherzählen aufnehmen</translation>
    </message>
    <message>
        <source>Language and layout</source>
        <translation>Sprache und Gestaltung</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage:</source>
        <translation>&amp;Sprache des Handzettels:</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Sprache des Handzettels</translation>
    </message>
    <message>
        <source>S&amp;econd language:</source>
        <translation>&amp;Zweite Sprache:</translation>
    </message>
    <message>
        <source>Second language, printed after each passage</source>
        <translation>Zweite Sprache, nach jedem Abschnitt gedruckt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>La&amp;rge print (18 pt, wide spacing)</source>
        <translation>&amp;Großdruck (18 pt, großer Zeilenabstand)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Großdruck</translation>
    </message>
    <message>
        <source>For this patient</source>
        <translation>Für die Patientin oder den Patienten</translation>
    </message>
    <message>
        <source>Patient &amp;name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Name der Patientin oder des Patienten</translation>
    </message>
    <message>
        <source>N&amp;ote from the care team:</source>
        <translation>Nachricht vom &amp;Behandlungsteam:</translation>
    </message>
    <message>
        <source>Note from the care team</source>
        <translation>Nachricht vom Behandlungsteam</translation>
    </message>
    <message>
        <source>Printed on the handout only. Never saved: both fields are emptied when this window closes.</source>
        <translation>Steht nur auf dem Handzettel. Wird nie gespeichert: Beide Felder werden geleert, wenn dieses Fenster geschlossen wird.</translation>
    </message>
    <message>
        <source>Clinic (remembered on this computer)</source>
        <translation>Praxis oder Klinik (auf diesem Computer gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation>Praxis oder &amp;Klinik:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis oder Klinik</translation>
    </message>
    <message>
        <source>Clinic p&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Clinic phone number</source>
        <translation>Telefonnummer der Praxis oder Klinik</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Vorschau des Handzettels</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>V&amp;orschau…</translation>
    </message>
    <message>
        <source>Open a full preview</source>
        <translation>Große Vorschau öffnen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Den Handzettel drucken</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Den Handzettel als PDF speichern</translation>
    </message>
    <message>
        <source>Save HT&amp;ML…</source>
        <translation>Als &amp;HTML speichern…</translation>
    </message>
    <message>
        <source>Save the handout as a web page</source>
        <translation>Den Handzettel als Webseite speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close and forget the patient&apos;s details</source>
        <translation>Schließen und die Angaben zur Patientin oder zum Patienten löschen</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Handzettel drucken</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>Der Handzettel konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Handzettel als PDF speichern</translation>
    </message>
    <message>
        <source>Save handout as a web page</source>
        <translation>Handzettel als Webseite speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Handzettel speichern</translation>
    </message>
    <message>
        <source>The handout could not be saved to %1: %2</source>
        <translation>Der Handzettel konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>saving files is turned off on this computer</source>
        <translation>das Speichern von Dateien ist auf diesem Computer ausgeschaltet</translation>
    </message>
    <message>
        <source>Set for every user of this computer by the administrator.</source>
        <translation>Vom Administrator für alle Benutzer dieses Computers festgelegt.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of the saved handout</source>
        <translation>Den Ordner des gespeicherten Handzettels öffnen</translation>
    </message>
    <message>
        <source>About 1 page</source>
        <translation>Etwa 1 Seite</translation>
    </message>
    <message>
        <source>About %1 pages</source>
        <translation>Etwa %1 Seiten</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Not chosen (all conditions)</source>
        <translation>Nicht gewählt (alle Erkrankungen)</translation>
    </message>
    <message>
        <source>The patient&apos;s condition</source>
        <translation>Die Erkrankung des Patienten</translation>
    </message>
    <message>
        <source>Prints the usual places of lumps for this condition. Not stored.</source>
        <translation>Druckt die üblichen Stellen der Knoten bei dieser Erkrankung. Wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cond&amp;ition:</source>
        <translation>Erkran&amp;kung:</translation>
    </message>
    <message>
        <source>the file is missing or incomplete; check the free space and that you may write there, or choose another place</source>
        <translation>die Datei fehlt oder ist unvollständig; prüfen Sie den freien Speicherplatz und ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis oder Klinik</translation>
    </message>
</context>
<context>
    <name>cg::LivingView</name>
    <message>
        <source>Living with calcinosis summary</source>
        <translation>Leben mit Kalzinose: Zusammenfassung</translation>
    </message>
    <message>
        <source>Living with calcinosis topics</source>
        <translation>Leben mit Kalzinose: Themen</translation>
    </message>
    <message>
        <source>Get medical help</source>
        <translation>Ärztliche Hilfe holen</translation>
    </message>
    <message>
        <source>Self-care checklist</source>
        <translation>Checkliste: Was Sie selbst tun können</translation>
    </message>
    <message>
        <source>Questions checklist</source>
        <translation>Checkliste: Fragen an Ihr Behandlungsteam</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <extracomment>&quot;On this page&quot; on Living with it: %1 is the title of a checklist.</extracomment>
        <translation>Checkliste: %1</translation>
    </message>
</context>
<context>
    <name>cg::MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Living with it</source>
        <translation>Leben mit Kalzinose</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Wichtige Wörter</translation>
    </message>
    <message>
        <source>Sources and about</source>
        <translation>Quellen und Infos</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>Lesezeichen &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Page</source>
        <translation>&amp;Lesezeichen für diese Seite</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Gemerkt</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Merken</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>Zurück (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>Vorwärts (Alt+Right)</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handzettel</translation>
    </message>
    <message>
        <source>Make a handout to print or save (Ctrl+P)</source>
        <translation>Einen Handzettel zum Drucken oder Speichern erstellen (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Bigger Text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl+Plus)</source>
        <translation>Text größer (Ctrl+Plus)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Text &amp;kleiner</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>Text kleiner (Ctrl+Minus)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Wie im &amp;System</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>&amp;About Calcinosis Guide</source>
        <translation>Ü&amp;ber Calcinosis Guide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>&amp;Handzettel…</translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation>Lesezeichen &amp;verwalten…</translation>
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
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Find in Page</source>
        <translation>Auf der Seite &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Search the Guide</source>
        <translation>Im &amp;Ratgeber suchen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Calcinosis Guide %1&lt;/h3&gt;&lt;p&gt;Plain-language information about calcinosis cutis for patients, families and the clinicians who sit with them.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;This guide is for learning only. It is not a diagnosis or a treatment plan.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. The program never uses the network.&lt;/p&gt;</source>
        <extracomment>Help &gt; About. %1: program version; %2: content version and review line.</extracomment>
        <translation>&lt;h3&gt;Calcinosis Guide %1&lt;/h3&gt;&lt;p&gt;Informationen in einfacher Sprache über Calcinosis cutis für Betroffene, Familien und die Fachleute, die sie begleiten.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Dieser Ratgeber dient nur zum Lernen. Er ist keine Diagnose und kein Behandlungsplan.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später. Das Programm nutzt nie das Netzwerk.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Calcinosis Guide</source>
        <translation>Über Calcinosis Guide</translation>
    </message>
    <message>
        <source>Next or previous match in the page</source>
        <translation>Nächster oder vorheriger Treffer auf der Seite</translation>
    </message>
    <message>
        <source>F3, Shift+F3</source>
        <translation>F3, Umschalt+F3</translation>
    </message>
    <message>
        <source>Move between links and controls</source>
        <translation>Zwischen Links und Bedienelementen wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Follow the chosen link</source>
        <translation>Gewählten Link öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>cg::NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>cg::OverviewView</name>
    <message>
        <source>Overview summary</source>
        <translation>Überblick: Zusammenfassung</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Das Wichtigste auf einen Blick</translation>
    </message>
    <message>
        <source>The five types</source>
        <translation>Die fünf Formen</translation>
    </message>
    <message>
        <source>Overview topics</source>
        <translation>Überblick: Themen</translation>
    </message>
</context>
<context>
    <name>cg::ReadAloud</name>
    <message>
        <source>&amp;Very Slow</source>
        <translation>Sehr &amp;langsam</translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation>&amp;Langsam</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>&amp;Schnell</translation>
    </message>
    <message>
        <source>V&amp;ery Fast</source>
        <translation>Sehr schn&amp;ell</translation>
    </message>
    <message>
        <source>No voice for %1 on this computer</source>
        <translation>Keine Stimme für %1 auf diesem Computer</translation>
    </message>
    <message>
        <source>Say This &amp;Word</source>
        <translation>Dieses &amp;Wort sagen</translation>
    </message>
    <message>
        <source>Stop reading aloud (F9)</source>
        <translation>Vorlesen beenden (F9)</translation>
    </message>
    <message>
        <source>Read this page aloud, from where you are (F9)</source>
        <translation>Diese Seite vorlesen, ab der Stelle, an der Sie sind (F9)</translation>
    </message>
    <message>
        <source>&amp;Resume Reading</source>
        <translation>Vorlesen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause Reading</source>
        <translation>Vorlesen &amp;anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Read &amp;Aloud</source>
        <translation>&amp;Vorlesen</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>Vorlesen &amp;beenden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>Vorlesen beenden (Esc)</translation>
    </message>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>&amp;Nächster Satz</translation>
    </message>
    <message>
        <source>P&amp;revious Sentence</source>
        <translation>Vo&amp;rheriger Satz</translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation>&amp;Vorlesen</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>S&amp;timme</translation>
    </message>
</context>
<context>
    <name>cg::SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>Im Ratgeber suchen</translation>
    </message>
    <message>
        <source>Search topics, treatments, tests and the glossary. Results appear as you type; use the arrow keys and Enter to open one.</source>
        <translation>Suchen Sie in Themen, Behandlungen, Untersuchungen und wichtigen Wörtern. Die Ergebnisse erscheinen beim Tippen. Mit den Pfeiltasten und Enter öffnen Sie ein Ergebnis.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Keine Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+K)</source>
        <extracomment>The search field&apos;s placeholder, with its keyboard shortcut.</extracomment>
        <translation>Im Ratgeber suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <extracomment>The search field&apos;s placeholder when the long one does not fit (large text).</extracomment>
        <translation>Suchen (Strg+K)</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultDelegate</name>
    <message>
        <source>not translated yet</source>
        <translation>noch nicht übersetzt</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultModel</name>
    <message>
        <source>Glossary</source>
        <translation>Wichtige Wörter</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultsPopup</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer words, other words for the same thing, or check the spelling: for example “lumps”, ǋlood tests” or a medicine&apos;s name.</source>
        <extracomment>Search found nothing. %1 is what the reader typed.</extracomment>
        <translation>Nichts gefunden für „%1“. Versuchen Sie weniger Wörter, andere Wörter für dasselbe, oder prüfen Sie die Schreibweise: zum Beispiel „Knoten“, „Bluttests“ oder den Namen eines Medikaments.</translation>
    </message>
    <message>
        <source>Search cannot run: the guide&apos;s search index could not be read. The pages, the glossary and find in page (Ctrl+F) still work.</source>
        <translation>Die Suche kann nicht laufen: Der Suchindex des Ratgebers konnte nicht gelesen werden. Die Seiten, das Glossar und die Suche auf der Seite (Strg+F) funktionieren weiterhin.</translation>
    </message>
</context>
<context>
    <name>cg::SectionView</name>
    <message>
        <source>This page could not be read</source>
        <translation>Diese Seite konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Close the guide and start it again. If this page still cannot be read, reinstall the guide&apos;s content package.</source>
        <translation>Schließen Sie den Ratgeber und starten Sie ihn neu. Wenn diese Seite weiterhin nicht gelesen werden kann, installieren Sie das Inhaltspaket des Ratgebers neu.</translation>
    </message>
</context>
<context>
    <name>cg::SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation>Über diesen Ratgeber</translation>
    </message>
    <message>
        <source>Translated, awaiting clinical review</source>
        <translation>Übersetzt, ärztliche Prüfung steht noch aus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Übersetzt</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Until a medical translator has reviewed a language, it is marked &quot;awaiting clinical review&quot;. Parts not yet translated are shown in English, with a note.</source>
        <translation>Solange keine medizinische Fachübersetzerin und kein Fachübersetzer eine Sprache geprüft hat, steht dort „ärztliche Prüfung steht noch aus“. Teile, die noch nicht übersetzt sind, werden mit einem Hinweis auf Englisch gezeigt.</translation>
    </message>
    <message>
        <source>This program</source>
        <translation>Dieses Programm</translation>
    </message>
    <message>
        <source>Calcinosis Guide %1</source>
        <translation>Calcinosis Guide, Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1. It works without the internet. It keeps only your settings and bookmarks, on this computer.</source>
        <translation>Erstellt mit Qt %1. Das Programm funktioniert ohne Internet. Es speichert nur Ihre Einstellungen und Lesezeichen, und zwar auf diesem Computer.</translation>
    </message>
    <message>
        <source>Every page names the sources it rests on. These are all of them.</source>
        <translation>Jede Seite nennt die Quellen, auf denen sie beruht. Hier finden Sie alle.</translation>
    </message>
    <message>
        <source>About this guide, its languages and versions</source>
        <translation>Über diesen Ratgeber, seine Sprachen und Versionen</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Originalsprache</translation>
    </message>
    <message>
        <source>Translation checked by: %1, %2</source>
        <extracomment>%1 is the reviewer&apos;s role, such as &quot;Medical translator&quot;; %2 is a date.</extracomment>
        <translation>Übersetzung geprüft von: %1, %2</translation>
    </message>
    <message>
        <source>Not yet reviewed by a clinician</source>
        <translation>Noch nicht von medizinischem Fachpersonal geprüft</translation>
    </message>
    <message>
        <source>%1 of %2 topics reviewed by a clinician</source>
        <extracomment>%1 and %2 are numbers of topics.</extracomment>
        <translation>%1 von %2 Themen von medizinischem Fachpersonal geprüft</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Clinical review</source>
        <translation>Klinische Prüfung</translation>
    </message>
</context>
<context>
    <name>cg::SpeechReader</name>
    <message>
        <source>Reading aloud stopped: %1</source>
        <translation>Das Vorlesen wurde beendet: %1</translation>
    </message>
    <message>
        <source>This computer has no voice for %1 (%2), so this page cannot be read aloud in its language. To add voices for all six languages, ask whoever looks after this computer to run: apt install espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</source>
        <extracomment>%1 is a language named in itself (&quot;Español&quot;), %2 in English (&quot;Spanish&quot;).</extracomment>
        <translation>Dieser Computer hat keine Stimme für %1 (%2), deshalb kann diese Seite nicht in ihrer Sprache vorgelesen werden. Um Stimmen für alle sechs Sprachen hinzuzufügen, bitten Sie die Person, die diesen Computer betreut, Folgendes auszuführen: apt install espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</translation>
    </message>
    <message>
        <source>Reading aloud needs a speech engine, and this computer has none. Ask whoever looks after this computer to run: apt install qt6-speech-speechd-plugin espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</source>
        <translation>Zum Vorlesen braucht es eine Sprachausgabe, und dieser Computer hat keine. Bitten Sie die Person, die diesen Computer betreut, Folgendes auszuführen: apt install qt6-speech-speechd-plugin espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</translation>
    </message>
</context>
<context>
    <name>cg::TreatmentView</name>
    <message>
        <source>Type of treatment:</source>
        <translation>Art der Behandlung:</translation>
    </message>
    <message>
        <source>Type of treatment</source>
        <translation>Art der Behandlung</translation>
    </message>
    <message>
        <source>Size of the lumps:</source>
        <translation>Größe der Knoten:</translation>
    </message>
    <message>
        <source>Size of the lumps</source>
        <translation>Größe der Knoten</translation>
    </message>
    <message>
        <source>Treatment summary</source>
        <translation>Behandlung: Zusammenfassung</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Treatment topics</source>
        <translation>Behandlung: Themen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Jede Größe</translation>
    </message>
    <message>
        <source>Small lumps</source>
        <translation>Kleine Knoten</translation>
    </message>
    <message>
        <source>Large or widespread lumps</source>
        <translation>Große oder weit verbreitete Knoten</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 werden gezeigt</translation>
    </message>
</context>
<context>
    <name>cg::ViewContext</name>
    <message>
        <source>On this page:</source>
        <translation>Auf dieser Seite:</translation>
    </message>
    <message>
        <source>Right-click or press the Menu key to hear this word.</source>
        <translation>Klicken Sie mit der rechten Maustaste oder drücken Sie die Menütaste, um dieses Wort zu hören.</translation>
    </message>
</context>
</TS>
