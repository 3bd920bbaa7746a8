"""Embed a question without torch: onnxruntime over an ONNX export of the same model.

`hearth search` and `hearth ask` embed one question. Importing torch and
sentence-transformers and loading the model for that took ~8 s of a ~8 s command;
onnxruntime, `tokenizers` and numpy load in ~0.5 s and give the same vectors
(checked against sentence-transformers by tests/core/docs/test_query_encoder.py).

The export is made once, with torch, by `export()` (the set-up runs it for the
bundled models: `python -m app.core.docs.query_encoder MODEL_FOLDER`; a model pulled or
added later gets it from `ensure_export()` after its first indexing run, which loads
torch anyway: in the CLI's process, or in the window's embedding child). It goes
where sentence-transformers' own ONNX backend looks, `<model>/onnx/model.onnx`,
or into Hearth's cache when the model's folder is read-only (an installed app).
Beside it, `hearth-export.json` records what sentence-transformers read from the
model's own config at export time (prompts, longest input, pooling, normalize)
and which weights file it came from (size and mtime), so a changed model is
never answered with a stale export: without a matching export the caller falls
back to sentence-transformers.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

EXPORT_FILE = "model.onnx"
META_FILE = "hearth-export.json"
WEIGHTS = ("model.safetensors", "pytorch_model.bin")
POOLINGS = ("mean", "cls", "max")
# what export() raises for a model or a runtime it cannot handle (torch's exporter
# raises RuntimeError subclasses; `onnx` may be missing): questions then keep using
# sentence-transformers
EXPORT_ERRORS = (OSError, ValueError, ImportError, RuntimeError)
LEFTOVER_AGE_S = 3600  # an export takes a minute at most: older temporary files are orphans


def _weights_stamp(model: Path) -> dict[str, Any] | None:
    for name in WEIGHTS:
        try:
            st = (model / name).stat()
        except OSError:
            continue
        return {"weights": name, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
    return None


def export_dirs(model: Path) -> list[Path]:
    """Where an export of `model` may live, in the order they are tried."""
    from app.core import config

    key = hashlib.sha256(str(model.resolve()).encode()).hexdigest()[:16]
    dirs = [model / "onnx"]
    try:
        dirs.append(config.data_home() / "cache" / "onnx" / key)
    except OSError:  # StorageError: an unwritable data home has no cache either
        pass
    return dirs


def find_export(model: Path) -> tuple[Path, dict[str, Any]] | None:
    """(export folder, its metadata) when an export of this very model exists."""
    stamp = _weights_stamp(model)
    if stamp is None:
        return None
    for folder in export_dirs(model):
        try:
            meta = json.loads((folder / META_FILE).read_text())
        except (OSError, ValueError):
            continue
        if meta.get("source") == stamp and (folder / EXPORT_FILE).exists():
            return folder, meta
    return None


def export(model: Path) -> Path:
    """Export `model` (a sentence-transformers folder) to ONNX; returns the folder.

    Needs torch, transformers, sentence-transformers and onnx (the set-up's).
    Raises ValueError for a model this runtime cannot reproduce (then search keeps
    using sentence-transformers)."""
    import torch

    from app.core.docs.embed_process import load_model

    st = load_model(model, device="cpu")
    kinds = [type(m).__name__ for m in st]
    if kinds[:2] != ["Transformer", "Pooling"] or set(kinds[2:]) - {"Normalize"}:
        raise ValueError(f"modules {kinds}: only Transformer + Pooling (+ Normalize)")
    pooling = st[1].get_config_dict()
    mode = pooling.get("pooling_mode", "")
    if mode not in POOLINGS or not pooling.get("include_prompt", True):
        raise ValueError(f"pooling {pooling} is not supported")
    transformer = st[0].auto_model.float().eval()
    names = ["input_ids", "attention_mask"]
    if getattr(transformer.config, "type_vocab_size", 0):
        names.append("token_type_ids")

    class Wrapped(torch.nn.Module):
        """The transformer called with keyword inputs (transformers 5 models take more
        positional parameters), giving its last hidden state."""

        def __init__(self) -> None:
            super().__init__()
            self.inner = transformer

        def forward(self, *inputs):
            return self.inner(**dict(zip(names, inputs, strict=True))).last_hidden_state

    sample = torch.ones(1, 8, dtype=torch.long)
    args = tuple(sample if n != "token_type_ids" else torch.zeros_like(sample) for n in names)
    axes = {n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]}
    meta = {
        "source": _weights_stamp(model),
        "inputs": names,
        "max_seq_length": int(st.max_seq_length),
        "do_lower_case": bool(getattr(st[0], "do_lower_case", False)),
        "prompts": dict(getattr(st, "prompts", None) or {}),
        "pooling": mode,
        "normalize": "Normalize" in kinds,
    }
    last: OSError | None = None
    for folder in export_dirs(model):
        tmp = folder / f".{EXPORT_FILE}.{os.getpid()}.tmp"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with torch.no_grad():
                torch.onnx.export(Wrapped().eval(), args, str(tmp), input_names=names,
                                  output_names=["last_hidden_state"], dynamic_axes=axes,
                                  opset_version=17, dynamo=False)
            os.replace(tmp, folder / EXPORT_FILE)
            meta_tmp = folder / f".{META_FILE}.{os.getpid()}.tmp"
            meta_tmp.write_text(json.dumps(meta, indent=1) + "\n")
            os.replace(meta_tmp, folder / META_FILE)  # written last: it vouches for the file
            return folder
        except OSError as exc:  # read-only model folder: try the cache
            last = exc
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
    raise last or OSError("no folder to export to")


def _remove_leftovers(model: Path) -> None:
    """Temporary files of an export whose process was ended mid-way (the window's
    embedding child stops with the window): up to a few hundred MB each."""
    now = time.time()
    for folder in export_dirs(model):
        for tmp in [*folder.glob(f".{EXPORT_FILE}.*.tmp"), *folder.glob(f".{META_FILE}.*.tmp")]:
            try:
                if now - tmp.stat().st_mtime > LEFTOVER_AGE_S:
                    tmp.unlink()
            except OSError:
                pass


def ensure_export(model: Path) -> Path:
    """The folder of `model`'s export, made first when there is none. Needs torch: call
    it where torch is loaded anyway. Raises one of EXPORT_ERRORS."""
    found = find_export(model)
    if found is not None:
        return found[0]
    _remove_leftovers(model)
    with warnings.catch_warnings():  # the exporter's tracer warnings mean nothing here
        warnings.simplefilter("ignore")
        return export(model)


class QueryEncoder:
    """Vectors from an ONNX export, as sentence-transformers' `encode(...,
    normalize_embeddings=True)` gives them (Hearth always normalizes)."""

    def __init__(self, model: Path, folder: Path, meta: dict[str, Any], threads: int = 0) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.meta = meta
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = int(threads)
        self.session = ort.InferenceSession(str(folder / EXPORT_FILE), options,
                                            providers=["CPUExecutionProvider"])
        tok = Tokenizer.from_file(str(model / "tokenizer.json"))
        # as sentence-transformers' Transformer module: truncate to its max_seq_length
        # (special tokens included), pad to the batch's longest
        tok.enable_truncation(int(meta["max_seq_length"]))
        pad = next((t for t in ("[PAD]", "<pad>") if tok.token_to_id(t) is not None), None)
        if pad is not None:  # padded positions are masked out: any id would do
            tok.enable_padding(pad_id=tok.token_to_id(pad), pad_token=pad)
        else:
            tok.enable_padding()
        self.tokenizer = tok
        self._lock = threading.Lock()

    @classmethod
    def open(cls, model: Path, threads: int = 0) -> QueryEncoder | None:
        """The encoder for `model`, or None when it has no usable export."""
        found = find_export(model)
        if found is None or not (model / "tokenizer.json").exists():
            return None
        try:
            return cls(model, *found, threads=threads)
        except (ImportError, OSError, KeyError, ValueError, RuntimeError):
            return None  # e.g. onnxruntime missing: sentence-transformers still works

    def encode(self, texts: Sequence[str], prompt: str | None = None) -> np.ndarray:
        import numpy as np

        prefix = self.meta["prompts"].get(prompt, "") if prompt else ""
        # sentence-transformers strips each text, then (lower-cases,) then prefixes it
        items = [prefix + str(t).strip() for t in texts]
        if self.meta["do_lower_case"]:
            items = [t.lower() for t in items]
        enc = self.tokenizer.encode_batch(items)
        feeds = {"input_ids": np.array([e.ids for e in enc], dtype=np.int64),
                 "attention_mask": np.array([e.attention_mask for e in enc], dtype=np.int64)}
        if "token_type_ids" in self.meta["inputs"]:
            feeds["token_type_ids"] = np.array([e.type_ids for e in enc], dtype=np.int64)
        with self._lock:
            hidden = self.session.run(None, feeds)[0]
        mask = feeds["attention_mask"][..., None].astype(hidden.dtype)
        mode = self.meta["pooling"]
        if mode == "mean":
            vecs = (hidden * mask).sum(1) / np.clip(mask.sum(1), 1e-9, None)
        elif mode == "cls":
            vecs = hidden[:, 0]
        else:  # max
            vecs = np.where(mask > 0, hidden, -1e9).max(1)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return np.ascontiguousarray(vecs / np.clip(norms, 1e-12, None), dtype=np.float32)


def main(argv: list[str]) -> int:
    """`python -m app.core.docs.query_encoder [FOLDER...]`: export each model that has
    no export yet (none named: the bundled embedding models; the set-up runs this)."""
    if not argv:
        from app.core.models import bundled

        argv = [str(p) for m in bundled.EMBEDDINGS if (p := bundled.path_of(m)) is not None]
    for arg in argv:
        if find_export(Path(arg)) is not None:
            continue
        try:
            folder = ensure_export(Path(arg))
        except EXPORT_ERRORS as exc:
            print(f"[hearth setup] note: {arg} has no fast query runtime ({exc}); "
                  "questions on it load sentence-transformers instead")
            continue
        print(f"[hearth setup] {Path(arg).name}: query runtime exported to {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
