<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>&amp;New conversation</source>
        <translation>新建对话(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>&amp;Copy conversation</source>
        <translation>复制对话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>S&amp;ummarize a file…</source>
        <translation>总结文件(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>&amp;Translate a file…</source>
        <translation>翻译文件(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>&amp;Find in conversations</source>
        <translation>在对话中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Stop the reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Regenerate the last reply</source>
        <translation>重新生成上一条回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>System prompt…</source>
        <translation>系统提示词…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>&amp;About Hearth</source>
        <translation>关于 Hearth(&amp;A)</translation>
    </message>
</context>
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
        <translation>附加文档集:回答会引用其中的文件和页码</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="31"/>
        <source>Attach documents</source>
        <translation>附加文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="60"/>
        <source>Documents: %1</source>
        <translation>文档:%1</translation>
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
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>&lt;h3&gt;Ask anything&lt;/h3&gt;&lt;p&gt;Hearth runs the model on this computer: nothing you type leaves it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;随便问&lt;/h3&gt;&lt;p&gt;Hearth 在这台电脑上运行模型:你输入的内容不会离开它。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="48"/>
        <source>&lt;h3&gt;No model is installed&lt;/h3&gt;&lt;p&gt;Open &lt;b&gt;Models&lt;/b&gt; to download one, or run the set-up (&lt;code&gt;python3 bootstrap.py&lt;/code&gt;) to place the bundled starter model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;尚未安装模型&lt;/h3&gt;&lt;p&gt;打开&lt;b&gt;模型&lt;/b&gt;下载一个,或运行安装程序(&lt;code&gt;python3 bootstrap.py&lt;/code&gt;)放置自带的入门模型。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="91"/>
        <source>System prompt…</source>
        <translation>系统提示词…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="93"/>
        <source>The instructions the model follows in this conversation</source>
        <translation>模型在此对话中遵循的指示</translation>
    </message>
</context>
<context>
    <name>CitationsPanel</name>
    <message>
        <location filename="../../app/ui/citations.py" line="88"/>
        <source>Citations</source>
        <translation>引用</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="76"/>
        <source>Ask anything…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>随便问…  (Enter 发送,Shift+Enter 换行)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="77"/>
        <source>Message to send</source>
        <translation>要发送的消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="79"/>
        <source>Type your message. Enter sends it, Shift+Enter starts a new line.</source>
        <translation>输入消息。Enter 发送,Shift+Enter 换行。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="82"/>
        <location filename="../../app/ui/composer.py" line="84"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="83"/>
        <source>Send the message (Enter)</source>
        <translation>发送消息 (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="87"/>
        <location filename="../../app/ui/composer.py" line="90"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="89"/>
        <source>Stop the reply (Esc); what was written so far is kept</source>
        <translation>停止回复 (Esc);已写出的内容会保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="93"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>Write the last reply again</source>
        <translation>重新写上一条回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Regenerate last reply</source>
        <translation>重新生成上一条回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="102"/>
        <source>Attach</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="106"/>
        <source>Attach files to the next message (or drop them here)</source>
        <translation>为下一条消息附加文件(或拖放到这里)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="107"/>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="115"/>
        <source>Remove the attached files</source>
        <translation>移除已附加的文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="116"/>
        <source>Remove attached files</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="139"/>
        <source>Attach files to the next message</source>
        <translation>为下一条消息附加文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="147"/>
        <source>Attached: %1</source>
        <translation>已附加:%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="167"/>
        <source>Editing an earlier message: sending it continues the conversation from there (Esc cancels).</source>
        <translation>正在编辑之前的消息:发送后对话将从这里继续(Esc 取消)。</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../app/ui/context_meter.py" line="55"/>
        <source>Context window use</source>
        <translation>上下文窗口用量</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="57"/>
        <location filename="../../app/ui/context_meter.py" line="70"/>
        <source>context: -</source>
        <translation>上下文:-</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="64"/>
        <source>How much of the model&apos;s context window this conversation uses. Send a message to measure it.</source>
        <translation>此对话占用了模型上下文窗口的多少。发送一条消息即可测量。</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="59"/>
        <location filename="../../app/ui/sidebar.py" line="61"/>
        <source>New conversation</source>
        <translation>新建对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="60"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>开始新对话 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="64"/>
        <source>Search all conversations (Ctrl+F)</source>
        <translation>搜索所有对话 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="65"/>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="66"/>
        <source>Full-text search across every message</source>
        <translation>在所有消息中全文搜索</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="71"/>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="81"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="86"/>
        <source>No messages match.</source>
        <translation>没有匹配的消息。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="52"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="53"/>
        <source>Talk with a model (Ctrl+1)</source>
        <translation>与模型对话 (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="55"/>
        <source>Find, download and manage models (Ctrl+2)</source>
        <translation>查找、下载和管理模型 (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Your document collections (Ctrl+3)</source>
        <translation>你的文档集 (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>Downloads, indexing and file jobs (Ctrl+4)</source>
        <translation>下载、索引和文件任务 (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>Working</source>
        <translation>工作中</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>Speed of the last reply</source>
        <translation>上一条回复的速度</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>Tokens per second, time to the first token, and where the model runs</source>
        <translation>每秒词元数、首个词元的用时,以及模型运行的位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Background jobs</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>Downloads, indexing and file jobs: click for the Jobs page</source>
        <translation>下载、索引和文件任务:点击打开任务页</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="345"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="387"/>
        <source>Ask something</source>
        <translation>问点什么</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="388"/>
        <source>Type a first question (an example is filled in)</source>
        <translation>输入第一个问题(已填入示例)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="389"/>
        <source>Add your documents</source>
        <translation>添加你的文档</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="390"/>
        <source>Make a collection and ask about it</source>
        <translation>建立文档集并就其提问</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="391"/>
        <source>Get a bigger model</source>
        <translation>获取更大的模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="392"/>
        <source>Download a stronger model for this machine</source>
        <translation>为这台电脑下载更强的模型</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="146"/>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="147"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="147"/>
        <source>Tool result</source>
        <translation>工具结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="153"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="153"/>
        <source>Copy this message as Markdown</source>
        <translation>以 Markdown 复制这条消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="155"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="156"/>
        <source>Edit this message; a new version of it continues the conversation</source>
        <translation>编辑这条消息;它的新版本会继续对话</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="222"/>
        <source>Tool {name} ({server}) {args}: {status}</source>
        <translation>工具 {name}（{server}）{args}：{status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="225"/>
        <source>Show the tool&apos;s result</source>
        <translation>显示工具结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="228"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="250"/>
        <source>*Called {names}.*</source>
        <translation>*已调用 {names}。*</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="264"/>
        <location filename="../../app/ui/message_list.py" line="265"/>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="268"/>
        <location filename="../../app/ui/message_list.py" line="269"/>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="276"/>
        <source>Version %1 of %2</source>
        <translation>第 %1 版,共 %2 版</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="303"/>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="304"/>
        <source>Write this reply again (a new version)</source>
        <translation>重新写这条回复(新版本)</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../app/ui/model_picker.py" line="38"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="39"/>
        <source>The model that answers in this conversation</source>
        <translation>在此对话中回答的模型</translation>
    </message>
</context>
<context>
    <name>ThoughtBlock</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="92"/>
        <source>Show the model&apos;s reasoning</source>
        <translation>显示模型的思考过程</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_list.py" line="115"/>
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>思考中… %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_list.py" line="118"/>
        <source>Thought for %n s</source>
        <translation>
            <numerusform>思考了 %n 秒</numerusform>
        </translation>
    </message>
</context>
</TS>
