"""User-facing tasks built from the core parts: chat, summarize, translate."""
