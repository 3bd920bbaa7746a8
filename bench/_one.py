"""Run one bench module and write its rows as JSON (used by `python -m bench`)."""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path


def main() -> int:
    name, out = sys.argv[1], Path(sys.argv[2])
    quick = "--quick" in sys.argv[3:]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    module = importlib.import_module(f"bench.{name}")
    rows = module.run(quick)
    out.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
