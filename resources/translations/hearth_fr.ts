<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttachButton</name>
    <message>
        <location filename="../../app/ui/citations.py" line="28"/>
        <location filename="../../app/ui/citations.py" line="61"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="30"/>
        <source>Attach document collections: answers then cite their files and pages</source>
        <translation>Joindre des collections de documents : les réponses citent leurs fichiers et pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="31"/>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="60"/>
        <source>Documents: %1</source>
        <translation>Documents : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="68"/>
        <source>No collections yet: add some on the Documents page</source>
        <translation>Aucune collection pour l&apos;instant : ajoutez-en sur la page Documents</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../app/ui/backups.py" line="17"/>
        <source>Hearth backups (*.db);;All files (*)</source>
        <translation>Sauvegardes Hearth (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="23"/>
        <source>Back up Hearth&apos;s database</source>
        <translation>Sauvegarder la base de données de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="29"/>
        <source>Backed up to {path}.</source>
        <translation>Sauvegardé dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="36"/>
        <location filename="../../app/ui/backups.py" line="41"/>
        <location filename="../../app/ui/backups.py" line="79"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="42"/>
        <source>Replace your conversations, settings and collections with {name}?
The current database is kept beside it, so nothing is lost.</source>
        <translation>Remplacer vos conversations, paramètres et collections par {name} ?
La base actuelle est conservée à côté : rien n&apos;est perdu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="52"/>
        <source>Restored {name} (conversations: {count}).</source>
        <translation>{name} restauré (conversations : {count}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="55"/>
        <source>The previous database is kept at {path}.</source>
        <translation>L&apos;ancienne base est conservée dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="64"/>
        <source>Hearth&apos;s database is damaged</source>
        <translation>La base de données de Hearth est endommagée</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="65"/>
        <source>You can start with an empty database (the damaged file stays where it is, renamed) or put a backup back.</source>
        <translation>Vous pouvez repartir d&apos;une base vide (le fichier endommagé reste en place, renommé) ou remettre une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="68"/>
        <source>Start fresh</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="69"/>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="71"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups.py" line="85"/>
        <source>Hearth cannot start</source>
        <translation>Hearth ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/ui/notify.py" line="36"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify.py" line="47"/>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <location filename="../../app/ui/notify.py" line="48"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../app/ui/chat_view.py" line="47"/>
        <source>&lt;h3&gt;Ask anything&lt;/h3&gt;&lt;p&gt;Hearth runs the model on this computer: nothing you type leaves it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Demandez ce que vous voulez&lt;/h3&gt;&lt;p&gt;Hearth fait tourner le modèle sur cet ordinateur : rien de ce que vous tapez n&apos;en sort.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="49"/>
        <source>&lt;h3&gt;No model is installed&lt;/h3&gt;&lt;p&gt;Open &lt;b&gt;Models&lt;/b&gt; to download one, or run the set-up (&lt;code&gt;python3 bootstrap.py&lt;/code&gt;) to place the bundled starter model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun modèle n&apos;est installé&lt;/h3&gt;&lt;p&gt;Ouvrez &lt;b&gt;Modèles&lt;/b&gt; pour en télécharger un, ou lancez l&apos;installation (&lt;code&gt;python3 bootstrap.py&lt;/code&gt;) pour placer le modèle de départ fourni.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="82"/>
        <source>System prompt…</source>
        <translation>Prompt système…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="84"/>
        <source>The instructions the model follows in this conversation</source>
        <translation>Les instructions que suit le modèle dans cette conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="160"/>
        <location filename="../../app/ui/chat_view.py" line="288"/>
        <source>No model is installed, so Hearth cannot answer yet.</source>
        <translation>Aucun modèle n&apos;est installé : Hearth ne peut pas encore répondre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="161"/>
        <location filename="../../app/ui/chat_view.py" line="289"/>
        <source>Open Models</source>
        <translation>Ouvrir Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="206"/>
        <source>Stop the reply first to switch conversations.</source>
        <translation>Arrêtez d&apos;abord la réponse pour changer de conversation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="259"/>
        <source>System prompt saved for this conversation.</source>
        <translation>Prompt système enregistré pour cette conversation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="264"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="265"/>
        <source>Instructions the model follows in this conversation:</source>
        <translation>Instructions que suit le modèle dans cette conversation :</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="272"/>
        <source>Nothing to copy yet.</source>
        <translation>Rien à copier pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="275"/>
        <source>Conversation copied as Markdown.</source>
        <translation>Conversation copiée en Markdown.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="342"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="380"/>
        <location filename="../../app/ui/chat_view.py" line="394"/>
        <source>Writing…</source>
        <translation>Rédaction…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="381"/>
        <source>Loading model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="383"/>
        <source>Waiting for the model…</source>
        <translation>En attente du modèle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="404"/>
        <source>What can you help me with?</source>
        <translation>En quoi peux-tu m&apos;aider ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="424"/>
        <source>Waiting for the model (another job is using it)…</source>
        <translation>En attente du modèle (une autre tâche l&apos;utilise)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="426"/>
        <source>Loading {model}…</source>
        <translation>Chargement de {model}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="389"/>
        <source>{model} is ready ({device}).</source>
        <translation>{model} est prêt ({device}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="439"/>
        <source>{speed:.1f} tok/s · first token {ttft:.2f} s · {device}</source>
        <translation>{speed:.1f} jetons/s · premier jeton {ttft:.2f} s · {device}</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="445"/>
        <source>Stopped; the partial reply is kept.</source>
        <translation>Arrêté ; la réponse partielle est conservée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="510"/>
        <source>Attached {files} to your next message.</source>
        <translation>{files} joint à votre prochain message.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="512"/>
        <source>Summarize or translate instead</source>
        <translation>Résumer ou traduire à la place</translation>
    </message>
</context>
<context>
    <name>CitationsPanel</name>
    <message>
        <location filename="../../app/ui/citations.py" line="88"/>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="99"/>
        <source>section {n}</source>
        <translation>section {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="100"/>
        <source>page {n}</source>
        <translation>page {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/citations.py" line="106"/>
        <source>Click to open</source>
        <translation>Cliquer pour ouvrir</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="79"/>
        <source>Ask anything…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Demandez ce que vous voulez…  (Entrée envoie, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="80"/>
        <source>Message to send</source>
        <translation>Message à envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="82"/>
        <source>Type your message. Enter sends it, Shift+Enter starts a new line.</source>
        <translation>Tapez votre message. Entrée l&apos;envoie, Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="90"/>
        <location filename="../../app/ui/composer.py" line="92"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="91"/>
        <source>Send the message (Enter)</source>
        <translation>Envoyer le message (Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <location filename="../../app/ui/composer.py" line="98"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="97"/>
        <source>Stop the reply (Esc); what was written so far is kept</source>
        <translation>Arrêter la réponse (Échap) ; ce qui est déjà écrit est gardé</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="101"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="102"/>
        <source>Write the last reply again</source>
        <translation>Réécrire la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="103"/>
        <source>Regenerate last reply</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="110"/>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="114"/>
        <source>Attach files to the next message (or drop them here)</source>
        <translation>Joindre des fichiers au prochain message (ou les déposer ici)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="115"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="123"/>
        <source>Remove the attached files</source>
        <translation>Retirer les fichiers joints</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="124"/>
        <source>Remove attached files</source>
        <translation>Retirer les pièces jointes</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="147"/>
        <source>Attach files to the next message</source>
        <translation>Joindre des fichiers au prochain message</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="155"/>
        <source>Attached: %1</source>
        <translation>Joint : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="180"/>
        <source>Editing an earlier message: sending it continues the conversation from there (Esc cancels).</source>
        <translation>Modification d&apos;un message précédent : l&apos;envoyer reprend la conversation à partir de là (Échap annule).</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../app/ui/context_meter.py" line="13"/>
        <source>system prompt</source>
        <translation>prompt système</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="14"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="15"/>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="16"/>
        <source>new message</source>
        <translation>nouveau message</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="56"/>
        <source>Context window use</source>
        <translation>Utilisation de la fenêtre de contexte</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="58"/>
        <location filename="../../app/ui/context_meter.py" line="71"/>
        <source>context: -</source>
        <translation>contexte : -</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="65"/>
        <source>How much of the model&apos;s context window this conversation uses. Send a message to measure it.</source>
        <translation>La part de la fenêtre de contexte du modèle qu&apos;utilise cette conversation. Envoyez un message pour la mesurer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/context_meter.py" line="80"/>
        <source>%n older turn(s) no longer fit the {n_ctx}-token window and are left out of the prompt.</source>
        <translation>
            <numerusform>%n ancien échange ne tient plus dans la fenêtre de {n_ctx} jetons et est laissé hors du prompt.</numerusform>
            <numerusform>%n anciens échanges ne tiennent plus dans la fenêtre de {n_ctx} jetons et sont laissés hors du prompt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="84"/>
        <source>The context window is nearly full: older turns will soon be left out. Start a new conversation or raise the context length.</source>
        <translation>La fenêtre de contexte est presque pleine : les anciens échanges seront bientôt laissés de côté. Commencez une nouvelle conversation ou augmentez la longueur de contexte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="90"/>
        <source>{used:,} / {total:,} tokens</source>
        <translation>{used:,} / {total:,} jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="91"/>
        <source>{part}: {n:,} tokens</source>
        <translation>{part} : {n:,} jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="94"/>
        <source>kept free for the reply: {n:,} tokens</source>
        <translation>réservé à la réponse : {n:,} jetons</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="61"/>
        <location filename="../../app/ui/sidebar.py" line="63"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="62"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="66"/>
        <source>Search all conversations (Ctrl+F)</source>
        <translation>Rechercher partout (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="67"/>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="68"/>
        <source>Full-text search across every message</source>
        <translation>Recherche plein texte dans tous les messages</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="73"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="83"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="88"/>
        <source>No messages match.</source>
        <translation>Aucun message ne correspond.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="98"/>
        <location filename="../../app/ui/sidebar.py" line="192"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="100"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="118"/>
        <source>last used {when}</source>
        <translation>dernière utilisation : {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="121"/>
        <source>model: {model}</source>
        <translation>modèle : {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="177"/>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="178"/>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>Supprimer « {title} » et tous ses messages ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="193"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="204"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="204"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../../app/ui/document_files.py" line="22"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="23"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="24"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="25"/>
        <source>Chunks</source>
        <translation>Fragments</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="26"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="35"/>
        <source>Files of the collection</source>
        <translation>Fichiers de la collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="55"/>
        <source>Double-click to open; right-click to summarize or translate the whole file</source>
        <translation>Double-cliquer pour ouvrir ; clic droit pour résumer ou traduire tout le fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="64"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="65"/>
        <source>Summarize…</source>
        <translation>Résumer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_files.py" line="66"/>
        <source>Translate…</source>
        <translation>Traduire…</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../app/ui/documents_view.py" line="51"/>
        <source>{done:.0f}/{total:.0f} files</source>
        <translation>{done:.0f}/{total:.0f} fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="55"/>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="57"/>
        <source>{n} chunks</source>
        <translation>{n} fragments</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="59"/>
        <source>{rate:.1f} chunks/s</source>
        <translation>{rate:.1f} fragments/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="62"/>
        <source>ETA {eta:.0f} s</source>
        <translation>reste {eta:.0f} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="72"/>
        <source>, {n} skipped</source>
        <translation>, {n} ignorés</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="74"/>
        <source>indexed {files} file(s), {chunks} chunks in {seconds:.1f} s; {unchanged} unchanged{skipped}.</source>
        <translation>{files} fichier(s) indexé(s), {chunks} fragments en {seconds:.1f} s ; {unchanged} inchangé(s){skipped}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="80"/>
        <source>Cancelled. Finished files are kept; Sync now resumes the rest.</source>
        <translation>Annulé. Les fichiers terminés sont conservés ; Synchroniser reprend le reste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="83"/>
        <source>Stopped as Hearth closed; it resumes on the next start.</source>
        <translation>Arrêté à la fermeture de Hearth ; reprend au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="85"/>
        <source>Indexing failed.</source>
        <translation>L&apos;indexation a échoué.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="125"/>
        <location filename="../../app/ui/documents_view.py" line="136"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="127"/>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="129"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="131"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="143"/>
        <source>No collection selected</source>
        <translation>Aucune collection choisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="145"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="147"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="149"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="151"/>
        <location filename="../../app/ui/documents_view.py" line="437"/>
        <location filename="../../app/ui/documents_view.py" line="462"/>
        <location filename="../../app/ui/documents_view.py" line="509"/>
        <location filename="../../app/ui/documents_view.py" line="516"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="153"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="162"/>
        <location filename="../../app/ui/documents_view.py" line="169"/>
        <source>Embedding model</source>
        <translation>Modèle d&apos;embeddings</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="163"/>
        <source>The model that turns this collection&apos;s text into vectors; changing it embeds the collection again in the background</source>
        <translation>Le modèle qui transforme le texte de cette collection en vecteurs ; le changer recalcule la collection en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="181"/>
        <source>Indexing progress</source>
        <translation>Progression de l&apos;indexation</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="186"/>
        <source>Drop files or folders here to add them to the selected collection.</source>
        <translation>Déposez des fichiers ou des dossiers ici pour les ajouter à la collection choisie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="229"/>
        <source>({files} files, {chunks} chunks)</source>
        <translation>({files} fichiers, {chunks} fragments)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="233"/>
        <source>  · waiting to index</source>
        <translation>  · en attente d&apos;indexation</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="235"/>
        <source>  · unfinished</source>
        <translation>  · inachevée</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="255"/>
        <source>No collection yet: click New… or drop a folder here.</source>
        <translation>Pas encore de collection : cliquez sur Nouvelle… ou déposez un dossier ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="264"/>
        <source>{name}: {files} files, {indexed} indexed, {skipped} skipped, {chunks} chunks</source>
        <translation>{name} : {files} fichiers, {indexed} indexés, {skipped} ignorés, {chunks} fragments</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="290"/>
        <source>{share:.0%} of this collection&apos;s text is {script}, but {model} reads English only: questions in that language will miss passages.</source>
        <translation>{share:.0%} du texte de cette collection est en {script}, mais {model} ne lit que l&apos;anglais : les questions dans cette langue manqueront des passages.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="293"/>
        <source>Use {model}</source>
        <translation>Utiliser {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="312"/>
        <source>{name}: embedding every file again with {model}.</source>
        <translation>{name} : nouveau calcul de chaque fichier avec {model}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="357"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="386"/>
        <source>{name}: waiting for the indexing before it.</source>
        <translation>{name} : en attente de l&apos;indexation précédente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="433"/>
        <source>Indexing {name}: loading the embedding model…</source>
        <translation>Indexation de {name} : chargement du modèle d&apos;embeddings…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="436"/>
        <location filename="../../app/ui/documents_view.py" line="461"/>
        <location filename="../../app/ui/documents_view.py" line="516"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="476"/>
        <source>Indexing {name}: {progress}</source>
        <translation>Indexation de {name} : {progress}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="518"/>
        <source>Paused indexing {name}.</source>
        <translation>Indexation de {name} en pause.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="556"/>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="556"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="563"/>
        <source>Rename collection</source>
        <translation>Renommer la collection</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="564"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="577"/>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_view.py" line="582"/>
        <source>Add folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="216"/>
        <source>Downloads run one at a time, in order, in the background job queue (the Jobs page lists them too). A stopped download continues where it left off.</source>
        <translation>Les téléchargements passent un par un, dans l&apos;ordre, dans la file des tâches en arrière-plan (la page Tâches les liste aussi). Un téléchargement arrêté reprend là où il s&apos;était arrêté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="300"/>
        <source>stopped at {size}</source>
        <translation>arrêté à {size}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="305"/>
        <source>Some downloads stopped part-way: Continue picks them up where they stopped.</source>
        <translation>Certains téléchargements se sont arrêtés en route : Continuer les reprend là où ils en étaient.</translation>
    </message>
</context>
<context>
    <name>FileTaskDialog</name>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="57"/>
        <source>Summarize or translate a file</source>
        <translation>Résumer ou traduire un fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="60"/>
        <source>A document: Markdown, text, HTML, Word, PDF…</source>
        <translation>Un document : Markdown, texte, HTML, Word, PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="61"/>
        <location filename="../../app/ui/file_tasks.py" line="104"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="62"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="71"/>
        <location filename="../../app/ui/file_tasks.py" line="105"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="74"/>
        <source>{length} (about {words} words a part)</source>
        <translation>{length} (environ {words} mots par partie)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="77"/>
        <source>Summary length</source>
        <translation>Longueur du résumé</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="82"/>
        <source>Target language</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="83"/>
        <source>Choose a language or type another one</source>
        <translation>Choisissez une langue ou tapez-en une autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="92"/>
        <location filename="../../app/ui/file_tasks.py" line="108"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="94"/>
        <source>Choose where to save the result</source>
        <translation>Choisir où enregistrer le résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="106"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="107"/>
        <source>Into</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="112"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="130"/>
        <source>next to the file</source>
        <translation>à côté du fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="138"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="144"/>
        <source>Save the result as</source>
        <translation>Enregistrer le résultat sous</translation>
    </message>
</context>
<context>
    <name>FileTasks</name>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="39"/>
        <source>Documents (*.md *.markdown *.txt *.html *.htm *.docx *.pdf *.epub *.odt *.csv);;All files (*)</source>
        <translation>Documents (*.md *.markdown *.txt *.html *.htm *.docx *.pdf *.epub *.odt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="41"/>
        <source>Translatable (*.md *.markdown *.txt *.html *.htm *.docx);;All files (*)</source>
        <translation>Traduisibles (*.md *.markdown *.txt *.html *.htm *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="43"/>
        <source>Short</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="44"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="45"/>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="46"/>
        <source>Summarize</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_tasks.py" line="47"/>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="52"/>
        <source>partly GPU ({n} layers)</source>
        <translation>en partie sur GPU ({n} couches)</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="55"/>
        <source>CPU only</source>
        <translation>CPU seul</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="57"/>
        <source>too big</source>
        <translation>trop gros</translation>
    </message>
</context>
<context>
    <name>InstalledPanel</name>
    <message>
        <location filename="../../app/ui/installed_models.py" line="33"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="33"/>
        <source>Quant</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="33"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="34"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="34"/>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="34"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="37"/>
        <source>Set as default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="39"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="41"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="43"/>
        <source>Import file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="45"/>
        <source>Scan folder…</source>
        <translation>Analyser un dossier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="47"/>
        <source>Add server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="48"/>
        <source>Use the models of an OpenAI-compatible server (vLLM, llama-server) on another machine</source>
        <translation>Utiliser les modèles d&apos;un serveur compatible OpenAI (vLLM, llama-server) sur une autre machine</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="58"/>
        <source>Drop .gguf files here to import them.</source>
        <translation>Déposez des fichiers .gguf ici pour les importer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="80"/>
        <source>runs on {server}</source>
        <translation>tourne sur {server}</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="119"/>
        <source>Asking {url} for its models…</source>
        <translation>Demande de ses modèles à {url}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/installed_models.py" line="124"/>
        <source>Added {name} ({url}): %n model(s).</source>
        <translation>
            <numerusform>{name} ajouté ({url}) : %n modèle.</numerusform>
            <numerusform>{name} ajouté ({url}) : %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="130"/>
        <source>Removed the server {name} ({url}).</source>
        <translation>Serveur {name} retiré ({url}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="157"/>
        <source>Deleted {model}: {size} freed.</source>
        <translation>{model} supprimé : {size} libérés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="160"/>
        <source>The linked file stays at {path}.</source>
        <translation>Le fichier lié reste dans {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="185"/>
        <source>Saved settings for {model}.</source>
        <translation>Paramètres de {model} enregistrés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="189"/>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="190"/>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="197"/>
        <source>Scan a folder for GGUF models</source>
        <translation>Chercher des modèles GGUF dans un dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="199"/>
        <source>every GGUF model in {folder}</source>
        <translation>tous les modèles GGUF de {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="205"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="218"/>
        <source>Importing: {what} {percent}%</source>
        <translation>Importation : {what} {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/installed_models.py" line="222"/>
        <source>Imported {models}.</source>
        <translation>{models} importé.</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="38"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="38"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="39"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="39"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="50"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="51"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="52"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="53"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="54"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="55"/>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="56"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="57"/>
        <source>Waiting for the indexing before it</source>
        <translation>En attente de l&apos;indexation précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="58"/>
        <source>Waiting for the download before it</source>
        <translation>En attente du téléchargement précédent</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="59"/>
        <source>Waiting for the model</source>
        <translation>En attente du modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="62"/>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="63"/>
        <source>chunks</source>
        <translation>fragments</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="64"/>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="65"/>
        <source>parts</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="66"/>
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="69"/>
        <source>short</source>
        <translation>court</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="70"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="71"/>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="80"/>
        <source>Download {file}</source>
        <translation>Télécharger {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="82"/>
        <source>Index {collection}</source>
        <translation>Indexer {collection}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="86"/>
        <source>Summarize {file} ({length})</source>
        <translation>Résumer {file} ({length})</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="92"/>
        <source>Translate {file} into {language}</source>
        <translation>Traduire {file} en {language}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="111"/>
        <source>a moment</source>
        <translation>un instant</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="114"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="116"/>
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="118"/>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="127"/>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="131"/>
        <source>{done:.0f} of {total:.0f} {unit}</source>
        <translation>{done:.0f} sur {total:.0f} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="139"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="141"/>
        <source>about {time} left</source>
        <translation>environ {time} restant</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="150"/>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="151"/>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="154"/>
        <source>chunks that could not be done (marked in the file): {n}</source>
        <translation>fragments non traités (marqués dans le fichier) : {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="157"/>
        <source>source: {language}</source>
        <translation>source : {language}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="162"/>
        <source>{text} ({amount} done)</source>
        <translation>{text} ({amount} faits)</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_model.py" line="313"/>
        <source>{kind} job {id}, queued {when}</source>
        <translation>tâche {kind} {id}, mise en file le {when}</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="103"/>
        <source>Summarize a file…</source>
        <translation>Résumer un fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="105"/>
        <source>Translate a file…</source>
        <translation>Traduire un fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="107"/>
        <source>Clear finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="108"/>
        <source>Remove finished jobs from the list (files stay)</source>
        <translation>Retirer les tâches terminées de la liste (les fichiers restent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="118"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="131"/>
        <location filename="../../app/ui/jobs_view.py" line="252"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="132"/>
        <source>Hold the running job; Resume goes on from there</source>
        <translation>Suspendre la tâche en cours ; Reprendre continue à partir de là</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="134"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="135"/>
        <source>Stop the job; finished chunks are kept for Retry</source>
        <translation>Arrêter la tâche ; les fragments terminés sont gardés pour Réessayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="137"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="138"/>
        <source>Run the job again from its finished chunks</source>
        <translation>Relancer la tâche à partir de ses fragments terminés</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="140"/>
        <source>Open result</source>
        <translation>Ouvrir le résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="142"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="144"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="145"/>
        <source>Forget this job (its output file stays)</source>
        <translation>Oublier cette tâche (son fichier de sortie reste)</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="152"/>
        <source>No jobs yet. Summarize or translate a file, or drop one here.
Indexing and model downloads show here too.</source>
        <translation>Aucune tâche pour l&apos;instant. Résumez ou traduisez un fichier, ou déposez-en un ici.
L&apos;indexation et les téléchargements de modèles s&apos;affichent aussi ici.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="205"/>
        <source>Finished: {job}. {summary}.</source>
        <translation>Terminé : {job}. {summary}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="209"/>
        <source>Finished: {job}.</source>
        <translation>Terminé : {job}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/jobs_view.py" line="210"/>
        <source>%n chunk(s) could not be done; they are marked in the file.</source>
        <translation>
            <numerusform>%n fragment n&apos;a pas pu être traité ; il est marqué dans le fichier.</numerusform>
            <numerusform>%n fragments n&apos;ont pas pu être traités ; ils sont marqués dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="213"/>
        <source>Failed: {job}. {error}</source>
        <translation>Échec : {job}. {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="216"/>
        <source>Open the result</source>
        <translation>Ouvrir le résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="251"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="318"/>
        <source>Resuming</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="318"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="319"/>
        <source>{verb}: {job}.</source>
        <translation>{verb} : {job}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="55"/>
        <source>Talk with a model (Ctrl+1)</source>
        <translation>Parler avec un modèle (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Find, download and manage models (Ctrl+2)</source>
        <translation>Trouver, télécharger et gérer des modèles (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>Your document collections (Ctrl+3)</source>
        <translation>Vos collections de documents (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Downloads, indexing and file jobs (Ctrl+4)</source>
        <translation>Téléchargements, indexation et tâches de fichiers (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="142"/>
        <source>Speed of the last reply</source>
        <translation>Vitesse de la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Tokens per second, time to the first token, and where the model runs</source>
        <translation>Jetons par seconde, délai du premier jeton et où tourne le modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>Background jobs</source>
        <translation>Tâches en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>Downloads, indexing and file jobs: click for the Jobs page</source>
        <translation>Téléchargements, indexation et tâches de fichiers : cliquez pour la page Tâches</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="161"/>
        <source>&amp;New conversation</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>&amp;Copy conversation</source>
        <translation>&amp;Copier la conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>S&amp;ummarize a file…</source>
        <translation>&amp;Résumer un fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>&amp;Translate a file…</source>
        <translation>&amp;Traduire un fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>&amp;Find in conversations</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="181"/>
        <source>Regenerate the last reply</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="183"/>
        <source>System prompt…</source>
        <translation>Prompt système…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190"/>
        <source>&amp;About Hearth</source>
        <translation>À &amp;propos de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="261"/>
        <source>{page} is not available in this build ({error}).</source>
        <translation>{page} n&apos;est pas disponible dans cette version ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264"/>
        <source>{page} could not open: {error}</source>
        <translation>{page} n&apos;a pas pu s&apos;ouvrir : {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="297"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="300"/>
        <source>Jobs: {counts}</source>
        <translation>Tâches : {counts}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="300"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>Continuing %n job(s) that stopped when Hearth closed.</source>
        <translation>
            <numerusform>Reprise de %n tâche arrêtée à la fermeture de Hearth.</numerusform>
            <numerusform>Reprise de %n tâches arrêtées à la fermeture de Hearth.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351"/>
        <source>Conversation deleted.</source>
        <translation>Conversation supprimée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="368"/>
        <source>Hearth answered</source>
        <translation>Hearth a répondu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="395"/>
        <source>&lt;h3&gt;Hearth&lt;/h3&gt;&lt;p&gt;A private AI assistant. Models run on this computer; data lives in &lt;code&gt;{home}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Unexpected errors are written, with what led to them, to &lt;code&gt;{log}&lt;/code&gt;: attach it to a report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hearth&lt;/h3&gt;&lt;p&gt;Un assistant IA privé. Les modèles tournent sur cet ordinateur ; les données sont dans &lt;code&gt;{home}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Les erreurs inattendues sont écrites, avec ce qui y a mené, dans &lt;code&gt;{log}&lt;/code&gt; : joignez-le à un signalement.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="402"/>
        <source>About Hearth</source>
        <translation>À propos de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="512"/>
        <source>Hearth cannot start</source>
        <translation>Hearth ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <location filename="../../app/ui/markdown_render.py" line="76"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="39"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="40"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="41"/>
        <source>writing…</source>
        <translation>rédaction…</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="47"/>
        <source>{count} tokens</source>
        <translation>{count} jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="49"/>
        <source>{speed:.1f} tok/s</source>
        <translation>{speed:.1f} jetons/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="51"/>
        <source>first token {ttft:.2f} s</source>
        <translation>premier jeton {ttft:.2f} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="201"/>
        <source>{action} message</source>
        <translation>{action} le message</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="213"/>
        <source>failed: {error}</source>
        <translation>échec : {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="238"/>
        <source>whole</source>
        <translation>entier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="239"/>
        <source>indexed, cited</source>
        <translation>indexé, cité</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="243"/>
        <source>attached: {files}</source>
        <translation>joint : {files}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="327"/>
        <source>Message copied.</source>
        <translation>Message copié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="334"/>
        <source>Code copied.</source>
        <translation>Code copié.</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="351"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="393"/>
        <source>Ask something</source>
        <translation>Poser une question</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="394"/>
        <source>Type a first question (an example is filled in)</source>
        <translation>Tapez une première question (un exemple est proposé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="395"/>
        <source>Add your documents</source>
        <translation>Ajouter vos documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="396"/>
        <source>Make a collection and ask about it</source>
        <translation>Créer une collection et l&apos;interroger</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="397"/>
        <source>Get a bigger model</source>
        <translation>Obtenir un modèle plus grand</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="398"/>
        <source>Download a stronger model for this machine</source>
        <translation>Télécharger un modèle plus puissant pour cet ordinateur</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="149"/>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="150"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="150"/>
        <source>Tool result</source>
        <translation>Résultat d&apos;outil</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="156"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="156"/>
        <source>Copy this message as Markdown</source>
        <translation>Copier ce message en Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="158"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="159"/>
        <source>Edit this message; a new version of it continues the conversation</source>
        <translation>Modifier ce message ; sa nouvelle version poursuit la conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="226"/>
        <source>Tool {name} ({server}) {args}: {status}</source>
        <translation>Outil {name} ({server}) {args} : {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="229"/>
        <source>Show the tool&apos;s result</source>
        <translation>Afficher le résultat de l&apos;outil</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="232"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="256"/>
        <source>*Called {names}.*</source>
        <translation>*A appelé {names}.*</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="270"/>
        <location filename="../../app/ui/message_list.py" line="271"/>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="274"/>
        <location filename="../../app/ui/message_list.py" line="275"/>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="282"/>
        <source>Version %1 of %2</source>
        <translation>Version %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="309"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="310"/>
        <source>Write this reply again (a new version)</source>
        <translation>Réécrire cette réponse (nouvelle version)</translation>
    </message>
</context>
<context>
    <name>ModelDialogs</name>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="25"/>
        <source>global setting</source>
        <translation>réglage global</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="124"/>
        <source>Hub token</source>
        <translation>Jeton du Hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="125"/>
        <source>Paste a read token from your Hugging Face account (Settings &gt; Access Tokens).
It is stored on this computer, readable by you only, and sent only to the hub.</source>
        <translation>Collez un jeton de lecture de votre compte Hugging Face (Settings &gt; Access Tokens).
Il est stocké sur cet ordinateur, lisible par vous seul, et n&apos;est envoyé qu&apos;au Hub.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="135"/>
        <source>Import model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="136"/>
        <source>Import {what}?</source>
        <translation>Importer {what} ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="137"/>
        <source>Copy puts a copy in Hearth&apos;s models folder. Link uses the file where it is (do not move or delete it).</source>
        <translation>Copier en place une copie dans le dossier des modèles de Hearth. Lier utilise le fichier là où il est (ne le déplacez pas, ne le supprimez pas).</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="140"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="141"/>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
</context>
<context>
    <name>ModelDownloads</name>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="55"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="56"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="57"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="59"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="60"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="61"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="62"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="63"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="148"/>
        <source>installed as {model}</source>
        <translation>installé comme {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_downloads.py" line="154"/>
        <source>{size} kept; Continue resumes</source>
        <translation>{size} conservés ; Continuer reprend</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../app/ui/model_picker.py" line="22"/>
        <source>on {server}</source>
        <translation>sur {server}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="39"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="40"/>
        <source>The model that answers in this conversation</source>
        <translation>Le modèle qui répond dans cette conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="54"/>
        <source>remote</source>
        <translation>distant</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="59"/>
        <source>unusable</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="60"/>
        <source>Cannot be used: {error}</source>
        <translation>Inutilisable : {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="67"/>
        <source>runs on: {device}</source>
        <translation>tourne sur : {device}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="34"/>
        <source>Settings for {model}</source>
        <translation>Paramètres de {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="37"/>
        <source>Context length (tokens)</source>
        <translation>Longueur de contexte (jetons)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="43"/>
        <source>Layers to put on the GPU: a number, &apos;auto&apos;, or 0 for CPU only.</source>
        <translation>Couches à placer sur le GPU : un nombre, &apos;auto&apos;, ou 0 pour le CPU seul.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="45"/>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="47"/>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="56"/>
        <source>Top-k (0 = off)</source>
        <translation>Top-k (0 = désactivé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="59"/>
        <source>Longest reply (tokens)</source>
        <translation>Réponse la plus longue (jetons)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="61"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="61"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="66"/>
        <source>Reasoning models (Qwen3 …) think before they answer; &apos;off&apos; asks templates that read enable_thinking to skip it.</source>
        <translation>Les modèles de raisonnement (Qwen3 …) réfléchissent avant de répondre ; « désactivé » demande aux modèles de conversation qui lisent enable_thinking de s&apos;en passer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="69"/>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="71"/>
        <source>(global) {prompt}</source>
        <translation>(global) {prompt}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_dialogs.py" line="74"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <location filename="../../app/ui/model_widgets.py" line="38"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_widgets.py" line="43"/>
        <source>{eta:.0f} s left</source>
        <translation>{eta:.0f} s restantes</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <location filename="../../app/ui/models_view.py" line="58"/>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="59"/>
        <location filename="../../app/ui/models_view.py" line="92"/>
        <location filename="../../app/ui/models_view.py" line="181"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="60"/>
        <source>Installed</source>
        <translation>Installés</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="76"/>
        <source>Search the hub for GGUF models, e.g. llama 3.2</source>
        <translation>Chercher des modèles GGUF sur le Hub, p. ex. llama 3.2</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="80"/>
        <source>downloads</source>
        <translation>téléchargements</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="80"/>
        <source>likes</source>
        <translation>mentions j&apos;aime</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="81"/>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="83"/>
        <source>Sort results by</source>
        <translation>Trier les résultats par</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="84"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="90"/>
        <source>Recommended models for this machine. Search to find more.</source>
        <translation>Modèles recommandés pour cette machine. Cherchez pour en trouver d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="92"/>
        <location filename="../../app/ui/models_view.py" line="181"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="92"/>
        <location filename="../../app/ui/models_view.py" line="182"/>
        <source>Likes</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="93"/>
        <location filename="../../app/ui/models_view.py" line="182"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="93"/>
        <location filename="../../app/ui/models_view.py" line="96"/>
        <location filename="../../app/ui/models_view.py" line="149"/>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="95"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="95"/>
        <source>Quant</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="95"/>
        <location filename="../../app/ui/models_view.py" line="147"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="98"/>
        <source>Pick a model to see its files.</source>
        <translation>Choisissez un modèle pour voir ses fichiers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="100"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="105"/>
        <source>Hub token…</source>
        <translation>Jeton du Hub…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="106"/>
        <source>For gated or private repos</source>
        <translation>Pour les dépôts restreints ou privés</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="147"/>
        <source>Recommended model</source>
        <translation>Modèle recommandé</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="148"/>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="148"/>
        <source>Params</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="162"/>
        <source>estimated from the usual file size</source>
        <translation>estimé d&apos;après la taille habituelle du fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="170"/>
        <source>Searching the hub for “{query}”…</source>
        <translation>Recherche de « {query} » sur le Hub…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models_view.py" line="183"/>
        <source>%n GGUF repo(s) found.</source>
        <translation>
            <numerusform>%n dépôt GGUF trouvé.</numerusform>
            <numerusform>%n dépôts GGUF trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="184"/>
        <source>No GGUF repos match. Try other words.</source>
        <translation>Aucun dépôt GGUF ne correspond. Essayez d&apos;autres mots.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="192"/>
        <source>gated</source>
        <translation>restreint</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="205"/>
        <source>Listing the files of {repo}…</source>
        <translation>Liste des fichiers de {repo}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="220"/>
        <source>({n} parts)</source>
        <translation>({n} parties)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="222"/>
        <source>{size} saved</source>
        <translation>{size} enregistrés</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="224"/>
        <source>vision projector</source>
        <translation>projecteur de vision</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="229"/>
        <source>needs about {size} with a {n_ctx}-token context</source>
        <translation>demande environ {size} avec un contexte de {n_ctx} jetons</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models_view.py" line="235"/>
        <source>{repo}: %n GGUF file(s).</source>
        <translation>
            <numerusform>{repo} : %n fichier GGUF.</numerusform>
            <numerusform>{repo} : %n fichiers GGUF.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="238"/>
        <source>{file} is the largest that fits this machine.</source>
        <translation>{file} est le plus gros qui tient sur cette machine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="241"/>
        <source>This repo is gated: set your hub token to download.</source>
        <translation>Ce dépôt est restreint : définissez votre jeton du Hub pour télécharger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="257"/>
        <source>Hub token</source>
        <translation>Jeton du Hub</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_view.py" line="259"/>
        <source>Hub token saved.</source>
        <translation>Jeton du Hub enregistré.</translation>
    </message>
</context>
<context>
    <name>RecommendedNotes</name>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="10"/>
        <source>tiny and quick; thinks before answering (can be switched off)</source>
        <translation>minuscule et rapide ; réfléchit avant de répondre (désactivable)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="12"/>
        <source>small, multilingual, runs on any laptop</source>
        <translation>petit, multilingue, tourne sur n&apos;importe quel portable</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="13"/>
        <source>small reasoning model; good at Chinese and English</source>
        <translation>petit modèle de raisonnement ; bon en chinois et en anglais</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="14"/>
        <source>the bundled model&apos;s current big sibling; long context</source>
        <translation>le grand frère actuel du modèle fourni ; long contexte</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="15"/>
        <source>strong at reasoning and code for its size</source>
        <translation>fort en raisonnement et en code pour sa taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="16"/>
        <source>good all-rounder for laptops; thinks first</source>
        <translation>bon modèle polyvalent pour portables ; réfléchit d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="17"/>
        <source>clear writer in many languages</source>
        <translation>écrit clairement dans de nombreuses langues</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="18"/>
        <source>strong general model; wants 8 GB of free memory</source>
        <translation>modèle général solide ; demande 8 Go de mémoire libre</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="19"/>
        <source>better answers; wants a GPU or 16 GB</source>
        <translation>meilleures réponses ; demande un GPU ou 16 Go</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="20"/>
        <source>OpenAI&apos;s open model; fast for its size on 16 GB</source>
        <translation>le modèle ouvert d&apos;OpenAI ; rapide pour sa taille sur 16 Go</translation>
    </message>
    <message>
        <location filename="../../app/ui/recommended_notes.py" line="21"/>
        <source>best answers here; wants a 16 GB GPU</source>
        <translation>les meilleures réponses ici ; demande un GPU de 16 Go</translation>
    </message>
</context>
<context>
    <name>RemoteServerDialog</name>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="20"/>
        <source>Add a model server</source>
        <translation>Ajouter un serveur de modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="23"/>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="26"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="29"/>
        <source>only if the server asks for one</source>
        <translation>seulement si le serveur en demande une</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="30"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="32"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="33"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="34"/>
        <source>API &amp;key</source>
        <translation>&amp;Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../../app/ui/remote_dialog.py" line="39"/>
        <source>An OpenAI-compatible server such as vLLM (`vllm serve MODEL`) or llama.cpp&apos;s `llama-server`. Hearth asks it for its models now; the key is stored readable by you only.</source>
        <translation>Un serveur compatible OpenAI comme vLLM (`vllm serve MODEL`) ou `llama-server` de llama.cpp. Hearth lui demande ses modèles maintenant ; la clé est stockée lisible par vous seul.</translation>
    </message>
</context>
<context>
    <name>ResultViewer</name>
    <message>
        <location filename="../../app/ui/jobs_view.py" line="75"/>
        <source>Open in another app</source>
        <translation>Ouvrir dans une autre application</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../../app/ui/server_panel.py" line="88"/>
        <source>Programs connect to http://127.0.0.1:PORT/v1</source>
        <translation>Les programmes se connectent à http://127.0.0.1:PORT/v1</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="89"/>
        <source>Let other computers connect (needs a key)</source>
        <translation>Autoriser d&apos;autres ordinateurs (clé requise)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="94"/>
        <source>no key (this computer only)</source>
        <translation>pas de clé (cet ordinateur seulement)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="95"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="96"/>
        <location filename="../../app/ui/server_panel.py" line="168"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="102"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="103"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="109"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="111"/>
        <source>API &amp;key</source>
        <translation>&amp;Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="112"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="113"/>
        <source>Other programs (editors, scripts, agents) can use Hearth&apos;s models through the OpenAI API, as with `hearth serve`. The server keeps running when this dialog closes, and stops with Hearth.</source>
        <translation>D&apos;autres programmes (éditeurs, scripts, agents) peuvent utiliser les modèles de Hearth par l&apos;API OpenAI, comme avec `hearth serve`. Le serveur continue quand cette fenêtre se ferme, et s&apos;arrête avec Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="159"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="168"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="176"/>
        <source>Running on {address}; requests need the key.</source>
        <translation>En service sur {address} ; les requêtes exigent la clé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="178"/>
        <source>Running on {address}.</source>
        <translation>En service sur {address}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_panel.py" line="181"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="76"/>
        <source>Hearth settings</source>
        <translation>Paramètres de Hearth</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <location filename="../../app/ui/settings_dialog.py" line="91"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="87"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="89"/>
        <source>System follows the desktop&apos;s colours</source>
        <translation>Système suit les couleurs du bureau</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="94"/>
        <source>The window&apos;s language (takes effect at the next start); System follows the desktop&apos;s language</source>
        <translation>La langue de la fenêtre (au prochain démarrage) ; Système suit la langue du bureau</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="96"/>
        <source>Text size in points</source>
        <translation>Taille du texte en points</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="98"/>
        <source>The model new conversations use</source>
        <translation>Le modèle des nouvelles conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="99"/>
        <source>CPU threads for the model; Auto uses every core while they are free and fewer while indexing or other programs keep them busy</source>
        <translation>Threads CPU du modèle ; Auto utilise tous les cœurs quand ils sont libres, et moins pendant l’indexation ou quand d’autres programmes les occupent</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="101"/>
        <location filename="../../app/ui/settings_dialog.py" line="155"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="102"/>
        <source>Read my message while I type</source>
        <translation>Lire mon message pendant que je tape</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="103"/>
        <source>The model reads the conversation and your draft while you type, so the reply starts sooner after Enter (it uses the CPU while you type)</source>
        <translation>Le modèle lit la conversation et votre brouillon pendant que vous tapez : la réponse commence plus tôt après Entrée (le processeur travaille pendant la saisie)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="107"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="108"/>
        <source>Offload as many layers as fit in free GPU memory</source>
        <translation>Décharger autant de couches que la mémoire GPU libre le permet</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="109"/>
        <source>Layers to run on the GPU (0 = CPU only)</source>
        <translation>Couches à exécuter sur le GPU (0 = CPU seul)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="110"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="115"/>
        <source>Context window in tokens: how much of the conversation the model sees (more uses more memory)</source>
        <translation>Fenêtre de contexte en jetons : la part de la conversation que voit le modèle (plus grand = plus de mémoire)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="117"/>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>Plus haut = plus varié ; 0 choisit toujours le mot le plus probable</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="119"/>
        <source>Nucleus sampling: keep the likeliest words covering this probability</source>
        <translation>Échantillonnage par noyau : garder les mots les plus probables couvrant cette probabilité</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="121"/>
        <source>Keep only this many likeliest words (0 = off)</source>
        <translation>Ne garder que ce nombre de mots les plus probables (0 = désactivé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="122"/>
        <source>Drop words less likely than this fraction of the likeliest</source>
        <translation>Écarter les mots moins probables que cette fraction du plus probable</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="124"/>
        <source>Discourage repeating recent words (1 = off)</source>
        <translation>Décourager la répétition des mots récents (1 = désactivé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="126"/>
        <source>Longest reply, in tokens</source>
        <translation>Réponse la plus longue, en jetons</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="128"/>
        <source>The instructions new conversations start with</source>
        <translation>Les instructions de départ des nouvelles conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="129"/>
        <location filename="../../app/ui/settings_dialog.py" line="211"/>
        <source>Default system prompt</source>
        <translation>Prompt système par défaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="133"/>
        <source>Embedding model for new collections</source>
        <translation>Modèle d&apos;embeddings des nouvelles collections</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>all-minilm-l6-v2 (English, bundled)</source>
        <translation>all-minilm-l6-v2 (anglais, fourni)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="137"/>
        <source>The model new collections use (each collection can change its own on the Documents page): a bundled one, one downloaded from the hub, or a sentence-transformers model folder.</source>
        <translation>Le modèle des nouvelles collections (chacune peut changer le sien sur la page Documents) : un modèle fourni, un modèle téléchargé du Hub ou un dossier de modèle sentence-transformers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="141"/>
        <source>Read scanned pages and images (OCR)</source>
        <translation>Lire les pages scannées et les images (OCR)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="142"/>
        <source>PDF pages without text, PNG, JPEG and TIFF files are read with OCR (Chinese and English) while indexing, summarizing and translating; slower, about 10 s a page on two cores</source>
        <translation>Les pages PDF sans texte et les fichiers PNG, JPEG et TIFF sont lus par OCR (chinois et anglais) pendant l&apos;indexation, le résumé et la traduction ; plus lent, environ 10 s par page sur deux cœurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="145"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="150"/>
        <source>Larger files are skipped, with the reason shown on the Documents page</source>
        <translation>Les fichiers plus gros sont ignorés, avec la raison affichée sur la page Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="153"/>
        <source>CPU threads for embedding while indexing; fewer keeps the rest of the computer responsive</source>
        <translation>Threads CPU pour les embeddings pendant l&apos;indexation ; moins garde le reste de l&apos;ordinateur réactif</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="156"/>
        <source>How close a passage must be to the question to count (0 to 1); below it, &apos;documents only&apos; answers that the documents do not say</source>
        <translation>À quel point un passage doit être proche de la question pour compter (0 à 1) ; en dessous, « documents seulement » répond que les documents ne le disent pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="159"/>
        <source>How often watched folders are checked for changed files</source>
        <translation>Fréquence de vérification des dossiers surveillés</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="161"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="166"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="167"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="168"/>
        <source>&amp;Font size</source>
        <translation>Taille de &amp;police</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="170"/>
        <source>Default &amp;model</source>
        <translation>&amp;Modèle par défaut</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="171"/>
        <source>CPU &amp;threads</source>
        <translation>&amp;Threads CPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="172"/>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="173"/>
        <source>&amp;Context length</source>
        <translation>Longueur de &amp;contexte</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="176"/>
        <source>T&amp;emperature</source>
        <translation>T&amp;empérature</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="177"/>
        <source>Top-&amp;p</source>
        <translation>Top-&amp;p</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="178"/>
        <source>Top-&amp;k</source>
        <translation>Top-&amp;k</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="179"/>
        <source>M&amp;in-p</source>
        <translation>M&amp;in-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="180"/>
        <source>&amp;Repeat penalty</source>
        <translation>Pénalité de &amp;répétition</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="181"/>
        <source>Ma&amp;x tokens</source>
        <translation>Jetons ma&amp;x</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="183"/>
        <source>Conversations, settings, downloaded models and indexes</source>
        <translation>Conversations, paramètres, modèles téléchargés et index</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="186"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="187"/>
        <source>Show the data folder in the file manager</source>
        <translation>Afficher le dossier de données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="188"/>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="202"/>
        <source>Embedding model
(new collections)</source>
        <translation>Modèle d&apos;embeddings
(nouvelles collections)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="204"/>
        <source>Largest &amp;file</source>
        <translation>&amp;Fichier le plus gros</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="205"/>
        <source>&amp;Indexing threads</source>
        <translation>Threads d&apos;&amp;indexation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="206"/>
        <source>&amp;Relevance threshold</source>
        <translation>Seuil de &amp;pertinence</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="207"/>
        <source>&amp;Watch folders every</source>
        <translation>&amp;Surveiller les dossiers toutes les</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="209"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="209"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="213"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="216"/>
        <location filename="../../app/ui/settings_dialog.py" line="227"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="217"/>
        <source>Changes apply to the next indexing or question; a new watch interval applies from the next start of Hearth.</source>
        <translation>Les changements s&apos;appliquent à la prochaine indexation ou question ; un nouvel intervalle de surveillance s&apos;applique au prochain démarrage de Hearth.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="223"/>
        <location filename="../../app/ui/settings_dialog.py" line="226"/>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="226"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="232"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="234"/>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="248"/>
        <source>Embedding model folder</source>
        <translation>Dossier du modèle d&apos;embeddings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="254"/>
        <source>Bundled starter model</source>
        <translation>Modèle de départ fourni</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="27"/>
        <source>queued</source>
        <translation>en file</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="28"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="29"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="30"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="31"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="32"/>
        <source>resuming</source>
        <translation>reprise</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="33"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="34"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="35"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="36"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="37"/>
        <source>indexed</source>
        <translation>indexé</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="38"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="39"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="40"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
</context>
<context>
    <name>ThoughtBlock</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="95"/>
        <source>Show the model&apos;s reasoning</source>
        <translation>Afficher le raisonnement du modèle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_list.py" line="118"/>
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>Réflexion… %n s</numerusform>
            <numerusform>Réflexion… %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_list.py" line="121"/>
        <source>Thought for %n s</source>
        <translation>
            <numerusform>A réfléchi %n s</numerusform>
            <numerusform>A réfléchi %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolApprovalDialog</name>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="32"/>
        <source>Allow a tool call?</source>
        <translation>Autoriser un appel d&apos;outil ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="34"/>
        <source>The model wants to call the tool &lt;b&gt;{tool}&lt;/b&gt; of the MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>Le modèle veut appeler l&apos;outil &lt;b&gt;{tool}&lt;/b&gt; du serveur MCP &lt;b&gt;{server}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="43"/>
        <source>Arguments of the tool call</source>
        <translation>Arguments de l&apos;appel d&apos;outil</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="46"/>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="47"/>
        <source>Always allow {tool}</source>
        <translation>Toujours autoriser {tool}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="48"/>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../app/ui/tool_approval.py" line="61"/>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="34"/>
        <source>Models may call these tools. Built-in ones run at once; a tool of an MCP server runs only after you allow it. Servers are configured in {file} (see the README&apos;s Tools section).</source>
        <translation>Les modèles peuvent appeler ces outils. Les outils intégrés s&apos;exécutent aussitôt ; un outil d&apos;un serveur MCP seulement après votre accord. Les serveurs se configurent dans {file} (voir la section Tools du README).</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="43"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="43"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="44"/>
        <source>Tools by server, with on/off switches</source>
        <translation>Outils par serveur, avec interrupteurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="48"/>
        <source>Reload servers</source>
        <translation>Recharger les serveurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="71"/>
        <source>Starting the servers to list their tools…</source>
        <translation>Démarrage des serveurs pour lister leurs outils…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tools_panel.py" line="101"/>
        <source>(not started)</source>
        <translation>(non démarré)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tools_panel.py" line="108"/>
        <source>%n MCP server(s) configured.</source>
        <translation>
            <numerusform>%n serveur MCP configuré.</numerusform>
            <numerusform>%n serveurs MCP configurés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../app/ui/workers.py" line="44"/>
        <source>Unexpected error: {error}. Please report it with the log in {log}.</source>
        <translation>Erreur inattendue : {error}. Merci de la signaler avec le journal {log}.</translation>
    </message>
</context>
</TS>
