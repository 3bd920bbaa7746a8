"""The command line prints the core's messages as the English they always were: a
`Msg` (app/core/messages.py) reads as its English text, so the CLI needs no change."""

from __future__ import annotations

from tests.conftest import run_cli
from tests.hubserver import make_gguf


def test_errors_read_word_for_word_as_before(hearth_home, tmp_path):
    gone = run_cli("history", "show", "4242", home=hearth_home)
    assert (gone.returncode, gone.stdout) == (1, "")
    assert gone.stderr == ("error: No conversation with id 4242. Run `hearth history list` "
                           "to see the conversations.\n")

    broken = make_gguf(tmp_path / "Broken-Q8_0.gguf", seed=4)
    broken.write_bytes(broken.read_bytes()[:200])  # cut inside its header
    bad = run_cli("models", "import", str(broken), home=hearth_home)
    assert bad.returncode == 1
    assert bad.stderr.splitlines()[-1] == (
        "error: Broken-Q8_0.gguf is damaged or truncated (string runs past the end of the "
        "file). Download the model again, or pick another file (Models, or "
        "`hearth models list`).")
