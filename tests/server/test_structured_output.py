"""`response_format` through `hearth serve` with the official openai client: a local
model held to JSON (or to a schema) by a llama.cpp grammar, and the formats it refuses."""

from __future__ import annotations

import json

import pydantic
import pytest

from tests.server.conftest import openai

SMOL = "smollm2-135m-instruct"
ASK = [{"role": "user", "content": "What is the capital of France? Answer in JSON."}]
PLACE = {"type": "object", "required": ["city", "country"],
         "properties": {"city": {"type": "string"}, "country": {"type": "string"}}}


def _ask(client, max_tokens: int = 80, **kw):
    return client.chat.completions.create(model=SMOL, messages=ASK, max_tokens=max_tokens,
                                          temperature=0, **kw)


def test_a_json_schema_reply_is_json_of_that_schema(client):
    reply = _ask(client, response_format={"type": "json_schema",
                                          "json_schema": {"name": "place", "schema": PLACE}})
    choice = reply.choices[0]
    assert choice.finish_reason == "stop", choice.message.content
    value = json.loads(choice.message.content)
    assert set(value) == {"city", "country"}, value
    assert all(isinstance(v, str) for v in value.values())
    assert "paris" in value["city"].lower()


def test_a_json_object_reply_streams_as_json(client):
    chunks = list(_ask(client, response_format={"type": "json_object"}, stream=True))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert chunks[-1].choices[0].finish_reason == "stop", text
    assert isinstance(json.loads(text), dict), text


def test_the_clients_parse_fills_a_pydantic_model(client):
    class Place(pydantic.BaseModel):
        city: str
        country: str

    reply = client.chat.completions.parse(model=SMOL, messages=ASK, max_tokens=80,
                                          temperature=0, response_format=Place)
    place = reply.choices[0].message.parsed
    assert isinstance(place, Place) and place.city.strip(), reply.choices[0].message.content


def test_text_is_a_plain_reply(client):
    reply = _ask(client, response_format={"type": "text"}, max_tokens=12)
    assert reply.choices[0].message.content.strip()


@pytest.mark.parametrize("response_format, says", [
    ({"type": "xml"}, "type 'xml' is not supported"),
    ({"type": "json_schema"}, "json_schema needs"),
    ({"type": "json_schema", "json_schema": {"name": "x", "schema": {"$ref": "#/nowhere"}}},
     "cannot be followed"),
    ({"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "wibble"}}},
     "cannot be followed"),
    ("json", "must be an object"),
])
def test_a_format_that_cannot_be_followed_is_a_400_saying_why(client, response_format, says):
    with pytest.raises(openai.BadRequestError) as err:
        _ask(client, response_format=response_format, max_tokens=4)
    assert err.value.status_code == 400 and says in err.value.message, err.value.message
