"""Read and validate GGUF files with the `gguf` package before llama.cpp sees them.

llama.cpp can abort the whole process on a malformed file; checking the
header and that every tensor lies inside the file turns that into a clear error.
"""

from __future__ import annotations

import re
import struct
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.core.errors import InvalidModelFile

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
_HINT = "Download the model again, or pick another file (Models, or `hearth models list`)."


@dataclass
class GGUFInfo:
    path: str
    size: int
    name: str
    architecture: str
    parameters: int
    quantization: str
    context_length: int
    block_count: int
    embedding_length: int
    head_count: int
    head_count_kv: int
    chat_template: str | None
    bos_token: str | None
    eos_token: str | None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("chat_template")
        data["has_chat_template"] = bool(self.chat_template)
        return data

    @property
    def parameters_label(self) -> str:
        n = self.parameters
        return f"{n / 1e9:.1f}B" if n >= 1e9 else f"{n / 1e6:.0f}M"


def _check_header(path: Path) -> int:
    if not path.exists():
        raise InvalidModelFile(f"Model file not found: {path}.", _HINT)
    if path.is_dir():
        raise InvalidModelFile(f"{path} is a folder, not a GGUF model file.", _HINT)
    if path.suffix.lower() != ".gguf":
        raise InvalidModelFile(
            f"{path.name} is not a GGUF model (Hearth runs .gguf files).",
            "Convert the model to GGUF or download a GGUF build of it from the hub.",
        )
    size = path.stat().st_size
    if size == 0:
        raise InvalidModelFile(f"{path.name} is empty (0 bytes).", _HINT)
    with path.open("rb") as fh:
        head = fh.read(8)
    if len(head) < 8 or head[:4] != GGUF_MAGIC:
        raise InvalidModelFile(f"{path.name} is not a GGUF file (bad magic number).", _HINT)
    (version,) = struct.unpack("<I", head[4:8])
    if version not in SUPPORTED_VERSIONS:
        raise InvalidModelFile(
            f"{path.name} uses GGUF version {version}, which this build does not read.",
            "Update Hearth or download a newer GGUF of the model.",
        )
    return size


def _field(reader: Any, key: str, default: Any = None) -> Any:
    field = reader.fields.get(key)
    if field is None:
        return default
    value = field.contents()
    return value if value is not None else default


def _quantization(reader: Any, path: Path) -> str:
    file_type = _field(reader, "general.file_type")
    if file_type is not None:
        try:
            from gguf import LlamaFileType

            return LlamaFileType(int(file_type)).name.removeprefix("MOSTLY_")
        except ValueError:
            pass
    return quantization_from_name(path.name) or "unknown"


_QUANT_RE = re.compile(
    r"(?<![A-Za-z0-9])(I?Q[1-8](?:_[0-9A-Z]+)*|BF16|F16|F32|FP16|FP32)(?![A-Za-z0-9])", re.I
)


def quantization_from_name(name: str) -> str | None:
    """Quantization label from a GGUF file name, e.g. 'model.Q4_K_M.gguf' -> 'Q4_K_M'."""
    stem = re.sub(r"-\d{5}-of-\d{5}", "", Path(name).stem)
    matches = _QUANT_RE.findall(stem)
    return matches[-1].upper() if matches else None


def read_gguf(path: str | Path) -> GGUFInfo:
    """Validate `path` and return its metadata; raises `InvalidModelFile` with a reason."""
    path = Path(path)
    size = _check_header(path)
    from gguf import GGUFReader  # imported lazily: numpy is heavy for a CLI start

    try:
        reader = GGUFReader(str(path), "r")
    except (ValueError, IndexError, KeyError, struct.error, OverflowError, OSError) as exc:
        raise InvalidModelFile(
            f"{path.name} is damaged or truncated ({type(exc).__name__}: {exc}).", _HINT
        ) from exc
    if not reader.tensors:
        raise InvalidModelFile(f"{path.name} holds no tensors.", _HINT)
    end = max(int(t.data_offset) + int(t.n_bytes) for t in reader.tensors)
    if end > size:
        raise InvalidModelFile(
            f"{path.name} is truncated: its tensors need {end:,} bytes but the file has {size:,}.",
            _HINT,
        )
    arch = str(_field(reader, "general.architecture", "unknown"))
    tokens = _field(reader, "tokenizer.ggml.tokens") or []

    def token(key: str) -> str | None:
        idx = _field(reader, key)
        return str(tokens[int(idx)]) if idx is not None and int(idx) < len(tokens) else None

    return GGUFInfo(
        path=str(path),
        size=size,
        name=str(_field(reader, "general.name", path.stem)),
        architecture=arch,
        parameters=int(sum(int(t.n_elements) for t in reader.tensors)),
        quantization=_quantization(reader, path),
        context_length=int(_field(reader, f"{arch}.context_length", 0) or 0),
        block_count=int(_field(reader, f"{arch}.block_count", 0) or 0),
        embedding_length=int(_field(reader, f"{arch}.embedding_length", 0) or 0),
        head_count=int(_field(reader, f"{arch}.attention.head_count", 0) or 0),
        head_count_kv=int(_field(reader, f"{arch}.attention.head_count_kv", 0) or 0),
        chat_template=_field(reader, "tokenizer.chat_template"),
        bos_token=token("tokenizer.ggml.bos_token_id"),
        eos_token=token("tokenizer.ggml.eos_token_id"),
    )
