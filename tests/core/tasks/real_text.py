"""Real text from this machine for file-job tests: Python's own docstrings."""

from __future__ import annotations

import importlib
import inspect
import re

GROUPS = {
    "Text and data": ["string", "re", "textwrap", "difflib", "json", "csv", "codecs",
                      "unicodedata", "html.parser", "xml.etree.ElementTree", "struct",
                      "base64", "binascii", "pickle", "copy"],
    "Files and processes": ["pathlib", "shutil", "tempfile", "zipfile", "tarfile", "glob",
                            "fnmatch", "subprocess", "threading", "os", "io", "mmap",
                            "filecmp", "fileinput"],
    "Networking and the web": ["socket", "ssl", "http.client", "http.server", "urllib.request",
                               "urllib.parse", "email", "email.message", "smtplib",
                               "ftplib", "poplib", "imaplib", "ipaddress", "selectors",
                               "wsgiref.simple_server"],
    "Numbers and time": ["math", "decimal", "fractions", "random", "statistics", "datetime",
                         "calendar", "time", "heapq", "bisect", "itertools", "functools",
                         "operator", "numbers", "cmath"],
    "Program structure": ["argparse", "logging", "unittest", "doctest", "typing",
                          "collections", "dataclasses", "enum", "contextlib", "abc",
                          "asyncio", "inspect", "pdb", "traceback", "warnings"],
}


def module_text(name: str, max_chars: int) -> str:
    """A module's docstring plus its public classes' and functions' docstrings."""
    mod = importlib.import_module(name)
    parts = [inspect.getdoc(mod) or ""]
    for attr in sorted(dir(mod)):
        if attr.startswith("_"):
            continue
        obj = getattr(mod, attr, None)
        if (inspect.isclass(obj) or inspect.isfunction(obj)) and \
                getattr(obj, "__module__", "") == mod.__name__:
            doc = inspect.getdoc(obj)
            if doc and len(doc) > 80:
                parts.append(f"{attr}: {doc}")
        if sum(len(p) for p in parts) > max_chars:
            break
    text = "\n\n".join(p for p in parts if p.strip())[:max_chars]
    # Docstrings underline their titles reST-style ("Main API\n========"), which
    # Markdown reads as headings; only the digest's own headings should count.
    text = re.sub(r"^[ \t]*[=\-~^*#+][=\-~^*#+ \t]*$", "", text, flags=re.M)
    return re.sub(r"^[ \t]*#+[ \t]", "", text, flags=re.M)


def python_digest(chars_per_module: int = 2400, groups: int = 5) -> str:
    """A long Markdown document: a title, then one top-level section per group."""
    out = ["# A digest of the Python standard library", ""]
    for title, modules in list(GROUPS.items())[:groups]:
        out += [f"## {title}", ""]
        for name in modules:
            text = module_text(name, chars_per_module)
            if text:
                out += [f"### {name}", "", text, ""]
    return "\n".join(out)
