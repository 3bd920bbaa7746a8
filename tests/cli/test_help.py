"""`hearth COMMAND --help` tells what every option is: a flag listed bare (`--seed
SEED`, `--json`) leaves the reader to guess its unit, range or effect."""

from __future__ import annotations

import argparse

from app.cli import build_parser


def _commands(parser: argparse.ArgumentParser, prefix: str = "hearth"):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, f"{prefix} {name}")
    yield prefix, parser


def test_every_option_of_every_command_has_a_help_text():
    bare = []
    for name, parser in _commands(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction | argparse._SubParsersAction) \
                    or not action.option_strings:  # a positional is named in the usage line
                continue
            if not (action.help or "").strip():
                bare.append(f"{name} {'/'.join(action.option_strings)}")
    assert bare == [], "add help= to these options"
