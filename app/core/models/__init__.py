"""Models: GGUF metadata, the catalog of installed models, the hub and downloads."""
