<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BookmarkStore</name>
    <message>
        <source>&quot;%1&quot; is a file, not a folder</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>you may not write to &quot;%1&quot;</source>
        <translation>vous n&apos;avez pas le droit d&apos;écrire dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be opened (%2); bookmarks are off.</source>
        <translation>Le fichier des favoris «&#xa0;%1&#xa0;» ne peut pas être ouvert (%2)&#xa0;; les favoris sont désactivés.</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; is damaged and could not be moved aside; bookmarks are off.</source>
        <translation>Le fichier des favoris «&#xa0;%1&#xa0;» est endommagé et n&apos;a pas pu être mis de côté&#xa0;; les favoris sont désactivés.</translation>
    </message>
    <message>
        <source>The folder for bookmarks &quot;%1&quot; cannot be created (%2); bookmarks are off.</source>
        <translation>Le dossier des favoris «&#xa0;%1&#xa0;» ne peut pas être créé (%2)&#xa0;; les favoris sont désactivés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file, so bookmarks cannot be kept there; it was left alone.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier&#xa0;: les favoris ne peuvent pas y être conservés&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>It was left unchanged; bookmarks are off.</source>
        <translation>Il n&apos;a pas été modifié&#xa0;; les favoris sont désactivés.</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; was written by a newer version of Calcinosis Guide. It was left unchanged; bookmarks are off until you update.</source>
        <translation>Le fichier des favoris «&#xa0;%1&#xa0;» a été écrit par une version plus récente de Calcinosis Guide. Il n&apos;a pas été modifié&#xa0;; les favoris sont désactivés jusqu&apos;à la mise à jour.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Calcinosis Guide bookmarks file (it belongs to another program). %2 Move it elsewhere to start new bookmarks.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier de favoris de Calcinosis Guide (il appartient à un autre programme). %2 Déplacez-le ailleurs pour commencer de nouveaux favoris.</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; is in use by another program (another Calcinosis Guide?). %2</source>
        <translation>Le fichier des favoris «&#xa0;%1&#xa0;» est utilisé par un autre programme (un autre Calcinosis Guide&#xa0;?). %2</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be read (%2). %3</source>
        <translation>Le fichier des favoris «&#xa0;%1&#xa0;» ne peut pas être lu (%2). %3</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be written (%2); bookmarks are off.</source>
        <translation>Le fichier des favoris «&#xa0;%1&#xa0;» ne peut pas être écrit (%2)&#xa0;; les favoris sont désactivés.</translation>
    </message>
    <message>
        <source>Your bookmarks file could not be read, so a new, empty one was started. The old file was kept as &quot;%1&quot;.</source>
        <translation>Votre fichier de favoris n&apos;a pas pu être lu&#xa0;: un nouveau fichier vide a été commencé. L&apos;ancien a été conservé sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file or its folder may not be written</source>
        <translation>le fichier ou son dossier ne peut pas être modifié</translation>
    </message>
    <message>
        <source>another program is writing it; try again</source>
        <translation>un autre programme est en train de l&apos;écrire&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>The bookmark could not be saved in &quot;%1&quot;: %2.</source>
        <translation>Le favori n&apos;a pas pu être enregistré dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Calcinosis Guide explains calcinosis cutis (calcium deposits in or under the skin) to patients and families, and prints handouts in clinic.</source>
        <translation>Calcinosis Guide explique la calcinose cutanée (des dépôts de calcium dans la peau ou juste en dessous) aux patients et à leur famille, et imprime des fiches en consultation.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Use the content database at PATH.</source>
        <translation>Utiliser la base de données du contenu située à PATH.</translation>
    </message>
    <message>
        <source>List the content languages: code, a tab, the language&apos;s own name.</source>
        <translation>Lister les langues du contenu&#xa0;: code, une tabulation, puis le nom de la langue dans cette langue.</translation>
    </message>
    <message>
        <source>Use the language CODE (for example en, es, ar).</source>
        <translation>Utiliser la langue CODE (par exemple en, es, ar).</translation>
    </message>
    <message>
        <source>Search the content and print section, topic id and title of each result, best first.</source>
        <translation>Rechercher dans le contenu et afficher la rubrique, l&apos;identifiant du sujet et le titre de chaque résultat, du plus pertinent au moins pertinent.</translation>
    </message>
    <message>
        <source>Print at most N search results (default 10).</source>
        <translation>Afficher au plus N résultats de recherche (10 par défaut).</translation>
    </message>
    <message>
        <source>Write a handout to FILE (.pdf or .html) without opening a window.</source>
        <translation>Enregistrer une fiche dans FILE (.pdf ou .html) sans ouvrir de fenêtre.</translation>
    </message>
    <message>
        <source>Handout sections, comma-separated (overview, causes, diagnosis, treatment, living).</source>
        <translation>Rubriques de la fiche, séparées par des virgules (overview, causes, diagnosis, treatment, living).</translation>
    </message>
    <message>
        <source>Handout topics, comma-separated topic ids.</source>
        <translation>Sujets de la fiche&#xa0;: identifiants de sujets séparés par des virgules.</translation>
    </message>
    <message>
        <source>Large print handout (18 pt, wide spacing).</source>
        <translation>Fiche en grands caractères (18 pt, espacement large).</translation>
    </message>
    <message>
        <source>Add a second language CODE to the handout.</source>
        <translation>Ajouter à la fiche une deuxième langue CODE.</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>(voir --help)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;» (voir --help).</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--limit demande un nombre entier égal ou supérieur à 1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Run as a kiosk: full screen, no files saved, back to the start when idle; Ctrl+Alt+Shift+Q quits.</source>
        <translation>Mode borne : plein écran, aucun fichier enregistré, retour au début après un temps d&apos;inactivité ; Ctrl+Alt+Shift+Q pour quitter.</translation>
    </message>
    <message>
        <source>Clinic name on the handout (default: the clinic settings).</source>
        <translation>Nom du service sur la fiche (par défaut : les réglages du service).</translation>
    </message>
    <message>
        <source>Clinic phone number on the handout (default: the clinic settings).</source>
        <translation>Téléphone du service sur la fiche (par défaut : les réglages du service).</translation>
    </message>
    <message>
        <source>%1 cannot be used together: give one command at a time (see --help).</source>
        <translation>%1 ne peuvent pas être utilisés ensemble&#xa0;: donnez une seule commande à la fois (voir --help).</translation>
    </message>
    <message>
        <source>--%1 is used only with --%2 (see --help).</source>
        <translation>--%1 ne s&apos;utilise qu&apos;avec --%2 (voir --help).</translation>
    </message>
    <message>
        <source>the file name given to --%1 is not valid UTF-8 text, so it cannot be used as given; rename the file or choose another name.</source>
        <translation>le nom de fichier donné à --%1 n&apos;est pas du texte UTF-8 valide et ne peut donc pas être utilisé tel quel&#xa0;; renommez le fichier ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>cannot open the window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or see --help for what works without a window.</source>
        <translation>impossible d&apos;ouvrir la fenêtre&#xa0;: il n&apos;y a pas d&apos;écran (DISPLAY et WAYLAND_DISPLAY ne sont pas définies). Lancez-le depuis une session de bureau, ou voyez --help pour ce qui fonctionne sans fenêtre.</translation>
    </message>
    <message>
        <source>The patient&apos;s condition (for example systemic-sclerosis): its usual places on the body map; never stored.</source>
        <translation>La maladie du patient (par exemple systemic-sclerosis) : ses endroits habituels sur la carte du corps ; jamais enregistrée.</translation>
    </message>
    <message>
        <source>Paper size: a4, letter or auto (the system&apos;s region; default: the clinic settings, else auto).</source>
        <translation>Format du papier : a4, letter ou auto (la région du système ; par défaut : les réglages de la clinique, sinon auto).</translation>
    </message>
    <message>
        <source>Handout preset: %1 (default: the clinic settings, else %2).</source>
        <translation>Modèle de fiche : %1 (par défaut : les réglages de la clinique, sinon %2).</translation>
    </message>
    <message>
        <source>--kiosk is for the window and cannot be used with %1 (see --help).</source>
        <translation>--kiosk est réservé à la fenêtre et ne peut pas être utilisé avec %1 (voir --help).</translation>
    </message>
    <message>
        <source>--paper must be a4, letter or auto, not &quot;%1&quot;.</source>
        <translation>--paper doit être a4, letter ou auto, pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <source>The content database was not found at &quot;%1&quot;. Reinstall Calcinosis Guide, or give the database with --content PATH.</source>
        <translation>La base de données du contenu est introuvable à l&apos;emplacement «&#xa0;%1&#xa0;». Réinstallez Calcinosis Guide, ou indiquez la base de données avec --content PATH.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; cannot be read. Check that it is a file and that you have permission to read it.</source>
        <translation>La base de données du contenu «&#xa0;%1&#xa0;» ne peut pas être lue. Vérifiez qu&apos;il s&apos;agit bien d&apos;un fichier et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; is damaged or is not a Calcinosis Guide database (%2). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>La base de données du contenu «&#xa0;%1&#xa0;» est endommagée ou n&apos;est pas une base de données de Calcinosis Guide (%2). Réinstallez Calcinosis Guide, ou reconstruisez le contenu avec le compilateur de contenu.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; has format version %2, but this version of Calcinosis Guide reads only version %3. Install a newer Calcinosis Guide.</source>
        <translation>La base de données du contenu «&#xa0;%1&#xa0;» utilise la version de format %2, mais cette version de Calcinosis Guide ne lit que la version %3. Installez une version plus récente de Calcinosis Guide.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; has format version %2, older than version %3 that this Calcinosis Guide needs. Rebuild the content or reinstall.</source>
        <translation>La base de données du contenu «&#xa0;%1&#xa0;» utilise la version de format %2, plus ancienne que la version %3 dont cette version de Calcinosis Guide a besoin. Reconstruisez le contenu ou réinstallez le programme.</translation>
    </message>
    <message>
        <source>no content version</source>
        <translation>aucune version de contenu</translation>
    </message>
    <message>
        <source>The SQLite library on this system was built without full-text search (FTS5), which Calcinosis Guide needs. Install the distribution&apos;s standard SQLite library.</source>
        <translation>La bibliothèque SQLite de ce système a été compilée sans la recherche en texte intégral (FTS5), dont Calcinosis Guide a besoin. Installez la bibliothèque SQLite standard de votre distribution.</translation>
    </message>
    <message>
        <source>the file is not as long as its pages say</source>
        <translation>le fichier n&apos;a pas la longueur que ses pages indiquent</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; is empty (0 bytes): it was not copied or installed completely. Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>La base de données du contenu «&#xa0;%1&#xa0;» est vide (0 octet)&#xa0;: elle n&apos;a pas été copiée ou installée entièrement. Réinstallez Calcinosis Guide, ou reconstruisez le contenu avec le compilateur de contenu.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>it does not carry the Calcinosis Guide mark</source>
        <translation>elle ne porte pas la marque de Calcinosis Guide</translation>
    </message>
    <message>
        <source>it was set up for changes after it was built</source>
        <translation>elle a été préparée pour des modifications après sa construction</translation>
    </message>
    <message>
        <source>it has no content digest</source>
        <translation>elle n&apos;a pas d&apos;empreinte du contenu</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; was changed after it was built: its content does not match its digest. Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>La base de données du contenu «&#xa0;%1&#xa0;» a été modifiée après sa construction&#xa0;: son contenu ne correspond pas à son empreinte. Réinstallez Calcinosis Guide, ou reconstruisez le contenu avec le compilateur de contenu.</translation>
    </message>
    <message>
        <source>Part of the content could not be read from &quot;%1&quot; (%2). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>Une partie du contenu n&apos;a pas pu être lue dans «&#xa0;%1&#xa0;» (%2). Réinstallez Calcinosis Guide, ou reconstruisez le contenu avec le compilateur de contenu.</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>the name belongs to a device, a pipe or a link to one, not a file, and was left alone; choose another name</source>
        <translation>ce nom désigne un périphérique, un tube ou un lien vers l&apos;un d&apos;eux, pas un fichier, et il n&apos;a pas été modifié&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>that is a folder; choose a file name inside it</source>
        <translation>c&apos;est un dossier&#xa0;; choisissez un nom de fichier à l&apos;intérieur</translation>
    </message>
    <message>
        <source>that is a link to a file that does not exist; choose another name</source>
        <translation>c&apos;est un lien vers un fichier qui n&apos;existe pas&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>the disk is full; free some space or choose another place</source>
        <translation>le disque est plein&#xa0;; libérez de l&apos;espace ou choisissez un autre emplacement</translation>
    </message>
    <message>
        <source>your disk quota is used up; free some space or choose another place</source>
        <translation>votre quota de disque est épuisé&#xa0;; libérez de l&apos;espace ou choisissez un autre emplacement</translation>
    </message>
    <message>
        <source>the file is larger than this disk or folder allows; choose another place</source>
        <translation>le fichier dépasse la taille permise par ce disque ou ce dossier&#xa0;; choisissez un autre emplacement</translation>
    </message>
    <message>
        <source>the disk is read-only; choose another place</source>
        <translation>le disque est en lecture seule&#xa0;; choisissez un autre emplacement</translation>
    </message>
    <message>
        <source>permission denied; choose a folder you may write to</source>
        <translation>permission refusée&#xa0;; choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>the folder does not exist; choose another place</source>
        <translation>le dossier n&apos;existe pas&#xa0;; choisissez un autre emplacement</translation>
    </message>
    <message>
        <source>unknown file type; use a name ending in .pdf or .html</source>
        <translation>type de fichier inconnu&#xa0;; utilisez un nom se terminant par .pdf ou .html</translation>
    </message>
    <message>
        <source>the handout has no pages</source>
        <translation>la fiche n&apos;a aucune page</translation>
    </message>
</context>
<context>
    <name>ManagedSettings</name>
    <message>
        <source>&quot;%1&quot; is not a4, letter or auto; using auto.</source>
        <translation>&quot;%1&quot; n&apos;est ni a4, ni letter, ni auto ; auto est utilisé.</translation>
    </message>
    <message>
        <source>%1: the file is not a valid settings file; its values were ignored. Check its [section] and key=value lines.</source>
        <translation>%1 : ce fichier n&apos;est pas un fichier de réglages valide ; ses valeurs ont été ignorées. Vérifiez ses lignes [section] et clé=valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; using %2.</source>
        <translation>&quot;%1&quot; n&apos;est ni true ni false ; %2 est utilisé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds from %2 to %3; using %4.</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre de secondes entre %2 et %3 ; %4 est utilisé.</translation>
    </message>
    <message>
        <source>%1: %2 is still read, as %3; move it to %4.</source>
        <translation>%1 : %2 est encore lu, comme %3 ; déplacez-le dans %4.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>the content database &quot;%1&quot; has no search index; rebuild it with the content compiler.</source>
        <translation>la base de données du contenu «&#xa0;%1&#xa0;» n&apos;a pas d&apos;index de recherche&#xa0;; reconstruisez-la avec le compilateur de contenu.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; known languages: %2</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;»&#xa0;; langues connues&#xa0;: %2</translation>
    </message>
    <message>
        <source>the content database &quot;%1&quot; has no search index for &quot;%2&quot;; rebuild it with the content compiler.</source>
        <translation>la base de données du contenu «&#xa0;%1&#xa0;» n&apos;a pas d&apos;index de recherche pour «&#xa0;%2&#xa0;»&#xa0;; reconstruisez-la avec le compilateur de contenu.</translation>
    </message>
    <message>
        <source>the search index in &quot;%1&quot; cannot be read (%2); rebuild it with the content compiler, or reinstall.</source>
        <translation>l&apos;index de recherche de «&#xa0;%1&#xa0;» ne peut pas être lu (%2)&#xa0;; reconstruisez-le avec le compilateur de contenu, ou réinstallez.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search does not work (%1). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>La recherche ne fonctionne pas (%1). Réinstallez Calcinosis Guide, ou reconstruisez le contenu avec le compilateur de contenu.</translation>
    </message>
</context>
<context>
    <name>SettingsFiles</name>
    <message>
        <source>a FIFO</source>
        <translation>une FIFO (tube nommé)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: this settings file is %2, so it was not read; remove it or replace it with an ordinary settings file.</source>
        <translation>%1 : ce fichier de réglages est %2, il n&apos;a donc pas été lu ; supprimez-le ou remplacez-le par un fichier de réglages ordinaire.</translation>
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
        <translation>Afficher les endroits habituels pour&#xa0;:</translation>
    </message>
    <message>
        <source>Usual places</source>
        <translation>Endroits habituels</translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation>Maladie principale</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>De face</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>De dos</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Schéma du corps</translation>
    </message>
</context>
<context>
    <name>cg::BookmarksDialog</name>
    <message>
        <source>Bookmarks</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Pages you bookmarked with Ctrl+D or the star:</source>
        <translation>Pages que vous avez ajoutées aux favoris avec Ctrl+D ou l&apos;étoile&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>cg::CausesView</name>
    <message>
        <source>Show causes for:</source>
        <translation>Afficher les causes pour&#xa0;:</translation>
    </message>
    <message>
        <source>Underlying condition</source>
        <translation>Maladie principale</translation>
    </message>
    <message>
        <source>Show only the causes and risk factors of one condition</source>
        <translation>Afficher seulement les causes et facteurs de risque d&apos;une maladie</translation>
    </message>
    <message>
        <source>All conditions</source>
        <translation>Toutes les maladies</translation>
    </message>
    <message>
        <source>Causes summary</source>
        <translation>Résumé des causes</translation>
    </message>
    <message>
        <source>Causes and risk factors</source>
        <translation>Causes et facteurs de risque</translation>
    </message>
    <message>
        <source>Causes topics</source>
        <translation>Sujets sur les causes</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Affichage&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>cg::DiagnosisView</name>
    <message>
        <source>Tests, and what to expect</source>
        <translation>Les examens, et à quoi vous attendre</translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation>Type d&apos;examen</translation>
    </message>
    <message>
        <source>Diagnosis summary</source>
        <translation>Résumé du diagnostic</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>Diagnosis topics</source>
        <translation>Sujets sur le diagnostic</translation>
    </message>
    <message>
        <source>Tick the signs you have noticed, so you remember to mention them.</source>
        <translation>Cochez les signes que vous avez remarqués, pour penser à en parler.</translation>
    </message>
</context>
<context>
    <name>cg::FindBar</name>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find in page: the current match and how many there are, e.g. &quot;3 of 12&quot;.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation>Fermer la recherche (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
</context>
<context>
    <name>cg::GlossaryView</name>
    <message>
        <source>Find a word:</source>
        <translation>Trouver un mot&#xa0;:</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Tapez pour filtrer</translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation>Trouver un mot dans le glossaire</translation>
    </message>
    <message>
        <source>Glossary words</source>
        <translation>Mots du glossaire</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>Définition du glossaire</translation>
    </message>
    <message>
        <source>Other words for it:</source>
        <translation>On dit aussi&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cg::HandoutComposerDialog</name>
    <message>
        <source>Print a handout</source>
        <translation>Imprimer une fiche</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Contenu de la fiche</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Your own choice</source>
        <translation>Votre propre sélection</translation>
    </message>
    <message>
        <source>Start from a ready-made handout</source>
        <translation>Partir d&apos;une fiche toute prête</translation>
    </message>
    <message>
        <source>Topics to include</source>
        <translation>Sujets à inclure</translation>
    </message>
    <message>
        <source>Tick a section to include all its topics, or tick single topics.</source>
        <translation>Cochez une rubrique pour inclure tous ses sujets, ou cochez les sujets un par un.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Select all topics</source>
        <translation>Sélectionner tous les sujets</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Tout décocher</translation>
    </message>
    <message>
        <source>Clear all topics</source>
        <translation>Décocher tous les sujets</translation>
    </message>
    <message>
        <source>Choose at least one topic to print a handout.</source>
        <translation>Choisissez au moins un sujet pour imprimer une fiche.</translation>
    </message>
    <message>
        <source>&amp;Questions to ask the care team (checklist)</source>
        <translation>&amp;Questions à poser à votre équipe soignante (liste à cocher)</translation>
    </message>
    <message>
        <source>Include the questions checklist</source>
        <translation>Inclure la liste des questions à poser</translation>
    </message>
    <message>
        <source>&amp;Teach-back checklist for the care team</source>
        <translation>&amp;Vérifier la compréhension&#xa0;: liste pour l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Include the teach-back checklist</source>
        <translation>Inclure la liste «&#xa0;Vérifier la compréhension&#xa0;»</translation>
    </message>
    <message>
        <source>Language and layout</source>
        <translation>Langue et mise en page</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage:</source>
        <translation>&amp;Langue de la fiche&#xa0;:</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <source>S&amp;econd language:</source>
        <translation>Deu&amp;xième langue&#xa0;:</translation>
    </message>
    <message>
        <source>Second language, printed after each passage</source>
        <translation>Deuxième langue, imprimée après chaque passage</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Format du papier&#xa0;:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>La&amp;rge print (18 pt, wide spacing)</source>
        <translation>&amp;Grands caractères (18 pt, espacement large)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Grands caractères</translation>
    </message>
    <message>
        <source>For this patient</source>
        <translation>Pour ce patient</translation>
    </message>
    <message>
        <source>Patient &amp;name:</source>
        <translation>&amp;Nom du patient&#xa0;:</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>N&amp;ote from the care team:</source>
        <translation>&amp;Mot de l&apos;équipe soignante&#xa0;:</translation>
    </message>
    <message>
        <source>Note from the care team</source>
        <translation>Mot de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Printed on the handout only. Never saved: both fields are emptied when this window closes.</source>
        <translation>Imprimé uniquement sur la fiche. Jamais enregistré&#xa0;: les deux champs sont vidés quand cette fenêtre se ferme.</translation>
    </message>
    <message>
        <source>Clinic (remembered on this computer)</source>
        <translation>Service (mémorisé sur cet ordinateur)</translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation>Nom du s&amp;ervice&#xa0;:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <source>Clinic p&amp;hone:</source>
        <translation>Téléphone du serv&amp;ice&#xa0;:</translation>
    </message>
    <message>
        <source>Clinic phone number</source>
        <translation>Numéro de téléphone du service</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Aperçu de la fiche</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>Open a full preview</source>
        <translation>Ouvrir un aperçu complet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>Save HT&amp;ML…</source>
        <translation>Enregistrer en &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the handout as a web page</source>
        <translation>Enregistrer la fiche comme page web</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close and forget the patient&apos;s details</source>
        <translation>Fermer et effacer les informations du patient</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>La fiche n&apos;a pas pu être imprimée.</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>Save handout as a web page</source>
        <translation>Enregistrer la fiche comme page web</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>The handout could not be saved to %1: %2</source>
        <translation>La fiche n&apos;a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>saving files is turned off on this computer</source>
        <translation>l&apos;enregistrement de fichiers est désactivé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Set for every user of this computer by the administrator.</source>
        <translation>Réglé par l&apos;administrateur pour tous les utilisateurs de cet ordinateur.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the folder of the saved handout</source>
        <translation>Ouvrir le dossier de la fiche enregistrée</translation>
    </message>
    <message>
        <source>About 1 page</source>
        <translation>Environ 1 page</translation>
    </message>
    <message>
        <source>About %1 pages</source>
        <translation>Environ %1 pages</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
    <message>
        <source>Not chosen (all conditions)</source>
        <translation>Non choisie (toutes les maladies)</translation>
    </message>
    <message>
        <source>The patient&apos;s condition</source>
        <translation>La maladie du patient</translation>
    </message>
    <message>
        <source>Prints the usual places of lumps for this condition. Not stored.</source>
        <translation>Imprime les endroits habituels des boules pour cette maladie. Rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Cond&amp;ition:</source>
        <translation>Ma&amp;ladie :</translation>
    </message>
    <message>
        <source>the file is missing or incomplete; check the free space and that you may write there, or choose another place</source>
        <translation>le fichier est absent ou incomplet ; vérifiez l&apos;espace libre et que vous avez le droit d&apos;écrire à cet endroit, ou choisissez un autre emplacement</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>cg::LivingView</name>
    <message>
        <source>Living with calcinosis summary</source>
        <translation>Résumé&#xa0;: vivre avec une calcinose</translation>
    </message>
    <message>
        <source>Living with calcinosis topics</source>
        <translation>Sujets sur la vie avec une calcinose</translation>
    </message>
    <message>
        <source>Get medical help</source>
        <translation>Quand demander une aide médicale</translation>
    </message>
    <message>
        <source>Self-care checklist</source>
        <translation>Liste des gestes pour prendre soin de vous</translation>
    </message>
    <message>
        <source>Questions checklist</source>
        <translation>Liste des questions à poser</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <extracomment>&quot;On this page&quot; on Living with it: %1 is the title of a checklist.</extracomment>
        <translation>Liste à cocher : %1</translation>
    </message>
</context>
<context>
    <name>cg::MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Causes et facteurs de risque</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Living with it</source>
        <translation>Vivre avec une calcinose</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Sources and about</source>
        <translation>Sources et à propos</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>&amp;Retirer des favoris</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Page</source>
        <translation>&amp;Ajouter cette page aux favoris</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>En favori</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Favoris</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>Page précédente (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>Page suivante (Alt+Right)</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Make a handout to print or save (Ctrl+P)</source>
        <translation>Préparer une fiche à imprimer ou à enregistrer (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Bigger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl+Plus)</source>
        <translation>Texte plus grand (Ctrl+Plus)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>Texte plus petit (Ctrl+Minus)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <source>&amp;About Calcinosis Guide</source>
        <translation>À &amp;propos de Calcinosis Guide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>&amp;Fiche à imprimer…</translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation>&amp;Gérer les favoris…</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Find in Page</source>
        <translation>&amp;Rechercher dans la page</translation>
    </message>
    <message>
        <source>&amp;Search the Guide</source>
        <translation>Rechercher dans le &amp;guide</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Calcinosis Guide %1&lt;/h3&gt;&lt;p&gt;Plain-language information about calcinosis cutis for patients, families and the clinicians who sit with them.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;This guide is for learning only. It is not a diagnosis or a treatment plan.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. The program never uses the network.&lt;/p&gt;</source>
        <extracomment>Help &gt; About. %1: program version; %2: content version and review line.</extracomment>
        <translation>&lt;h3&gt;Calcinosis Guide %1&lt;/h3&gt;&lt;p&gt;Des informations en langage simple sur la calcinose cutanée, pour les patients, leurs familles et les soignants qui les accompagnent.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Ce guide sert seulement à s’informer. Ce n’est ni un diagnostic ni un plan de traitement.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU (GNU General Public License), version 3 ou ultérieure. Le programme n’utilise jamais le réseau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Calcinosis Guide</source>
        <translation>À propos de Calcinosis Guide</translation>
    </message>
    <message>
        <source>Next or previous match in the page</source>
        <translation>Résultat suivant ou précédent dans la page</translation>
    </message>
    <message>
        <source>F3, Shift+F3</source>
        <translation>F3, Maj+F3</translation>
    </message>
    <message>
        <source>Move between links and controls</source>
        <translation>Passer d’un lien ou d’une commande à l’autre</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Follow the chosen link</source>
        <translation>Ouvrir le lien choisi</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>cg::NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>cg::OverviewView</name>
    <message>
        <source>Overview summary</source>
        <translation>Résumé de la vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>L&apos;essentiel</translation>
    </message>
    <message>
        <source>The five types</source>
        <translation>Les cinq types</translation>
    </message>
    <message>
        <source>Overview topics</source>
        <translation>Sujets de la vue d&apos;ensemble</translation>
    </message>
</context>
<context>
    <name>cg::ReadAloud</name>
    <message>
        <source>&amp;Very Slow</source>
        <translation>Très &amp;lente</translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation>&amp;Lente</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normale</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>&amp;Rapide</translation>
    </message>
    <message>
        <source>V&amp;ery Fast</source>
        <translation>Très rapi&amp;de</translation>
    </message>
    <message>
        <source>No voice for %1 on this computer</source>
        <translation>Aucune voix en %1 sur cet ordinateur</translation>
    </message>
    <message>
        <source>Say This &amp;Word</source>
        <translation>Dire ce &amp;mot</translation>
    </message>
    <message>
        <source>Stop reading aloud (F9)</source>
        <translation>Arrêter la lecture à voix haute (F9)</translation>
    </message>
    <message>
        <source>Read this page aloud, from where you are (F9)</source>
        <translation>Lire cette page à voix haute, à partir d’ici (F9)</translation>
    </message>
    <message>
        <source>&amp;Resume Reading</source>
        <translation>&amp;Reprendre la lecture</translation>
    </message>
    <message>
        <source>&amp;Pause Reading</source>
        <translation>&amp;Mettre la lecture en pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Read &amp;Aloud</source>
        <translation>Lire à voix &amp;haute</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>&amp;Arrêter la lecture</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>Arrêter la lecture à voix haute (Échap)</translation>
    </message>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>Phrase &amp;suivante</translation>
    </message>
    <message>
        <source>P&amp;revious Sentence</source>
        <translation>Phrase &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation>Lecture à voix &amp;haute</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>&amp;Vitesse</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>V&amp;oix</translation>
    </message>
</context>
<context>
    <name>cg::SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Search topics, treatments, tests and the glossary. Results appear as you type; use the arrow keys and Enter to open one.</source>
        <translation>Recherchez des sujets, des traitements, des examens et des mots du glossaire. Les résultats s&apos;affichent pendant que vous tapez&#xa0;; utilisez les flèches du clavier et Enter pour en ouvrir un.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+K)</source>
        <extracomment>The search field&apos;s placeholder, with its keyboard shortcut.</extracomment>
        <translation>Rechercher dans le guide (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <extracomment>The search field&apos;s placeholder when the long one does not fit (large text).</extracomment>
        <translation>Rechercher (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultDelegate</name>
    <message>
        <source>not translated yet</source>
        <translation>pas encore traduit</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultModel</name>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultsPopup</name>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer words, other words for the same thing, or check the spelling: for example “lumps”, ǋlood tests” or a medicine&apos;s name.</source>
        <extracomment>Search found nothing. %1 is what the reader typed.</extracomment>
        <translation>Rien trouvé pour « %1 ». Essayez moins de mots, d’autres mots pour la même chose, ou vérifiez l’orthographe : par exemple « boules », « analyses de sang » ou le nom d’un médicament.</translation>
    </message>
    <message>
        <source>Search cannot run: the guide&apos;s search index could not be read. The pages, the glossary and find in page (Ctrl+F) still work.</source>
        <translation>La recherche ne peut pas fonctionner : l&apos;index de recherche du guide n&apos;a pas pu être lu. Les pages, le glossaire et la recherche dans la page (Ctrl+F) fonctionnent toujours.</translation>
    </message>
</context>
<context>
    <name>cg::SectionView</name>
    <message>
        <source>This page could not be read</source>
        <translation>Cette page n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>Close the guide and start it again. If this page still cannot be read, reinstall the guide&apos;s content package.</source>
        <translation>Fermez le guide et relancez-le. Si cette page ne peut toujours pas être lue, réinstallez le paquet de contenu du guide.</translation>
    </message>
</context>
<context>
    <name>cg::SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>Liste des sources</translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation>À propos de ce guide</translation>
    </message>
    <message>
        <source>Translated, awaiting clinical review</source>
        <translation>Traduite, en attente de relecture médicale</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Part traduite</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Until a medical translator has reviewed a language, it is marked &quot;awaiting clinical review&quot;. Parts not yet translated are shown in English, with a note.</source>
        <translation>Tant qu&apos;un traducteur médical n&apos;a pas relu une langue, elle est marquée «&#xa0;en attente de relecture médicale&#xa0;». Les parties pas encore traduites s&apos;affichent en anglais, avec une note.</translation>
    </message>
    <message>
        <source>This program</source>
        <translation>Ce logiciel</translation>
    </message>
    <message>
        <source>Calcinosis Guide %1</source>
        <translation>Calcinosis Guide %1</translation>
    </message>
    <message>
        <source>Built with Qt %1. It works without the internet. It keeps only your settings and bookmarks, on this computer.</source>
        <translation>Réalisé avec Qt %1. Il fonctionne sans Internet. Il ne garde que vos réglages et vos favoris, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Every page names the sources it rests on. These are all of them.</source>
        <translation>Chaque page indique les sources sur lesquelles elle s&apos;appuie. Les voici toutes.</translation>
    </message>
    <message>
        <source>About this guide, its languages and versions</source>
        <translation>À propos de ce guide, de ses langues et de ses versions</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Langue d&apos;origine</translation>
    </message>
    <message>
        <source>Translation checked by: %1, %2</source>
        <extracomment>%1 is the reviewer&apos;s role, such as &quot;Medical translator&quot;; %2 is a date.</extracomment>
        <translation>Traduction vérifiée par : %1, %2</translation>
    </message>
    <message>
        <source>Not yet reviewed by a clinician</source>
        <translation>Pas encore relu par un soignant</translation>
    </message>
    <message>
        <source>%1 of %2 topics reviewed by a clinician</source>
        <extracomment>%1 and %2 are numbers of topics.</extracomment>
        <translation>%1 sujets sur %2 relus par un soignant</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Clinical review</source>
        <translation>Relecture clinique</translation>
    </message>
</context>
<context>
    <name>cg::SpeechReader</name>
    <message>
        <source>Reading aloud stopped: %1</source>
        <translation>La lecture à voix haute s’est arrêtée : %1</translation>
    </message>
    <message>
        <source>This computer has no voice for %1 (%2), so this page cannot be read aloud in its language. To add voices for all six languages, ask whoever looks after this computer to run: apt install espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</source>
        <extracomment>%1 is a language named in itself (&quot;Español&quot;), %2 in English (&quot;Spanish&quot;).</extracomment>
        <translation>Cet ordinateur n’a pas de voix en %1 (%2) : cette page ne peut donc pas être lue à voix haute dans sa langue. Pour ajouter des voix dans les six langues, demandez à la personne qui s’occupe de cet ordinateur de lancer : apt install espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</translation>
    </message>
    <message>
        <source>Reading aloud needs a speech engine, and this computer has none. Ask whoever looks after this computer to run: apt install qt6-speech-speechd-plugin espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</source>
        <translation>La lecture à voix haute demande un moteur de synthèse vocale, et cet ordinateur n’en a pas. Demandez à la personne qui s’occupe de cet ordinateur de lancer : apt install qt6-speech-speechd-plugin espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</translation>
    </message>
</context>
<context>
    <name>cg::TreatmentView</name>
    <message>
        <source>Type of treatment:</source>
        <translation>Type de traitement&#xa0;:</translation>
    </message>
    <message>
        <source>Type of treatment</source>
        <translation>Type de traitement</translation>
    </message>
    <message>
        <source>Size of the lumps:</source>
        <translation>Taille des boules&#xa0;:</translation>
    </message>
    <message>
        <source>Size of the lumps</source>
        <translation>Taille des boules</translation>
    </message>
    <message>
        <source>Treatment summary</source>
        <translation>Résumé du traitement</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Treatment topics</source>
        <translation>Sujets sur le traitement</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Toutes les tailles</translation>
    </message>
    <message>
        <source>Small lumps</source>
        <translation>Petites boules</translation>
    </message>
    <message>
        <source>Large or widespread lumps</source>
        <translation>Grosses boules ou boules très étendues</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Affichage&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>cg::ViewContext</name>
    <message>
        <source>On this page:</source>
        <translation>Sur cette page&#xa0;:</translation>
    </message>
    <message>
        <source>Right-click or press the Menu key to hear this word.</source>
        <translation>Faites un clic droit ou appuyez sur la touche Menu pour entendre ce mot.</translation>
    </message>
</context>
</TS>
