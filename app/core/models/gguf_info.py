"""Read and validate GGUF files with the `gguf` package before llama.cpp sees them.

llama.cpp can abort the whole process on a malformed file; checking the
header and that every tensor lies inside the file turns that into a clear error.
"""

from __future__ import annotations

import functools
import importlib.util
import mmap
import re
import struct
import sys
import types
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.core.errors import InvalidModelFile
from app.core.messages import Msg

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
_HINT = Msg("Download the model again, or pick another file (Models, or "
            "`hearth models list`).")


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
        raise InvalidModelFile(Msg("Model file not found: {path}.", path=path), _HINT)
    if path.is_dir():
        raise InvalidModelFile(Msg("{path} is a folder, not a GGUF model file.", path=path), _HINT)
    if path.suffix.lower() != ".gguf":
        raise InvalidModelFile(
            Msg("{name} is not a GGUF model (Hearth runs .gguf files).", name=path.name),
            Msg("Convert the model to GGUF or download a GGUF build of it from the hub."),
        )
    try:
        size = path.stat().st_size
        if size == 0:
            raise InvalidModelFile(Msg("{name} is empty (0 bytes).", name=path.name), _HINT)
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise InvalidModelFile(Msg("{name} cannot be read ({reason}).", name=path.name,
                                   reason=exc.strerror or str(exc)),
                               Msg("Check the file's permissions, or pick another file.")) from exc
    if len(head) < 8 or head[:4] != GGUF_MAGIC:
        raise InvalidModelFile(Msg("{name} is not a GGUF file (bad magic number).",
                                   name=path.name), _HINT)
    (version,) = struct.unpack("<I", head[4:8])
    if version not in SUPPORTED_VERSIONS:
        raise InvalidModelFile(
            Msg("{name} uses GGUF version {version}, which this build does not read.",
                name=path.name, version=version),
            Msg("Update Hearth or download a newer GGUF of the model."),
        )
    return size


class _Header:
    """GGUF key/values and tensor table, parsed straight from the bytes.

    gguf's GGUFReader builds a numpy view per array element, which takes
    seconds on a 50k-token vocabulary; a model is validated at every load, so
    this walks the header with struct instead and uses the gguf package for
    its type tables (value types, quantization block sizes).
    """

    _SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
                10: "<Q", 11: "<q", 12: "<d"}
    _STRING, _ARRAY = 8, 9
    _KEEP_ARRAYS = {"tokenizer.ggml.tokens"}  # the only array whose items we need
    _MAX_COUNT = 10_000_000  # guards against garbage counts in a damaged header

    def __init__(self, data: bytes | memoryview, size: int) -> None:
        self.data, self.size, self.pos = data, size, 8
        self.fields: dict[str, Any] = {}
        self.tensors: list[tuple[str, int, int, int]] = []  # name, type, n_elements, offset

    def _read(self, fmt: str) -> Any:
        value = struct.unpack_from(fmt, self.data, self.pos)[0]
        self.pos += struct.calcsize(fmt)
        return value

    def _count(self) -> int:
        n = self._read("<Q")
        if n > self._MAX_COUNT:
            raise ValueError(Msg("implausible count {n}", n=n))
        return n

    def _string(self) -> str:
        n = self._count()
        if self.pos + n > self.size:
            raise ValueError(Msg("string runs past the end of the file"))
        text = bytes(self.data[self.pos:self.pos + n]).decode("utf-8", errors="replace")
        self.pos += n
        return text

    def _value(self, vtype: int, keep: bool = True) -> Any:
        if vtype in self._SCALARS:
            return self._read(self._SCALARS[vtype])
        if vtype == self._STRING:
            return self._string()
        if vtype != self._ARRAY:
            raise ValueError(Msg("unknown value type {vtype}", vtype=vtype))
        item_type, n = self._read("<I"), self._count()
        if item_type in self._SCALARS and not keep:
            self.pos += n * struct.calcsize(self._SCALARS[item_type])
            return None
        items = [self._value(item_type, keep) for _ in range(n)]
        return items if keep else None

    def parse(self) -> None:
        gguf = gguf_constants()
        sizes, quant_type = gguf.GGML_QUANT_SIZES, gguf.GGMLQuantizationType

        n_tensors, n_kv = self._count(), self._count()
        for _ in range(n_kv):
            key = self._string()
            vtype = self._read("<I")
            keep = vtype != self._ARRAY or key in self._KEEP_ARRAYS
            self.fields[key] = self._value(vtype, keep)
        infos = []
        for _ in range(n_tensors):
            name = self._string()
            n_dims = self._read("<I")
            if n_dims > 8:
                raise ValueError(Msg("tensor {name} has {n_dims} dimensions", name=name,
                                     n_dims=n_dims))
            n_elements = 1
            for _ in range(n_dims):
                n_elements *= self._read("<Q")
            infos.append((name, self._read("<I"), n_elements, self._read("<Q")))
        align = int(self.fields.get("general.alignment", 32) or 32)
        data_start = (self.pos + align - 1) // align * align
        for name, ttype, n_elements, offset in infos:
            try:
                block, type_size = sizes[quant_type(ttype)]
            except (ValueError, KeyError) as exc:
                raise ValueError(Msg("tensor {name} has unknown type {ttype}", name=name,
                                     ttype=ttype)) from exc
            self.tensors.append((name, ttype, n_elements,
                                 data_start + offset + n_elements // block * type_size))


@functools.cache
def gguf_constants() -> types.ModuleType:
    """The gguf package's tables (quant types and sizes, file types) without its
    __init__, which imports numpy, yaml and its reader and writer: ~150 ms in the
    thread that lists models while the window comes up. `gguf.constants` itself
    needs only the standard library."""
    if "gguf" in sys.modules:
        # import_module returns the submodule itself: `gguf.constants` as an attribute is
        # missing when the package was re-imported after the submodule was
        return importlib.import_module("gguf.constants")
    spec = importlib.util.find_spec("gguf")  # locates the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the gguf package is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "constants.py"
    if not path.is_file():  # a frozen app's modules live in its archive: the whole package
        return importlib.import_module("gguf.constants")
    loader = importlib.util.spec_from_file_location("_hearth_gguf_constants", path)
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    return module


def _quantization(fields: dict[str, Any], path: Path) -> str:
    file_type = fields.get("general.file_type")
    if file_type is not None:
        try:
            return gguf_constants().LlamaFileType(int(file_type)).name.removeprefix("MOSTLY_")
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


# Parsed headers by (path, size, mtime): the catalog, the engine and the importer
# all validate the same files, often many times in one process.
_CACHE: dict[tuple[str, int, int], GGUFInfo] = {}


def read_gguf(path: str | Path) -> GGUFInfo:
    """Validate `path` and return its metadata; raises `InvalidModelFile` with a reason.

    A file already parsed unchanged (same size and mtime) is not parsed again.
    """
    path = Path(path)
    try:
        st = path.stat()
    except OSError:
        return _parse(path)  # raises the clear "not found" error
    key = (str(path), st.st_size, st.st_mtime_ns)
    info = _CACHE.get(key)
    if info is None:
        info = _CACHE[key] = _parse(path)
    return info


def _parse(path: Path) -> GGUFInfo:
    size = _check_header(path)
    try:
        with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            header = _Header(memoryview(mm), size)
            try:
                header.parse()
            finally:
                header.data = b""  # release the memoryview before the map closes
    except (ValueError, struct.error, OverflowError, OSError, TypeError, IndexError,
            MemoryError) as exc:
        raise InvalidModelFile(Msg("{name} is damaged or truncated ({why}).", name=path.name,
                                   why=_why(exc)),
                               _HINT) from exc
    if not header.tensors:
        raise InvalidModelFile(Msg("{name} holds no tensors.", name=path.name), _HINT)
    end = max(t[3] for t in header.tensors)
    if end > size:
        raise InvalidModelFile(
            Msg("{name} is truncated: its tensors need {end:,} bytes but the file has {size:,}.",
                name=path.name, end=end, size=size),
            _HINT,
        )
    try:
        return _info(path, size, header)
    except (ValueError, TypeError, IndexError, OverflowError) as exc:
        raise InvalidModelFile(Msg("{name} has a damaged header (a value of the wrong type: "
                                   "{error}).", name=path.name, error=str(exc)), _HINT) from exc


def _why(exc: BaseException) -> str:
    """A reason a person can read, not a Python error name."""
    if isinstance(exc, struct.error):
        return Msg("its header ends before it should")
    if isinstance(exc, (OverflowError, MemoryError)):
        return Msg("a size in its header is impossibly large")
    if isinstance(exc, OSError):
        return Msg("it cannot be read: {reason}", reason=exc.strerror or str(exc))
    if isinstance(exc, (TypeError, IndexError)):
        return Msg("a header value has the wrong type")
    if exc.args and isinstance(exc.args[0], Msg):
        return exc.args[0]  # our own reason (str(exc) would drop its template)
    return str(exc)


def _info(path: Path, size: int, header: _Header) -> GGUFInfo:
    fields = header.fields
    arch = str(fields.get("general.architecture", "unknown"))
    tokens = fields.get("tokenizer.ggml.tokens") or []

    def token(key: str) -> str | None:
        idx = fields.get(key)
        return str(tokens[int(idx)]) if idx is not None and int(idx) < len(tokens) else None

    def num(key: str) -> int:
        value = fields.get(key, 0)
        return int(value[0] if isinstance(value, list) and value else value or 0)

    return GGUFInfo(
        path=str(path),
        size=size,
        name=str(fields.get("general.name", path.stem)),
        architecture=arch,
        parameters=int(sum(t[2] for t in header.tensors)),
        quantization=_quantization(fields, path),
        context_length=num(f"{arch}.context_length"),
        block_count=num(f"{arch}.block_count"),
        embedding_length=num(f"{arch}.embedding_length"),
        head_count=num(f"{arch}.attention.head_count"),
        head_count_kv=num(f"{arch}.attention.head_count_kv"),
        chat_template=fields.get("tokenizer.chat_template"),
        bos_token=token("tokenizer.ggml.bos_token_id"),
        eos_token=token("tokenizer.ggml.eos_token_id"),
    )
