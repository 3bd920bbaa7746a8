"""Every input a fuzzer ever crashed on (tests/fuzz/crashers/TARGET/*), replayed
through its target: each must now give a result or a HearthError."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fuzz.targets import TARGETS

CRASHERS = sorted(p for p in (Path(__file__).parent / "crashers").glob("*/*") if p.is_file())


def test_every_target_runs_on_a_few_inputs():
    for target in TARGETS.values():
        for data in (b"", b"\x00" * 64, b"GGUF\x03\x00\x00\x00" + b"\xff" * 24, b"PK\x03\x04"):
            target(data)


@pytest.mark.parametrize("path", CRASHERS, ids=[f"{p.parent.name}/{p.name}" for p in CRASHERS])
def test_a_former_crasher_is_handled(path):
    TARGETS[path.parent.name](path.read_bytes())
