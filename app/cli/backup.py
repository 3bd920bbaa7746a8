"""`hearth backup` and `hearth restore`: a consistent copy of the database while
Hearth runs, and putting one back (checked first; the current one is kept)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.output import print_json
from app.core.errors import HearthError
from app.core.store import backup as store_backup


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("backup", help="copy the database (conversations, settings, "
                                       "collections) to a file, safe while Hearth runs")
    p.add_argument("-o", "--output", type=Path,
                   help="file or folder (default: backups/ in the data folder)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup)
    r = subs.add_parser("restore", help="put a backup back (the current database is kept "
                                        "beside it), or --fresh to start with an empty one")
    r.add_argument("file", nargs="?", type=Path)
    r.add_argument("--fresh", action="store_true",
                   help="start with an empty database; the current one is kept aside")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    dest = store_backup.backup(args.output)
    counts = store_backup.check_file(dest)
    if args.json:
        print_json({"path": str(dest), "size": dest.stat().st_size, **counts})
    else:
        print(f"Backed up to {dest} ({counts.get('conversations', 0)} conversations, "
              f"{counts.get('messages', 0)} messages).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if args.fresh == bool(args.file):
        raise HearthError("Give a backup file to restore, or --fresh (not both).",
                          "e.g. `hearth restore ~/.local/share/Hearth/backups/hearth-....db`.")
    if args.fresh:
        kept = store_backup.start_fresh()
        result = {"kept": str(kept) if kept else None, "fresh": True}
        text = (f"Starting fresh: the old database is kept at {kept}." if kept
                else "There was no database: Hearth starts with an empty one.")
    else:
        kept, counts = store_backup.restore(args.file)
        result = {"restored": str(args.file), "kept": str(kept) if kept else None, **counts}
        text = (f"Restored {args.file} ({counts.get('conversations', 0)} conversations, "
                f"{counts.get('messages', 0)} messages)."
                + (f" The previous database is kept at {kept}." if kept else ""))
    if args.json:
        print_json(result)
    else:
        print(text)
    return 0
