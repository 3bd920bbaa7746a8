"""Run one bench module and write its rows as JSON (used by `python -m bench`)."""

from __future__ import annotations

import importlib
import json
import os
import sys
import traceback
from pathlib import Path


def main() -> int:
    name, out = sys.argv[1], Path(sys.argv[2])
    quick = "--quick" in sys.argv[3:]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        module = importlib.import_module(f"bench.{name}")
        rows = module.run(quick)
    except Exception as exc:  # noqa: BLE001 - one module's failure becomes its row, not a stop
        traceback.print_exc()
        rows = [{"name": f"{name}: failed", "value": None, "unit": "", "baseline": None,
                 "ratio": None, "target": "", "ok": False,
                 "note": f"{type(exc).__name__}: {exc}"}]
    out.write_text(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
