"""Fixtures for the tool tests: a toolbox on a real SQLite database whose mcp.json
names the SDK-written misbehaving server (tests/mcp_server.py) and, when installed,
the real `mcp-server-time` from PyPI."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from app.core.config import Settings
from app.core.store.db import open_db
from app.core.tools import builtin
from app.core.tools.registry import Toolbox

ROOT = Path(__file__).resolve().parents[3]


def time_server_command() -> str | None:
    """mcp-server-time's console script beside this Python, or on PATH."""
    here = Path(sys.executable).with_name("mcp-server-time")
    return str(here) if here.exists() else shutil.which("mcp-server-time")


def write_config(path: Path, time_server: bool = False) -> None:
    servers = {"misbehaving": {"command": sys.executable, "args": ["-m", "tests.mcp_server"],
                               "env": {"PYTHONPATH": str(ROOT)}}}
    if time_server:
        servers["time"] = {"command": time_server_command(), "args": ["--local-timezone", "UTC"]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"mcpServers": servers}))


@pytest.fixture
def db(tmp_path):
    return open_db(tmp_path / "h.db")


class NoDocuments:
    def attached(self, conversation_id):
        return []

    def collections(self):
        return []


@pytest.fixture
def toolbox(db, tmp_path):
    write_config(tmp_path / "mcp.json")
    box = Toolbox(Settings(db), tmp_path / "mcp.json", builtin.functions(NoDocuments()),
                  builtin.specs())
    box.timeout_s = 3.0
    yield box
    box.close()
