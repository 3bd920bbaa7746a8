<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>&amp;New conversation</source>
        <translation>新しい会話(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>&amp;Copy conversation</source>
        <translation>会話をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>S&amp;ummarize a file…</source>
        <translation>ファイルを要約(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>&amp;Translate a file…</source>
        <translation>ファイルを翻訳(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>&amp;Restore a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>&amp;Find in conversations</source>
        <translation>会話を検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Stop the reply</source>
        <translation>返信を停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Regenerate the last reply</source>
        <translation>最後の返信を再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>System prompt…</source>
        <translation>システムプロンプト…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>&amp;About Hearth</source>
        <translation>Hearth について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AttachButton</name>
    <message>
        <location filename="../../app/ui/citations.py" line="28"/>
        <location filename="../../app/ui/citations.py" line="61"/>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="30"/>
        <source>Attach document collections: answers then cite their files and pages</source>
        <translation>ドキュメントのコレクションを添付:回答がファイルとページを引用します</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="31"/>
        <source>Attach documents</source>
        <translation>ドキュメントを添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="60"/>
        <source>Documents: %1</source>
        <translation>ドキュメント:%1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/notify.py" line="36"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify.py" line="47"/>
        <source>Dismiss this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify.py" line="48"/>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>&lt;h3&gt;Ask anything&lt;/h3&gt;&lt;p&gt;Hearth runs the model on this computer: nothing you type leaves it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;何でも聞いてください&lt;/h3&gt;&lt;p&gt;Hearth はこのコンピューターでモデルを動かします。入力した内容が外に出ることはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="48"/>
        <source>&lt;h3&gt;No model is installed&lt;/h3&gt;&lt;p&gt;Open &lt;b&gt;Models&lt;/b&gt; to download one, or run the set-up (&lt;code&gt;python3 bootstrap.py&lt;/code&gt;) to place the bundled starter model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;モデルがインストールされていません&lt;/h3&gt;&lt;p&gt;&lt;b&gt;モデル&lt;/b&gt;を開いてダウンロードするか、セットアップ(&lt;code&gt;python3 bootstrap.py&lt;/code&gt;)を実行して同梱の入門モデルを配置してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="91"/>
        <source>System prompt…</source>
        <translation>システムプロンプト…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="93"/>
        <source>The instructions the model follows in this conversation</source>
        <translation>この会話でモデルが従う指示</translation>
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
        <translation>何でも聞いてください…  (Enter で送信、Shift+Enter で改行)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="77"/>
        <source>Message to send</source>
        <translation>送信するメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="79"/>
        <source>Type your message. Enter sends it, Shift+Enter starts a new line.</source>
        <translation>メッセージを入力します。Enter で送信、Shift+Enter で改行します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="82"/>
        <location filename="../../app/ui/composer.py" line="84"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="83"/>
        <source>Send the message (Enter)</source>
        <translation>メッセージを送信 (Enter)</translation>
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
        <translation>返信を停止 (Esc)。それまでの内容は残ります</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="93"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>Write the last reply again</source>
        <translation>最後の返信を書き直す</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Regenerate last reply</source>
        <translation>最後の返信を再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="102"/>
        <source>Attach</source>
        <translation>添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="106"/>
        <source>Attach files to the next message (or drop them here)</source>
        <translation>次のメッセージにファイルを添付(ここにドロップも可)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="107"/>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="115"/>
        <source>Remove the attached files</source>
        <translation>添付ファイルを外す</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="116"/>
        <source>Remove attached files</source>
        <translation>添付を外す</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="139"/>
        <source>Attach files to the next message</source>
        <translation>次のメッセージにファイルを添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="147"/>
        <source>Attached: %1</source>
        <translation>添付:%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="167"/>
        <source>Editing an earlier message: sending it continues the conversation from there (Esc cancels).</source>
        <translation>以前のメッセージを編集中:送信するとそこから会話が続きます(Esc で取り消し)。</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../app/ui/context_meter.py" line="55"/>
        <source>Context window use</source>
        <translation>コンテキストウィンドウの使用量</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="57"/>
        <location filename="../../app/ui/context_meter.py" line="70"/>
        <source>context: -</source>
        <translation>コンテキスト:-</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="64"/>
        <source>How much of the model&apos;s context window this conversation uses. Send a message to measure it.</source>
        <translation>この会話がモデルのコンテキストウィンドウをどれだけ使うか。メッセージを送ると測定します。</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="59"/>
        <location filename="../../app/ui/sidebar.py" line="61"/>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="60"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を始める (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="64"/>
        <source>Search all conversations (Ctrl+F)</source>
        <translation>すべての会話を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="65"/>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="66"/>
        <source>Full-text search across every message</source>
        <translation>すべてのメッセージを全文検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="71"/>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="81"/>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="86"/>
        <source>No messages match.</source>
        <translation>一致するメッセージはありません。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="52"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="53"/>
        <source>Talk with a model (Ctrl+1)</source>
        <translation>モデルと話す (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="55"/>
        <source>Find, download and manage models (Ctrl+2)</source>
        <translation>モデルの検索・ダウンロード・管理 (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Your document collections (Ctrl+3)</source>
        <translation>ドキュメントのコレクション (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>Downloads, indexing and file jobs (Ctrl+4)</source>
        <translation>ダウンロード・索引作成・ファイルのジョブ (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>Speed of the last reply</source>
        <translation>最後の返信の速度</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>Tokens per second, time to the first token, and where the model runs</source>
        <translation>毎秒トークン数、最初のトークンまでの時間、モデルの実行場所</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Background jobs</source>
        <translation>バックグラウンドのジョブ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>Downloads, indexing and file jobs: click for the Jobs page</source>
        <translation>ダウンロード・索引作成・ファイルのジョブ:クリックでジョブのページへ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="345"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="387"/>
        <source>Ask something</source>
        <translation>質問してみる</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="388"/>
        <source>Type a first question (an example is filled in)</source>
        <translation>最初の質問を入力(例が入ります)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="389"/>
        <source>Add your documents</source>
        <translation>ドキュメントを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="390"/>
        <source>Make a collection and ask about it</source>
        <translation>コレクションを作って質問する</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="391"/>
        <source>Get a bigger model</source>
        <translation>より大きなモデルを入手</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="392"/>
        <source>Download a stronger model for this machine</source>
        <translation>このマシン向けのより強いモデルをダウンロード</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="146"/>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="147"/>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="147"/>
        <source>Tool result</source>
        <translation>ツールの結果</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="153"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="153"/>
        <source>Copy this message as Markdown</source>
        <translation>このメッセージを Markdown でコピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="155"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="156"/>
        <source>Edit this message; a new version of it continues the conversation</source>
        <translation>このメッセージを編集します。新しい版から会話が続きます</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="222"/>
        <source>Tool {name} ({server}) {args}: {status}</source>
        <translation>ツール {name}（{server}）{args}: {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="225"/>
        <source>Show the tool&apos;s result</source>
        <translation>ツールの結果を表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="228"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="250"/>
        <source>*Called {names}.*</source>
        <translation>*{names} を呼び出しました。*</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="264"/>
        <location filename="../../app/ui/message_list.py" line="265"/>
        <source>Previous version</source>
        <translation>前の版</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="268"/>
        <location filename="../../app/ui/message_list.py" line="269"/>
        <source>Next version</source>
        <translation>次の版</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="276"/>
        <source>Version %1 of %2</source>
        <translation>%2 版中の第 %1 版</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="303"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="304"/>
        <source>Write this reply again (a new version)</source>
        <translation>この返信を書き直す(新しい版)</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../app/ui/model_picker.py" line="38"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="39"/>
        <source>The model that answers in this conversation</source>
        <translation>この会話で答えるモデル</translation>
    </message>
</context>
<context>
    <name>ThoughtBlock</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="92"/>
        <source>Show the model&apos;s reasoning</source>
        <translation>モデルの思考を表示</translation>
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
            <numerusform>%n 秒間考えました</numerusform>
        </translation>
    </message>
</context>
</TS>
