"""Hearth's core: everything below here runs without Qt (a test enforces it)."""
