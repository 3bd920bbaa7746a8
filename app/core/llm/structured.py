"""Structured output: OpenAI's `response_format`, checked once for every backend. A
local model gets it as a llama.cpp grammar (the engine builds it), so its reply can
only be JSON, or JSON of the given schema; a remote server is sent it as it came."""

from __future__ import annotations

from typing import Any

KINDS = ("text", "json_object", "json_schema")


def check(response_format: dict[str, Any] | None) -> dict[str, Any] | None:
    """The request's `response_format` as the backends take it: None for plain text,
    else {"type": "json_object"} or {"type": "json_schema", "json_schema": {..., "schema":
    {...}}}. Raises ValueError naming what is wrong (the API answers 400)."""
    if response_format is None:
        return None
    if not isinstance(response_format, dict):
        raise ValueError("response_format must be an object such as {\"type\": \"json_object\"}")
    kind = response_format.get("type")
    if kind not in KINDS:
        raise ValueError(f"response_format type {kind!r} is not supported (use "
                         + ", ".join(KINDS) + ")")
    if kind == "text":
        return None
    if kind == "json_object":
        return {"type": "json_object"}
    spec = response_format.get("json_schema")
    if not isinstance(spec, dict) or not isinstance(spec.get("schema"), dict):
        raise ValueError("response_format json_schema needs {\"json_schema\": {\"name\": ..., "
                         "\"schema\": {...}}}")
    return {"type": "json_schema", "json_schema": spec}


def schema_of(response_format: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON schema a checked format asks for (None: any JSON object)."""
    if response_format["type"] == "json_schema":
        return response_format["json_schema"]["schema"]
    return None
