<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
        <translation>ドキュメントのコレクションを添付：回答がファイルとページを引用します</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="31"/>
        <source>Attach documents</source>
        <translation>ドキュメントを添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="60"/>
        <source>Documents: %1</source>
        <translation>ドキュメント：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="68"/>
        <source>No collections yet: add some on the Documents page</source>
        <translation>コレクションはまだありません：「ドキュメント」ページで追加してください</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../app/ui/backups.py" line="17"/>
        <source>Hearth backups (*.db);;All files (*)</source>
        <translation>Hearth のバックアップ (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="23"/>
        <source>Back up Hearth&apos;s database</source>
        <translation>Hearth のデータベースをバックアップ</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="29"/>
        <source>Backed up to {path}.</source>
        <translation>{path} にバックアップしました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="36"/>
        <location filename="../../app/ui/backups.py" line="41"/>
        <location filename="../../app/ui/backups.py" line="79"/>
        <source>Restore a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="42"/>
        <source>Replace your conversations, settings and collections with {name}?
The current database is kept beside it, so nothing is lost.</source>
        <translation>会話・設定・コレクションを {name} で置き換えますか？
現在のデータベースはその横に残るので、何も失われません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="52"/>
        <source>Restored {name} (conversations: {count}).</source>
        <translation>{name} を復元しました（会話：{count} 件）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="55"/>
        <source>The previous database is kept at {path}.</source>
        <translation>以前のデータベースは {path} に残してあります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="64"/>
        <source>Hearth&apos;s database is damaged</source>
        <translation>Hearth のデータベースが壊れています</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="65"/>
        <source>You can start with an empty database (the damaged file stays where it is, renamed) or put a backup back.</source>
        <translation>空のデータベースで始める（壊れたファイルは名前を変えてその場に残ります）か、バックアップを戻すことができます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="68"/>
        <source>Start fresh</source>
        <translation>新しく始める</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="69"/>
        <source>Restore a backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="71"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="85"/>
        <source>Hearth cannot start</source>
        <translation>Hearth を起動できません</translation>
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
        <location filename="../../app/ui/chat_view.py" line="47"/>
        <source>&lt;h3&gt;Ask anything&lt;/h3&gt;&lt;p&gt;Hearth runs the model on this computer: nothing you type leaves it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;何でも聞いてください&lt;/h3&gt;&lt;p&gt;Hearth はこのコンピューターでモデルを動かします。入力した内容が外に出ることはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="49"/>
        <source>&lt;h3&gt;No model is installed&lt;/h3&gt;&lt;p&gt;Open &lt;b&gt;Models&lt;/b&gt; to download one, or run the set-up (&lt;code&gt;python3 bootstrap.py&lt;/code&gt;) to place the bundled starter model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;モデルがインストールされていません&lt;/h3&gt;&lt;p&gt;&lt;b&gt;モデル&lt;/b&gt;を開いてダウンロードするか、セットアップ（&lt;code&gt;python3 bootstrap.py&lt;/code&gt;）を実行して同梱の入門モデルを配置してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="82"/>
        <source>System prompt…</source>
        <translation>システムプロンプト…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="84"/>
        <source>The instructions the model follows in this conversation</source>
        <translation>この会話でモデルが従う指示</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="160"/>
        <location filename="../../app/ui/chat_view.py" line="288"/>
        <source>No model is installed, so Hearth cannot answer yet.</source>
        <translation>モデルがインストールされていないため、Hearth はまだ答えられません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="161"/>
        <location filename="../../app/ui/chat_view.py" line="289"/>
        <source>Open Models</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="206"/>
        <source>Stop the reply first to switch conversations.</source>
        <translation>会話を切り替えるには、先に返信を停止してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="259"/>
        <source>System prompt saved for this conversation.</source>
        <translation>この会話のシステムプロンプトを保存しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="264"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="265"/>
        <source>Instructions the model follows in this conversation:</source>
        <translation>この会話でモデルが従う指示：</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="272"/>
        <source>Nothing to copy yet.</source>
        <translation>コピーするものはまだありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="275"/>
        <source>Conversation copied as Markdown.</source>
        <translation>会話を Markdown としてコピーしました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="342"/>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="380"/>
        <location filename="../../app/ui/chat_view.py" line="394"/>
        <source>Writing…</source>
        <translation>書いています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="381"/>
        <source>Loading model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="383"/>
        <source>Waiting for the model…</source>
        <translation>モデルを待っています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="404"/>
        <source>What can you help me with?</source>
        <translation>何を手伝ってもらえますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="424"/>
        <source>Waiting for the model (another job is using it)…</source>
        <translation>モデルを待っています（別のジョブが使用中）…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="426"/>
        <source>Loading {model}…</source>
        <translation>{model} を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="389"/>
        <source>{model} is ready ({device}).</source>
        <translation>{model} の準備ができました（{device}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="439"/>
        <source>{speed:.1f} tok/s · first token {ttft:.2f} s · {device}</source>
        <translation>{speed:.1f} トークン/秒 · 最初のトークン {ttft:.2f} 秒 · {device}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="445"/>
        <source>Stopped; the partial reply is kept.</source>
        <translation>停止しました。途中までの返信は残ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="510"/>
        <source>Attached {files} to your next message.</source>
        <translation>{files} を次のメッセージに添付しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="512"/>
        <source>Summarize or translate instead</source>
        <translation>代わりに要約または翻訳</translation>
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
        <translation>第 {n} 節</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="100"/>
        <source>page {n}</source>
        <translation>{n} ページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="106"/>
        <source>Click to open</source>
        <translation>クリックして開く</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="79"/>
        <source>Ask anything…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>何でも聞いてください…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="80"/>
        <source>Message to send</source>
        <translation>送信するメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="82"/>
        <source>Type your message. Enter sends it, Shift+Enter starts a new line.</source>
        <translation>メッセージを入力します。Enter で送信、Shift+Enter で改行します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="90"/>
        <location filename="../../app/ui/composer.py" line="92"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="91"/>
        <source>Send the message (Enter)</source>
        <translation>メッセージを送信（Enter）</translation>
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
        <translation>返信を停止（Esc）。それまでの内容は残ります</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="102"/>
        <source>Write the last reply again</source>
        <translation>最後の返信を書き直す</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="103"/>
        <source>Regenerate last reply</source>
        <translation>最後の返信を再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="110"/>
        <source>Attach</source>
        <translation>添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="114"/>
        <source>Attach files to the next message (or drop them here)</source>
        <translation>次のメッセージにファイルを添付（ここにドロップも可）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="115"/>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="123"/>
        <source>Remove the attached files</source>
        <translation>添付ファイルを外す</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="124"/>
        <source>Remove attached files</source>
        <translation>添付を外す</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="147"/>
        <source>Attach files to the next message</source>
        <translation>次のメッセージにファイルを添付</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="155"/>
        <source>Attached: %1</source>
        <translation>添付：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="180"/>
        <source>Editing an earlier message: sending it continues the conversation from there (Esc cancels).</source>
        <translation>以前のメッセージを編集中：送信するとそこから会話が続きます（Esc で取り消し）。</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../app/ui/context_meter.py" line="13"/>
        <source>system prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="14"/>
        <source>documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="15"/>
        <source>history</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="16"/>
        <source>new message</source>
        <translation>新しいメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="56"/>
        <source>Context window use</source>
        <translation>コンテキストウィンドウの使用量</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="58"/>
        <location filename="../../app/ui/context_meter.py" line="71"/>
        <source>context: -</source>
        <translation>コンテキスト：-</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="65"/>
        <source>How much of the model&apos;s context window this conversation uses. Send a message to measure it.</source>
        <translation>この会話がモデルのコンテキストウィンドウをどれだけ使うか。メッセージを送ると測定します。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/context_meter.py" line="80"/>
        <source>%n older turn(s) no longer fit the {n_ctx}-token window and are left out of the prompt.</source>
        <translation>
            <numerusform>古い %n 回分のやり取りが {n_ctx} トークンの枠に収まらず、プロンプトから外れています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="84"/>
        <source>The context window is nearly full: older turns will soon be left out. Start a new conversation or raise the context length.</source>
        <translation>コンテキストウィンドウがほぼ一杯です：古いやり取りはまもなく外れます。新しい会話を始めるか、コンテキスト長を増やしてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="90"/>
        <source>{used:,} / {total:,} tokens</source>
        <translation>{used:,} / {total:,} トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="91"/>
        <source>{part}: {n:,} tokens</source>
        <translation>{part}：{n:,} トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="94"/>
        <source>kept free for the reply: {n:,} tokens</source>
        <translation>返信用に空けておく分：{n:,} トークン</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="61"/>
        <location filename="../../app/ui/sidebar.py" line="63"/>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="62"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を始める（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="66"/>
        <source>Search all conversations (Ctrl+F)</source>
        <translation>すべての会話を検索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="67"/>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="68"/>
        <source>Full-text search across every message</source>
        <translation>すべてのメッセージを全文検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="73"/>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="83"/>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="88"/>
        <source>No messages match.</source>
        <translation>一致するメッセージはありません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="98"/>
        <location filename="../../app/ui/sidebar.py" line="192"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="100"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="118"/>
        <source>last used {when}</source>
        <translation>最終使用：{when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="121"/>
        <source>model: {model}</source>
        <translation>モデル：{model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="177"/>
        <source>Delete conversation</source>
        <translation>会話を削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="178"/>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>「{title}」とそのすべてのメッセージを削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="193"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="204"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="204"/>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../../app/ui/document_files.py" line="22"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="23"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="24"/>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="25"/>
        <source>Chunks</source>
        <translation>チャンク</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="26"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="35"/>
        <source>Files of the collection</source>
        <translation>コレクションのファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="55"/>
        <source>Double-click to open; right-click to summarize or translate the whole file</source>
        <translation>ダブルクリックで開く。右クリックでファイル全体を要約・翻訳</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="64"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="65"/>
        <source>Summarize…</source>
        <translation>要約…</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="66"/>
        <source>Translate…</source>
        <translation>翻訳…</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../app/ui/documents_view.py" line="51"/>
        <source>{done:.0f}/{total:.0f} files</source>
        <translation>{done:.0f}/{total:.0f} ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="55"/>
        <source>{n} pages</source>
        <translation>{n} ページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="57"/>
        <source>{n} chunks</source>
        <translation>{n} チャンク</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="59"/>
        <source>{rate:.1f} chunks/s</source>
        <translation>{rate:.1f} チャンク/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="62"/>
        <source>ETA {eta:.0f} s</source>
        <translation>残り約 {eta:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="72"/>
        <source>, {n} skipped</source>
        <translation>、スキップ {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="74"/>
        <source>indexed {files} file(s), {chunks} chunks in {seconds:.1f} s; {unchanged} unchanged{skipped}.</source>
        <translation>{files} ファイル、{chunks} チャンクを {seconds:.1f} 秒で索引作成。変更なし {unchanged}{skipped}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="80"/>
        <source>Cancelled. Finished files are kept; Sync now resumes the rest.</source>
        <translation>キャンセルしました。終わったファイルは残ります。「今すぐ同期」で残りを再開します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="83"/>
        <source>Stopped as Hearth closed; it resumes on the next start.</source>
        <translation>Hearth の終了で停止しました。次回の起動時に再開します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="85"/>
        <source>Indexing failed.</source>
        <translation>索引作成に失敗しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="125"/>
        <location filename="../../app/ui/documents_view.py" line="136"/>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="127"/>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="129"/>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="131"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="143"/>
        <source>No collection selected</source>
        <translation>コレクションが選ばれていません</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="145"/>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="147"/>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="149"/>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="151"/>
        <location filename="../../app/ui/documents_view.py" line="437"/>
        <location filename="../../app/ui/documents_view.py" line="462"/>
        <location filename="../../app/ui/documents_view.py" line="509"/>
        <location filename="../../app/ui/documents_view.py" line="516"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="153"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="162"/>
        <location filename="../../app/ui/documents_view.py" line="169"/>
        <source>Embedding model</source>
        <translation>埋め込みモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="163"/>
        <source>The model that turns this collection&apos;s text into vectors; changing it embeds the collection again in the background</source>
        <translation>このコレクションのテキストをベクトルに変えるモデル。変更するとバックグラウンドでコレクションを埋め込み直します</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="181"/>
        <source>Indexing progress</source>
        <translation>索引作成の進捗</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="186"/>
        <source>Drop files or folders here to add them to the selected collection.</source>
        <translation>ファイルやフォルダーをここにドロップすると、選んだコレクションに追加されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="229"/>
        <source>({files} files, {chunks} chunks)</source>
        <translation>（{files} ファイル、{chunks} チャンク）</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="233"/>
        <source>  · waiting to index</source>
        <translation>  · 索引作成待ち</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="235"/>
        <source>  · unfinished</source>
        <translation>  · 未完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="255"/>
        <source>No collection yet: click New… or drop a folder here.</source>
        <translation>コレクションはまだありません：「新規…」を押すか、ここにフォルダーをドロップしてください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="264"/>
        <source>{name}: {files} files, {indexed} indexed, {skipped} skipped, {chunks} chunks</source>
        <translation>{name}：{files} ファイル、索引済み {indexed}、スキップ {skipped}、{chunks} チャンク</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="290"/>
        <source>{share:.0%} of this collection&apos;s text is {script}, but {model} reads English only: questions in that language will miss passages.</source>
        <translation>このコレクションのテキストの {share:.0%} が{script}ですが、{model} は英語しか読めません：その言語での質問では文章を見落とします。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="293"/>
        <source>Use {model}</source>
        <translation>{model} を使う</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="312"/>
        <source>{name}: embedding every file again with {model}.</source>
        <translation>{name}：{model} ですべてのファイルを埋め込み直しています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="357"/>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="386"/>
        <source>{name}: waiting for the indexing before it.</source>
        <translation>{name}：前の索引作成を待っています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="433"/>
        <source>Indexing {name}: loading the embedding model…</source>
        <translation>{name} を索引作成中：埋め込みモデルを読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="436"/>
        <location filename="../../app/ui/documents_view.py" line="461"/>
        <location filename="../../app/ui/documents_view.py" line="516"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="476"/>
        <source>Indexing {name}: {progress}</source>
        <translation>{name} を索引作成中：{progress}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="518"/>
        <source>Paused indexing {name}.</source>
        <translation>{name} の索引作成を一時停止しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="556"/>
        <source>New collection</source>
        <translation>新しいコレクション</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="556"/>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="563"/>
        <source>Rename collection</source>
        <translation>コレクションの名前を変更</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="564"/>
        <source>New name:</source>
        <translation>新しい名前：</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="577"/>
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="582"/>
        <source>Add folder</source>
        <translation>フォルダーを追加</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="216"/>
        <source>Downloads run one at a time, in order, in the background job queue (the Jobs page lists them too). A stopped download continues where it left off.</source>
        <translation>ダウンロードはバックグラウンドのジョブキューで順番に 1 つずつ実行されます（「ジョブ」ページにも表示されます）。止まったダウンロードは途中から再開します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="300"/>
        <source>stopped at {size}</source>
        <translation>{size} で停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="305"/>
        <source>Some downloads stopped part-way: Continue picks them up where they stopped.</source>
        <translation>途中で止まったダウンロードがあります：「続ける」で止まった所から再開します。</translation>
    </message>
</context>
<context>
    <name>FileTaskDialog</name>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="57"/>
        <source>Summarize or translate a file</source>
        <translation>ファイルを要約または翻訳</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="60"/>
        <source>A document: Markdown, text, HTML, Word, PDF…</source>
        <translation>ドキュメント：Markdown、テキスト、HTML、Word、PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="61"/>
        <location filename="../../app/ui/file_tasks.py" line="104"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="62"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="71"/>
        <location filename="../../app/ui/file_tasks.py" line="105"/>
        <source>Task</source>
        <translation>作業</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="74"/>
        <source>{length} (about {words} words a part)</source>
        <translation>{length}（1 部分あたり約 {words} 語）</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="77"/>
        <source>Summary length</source>
        <translation>要約の長さ</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="82"/>
        <source>Target language</source>
        <translation>翻訳先の言語</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="83"/>
        <source>Choose a language or type another one</source>
        <translation>言語を選ぶか、別の言語を入力</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="92"/>
        <location filename="../../app/ui/file_tasks.py" line="108"/>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="94"/>
        <source>Choose where to save the result</source>
        <translation>結果の保存先を選ぶ</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="106"/>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="107"/>
        <source>Into</source>
        <translation>翻訳先</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="112"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="130"/>
        <source>next to the file</source>
        <translation>ファイルと同じ場所</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="138"/>
        <source>Choose a file</source>
        <translation>ファイルを選ぶ</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="144"/>
        <source>Save the result as</source>
        <translation>結果の保存先</translation>
    </message>
</context>
<context>
    <name>FileTasks</name>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="39"/>
        <source>Documents (*.md *.markdown *.txt *.html *.htm *.docx *.pdf *.epub *.odt *.csv);;All files (*)</source>
        <translation>ドキュメント (*.md *.markdown *.txt *.html *.htm *.docx *.pdf *.epub *.odt *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="41"/>
        <source>Translatable (*.md *.markdown *.txt *.html *.htm *.docx);;All files (*)</source>
        <translation>翻訳できるファイル (*.md *.markdown *.txt *.html *.htm *.docx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="43"/>
        <source>Short</source>
        <translation>短め</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="44"/>
        <source>Medium</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="45"/>
        <source>Long</source>
        <translation>長め</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="46"/>
        <source>Summarize</source>
        <translation>要約</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="47"/>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="52"/>
        <source>partly GPU ({n} layers)</source>
        <translation>一部 GPU（{n} 層）</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="55"/>
        <source>CPU only</source>
        <translation>CPU のみ</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="57"/>
        <source>too big</source>
        <translation>大きすぎる</translation>
    </message>
</context>
<context>
    <name>InstalledPanel</name>
    <message>
        <location filename="../../app/ui/installed_models.py" line="33"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="33"/>
        <source>Quant</source>
        <translation>量子化</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="33"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="34"/>
        <source>Source</source>
        <translation>入手元</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="34"/>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="34"/>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="37"/>
        <source>Set as default</source>
        <translation>既定にする</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="39"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="41"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="43"/>
        <source>Import file…</source>
        <translation>ファイルを取り込む…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="45"/>
        <source>Scan folder…</source>
        <translation>フォルダーをスキャン…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="47"/>
        <source>Add server…</source>
        <translation>サーバーを追加…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="48"/>
        <source>Use the models of an OpenAI-compatible server (vLLM, llama-server) on another machine</source>
        <translation>別のマシンの OpenAI 互換サーバー（vLLM、llama-server）のモデルを使う</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="58"/>
        <source>Drop .gguf files here to import them.</source>
        <translation>.gguf ファイルをここにドロップすると取り込めます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="80"/>
        <source>runs on {server}</source>
        <translation>{server} で実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="119"/>
        <source>Asking {url} for its models…</source>
        <translation>{url} にモデルを問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/installed_models.py" line="124"/>
        <source>Added {name} ({url}): %n model(s).</source>
        <translation>
            <numerusform>{name}（{url}）を追加しました：モデル %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="130"/>
        <source>Removed the server {name} ({url}).</source>
        <translation>サーバー {name}（{url}）を削除しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="157"/>
        <source>Deleted {model}: {size} freed.</source>
        <translation>{model} を削除しました：{size} 解放。</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="160"/>
        <source>The linked file stays at {path}.</source>
        <translation>リンク先のファイルは {path} に残ります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="185"/>
        <source>Saved settings for {model}.</source>
        <translation>{model} の設定を保存しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="189"/>
        <source>Import a GGUF model</source>
        <translation>GGUF モデルを取り込む</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="190"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="197"/>
        <source>Scan a folder for GGUF models</source>
        <translation>フォルダー内の GGUF モデルを探す</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="199"/>
        <source>every GGUF model in {folder}</source>
        <translation>{folder} 内のすべての GGUF モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="205"/>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="218"/>
        <source>Importing: {what} {percent}%</source>
        <translation>取り込み中：{what} {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="222"/>
        <source>Imported {models}.</source>
        <translation>{models} を取り込みました。</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="38"/>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="38"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="39"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="39"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="50"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="51"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="52"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="53"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="54"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="55"/>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="56"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="57"/>
        <source>Waiting for the indexing before it</source>
        <translation>前の索引作成を待っています</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="58"/>
        <source>Waiting for the download before it</source>
        <translation>前のダウンロードを待っています</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="59"/>
        <source>Waiting for the model</source>
        <translation>モデルを待っています</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="62"/>
        <source>files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="63"/>
        <source>chunks</source>
        <translation>チャンク</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="64"/>
        <source>pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="65"/>
        <source>parts</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="66"/>
        <source>steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="69"/>
        <source>short</source>
        <translation>短め</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="70"/>
        <source>medium</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="71"/>
        <source>long</source>
        <translation>長め</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="80"/>
        <source>Download {file}</source>
        <translation>{file} をダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="82"/>
        <source>Index {collection}</source>
        <translation>{collection} の索引作成</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="86"/>
        <source>Summarize {file} ({length})</source>
        <translation>{file} を要約（{length}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="92"/>
        <source>Translate {file} into {language}</source>
        <translation>{file} を{language}に翻訳</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="111"/>
        <source>a moment</source>
        <translation>すぐ</translation>
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
        <translation>{h} 時間 {m:02d} 分</translation>
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
        <translation>開始中</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="141"/>
        <source>about {time} left</source>
        <translation>残り約 {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="150"/>
        <source>Saved {path}</source>
        <translation>{path} に保存しました</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="151"/>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="154"/>
        <source>chunks that could not be done (marked in the file): {n}</source>
        <translation>処理できなかったチャンク（ファイル内に印あり）：{n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="157"/>
        <source>source: {language}</source>
        <translation>原文：{language}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="162"/>
        <source>{text} ({amount} done)</source>
        <translation>{text}（{amount} 完了）</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="313"/>
        <source>{kind} job {id}, queued {when}</source>
        <translation>{kind} ジョブ {id}、{when} にキュー投入</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="103"/>
        <source>Summarize a file…</source>
        <translation>ファイルを要約…</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="105"/>
        <source>Translate a file…</source>
        <translation>ファイルを翻訳…</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="107"/>
        <source>Clear finished</source>
        <translation>完了分を消去</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="108"/>
        <source>Remove finished jobs from the list (files stay)</source>
        <translation>完了したジョブを一覧から外す（ファイルは残ります）</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="118"/>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="131"/>
        <location filename="../../app/ui/jobs_view.py" line="252"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="132"/>
        <source>Hold the running job; Resume goes on from there</source>
        <translation>実行中のジョブを止めておきます。「再開」でそこから続けます</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="134"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="135"/>
        <source>Stop the job; finished chunks are kept for Retry</source>
        <translation>ジョブを止めます。終わったチャンクは「再試行」用に残ります</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="137"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="138"/>
        <source>Run the job again from its finished chunks</source>
        <translation>終わったチャンクからジョブを再実行</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="140"/>
        <source>Open result</source>
        <translation>結果を開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="142"/>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="144"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="145"/>
        <source>Forget this job (its output file stays)</source>
        <translation>このジョブを消す（出力ファイルは残ります）</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="152"/>
        <source>No jobs yet. Summarize or translate a file, or drop one here.
Indexing and model downloads show here too.</source>
        <translation>ジョブはまだありません。ファイルを要約・翻訳するか、ここにドロップしてください。
索引作成とモデルのダウンロードもここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="205"/>
        <source>Finished: {job}. {summary}.</source>
        <translation>完了：{job}。{summary}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="209"/>
        <source>Finished: {job}.</source>
        <translation>完了：{job}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/jobs_view.py" line="210"/>
        <source>%n chunk(s) could not be done; they are marked in the file.</source>
        <translation>
            <numerusform>%n 個のチャンクを処理できませんでした。ファイル内に印を付けてあります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="213"/>
        <source>Failed: {job}. {error}</source>
        <translation>失敗：{job}。{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="216"/>
        <source>Open the result</source>
        <translation>結果を開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="251"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="318"/>
        <source>Resuming</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="318"/>
        <source>Started</source>
        <translation>開始</translation>
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
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="55"/>
        <source>Talk with a model (Ctrl+1)</source>
        <translation>モデルと話す（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Find, download and manage models (Ctrl+2)</source>
        <translation>モデルの検索・ダウンロード・管理（Ctrl+2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>Your document collections (Ctrl+3)</source>
        <translation>ドキュメントのコレクション（Ctrl+3）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Downloads, indexing and file jobs (Ctrl+4)</source>
        <translation>ダウンロード・索引作成・ファイルのジョブ（Ctrl+4）</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>Speed of the last reply</source>
        <translation>最後の返信の速度</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Tokens per second, time to the first token, and where the model runs</source>
        <translation>毎秒トークン数、最初のトークンまでの時間、モデルの実行場所</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>Background jobs</source>
        <translation>バックグラウンドのジョブ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Downloads, indexing and file jobs: click for the Jobs page</source>
        <translation>ダウンロード・索引作成・ファイルのジョブ：クリックでジョブのページへ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>&amp;New conversation</source>
        <translation>新しい会話(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>&amp;Copy conversation</source>
        <translation>会話をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>S&amp;ummarize a file…</source>
        <translation>ファイルを要約(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>&amp;Translate a file…</source>
        <translation>ファイルを翻訳(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;Restore a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Find in conversations</source>
        <translation>会話を検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Stop the reply</source>
        <translation>返信を停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Regenerate the last reply</source>
        <translation>最後の返信を再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>System prompt…</source>
        <translation>システムプロンプト…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190"/>
        <source>&amp;About Hearth</source>
        <translation>Hearth について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>{page} is not available in this build ({error}).</source>
        <translation>このビルドでは{page}ページを使えません（{error}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>{page} could not open: {error}</source>
        <translation>{page}ページを開けませんでした：{error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="297"/>
        <source>%n running</source>
        <translation>
            <numerusform>実行中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>待機中 %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="300"/>
        <source>Jobs: {counts}</source>
        <translation>ジョブ：{counts}</translation>
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
            <numerusform>Hearth の終了時に止まったジョブ %n 件を続けています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>Conversation deleted.</source>
        <translation>会話を削除しました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368"/>
        <source>Hearth answered</source>
        <translation>Hearth が答えました</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="395"/>
        <source>&lt;h3&gt;Hearth&lt;/h3&gt;&lt;p&gt;A private AI assistant. Models run on this computer; data lives in &lt;code&gt;{home}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Unexpected errors are written, with what led to them, to &lt;code&gt;{log}&lt;/code&gt;: attach it to a report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hearth&lt;/h3&gt;&lt;p&gt;プライベートな AI アシスタント。モデルはこのコンピューターで動き、データは &lt;code&gt;{home}&lt;/code&gt; にあります。&lt;/p&gt;&lt;p&gt;予期しないエラーは、その経緯とともに &lt;code&gt;{log}&lt;/code&gt; に書き込まれます。報告の際に添付してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="402"/>
        <source>About Hearth</source>
        <translation>Hearth について</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="512"/>
        <source>Hearth cannot start</source>
        <translation>Hearth を起動できません</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <location filename="../../app/ui/markdown_render.py" line="76"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="39"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="40"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="41"/>
        <source>writing…</source>
        <translation>書いています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="47"/>
        <source>{count} tokens</source>
        <translation>{count} トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="49"/>
        <source>{speed:.1f} tok/s</source>
        <translation>{speed:.1f} トークン/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="51"/>
        <source>first token {ttft:.2f} s</source>
        <translation>最初のトークン {ttft:.2f} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="201"/>
        <source>{action} message</source>
        <translation>メッセージを{action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="213"/>
        <source>failed: {error}</source>
        <translation>失敗：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="238"/>
        <source>whole</source>
        <translation>全文</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="239"/>
        <source>indexed, cited</source>
        <translation>索引済み、引用付き</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="243"/>
        <source>attached: {files}</source>
        <translation>添付：{files}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="327"/>
        <source>Message copied.</source>
        <translation>メッセージをコピーしました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="334"/>
        <source>Code copied.</source>
        <translation>コードをコピーしました。</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="351"/>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="393"/>
        <source>Ask something</source>
        <translation>質問してみる</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="394"/>
        <source>Type a first question (an example is filled in)</source>
        <translation>最初の質問を入力（例が入ります）</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="395"/>
        <source>Add your documents</source>
        <translation>ドキュメントを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="396"/>
        <source>Make a collection and ask about it</source>
        <translation>コレクションを作って質問する</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="397"/>
        <source>Get a bigger model</source>
        <translation>より大きなモデルを入手</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="398"/>
        <source>Download a stronger model for this machine</source>
        <translation>このマシン向けのより強いモデルをダウンロード</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="149"/>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="150"/>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="150"/>
        <source>Tool result</source>
        <translation>ツールの結果</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="156"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="156"/>
        <source>Copy this message as Markdown</source>
        <translation>このメッセージを Markdown でコピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="158"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="159"/>
        <source>Edit this message; a new version of it continues the conversation</source>
        <translation>このメッセージを編集します。新しい版から会話が続きます</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="226"/>
        <source>Tool {name} ({server}) {args}: {status}</source>
        <translation>ツール {name}（{server}）{args}：{status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="229"/>
        <source>Show the tool&apos;s result</source>
        <translation>ツールの結果を表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="232"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="256"/>
        <source>*Called {names}.*</source>
        <translation>*{names} を呼び出しました。*</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="270"/>
        <location filename="../../app/ui/message_list.py" line="271"/>
        <source>Previous version</source>
        <translation>前の版</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="274"/>
        <location filename="../../app/ui/message_list.py" line="275"/>
        <source>Next version</source>
        <translation>次の版</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="282"/>
        <source>Version %1 of %2</source>
        <translation>%2 版中の第 %1 版</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="309"/>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="310"/>
        <source>Write this reply again (a new version)</source>
        <translation>この返信を書き直す（新しい版）</translation>
    </message>
</context>
<context>
    <name>ModelDialogs</name>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="25"/>
        <source>global setting</source>
        <translation>全体の設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="124"/>
        <source>Hub token</source>
        <translation>Hub トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="125"/>
        <source>Paste a read token from your Hugging Face account (Settings &gt; Access Tokens).
It is stored on this computer, readable by you only, and sent only to the hub.</source>
        <translation>Hugging Face アカウントの読み取りトークンを貼り付けてください（Settings &gt; Access Tokens）。
このコンピューターに本人だけが読める形で保存され、Hub にだけ送られます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="135"/>
        <source>Import model</source>
        <translation>モデルの取り込み</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="136"/>
        <source>Import {what}?</source>
        <translation>{what} を取り込みますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="137"/>
        <source>Copy puts a copy in Hearth&apos;s models folder. Link uses the file where it is (do not move or delete it).</source>
        <translation>「コピー」は Hearth のモデルフォルダーに複製を置きます。「リンク」はファイルをその場所のまま使います（移動や削除をしないでください）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="140"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="141"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
</context>
<context>
    <name>ModelDownloads</name>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="55"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="56"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="57"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="59"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="60"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="61"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="62"/>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="63"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="148"/>
        <source>installed as {model}</source>
        <translation>{model} としてインストール済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="154"/>
        <source>{size} kept; Continue resumes</source>
        <translation>{size} を保持。「続ける」で再開</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../app/ui/model_picker.py" line="22"/>
        <source>on {server}</source>
        <translation>{server} 上</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="39"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="40"/>
        <source>The model that answers in this conversation</source>
        <translation>この会話で答えるモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="54"/>
        <source>remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="59"/>
        <source>unusable</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="60"/>
        <source>Cannot be used: {error}</source>
        <translation>使用できません：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="67"/>
        <source>runs on: {device}</source>
        <translation>実行場所：{device}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="34"/>
        <source>Settings for {model}</source>
        <translation>{model} の設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="37"/>
        <source>Context length (tokens)</source>
        <translation>コンテキスト長（トークン）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="43"/>
        <source>Layers to put on the GPU: a number, &apos;auto&apos;, or 0 for CPU only.</source>
        <translation>GPU に載せる層の数：数値、&apos;auto&apos;、または CPU のみなら 0。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="45"/>
        <source>GPU layers</source>
        <translation>GPU の層数</translation>
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
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="56"/>
        <source>Top-k (0 = off)</source>
        <translation>Top-k（0 = オフ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="59"/>
        <source>Longest reply (tokens)</source>
        <translation>最長の返信（トークン）</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="61"/>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="61"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="66"/>
        <source>Reasoning models (Qwen3 …) think before they answer; &apos;off&apos; asks templates that read enable_thinking to skip it.</source>
        <translation>推論モデル（Qwen3 など）は答える前に考えます。「オフ」にすると enable_thinking を読むテンプレートに思考を省くよう伝えます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="69"/>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="71"/>
        <source>(global) {prompt}</source>
        <translation>（全体）{prompt}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="74"/>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <location filename="../../app/ui/model_widgets.py" line="38"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_widgets.py" line="43"/>
        <source>{eta:.0f} s left</source>
        <translation>残り {eta:.0f} 秒</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <location filename="../../app/ui/models_view.py" line="58"/>
        <source>Discover</source>
        <translation>探す</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="59"/>
        <location filename="../../app/ui/models_view.py" line="92"/>
        <location filename="../../app/ui/models_view.py" line="181"/>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="60"/>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="76"/>
        <source>Search the hub for GGUF models, e.g. llama 3.2</source>
        <translation>Hub で GGUF モデルを検索（例：llama 3.2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="80"/>
        <source>downloads</source>
        <translation>ダウンロード数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="80"/>
        <source>likes</source>
        <translation>いいね数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="81"/>
        <source>updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="83"/>
        <source>Sort results by</source>
        <translation>結果の並べ替え</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="84"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="90"/>
        <source>Recommended models for this machine. Search to find more.</source>
        <translation>このマシン向けのおすすめモデル。検索すると他も見つかります。</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="92"/>
        <location filename="../../app/ui/models_view.py" line="181"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="92"/>
        <location filename="../../app/ui/models_view.py" line="182"/>
        <source>Likes</source>
        <translation>いいね</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="93"/>
        <location filename="../../app/ui/models_view.py" line="182"/>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="93"/>
        <location filename="../../app/ui/models_view.py" line="96"/>
        <location filename="../../app/ui/models_view.py" line="149"/>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="95"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="95"/>
        <source>Quant</source>
        <translation>量子化</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="95"/>
        <location filename="../../app/ui/models_view.py" line="147"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="98"/>
        <source>Pick a model to see its files.</source>
        <translation>モデルを選ぶとファイルが表示されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="100"/>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="105"/>
        <source>Hub token…</source>
        <translation>Hub トークン…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="106"/>
        <source>For gated or private repos</source>
        <translation>制限付きまたは非公開のリポジトリ用</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="147"/>
        <source>Recommended model</source>
        <translation>おすすめモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="148"/>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="148"/>
        <source>Params</source>
        <translation>パラメーター数</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="162"/>
        <source>estimated from the usual file size</source>
        <translation>一般的なファイルサイズからの推定</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="170"/>
        <source>Searching the hub for “{query}”…</source>
        <translation>Hub で「{query}」を検索しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models_view.py" line="183"/>
        <source>%n GGUF repo(s) found.</source>
        <translation>
            <numerusform>GGUF リポジトリが %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="184"/>
        <source>No GGUF repos match. Try other words.</source>
        <translation>一致する GGUF リポジトリはありません。別の言葉で試してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="192"/>
        <source>gated</source>
        <translation>制限付き</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="205"/>
        <source>Listing the files of {repo}…</source>
        <translation>{repo} のファイルを一覧しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="220"/>
        <source>({n} parts)</source>
        <translation>（{n} 分割）</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="222"/>
        <source>{size} saved</source>
        <translation>{size} 保存済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="224"/>
        <source>vision projector</source>
        <translation>ビジョンプロジェクター</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="229"/>
        <source>needs about {size} with a {n_ctx}-token context</source>
        <translation>{n_ctx} トークンのコンテキストで約 {size} 必要</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models_view.py" line="235"/>
        <source>{repo}: %n GGUF file(s).</source>
        <translation>
            <numerusform>{repo}：GGUF ファイル %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="238"/>
        <source>{file} is the largest that fits this machine.</source>
        <translation>{file} がこのマシンに収まる最大のものです。</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="241"/>
        <source>This repo is gated: set your hub token to download.</source>
        <translation>このリポジトリは制限付きです：ダウンロードするには Hub トークンを設定してください。</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="257"/>
        <source>Hub token</source>
        <translation>Hub トークン</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="259"/>
        <source>Hub token saved.</source>
        <translation>Hub トークンを保存しました。</translation>
    </message>
</context>
<context>
    <name>RecommendedNotes</name>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="10"/>
        <source>tiny and quick; thinks before answering (can be switched off)</source>
        <translation>小さく高速。答える前に考えます（オフにできます）</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="12"/>
        <source>small, multilingual, runs on any laptop</source>
        <translation>小さく多言語対応、どのノート PC でも動きます</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="13"/>
        <source>small reasoning model; good at Chinese and English</source>
        <translation>小型の推論モデル。中国語と英語が得意</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="14"/>
        <source>the bundled model&apos;s current big sibling; long context</source>
        <translation>同梱モデルの現行の兄貴分。長いコンテキスト</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="15"/>
        <source>strong at reasoning and code for its size</source>
        <translation>このサイズにしては推論とコードに強い</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="16"/>
        <source>good all-rounder for laptops; thinks first</source>
        <translation>ノート PC 向けの万能型。先に考えます</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="17"/>
        <source>clear writer in many languages</source>
        <translation>多くの言語で明快に書きます</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="18"/>
        <source>strong general model; wants 8 GB of free memory</source>
        <translation>強力な汎用モデル。8 GB の空きメモリが必要</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="19"/>
        <source>better answers; wants a GPU or 16 GB</source>
        <translation>より良い回答。GPU か 16 GB が必要</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="20"/>
        <source>OpenAI&apos;s open model; fast for its size on 16 GB</source>
        <translation>OpenAI のオープンモデル。16 GB でもサイズの割に高速</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="21"/>
        <source>best answers here; wants a 16 GB GPU</source>
        <translation>ここで最も良い回答。16 GB の GPU が必要</translation>
    </message>
</context>
<context>
    <name>RemoteServerDialog</name>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="20"/>
        <source>Add a model server</source>
        <translation>モデルサーバーを追加</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="23"/>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="26"/>
        <source>Server URL</source>
        <translation>サーバーの URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="29"/>
        <source>only if the server asks for one</source>
        <translation>サーバーが求める場合のみ</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="30"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="32"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="33"/>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="34"/>
        <source>API &amp;key</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="39"/>
        <source>An OpenAI-compatible server such as vLLM (`vllm serve MODEL`) or llama.cpp&apos;s `llama-server`. Hearth asks it for its models now; the key is stored readable by you only.</source>
        <translation>vLLM（`vllm serve MODEL`）や llama.cpp の `llama-server` などの OpenAI 互換サーバー。Hearth はすぐにモデルを問い合わせます。キーは本人だけが読める形で保存されます。</translation>
    </message>
</context>
<context>
    <name>ResultViewer</name>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="75"/>
        <source>Open in another app</source>
        <translation>別のアプリで開く</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../app/ui/server_panel.py" line="88"/>
        <source>Programs connect to http://127.0.0.1:PORT/v1</source>
        <translation>プログラムは http://127.0.0.1:ポート/v1 に接続します</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="89"/>
        <source>Let other computers connect (needs a key)</source>
        <translation>他のコンピューターからの接続を許可（キーが必要）</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="94"/>
        <source>no key (this computer only)</source>
        <translation>キーなし（このコンピューターのみ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="95"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="96"/>
        <location filename="../../app/ui/server_panel.py" line="168"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="102"/>
        <source>Server URL</source>
        <translation>サーバーの URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="103"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="109"/>
        <source>&amp;Port</source>
        <translation>ポート(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="111"/>
        <source>API &amp;key</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="112"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="113"/>
        <source>Other programs (editors, scripts, agents) can use Hearth&apos;s models through the OpenAI API, as with `hearth serve`. The server keeps running when this dialog closes, and stops with Hearth.</source>
        <translation>他のプログラム（エディター、スクリプト、エージェント）は `hearth serve` と同じく OpenAI API で Hearth のモデルを使えます。このダイアログを閉じてもサーバーは動き続け、Hearth とともに停止します。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="159"/>
        <source>Starting…</source>
        <translation>起動しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="168"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="176"/>
        <source>Running on {address}; requests need the key.</source>
        <translation>{address} で実行中。リクエストにはキーが必要です。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="178"/>
        <source>Running on {address}.</source>
        <translation>{address} で実行中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="181"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="76"/>
        <source>Hearth settings</source>
        <translation>Hearth の設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <location filename="../../app/ui/settings_dialog.py" line="91"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="89"/>
        <source>System follows the desktop&apos;s colours</source>
        <translation>「システム」はデスクトップの配色に従います</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>The window&apos;s language (takes effect at the next start); System follows the desktop&apos;s language</source>
        <translation>ウィンドウの言語（次回起動時に反映）。「システム」はデスクトップの言語に従います</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="96"/>
        <source>Text size in points</source>
        <translation>文字の大きさ（ポイント）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="98"/>
        <source>The model new conversations use</source>
        <translation>新しい会話で使うモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="99"/>
        <source>CPU threads for the model; Auto uses every core while they are free and fewer while indexing or other programs keep them busy</source>
        <translation>モデルが使う CPU スレッド数。「自動」はコアが空いていればすべて使い、インデックス作成中や他のプログラムが使っている間は減らします</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="101"/>
        <location filename="../../app/ui/settings_dialog.py" line="155"/>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="102"/>
        <source>Read my message while I type</source>
        <translation>入力中にメッセージを読み込む</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="103"/>
        <source>The model reads the conversation and your draft while you type, so the reply starts sooner after Enter (it uses the CPU while you type)</source>
        <translation>入力中にモデルが会話と下書きを先に読み込むので、Enter の後すぐに返信が始まります（入力中は CPU を使います）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="107"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="108"/>
        <source>Offload as many layers as fit in free GPU memory</source>
        <translation>空いている GPU メモリに収まるだけ層を載せる</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="109"/>
        <source>Layers to run on the GPU (0 = CPU only)</source>
        <translation>GPU で実行する層の数（0 = CPU のみ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="110"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="115"/>
        <source>Context window in tokens: how much of the conversation the model sees (more uses more memory)</source>
        <translation>トークン単位のコンテキストウィンドウ：モデルが会話をどれだけ見るか（大きいほどメモリを使います）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="117"/>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>高いほど多様に、0 は常に最も可能性の高い語を選びます</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="119"/>
        <source>Nucleus sampling: keep the likeliest words covering this probability</source>
        <translation>核サンプリング：この確率に達するまで可能性の高い語を残す</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Keep only this many likeliest words (0 = off)</source>
        <translation>可能性の高い語をこの数だけ残す（0 = オフ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="122"/>
        <source>Drop words less likely than this fraction of the likeliest</source>
        <translation>最も可能性の高い語に対してこの割合より低い語を除く</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="124"/>
        <source>Discourage repeating recent words (1 = off)</source>
        <translation>最近の語の繰り返しを抑える（1 = オフ）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="126"/>
        <source>Longest reply, in tokens</source>
        <translation>最長の返信（トークン）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="128"/>
        <source>The instructions new conversations start with</source>
        <translation>新しい会話の最初の指示</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="129"/>
        <location filename="../../app/ui/settings_dialog.py" line="211"/>
        <source>Default system prompt</source>
        <translation>既定のシステムプロンプト</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="133"/>
        <source>Embedding model for new collections</source>
        <translation>新しいコレクションの埋め込みモデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>all-minilm-l6-v2 (English, bundled)</source>
        <translation>all-minilm-l6-v2（英語、同梱）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="137"/>
        <source>The model new collections use (each collection can change its own on the Documents page): a bundled one, one downloaded from the hub, or a sentence-transformers model folder.</source>
        <translation>新しいコレクションが使うモデル（各コレクションは「ドキュメント」ページで変更できます）：同梱のもの、Hub からダウンロードしたもの、または sentence-transformers のモデルフォルダー。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="141"/>
        <source>Read scanned pages and images (OCR)</source>
        <translation>スキャンしたページと画像を読む（OCR）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>PDF pages without text, PNG, JPEG and TIFF files are read with OCR (Chinese and English) while indexing, summarizing and translating; slower, about 10 s a page on two cores</source>
        <translation>索引作成・要約・翻訳のとき、テキストのない PDF ページと PNG・JPEG・TIFF ファイルを OCR（中国語と英語）で読みます。低速で、2 コアで 1 ページ約 10 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source>Larger files are skipped, with the reason shown on the Documents page</source>
        <translation>これより大きいファイルはスキップされ、理由が「ドキュメント」ページに表示されます</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="153"/>
        <source>CPU threads for embedding while indexing; fewer keeps the rest of the computer responsive</source>
        <translation>索引作成中の埋め込みに使う CPU スレッド数。少なめにすると他の作業が快適です</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source>How close a passage must be to the question to count (0 to 1); below it, &apos;documents only&apos; answers that the documents do not say</source>
        <translation>文章が質問にどれだけ近ければ採用するか（0〜1）。これを下回ると「ドキュメントのみ」はドキュメントに記載がないと答えます</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>How often watched folders are checked for changed files</source>
        <translation>監視フォルダーの変更をどのくらいの間隔で確認するか</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="161"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="167"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="168"/>
        <source>&amp;Font size</source>
        <translation>文字サイズ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="170"/>
        <source>Default &amp;model</source>
        <translation>既定のモデル(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="171"/>
        <source>CPU &amp;threads</source>
        <translation>CPU スレッド(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="172"/>
        <source>GPU layers</source>
        <translation>GPU の層数</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="173"/>
        <source>&amp;Context length</source>
        <translation>コンテキスト長(&amp;C)</translation>
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
        <translation>繰り返しペナルティ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="181"/>
        <source>Ma&amp;x tokens</source>
        <translation>最大トークン数(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Conversations, settings, downloaded models and indexes</source>
        <translation>会話・設定・ダウンロードしたモデル・索引</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="186"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="187"/>
        <source>Show the data folder in the file manager</source>
        <translation>ファイルマネージャーでデータフォルダーを表示</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="188"/>
        <source>Open data folder</source>
        <translation>データフォルダーを開く</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="202"/>
        <source>Embedding model
(new collections)</source>
        <translation>埋め込みモデル
（新しいコレクション）</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="204"/>
        <source>Largest &amp;file</source>
        <translation>最大ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="205"/>
        <source>&amp;Indexing threads</source>
        <translation>索引作成スレッド(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>&amp;Relevance threshold</source>
        <translation>関連度のしきい値(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="207"/>
        <source>&amp;Watch folders every</source>
        <translation>フォルダーの監視間隔(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="209"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="209"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="213"/>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="216"/>
        <location filename="../../app/ui/settings_dialog.py" line="227"/>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Changes apply to the next indexing or question; a new watch interval applies from the next start of Hearth.</source>
        <translation>変更は次の索引作成または質問から反映されます。新しい監視間隔は Hearth の次回起動から反映されます。</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="223"/>
        <location filename="../../app/ui/settings_dialog.py" line="226"/>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="226"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="232"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="234"/>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="248"/>
        <source>Embedding model folder</source>
        <translation>埋め込みモデルのフォルダー</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="254"/>
        <source>Bundled starter model</source>
        <translation>同梱の入門モデル</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="27"/>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="28"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="29"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="30"/>
        <source>starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="31"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="32"/>
        <source>resuming</source>
        <translation>再開中</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="33"/>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="34"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="35"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="36"/>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="37"/>
        <source>indexed</source>
        <translation>索引済み</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="38"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="39"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="40"/>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
</context>
<context>
    <name>ThoughtBlock</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="95"/>
        <source>Show the model&apos;s reasoning</source>
        <translation>モデルの思考を表示</translation>
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
            <numerusform>%n 秒間考えました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="32"/>
        <source>Allow a tool call?</source>
        <translation>ツールの呼び出しを許可しますか？</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="34"/>
        <source>The model wants to call the tool &lt;b&gt;{tool}&lt;/b&gt; of the MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>モデルが MCP サーバー &lt;b&gt;{server}&lt;/b&gt; のツール &lt;b&gt;{tool}&lt;/b&gt; を呼び出そうとしています。</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="43"/>
        <source>Arguments of the tool call</source>
        <translation>ツール呼び出しの引数</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="46"/>
        <source>Allow once</source>
        <translation>今回だけ許可</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="47"/>
        <source>Always allow {tool}</source>
        <translation>{tool} を常に許可</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="48"/>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="61"/>
        <source>Arguments:</source>
        <translation>引数：</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="34"/>
        <source>Models may call these tools. Built-in ones run at once; a tool of an MCP server runs only after you allow it. Servers are configured in {file} (see the README&apos;s Tools section).</source>
        <translation>モデルはこれらのツールを呼び出せます。内蔵のものはすぐに実行され、MCP サーバーのツールは許可した後にだけ実行されます。サーバーは {file} で設定します（README の Tools の節を参照）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="43"/>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="43"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="44"/>
        <source>Tools by server, with on/off switches</source>
        <translation>サーバーごとのツールとオン/オフの切り替え</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="48"/>
        <source>Reload servers</source>
        <translation>サーバーを再読み込み</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="71"/>
        <source>Starting the servers to list their tools…</source>
        <translation>ツールを一覧するためにサーバーを起動しています…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="101"/>
        <source>(not started)</source>
        <translation>（未起動）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tools_panel.py" line="108"/>
        <source>%n MCP server(s) configured.</source>
        <translation>
            <numerusform>MCP サーバーが %n 個設定されています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../app/ui/workers.py" line="44"/>
        <source>Unexpected error: {error}. Please report it with the log in {log}.</source>
        <translation>予期しないエラー：{error}。{log} のログを添えて報告してください。</translation>
    </message>
</context>
</TS>
