"""The bench's row format and target checks (the benchmarks themselves are not tests)."""

import json
import subprocess
import sys

from bench.common import check, na, paired_ratio, percentile, row
from tests.conftest import ROOT


def test_ratio_targets_check_the_ratio_and_value_targets_the_value():
    assert row("decode", 97.0, "tok/s", baseline=100.0, target=">= 0.97x")["ok"] is True
    assert row("decode", 96.0, "tok/s", baseline=100.0, target=">= 0.97x")["ok"] is False
    assert row("p95", 49.0, "ms", baseline=900.0, target="<= 50 ms")["ok"] is True
    assert row("p95", 51.0, "ms", baseline=1.0, target="<= 50 ms")["ok"] is False
    assert check("", 1.0, 1.0) is None


def test_unmeasured_figures_have_no_verdict():
    r = na("launch", "n/a (not built yet)", "s", "<= 1.5 s")
    assert r["value"] is None and r["ok"] is None and r["note"].startswith("n/a")


def test_paired_ratio_is_robust_to_one_disturbed_round():
    hearth = [100.0, 101.0, 40.0]  # a burst of load hit the third round's first side
    bare = [102.0, 103.0, 104.0]
    assert 0.97 < paired_ratio(hearth, bare) < 0.99
    assert percentile([1.0, 2.0, 3.0, 4.0], 50) == 2.5


def test_runner_lists_modules_and_refuses_unknown_ones():
    listed = subprocess.run([sys.executable, "-m", "bench", "--list"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0
    assert {"llm", "startup", "memory", "gui", "retrieval"} <= set(listed.stdout.split())
    bad = subprocess.run([sys.executable, "-m", "bench", "--only", "nope"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "unknown bench module" in bad.stderr


def test_a_failing_module_becomes_an_error_row(tmp_path):
    out = tmp_path / "rows.json"
    subprocess.run([sys.executable, "-m", "bench._one", "no_such_module", str(out)], cwd=ROOT,
                   capture_output=True, text=True, timeout=120)
    rows = json.loads(out.read_text())
    assert rows[0]["ok"] is False and "ModuleNotFoundError" in rows[0]["note"]
