"""Launch stays fast: building and showing the main window imports none of the
libraries the first window does not need (they load when first used). Checked in
a fresh interpreter, counting only the imports the GUI thread makes (background
threads, such as the one preloading the chat model, may import what they need)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# numpy: ~0.1 s (sqlite-utils' optional support, the retriever, gguf's package);
# markdown-it and pygments: the first message rendered; importlib.metadata: pluggy's
# plugin scan in sqlite-utils and the bundled-model look-up; asyncio: MCP tools.
LAZY = ("numpy", "markdown_it", "pygments", "importlib.metadata", "asyncio", "gguf", "yaml",
        "torch", "sentence_transformers", "faiss", "llama_cpp", "jieba", "rjieba",
        "onnxruntime", "huggingface_hub", "jinja2", "mcp", "openai", "fastapi", "PIL",
        "rapidocr_onnxruntime", "pypdfium2", "docx")

PROBE = """
import importlib.abc, json, sys, threading
main = threading.main_thread()
imported = []

class Spy(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if threading.current_thread() is main:
            imported.append(name)
        return None  # the normal finders do the import

sys.meta_path.insert(0, Spy())
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui import main_window
window = main_window.create_window()
window.show()
app.processEvents()
sys.meta_path.pop(0)
print(json.dumps(imported))
window.close()
window.finish_workers()
"""


def test_building_the_main_window_leaves_costly_libraries_for_later(tmp_path):
    env = dict(os.environ, HEARTH_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen",
               HF_HUB_OFFLINE="1")
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    imported = set(json.loads(out.stdout.strip().splitlines()[-1]))
    assert "app.ui.main_window" in imported  # the spy saw the window's own imports
    early = sorted(m for m in LAZY if m in imported)
    assert not early, f"imported while building the window: {early}"
