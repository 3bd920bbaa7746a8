"""`hearth serve`: the OpenAI-compatible API for other programs (editors, scripts, agents)."""

from __future__ import annotations

import argparse
import os
import sys

from app.cli.args import bounded
from app.cli.output import note, print_json
from app.core.session import Core
from app.server.runner import DEFAULT_HOST, DEFAULT_PORT, ServeOptions

KEY_ENV = "HEARTH_API_KEY"


def register(subs: argparse._SubParsersAction) -> None:
    p = subs.add_parser("serve", help="serve the models over an OpenAI-compatible API")
    p.add_argument("--host", default=DEFAULT_HOST,
                   help=f"address to listen on (default {DEFAULT_HOST}; any other needs a key)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    p.add_argument("--api-key", help=f"require `Authorization: Bearer KEY` (or set {KEY_ENV})")
    p.add_argument("--queue", type=bounded(int, 1), default=8, dest="queue_size",
                   help="requests that may wait for the model before 503 (1 or more; "
                        "default 8)")
    p.add_argument("--json", action="store_true", help="print the URL and models as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.server.api import model_list
    from app.server.runner import ApiServer

    # an empty --api-key (say "$KEY" with KEY unset) is refused by check(), never dropped
    key = args.api_key if args.api_key is not None else (os.environ.get(KEY_ENV) or None)
    options = ServeOptions(args.host, args.port, key, args.queue_size)
    options.check()  # before opening anything
    core = Core()
    try:
        server = ApiServer(core, options)
        models = [m["id"] for m in model_list(core)]
        if args.json:
            print_json({"url": server.url, "models": models, "api_key_required": bool(key)})
        else:
            print(f"Hearth serves an OpenAI-compatible API at {server.url}", flush=True)
            print(f"Models: {', '.join(models)}", flush=True)
            if key:
                note("every request needs `Authorization: Bearer <your key>`.")
            print("Ctrl+C stops it.", file=sys.stderr, flush=True)
        server.serve_forever()
    finally:
        core.close()
    return 0
