<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachButton</name>
    <message>
        <location filename="../../app/ui/citations.py" line="28"/>
        <location filename="../../app/ui/citations.py" line="61"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="30"/>
        <source>Attach document collections: answers then cite their files and pages</source>
        <translation>附加文档集：回答会引用其中的文件和页码</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="31"/>
        <source>Attach documents</source>
        <translation>附加文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="60"/>
        <source>Documents: %1</source>
        <translation>文档：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="68"/>
        <source>No collections yet: add some on the Documents page</source>
        <translation>还没有文档集：请在“文档”页添加</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../app/ui/backups.py" line="17"/>
        <source>Hearth backups (*.db);;All files (*)</source>
        <translation>Hearth 备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="23"/>
        <source>Back up Hearth&apos;s database</source>
        <translation>备份 Hearth 的数据库</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="29"/>
        <source>Backed up to {path}.</source>
        <translation>已备份到 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="36"/>
        <location filename="../../app/ui/backups.py" line="41"/>
        <location filename="../../app/ui/backups.py" line="79"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="42"/>
        <source>Replace your conversations, settings and collections with {name}?
The current database is kept beside it, so nothing is lost.</source>
        <translation>用 {name} 替换你的对话、设置和文档集吗？
当前的数据库会保留在它旁边，不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="52"/>
        <source>Restored {name} (conversations: {count}).</source>
        <translation>已恢复 {name}（对话：{count} 个）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="55"/>
        <source>The previous database is kept at {path}.</source>
        <translation>之前的数据库保存在 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="64"/>
        <source>Hearth&apos;s database is damaged</source>
        <translation>Hearth 的数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="65"/>
        <source>You can start with an empty database (the damaged file stays where it is, renamed) or put a backup back.</source>
        <translation>你可以从一个空数据库重新开始（损坏的文件会改名后留在原处），也可以恢复一个备份。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="68"/>
        <source>Start fresh</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="69"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="71"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="85"/>
        <source>Hearth cannot start</source>
        <translation>Hearth 无法启动</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/notify.py" line="36"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify.py" line="47"/>
        <source>Dismiss this message</source>
        <translation>关闭这条消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify.py" line="48"/>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="47"/>
        <source>&lt;h3&gt;Ask anything&lt;/h3&gt;&lt;p&gt;Hearth runs the model on this computer: nothing you type leaves it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;随便问&lt;/h3&gt;&lt;p&gt;Hearth 在这台电脑上运行模型：你输入的内容不会离开它。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="49"/>
        <source>&lt;h3&gt;No model is installed&lt;/h3&gt;&lt;p&gt;Open &lt;b&gt;Models&lt;/b&gt; to download one, or run the set-up (&lt;code&gt;python3 bootstrap.py&lt;/code&gt;) to place the bundled starter model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;尚未安装模型&lt;/h3&gt;&lt;p&gt;打开&lt;b&gt;模型&lt;/b&gt;下载一个，或运行安装程序（&lt;code&gt;python3 bootstrap.py&lt;/code&gt;）放置自带的入门模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="82"/>
        <source>System prompt…</source>
        <translation>系统提示词…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="84"/>
        <source>The instructions the model follows in this conversation</source>
        <translation>模型在此对话中遵循的指示</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="160"/>
        <location filename="../../app/ui/chat_view.py" line="288"/>
        <source>No model is installed, so Hearth cannot answer yet.</source>
        <translation>尚未安装模型，Hearth 暂时无法回答。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="161"/>
        <location filename="../../app/ui/chat_view.py" line="289"/>
        <source>Open Models</source>
        <translation>打开模型页</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="206"/>
        <source>Stop the reply first to switch conversations.</source>
        <translation>请先停止回复，再切换对话。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="259"/>
        <source>System prompt saved for this conversation.</source>
        <translation>已为此对话保存系统提示词。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="264"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="265"/>
        <source>Instructions the model follows in this conversation:</source>
        <translation>模型在此对话中遵循的指示：</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="272"/>
        <source>Nothing to copy yet.</source>
        <translation>还没有可复制的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="275"/>
        <source>Conversation copied as Markdown.</source>
        <translation>已将对话复制为 Markdown。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="342"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="380"/>
        <location filename="../../app/ui/chat_view.py" line="394"/>
        <source>Writing…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="381"/>
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="383"/>
        <source>Waiting for the model…</source>
        <translation>正在等待模型…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="404"/>
        <source>What can you help me with?</source>
        <translation>你能帮我做些什么？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="424"/>
        <source>Waiting for the model (another job is using it)…</source>
        <translation>正在等待模型（另一个任务正在使用）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="426"/>
        <source>Loading {model}…</source>
        <translation>正在加载 {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="389"/>
        <source>{model} is ready ({device}).</source>
        <translation>{model} 已就绪（{device}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="439"/>
        <source>{speed:.1f} tok/s · first token {ttft:.2f} s · {device}</source>
        <translation>{speed:.1f} 词元/秒 · 首个词元 {ttft:.2f} 秒 · {device}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="445"/>
        <source>Stopped; the partial reply is kept.</source>
        <translation>已停止；已生成的部分回复会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="510"/>
        <source>Attached {files} to your next message.</source>
        <translation>已将 {files} 附加到下一条消息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="512"/>
        <source>Summarize or translate instead</source>
        <translation>改为总结或翻译</translation>
    </message>
</context>
<context>
    <name>CitationsPanel</name>
    <message>
        <location filename="../../app/ui/citations.py" line="88"/>
        <source>Citations</source>
        <translation>引用</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="99"/>
        <source>section {n}</source>
        <translation>第 {n} 节</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="100"/>
        <source>page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="106"/>
        <source>Click to open</source>
        <translation>点击打开</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="79"/>
        <source>Ask anything…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>随便问…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="80"/>
        <source>Message to send</source>
        <translation>要发送的消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="82"/>
        <source>Type your message. Enter sends it, Shift+Enter starts a new line.</source>
        <translation>输入消息。Enter 发送，Shift+Enter 换行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="90"/>
        <location filename="../../app/ui/composer.py" line="92"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="91"/>
        <source>Send the message (Enter)</source>
        <translation>发送消息（Enter）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <location filename="../../app/ui/composer.py" line="98"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="97"/>
        <source>Stop the reply (Esc); what was written so far is kept</source>
        <translation>停止回复（Esc）；已写出的内容会保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="102"/>
        <source>Write the last reply again</source>
        <translation>重新写上一条回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="103"/>
        <source>Regenerate last reply</source>
        <translation>重新生成上一条回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="110"/>
        <source>Attach</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="114"/>
        <source>Attach files to the next message (or drop them here)</source>
        <translation>为下一条消息附加文件（或拖放到这里）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="115"/>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="123"/>
        <source>Remove the attached files</source>
        <translation>移除已附加的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="124"/>
        <source>Remove attached files</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="147"/>
        <source>Attach files to the next message</source>
        <translation>为下一条消息附加文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="155"/>
        <source>Attached: %1</source>
        <translation>已附加：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="180"/>
        <source>Editing an earlier message: sending it continues the conversation from there (Esc cancels).</source>
        <translation>正在编辑之前的消息：发送后对话将从这里继续（Esc 取消）。</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../app/ui/context_meter.py" line="13"/>
        <source>system prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="14"/>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="15"/>
        <source>history</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="16"/>
        <source>new message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="56"/>
        <source>Context window use</source>
        <translation>上下文窗口用量</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="58"/>
        <location filename="../../app/ui/context_meter.py" line="71"/>
        <source>context: -</source>
        <translation>上下文：-</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="65"/>
        <source>How much of the model&apos;s context window this conversation uses. Send a message to measure it.</source>
        <translation>此对话占用了模型上下文窗口的多少。发送一条消息即可测量。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/context_meter.py" line="80"/>
        <source>%n older turn(s) no longer fit the {n_ctx}-token window and are left out of the prompt.</source>
        <translation>
            <numerusform>有 %n 轮较早的对话已超出 {n_ctx} 词元的上下文窗口，不再放入提示词。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="84"/>
        <source>The context window is nearly full: older turns will soon be left out. Start a new conversation or raise the context length.</source>
        <translation>上下文窗口快满了：较早的对话很快会被省略。请开始新对话，或调大上下文长度。</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="90"/>
        <source>{used:,} / {total:,} tokens</source>
        <translation>{used:,} / {total:,} 词元</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="91"/>
        <source>{part}: {n:,} tokens</source>
        <translation>{part}：{n:,} 词元</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="94"/>
        <source>kept free for the reply: {n:,} tokens</source>
        <translation>为回复预留：{n:,} 词元</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="61"/>
        <location filename="../../app/ui/sidebar.py" line="63"/>
        <source>New conversation</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="62"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="66"/>
        <source>Search all conversations (Ctrl+F)</source>
        <translation>搜索所有对话（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="67"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="68"/>
        <source>Full-text search across every message</source>
        <translation>在所有消息中全文搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="73"/>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="83"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="88"/>
        <source>No messages match.</source>
        <translation>没有匹配的消息。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="98"/>
        <location filename="../../app/ui/sidebar.py" line="192"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="100"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="118"/>
        <source>last used {when}</source>
        <translation>上次使用：{when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="121"/>
        <source>model: {model}</source>
        <translation>模型：{model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="177"/>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="178"/>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>删除“{title}”及其全部消息吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="193"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="204"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="204"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../../app/ui/document_files.py" line="22"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="23"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="24"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="25"/>
        <source>Chunks</source>
        <translation>分块</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="26"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="35"/>
        <source>Files of the collection</source>
        <translation>文档集中的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="55"/>
        <source>Double-click to open; right-click to summarize or translate the whole file</source>
        <translation>双击打开；右键可总结或翻译整个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="64"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="65"/>
        <source>Summarize…</source>
        <translation>总结…</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="66"/>
        <source>Translate…</source>
        <translation>翻译…</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../app/ui/documents_view.py" line="51"/>
        <source>{done:.0f}/{total:.0f} files</source>
        <translation>{done:.0f}/{total:.0f} 个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="55"/>
        <source>{n} pages</source>
        <translation>{n} 页</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="57"/>
        <source>{n} chunks</source>
        <translation>{n} 个分块</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="59"/>
        <source>{rate:.1f} chunks/s</source>
        <translation>{rate:.1f} 分块/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="62"/>
        <source>ETA {eta:.0f} s</source>
        <translation>预计还需 {eta:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="72"/>
        <source>, {n} skipped</source>
        <translation>，跳过 {n} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="74"/>
        <source>indexed {files} file(s), {chunks} chunks in {seconds:.1f} s; {unchanged} unchanged{skipped}.</source>
        <translation>已索引 {files} 个文件、{chunks} 个分块，用时 {seconds:.1f} 秒；{unchanged} 个未变{skipped}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="80"/>
        <source>Cancelled. Finished files are kept; Sync now resumes the rest.</source>
        <translation>已取消。已完成的文件会保留；点“立即同步”可继续其余部分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="83"/>
        <source>Stopped as Hearth closed; it resumes on the next start.</source>
        <translation>Hearth 关闭时已停止；下次启动时会继续。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="85"/>
        <source>Indexing failed.</source>
        <translation>索引失败。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="125"/>
        <location filename="../../app/ui/documents_view.py" line="136"/>
        <source>Collections</source>
        <translation>文档集</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="127"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="129"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="131"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="143"/>
        <source>No collection selected</source>
        <translation>未选择文档集</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="145"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="147"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="149"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="151"/>
        <location filename="../../app/ui/documents_view.py" line="437"/>
        <location filename="../../app/ui/documents_view.py" line="462"/>
        <location filename="../../app/ui/documents_view.py" line="509"/>
        <location filename="../../app/ui/documents_view.py" line="516"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="153"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="162"/>
        <location filename="../../app/ui/documents_view.py" line="169"/>
        <source>Embedding model</source>
        <translation>嵌入模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="163"/>
        <source>The model that turns this collection&apos;s text into vectors; changing it embeds the collection again in the background</source>
        <translation>把此文档集的文本转换为向量的模型；更换后会在后台重新嵌入整个文档集</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="181"/>
        <source>Indexing progress</source>
        <translation>索引进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="186"/>
        <source>Drop files or folders here to add them to the selected collection.</source>
        <translation>把文件或文件夹拖到这里，即可添加到所选文档集。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="229"/>
        <source>({files} files, {chunks} chunks)</source>
        <translation>（{files} 个文件，{chunks} 个分块）</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="233"/>
        <source>  · waiting to index</source>
        <translation>  · 等待索引</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="235"/>
        <source>  · unfinished</source>
        <translation>  · 未完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="255"/>
        <source>No collection yet: click New… or drop a folder here.</source>
        <translation>还没有文档集：点击“新建…”或把文件夹拖到这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="264"/>
        <source>{name}: {files} files, {indexed} indexed, {skipped} skipped, {chunks} chunks</source>
        <translation>{name}：{files} 个文件，已索引 {indexed} 个，跳过 {skipped} 个，共 {chunks} 个分块</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="290"/>
        <source>{share:.0%} of this collection&apos;s text is {script}, but {model} reads English only: questions in that language will miss passages.</source>
        <translation>此文档集中 {share:.0%} 的文本是{script}，但 {model} 只懂英文：用这种语言提问会漏掉相关段落。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="293"/>
        <source>Use {model}</source>
        <translation>改用 {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="312"/>
        <source>{name}: embedding every file again with {model}.</source>
        <translation>{name}：正在用 {model} 重新嵌入所有文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="357"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="386"/>
        <source>{name}: waiting for the indexing before it.</source>
        <translation>{name}：正在等待前面的索引完成。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="433"/>
        <source>Indexing {name}: loading the embedding model…</source>
        <translation>正在索引 {name}：正在加载嵌入模型…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="436"/>
        <location filename="../../app/ui/documents_view.py" line="461"/>
        <location filename="../../app/ui/documents_view.py" line="516"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="476"/>
        <source>Indexing {name}: {progress}</source>
        <translation>正在索引 {name}：{progress}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="518"/>
        <source>Paused indexing {name}.</source>
        <translation>已暂停索引 {name}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="556"/>
        <source>New collection</source>
        <translation>新建文档集</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="556"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="563"/>
        <source>Rename collection</source>
        <translation>重命名文档集</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="564"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="577"/>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="582"/>
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="216"/>
        <source>Downloads run one at a time, in order, in the background job queue (the Jobs page lists them too). A stopped download continues where it left off.</source>
        <translation>下载会在后台任务队列中按顺序逐个进行（“任务”页也会列出）。停止的下载会从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="300"/>
        <source>stopped at {size}</source>
        <translation>停在 {size}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="305"/>
        <source>Some downloads stopped part-way: Continue picks them up where they stopped.</source>
        <translation>有些下载中途停止了：点“继续”会从停止处接着下载。</translation>
    </message>
</context>
<context>
    <name>FileTaskDialog</name>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="57"/>
        <source>Summarize or translate a file</source>
        <translation>总结或翻译文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="60"/>
        <source>A document: Markdown, text, HTML, Word, PDF…</source>
        <translation>一份文档：Markdown、文本、HTML、Word、PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="61"/>
        <location filename="../../app/ui/file_tasks.py" line="104"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="62"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="71"/>
        <location filename="../../app/ui/file_tasks.py" line="105"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="74"/>
        <source>{length} (about {words} words a part)</source>
        <translation>{length}（每部分约 {words} 词）</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="77"/>
        <source>Summary length</source>
        <translation>摘要长度</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="82"/>
        <source>Target language</source>
        <translation>目标语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="83"/>
        <source>Choose a language or type another one</source>
        <translation>选择一种语言，或输入其他语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="92"/>
        <location filename="../../app/ui/file_tasks.py" line="108"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="94"/>
        <source>Choose where to save the result</source>
        <translation>选择结果的保存位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="106"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="107"/>
        <source>Into</source>
        <translation>译为</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="112"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="130"/>
        <source>next to the file</source>
        <translation>与原文件放在一起</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="138"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="144"/>
        <source>Save the result as</source>
        <translation>将结果另存为</translation>
    </message>
</context>
<context>
    <name>FileTasks</name>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="39"/>
        <source>Documents (*.md *.markdown *.txt *.html *.htm *.docx *.pdf *.epub *.odt *.csv);;All files (*)</source>
        <translation>文档 (*.md *.markdown *.txt *.html *.htm *.docx *.pdf *.epub *.odt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="41"/>
        <source>Translatable (*.md *.markdown *.txt *.html *.htm *.docx);;All files (*)</source>
        <translation>可翻译 (*.md *.markdown *.txt *.html *.htm *.docx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="43"/>
        <source>Short</source>
        <translation>简短</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="44"/>
        <source>Medium</source>
        <translation>适中</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="45"/>
        <source>Long</source>
        <translation>详细</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="46"/>
        <source>Summarize</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="47"/>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="52"/>
        <source>partly GPU ({n} layers)</source>
        <translation>部分在 GPU 上（{n} 层）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="55"/>
        <source>CPU only</source>
        <translation>仅 CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="57"/>
        <source>too big</source>
        <translation>太大</translation>
    </message>
</context>
<context>
    <name>InstalledPanel</name>
    <message>
        <location filename="../../app/ui/installed_models.py" line="33"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="33"/>
        <source>Quant</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="33"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="34"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="34"/>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="34"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="37"/>
        <source>Set as default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="39"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="41"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="43"/>
        <source>Import file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="45"/>
        <source>Scan folder…</source>
        <translation>扫描文件夹…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="47"/>
        <source>Add server…</source>
        <translation>添加服务器…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="48"/>
        <source>Use the models of an OpenAI-compatible server (vLLM, llama-server) on another machine</source>
        <translation>使用另一台机器上兼容 OpenAI 的服务器（vLLM、llama-server）中的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="58"/>
        <source>Drop .gguf files here to import them.</source>
        <translation>把 .gguf 文件拖到这里即可导入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="80"/>
        <source>runs on {server}</source>
        <translation>运行于 {server}</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="119"/>
        <source>Asking {url} for its models…</source>
        <translation>正在向 {url} 查询模型列表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/installed_models.py" line="124"/>
        <source>Added {name} ({url}): %n model(s).</source>
        <translation>
            <numerusform>已添加 {name}（{url}）：%n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="130"/>
        <source>Removed the server {name} ({url}).</source>
        <translation>已移除服务器 {name}（{url}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="157"/>
        <source>Deleted {model}: {size} freed.</source>
        <translation>已删除 {model}：释放了 {size}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="160"/>
        <source>The linked file stays at {path}.</source>
        <translation>链接的文件仍保留在 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="185"/>
        <source>Saved settings for {model}.</source>
        <translation>已保存 {model} 的设置。</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="189"/>
        <source>Import a GGUF model</source>
        <translation>导入 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="190"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF 模型 (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="197"/>
        <source>Scan a folder for GGUF models</source>
        <translation>在文件夹中查找 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="199"/>
        <source>every GGUF model in {folder}</source>
        <translation>{folder} 中的所有 GGUF 模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="205"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="218"/>
        <source>Importing: {what} {percent}%</source>
        <translation>正在导入：{what} {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="222"/>
        <source>Imported {models}.</source>
        <translation>已导入 {models}。</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="38"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="39"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="39"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="50"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="51"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="52"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="53"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="54"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="55"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="56"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="57"/>
        <source>Waiting for the indexing before it</source>
        <translation>正在等待前面的索引完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="58"/>
        <source>Waiting for the download before it</source>
        <translation>正在等待前面的下载完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="59"/>
        <source>Waiting for the model</source>
        <translation>正在等待模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="62"/>
        <source>files</source>
        <translation>个文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="63"/>
        <source>chunks</source>
        <translation>个分块</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="64"/>
        <source>pages</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="65"/>
        <source>parts</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="66"/>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="69"/>
        <source>short</source>
        <translation>简短</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="70"/>
        <source>medium</source>
        <translation>适中</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="71"/>
        <source>long</source>
        <translation>详细</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="80"/>
        <source>Download {file}</source>
        <translation>下载 {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="82"/>
        <source>Index {collection}</source>
        <translation>索引 {collection}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="86"/>
        <source>Summarize {file} ({length})</source>
        <translation>总结 {file}（{length}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="92"/>
        <source>Translate {file} into {language}</source>
        <translation>把 {file} 翻译成{language}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="111"/>
        <source>a moment</source>
        <translation>片刻</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="114"/>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="116"/>
        <source>{m} min {s:02d} s</source>
        <translation>{m} 分 {s:02d} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="118"/>
        <source>{h} h {m:02d} min</source>
        <translation>{h} 小时 {m:02d} 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="127"/>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="131"/>
        <source>{done:.0f} of {total:.0f} {unit}</source>
        <translation>{done:.0f} / {total:.0f} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="139"/>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="141"/>
        <source>about {time} left</source>
        <translation>约剩 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="150"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="151"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="154"/>
        <source>chunks that could not be done (marked in the file): {n}</source>
        <translation>未能完成的分块（已在文件中标出）：{n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="157"/>
        <source>source: {language}</source>
        <translation>原文：{language}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="162"/>
        <source>{text} ({amount} done)</source>
        <translation>{text}（已完成 {amount}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="313"/>
        <source>{kind} job {id}, queued {when}</source>
        <translation>{kind} 任务 {id}，排队于 {when}</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="103"/>
        <source>Summarize a file…</source>
        <translation>总结文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="105"/>
        <source>Translate a file…</source>
        <translation>翻译文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="107"/>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="108"/>
        <source>Remove finished jobs from the list (files stay)</source>
        <translation>从列表中移除已完成的任务（文件保留）</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="118"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="131"/>
        <location filename="../../app/ui/jobs_view.py" line="252"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="132"/>
        <source>Hold the running job; Resume goes on from there</source>
        <translation>暂停正在运行的任务；点“继续”从暂停处接着做</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="134"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="135"/>
        <source>Stop the job; finished chunks are kept for Retry</source>
        <translation>停止任务；已完成的分块会保留，可用“重试”继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="137"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="138"/>
        <source>Run the job again from its finished chunks</source>
        <translation>从已完成的分块处重新运行任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="140"/>
        <source>Open result</source>
        <translation>打开结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="142"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="144"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="145"/>
        <source>Forget this job (its output file stays)</source>
        <translation>移除此任务（输出文件保留）</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="152"/>
        <source>No jobs yet. Summarize or translate a file, or drop one here.
Indexing and model downloads show here too.</source>
        <translation>还没有任务。总结或翻译一个文件，或把文件拖到这里。
索引和模型下载也会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="205"/>
        <source>Finished: {job}. {summary}.</source>
        <translation>已完成：{job}。{summary}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="209"/>
        <source>Finished: {job}.</source>
        <translation>已完成：{job}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/jobs_view.py" line="210"/>
        <source>%n chunk(s) could not be done; they are marked in the file.</source>
        <translation>
            <numerusform>有 %n 个分块未能完成；已在文件中标出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="213"/>
        <source>Failed: {job}. {error}</source>
        <translation>失败：{job}。{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="216"/>
        <source>Open the result</source>
        <translation>打开结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="251"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="318"/>
        <source>Resuming</source>
        <translation>正在继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="318"/>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="319"/>
        <source>{verb}: {job}.</source>
        <translation>{verb}：{job}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="55"/>
        <source>Talk with a model (Ctrl+1)</source>
        <translation>与模型对话（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Find, download and manage models (Ctrl+2)</source>
        <translation>查找、下载和管理模型（Ctrl+2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>Your document collections (Ctrl+3)</source>
        <translation>你的文档集（Ctrl+3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Downloads, indexing and file jobs (Ctrl+4)</source>
        <translation>下载、索引和文件任务（Ctrl+4）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>Working</source>
        <translation>工作中</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>Speed of the last reply</source>
        <translation>上一条回复的速度</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Tokens per second, time to the first token, and where the model runs</source>
        <translation>每秒词元数、首个词元的用时，以及模型运行的位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>Background jobs</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Downloads, indexing and file jobs: click for the Jobs page</source>
        <translation>下载、索引和文件任务：点击打开任务页</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>&amp;New conversation</source>
        <translation>新建对话(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>&amp;Copy conversation</source>
        <translation>复制对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>S&amp;ummarize a file…</source>
        <translation>总结文件(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>&amp;Translate a file…</source>
        <translation>翻译文件(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Find in conversations</source>
        <translation>在对话中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Stop the reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Regenerate the last reply</source>
        <translation>重新生成上一条回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>System prompt…</source>
        <translation>系统提示词…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190"/>
        <source>&amp;About Hearth</source>
        <translation>关于 Hearth(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>{page} is not available in this build ({error}).</source>
        <translation>此版本中没有{page}页（{error}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>{page} could not open: {error}</source>
        <translation>{page}页无法打开：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="297"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个等待中</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="300"/>
        <source>Jobs: {counts}</source>
        <translation>任务：{counts}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="300"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>Continuing %n job(s) that stopped when Hearth closed.</source>
        <translation>
            <numerusform>正在继续 Hearth 关闭时中断的 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>Conversation deleted.</source>
        <translation>对话已删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>New conversation</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368"/>
        <source>Hearth answered</source>
        <translation>Hearth 已回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="395"/>
        <source>&lt;h3&gt;Hearth&lt;/h3&gt;&lt;p&gt;A private AI assistant. Models run on this computer; data lives in &lt;code&gt;{home}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Unexpected errors are written, with what led to them, to &lt;code&gt;{log}&lt;/code&gt;: attach it to a report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hearth&lt;/h3&gt;&lt;p&gt;私人 AI 助手。模型在这台电脑上运行；数据保存在 &lt;code&gt;{home}&lt;/code&gt;。&lt;/p&gt;&lt;p&gt;意外错误及其经过会写入 &lt;code&gt;{log}&lt;/code&gt;：报告问题时请附上它。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="402"/>
        <source>About Hearth</source>
        <translation>关于 Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="512"/>
        <source>Hearth cannot start</source>
        <translation>Hearth 无法启动</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <location filename="../../app/ui/markdown_render.py" line="76"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="39"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="40"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="41"/>
        <source>writing…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="47"/>
        <source>{count} tokens</source>
        <translation>{count} 词元</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="49"/>
        <source>{speed:.1f} tok/s</source>
        <translation>{speed:.1f} 词元/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="51"/>
        <source>first token {ttft:.2f} s</source>
        <translation>首个词元 {ttft:.2f} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="201"/>
        <source>{action} message</source>
        <translation>{action}消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="213"/>
        <source>failed: {error}</source>
        <translation>失败：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="238"/>
        <source>whole</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="239"/>
        <source>indexed, cited</source>
        <translation>已索引，附引用</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="243"/>
        <source>attached: {files}</source>
        <translation>附件：{files}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="327"/>
        <source>Message copied.</source>
        <translation>消息已复制。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="334"/>
        <source>Code copied.</source>
        <translation>代码已复制。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="351"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="393"/>
        <source>Ask something</source>
        <translation>问点什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="394"/>
        <source>Type a first question (an example is filled in)</source>
        <translation>输入第一个问题（已填入示例）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="395"/>
        <source>Add your documents</source>
        <translation>添加你的文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="396"/>
        <source>Make a collection and ask about it</source>
        <translation>建立文档集并就其提问</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="397"/>
        <source>Get a bigger model</source>
        <translation>获取更大的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="398"/>
        <source>Download a stronger model for this machine</source>
        <translation>为这台电脑下载更强的模型</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="149"/>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="150"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="150"/>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="156"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="156"/>
        <source>Copy this message as Markdown</source>
        <translation>以 Markdown 复制这条消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="158"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="159"/>
        <source>Edit this message; a new version of it continues the conversation</source>
        <translation>编辑这条消息；它的新版本会继续对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="226"/>
        <source>Tool {name} ({server}) {args}: {status}</source>
        <translation>工具 {name}（{server}）{args}：{status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="229"/>
        <source>Show the tool&apos;s result</source>
        <translation>显示工具结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="232"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="256"/>
        <source>*Called {names}.*</source>
        <translation>*已调用 {names}。*</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="270"/>
        <location filename="../../app/ui/message_list.py" line="271"/>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="274"/>
        <location filename="../../app/ui/message_list.py" line="275"/>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="282"/>
        <source>Version %1 of %2</source>
        <translation>第 %1 版，共 %2 版</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="309"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="310"/>
        <source>Write this reply again (a new version)</source>
        <translation>重新写这条回复（新版本）</translation>
    </message>
</context>
<context>
    <name>ModelDialogs</name>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="25"/>
        <source>global setting</source>
        <translation>全局设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="124"/>
        <source>Hub token</source>
        <translation>Hub 令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="125"/>
        <source>Paste a read token from your Hugging Face account (Settings &gt; Access Tokens).
It is stored on this computer, readable by you only, and sent only to the hub.</source>
        <translation>粘贴你 Hugging Face 账号中的读取令牌（Settings &gt; Access Tokens）。
它保存在这台电脑上，只有你能读取，并且只会发送给 Hub。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="135"/>
        <source>Import model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="136"/>
        <source>Import {what}?</source>
        <translation>导入 {what} 吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="137"/>
        <source>Copy puts a copy in Hearth&apos;s models folder. Link uses the file where it is (do not move or delete it).</source>
        <translation>“复制”会在 Hearth 的模型文件夹中放一份副本。“链接”直接使用原位置的文件（请不要移动或删除它）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="140"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="141"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>ModelDownloads</name>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="55"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="56"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="57"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="59"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="60"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="61"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="62"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="63"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="148"/>
        <source>installed as {model}</source>
        <translation>已安装为 {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="154"/>
        <source>{size} kept; Continue resumes</source>
        <translation>已保留 {size}；点“继续”恢复</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../app/ui/model_picker.py" line="22"/>
        <source>on {server}</source>
        <translation>在 {server} 上</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="39"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="40"/>
        <source>The model that answers in this conversation</source>
        <translation>在此对话中回答的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="54"/>
        <source>remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="59"/>
        <source>unusable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="60"/>
        <source>Cannot be used: {error}</source>
        <translation>无法使用：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="67"/>
        <source>runs on: {device}</source>
        <translation>运行于：{device}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="34"/>
        <source>Settings for {model}</source>
        <translation>{model} 的设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="37"/>
        <source>Context length (tokens)</source>
        <translation>上下文长度（词元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="43"/>
        <source>Layers to put on the GPU: a number, &apos;auto&apos;, or 0 for CPU only.</source>
        <translation>放到 GPU 上的层数：一个数字、&apos;auto&apos;，或 0 表示只用 CPU。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="45"/>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="47"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="49"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="51"/>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="54"/>
        <source>Repeat penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="56"/>
        <source>Top-k (0 = off)</source>
        <translation>Top-k（0 = 关闭）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="59"/>
        <source>Longest reply (tokens)</source>
        <translation>最长回复（词元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="61"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="61"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="66"/>
        <source>Reasoning models (Qwen3 …) think before they answer; &apos;off&apos; asks templates that read enable_thinking to skip it.</source>
        <translation>推理模型（Qwen3 等）会先思考再回答；选“关”会让读取 enable_thinking 的模板跳过思考。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="69"/>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="71"/>
        <source>(global) {prompt}</source>
        <translation>（全局）{prompt}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="74"/>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <location filename="../../app/ui/model_widgets.py" line="38"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_widgets.py" line="43"/>
        <source>{eta:.0f} s left</source>
        <translation>剩余 {eta:.0f} 秒</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <location filename="../../app/ui/models_view.py" line="58"/>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="59"/>
        <location filename="../../app/ui/models_view.py" line="92"/>
        <location filename="../../app/ui/models_view.py" line="181"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="60"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="76"/>
        <source>Search the hub for GGUF models, e.g. llama 3.2</source>
        <translation>在 Hub 上搜索 GGUF 模型，例如 llama 3.2</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="80"/>
        <source>downloads</source>
        <translation>下载量</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="80"/>
        <source>likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="81"/>
        <source>updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="83"/>
        <source>Sort results by</source>
        <translation>结果排序方式</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="84"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="90"/>
        <source>Recommended models for this machine. Search to find more.</source>
        <translation>适合这台电脑的推荐模型。搜索可找到更多。</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="92"/>
        <location filename="../../app/ui/models_view.py" line="181"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="92"/>
        <location filename="../../app/ui/models_view.py" line="182"/>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="93"/>
        <location filename="../../app/ui/models_view.py" line="182"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="93"/>
        <location filename="../../app/ui/models_view.py" line="96"/>
        <location filename="../../app/ui/models_view.py" line="149"/>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="95"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="95"/>
        <source>Quant</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="95"/>
        <location filename="../../app/ui/models_view.py" line="147"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="98"/>
        <source>Pick a model to see its files.</source>
        <translation>选择一个模型以查看其文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="100"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="105"/>
        <source>Hub token…</source>
        <translation>Hub 令牌…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="106"/>
        <source>For gated or private repos</source>
        <translation>用于受限或私有的仓库</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="147"/>
        <source>Recommended model</source>
        <translation>推荐模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="148"/>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="148"/>
        <source>Params</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="162"/>
        <source>estimated from the usual file size</source>
        <translation>按常见文件大小估算</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="170"/>
        <source>Searching the hub for “{query}”…</source>
        <translation>正在 Hub 上搜索“{query}”…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models_view.py" line="183"/>
        <source>%n GGUF repo(s) found.</source>
        <translation>
            <numerusform>找到 %n 个 GGUF 仓库。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="184"/>
        <source>No GGUF repos match. Try other words.</source>
        <translation>没有匹配的 GGUF 仓库。换个关键词试试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="192"/>
        <source>gated</source>
        <translation>受限</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="205"/>
        <source>Listing the files of {repo}…</source>
        <translation>正在列出 {repo} 的文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="220"/>
        <source>({n} parts)</source>
        <translation>（{n} 部分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="222"/>
        <source>{size} saved</source>
        <translation>已保存 {size}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="224"/>
        <source>vision projector</source>
        <translation>视觉投影器</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="229"/>
        <source>needs about {size} with a {n_ctx}-token context</source>
        <translation>在 {n_ctx} 词元上下文下约需 {size}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models_view.py" line="235"/>
        <source>{repo}: %n GGUF file(s).</source>
        <translation>
            <numerusform>{repo}：%n 个 GGUF 文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="238"/>
        <source>{file} is the largest that fits this machine.</source>
        <translation>{file} 是这台电脑能容纳的最大版本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="241"/>
        <source>This repo is gated: set your hub token to download.</source>
        <translation>此仓库受限：请设置 Hub 令牌后再下载。</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="257"/>
        <source>Hub token</source>
        <translation>Hub 令牌</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="259"/>
        <source>Hub token saved.</source>
        <translation>Hub 令牌已保存。</translation>
    </message>
</context>
<context>
    <name>RecommendedNotes</name>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="10"/>
        <source>tiny and quick; thinks before answering (can be switched off)</source>
        <translation>小巧快速；回答前会先思考（可关闭）</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="12"/>
        <source>small, multilingual, runs on any laptop</source>
        <translation>小巧、多语言，任何笔记本都能运行</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="13"/>
        <source>small reasoning model; good at Chinese and English</source>
        <translation>小型推理模型；擅长中文和英文</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="14"/>
        <source>the bundled model&apos;s current big sibling; long context</source>
        <translation>内置模型如今的“大哥”；长上下文</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="15"/>
        <source>strong at reasoning and code for its size</source>
        <translation>就其规模而言，推理和代码能力很强</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="16"/>
        <source>good all-rounder for laptops; thinks first</source>
        <translation>适合笔记本的全能型模型；会先思考</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="17"/>
        <source>clear writer in many languages</source>
        <translation>多种语言都写得清楚</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="18"/>
        <source>strong general model; wants 8 GB of free memory</source>
        <translation>强大的通用模型；需要 8 GB 空闲内存</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="19"/>
        <source>better answers; wants a GPU or 16 GB</source>
        <translation>回答更好；需要 GPU 或 16 GB 内存</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="20"/>
        <source>OpenAI&apos;s open model; fast for its size on 16 GB</source>
        <translation>OpenAI 的开放模型；在 16 GB 上就其规模而言很快</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="21"/>
        <source>best answers here; wants a 16 GB GPU</source>
        <translation>这里回答最好的；需要 16 GB 显存的 GPU</translation>
    </message>
</context>
<context>
    <name>RemoteServerDialog</name>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="20"/>
        <source>Add a model server</source>
        <translation>添加模型服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="23"/>
        <source>Server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="26"/>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="29"/>
        <source>only if the server asks for one</source>
        <translation>仅在服务器要求时填写</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="30"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="32"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="33"/>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="34"/>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="39"/>
        <source>An OpenAI-compatible server such as vLLM (`vllm serve MODEL`) or llama.cpp&apos;s `llama-server`. Hearth asks it for its models now; the key is stored readable by you only.</source>
        <translation>兼容 OpenAI 的服务器，例如 vLLM（`vllm serve MODEL`）或 llama.cpp 的 `llama-server`。Hearth 会立即向它查询模型；密钥的保存方式保证只有你能读取。</translation>
    </message>
</context>
<context>
    <name>ResultViewer</name>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="75"/>
        <source>Open in another app</source>
        <translation>用其他应用打开</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../app/ui/server_panel.py" line="88"/>
        <source>Programs connect to http://127.0.0.1:PORT/v1</source>
        <translation>程序连接到 http://127.0.0.1:端口/v1</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="89"/>
        <source>Let other computers connect (needs a key)</source>
        <translation>允许其他电脑连接（需要密钥）</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="94"/>
        <source>no key (this computer only)</source>
        <translation>无密钥（仅限本机）</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="95"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="96"/>
        <location filename="../../app/ui/server_panel.py" line="168"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="102"/>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="103"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="109"/>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="111"/>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="112"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="113"/>
        <source>Other programs (editors, scripts, agents) can use Hearth&apos;s models through the OpenAI API, as with `hearth serve`. The server keeps running when this dialog closes, and stops with Hearth.</source>
        <translation>其他程序（编辑器、脚本、智能体）可以通过 OpenAI API 使用 Hearth 的模型，和 `hearth serve` 一样。关闭此对话框后服务器仍会运行，并随 Hearth 一起停止。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="159"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="168"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="176"/>
        <source>Running on {address}; requests need the key.</source>
        <translation>正在 {address} 上运行；请求需要密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="178"/>
        <source>Running on {address}.</source>
        <translation>正在 {address} 上运行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="181"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="76"/>
        <source>Hearth settings</source>
        <translation>Hearth 设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <location filename="../../app/ui/settings_dialog.py" line="91"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="89"/>
        <source>System follows the desktop&apos;s colours</source>
        <translation>“跟随系统”会使用桌面的配色</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>The window&apos;s language (takes effect at the next start); System follows the desktop&apos;s language</source>
        <translation>窗口的语言（下次启动时生效）；“跟随系统”会使用桌面的语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="96"/>
        <source>Text size in points</source>
        <translation>文字大小（磅）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="98"/>
        <source>The model new conversations use</source>
        <translation>新对话使用的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="99"/>
        <source>CPU threads for the model; Auto uses every core while they are free and fewer while indexing or other programs keep them busy</source>
        <translation>模型使用的 CPU 线程数；“自动”在核心空闲时全部使用，在索引或其他程序占用时少用一些</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="101"/>
        <location filename="../../app/ui/settings_dialog.py" line="155"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="102"/>
        <source>Read my message while I type</source>
        <translation>在我输入时预先读取消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="103"/>
        <source>The model reads the conversation and your draft while you type, so the reply starts sooner after Enter (it uses the CPU while you type)</source>
        <translation>在你输入时，模型先读取对话和草稿，按下 Enter 后回复更快开始（输入期间会占用 CPU）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="107"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="108"/>
        <source>Offload as many layers as fit in free GPU memory</source>
        <translation>把空闲显存放得下的层都放到 GPU 上</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="109"/>
        <source>Layers to run on the GPU (0 = CPU only)</source>
        <translation>在 GPU 上运行的层数（0 = 只用 CPU）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="110"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="115"/>
        <source>Context window in tokens: how much of the conversation the model sees (more uses more memory)</source>
        <translation>上下文窗口大小（词元）：模型能看到多少对话内容（越大越占内存）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="117"/>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>越高越多样，0 总是选最可能的词</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="119"/>
        <source>Nucleus sampling: keep the likeliest words covering this probability</source>
        <translation>核采样：保留累计概率达到此值的最可能的词</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Keep only this many likeliest words (0 = off)</source>
        <translation>只保留这么多个最可能的词（0 = 关闭）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="122"/>
        <source>Drop words less likely than this fraction of the likeliest</source>
        <translation>丢弃概率低于最可能词的这一比例的词</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="124"/>
        <source>Discourage repeating recent words (1 = off)</source>
        <translation>抑制重复最近用过的词（1 = 关闭）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="126"/>
        <source>Longest reply, in tokens</source>
        <translation>最长回复（词元）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="128"/>
        <source>The instructions new conversations start with</source>
        <translation>新对话开始时使用的指示</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="129"/>
        <location filename="../../app/ui/settings_dialog.py" line="211"/>
        <source>Default system prompt</source>
        <translation>默认系统提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="133"/>
        <source>Embedding model for new collections</source>
        <translation>新文档集的嵌入模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>all-minilm-l6-v2 (English, bundled)</source>
        <translation>all-minilm-l6-v2（英文，内置）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="137"/>
        <source>The model new collections use (each collection can change its own on the Documents page): a bundled one, one downloaded from the hub, or a sentence-transformers model folder.</source>
        <translation>新文档集使用的模型（每个文档集可在“文档”页单独更改）：内置模型、从 Hub 下载的模型，或一个 sentence-transformers 模型文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="141"/>
        <source>Read scanned pages and images (OCR)</source>
        <translation>识别扫描页和图片（OCR）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>PDF pages without text, PNG, JPEG and TIFF files are read with OCR (Chinese and English) while indexing, summarizing and translating; slower, about 10 s a page on two cores</source>
        <translation>在索引、总结和翻译时，用 OCR（中文和英文）识别没有文字层的 PDF 页面以及 PNG、JPEG、TIFF 文件；速度较慢，双核约 10 秒一页</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source>Larger files are skipped, with the reason shown on the Documents page</source>
        <translation>更大的文件会被跳过，原因显示在“文档”页</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="153"/>
        <source>CPU threads for embedding while indexing; fewer keeps the rest of the computer responsive</source>
        <translation>索引时用于嵌入的 CPU 线程数；少一些可以让电脑其他部分保持流畅</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source>How close a passage must be to the question to count (0 to 1); below it, &apos;documents only&apos; answers that the documents do not say</source>
        <translation>段落与问题要多接近才算相关（0 到 1）；低于此值时，“仅文档”模式会回答文档中没有提到</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>How often watched folders are checked for changed files</source>
        <translation>多久检查一次被监视的文件夹中是否有文件变化</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="161"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="167"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="168"/>
        <source>&amp;Font size</source>
        <translation>字号(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="170"/>
        <source>Default &amp;model</source>
        <translation>默认模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="171"/>
        <source>CPU &amp;threads</source>
        <translation>CPU 线程(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="172"/>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="173"/>
        <source>&amp;Context length</source>
        <translation>上下文长度(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="176"/>
        <source>T&amp;emperature</source>
        <translation>温度(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="177"/>
        <source>Top-&amp;p</source>
        <translation>Top-p(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178"/>
        <source>Top-&amp;k</source>
        <translation>Top-k(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="179"/>
        <source>M&amp;in-p</source>
        <translation>Min-p(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="180"/>
        <source>&amp;Repeat penalty</source>
        <translation>重复惩罚(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="181"/>
        <source>Ma&amp;x tokens</source>
        <translation>最大词元数(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Conversations, settings, downloaded models and indexes</source>
        <translation>对话、设置、下载的模型和索引</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="186"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="187"/>
        <source>Show the data folder in the file manager</source>
        <translation>在文件管理器中显示数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="188"/>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="202"/>
        <source>Embedding model
(new collections)</source>
        <translation>嵌入模型
（新文档集）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="204"/>
        <source>Largest &amp;file</source>
        <translation>最大文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="205"/>
        <source>&amp;Indexing threads</source>
        <translation>索引线程(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>&amp;Relevance threshold</source>
        <translation>相关度阈值(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="207"/>
        <source>&amp;Watch folders every</source>
        <translation>监视文件夹间隔(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="209"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="209"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="213"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="216"/>
        <location filename="../../app/ui/settings_dialog.py" line="227"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Changes apply to the next indexing or question; a new watch interval applies from the next start of Hearth.</source>
        <translation>更改会在下次索引或提问时生效；新的监视间隔会在 Hearth 下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="223"/>
        <location filename="../../app/ui/settings_dialog.py" line="226"/>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="226"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="232"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="234"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="248"/>
        <source>Embedding model folder</source>
        <translation>嵌入模型文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="254"/>
        <source>Bundled starter model</source>
        <translation>内置入门模型</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="27"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="28"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="29"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="30"/>
        <source>starting</source>
        <translation>正在开始</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="31"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="32"/>
        <source>resuming</source>
        <translation>正在恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="33"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="34"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="35"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="36"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="37"/>
        <source>indexed</source>
        <translation>已索引</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="38"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="39"/>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="40"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
</context>
<context>
    <name>ThoughtBlock</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="95"/>
        <source>Show the model&apos;s reasoning</source>
        <translation>显示模型的思考过程</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_list.py" line="118"/>
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>思考中… %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_list.py" line="121"/>
        <source>Thought for %n s</source>
        <translation>
            <numerusform>思考了 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="32"/>
        <source>Allow a tool call?</source>
        <translation>允许调用工具吗？</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="34"/>
        <source>The model wants to call the tool &lt;b&gt;{tool}&lt;/b&gt; of the MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>模型想调用 MCP 服务器 &lt;b&gt;{server}&lt;/b&gt; 的工具 &lt;b&gt;{tool}&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="43"/>
        <source>Arguments of the tool call</source>
        <translation>工具调用的参数</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="46"/>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="47"/>
        <source>Always allow {tool}</source>
        <translation>始终允许 {tool}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="48"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="61"/>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="34"/>
        <source>Models may call these tools. Built-in ones run at once; a tool of an MCP server runs only after you allow it. Servers are configured in {file} (see the README&apos;s Tools section).</source>
        <translation>模型可以调用这些工具。内置工具会直接运行；MCP 服务器的工具要经你允许后才会运行。服务器在 {file} 中配置（见 README 的 Tools 一节）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="43"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="43"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="44"/>
        <source>Tools by server, with on/off switches</source>
        <translation>按服务器列出的工具，带开关</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="48"/>
        <source>Reload servers</source>
        <translation>重新加载服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="71"/>
        <source>Starting the servers to list their tools…</source>
        <translation>正在启动服务器以列出其工具…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="101"/>
        <source>(not started)</source>
        <translation>（未启动）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tools_panel.py" line="108"/>
        <source>%n MCP server(s) configured.</source>
        <translation>
            <numerusform>已配置 %n 个 MCP 服务器。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../app/ui/workers.py" line="44"/>
        <source>Unexpected error: {error}. Please report it with the log in {log}.</source>
        <translation>意外错误：{error}。请附上 {log} 中的日志报告此问题。</translation>
    </message>
</context>
</TS>
