<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookmarkStore</name>
    <message>
        <source>&quot;%1&quot; is a file, not a folder</source>
        <translation>“%1”是文件，不是文件夹</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>you may not write to &quot;%1&quot;</source>
        <translation>您没有写入“%1”的权限</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be opened (%2); bookmarks are off.</source>
        <translation>无法打开书签文件“%1”（%2）；书签功能已关闭。</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; is damaged and could not be moved aside; bookmarks are off.</source>
        <translation>书签文件“%1”已损坏，且无法移到一旁；书签功能已关闭。</translation>
    </message>
    <message>
        <source>The folder for bookmarks &quot;%1&quot; cannot be created (%2); bookmarks are off.</source>
        <translation>无法创建书签文件夹“%1”（%2）；书签功能已关闭。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file, so bookmarks cannot be kept there; it was left alone.</source>
        <translation>“%1”不是文件，无法在其中保存书签；已保持不变。</translation>
    </message>
    <message>
        <source>It was left unchanged; bookmarks are off.</source>
        <translation>该文件保持不变；书签功能已关闭。</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; was written by a newer version of Calcinosis Guide. It was left unchanged; bookmarks are off until you update.</source>
        <translation>书签文件“%1”由较新版本的 Calcinosis Guide 写入。该文件保持不变；在您更新之前，书签功能已关闭。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Calcinosis Guide bookmarks file (it belongs to another program). %2 Move it elsewhere to start new bookmarks.</source>
        <translation>“%1”不是 Calcinosis Guide 的书签文件（它属于另一个程序）。%2 请把它移到别处，以开始新的书签。</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; is in use by another program (another Calcinosis Guide?). %2</source>
        <translation>书签文件“%1”正被另一个程序使用（另一个 Calcinosis Guide？）。%2</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be read (%2). %3</source>
        <translation>无法读取书签文件“%1”（%2）。%3</translation>
    </message>
    <message>
        <source>The bookmarks file &quot;%1&quot; cannot be written (%2); bookmarks are off.</source>
        <translation>无法写入书签文件“%1”（%2）；书签功能已关闭。</translation>
    </message>
    <message>
        <source>Your bookmarks file could not be read, so a new, empty one was started. The old file was kept as &quot;%1&quot;.</source>
        <translation>无法读取您的书签文件，因此已新建一个空的书签文件。旧文件已保存为“%1”。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file or its folder may not be written</source>
        <translation>该文件或其文件夹不允许写入</translation>
    </message>
    <message>
        <source>another program is writing it; try again</source>
        <translation>另一个程序正在写入该文件；请重试</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>磁盘报告了错误</translation>
    </message>
    <message>
        <source>The bookmark could not be saved in &quot;%1&quot;: %2.</source>
        <translation>无法将书签保存到“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Calcinosis Guide explains calcinosis cutis (calcium deposits in or under the skin) to patients and families, and prints handouts in clinic.</source>
        <translation>Calcinosis Guide 向患者和家属介绍皮肤钙质沉着症（皮肤里面或皮肤下面的钙沉积），并可在门诊打印宣教资料。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Use the content database at PATH.</source>
        <translation>使用位于 PATH 的内容数据库。</translation>
    </message>
    <message>
        <source>List the content languages: code, a tab, the language&apos;s own name.</source>
        <translation>列出内容语言：语言代码、一个制表符，以及该语言自己的名称。</translation>
    </message>
    <message>
        <source>Use the language CODE (for example en, es, ar).</source>
        <translation>使用语言代码 CODE（例如 en、es、ar）。</translation>
    </message>
    <message>
        <source>Search the content and print section, topic id and title of each result, best first.</source>
        <translation>搜索内容，按相关程度从高到低，打印每个结果的部分、主题 ID 和标题。</translation>
    </message>
    <message>
        <source>Print at most N search results (default 10).</source>
        <translation>最多打印 N 个搜索结果（默认 10 个）。</translation>
    </message>
    <message>
        <source>Write a handout to FILE (.pdf or .html) without opening a window.</source>
        <translation>不打开窗口，直接把宣教资料写入 FILE（.pdf 或 .html）。</translation>
    </message>
    <message>
        <source>Handout sections, comma-separated (overview, causes, diagnosis, treatment, living).</source>
        <translation>宣教资料包括的部分，用逗号分隔（overview,causes,diagnosis,treatment,living）。</translation>
    </message>
    <message>
        <source>Handout topics, comma-separated topic ids.</source>
        <translation>宣教资料包括的主题，用逗号分隔的主题 ID。</translation>
    </message>
    <message>
        <source>Large print handout (18 pt, wide spacing).</source>
        <translation>大字版宣教资料（18 磅，宽行距）。</translation>
    </message>
    <message>
        <source>Add a second language CODE to the handout.</source>
        <translation>在宣教资料中加入第二种语言 CODE。</translation>
    </message>
    <message>
        <source>(see --help)</source>
        <translation>（见 --help）</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see --help).</source>
        <translation>无法识别的参数“%1”（见 --help）。</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--limit 需要 1 或更大的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Run as a kiosk: full screen, no files saved, back to the start when idle; Ctrl+Alt+Shift+Q quits.</source>
        <translation>以自助终端模式运行：全屏、不保存文件、空闲时回到起始页；按 Ctrl+Alt+Shift+Q 退出。</translation>
    </message>
    <message>
        <source>Clinic name on the handout (default: the clinic settings).</source>
        <translation>宣教资料上的门诊名称（默认：门诊设置）。</translation>
    </message>
    <message>
        <source>Clinic phone number on the handout (default: the clinic settings).</source>
        <translation>宣教资料上的门诊电话（默认：门诊设置）。</translation>
    </message>
    <message>
        <source>%1 cannot be used together: give one command at a time (see --help).</source>
        <translation>%1 不能同时使用：每次只能给出一个命令（见 --help）。</translation>
    </message>
    <message>
        <source>--%1 is used only with --%2 (see --help).</source>
        <translation>--%1 只能与 --%2 一起使用（见 --help）。</translation>
    </message>
    <message>
        <source>the file name given to --%1 is not valid UTF-8 text, so it cannot be used as given; rename the file or choose another name.</source>
        <translation>提供给 --%1 的文件名不是有效的 UTF-8 文本，无法按原样使用；请重命名该文件或另选一个名称。</translation>
    </message>
    <message>
        <source>cannot open the window: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or see --help for what works without a window.</source>
        <translation>无法打开窗口：没有显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）。请在桌面会话中启动，或查看 --help 了解无需窗口即可使用的功能。</translation>
    </message>
    <message>
        <source>The patient&apos;s condition (for example systemic-sclerosis): its usual places on the body map; never stored.</source>
        <translation>患者的病症（例如 systemic-sclerosis）：在身体图上标出它常见的部位；从不保存。</translation>
    </message>
    <message>
        <source>Paper size: a4, letter or auto (the system&apos;s region; default: the clinic settings, else auto).</source>
        <translation>纸张大小：a4、letter 或 auto（按系统所在地区；默认：诊所设置，否则为 auto）。</translation>
    </message>
    <message>
        <source>Handout preset: %1 (default: the clinic settings, else %2).</source>
        <translation>讲义预设：%1（默认：诊所设置，否则为 %2）。</translation>
    </message>
    <message>
        <source>--kiosk is for the window and cannot be used with %1 (see --help).</source>
        <translation>--kiosk 仅用于窗口，不能与 %1 一起使用（参见 --help）。</translation>
    </message>
    <message>
        <source>--paper must be a4, letter or auto, not &quot;%1&quot;.</source>
        <translation>--paper 必须是 a4、letter 或 auto，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>ContentDatabase</name>
    <message>
        <source>The content database was not found at &quot;%1&quot;. Reinstall Calcinosis Guide, or give the database with --content PATH.</source>
        <translation>在“%1”找不到内容数据库。请重新安装 Calcinosis Guide，或用 --content PATH 指定数据库。</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; cannot be read. Check that it is a file and that you have permission to read it.</source>
        <translation>无法读取内容数据库“%1”。请检查它是不是一个文件，以及您有没有读取它的权限。</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; is damaged or is not a Calcinosis Guide database (%2). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>内容数据库“%1”已损坏，或者不是 Calcinosis Guide 的数据库（%2）。请重新安装 Calcinosis Guide，或用内容编译器重新生成内容。</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; has format version %2, but this version of Calcinosis Guide reads only version %3. Install a newer Calcinosis Guide.</source>
        <translation>内容数据库“%1”的格式版本是 %2，但此版本的 Calcinosis Guide 只能读取版本 %3。请安装较新版本的 Calcinosis Guide。</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; has format version %2, older than version %3 that this Calcinosis Guide needs. Rebuild the content or reinstall.</source>
        <translation>内容数据库“%1”的格式版本是 %2，低于此 Calcinosis Guide 所需的版本 %3。请重新生成内容，或重新安装。</translation>
    </message>
    <message>
        <source>no content version</source>
        <translation>没有内容版本</translation>
    </message>
    <message>
        <source>The SQLite library on this system was built without full-text search (FTS5), which Calcinosis Guide needs. Install the distribution&apos;s standard SQLite library.</source>
        <translation>此系统上的 SQLite 库在构建时没有包含全文搜索（FTS5），而 Calcinosis Guide 需要这项功能。请安装发行版的标准 SQLite 库。</translation>
    </message>
    <message>
        <source>the file is not as long as its pages say</source>
        <translation>文件长度与其页面记录的不一致</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; is empty (0 bytes): it was not copied or installed completely. Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>内容数据库“%1”是空的（0 字节）：它没有被完整地复制或安装。请重新安装 Calcinosis Guide，或用内容编译器重新生成内容。</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>it does not carry the Calcinosis Guide mark</source>
        <translation>它没有 Calcinosis Guide 的标记</translation>
    </message>
    <message>
        <source>it was set up for changes after it was built</source>
        <translation>它在生成之后被设置为可修改</translation>
    </message>
    <message>
        <source>it has no content digest</source>
        <translation>它没有内容摘要</translation>
    </message>
    <message>
        <source>The content database &quot;%1&quot; was changed after it was built: its content does not match its digest. Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>内容数据库“%1”在生成之后被修改过：其内容与摘要不符。请重新安装 Calcinosis Guide，或用内容编译器重新生成内容。</translation>
    </message>
    <message>
        <source>Part of the content could not be read from &quot;%1&quot; (%2). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>无法从“%1”读取部分内容（%2）。请重新安装 Calcinosis Guide，或用内容编译器重新生成内容。</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <source>the name belongs to a device, a pipe or a link to one, not a file, and was left alone; choose another name</source>
        <translation>该名称属于设备、管道或指向它们的链接，而不是文件，已保持不变；请另选一个名称</translation>
    </message>
    <message>
        <source>that is a folder; choose a file name inside it</source>
        <translation>这是一个文件夹；请在其中选择一个文件名</translation>
    </message>
    <message>
        <source>that is a link to a file that does not exist; choose another name</source>
        <translation>这是指向不存在文件的链接；请另选一个名称</translation>
    </message>
    <message>
        <source>the disk is full; free some space or choose another place</source>
        <translation>磁盘已满；请释放一些空间或选择其他位置</translation>
    </message>
    <message>
        <source>your disk quota is used up; free some space or choose another place</source>
        <translation>您的磁盘配额已用完；请释放一些空间或选择其他位置</translation>
    </message>
    <message>
        <source>the file is larger than this disk or folder allows; choose another place</source>
        <translation>文件超出了此磁盘或文件夹允许的大小；请选择其他位置</translation>
    </message>
    <message>
        <source>the disk is read-only; choose another place</source>
        <translation>磁盘为只读；请选择其他位置</translation>
    </message>
    <message>
        <source>permission denied; choose a folder you may write to</source>
        <translation>权限被拒绝；请选择您有写入权限的文件夹</translation>
    </message>
    <message>
        <source>the folder does not exist; choose another place</source>
        <translation>该文件夹不存在；请选择其他位置</translation>
    </message>
    <message>
        <source>unknown file type; use a name ending in .pdf or .html</source>
        <translation>未知的文件类型；请使用以 .pdf 或 .html 结尾的名称</translation>
    </message>
    <message>
        <source>the handout has no pages</source>
        <translation>宣教资料没有任何页面</translation>
    </message>
</context>
<context>
    <name>ManagedSettings</name>
    <message>
        <source>&quot;%1&quot; is not a4, letter or auto; using auto.</source>
        <translation>&quot;%1&quot; 不是 a4、letter 或 auto；改用 auto。</translation>
    </message>
    <message>
        <source>%1: the file is not a valid settings file; its values were ignored. Check its [section] and key=value lines.</source>
        <translation>%1：该文件不是有效的设置文件，其中的值已被忽略。请检查 [节] 和 键=值 行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false; using %2.</source>
        <translation>&quot;%1&quot; 不是 true 或 false；改用 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds from %2 to %3; using %4.</source>
        <translation>&quot;%1&quot; 不是 %2 到 %3 之间的秒数；改用 %4。</translation>
    </message>
    <message>
        <source>%1: %2 is still read, as %3; move it to %4.</source>
        <translation>%1：仍会读取 %2，作为 %3；请将其移到 %4。</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>the content database &quot;%1&quot; has no search index; rebuild it with the content compiler.</source>
        <translation>内容数据库“%1”没有搜索索引；请用内容编译器重新生成。</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; known languages: %2</source>
        <translation>未知语言“%1”；已知语言：%2</translation>
    </message>
    <message>
        <source>the content database &quot;%1&quot; has no search index for &quot;%2&quot;; rebuild it with the content compiler.</source>
        <translation>内容数据库“%1”没有“%2”的搜索索引；请用内容编译器重新生成。</translation>
    </message>
    <message>
        <source>the search index in &quot;%1&quot; cannot be read (%2); rebuild it with the content compiler, or reinstall.</source>
        <translation>无法读取“%1”中的搜索索引（%2）；请用内容编译器重新生成，或重新安装。</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search does not work (%1). Reinstall Calcinosis Guide, or rebuild the content with the content compiler.</source>
        <translation>搜索无法使用（%1）。请重新安装 Calcinosis Guide，或用内容编译器重新生成内容。</translation>
    </message>
</context>
<context>
    <name>SettingsFiles</name>
    <message>
        <source>a FIFO</source>
        <translation>一个 FIFO（命名管道）</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>一个设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>%1: this settings file is %2, so it was not read; remove it or replace it with an ordinary settings file.</source>
        <translation>%1：此设置文件是%2，因此未被读取；请删除它，或换成普通的设置文件。</translation>
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
        <translation>显示以下疾病的常见部位：</translation>
    </message>
    <message>
        <source>Usual places</source>
        <translation>常见部位</translation>
    </message>
    <message>
        <source>Underlying disease</source>
        <translation>原发病</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>背面</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>人体图</translation>
    </message>
</context>
<context>
    <name>cg::BookmarksDialog</name>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Pages you bookmarked with Ctrl+D or the star:</source>
        <translation>您用 Ctrl+D 或星标加入书签的页面：</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>cg::CausesView</name>
    <message>
        <source>Show causes for:</source>
        <translation>显示以下疾病的病因：</translation>
    </message>
    <message>
        <source>Underlying condition</source>
        <translation>原发病</translation>
    </message>
    <message>
        <source>Show only the causes and risk factors of one condition</source>
        <translation>只显示某一种疾病的病因和风险因素</translation>
    </message>
    <message>
        <source>All conditions</source>
        <translation>所有疾病</translation>
    </message>
    <message>
        <source>Causes summary</source>
        <translation>病因概要</translation>
    </message>
    <message>
        <source>Causes and risk factors</source>
        <translation>病因和风险因素</translation>
    </message>
    <message>
        <source>Causes topics</source>
        <translation>病因主题</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 项，共 %2 项</translation>
    </message>
</context>
<context>
    <name>cg::DiagnosisView</name>
    <message>
        <source>Tests, and what to expect</source>
        <translation>检查项目，以及检查时会怎样</translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation>检查类别</translation>
    </message>
    <message>
        <source>Diagnosis summary</source>
        <translation>诊断概要</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Diagnosis topics</source>
        <translation>诊断主题</translation>
    </message>
    <message>
        <source>Tick the signs you have noticed, so you remember to mention them.</source>
        <translation>在您注意到的症状前打勾，看病时就记得说出来。</translation>
    </message>
</context>
<context>
    <name>cg::FindBar</name>
    <message>
        <source>No matches</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Find in page: the current match and how many there are, e.g. &quot;3 of 12&quot;.</extracomment>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>在页面中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation>关闭查找（Esc）</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>关闭查找</translation>
    </message>
</context>
<context>
    <name>cg::GlossaryView</name>
    <message>
        <source>Find a word:</source>
        <translation>查找词语：</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>输入文字进行筛选</translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation>在常用词语中查找</translation>
    </message>
    <message>
        <source>Glossary words</source>
        <translation>常用词语列表</translation>
    </message>
    <message>
        <source>Glossary entry</source>
        <translation>词语解释</translation>
    </message>
    <message>
        <source>Other words for it:</source>
        <translation>其他说法：</translation>
    </message>
</context>
<context>
    <name>cg::HandoutComposerDialog</name>
    <message>
        <source>Print a handout</source>
        <translation>打印宣教资料</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>包括哪些内容</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>选用模板：</translation>
    </message>
    <message>
        <source>Your own choice</source>
        <translation>自己选择</translation>
    </message>
    <message>
        <source>Start from a ready-made handout</source>
        <translation>从现成的宣教资料模板开始</translation>
    </message>
    <message>
        <source>Topics to include</source>
        <translation>要包括的主题</translation>
    </message>
    <message>
        <source>Tick a section to include all its topics, or tick single topics.</source>
        <translation>勾选一个部分，就会包括其中所有主题；也可以只勾选单个主题。</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Select all topics</source>
        <translation>选择所有主题</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear all topics</source>
        <translation>清除所有主题</translation>
    </message>
    <message>
        <source>Choose at least one topic to print a handout.</source>
        <translation>请至少选择一个主题，才能打印宣教资料。</translation>
    </message>
    <message>
        <source>&amp;Questions to ask the care team (checklist)</source>
        <translation>可以问医护团队的问题（清单）</translation>
    </message>
    <message>
        <source>Include the questions checklist</source>
        <translation>包括问题清单</translation>
    </message>
    <message>
        <source>&amp;Teach-back checklist for the care team</source>
        <translation>复述确认清单（供医护团队使用）</translation>
    </message>
    <message>
        <source>Include the teach-back checklist</source>
        <translation>包括复述确认清单</translation>
    </message>
    <message>
        <source>Language and layout</source>
        <translation>语言和版式</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage:</source>
        <translation>宣教资料语言：</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>宣教资料语言</translation>
    </message>
    <message>
        <source>S&amp;econd language:</source>
        <translation>第二种语言：</translation>
    </message>
    <message>
        <source>Second language, printed after each passage</source>
        <translation>第二种语言，印在每段文字之后</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美式信纸（Letter）</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>La&amp;rge print (18 pt, wide spacing)</source>
        <translation>大字版（18 磅，宽行距）</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>大字版</translation>
    </message>
    <message>
        <source>For this patient</source>
        <translation>为这位患者准备</translation>
    </message>
    <message>
        <source>Patient &amp;name:</source>
        <translation>患者姓名：</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <source>N&amp;ote from the care team:</source>
        <translation>医护团队给您的留言：</translation>
    </message>
    <message>
        <source>Note from the care team</source>
        <translation>医护团队给您的留言</translation>
    </message>
    <message>
        <source>Printed on the handout only. Never saved: both fields are emptied when this window closes.</source>
        <translation>只打印在宣教资料上，不会保存：关闭此窗口时，这两栏都会清空。</translation>
    </message>
    <message>
        <source>Clinic (remembered on this computer)</source>
        <translation>门诊（在这台电脑上记住）</translation>
    </message>
    <message>
        <source>&amp;Clinic name:</source>
        <translation>门诊名称：</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>门诊名称</translation>
    </message>
    <message>
        <source>Clinic p&amp;hone:</source>
        <translation>门诊电话：</translation>
    </message>
    <message>
        <source>Clinic phone number</source>
        <translation>门诊电话号码</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>宣教资料预览</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Open a full preview</source>
        <translation>打开完整预览</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>打印宣教资料</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>将宣教资料保存为 PDF</translation>
    </message>
    <message>
        <source>Save HT&amp;ML…</source>
        <translation>保存为 HTML…</translation>
    </message>
    <message>
        <source>Save the handout as a web page</source>
        <translation>将宣教资料保存为网页</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close and forget the patient&apos;s details</source>
        <translation>关闭并清除患者信息</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>打印宣教资料</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>宣教资料无法打印。</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>将宣教资料保存为 PDF</translation>
    </message>
    <message>
        <source>Save handout as a web page</source>
        <translation>将宣教资料保存为网页</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>保存宣教资料</translation>
    </message>
    <message>
        <source>The handout could not be saved to %1: %2</source>
        <translation>宣教资料无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>saving files is turned off on this computer</source>
        <translation>此计算机已关闭文件保存功能</translation>
    </message>
    <message>
        <source>Set for every user of this computer by the administrator.</source>
        <translation>由管理员为此计算机的所有用户设置。</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder of the saved handout</source>
        <translation>打开已保存宣教资料所在的文件夹</translation>
    </message>
    <message>
        <source>About 1 page</source>
        <translation>约 1 页</translation>
    </message>
    <message>
        <source>About %1 pages</source>
        <translation>约 %1 页</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Not chosen (all conditions)</source>
        <translation>未选择（所有疾病）</translation>
    </message>
    <message>
        <source>The patient&apos;s condition</source>
        <translation>患者的疾病</translation>
    </message>
    <message>
        <source>Prints the usual places of lumps for this condition. Not stored.</source>
        <translation>打印这种疾病常见的硬块部位。不会保存。</translation>
    </message>
    <message>
        <source>Cond&amp;ition:</source>
        <translation>疾病(&amp;I)：</translation>
    </message>
    <message>
        <source>the file is missing or incomplete; check the free space and that you may write there, or choose another place</source>
        <translation>文件不存在或不完整；请检查剩余空间以及您是否有权在那里写入，或选择其他位置</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>门诊</translation>
    </message>
</context>
<context>
    <name>cg::LivingView</name>
    <message>
        <source>Living with calcinosis summary</source>
        <translation>与钙质沉着症共同生活：概要</translation>
    </message>
    <message>
        <source>Living with calcinosis topics</source>
        <translation>与钙质沉着症共同生活：主题</translation>
    </message>
    <message>
        <source>Get medical help</source>
        <translation>寻求医疗帮助</translation>
    </message>
    <message>
        <source>Self-care checklist</source>
        <translation>自我护理步骤清单</translation>
    </message>
    <message>
        <source>Questions checklist</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <extracomment>&quot;On this page&quot; on Living with it: %1 is the title of a checklist.</extracomment>
        <translation>核对清单：%1</translation>
    </message>
</context>
<context>
    <name>cg::MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概述</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>病因</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>Living with it</source>
        <translation>与疾病共同生活</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>常用词语</translation>
    </message>
    <message>
        <source>Sources and about</source>
        <translation>资料来源和说明</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>各个部分</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Page</source>
        <translation>将此页加入书签</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>已加入书签</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>加入书签</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>&amp;Text Size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>后退（Alt+Left）</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>前进（Alt+Right）</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>宣教资料</translation>
    </message>
    <message>
        <source>Make a handout to print or save (Ctrl+P)</source>
        <translation>制作宣教资料，用于打印或保存（Ctrl+P）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Bigger Text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Bigger text (Ctrl+Plus)</source>
        <translation>放大文字（Ctrl+Plus）</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+Minus)</source>
        <translation>缩小文字（Ctrl+Minus）</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>正常大小</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>&amp;About Calcinosis Guide</source>
        <translation>关于 Calcinosis Guide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Handout…</source>
        <translation>宣教资料…</translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation>管理书签…</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>&amp;Find in Page</source>
        <translation>在页面中查找</translation>
    </message>
    <message>
        <source>&amp;Search the Guide</source>
        <translation>搜索指南</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Calcinosis Guide %1&lt;/h3&gt;&lt;p&gt;Plain-language information about calcinosis cutis for patients, families and the clinicians who sit with them.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;This guide is for learning only. It is not a diagnosis or a treatment plan.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. The program never uses the network.&lt;/p&gt;</source>
        <extracomment>Help &gt; About. %1: program version; %2: content version and review line.</extracomment>
        <translation>&lt;h3&gt;Calcinosis Guide %1&lt;/h3&gt;&lt;p&gt;用通俗语言介绍皮肤钙质沉着症，供患者、家属以及陪伴他们的医护人员阅读。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;本指南仅供学习，不是诊断，也不是治疗方案。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证（GNU General Public License）第 3 版或更高版本发布的自由软件。本程序从不使用网络。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Calcinosis Guide</source>
        <translation>关于 Calcinosis Guide</translation>
    </message>
    <message>
        <source>Next or previous match in the page</source>
        <translation>页面中的下一个或上一个匹配项</translation>
    </message>
    <message>
        <source>F3, Shift+F3</source>
        <translation>F3、Shift+F3</translation>
    </message>
    <message>
        <source>Move between links and controls</source>
        <translation>在链接和控件之间移动</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Follow the chosen link</source>
        <translation>打开所选链接</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>cg::NoticeBar</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>cg::OverviewView</name>
    <message>
        <source>Overview summary</source>
        <translation>概述摘要</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>重要事实</translation>
    </message>
    <message>
        <source>The five types</source>
        <translation>五种类型</translation>
    </message>
    <message>
        <source>Overview topics</source>
        <translation>概述主题</translation>
    </message>
</context>
<context>
    <name>cg::ReadAloud</name>
    <message>
        <source>&amp;Very Slow</source>
        <translation>很慢(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Slow</source>
        <translation>慢(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>正常(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Fast</source>
        <translation>快(&amp;F)</translation>
    </message>
    <message>
        <source>V&amp;ery Fast</source>
        <translation>很快(&amp;E)</translation>
    </message>
    <message>
        <source>No voice for %1 on this computer</source>
        <translation>这台电脑上没有%1的语音</translation>
    </message>
    <message>
        <source>Say This &amp;Word</source>
        <translation>读出这个词(&amp;W)</translation>
    </message>
    <message>
        <source>Stop reading aloud (F9)</source>
        <translation>停止朗读 (F9)</translation>
    </message>
    <message>
        <source>Read this page aloud, from where you are (F9)</source>
        <translation>从您所在的位置朗读本页 (F9)</translation>
    </message>
    <message>
        <source>&amp;Resume Reading</source>
        <translation>继续朗读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause Reading</source>
        <translation>暂停朗读(&amp;P)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Read &amp;Aloud</source>
        <translation>朗读(&amp;A)</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>停止朗读(&amp;S)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop reading aloud (Esc)</source>
        <translation>停止朗读 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>下一句(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious Sentence</source>
        <translation>上一句(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Read Aloud</source>
        <translation>朗读(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>语速(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>语音(&amp;V)</translation>
    </message>
</context>
<context>
    <name>cg::SearchField</name>
    <message>
        <source>Search the guide</source>
        <translation>搜索本指南</translation>
    </message>
    <message>
        <source>Search topics, treatments, tests and the glossary. Results appear as you type; use the arrow keys and Enter to open one.</source>
        <translation>搜索主题、治疗方法、检查项目和常用词语。输入时就会显示结果；用方向键和 Enter 键打开其中一项。</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>没有结果</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+K)</source>
        <extracomment>The search field&apos;s placeholder, with its keyboard shortcut.</extracomment>
        <translation>搜索指南 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <extracomment>The search field&apos;s placeholder when the long one does not fit (large text).</extracomment>
        <translation>搜索 (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultDelegate</name>
    <message>
        <source>not translated yet</source>
        <translation>尚未翻译</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultModel</name>
    <message>
        <source>Glossary</source>
        <translation>常用词语</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>警示迹象</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
</context>
<context>
    <name>cg::SearchResultsPopup</name>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer words, other words for the same thing, or check the spelling: for example “lumps”, ǋlood tests” or a medicine&apos;s name.</source>
        <extracomment>Search found nothing. %1 is what the reader typed.</extracomment>
        <translation>没有找到“%1”的结果。请试试少用几个词、换个说法，或检查拼写：例如“肿块”“验血”或某种药物的名称。</translation>
    </message>
    <message>
        <source>Search cannot run: the guide&apos;s search index could not be read. The pages, the glossary and find in page (Ctrl+F) still work.</source>
        <translation>无法搜索：无法读取本指南的搜索索引。页面、术语表和页内查找（Ctrl+F）仍可使用。</translation>
    </message>
</context>
<context>
    <name>cg::SectionView</name>
    <message>
        <source>This page could not be read</source>
        <translation>无法读取此页面</translation>
    </message>
    <message>
        <source>Close the guide and start it again. If this page still cannot be read, reinstall the guide&apos;s content package.</source>
        <translation>请关闭本指南后重新打开。如果仍无法读取此页面，请重新安装指南的内容包。</translation>
    </message>
</context>
<context>
    <name>cg::SourcesView</name>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation>关于本指南</translation>
    </message>
    <message>
        <source>Translated, awaiting clinical review</source>
        <translation>已翻译，等待临床审核</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>已翻译</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言版本</translation>
    </message>
    <message>
        <source>Until a medical translator has reviewed a language, it is marked &quot;awaiting clinical review&quot;. Parts not yet translated are shown in English, with a note.</source>
        <translation>在医学翻译审核某种语言之前，这种语言会标为“等待临床审核”。还没有翻译的部分会显示英文原文，并附有说明。</translation>
    </message>
    <message>
        <source>This program</source>
        <translation>本程序</translation>
    </message>
    <message>
        <source>Calcinosis Guide %1</source>
        <translation>Calcinosis Guide %1</translation>
    </message>
    <message>
        <source>Built with Qt %1. It works without the internet. It keeps only your settings and bookmarks, on this computer.</source>
        <translation>使用 Qt %1 构建。无需联网即可使用。它只在这台电脑上保存您的设置和书签。</translation>
    </message>
    <message>
        <source>Every page names the sources it rests on. These are all of them.</source>
        <translation>每一页都列出了它所依据的资料来源。以下是全部资料来源。</translation>
    </message>
    <message>
        <source>About this guide, its languages and versions</source>
        <translation>关于本指南及其语言和版本</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>原始语言</translation>
    </message>
    <message>
        <source>Translation checked by: %1, %2</source>
        <extracomment>%1 is the reviewer&apos;s role, such as &quot;Medical translator&quot;; %2 is a date.</extracomment>
        <translation>译文审校：%1，%2</translation>
    </message>
    <message>
        <source>Not yet reviewed by a clinician</source>
        <translation>尚未经临床医护人员审阅</translation>
    </message>
    <message>
        <source>%1 of %2 topics reviewed by a clinician</source>
        <extracomment>%1 and %2 are numbers of topics.</extracomment>
        <translation>%2 个主题中有 %1 个已经临床医护人员审阅</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Clinical review</source>
        <translation>临床审阅</translation>
    </message>
</context>
<context>
    <name>cg::SpeechReader</name>
    <message>
        <source>Reading aloud stopped: %1</source>
        <translation>朗读已停止：%1</translation>
    </message>
    <message>
        <source>This computer has no voice for %1 (%2), so this page cannot be read aloud in its language. To add voices for all six languages, ask whoever looks after this computer to run: apt install espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</source>
        <extracomment>%1 is a language named in itself (&quot;Español&quot;), %2 in English (&quot;Spanish&quot;).</extracomment>
        <translation>这台电脑上没有%1（%2）的语音，所以无法用本页的语言朗读。要添加全部六种语言的语音，请让负责这台电脑的人运行：apt install espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</translation>
    </message>
    <message>
        <source>Reading aloud needs a speech engine, and this computer has none. Ask whoever looks after this computer to run: apt install qt6-speech-speechd-plugin espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</source>
        <translation>朗读需要语音引擎，而这台电脑上没有。请让负责这台电脑的人运行：apt install qt6-speech-speechd-plugin espeak-ng speech-dispatcher speech-dispatcher-espeak-ng</translation>
    </message>
</context>
<context>
    <name>cg::TreatmentView</name>
    <message>
        <source>Type of treatment:</source>
        <translation>治疗类型：</translation>
    </message>
    <message>
        <source>Type of treatment</source>
        <translation>治疗类型</translation>
    </message>
    <message>
        <source>Size of the lumps:</source>
        <translation>硬块大小：</translation>
    </message>
    <message>
        <source>Size of the lumps</source>
        <translation>硬块大小</translation>
    </message>
    <message>
        <source>Treatment summary</source>
        <translation>治疗概要</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>治疗方法</translation>
    </message>
    <message>
        <source>Treatment topics</source>
        <translation>治疗主题</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>任何大小</translation>
    </message>
    <message>
        <source>Small lumps</source>
        <translation>较小的硬块</translation>
    </message>
    <message>
        <source>Large or widespread lumps</source>
        <translation>较大或分布广泛的硬块</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>显示 %1 项，共 %2 项</translation>
    </message>
</context>
<context>
    <name>cg::ViewContext</name>
    <message>
        <source>On this page:</source>
        <translation>本页内容：</translation>
    </message>
    <message>
        <source>Right-click or press the Menu key to hear this word.</source>
        <translation>单击右键或按菜单键，即可听到这个词的读音。</translation>
    </message>
</context>
</TS>
