"""One module per job kind: how it is registered, described and submitted."""
