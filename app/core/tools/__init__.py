"""Tools a model may call: built-in ones (documents, date and time, calculator) and
those of MCP servers, each MCP call approved by the user first."""
