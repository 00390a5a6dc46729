<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommandLine</name>
    <message>
        <source>Calcinosis Guide explains calcinosis cutis (calcium deposits in or under the skin) to patients and families, and prints handouts in clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the content database at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the content languages: code, a tab, the language&apos;s own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language CODE (for example en, es, ar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the content and print section, topic id and title of each result, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at most N search results (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a handout to FILE (.pdf or .html) without opening a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout sections, comma-separated (overview, causes, diagnosis, treatment, living).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout topics, comma-separated topic ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print handout (18 pt, wide spacing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second language CODE to the handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size: a4 or letter (default: from the language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout preset (see the handout composer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <source>The content database was not found at &quot;%1&quot;. Reinstall Calcinosis Guide, or give the database with --content PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; cannot be read. Check that it is a file and that you have permission to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; is damaged or is not a Calcinosis Guide database (%2). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; has format version %2, but this version of Calcinosis Guide reads only version %3. Install a newer Calcinosis Guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; has format version %2, older than version %3 that this Calcinosis Guide needs. Rebuild the content or reinstall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library on this system was built without full-text search (FTS5), which Calcinosis Guide needs. Install the distribution&apos;s standard SQLite library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>the content database &quot;%1&quot; has no search index; rebuild it with the content compiler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; known languages: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Calcinosis Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::BodyMapPanel</name>
    <message>
        <source>Show the usual places for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::BookmarksDialog</name>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages you bookmarked with Ctrl+D or the star:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::CausesView</name>
    <message>
        <source>Show causes for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underlying condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the causes and risk factors of one condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes and risk factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::DiagnosisView</name>
    <message>
        <source>Tests, and what to expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the signs you have noticed, so you remember to mention them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::FindBar</name>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find in page: the current match and how many there are, e.g. &quot;3 of 12&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::GlossaryView</name>
    <message>
        <source>Find a word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other words for it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::HandoutComposerDialog</name>
    <message>
        <source>Print a handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a ready-made handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a section to include all its topics, or tick single topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one topic to print a handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions to ask the care team (checklist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the questions checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teach-back checklist for the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the teach-back checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econd language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second language, printed after each passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;rge print (18 pt, wide spacing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote from the care team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from the care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on the handout only. Never saved: both fields are emptied when this window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic (remembered on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic p&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a full preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout as a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and forget the patient&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout as a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::LivingView</name>
    <message>
        <source>Living with calcinosis summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living with calcinosis topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get medical help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources and about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark This Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handout...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a handout to print or save (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bigger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger text (Ctrl+Plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Calcinosis Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::OverviewView</name>
    <message>
        <source>Overview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The five types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview topics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topics, treatments, tests and the glossary. Results appear as you type; use the arrow keys and Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cg::SearchResultDelegate</name>
    <message>
        <source>not translated yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SearchResultModel</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SearchResultsPopup</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::SourcesView</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original language, reviewed by clinicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated and reviewed by a medical translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated, awaiting clinical review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a medical translator has reviewed a language, it is marked &quot;awaiting clinical review&quot;. Parts not yet translated are shown in English, with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcinosis Guide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1. It works without the internet. It keeps only your settings and bookmarks, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page names the sources it rests on. These are all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this guide, its languages and versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::TreatmentView</name>
    <message>
        <source>Type of treatment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the lumps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the lumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small lumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large or widespread lumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ViewContext</name>
    <message>
        <source>On this page:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
