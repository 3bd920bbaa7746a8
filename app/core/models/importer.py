"""Import GGUF files the user already has: validated, then copied into the models
folder or registered where they are (the user's choice), one file or a folder scan."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.core import config
from app.core.config import Settings
from app.core.control import JobControl, Progress, ProgressCallback, no_progress
from app.core.errors import HearthError, InvalidModelFile
from app.core.messages import Msg
from app.core.models import fit as fitcheck
from app.core.models.catalog import Catalog, ModelEntry, model_id_for
from app.core.models.download import check_disk
from app.core.models.gguf_info import read_gguf
from app.core.models.names import split_name

COPY, LINK = "copy", "link"
_COPY_CHUNK = 8 << 20


@dataclass
class ScanResult:
    imported: list[ModelEntry]
    skipped: list[tuple[str, str]]  # (path, reason)


def _unique_id(catalog: Catalog, path: Path) -> str:
    base = model_id_for(path)
    taken = {e.id: e.path for e in catalog.entries()}
    model_id, n = base, 2
    while model_id in taken and Path(taken[model_id]).resolve() != path.resolve():
        model_id, n = f"{base}-{n}", n + 1
    return model_id


def _copy(src: Path, dst: Path, control: JobControl, progress: ProgressCallback) -> None:
    """Copy with progress and cancel, into `dst.partial`, renamed when complete."""
    size = src.stat().st_size
    check_disk(dst.parent, size)
    tmp = dst.with_name(dst.name + ".partial")
    done = 0
    try:
        with src.open("rb") as fin, tmp.open("wb") as fout:
            while block := fin.read(_COPY_CHUNK):
                control.checkpoint()
                fout.write(block)
                done += len(block)
                progress(Progress(done, size, "bytes", Msg("copying {name}", name=src.name)))
        shutil.copystat(src, tmp)
        os.replace(tmp, dst)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _parts(path: Path) -> list[Path]:
    """The file itself, or every part of the split model whose first part it is."""
    split = split_name(path.name)
    if split is None:
        return [path]
    if split.index != 1:
        raise InvalidModelFile(Msg("{name} is part {index} of a split model.", name=path.name,
                                   index=split.index),
                               Msg("Import its first part (-00001-of-...) instead."))
    parts = [path.with_name(f"{Path(split.stem).name}-{i:05d}-of-{split.count:05d}.gguf")
             for i in range(1, split.count + 1)]
    missing = [p.name for p in parts if not p.exists()]
    if missing:
        raise InvalidModelFile(Msg("{name} is split, and {missing} is missing.", name=path.name,
                                   missing=", ".join(missing)),
                               Msg("Put all parts in the same folder and import again."))
    return parts


def import_file(catalog: Catalog, settings: Settings, path: str | Path, mode: str = COPY,
                control: JobControl | None = None,
                progress: ProgressCallback = no_progress) -> ModelEntry:
    """Validate `path` and register it; COPY puts a copy in the models folder, LINK
    registers the file where it is (it must stay there)."""
    control = control or JobControl()
    if mode not in (COPY, LINK):
        raise HearthError(Msg("Unknown import mode {mode!r}.", mode=mode),
                          Msg("Use 'copy' or 'link'."))
    src = Path(path).expanduser().resolve()
    info = read_gguf(src)  # raises a clear InvalidModelFile for a bad file
    parts = _parts(src)
    for part in parts[1:]:
        read_gguf(part)
    dest = src
    models = config.models_dir().resolve()
    if mode == COPY and not src.is_relative_to(models):
        folder = models / "imported"
        folder.mkdir(parents=True, exist_ok=True)
        for part in parts:
            target = folder / part.name
            if target.exists() and target.stat().st_size == part.stat().st_size:
                continue
            _copy(part, target, control, progress)
        dest = folder / src.name
    weights = sum(p.stat().st_size for p in parts)
    fit = fitcheck.check(info, int(settings.get("n_ctx")), weights=weights)
    model_id = _unique_id(catalog, dest)
    overrides = dict(catalog.model_settings(model_id))
    for key, value in fit.engine_defaults().items():
        overrides.setdefault(key, value)
    return catalog.register(model_id, dest, "imported", filename=src.name, settings=overrides)


def scan_folder(catalog: Catalog, settings: Settings, folder: str | Path, mode: str = LINK,
                control: JobControl | None = None,
                progress: ProgressCallback = no_progress) -> ScanResult:
    """Import every GGUF model under `folder` (split models once, by their first part)."""
    control = control or JobControl()
    root = Path(folder).expanduser()
    if not root.is_dir():
        raise HearthError(Msg("{root} is not a folder.", root=root),
                          Msg("Pick a folder that holds .gguf files."))
    found = sorted(p for p in root.rglob("*") if p.suffix.lower() == ".gguf" and p.is_file())
    result = ScanResult([], [])
    for i, path in enumerate(found):
        control.checkpoint()
        progress(Progress(i, len(found), "files", path.name))
        split = split_name(path.name)
        if split and split.index != 1:
            continue
        if "mmproj" in path.name.lower():
            result.skipped.append((str(path), Msg("a vision projector, not a chat model")))
            continue
        try:
            result.imported.append(import_file(catalog, settings, path, mode, control))
        except InvalidModelFile as exc:
            result.skipped.append((str(path), exc.message))
    progress(Progress(len(found), len(found), "files", Msg("done")))
    return result
