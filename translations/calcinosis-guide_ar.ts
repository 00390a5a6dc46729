<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BookmarkStore</name>
    <message>
        <source>&quot;%1&quot; is a file, not a folder</source>
        <translation>«%1» ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <source>you may not write to &quot;%1&quot;</source>
        <translation>لا يُسمح لك بالكتابة في «%1»</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be opened (%2); bookmarks are off.</source>
        <translation>يتعذر فتح ملف الإشارات المرجعية «%1» (%2)؛ الإشارات المرجعية معطلة.</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; is damaged and could not be moved aside; bookmarks are off.</source>
        <translation>ملف الإشارات المرجعية «%1» تالف وتعذر نقله جانبًا؛ الإشارات المرجعية معطلة.</translation>
    </message>
    <message>
        <source>The folder for bookmarks &quot;%1&quot; cannot be created (%2); bookmarks are off.</source>
        <translation>يتعذر إنشاء مجلد الإشارات المرجعية «%1» (%2)؛ الإشارات المرجعية معطلة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file, so bookmarks cannot be kept there; it was left alone.</source>
        <translation>«%1» ليس ملفًا، لذا لا يمكن حفظ الإشارات المرجعية فيه؛ وقد تُرك كما هو.</translation>
    </message>
    <message>
        <source>It was left unchanged; bookmarks are off.</source>
        <translation>تُرك دون تغيير؛ الإشارات المرجعية معطلة.</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; was written by a newer version of Calcinosis Guide. It was left unchanged; bookmarks are off until you update.</source>
        <translation>كُتب ملف الإشارات المرجعية «%1» بإصدار أحدث من Calcinosis Guide. تُرك دون تغيير؛ الإشارات المرجعية معطلة حتى تحدّث البرنامج.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Calcinosis Guide bookmarks file (it belongs to another program). %2 Move it elsewhere to start new bookmarks.</source>
        <translation>«%1» ليس ملف إشارات مرجعية لـ Calcinosis Guide (إنه يخص برنامجًا آخر). %2 انقله إلى مكان آخر لتبدأ إشارات مرجعية جديدة.</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; is in use by another program (another Calcinosis Guide?). %2</source>
        <translation>ملف الإشارات المرجعية «%1» قيد الاستخدام من برنامج آخر (نسخة أخرى من Calcinosis Guide؟). %2</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be read (%2). %3</source>
        <translation>تتعذر قراءة ملف الإشارات المرجعية «%1» (%2). %3</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be written (%2); bookmarks are off.</source>
        <translation>تتعذر الكتابة في ملف الإشارات المرجعية «%1» (%2)؛ الإشارات المرجعية معطلة.</translation>
    </message>
    <message>
        <source>Your bookmarks file could not be read, so a new, empty one was started. The old file was kept as &quot;%1&quot;.</source>
        <translation>تعذرت قراءة ملف إشاراتك المرجعية، لذا بدأ ملف جديد فارغ. احتُفظ بالملف القديم باسم «%1».</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the file or its folder may not be written</source>
        <translation>لا يُسمح بالكتابة في الملف أو مجلده</translation>
    </message>
    <message>
        <source>another program is writing it; try again</source>
        <translation>يكتب برنامج آخر فيه الآن؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>أبلغ القرص عن خطأ</translation>
    </message>
    <message>
        <source>The bookmark could not be saved in &quot;%1&quot;: %2.</source>
        <translation>تعذر حفظ الإشارة المرجعية في «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Calcinosis Guide explains calcinosis cutis (calcium deposits in or under the skin) to patients and families, and prints handouts in clinic.</source>
        <translation>يشرح Calcinosis Guide تكلس الجلد (ترسبات الكالسيوم في الجلد أو تحته) للمرضى والعائلات، ويطبع نشرات في العيادة.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>عرض هذه المساعدة ثم الخروج.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>عرض الإصدار ثم الخروج.</translation>
    </message>
    <message>
        <source>Use the content database at PATH.</source>
        <translation>استخدام قاعدة بيانات المحتوى الموجودة في PATH.</translation>
    </message>
    <message>
        <source>List the content languages: code, a tab, the language&apos;s own name.</source>
        <translation>سرد لغات المحتوى: الرمز، ثم علامة جدولة، ثم اسم اللغة بلغتها.</translation>
    </message>
    <message>
        <source>Use the language CODE (for example en, es, ar).</source>
        <translation>استخدام اللغة ذات الرمز CODE (مثل en أو es أو ar).</translation>
    </message>
    <message>
        <source>Search the content and print section, topic id and title of each result, best first.</source>
        <translation>البحث في المحتوى وعرض القسم ومعرف الموضوع والعنوان لكل نتيجة، بدءا بالأفضل.</translation>
    </message>
    <message>
        <source>Print at most N search results (default 10).</source>
        <translation>عرض N من نتائج البحث على الأكثر (الافتراضي 10).</translation>
    </message>
    <message>
        <source>Write a handout to FILE (.pdf or .html) without opening a window.</source>
        <translation>كتابة نشرة في الملف FILE (بصيغة .pdf أو .html) دون فتح نافذة.</translation>
    </message>
    <message>
        <source>Handout sections, comma-separated (overview, causes, diagnosis, treatment, living).</source>
        <translation>أقسام النشرة، مفصولة بفواصل (overview, causes, diagnosis, treatment, living).</translation>
    </message>
    <message>
        <source>Handout topics, comma-separated topic ids.</source>
        <translation>موضوعات النشرة: معرفات الموضوعات مفصولة بفواصل.</translation>
    </message>
    <message>
        <source>Large print handout (18 pt, wide spacing).</source>
        <translation>نشرة بخط كبير (18 نقطة، تباعد واسع).</translation>
    </message>
    <message>
        <source>Add a second language CODE to the handout.</source>
        <translation>إضافة لغة ثانية ذات الرمز CODE إلى النشرة.</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>(انظر --help)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>وسيط غير متوقع «%1» (انظر --help).</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>يحتاج --limit إلى عدد صحيح يساوي 1 أو أكثر، وليس «%1».</translation>
    </message>
    <message>
        <source>Run as a kiosk: full screen, no files saved, back to the start when idle; Ctrl+Alt+Shift+Q quits.</source>
        <translation>التشغيل كشاشة عرض عامة (كشك): ملء الشاشة، دون حفظ ملفات، والعودة إلى البداية عند الخمول؛ Ctrl+Alt+Shift+Q للخروج.</translation>
    </message>
    <message>
        <source>Clinic name on the handout (default: the clinic settings).</source>
        <translation>اسم العيادة على النشرة (الافتراضي: إعدادات العيادة).</translation>
    </message>
    <message>
        <source>Clinic phone number on the handout (default: the clinic settings).</source>
        <translation>رقم هاتف العيادة على النشرة (الافتراضي: إعدادات العيادة).</translation>
    </message>
    <message>
        <source>%1 cannot be used together: give one command at a time (see --help).</source>
        <translation>لا يمكن استخدام %1 معًا: أعط أمرًا واحدًا في كل مرة (انظر --help).</translation>
    </message>
    <message>
        <source>--%1 is used only with --%2 (see --help).</source>
        <translation>يُستخدم --%1 مع --%2 فقط (انظر --help).</translation>
    </message>
    <message>
        <source>the file name given to --%1 is not valid UTF-8 text, so it cannot be used as given; rename the file or choose another name.</source>
        <translation>اسم الملف المعطى لـ --%1 ليس نصًا صالحًا بترميز UTF-8، لذا لا يمكن استخدامه كما هو؛ أعد تسمية الملف أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>cannot open the window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or see --help for what works without a window.</source>
        <translation>تعذر فتح النافذة: لا توجد شاشة (لم يُضبط DISPLAY ولا WAYLAND_DISPLAY). شغّل البرنامج من جلسة سطح مكتب، أو انظر --help لمعرفة ما يعمل دون نافذة.</translation>
    </message>
    <message>
        <source>The patient&apos;s condition (for example systemic-sclerosis): its usual places on the body map; never stored.</source>
        <translation>حالة المريض (مثلا systemic-sclerosis): أماكنها المعتادة على خريطة الجسم؛ لا تحفظ أبدا.</translation>
    </message>
    <message>
        <source>Paper size: a4, letter or auto (the system&apos;s region; default: the clinic settings, else auto).</source>
        <translation>حجم الورق: a4 أو letter أو auto (منطقة النظام؛ الافتراضي: إعدادات العيادة، وإلا auto).</translation>
    </message>
    <message>
        <source>Handout preset: %1 (default: the clinic settings, else %2).</source>
        <translation>نموذج النشرة: %1 (الافتراضي: إعدادات العيادة، وإلا %2).</translation>
    </message>
    <message>
        <source>--kiosk is for the window and cannot be used with %1 (see --help).</source>
        <translation>‏--kiosk خاص بالنافذة ولا يمكن استخدامه مع %1 (انظر --help).</translation>
    </message>
    <message>
        <source>--paper must be a4, letter or auto, not &quot;%1&quot;.</source>
        <translation>يجب أن تكون قيمة ‎--paper‏ a4 أو letter أو auto، وليس «%1».</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <source>The content database was not found at &quot;%1&quot;. Reinstall Calcinosis Guide, or give the database with --content PATH.</source>
        <translation>لم يعثر على قاعدة بيانات المحتوى في «%1». أعد تثبيت Calcinosis Guide، أو حدد قاعدة البيانات باستخدام --content PATH.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; cannot be read. Check that it is a file and that you have permission to read it.</source>
        <translation>تتعذر قراءة قاعدة بيانات المحتوى «%1». تحقق من أنها ملف وأن لديك إذنا بقراءته.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; is damaged or is not a Calcinosis Guide database (%2). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>قاعدة بيانات المحتوى «%1» تالفة أو ليست قاعدة بيانات Calcinosis Guide (%2). أعد تثبيت Calcinosis Guide، أو أعد بناء المحتوى باستخدام أداة تجميع المحتوى.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; has format version %2, but this version of Calcinosis Guide reads only version %3. Install a newer Calcinosis Guide.</source>
        <translation>إصدار تنسيق قاعدة بيانات المحتوى «%1» هو %2، لكن هذا الإصدار من Calcinosis Guide لا يقرأ إلا الإصدار %3. ثبت إصدارا أحدث من Calcinosis Guide.</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; has format version %2, older than version %3 that this Calcinosis Guide needs. Rebuild the content or reinstall.</source>
        <translation>إصدار تنسيق قاعدة بيانات المحتوى «%1» هو %2، وهو أقدم من الإصدار %3 الذي يحتاجه هذا الإصدار من Calcinosis Guide. أعد بناء المحتوى أو أعد التثبيت.</translation>
    </message>
    <message>
        <source>no content version</source>
        <translation>لا يوجد إصدار للمحتوى</translation>
    </message>
    <message>
        <source>The SQLite library on this system was built without full-text search (FTS5), which Calcinosis Guide needs. Install the distribution&apos;s standard SQLite library.</source>
        <translation>بنيت مكتبة SQLite على هذا النظام دون البحث في النص الكامل (FTS5)، الذي يحتاجه Calcinosis Guide. ثبت مكتبة SQLite القياسية التي توفرها توزيعتك.</translation>
    </message>
    <message>
        <source>the file is not as long as its pages say</source>
        <translation>طول الملف لا يطابق ما تذكره صفحاته</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; is empty (0 bytes): it was not copied or installed completely. Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>قاعدة بيانات المحتوى «%1» فارغة (0 بايت): لم يكتمل نسخها أو تثبيتها. أعد تثبيت Calcinosis Guide، أو أعد بناء المحتوى باستخدام أداة تجميع المحتوى.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ليست قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>it does not carry the Calcinosis Guide mark</source>
        <translation>لا تحمل علامة Calcinosis Guide</translation>
    </message>
    <message>
        <source>it was set up for changes after it was built</source>
        <translation>جرى إعدادها لاستقبال تغييرات بعد بنائها</translation>
    </message>
    <message>
        <source>it has no content digest</source>
        <translation>لا تحتوي على بصمة للمحتوى</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; was changed after it was built: its content does not match its digest. Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>جرى تغيير قاعدة بيانات المحتوى «%1» بعد بنائها: محتواها لا يطابق بصمتها. أعد تثبيت Calcinosis Guide، أو أعد بناء المحتوى باستخدام أداة تجميع المحتوى.</translation>
    </message>
    <message>
        <source>Part of the content could not be read from &quot;%1&quot; (%2). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>تعذرت قراءة جزء من المحتوى من «%1» (%2). أعد تثبيت Calcinosis Guide، أو أعد بناء المحتوى باستخدام أداة تجميع المحتوى.</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>the name belongs to a device, a pipe or a link to one, not a file, and was left alone; choose another name</source>
        <translation>هذا الاسم لجهاز أو أنبوب أو رابط إلى أحدهما، وليس لملف، وقد تُرك كما هو؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>that is a folder; choose a file name inside it</source>
        <translation>هذا مجلد؛ اختر اسم ملف داخله</translation>
    </message>
    <message>
        <source>that is a link to a file that does not exist; choose another name</source>
        <translation>هذا رابط إلى ملف غير موجود؛ اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>the disk is full; free some space or choose another place</source>
        <translation>القرص ممتلئ؛ أفرغ بعض المساحة أو اختر مكانًا آخر</translation>
    </message>
    <message>
        <source>your disk quota is used up; free some space or choose another place</source>
        <translation>استُنفدت حصتك من القرص؛ أفرغ بعض المساحة أو اختر مكانًا آخر</translation>
    </message>
    <message>
        <source>the file is larger than this disk or folder allows; choose another place</source>
        <translation>الملف أكبر مما يسمح به هذا القرص أو المجلد؛ اختر مكانًا آخر</translation>
    </message>
    <message>
        <source>the disk is read-only; choose another place</source>
        <translation>القرص للقراءة فقط؛ اختر مكانًا آخر</translation>
    </message>
    <message>
        <source>permission denied; choose a folder you may write to</source>
        <translation>الإذن مرفوض؛ اختر مجلدًا يُسمح لك بالكتابة فيه</translation>
    </message>
    <message>
        <source>the folder does not exist; choose another place</source>
        <translation>المجلد غير موجود؛ اختر مكانًا آخر</translation>
    </message>
    <message>
        <source>unknown file type; use a name ending in .pdf or .html</source>
        <translation>نوع ملف غير معروف؛ استخدم اسمًا ينتهي بـ ‎.pdf أو ‎.html</translation>
    </message>
    <message>
        <source>the handout has no pages</source>
        <translation>لا تحتوي النشرة على أي صفحات</translation>
    </message>
</context>
<context>
    <name>ManagedSettings</name>
    <message>
        <source>&quot;%1&quot; is not a4, letter or auto; using auto.</source>
        <translation>&quot;%1&quot; ليس a4 ولا letter ولا auto؛ سيُستخدم auto.</translation>
    </message>
    <message>
        <source>%1: the file is not a valid settings file; its values were ignored. Check its [section] and key=value lines.</source>
        <translation>%1: هذا الملف ليس ملف إعدادات صالحًا؛ تم تجاهل قيمه. تحقق من أسطر [القسم] والمفتاح=القيمة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; using %2.</source>
        <translation>&quot;%1&quot; ليست true ولا false؛ سيُستخدم %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds from %2 to %3; using %4.</source>
        <translation>&quot;%1&quot; ليس عددًا من الثواني بين %2 و%3؛ سيُستخدم %4.</translation>
    </message>
    <message>
        <source>%1: %2 is still read, as %3; move it to %4.</source>
        <translation>%1: لا يزال %2 يُقرأ، بوصفه %3؛ انقله إلى %4.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>the content database &quot;%1&quot; has no search index; rebuild it with the content compiler.</source>
        <translation>لا يوجد فهرس بحث في قاعدة بيانات المحتوى «%1»؛ أعد بناءها باستخدام أداة تجميع المحتوى.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; known languages: %2</source>
        <translation>لغة غير معروفة «%1»؛ اللغات المعروفة: %2</translation>
    </message>
    <message>
        <source>the content database &quot;%1&quot; has no search index for &quot;%2&quot;; rebuild it with the content compiler.</source>
        <translation>لا يوجد فهرس بحث للغة «%2» في قاعدة بيانات المحتوى «%1»؛ أعد بناءها باستخدام أداة تجميع المحتوى.</translation>
    </message>
    <message>
        <source>the search index in &quot;%1&quot; cannot be read (%2); rebuild it with the content compiler, or reinstall.</source>
        <translation>تتعذر قراءة فهرس البحث في «%1» (%2)؛ أعد بناءه باستخدام أداة تجميع المحتوى، أو أعد التثبيت.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search does not work (%1). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>البحث لا يعمل (%1). أعد تثبيت Calcinosis Guide، أو أعد بناء المحتوى باستخدام أداة تجميع المحتوى.</translation>
    </message>
</context>
<context>
    <name>SettingsFiles</name>
    <message>
        <source>a FIFO</source>
        <translation>أنبوب FIFO مسمّى</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>مقبس (socket)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>%1: this settings file is %2, so it was not read; remove it or replace it with an ordinary settings file.</source>
        <translation>%1: ملف الإعدادات هذا %2، لذا لم تتم قراءته؛ احذفه أو استبدل به ملف إعدادات عاديًا.</translation>
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
        <translation>اعرض الأماكن المعتادة في حالة:</translation>
    </message>
    <message>
        <source>Usual places</source>
        <translation>الأماكن المعتادة</translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation>المرض الأساسي</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>من الأمام</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>من الخلف</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>خريطة الجسم</translation>
    </message>
</context>
<context>
    <name>cg::BookmarksDialog</name>
    <message>
        <source>Bookmarks</source>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Pages you bookmarked with Ctrl+D or the star:</source>
        <translation>الصفحات التي أضفتها إلى الإشارات المرجعية باستخدام Ctrl+D أو النجمة:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>cg::CausesView</name>
    <message>
        <source>Show causes for:</source>
        <translation>اعرض الأسباب في حالة:</translation>
    </message>
    <message>
        <source>Underlying condition</source>
        <translation>الحالة المرضية الأساسية</translation>
    </message>
    <message>
        <source>Show only the causes and risk factors of one condition</source>
        <translation>اعرض أسباب حالة مرضية واحدة وعوامل الخطر فيها فقط</translation>
    </message>
    <message>
        <source>All conditions</source>
        <translation>كل الحالات المرضية</translation>
    </message>
    <message>
        <source>Causes summary</source>
        <translation>ملخص الأسباب</translation>
    </message>
    <message>
        <source>Causes and risk factors</source>
        <translation>الأسباب وعوامل الخطر</translation>
    </message>
    <message>
        <source>Causes topics</source>
        <translation>موضوعات الأسباب</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>يعرض %1 من %2</translation>
    </message>
</context>
<context>
    <name>cg::DiagnosisView</name>
    <message>
        <source>Tests, and what to expect</source>
        <translation>الفحوص، وما تتوقعه</translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation>نوع الفحص</translation>
    </message>
    <message>
        <source>Diagnosis summary</source>
        <translation>ملخص التشخيص</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>الفحوص</translation>
    </message>
    <message>
        <source>Diagnosis topics</source>
        <translation>موضوعات التشخيص</translation>
    </message>
    <message>
        <source>Tick the signs you have noticed, so you remember to mention them.</source>
        <translation>ضع علامة بجانب العلامات التي لاحظتها، حتى تتذكر أن تذكرها.</translation>
    </message>
</context>
<context>
    <name>cg::FindBar</name>
    <message>
        <source>No matches</source>
        <translation>لا توجد نتائج مطابقة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find in page: the current match and how many there are, e.g. &quot;3 of 12&quot;.</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>البحث في الصفحة</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>النتيجة التالية (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation>إغلاق البحث (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>إغلاق البحث</translation>
    </message>
</context>
<context>
    <name>cg::GlossaryView</name>
    <message>
        <source>Find a word:</source>
        <translation>ابحث عن كلمة:</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>اكتب لتصفية القائمة</translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation>ابحث عن كلمة في مسرد المصطلحات</translation>
    </message>
    <message>
        <source>Glossary words</source>
        <translation>كلمات مسرد المصطلحات</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>شرح الكلمة في المسرد</translation>
    </message>
    <message>
        <source>Other words for it:</source>
        <translation>كلمات أخرى بالمعنى نفسه:</translation>
    </message>
</context>
<context>
    <name>cg::HandoutComposerDialog</name>
    <message>
        <source>Print a handout</source>
        <translation>طباعة نشرة</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>ما تريد تضمينه</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>ابدأ من:</translation>
    </message>
    <message>
        <source>Your own choice</source>
        <translation>اختيارك الخاص</translation>
    </message>
    <message>
        <source>Start from a ready-made handout</source>
        <translation>ابدأ من نشرة جاهزة</translation>
    </message>
    <message>
        <source>Topics to include</source>
        <translation>الموضوعات التي تريد تضمينها</translation>
    </message>
    <message>
        <source>Tick a section to include all its topics, or tick single topics.</source>
        <translation>ضع علامة على قسم لتضمين كل موضوعاته، أو ضع علامة على موضوعات منفردة.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Select all topics</source>
        <translation>تحديد كل الموضوعات</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear all topics</source>
        <translation>إلغاء تحديد كل الموضوعات</translation>
    </message>
    <message>
        <source>Choose at least one topic to print a handout.</source>
        <translation>اختر موضوعا واحدا على الأقل لطباعة نشرة.</translation>
    </message>
    <message>
        <source>&amp;Questions to ask the care team (checklist)</source>
        <translation>أسئلة تطرحها على فريق الرعاية (قائمة تحقق)</translation>
    </message>
    <message>
        <source>Include the questions checklist</source>
        <translation>تضمين قائمة الأسئلة</translation>
    </message>
    <message>
        <source>&amp;Teach-back checklist for the care team</source>
        <translation>قائمة التحقق من الفهم (لفريق الرعاية)</translation>
    </message>
    <message>
        <source>Include the teach-back checklist</source>
        <translation>تضمين قائمة التحقق من الفهم</translation>
    </message>
    <message>
        <source>Language and layout</source>
        <translation>اللغة والتنسيق</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage:</source>
        <translation>لغة النشرة:</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>لغة النشرة</translation>
    </message>
    <message>
        <source>S&amp;econd language:</source>
        <translation>لغة ثانية:</translation>
    </message>
    <message>
        <source>Second language, printed after each passage</source>
        <translation>لغة ثانية، تطبع بعد كل فقرة</translation>
    </message>
    <message>
        <source>None</source>
        <translation>بدون</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>حجم الورق:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>تلقائي (%1)</translation>
    </message>
    <message>
        <source>La&amp;rge print (18 pt, wide spacing)</source>
        <translation>طباعة بخط كبير (18 نقطة، تباعد واسع)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>طباعة بخط كبير</translation>
    </message>
    <message>
        <source>For this patient</source>
        <translation>لهذا المريض</translation>
    </message>
    <message>
        <source>Patient &amp;name:</source>
        <translation>اسم المريض:</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>اسم المريض</translation>
    </message>
    <message>
        <source>N&amp;ote from the care team:</source>
        <translation>ملاحظة من فريق الرعاية:</translation>
    </message>
    <message>
        <source>Note from the care team</source>
        <translation>ملاحظة من فريق الرعاية</translation>
    </message>
    <message>
        <source>Printed on the handout only. Never saved: both fields are emptied when this window closes.</source>
        <translation>تطبع على النشرة فقط ولا تحفظ أبدا: يفرغ الحقلان عند إغلاق هذه النافذة.</translation>
    </message>
    <message>
        <source>Clinic (remembered on this computer)</source>
        <translation>العيادة (تحفظ على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation>اسم العيادة:</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>اسم العيادة</translation>
    </message>
    <message>
        <source>Clinic p&amp;hone:</source>
        <translation>هاتف العيادة:</translation>
    </message>
    <message>
        <source>Clinic phone number</source>
        <translation>رقم هاتف العيادة</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>معاينة النشرة</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>معاينة…</translation>
    </message>
    <message>
        <source>Open a full preview</source>
        <translation>فتح معاينة كاملة</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>طباعة النشرة</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>حفظ PDF…</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>حفظ النشرة بصيغة PDF</translation>
    </message>
    <message>
        <source>Save HT&amp;ML…</source>
        <translation>حفظ HTML…</translation>
    </message>
    <message>
        <source>Save the handout as a web page</source>
        <translation>حفظ النشرة صفحة ويب</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close and forget the patient&apos;s details</source>
        <translation>إغلاق النافذة ومسح بيانات المريض</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>طباعة النشرة</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>تعذرت طباعة النشرة.</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>حفظ النشرة بصيغة PDF</translation>
    </message>
    <message>
        <source>Save handout as a web page</source>
        <translation>حفظ النشرة صفحة ويب</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>صفحات ويب (*.html)</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>حفظ النشرة</translation>
    </message>
    <message>
        <source>The handout could not be saved to %1: %2</source>
        <translation>تعذر حفظ النشرة في %1: %2</translation>
    </message>
    <message>
        <source>saving files is turned off on this computer</source>
        <translation>حفظ الملفات معطّل على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Set for every user of this computer by the administrator.</source>
        <translation>حدّده المسؤول لجميع مستخدمي هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>فتح ال&amp;مجلد</translation>
    </message>
    <message>
        <source>Open the folder of the saved handout</source>
        <translation>فتح مجلد النشرة المحفوظة</translation>
    </message>
    <message>
        <source>About 1 page</source>
        <translation>صفحة واحدة تقريبا</translation>
    </message>
    <message>
        <source>About %1 pages</source>
        <translation>%1 صفحات تقريبا</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظت في %1</translation>
    </message>
    <message>
        <source>Not chosen (all conditions)</source>
        <translation>غير محدد (كل الحالات)</translation>
    </message>
    <message>
        <source>The patient&apos;s condition</source>
        <translation>حالة المريض</translation>
    </message>
    <message>
        <source>Prints the usual places of lumps for this condition. Not stored.</source>
        <translation>تطبع الأماكن المعتادة للكتل في هذه الحالة. لا تُحفظ.</translation>
    </message>
    <message>
        <source>Cond&amp;ition:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <source>the file is missing or incomplete; check the free space and that you may write there, or choose another place</source>
        <translation>الملف غير موجود أو غير مكتمل؛ تحقّق من المساحة الفارغة ومن أنه يُسمح لك بالكتابة هناك، أو اختر مكانًا آخر</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>العيادة</translation>
    </message>
</context>
<context>
    <name>cg::LivingView</name>
    <message>
        <source>Living with calcinosis summary</source>
        <translation>ملخص العيش مع التكلس</translation>
    </message>
    <message>
        <source>Living with calcinosis topics</source>
        <translation>موضوعات العيش مع التكلس</translation>
    </message>
    <message>
        <source>Get medical help</source>
        <translation>اطلب المساعدة الطبية</translation>
    </message>
    <message>
        <source>Self-care checklist</source>
        <translation>قائمة خطوات العناية الذاتية</translation>
    </message>
    <message>
        <source>Questions checklist</source>
        <translation>قائمة الأسئلة</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <extracomment>&quot;On this page&quot; on Living with it: %1 is the title of a checklist.</extracomment>
        <translation>قائمة تحقق: %1</translation>
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
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>العلاج</translation>
    </message>
    <message>
        <source>Living with it</source>
        <translation>العيش مع التكلس</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>مسرد المصطلحات</translation>
    </message>
    <message>
        <source>Sources and about</source>
        <translation>المصادر ومعلومات عن الدليل</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>إزالة الإشارة المرجعية</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Page</source>
        <translation>إضافة إشارة مرجعية لهذه الصفحة</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>في الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>الرجوع (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>تقدم</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>التقدم (Alt+Right)</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>نشرة</translation>
    </message>
    <message>
        <source>Make a handout to print or save (Ctrl+P)</source>
        <translation>إعداد نشرة للطباعة أو الحفظ (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Bigger Text</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl+Plus)</source>
        <translation>تكبير النص (Ctrl+Plus)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>تصغير النص (Ctrl+Minus)</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>الحجم العادي</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>اتباع إعدادات النظام</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>تباين عال</translation>
    </message>
    <message>
        <source>&amp;About Calcinosis Guide</source>
        <translation>حول Calcinosis Guide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>النشرة…</translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation>إدارة الإشارات المرجعية…</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>&amp;Find in Page</source>
        <translation>البحث في الصفحة</translation>
    </message>
    <message>
        <source>&amp;Search the Guide</source>
        <translation>البحث في الدليل</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Calcinosis Guide %1&lt;/h3&gt;&lt;p&gt;Plain-language information about calcinosis cutis for patients, families and the clinicians who sit with them.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;This guide is for learning only. It is not a diagnosis or a treatment plan.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. The program never uses the network.&lt;/p&gt;</source>
        <extracomment>Help &gt; About. %1: program version; %2: content version and review line.</extracomment>
        <translation>&lt;h3&gt;Calcinosis Guide %1&lt;/h3&gt;&lt;p&gt;معلومات بلغة بسيطة عن التكلس الجلدي للمرضى والعائلات والمختصين الذين يرافقونهم.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;هذا الدليل للتعلم فقط. وهو ليس تشخيصًا ولا خطة علاج.&lt;/p&gt;&lt;p&gt;برنامج حر بموجب رخصة جنو العمومية (GNU General Public License)، الإصدار 3 أو أحدث. لا يستخدم البرنامج الشبكة أبدًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Calcinosis Guide</source>
        <translation>حول Calcinosis Guide</translation>
    </message>
    <message>
        <source>Next or previous match in the page</source>
        <translation>النتيجة التالية أو السابقة في الصفحة</translation>
    </message>
    <message>
        <source>F3, Shift+F3</source>
        <translation>F3، Shift+F3</translation>
    </message>
    <message>
        <source>Move between links and controls</source>
        <translation>الانتقال بين الروابط وعناصر التحكم</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <source>Follow the chosen link</source>
        <translation>فتح الرابط المختار</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>cg::NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>cg::OverviewView</name>
    <message>
        <source>Overview summary</source>
        <translation>ملخص النظرة العامة</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>حقائق أساسية</translation>
    </message>
    <message>
        <source>The five types</source>
        <translation>الأنواع الخمسة</translation>
    </message>
    <message>
        <source>Overview topics</source>
        <translation>موضوعات النظرة العامة</translation>
    </message>
</context>
<context>
    <name>cg::ReadAloud</name>
    <message>
        <source>&amp;Very Slow</source>
        <translation>بطيئة &amp;جدًا</translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation>&amp;بطيئة</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;عادية</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>&amp;سريعة</translation>
    </message>
    <message>
        <source>V&amp;ery Fast</source>
        <translation>سريعة ج&amp;دًا</translation>
    </message>
    <message>
        <source>No voice for %1 on this computer</source>
        <translation>لا يوجد صوت بـ%1 على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Say This &amp;Word</source>
        <translation>انطق هذه ال&amp;كلمة</translation>
    </message>
    <message>
        <source>Stop reading aloud (F9)</source>
        <translation>أوقف القراءة بصوت عالٍ (F9)</translation>
    </message>
    <message>
        <source>Read this page aloud, from where you are (F9)</source>
        <translation>اقرأ هذه الصفحة بصوت عالٍ من حيث أنت (F9)</translation>
    </message>
    <message>
        <source>&amp;Resume Reading</source>
        <translation>&amp;تابع القراءة</translation>
    </message>
    <message>
        <source>&amp;Pause Reading</source>
        <translation>أوقف القراءة &amp;مؤقتًا</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>تابع</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Read &amp;Aloud</source>
        <translation>اقرأ بصوت &amp;عالٍ</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>أ&amp;وقف القراءة</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>أوقف القراءة بصوت عالٍ (Esc)</translation>
    </message>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>الجملة ال&amp;تالية</translation>
    </message>
    <message>
        <source>P&amp;revious Sentence</source>
        <translation>الجملة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation>ال&amp;قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>ال&amp;سرعة</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>ال&amp;صوت</translation>
    </message>
</context>
<context>
    <name>cg::SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>ابحث في الدليل</translation>
    </message>
    <message>
        <source>Search topics, treatments, tests and the glossary. Results appear as you type; use the arrow keys and Enter to open one.</source>
        <translation>ابحث في الموضوعات والعلاجات والفحوص ومسرد المصطلحات. تظهر النتائج أثناء الكتابة؛ استخدم مفاتيح الأسهم و Enter لفتح إحداها.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>لا توجد نتائج</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+K)</source>
        <extracomment>The search field&apos;s placeholder, with its keyboard shortcut.</extracomment>
        <translation>البحث في الدليل (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <extracomment>The search field&apos;s placeholder when the long one does not fit (large text).</extracomment>
        <translation>ابحث (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultDelegate</name>
    <message>
        <source>not translated yet</source>
        <translation>لم يترجم بعد</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultModel</name>
    <message>
        <source>Glossary</source>
        <translation>مسرد المصطلحات</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>علامات التحذير</translation>
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
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer words, other words for the same thing, or check the spelling: for example “lumps”, ǋlood tests” or a medicine&apos;s name.</source>
        <extracomment>Search found nothing. %1 is what the reader typed.</extracomment>
        <translation>لم يُعثر على شيء لـ «%1». جرّب كلمات أقل، أو كلمات أخرى للمعنى نفسه، أو تحقّق من الإملاء: مثلًا «كتل» أو «فحوص الدم» أو اسم دواء.</translation>
    </message>
    <message>
        <source>Search cannot run: the guide&apos;s search index could not be read. The pages, the glossary and find in page (Ctrl+F) still work.</source>
        <translation>لا يمكن تشغيل البحث: تعذّرت قراءة فهرس البحث في الدليل. ما زالت الصفحات والمسرد والبحث في الصفحة (Ctrl+F) تعمل.</translation>
    </message>
</context>
<context>
    <name>cg::SectionView</name>
    <message>
        <source>This page could not be read</source>
        <translation>تعذّرت قراءة هذه الصفحة</translation>
    </message>
    <message>
        <source>Close the guide and start it again. If this page still cannot be read, reinstall the guide&apos;s content package.</source>
        <translation>أغلق الدليل وافتحه من جديد. إذا بقيت هذه الصفحة غير قابلة للقراءة، فأعد تثبيت حزمة محتوى الدليل.</translation>
    </message>
</context>
<context>
    <name>cg::SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation>عن هذا الدليل</translation>
    </message>
    <message>
        <source>Translated, awaiting clinical review</source>
        <translation>مترجم، بانتظار المراجعة الطبية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>نسبة الترجمة</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Until a medical translator has reviewed a language, it is marked &quot;awaiting clinical review&quot;. Parts not yet translated are shown in English, with a note.</source>
        <translation>إلى أن يراجع مترجم طبي اللغة، تظهر بجانبها عبارة «بانتظار المراجعة الطبية». والأجزاء التي لم تترجم بعد تظهر باللغة الإنجليزية مع ملاحظة.</translation>
    </message>
    <message>
        <source>This program</source>
        <translation>هذا البرنامج</translation>
    </message>
    <message>
        <source>Calcinosis Guide %1</source>
        <translation>Calcinosis Guide %1</translation>
    </message>
    <message>
        <source>Built with Qt %1. It works without the internet. It keeps only your settings and bookmarks, on this computer.</source>
        <translation>بني باستخدام Qt %1. يعمل دون اتصال بالإنترنت. ولا يحفظ إلا إعداداتك وإشاراتك المرجعية، على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Every page names the sources it rests on. These are all of them.</source>
        <translation>تذكر كل صفحة المصادر التي تستند إليها. وهذه هي المصادر كلها.</translation>
    </message>
    <message>
        <source>About this guide, its languages and versions</source>
        <translation>عن هذا الدليل ولغاته وإصداراته</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>اللغة الأصلية</translation>
    </message>
    <message>
        <source>Translation checked by: %1, %2</source>
        <extracomment>%1 is the reviewer&apos;s role, such as &quot;Medical translator&quot;; %2 is a date.</extracomment>
        <translation>راجع الترجمة: %1، %2</translation>
    </message>
    <message>
        <source>Not yet reviewed by a clinician</source>
        <translation>لم يراجعه طبيب أو مختص صحي بعد</translation>
    </message>
    <message>
        <source>%1 of %2 topics reviewed by a clinician</source>
        <extracomment>%1 and %2 are numbers of topics.</extracomment>
        <translation>راجع مختص صحي %1 من %2 موضوعًا</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Clinical review</source>
        <translation>المراجعة الطبية</translation>
    </message>
</context>
<context>
    <name>cg::SpeechReader</name>
    <message>
        <source>Reading aloud stopped: %1</source>
        <translation>توقفت القراءة بصوت عالٍ: %1</translation>
    </message>
    <message>
        <source>This computer has no voice for %1 (%2), so this page cannot be read aloud in its language. To add voices for all six languages, ask whoever looks after this computer to run: apt install espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</source>
        <extracomment>%1 is a language named in itself (&quot;Español&quot;), %2 in English (&quot;Spanish&quot;).</extracomment>
        <translation>لا يوجد على هذا الحاسوب صوت بـ%1 (%2)، لذلك لا يمكن قراءة هذه الصفحة بصوت عالٍ بلغتها. لإضافة أصوات باللغات الست، اطلب ممن يعتني بهذا الحاسوب أن يشغّل: apt install espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</translation>
    </message>
    <message>
        <source>Reading aloud needs a speech engine, and this computer has none. Ask whoever looks after this computer to run: apt install qt6-speech-speechd-plugin espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</source>
        <translation>تحتاج القراءة بصوت عالٍ إلى محرك نطق، ولا يوجد محرك على هذا الحاسوب. اطلب ممن يعتني بهذا الحاسوب أن يشغّل: apt install qt6-speech-speechd-plugin espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</translation>
    </message>
</context>
<context>
    <name>cg::TreatmentView</name>
    <message>
        <source>Type of treatment:</source>
        <translation>نوع العلاج:</translation>
    </message>
    <message>
        <source>Type of treatment</source>
        <translation>نوع العلاج</translation>
    </message>
    <message>
        <source>Size of the lumps:</source>
        <translation>حجم الكتل:</translation>
    </message>
    <message>
        <source>Size of the lumps</source>
        <translation>حجم الكتل</translation>
    </message>
    <message>
        <source>Treatment summary</source>
        <translation>ملخص العلاج</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>العلاجات</translation>
    </message>
    <message>
        <source>Treatment topics</source>
        <translation>موضوعات العلاج</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>أي حجم</translation>
    </message>
    <message>
        <source>Small lumps</source>
        <translation>الكتل الصغيرة</translation>
    </message>
    <message>
        <source>Large or widespread lumps</source>
        <translation>الكتل الكبيرة أو المنتشرة</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>يعرض %1 من %2</translation>
    </message>
</context>
<context>
    <name>cg::ViewContext</name>
    <message>
        <source>On this page:</source>
        <translation>في هذه الصفحة:</translation>
    </message>
    <message>
        <source>Right-click or press the Menu key to hear this word.</source>
        <translation>انقر بزر الفأرة الأيمن أو اضغط مفتاح القائمة لسماع هذه الكلمة.</translation>
    </message>
</context>
</TS>
