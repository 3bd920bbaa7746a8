"""Tool calls parsed from the formats real chat templates teach, and those templates
rendered with tools, calls and results (templates from llama.cpp's models/templates)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.llm.templates import ChatTemplate
from app.core.tools.builtin import specs
from app.core.tools.calls import ToolCall, parse_tool_calls, visible_prefix
from app.core.tools.loop import stream_filter, tool_message

TEMPLATES = Path(__file__).parents[2] / "fixtures" / "templates"
TOOLS = [s.declaration() for s in specs()]


def test_hermes_qwen_calls():
    text = ('Let me check.\n<tool_call>\n{"name": "calculator", "arguments": '
            '{"expression": "6*7"}}\n</tool_call>\n<tool_call>\n{"name": "current_datetime", '
            '"arguments": {}}\n</tool_call>')
    shown, calls = parse_tool_calls(text)
    assert shown == "Let me check."
    assert [(c.name, c.arguments) for c in calls] == [
        ("calculator", {"expression": "6*7"}), ("current_datetime", {})]
    assert calls[0].id != calls[1].id


def test_llama_json_calls_only_for_known_tools():
    text = '<|python_tag|>{"name": "calculator", "parameters": {"expression": "2+2"}}'
    _, calls = parse_tool_calls(text, {"calculator"})
    assert [(c.name, c.arguments) for c in calls] == [("calculator", {"expression": "2+2"})]
    # a reply that merely is JSON is not a call
    assert parse_tool_calls('{"name": "Bob", "parameters": {}}', {"calculator"})[1] == []
    assert parse_tool_calls('{"a": 1}', {"calculator"}) == ('{"a": 1}', [])


def test_mistral_calls_both_shapes():
    _, calls = parse_tool_calls('[TOOL_CALLS][{"name": "calculator", "arguments": '
                                '{"expression": "1+1"}}]')
    assert calls[0].arguments == {"expression": "1+1"}
    _, calls = parse_tool_calls('[TOOL_CALLS]calculator[ARGS]{"expression": "3"}')
    assert (calls[0].name, calls[0].arguments) == ("calculator", {"expression": "3"})


def test_broken_call_json_is_no_call():
    shown, calls = parse_tool_calls('<tool_call>{"name": "calculator", "arguments": {</tool_call>')
    assert calls == [] and shown == ""
    assert parse_tool_calls("Just an answer.") == ("Just an answer.", [])


def test_streaming_hides_call_markup():
    shown: list[str] = []
    show = stream_filter(shown.append)
    for piece in ["The answer", " is <", "tool", "_call>", '{"name": "x"}', "</tool_call>"]:
        show(piece)
    assert "".join(shown) == "The answer is "
    assert visible_prefix("a <b") == 4  # "<b" cannot start a marker... only "<" might
    assert visible_prefix("a <tool") == 2


def _render(name: str, messages: list[dict], tools=TOOLS) -> str:
    template = ChatTemplate((TEMPLATES / name).read_text(), "<s>", "</s>")
    assert template.supports_tools
    text = template.render(messages, True, tools=tools)
    assert not template.is_fallback, template.fallback_reason
    return text


def _conversation() -> tuple[list[dict], ToolCall]:
    call = ToolCall("calculator", {"expression": "6*7"})
    record = {**call.to_dict(), "server": "hearth", "status": "ok"}
    return [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "What is 6*7?"},
        {"role": "assistant", "content": "", "tool_calls": [call.to_message()]},
        tool_message(record, "42"),
    ], call


@pytest.mark.parametrize("name", ["Qwen-Qwen2.5-7B-Instruct.jinja", "Qwen-Qwen3-0.6B.jinja"])
def test_qwen_templates_declare_tools_and_read_results(name):
    messages, call = _conversation()
    text = _render(name, messages)
    assert "<tools>" in text and '"name": "calculator"' in text
    assert '<tool_call>\n{"name": "calculator", "arguments": {"expression": "6*7"}}' in text
    assert "<tool_response>\n42\n</tool_response>" in text
    # what the template teaches is what the parser reads
    _, calls = parse_tool_calls('<tool_call>\n{"name": "calculator", "arguments": '
                                '{"expression": "6*7"}}\n</tool_call>')
    assert calls[0].name == call.name


def test_llama31_template_declares_tools_and_reads_results():
    messages, _ = _conversation()
    text = _render("meta-llama-Llama-3.1-8B-Instruct.jinja", messages)
    assert '"name": "calculator"' in text
    assert '{"name": "calculator", "parameters": {"expression": "6*7"}}' in text
    assert "<|start_header_id|>ipython<|end_header_id|>\n\n\"42\"" in text


def test_mistral_nemo_template_declares_tools():
    call = ToolCall("calculator", {"expression": "6*7"}, id="abcdefghi")  # 9 chars, its rule
    messages = [{"role": "user", "content": "What is 6*7?"},
                {"role": "assistant", "content": "", "tool_calls": [call.to_message()]},
                tool_message({"id": call.id, "name": "calculator"}, "42"),
                {"role": "assistant", "content": "42."},
                {"role": "user", "content": "Thanks"}]
    text = _render("mistralai-Mistral-Nemo-Instruct-2407.jinja", messages)
    assert "[AVAILABLE_TOOLS]" in text and "[TOOL_CALLS]" in text
    assert '[TOOL_RESULTS]{"content": ' in text or "[TOOL_RESULTS]" in text
    assert json.dumps("calculator") in text


def test_template_without_tools_variable_is_not_offered_tools():
    assert not ChatTemplate("{% for m in messages %}{{ m.content }}{% endfor %}",
                            None, None).supports_tools
    assert not ChatTemplate(None, None, None).supports_tools  # the ChatML fallback
