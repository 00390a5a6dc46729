<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BookmarkStore</name>
    <message>
        <source>&quot;%1&quot; is a file, not a folder</source>
        <translation>&quot;%1&quot; es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>you may not write to &quot;%1&quot;</source>
        <translation>no tiene permiso para escribir en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be opened (%2); bookmarks are off.</source>
        <translation>No se puede abrir el archivo de marcadores &quot;%1&quot; (%2); los marcadores están desactivados.</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; is damaged and could not be moved aside; bookmarks are off.</source>
        <translation>El archivo de marcadores &quot;%1&quot; está dañado y no se pudo apartar; los marcadores están desactivados.</translation>
    </message>
    <message>
        <source>The folder for bookmarks &quot;%1&quot; cannot be created (%2); bookmarks are off.</source>
        <translation>No se puede crear la carpeta de marcadores &quot;%1&quot; (%2); los marcadores están desactivados.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file, so bookmarks cannot be kept there; it was left alone.</source>
        <translation>&quot;%1&quot; no es un archivo, así que no se pueden guardar marcadores ahí; no se ha tocado.</translation>
    </message>
    <message>
        <source>It was left unchanged; bookmarks are off.</source>
        <translation>No se ha modificado; los marcadores están desactivados.</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; was written by a newer version of Calcinosis Guide. It was left unchanged; bookmarks are off until you update.</source>
        <translation>El archivo de marcadores &quot;%1&quot; lo escribió una versión más reciente de Calcinosis Guide. No se ha modificado; los marcadores estarán desactivados hasta que actualice el programa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Calcinosis Guide bookmarks file (it belongs to another program). %2 Move it elsewhere to start new bookmarks.</source>
        <translation>&quot;%1&quot; no es un archivo de marcadores de Calcinosis Guide (pertenece a otro programa). %2 Muévalo a otro lugar para empezar con marcadores nuevos.</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; is in use by another program (another Calcinosis Guide?). %2</source>
        <translation>Otro programa está usando el archivo de marcadores &quot;%1&quot; (¿otra ventana de Calcinosis Guide?). %2</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be read (%2). %3</source>
        <translation>No se puede leer el archivo de marcadores &quot;%1&quot; (%2). %3</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be written (%2); bookmarks are off.</source>
        <translation>No se puede escribir en el archivo de marcadores &quot;%1&quot; (%2); los marcadores están desactivados.</translation>
    </message>
    <message>
        <source>Your bookmarks file could not be read, so a new, empty one was started. The old file was kept as &quot;%1&quot;.</source>
        <translation>No se pudo leer su archivo de marcadores, así que se empezó uno nuevo y vacío. El archivo anterior se guardó como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file or its folder may not be written</source>
        <translation>no se permite escribir en el archivo o en su carpeta</translation>
    </message>
    <message>
        <source>another program is writing it; try again</source>
        <translation>otro programa está escribiendo en él; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco informó de un error</translation>
    </message>
    <message>
        <source>The bookmark could not be saved in &quot;%1&quot;: %2.</source>
        <translation>No se pudo guardar el marcador en &quot;%1&quot;: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Calcinosis Guide explains calcinosis cutis (calcium deposits in or under the skin) to patients and families, and prints handouts in clinic.</source>
        <translation>Calcinosis Guide explica la calcinosis cutis (depósitos de calcio en la piel o debajo de ella) a pacientes y familias, e imprime folletos en la consulta.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Use the content database at PATH.</source>
        <translation>Usar la base de datos de contenido que está en PATH.</translation>
    </message>
    <message>
        <source>List the content languages: code, a tab, the language&apos;s own name.</source>
        <translation>Mostrar los idiomas del contenido: código, un tabulador y el nombre del idioma en su propia lengua.</translation>
    </message>
    <message>
        <source>Use the language CODE (for example en, es, ar).</source>
        <translation>Usar el idioma CODE (por ejemplo en, es, ar).</translation>
    </message>
    <message>
        <source>Search the content and print section, topic id and title of each result, best first.</source>
        <translation>Buscar en el contenido y mostrar la sección, el id del tema y el título de cada resultado, empezando por el más relevante.</translation>
    </message>
    <message>
        <source>Print at most N search results (default 10).</source>
        <translation>Mostrar como máximo N resultados de búsqueda (por defecto, 10).</translation>
    </message>
    <message>
        <source>Write a handout to FILE (.pdf or .html) without opening a window.</source>
        <translation>Guardar un folleto en FILE (.pdf o .html) sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <source>Handout sections, comma-separated (overview, causes, diagnosis, treatment, living).</source>
        <translation>Secciones del folleto, separadas por comas (overview, causes, diagnosis, treatment, living).</translation>
    </message>
    <message>
        <source>Handout topics, comma-separated topic ids.</source>
        <translation>Temas del folleto: ids de los temas, separados por comas.</translation>
    </message>
    <message>
        <source>Large print handout (18 pt, wide spacing).</source>
        <translation>Folleto con letra grande (18 pt, más espacio entre líneas).</translation>
    </message>
    <message>
        <source>Add a second language CODE to the handout.</source>
        <translation>Añadir un segundo idioma CODE al folleto.</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>(vea --help)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Argumento inesperado &quot;%1&quot; (vea --help).</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--limit necesita un número entero igual o mayor que 1, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Run as a kiosk: full screen, no files saved, back to the start when idle; Ctrl+Alt+Shift+Q quits.</source>
        <translation>Ejecutar como quiosco: pantalla completa, sin guardar archivos, vuelta al inicio tras un tiempo sin uso; Ctrl+Alt+Shift+Q para salir.</translation>
    </message>
    <message>
        <source>Clinic name on the handout (default: the clinic settings).</source>
        <translation>Nombre del centro de salud en el folleto (por defecto: la configuración del centro).</translation>
    </message>
    <message>
        <source>Clinic phone number on the handout (default: the clinic settings).</source>
        <translation>Teléfono del centro de salud en el folleto (por defecto: la configuración del centro).</translation>
    </message>
    <message>
        <source>%1 cannot be used together: give one command at a time (see --help).</source>
        <translation>%1 no se pueden usar juntos: indique un solo comando cada vez (vea --help).</translation>
    </message>
    <message>
        <source>--%1 is used only with --%2 (see --help).</source>
        <translation>--%1 solo se usa con --%2 (vea --help).</translation>
    </message>
    <message>
        <source>the file name given to --%1 is not valid UTF-8 text, so it cannot be used as given; rename the file or choose another name.</source>
        <translation>el nombre de archivo indicado en --%1 no es texto UTF-8 válido, así que no se puede usar tal cual; cambie el nombre del archivo o elija otro nombre.</translation>
    </message>
    <message>
        <source>cannot open the window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or see --help for what works without a window.</source>
        <translation>no se puede abrir la ventana: no hay pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas). Inicie el programa desde una sesión de escritorio, o vea --help para lo que funciona sin ventana.</translation>
    </message>
    <message>
        <source>The patient&apos;s condition (for example systemic-sclerosis): its usual places on the body map; never stored.</source>
        <translation>La enfermedad del paciente (por ejemplo systemic-sclerosis): sus lugares habituales en el mapa del cuerpo; nunca se guarda.</translation>
    </message>
    <message>
        <source>Paper size: a4, letter or auto (the system&apos;s region; default: the clinic settings, else auto).</source>
        <translation>Tamaño del papel: a4, letter o auto (la región del sistema; por defecto: la configuración de la clínica, si no auto).</translation>
    </message>
    <message>
        <source>Handout preset: %1 (default: the clinic settings, else %2).</source>
        <translation>Modelo de folleto: %1 (por defecto: la configuración de la clínica, si no %2).</translation>
    </message>
    <message>
        <source>--kiosk is for the window and cannot be used with %1 (see --help).</source>
        <translation>--kiosk es para la ventana y no se puede usar con %1 (vea --help).</translation>
    </message>
    <message>
        <source>--paper must be a4, letter or auto, not &quot;%1&quot;.</source>
        <translation>--paper debe ser a4, letter o auto, no «%1».</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <source>The content database was not found at &quot;%1&quot;. Reinstall Calcinosis Guide, or give the database with --content PATH.</source>
        <translation>No se encontró la base de datos de contenido en &quot;%1&quot;. Vuelva a instalar Calcinosis Guide o indique la base de datos con --content PATH.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; cannot be read. Check that it is a file and that you have permission to read it.</source>
        <translation>No se puede leer la base de datos de contenido &quot;%1&quot;. Compruebe que es un archivo y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; is damaged or is not a Calcinosis Guide database (%2). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>La base de datos de contenido &quot;%1&quot; está dañada o no es una base de datos de Calcinosis Guide (%2). Vuelva a instalar Calcinosis Guide o vuelva a generar el contenido con el compilador de contenido.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; has format version %2, but this version of Calcinosis Guide reads only version %3. Install a newer Calcinosis Guide.</source>
        <translation>La base de datos de contenido &quot;%1&quot; tiene la versión de formato %2, pero esta versión de Calcinosis Guide solo lee la versión %3. Instale una versión más reciente de Calcinosis Guide.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; has format version %2, older than version %3 that this Calcinosis Guide needs. Rebuild the content or reinstall.</source>
        <translation>La base de datos de contenido &quot;%1&quot; tiene la versión de formato %2, anterior a la versión %3 que necesita esta versión de Calcinosis Guide. Vuelva a generar el contenido o vuelva a instalar el programa.</translation>
    </message>
    <message>
        <source>no content version</source>
        <translation>sin versión de contenido</translation>
    </message>
    <message>
        <source>The SQLite library on this system was built without full-text search (FTS5), which Calcinosis Guide needs. Install the distribution&apos;s standard SQLite library.</source>
        <translation>La biblioteca SQLite de este sistema se compiló sin búsqueda de texto completo (FTS5), que Calcinosis Guide necesita. Instale la biblioteca SQLite estándar de su distribución.</translation>
    </message>
    <message>
        <source>the file is not as long as its pages say</source>
        <translation>el archivo no tiene la longitud que indican sus páginas</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; is empty (0 bytes): it was not copied or installed completely. Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>La base de datos de contenido &quot;%1&quot; está vacía (0 bytes): no se copió o no se instaló por completo. Vuelva a instalar Calcinosis Guide o vuelva a generar el contenido con el compilador de contenido.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>it does not carry the Calcinosis Guide mark</source>
        <translation>no lleva la marca de Calcinosis Guide</translation>
    </message>
    <message>
        <source>it was set up for changes after it was built</source>
        <translation>se preparó para recibir cambios después de generarse</translation>
    </message>
    <message>
        <source>it has no content digest</source>
        <translation>no tiene resumen de contenido</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; was changed after it was built: its content does not match its digest. Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>La base de datos de contenido &quot;%1&quot; se modificó después de generarse: su contenido no coincide con su resumen. Vuelva a instalar Calcinosis Guide o vuelva a generar el contenido con el compilador de contenido.</translation>
    </message>
    <message>
        <source>Part of the content could not be read from &quot;%1&quot; (%2). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>No se pudo leer parte del contenido de &quot;%1&quot; (%2). Vuelva a instalar Calcinosis Guide o vuelva a generar el contenido con el compilador de contenido.</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>the name belongs to a device, a pipe or a link to one, not a file, and was left alone; choose another name</source>
        <translation>el nombre pertenece a un dispositivo, una tubería o un enlace a uno de ellos, no a un archivo, y no se ha tocado; elija otro nombre</translation>
    </message>
    <message>
        <source>that is a folder; choose a file name inside it</source>
        <translation>es una carpeta; elija un nombre de archivo dentro de ella</translation>
    </message>
    <message>
        <source>that is a link to a file that does not exist; choose another name</source>
        <translation>es un enlace a un archivo que no existe; elija otro nombre</translation>
    </message>
    <message>
        <source>the disk is full; free some space or choose another place</source>
        <translation>el disco está lleno; libere espacio o elija otro lugar</translation>
    </message>
    <message>
        <source>your disk quota is used up; free some space or choose another place</source>
        <translation>ha agotado su cuota de disco; libere espacio o elija otro lugar</translation>
    </message>
    <message>
        <source>the file is larger than this disk or folder allows; choose another place</source>
        <translation>el archivo es más grande de lo que permite este disco o carpeta; elija otro lugar</translation>
    </message>
    <message>
        <source>the disk is read-only; choose another place</source>
        <translation>el disco es de solo lectura; elija otro lugar</translation>
    </message>
    <message>
        <source>permission denied; choose a folder you may write to</source>
        <translation>permiso denegado; elija una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <source>the folder does not exist; choose another place</source>
        <translation>la carpeta no existe; elija otro lugar</translation>
    </message>
    <message>
        <source>unknown file type; use a name ending in .pdf or .html</source>
        <translation>tipo de archivo desconocido; use un nombre que termine en .pdf o .html</translation>
    </message>
    <message>
        <source>the handout has no pages</source>
        <translation>el folleto no tiene páginas</translation>
    </message>
</context>
<context>
    <name>ManagedSettings</name>
    <message>
        <source>&quot;%1&quot; is not a4, letter or auto; using auto.</source>
        <translation>&quot;%1&quot; no es a4, letter ni auto; se usa auto.</translation>
    </message>
    <message>
        <source>%1: the file is not a valid settings file; its values were ignored. Check its [section] and key=value lines.</source>
        <translation>%1: el archivo no es un archivo de configuración válido; se han ignorado sus valores. Revise sus líneas [sección] y clave=valor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; using %2.</source>
        <translation>&quot;%1&quot; no es true ni false; se usa %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds from %2 to %3; using %4.</source>
        <translation>&quot;%1&quot; no es un número de segundos entre %2 y %3; se usa %4.</translation>
    </message>
    <message>
        <source>%1: %2 is still read, as %3; move it to %4.</source>
        <translation>%1: %2 todavía se lee, como %3; páselo a %4.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>the content database &quot;%1&quot; has no search index; rebuild it with the content compiler.</source>
        <translation>la base de datos de contenido &quot;%1&quot; no tiene índice de búsqueda; vuelva a generarla con el compilador de contenido.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; known languages: %2</source>
        <translation>idioma desconocido &quot;%1&quot;; idiomas disponibles: %2</translation>
    </message>
    <message>
        <source>the content database &quot;%1&quot; has no search index for &quot;%2&quot;; rebuild it with the content compiler.</source>
        <translation>la base de datos de contenido &quot;%1&quot; no tiene índice de búsqueda para &quot;%2&quot;; vuelva a generarla con el compilador de contenido.</translation>
    </message>
    <message>
        <source>the search index in &quot;%1&quot; cannot be read (%2); rebuild it with the content compiler, or reinstall.</source>
        <translation>no se puede leer el índice de búsqueda de &quot;%1&quot; (%2); vuelva a generarlo con el compilador de contenido o vuelva a instalar el programa.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search does not work (%1). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>La búsqueda no funciona (%1). Vuelva a instalar Calcinosis Guide o vuelva a generar el contenido con el compilador de contenido.</translation>
    </message>
</context>
<context>
    <name>SettingsFiles</name>
    <message>
        <source>a FIFO</source>
        <translation>una FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>%1: this settings file is %2, so it was not read; remove it or replace it with an ordinary settings file.</source>
        <translation>%1: este archivo de configuración es %2, así que no se ha leído; bórrelo o sustitúyalo por un archivo de configuración normal.</translation>
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
        <translation>Mostrar los lugares habituales en:</translation>
    </message>
    <message>
        <source>Usual places</source>
        <translation>Lugares habituales</translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation>Enfermedad principal</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>De frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>De espaldas</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Mapa del cuerpo</translation>
    </message>
</context>
<context>
    <name>cg::BookmarksDialog</name>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Pages you bookmarked with Ctrl+D or the star:</source>
        <translation>Páginas que marcó con Ctrl+D o con la estrella:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>cg::CausesView</name>
    <message>
        <source>Show causes for:</source>
        <translation>Mostrar las causas en:</translation>
    </message>
    <message>
        <source>Underlying condition</source>
        <translation>Enfermedad principal</translation>
    </message>
    <message>
        <source>Show only the causes and risk factors of one condition</source>
        <translation>Mostrar solo las causas y los factores de riesgo de una enfermedad</translation>
    </message>
    <message>
        <source>All conditions</source>
        <translation>Todas las enfermedades</translation>
    </message>
    <message>
        <source>Causes summary</source>
        <translation>Resumen de las causas</translation>
    </message>
    <message>
        <source>Causes and risk factors</source>
        <translation>Causas y factores de riesgo</translation>
    </message>
    <message>
        <source>Causes topics</source>
        <translation>Temas sobre las causas</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
</context>
<context>
    <name>cg::DiagnosisView</name>
    <message>
        <source>Tests, and what to expect</source>
        <translation>Pruebas y qué puede esperar</translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation>Tipo de prueba</translation>
    </message>
    <message>
        <source>Diagnosis summary</source>
        <translation>Resumen de señales y diagnóstico</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Diagnosis topics</source>
        <translation>Temas sobre señales y diagnóstico</translation>
    </message>
    <message>
        <source>Tick the signs you have noticed, so you remember to mention them.</source>
        <translation>Marque las señales que haya notado, para acordarse de comentarlas.</translation>
    </message>
</context>
<context>
    <name>cg::FindBar</name>
    <message>
        <source>No matches</source>
        <translation>No hay coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find in page: the current match and how many there are, e.g. &quot;3 of 12&quot;.</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation>Cerrar la búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>cg::GlossaryView</name>
    <message>
        <source>Find a word:</source>
        <translation>Buscar una palabra:</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Escriba para filtrar</translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation>Buscar una palabra en el glosario</translation>
    </message>
    <message>
        <source>Glossary words</source>
        <translation>Palabras del glosario</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Entrada del glosario</translation>
    </message>
    <message>
        <source>Other words for it:</source>
        <translation>Otras formas de decirlo:</translation>
    </message>
</context>
<context>
    <name>cg::HandoutComposerDialog</name>
    <message>
        <source>Print a handout</source>
        <translation>Imprimir un folleto</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Qué incluir</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>Empe&amp;zar con:</translation>
    </message>
    <message>
        <source>Your own choice</source>
        <translation>Su propia selección</translation>
    </message>
    <message>
        <source>Start from a ready-made handout</source>
        <translation>Empezar con un folleto ya preparado</translation>
    </message>
    <message>
        <source>Topics to include</source>
        <translation>Temas que incluir</translation>
    </message>
    <message>
        <source>Tick a section to include all its topics, or tick single topics.</source>
        <translation>Marque una sección para incluir todos sus temas, o marque temas sueltos.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Marcar todos</translation>
    </message>
    <message>
        <source>Select all topics</source>
        <translation>Marcar todos los temas</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Desmarcar t&amp;odos</translation>
    </message>
    <message>
        <source>Clear all topics</source>
        <translation>Desmarcar todos los temas</translation>
    </message>
    <message>
        <source>Choose at least one topic to print a handout.</source>
        <translation>Elija al menos un tema para imprimir un folleto.</translation>
    </message>
    <message>
        <source>&amp;Questions to ask the care team (checklist)</source>
        <translation>&amp;Preguntas para su equipo médico (lista)</translation>
    </message>
    <message>
        <source>Include the questions checklist</source>
        <translation>Incluir la lista de preguntas</translation>
    </message>
    <message>
        <source>&amp;Teach-back checklist for the care team</source>
        <translation>&amp;Lista para comprobar lo aprendido (para el equipo médico)</translation>
    </message>
    <message>
        <source>Include the teach-back checklist</source>
        <translation>Incluir la lista para comprobar lo aprendido</translation>
    </message>
    <message>
        <source>Language and layout</source>
        <translation>Idioma y formato</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage:</source>
        <translation>Idioma del &amp;folleto:</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma del folleto</translation>
    </message>
    <message>
        <source>S&amp;econd language:</source>
        <translation>&amp;Segundo idioma:</translation>
    </message>
    <message>
        <source>Second language, printed after each passage</source>
        <translation>Segundo idioma, impreso después de cada párrafo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Tamaño del p&amp;apel:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>La&amp;rge print (18 pt, wide spacing)</source>
        <translation>Letra &amp;grande (18 pt, más espacio entre líneas)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>For this patient</source>
        <translation>Para este paciente</translation>
    </message>
    <message>
        <source>Patient &amp;name:</source>
        <translation>&amp;Nombre del paciente:</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>N&amp;ote from the care team:</source>
        <translation>Nota del &amp;equipo médico:</translation>
    </message>
    <message>
        <source>Note from the care team</source>
        <translation>Nota del equipo médico</translation>
    </message>
    <message>
        <source>Printed on the handout only. Never saved: both fields are emptied when this window closes.</source>
        <translation>Solo se imprime en el folleto. Nunca se guarda: los dos campos se vacían al cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Clinic (remembered on this computer)</source>
        <translation>Centro de salud (se recuerda en esta computadora)</translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation>Nombre del &amp;centro de salud:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre del centro de salud</translation>
    </message>
    <message>
        <source>Clinic p&amp;hone:</source>
        <translation>&amp;Teléfono del centro de salud:</translation>
    </message>
    <message>
        <source>Clinic phone number</source>
        <translation>Teléfono del centro de salud</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Vista previa del folleto</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Open a full preview</source>
        <translation>Abrir una vista previa completa</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir el folleto</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Guardar el folleto como PDF</translation>
    </message>
    <message>
        <source>Save HT&amp;ML…</source>
        <translation>Guardar &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the handout as a web page</source>
        <translation>Guardar el folleto como página web</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close and forget the patient&apos;s details</source>
        <translation>Cerrar y olvidar los datos del paciente</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir el folleto</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>No se pudo imprimir el folleto.</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Guardar el folleto como PDF</translation>
    </message>
    <message>
        <source>Save handout as a web page</source>
        <translation>Guardar el folleto como página web</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Guardar el folleto</translation>
    </message>
    <message>
        <source>The handout could not be saved to %1: %2</source>
        <translation>No se pudo guardar el folleto en %1: %2</translation>
    </message>
    <message>
        <source>saving files is turned off on this computer</source>
        <translation>guardar archivos está desactivado en este ordenador</translation>
    </message>
    <message>
        <source>Set for every user of this computer by the administrator.</source>
        <translation>Definido por el administrador para todos los usuarios de este ordenador.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the saved handout</source>
        <translation>Abrir la carpeta del folleto guardado</translation>
    </message>
    <message>
        <source>About 1 page</source>
        <translation>Aproximadamente 1 página</translation>
    </message>
    <message>
        <source>About %1 pages</source>
        <translation>Aproximadamente %1 páginas</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Not chosen (all conditions)</source>
        <translation>Sin elegir (todas las enfermedades)</translation>
    </message>
    <message>
        <source>The patient&apos;s condition</source>
        <translation>La enfermedad del paciente</translation>
    </message>
    <message>
        <source>Prints the usual places of lumps for this condition. Not stored.</source>
        <translation>Imprime los lugares habituales de los bultos en esta enfermedad. No se guarda.</translation>
    </message>
    <message>
        <source>Cond&amp;ition:</source>
        <translation>Enferme&amp;dad:</translation>
    </message>
    <message>
        <source>the file is missing or incomplete; check the free space and that you may write there, or choose another place</source>
        <translation>el archivo no existe o está incompleto; compruebe el espacio libre y que tiene permiso para escribir ahí, o elija otro lugar</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Centro de salud</translation>
    </message>
</context>
<context>
    <name>cg::LivingView</name>
    <message>
        <source>Living with calcinosis summary</source>
        <translation>Resumen de Vivir con calcinosis</translation>
    </message>
    <message>
        <source>Living with calcinosis topics</source>
        <translation>Temas sobre vivir con calcinosis</translation>
    </message>
    <message>
        <source>Get medical help</source>
        <translation>Busque atención médica</translation>
    </message>
    <message>
        <source>Self-care checklist</source>
        <translation>Lista de pasos de autocuidado</translation>
    </message>
    <message>
        <source>Questions checklist</source>
        <translation>Lista de preguntas</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <extracomment>&quot;On this page&quot; on Living with it: %1 is the title of a checklist.</extracomment>
        <translation>Lista de comprobación: %1</translation>
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
        <translation>Información general</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causas</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Living with it</source>
        <translation>Vivir con calcinosis</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Sources and about</source>
        <translation>Fuentes y acerca de la guía</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>&amp;Quitar marcador</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Page</source>
        <translation>&amp;Marcar esta página</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>Volver atrás (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Adelante</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>Ir adelante (Alt+Right)</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Folleto</translation>
    </message>
    <message>
        <source>Make a handout to print or save (Ctrl+P)</source>
        <translation>Preparar un folleto para imprimir o guardar (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Bigger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl+Plus)</source>
        <translation>Texto más grande (Ctrl+Plus)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>Texto más pequeño (Ctrl+Minus)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Colores del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>&amp;About Calcinosis Guide</source>
        <translation>&amp;Acerca de Calcinosis Guide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>&amp;Folleto…</translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation>&amp;Gestionar marcadores…</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Find in Page</source>
        <translation>&amp;Buscar en la página</translation>
    </message>
    <message>
        <source>&amp;Search the Guide</source>
        <translation>Buscar en la &amp;guía</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Calcinosis Guide %1&lt;/h3&gt;&lt;p&gt;Plain-language information about calcinosis cutis for patients, families and the clinicians who sit with them.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;This guide is for learning only. It is not a diagnosis or a treatment plan.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. The program never uses the network.&lt;/p&gt;</source>
        <extracomment>Help &gt; About. %1: program version; %2: content version and review line.</extracomment>
        <translation>&lt;h3&gt;Calcinosis Guide %1&lt;/h3&gt;&lt;p&gt;Información en lenguaje sencillo sobre la calcinosis cutánea para pacientes, familias y los profesionales que los acompañan.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Esta guía es solo para aprender. No es un diagnóstico ni un plan de tratamiento.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU (GNU General Public License), versión 3 o posterior. El programa nunca usa la red.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Calcinosis Guide</source>
        <translation>Acerca de Calcinosis Guide</translation>
    </message>
    <message>
        <source>Next or previous match in the page</source>
        <translation>Coincidencia siguiente o anterior en la página</translation>
    </message>
    <message>
        <source>F3, Shift+F3</source>
        <translation>F3, Mayús+F3</translation>
    </message>
    <message>
        <source>Move between links and controls</source>
        <translation>Pasar de un enlace o control a otro</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Follow the chosen link</source>
        <translation>Abrir el enlace elegido</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>cg::NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>cg::OverviewView</name>
    <message>
        <source>Overview summary</source>
        <translation>Resumen de la información general</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Datos clave</translation>
    </message>
    <message>
        <source>The five types</source>
        <translation>Los cinco tipos</translation>
    </message>
    <message>
        <source>Overview topics</source>
        <translation>Temas de información general</translation>
    </message>
</context>
<context>
    <name>cg::ReadAloud</name>
    <message>
        <source>&amp;Very Slow</source>
        <translation>Muy &amp;lenta</translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation>&amp;Lenta</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>&amp;Rápida</translation>
    </message>
    <message>
        <source>V&amp;ery Fast</source>
        <translation>Muy rápi&amp;da</translation>
    </message>
    <message>
        <source>No voice for %1 on this computer</source>
        <translation>No hay voz en %1 en este ordenador</translation>
    </message>
    <message>
        <source>Say This &amp;Word</source>
        <translation>Decir esta &amp;palabra</translation>
    </message>
    <message>
        <source>Stop reading aloud (F9)</source>
        <translation>Dejar de leer en voz alta (F9)</translation>
    </message>
    <message>
        <source>Read this page aloud, from where you are (F9)</source>
        <translation>Leer esta página en voz alta, desde donde está (F9)</translation>
    </message>
    <message>
        <source>&amp;Resume Reading</source>
        <translation>&amp;Seguir leyendo</translation>
    </message>
    <message>
        <source>&amp;Pause Reading</source>
        <translation>&amp;Pausar la lectura</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Read &amp;Aloud</source>
        <translation>Leer en voz &amp;alta</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>&amp;Dejar de leer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>Dejar de leer en voz alta (Esc)</translation>
    </message>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>Frase &amp;siguiente</translation>
    </message>
    <message>
        <source>P&amp;revious Sentence</source>
        <translation>Frase a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation>Lectura en voz &amp;alta</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>&amp;Velocidad</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>V&amp;oz</translation>
    </message>
</context>
<context>
    <name>cg::SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Search topics, treatments, tests and the glossary. Results appear as you type; use the arrow keys and Enter to open one.</source>
        <translation>Busque temas, tratamientos, pruebas y palabras del glosario. Los resultados aparecen mientras escribe; use las flechas del teclado y Enter para abrir uno.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>No hay resultados</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+K)</source>
        <extracomment>The search field&apos;s placeholder, with its keyboard shortcut.</extracomment>
        <translation>Buscar en la guía (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <extracomment>The search field&apos;s placeholder when the long one does not fit (large text).</extracomment>
        <translation>Buscar (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultDelegate</name>
    <message>
        <source>not translated yet</source>
        <translation>aún sin traducir</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultModel</name>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
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
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer words, other words for the same thing, or check the spelling: for example “lumps”, ǋlood tests” or a medicine&apos;s name.</source>
        <extracomment>Search found nothing. %1 is what the reader typed.</extracomment>
        <translation>No se encontró nada para «%1». Pruebe con menos palabras, con otras palabras para lo mismo o revise la ortografía: por ejemplo «bultos», «análisis de sangre» o el nombre de un medicamento.</translation>
    </message>
    <message>
        <source>Search cannot run: the guide&apos;s search index could not be read. The pages, the glossary and find in page (Ctrl+F) still work.</source>
        <translation>La búsqueda no puede funcionar: no se ha podido leer el índice de búsqueda de la guía. Las páginas, el glosario y la búsqueda en la página (Ctrl+F) siguen funcionando.</translation>
    </message>
</context>
<context>
    <name>cg::SectionView</name>
    <message>
        <source>This page could not be read</source>
        <translation>No se ha podido leer esta página</translation>
    </message>
    <message>
        <source>Close the guide and start it again. If this page still cannot be read, reinstall the guide&apos;s content package.</source>
        <translation>Cierre la guía y vuelva a abrirla. Si esta página sigue sin poder leerse, vuelva a instalar el paquete de contenido de la guía.</translation>
    </message>
</context>
<context>
    <name>cg::SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation>Acerca de esta guía</translation>
    </message>
    <message>
        <source>Translated, awaiting clinical review</source>
        <translation>Traducido, pendiente de revisión clínica</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traducido</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Until a medical translator has reviewed a language, it is marked &quot;awaiting clinical review&quot;. Parts not yet translated are shown in English, with a note.</source>
        <translation>Mientras un traductor médico no haya revisado un idioma, este se marca como &quot;pendiente de revisión clínica&quot;. Las partes que aún no están traducidas se muestran en inglés, con una nota.</translation>
    </message>
    <message>
        <source>This program</source>
        <translation>Este programa</translation>
    </message>
    <message>
        <source>Calcinosis Guide %1</source>
        <translation>Calcinosis Guide, versión %1</translation>
    </message>
    <message>
        <source>Built with Qt %1. It works without the internet. It keeps only your settings and bookmarks, on this computer.</source>
        <translation>Hecho con Qt %1. Funciona sin internet. Solo guarda su configuración y sus marcadores, en esta computadora.</translation>
    </message>
    <message>
        <source>Every page names the sources it rests on. These are all of them.</source>
        <translation>Cada página indica las fuentes en las que se basa. Aquí están todas.</translation>
    </message>
    <message>
        <source>About this guide, its languages and versions</source>
        <translation>Acerca de esta guía, sus idiomas y versiones</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <source>Translation checked by: %1, %2</source>
        <extracomment>%1 is the reviewer&apos;s role, such as &quot;Medical translator&quot;; %2 is a date.</extracomment>
        <translation>Traducción revisada por: %1, %2</translation>
    </message>
    <message>
        <source>Not yet reviewed by a clinician</source>
        <translation>Aún no revisado por un profesional sanitario</translation>
    </message>
    <message>
        <source>%1 of %2 topics reviewed by a clinician</source>
        <extracomment>%1 and %2 are numbers of topics.</extracomment>
        <translation>%1 de %2 temas revisados por un profesional sanitario</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Clinical review</source>
        <translation>Revisión clínica</translation>
    </message>
</context>
<context>
    <name>cg::SpeechReader</name>
    <message>
        <source>Reading aloud stopped: %1</source>
        <translation>La lectura en voz alta se detuvo: %1</translation>
    </message>
    <message>
        <source>This computer has no voice for %1 (%2), so this page cannot be read aloud in its language. To add voices for all six languages, ask whoever looks after this computer to run: apt install espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</source>
        <extracomment>%1 is a language named in itself (&quot;Español&quot;), %2 in English (&quot;Spanish&quot;).</extracomment>
        <translation>Este ordenador no tiene voz en %1 (%2), así que esta página no se puede leer en voz alta en su idioma. Para añadir voces en los seis idiomas, pida a quien se ocupa de este ordenador que ejecute: apt install espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</translation>
    </message>
    <message>
        <source>Reading aloud needs a speech engine, and this computer has none. Ask whoever looks after this computer to run: apt install qt6-speech-speechd-plugin espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</source>
        <translation>Para leer en voz alta hace falta un motor de voz, y este ordenador no tiene ninguno. Pida a quien se ocupa de este ordenador que ejecute: apt install qt6-speech-speechd-plugin espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</translation>
    </message>
</context>
<context>
    <name>cg::TreatmentView</name>
    <message>
        <source>Type of treatment:</source>
        <translation>Tipo de tratamiento:</translation>
    </message>
    <message>
        <source>Type of treatment</source>
        <translation>Tipo de tratamiento</translation>
    </message>
    <message>
        <source>Size of the lumps:</source>
        <translation>Tamaño de los bultos:</translation>
    </message>
    <message>
        <source>Size of the lumps</source>
        <translation>Tamaño de los bultos</translation>
    </message>
    <message>
        <source>Treatment summary</source>
        <translation>Resumen del tratamiento</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Treatment topics</source>
        <translation>Temas sobre el tratamiento</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Cualquier tamaño</translation>
    </message>
    <message>
        <source>Small lumps</source>
        <translation>Bultos pequeños</translation>
    </message>
    <message>
        <source>Large or widespread lumps</source>
        <translation>Bultos grandes o extendidos</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
</context>
<context>
    <name>cg::ViewContext</name>
    <message>
        <source>On this page:</source>
        <translation>En esta página:</translation>
    </message>
    <message>
        <source>Right-click or press the Menu key to hear this word.</source>
        <translation>Haga clic con el botón derecho o pulse la tecla Menú para oír esta palabra.</translation>
    </message>
</context>
</TS>
