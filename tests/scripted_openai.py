"""A scripted OpenAI-compatible chat server for tool-calling tests: when tools are
declared and no tool result has come back yet it streams a `tool_calls` delta (as
OpenAI and llama.cpp's server do); once a `tool` message is there it answers with
that result. Every request body is kept in `requests`. The bundled SmolLM2 cannot
call tools, so this stands in for a model that can; the client side (Hearth's
remote backend, the openai package) is the real one."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL = "tooly"


class ScriptedServer:
    def __init__(self, tool: str, arguments: dict[str, Any], refuse_tools: bool = False) -> None:
        self.tool, self.arguments = tool, arguments
        self.refuse_tools = refuse_tools  # answer 400 to a request with tools, as vLLM may
        self.requests: list[dict[str, Any]] = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def start(self) -> ScriptedServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def chunks(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        messages = body["messages"]
        results = [m for m in messages if m["role"] == "tool"]
        if results:
            delta = {"role": "assistant", "content": f"The tool said: {results[-1]['content']}"}
            return [{"delta": delta, "finish_reason": None}, {"delta": {}, "finish_reason": "stop"}]
        if any(t["function"]["name"] == self.tool for t in body.get("tools", [])):
            args = json.dumps(self.arguments)
            return [
                {"delta": {"role": "assistant", "tool_calls": [{
                    "index": 0, "id": "call_x1", "type": "function",
                    "function": {"name": self.tool, "arguments": args[:5]}}]},
                 "finish_reason": None},
                {"delta": {"tool_calls": [{"index": 0, "function": {"arguments": args[5:]}}]},
                 "finish_reason": None},
                {"delta": {}, "finish_reason": "tool_calls"}]
        return [{"delta": {"role": "assistant", "content": "No tools here."},
                 "finish_reason": None}, {"delta": {}, "finish_reason": "stop"}]

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _json(self, data: Any) -> None:
                raw = json.dumps(data).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def do_GET(self) -> None:
                self._json({"object": "list", "data": [
                    {"id": MODEL, "object": "model", "created": 0, "owned_by": "test",
                     "meta": {"n_ctx_train": 4096}}]})

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(body)
                if server.refuse_tools and "tools" in body:
                    raw = json.dumps({"error": {"message": '"auto" tool choice requires '
                                                "--enable-auto-tool-choice", "code": 400}})
                    self.send_response(400)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(raw)))
                    self.end_headers()
                    self.wfile.write(raw.encode())
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for i, choice in enumerate(server.chunks(body)):
                    chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 0,
                             "model": MODEL, "choices": [{"index": 0, **choice}]}
                    if i == 0:
                        pass
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                usage = {"id": "c1", "object": "chat.completion.chunk", "created": 0,
                         "model": MODEL, "choices": [],
                         "usage": {"prompt_tokens": 20, "completion_tokens": 5,
                                   "total_tokens": 25}}
                self.wfile.write(f"data: {json.dumps(usage)}\n\ndata: [DONE]\n\n".encode())

        return Handler
