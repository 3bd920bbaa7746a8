"""The tool-calling loop of the send path, with the fake model emitting the formats
templates teach, real built-in tools and the SDK-written MCP server (tests/mcp_server.py)."""

from __future__ import annotations

import json

from app.core.control import JobControl
from app.core.llm.base import SamplingParams
from app.core.store.history import History
from app.core.tasks.assistant import Assistant
from app.core.tools.loop import MAX_ROUNDS
from tests.fakes import FakeModel

PARAMS = SamplingParams(temperature=0.0, max_tokens=200, seed=1)


def call(name: str, **arguments) -> str:
    return f'<tool_call>\n{json.dumps({"name": name, "arguments": arguments})}\n</tool_call>'


def setup(db, toolbox, mcp: bool = False):
    if not mcp:  # starting the MCP server costs seconds: only where a test needs it
        toolbox.set_enabled("misbehaving/*", False)
    history = History(db)
    assistant = Assistant(history, toolbox)
    model = FakeModel()
    model.supports_tools = True
    conv = history.new_conversation("t")
    return history, assistant, model, conv


def prompt_text(model: FakeModel, i: int) -> str:
    words = {v: k for k, v in model.vocab.items()}
    return " ".join(words[t] for t in model.prompts[i])


def test_builtin_call_runs_and_the_model_answers_with_the_result(db, toolbox):
    history, assistant, model, conv = setup(db, toolbox)
    model.enqueue(["Let me ", "compute. ", call("calculator", expression="6*7")])
    model.enqueue(["It ", "is ", "42."])
    streamed: list[str] = []
    turn = assistant.send(conv.id, "What is 6*7?", model, PARAMS, on_token=streamed.append)
    assert turn.reply.content == "It is 42." and turn.reply.status == "complete"
    assert "tool_call" not in "".join(streamed)  # the call's markup is not shown
    assert "calculator" in model.tools_seen[0][0]["function"]["name"] or any(
        t["function"]["name"] == "calculator" for t in model.tools_seen[0])
    assert "<tool> 42 </s>" in prompt_text(model, 1)  # the result went back to the model
    msgs = history.messages(conv.id)
    assert [m.role for m in msgs] == ["user", "assistant", "tool", "assistant"]
    calls = json.loads(msgs[1].tool_calls)
    assert calls[0]["name"] == "calculator" and calls[0]["arguments"] == {"expression": "6*7"}
    record = json.loads(msgs[2].tool_result)
    assert record["id"] == calls[0]["id"] and record["status"] == "ok"
    assert record["server"] == "hearth" and msgs[2].content == "42"
    assert turn.to_dict()["tool_calls"][0]["result"] == "42"


def test_llama_json_format_and_a_later_turn_sees_the_rounds(db, toolbox):
    history, assistant, model, conv = setup(db, toolbox)
    model.enqueue(['{"name": "current_datetime", "parameters": {}}'])
    model.enqueue(["Today."])
    assistant.send(conv.id, "What day is it?", model, PARAMS)
    model.enqueue(["Fine."])
    assistant.send(conv.id, "Thanks", model, PARAMS)
    assert "<tool> " in prompt_text(model, 2) and "ISO" in prompt_text(model, 2)


def test_a_model_without_tools_gets_no_tools_and_no_tool_messages(db, toolbox):
    history, assistant, model, conv = setup(db, toolbox)
    model.enqueue([call("calculator", expression="1+1")])
    model.enqueue(["2"])
    assistant.send(conv.id, "1+1?", model, PARAMS)
    model.supports_tools = False
    model.enqueue([call("calculator", expression="2+2")])
    turn = assistant.send(conv.id, "2+2?", model, PARAMS)
    assert model.tools_seen[-1] is None
    assert "<tool>" not in prompt_text(model, 2)
    assert turn.reply.content.startswith("<tool_call>")  # not run: no tools were offered


def test_denied_call_is_told_to_the_model_and_kept(db, toolbox):
    history, assistant, model, conv = setup(db, toolbox, mcp=True)
    asked = []

    def approve(c, spec):
        asked.append((c.name, spec.server, c.arguments))
        return "deny"

    model.enqueue([call("echo", text="secret")])
    model.enqueue(["Alright."])
    turn = assistant.send(conv.id, "Echo it", model, PARAMS, approve=approve)
    assert asked == [("echo", "misbehaving", {"text": "secret"})]
    assert turn.tools[0].status == "denied"
    assert "did not allow" in prompt_text(model, 1)
    tool_msg = [m for m in history.messages(conv.id) if m.role == "tool"][0]
    assert json.loads(tool_msg.tool_result)["status"] == "denied"


def test_allowed_always_is_not_asked_again_and_no_approver_means_no(db, toolbox):
    history, assistant, model, conv = setup(db, toolbox, mcp=True)
    answers = iter(["always"])
    asked = []

    def approve(c, spec):
        asked.append(c.name)
        return next(answers)

    for _ in range(2):
        model.enqueue([call("echo", text="hi")])
        model.enqueue(["Done."])
        turn = assistant.send(conv.id, "Echo", model, PARAMS, approve=approve)
        assert turn.tools[0].status == "ok" and turn.tools[0].text == "echo: hi"
    assert asked == ["echo"]
    assert toolbox.settings.get("tools_always") == ["misbehaving/echo"]
    toolbox.settings.set("tools_always", [])
    model.enqueue([call("echo", text="hi")])
    model.enqueue(["Done."])
    turn = assistant.send(conv.id, "Echo", model, PARAMS, approve=None)
    assert turn.tools[0].status == "denied"


def test_switched_off_tools_are_not_offered(db, toolbox):
    history, assistant, model, conv = setup(db, toolbox)
    toolbox.set_enabled("hearth/calculator", False)
    model.enqueue(["Hi."])
    assistant.send(conv.id, "Hello", model, PARAMS)
    names = {t["function"]["name"] for t in model.tools_seen[-1]}
    assert names == {"current_datetime", "search_documents"}


def test_rounds_are_bounded(db, toolbox):
    history, assistant, model, conv = setup(db, toolbox)
    for _ in range(MAX_ROUNDS + 1):
        model.enqueue([call("calculator", expression="1+1")])
    turn = assistant.send(conv.id, "Loop forever", model, PARAMS)
    assert len(turn.tools) == MAX_ROUNDS
    assert any("kept calling tools" in n for n in turn.notes)


def test_unknown_tool_and_bad_arguments_are_errors_the_model_reads(db, toolbox):
    history, assistant, model, conv = setup(db, toolbox)
    model.enqueue([call("launch_rockets"), call("calculator", expression="2 +")])
    model.enqueue(["Sorry."])
    turn = assistant.send(conv.id, "Go", model, PARAMS)
    assert [t.status for t in turn.tools] == ["error", "error"]
    assert "no tool named 'launch_rockets'" in turn.tools[0].text
    assert turn.reply.content == "Sorry."


def test_cancel_during_a_call_stops_the_turn(db, toolbox):
    history, assistant, model, conv = setup(db, toolbox, mcp=True)
    control = JobControl()

    def approve(c, spec):
        control.cancel()
        return "deny"

    model.enqueue([call("echo", text="x")])
    model.enqueue(["never"])
    turn = assistant.send(conv.id, "Echo", model, PARAMS, control=control, approve=approve)
    assert len(model.prompts) == 1 and turn.tools[0].status == "denied"
