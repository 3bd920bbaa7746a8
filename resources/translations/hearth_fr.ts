<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>&amp;New conversation</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="160"/>
        <source>&amp;Copy conversation</source>
        <translation>&amp;Copier la conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>S&amp;ummarize a file…</source>
        <translation>&amp;Résumer un fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="165"/>
        <source>&amp;Translate a file…</source>
        <translation>&amp;Traduire un fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="171"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="175"/>
        <source>&amp;Find in conversations</source>
        <translation>&amp;Rechercher dans les conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177"/>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="178"/>
        <source>Regenerate the last reply</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="180"/>
        <source>System prompt…</source>
        <translation>Prompt système…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="187"/>
        <source>&amp;About Hearth</source>
        <translation>À &amp;propos de Hearth</translation>
    </message>
</context>
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
        <location filename="../../app/ui/chat_view.py" line="46"/>
        <source>&lt;h3&gt;Ask anything&lt;/h3&gt;&lt;p&gt;Hearth runs the model on this computer: nothing you type leaves it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Demandez ce que vous voulez&lt;/h3&gt;&lt;p&gt;Hearth fait tourner le modèle sur cet ordinateur : rien de ce que vous tapez n&apos;en sort.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="48"/>
        <source>&lt;h3&gt;No model is installed&lt;/h3&gt;&lt;p&gt;Open &lt;b&gt;Models&lt;/b&gt; to download one, or run the set-up (&lt;code&gt;python3 bootstrap.py&lt;/code&gt;) to place the bundled starter model.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun modèle n&apos;est installé&lt;/h3&gt;&lt;p&gt;Ouvrez &lt;b&gt;Modèles&lt;/b&gt; pour en télécharger un, ou lancez l&apos;installation (&lt;code&gt;python3 bootstrap.py&lt;/code&gt;) pour placer le modèle de départ fourni.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="91"/>
        <source>System prompt…</source>
        <translation>Prompt système…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_view.py" line="93"/>
        <source>The instructions the model follows in this conversation</source>
        <translation>Les instructions que suit le modèle dans cette conversation</translation>
    </message>
</context>
<context>
    <name>CitationsPanel</name>
    <message>
        <location filename="../../app/ui/citations.py" line="88"/>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/composer.py" line="76"/>
        <source>Ask anything…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Demandez ce que vous voulez…  (Entrée envoie, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="77"/>
        <source>Message to send</source>
        <translation>Message à envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="79"/>
        <source>Type your message. Enter sends it, Shift+Enter starts a new line.</source>
        <translation>Tapez votre message. Entrée l&apos;envoie, Maj+Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="82"/>
        <location filename="../../app/ui/composer.py" line="84"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="83"/>
        <source>Send the message (Enter)</source>
        <translation>Envoyer le message (Entrée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="87"/>
        <location filename="../../app/ui/composer.py" line="90"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="89"/>
        <source>Stop the reply (Esc); what was written so far is kept</source>
        <translation>Arrêter la réponse (Échap) ; ce qui est déjà écrit est gardé</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="93"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="94"/>
        <source>Write the last reply again</source>
        <translation>Réécrire la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="95"/>
        <source>Regenerate last reply</source>
        <translation>Régénérer la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="102"/>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="106"/>
        <source>Attach files to the next message (or drop them here)</source>
        <translation>Joindre des fichiers au prochain message (ou les déposer ici)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="107"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="115"/>
        <source>Remove the attached files</source>
        <translation>Retirer les fichiers joints</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="116"/>
        <source>Remove attached files</source>
        <translation>Retirer les pièces jointes</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="139"/>
        <source>Attach files to the next message</source>
        <translation>Joindre des fichiers au prochain message</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="147"/>
        <source>Attached: %1</source>
        <translation>Joint : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer.py" line="167"/>
        <source>Editing an earlier message: sending it continues the conversation from there (Esc cancels).</source>
        <translation>Modification d&apos;un message précédent : l&apos;envoyer reprend la conversation à partir de là (Échap annule).</translation>
    </message>
</context>
<context>
    <name>ContextMeter</name>
    <message>
        <location filename="../../app/ui/context_meter.py" line="55"/>
        <source>Context window use</source>
        <translation>Utilisation de la fenêtre de contexte</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="57"/>
        <location filename="../../app/ui/context_meter.py" line="70"/>
        <source>context: -</source>
        <translation>contexte : -</translation>
    </message>
    <message>
        <location filename="../../app/ui/context_meter.py" line="64"/>
        <source>How much of the model&apos;s context window this conversation uses. Send a message to measure it.</source>
        <translation>La part de la fenêtre de contexte du modèle qu&apos;utilise cette conversation. Envoyez un message pour la mesurer.</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="59"/>
        <location filename="../../app/ui/sidebar.py" line="61"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="60"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="64"/>
        <source>Search all conversations (Ctrl+F)</source>
        <translation>Rechercher dans toutes les conversations (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="65"/>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="66"/>
        <source>Full-text search across every message</source>
        <translation>Recherche plein texte dans tous les messages</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="71"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="81"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="86"/>
        <source>No messages match.</source>
        <translation>Aucun message ne correspond.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="52"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="53"/>
        <source>Talk with a model (Ctrl+1)</source>
        <translation>Parler avec un modèle (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="55"/>
        <source>Find, download and manage models (Ctrl+2)</source>
        <translation>Trouver, télécharger et gérer des modèles (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Your document collections (Ctrl+3)</source>
        <translation>Vos collections de documents (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>Downloads, indexing and file jobs (Ctrl+4)</source>
        <translation>Téléchargements, indexation et tâches de fichiers (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="136"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="139"/>
        <source>Speed of the last reply</source>
        <translation>Vitesse de la dernière réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="140"/>
        <source>Tokens per second, time to the first token, and where the model runs</source>
        <translation>Jetons par seconde, délai du premier jeton et où tourne le modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>Background jobs</source>
        <translation>Tâches en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>Downloads, indexing and file jobs: click for the Jobs page</source>
        <translation>Téléchargements, indexation et tâches de fichiers : cliquez pour la page Tâches</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="157"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="174"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="182"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="345"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="387"/>
        <source>Ask something</source>
        <translation>Poser une question</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="388"/>
        <source>Type a first question (an example is filled in)</source>
        <translation>Tapez une première question (un exemple est proposé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="389"/>
        <source>Add your documents</source>
        <translation>Ajouter vos documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="390"/>
        <source>Make a collection and ask about it</source>
        <translation>Créer une collection et l&apos;interroger</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="391"/>
        <source>Get a bigger model</source>
        <translation>Obtenir un modèle plus grand</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="392"/>
        <source>Download a stronger model for this machine</source>
        <translation>Télécharger un modèle plus puissant pour cet ordinateur</translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="146"/>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="147"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="147"/>
        <source>Tool result</source>
        <translation>Résultat d&apos;outil</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="153"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="153"/>
        <source>Copy this message as Markdown</source>
        <translation>Copier ce message en Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="155"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="156"/>
        <source>Edit this message; a new version of it continues the conversation</source>
        <translation>Modifier ce message ; sa nouvelle version poursuit la conversation</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="222"/>
        <source>Tool {name} ({server}) {args}: {status}</source>
        <translation>Outil {name} ({server}) {args} : {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="225"/>
        <source>Show the tool&apos;s result</source>
        <translation>Afficher le résultat de l&apos;outil</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="228"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="250"/>
        <source>*Called {names}.*</source>
        <translation>*A appelé {names}.*</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="264"/>
        <location filename="../../app/ui/message_list.py" line="265"/>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="268"/>
        <location filename="../../app/ui/message_list.py" line="269"/>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="276"/>
        <source>Version %1 of %2</source>
        <translation>Version %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="303"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../../app/ui/message_list.py" line="304"/>
        <source>Write this reply again (a new version)</source>
        <translation>Réécrire cette réponse (nouvelle version)</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../app/ui/model_picker.py" line="38"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_picker.py" line="39"/>
        <source>The model that answers in this conversation</source>
        <translation>Le modèle qui répond dans cette conversation</translation>
    </message>
</context>
<context>
    <name>ThoughtBlock</name>
    <message>
        <location filename="../../app/ui/message_list.py" line="92"/>
        <source>Show the model&apos;s reasoning</source>
        <translation>Afficher le raisonnement du modèle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_list.py" line="115"/>
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>Réflexion… %n s</numerusform>
            <numerusform>Réflexion… %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/message_list.py" line="118"/>
        <source>Thought for %n s</source>
        <translation>
            <numerusform>A réfléchi %n s</numerusform>
            <numerusform>A réfléchi %n s</numerusform>
        </translation>
    </message>
</context>
</TS>
