<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContextMeter</name>
    <message numerus="yes">
        <source>%n older turn(s) no longer fit the {n_ctx}-token window and are left out of the prompt.</source>
        <translation>
            <numerusform>%n older turn no longer fits the {n_ctx}-token window and is left out of the prompt.</numerusform>
            <numerusform>%n older turns no longer fit the {n_ctx}-token window and are left out of the prompt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstalledPanel</name>
    <message numerus="yes">
        <source>Added {name} ({url}): %n model(s).</source>
        <translation>
            <numerusform>Added {name} ({url}): %n model.</numerusform>
            <numerusform>Added {name} ({url}): %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsView</name>
    <message numerus="yes">
        <source>%n chunk(s) could not be done; they are marked in the file.</source>
        <translation>
            <numerusform>%n chunk could not be done; it is marked in the file.</numerusform>
            <numerusform>%n chunks could not be done; they are marked in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuing %n job(s) that stopped when Hearth closed.</source>
        <translation>
            <numerusform>Continuing %n job that stopped when Hearth closed.</numerusform>
            <numerusform>Continuing %n jobs that stopped when Hearth closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message numerus="yes">
        <source>%n GGUF repo(s) found.</source>
        <translation>
            <numerusform>%n GGUF repo found.</numerusform>
            <numerusform>%n GGUF repos found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{repo}: %n GGUF file(s).</source>
        <translation>
            <numerusform>{repo}: %n GGUF file.</numerusform>
            <numerusform>{repo}: %n GGUF files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThoughtBlock</name>
    <message numerus="yes">
        <source>Thinking… %n s</source>
        <translation>
            <numerusform>Thinking… %n s</numerusform>
            <numerusform>Thinking… %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Thought for %n s</numerusform>
            <numerusform>Thought for %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message numerus="yes">
        <source>%n MCP server(s) configured.</source>
        <translation>
            <numerusform>%n MCP server configured.</numerusform>
            <numerusform>%n MCP servers configured.</numerusform>
        </translation>
    </message>
</context>
</TS>
