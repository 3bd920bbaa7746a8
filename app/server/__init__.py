"""`hearth serve`: the OpenAI-compatible API over Core (no Qt)."""
